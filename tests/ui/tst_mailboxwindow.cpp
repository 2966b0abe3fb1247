// The Outbox window when an account goes: removing it says how many messages wait for it; its messages say
// "its account was removed" (never an id), and Send from… sends one from another account, to a real server
// (aiosmtpd). The outbox in words (no internal step tags, a server's reply said once, columns whole); sent
// messages opened, shown in their folder and deleted, from buttons and from a right click.
// The Drafts tab says when it is empty and offers Open / Delete only for a chosen draft; the
// recovery banner speaks of one draft in the singular (issue 15, fault 13). The Sent tab says where each
// message's copy in the server's Sent folder stands, and Save copy asks for it again.

#include "accountsdialog.h"
#include "aiosmtpdserver.h"
#include "mailboxwindow.h"
#include "recoverybanner.h"
#include "uitestenv.h"

#include "smtp/smtpadvice.h"
#include "store/draftlistmodel.h"
#include "store/outboxmodel.h"
#include "store/outboxsender.h"
#include "store/sentcopyqueue.h"
#include "store/sentmodel.h"
#include "store/storefiles.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

class TestMailboxWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void removedAccountsMessagesMoveToAnother();
    void outboxInPlainWords();
    void sentMessagesOpenAndDelete();
    void sentCopyStateShownAndAskedFor();
    void draftsTabSaysWhenEmpty();
    void keepOneRecoveredDraft();
};

namespace {

// Puts a message in the outbox, held as failed so nothing sends it while a test looks.
OutboxItem heldMessage(UiTestEnv &env, const QString &account, const OutboxFailure &failure = {})
{
    QByteArray eml = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: held\r\n\r\ntext\r\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.test");
    item.recipients = { QStringLiteral("bob@example.test") };
    item.subject = QStringLiteral("held");
    item.account = account;
    Outbox *outbox = env.context->store()->outbox();
    if (!outbox->enqueue(&buffer, item, nullptr, true)) {
        return {};
    }
    item.state = OutboxItem::State::Failed;
    item.lastError = failure;
    outbox->finishAttempt(item, nullptr);
    outbox->release(item.id);
    return item;
}

// What a right click on the first row of 'view' offers (the menu is read and closed as it opens).
QStringList rightClickOffers(QTreeView *view)
{
    QStringList offers;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        for (QAction *a : menu->actions()) {
            offers << a->text() + (a->isEnabled() ? QString() : QStringLiteral(" (disabled)"));
        }
        menu->close();
    });
    poll.start(20);
    Q_EMIT view->customContextMenuRequested(view->visualRect(view->model()->index(0, 0)).center());
    return offers;
}

// Records the addresses the window hands to the desktop to open.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    OpenedUrls() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~OpenedUrls() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

void TestMailboxWindow::initTestCase()
{
    const QString why = AiosmtpdServer::unavailableReason();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

namespace {

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

} // namespace

void TestMailboxWindow::draftsTabSaysWhenEmpty()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    MailboxWindow mailbox(env.context.get());
    mailbox.show();
    mailbox.showPage(MailboxWindow::Page::Drafts);
    auto *empty = mailbox.findChild<QLabel *>(QStringLiteral("draftsEmpty"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No drafts")));
    QPushButton *open = buttonWithText(&mailbox, QStringLiteral("&Open"));
    QPushButton *remove = buttonWithText(&mailbox, QStringLiteral("&Delete…"));
    QVERIFY(open && remove);
    QVERIFY(!open->isEnabled());
    QVERIFY(!remove->isEnabled());

    // A draft appears: the list instead of the sentence, and still nothing to act on until one is chosen.
    Draft draft;
    draft.subject = QStringLiteral("Later");
    draft.to = QStringLiteral("bob@example.test");
    QVERIFY(env.context->store()->drafts()->save(draft));
    env.context->draftModel()->refresh();
    QTRY_COMPARE(mailbox.draftsView()->model()->rowCount(), 1);
    QTRY_VERIFY(mailbox.draftsView()->isVisible());
    QVERIFY(!empty->isVisible());
    mailbox.draftsView()->setCurrentIndex(QModelIndex());
    QVERIFY(!open->isEnabled());
    mailbox.draftsView()->setCurrentIndex(mailbox.draftsView()->model()->index(0, 0));
    QVERIFY(open->isEnabled());
    QVERIFY(remove->isEnabled());
}

void TestMailboxWindow::keepOneRecoveredDraft()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    QWidget parent;
    RecoveryBanner banner(env.context->store()->drafts(), &parent);
    banner.showRecovery({ QStringLiteral("one") }, {});
    QVERIFY(buttonWithText(&banner, QStringLiteral("&Keep as draft")));
    QVERIFY(!buttonWithText(&banner, QStringLiteral("&Keep as drafts")));
    banner.showRecovery({ QStringLiteral("one"), QStringLiteral("two") }, {});
    QVERIFY(buttonWithText(&banner, QStringLiteral("&Keep as drafts")));
}

void TestMailboxWindow::removedAccountsMessagesMoveToAnother()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    QVERIFY(env.isOpen());
    const Account old = env.addAccount(QStringLiteral("Old"), server.port());
    const Account other = env.addAccount(QStringLiteral("Other"), server.port());
    Outbox *outbox = env.context->store()->outbox();
    // Held as failed, so nothing sends it on its own while the test looks.
    QByteArray eml = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: stranded\r\n\r\ntext\r\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.test");
    item.recipients = { QStringLiteral("bob@example.test") };
    item.account = old.name;
    QVERIFY(outbox->enqueue(&buffer, item, nullptr, true));
    item.state = OutboxItem::State::Failed;
    QVERIFY(outbox->finishAttempt(item, nullptr));
    outbox->release(item.id);

    // Removing the account says that a message waits for it.
    AccountsDialog accounts(env.context.get());
    accounts.show();
    accounts.selectId(old.id);
    accounts.removeAccount();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = findVisible<QMessageBox>(&accounts, QStringLiteral("confirmRemove"))) != nullptr);
    QVERIFY2(confirm->text().contains(QStringLiteral("1 message")), qPrintable(confirm->text()));
    for (QAbstractButton *b : confirm->buttons()) {
        if (confirm->buttonRole(b) == QMessageBox::DestructiveRole) {
            b->click();
        }
    }
    QTRY_VERIFY(env.context->accounts()->account(old.id).id.isEmpty());

    // The Outbox window says so, in words.
    MailboxWindow mailbox(env.context.get());
    mailbox.show();
    mailbox.showPage(MailboxWindow::Page::Outbox);
    QCOMPARE(mailbox.outboxView()->model()->rowCount(), 1);
    mailbox.outboxView()->setCurrentIndex(mailbox.outboxView()->model()->index(0, 0));
    auto *detail = mailbox.findChild<QLabel *>(QStringLiteral("outboxDetail"));
    QVERIFY2(detail->text().contains(OutboxSender::accountRemovedMessage()), qPrintable(detail->text()));
    QVERIFY(!detail->text().contains(old.id));

    // Send from… lists the accounts there are, and sends the message from the one chosen.
    auto *sendFrom = mailbox.findChild<QPushButton *>(QStringLiteral("sendFrom"));
    QVERIFY(sendFrom && sendFrom->isEnabled());
    QVERIFY(QMetaObject::invokeMethod(sendFrom->menu(), "aboutToShow"));
    QStringList names;
    for (QAction *a : sendFrom->menu()->actions()) {
        names.append(a->text());
    }
    QCOMPARE(names, QStringList { other.name });
    sendFrom->menu()->actions().first()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server.messages().size(), 1, 15000);
    QTRY_COMPARE(mailbox.outboxView()->model()->rowCount(), 0);
    OutboxItem sent;
    QVERIFY(env.context->store()->sent()->item(item.id, &sent));
    QCOMPARE(sent.account, other.id);
}

void TestMailboxWindow::outboxInPlainWords()
{
    // Issue 15 fault 9: the outbox showed "[auth] 535 ...: ... (535 ...)" — an internal step tag and the
    // server's reply twice — and cut the State and Next attempt columns.
    UiTestEnv env;
    const Account account = env.addAccount(QStringLiteral("Work"), 1);
    const SmtpReply reply(535, { QByteArray("5.7.8 Authentication credentials invalid") });
    const OutboxItem item
        = heldMessage(env, account.name, OutboxFailure::fromSmtpError(SmtpAdvice::loginRefused(reply)));
    QVERIFY(!item.id.isEmpty());
    MailboxWindow mailbox(env.context.get());
    mailbox.resize(800, 500);
    mailbox.show();
    mailbox.showPage(MailboxWindow::Page::Outbox);
    QVERIFY(QTest::qWaitForWindowExposed(&mailbox));
    QTreeView *view = mailbox.outboxView();
    QCOMPARE(view->model()->rowCount(), 1);
    const QString error = view->model()->index(0, OutboxModel::ErrorColumn).data().toString();
    QVERIFY2(!error.contains(QLatin1Char('[')), qPrintable(error));
    QCOMPARE(error.count(reply.summary()), 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString detail = mailbox.findChild<QLabel *>(QStringLiteral("outboxDetail"))->text();
    QVERIFY2(!detail.contains(QStringLiteral("[auth]")), qPrintable(detail));
    QCOMPARE(detail.count(reply.summary()), 1);
    for (const int column : { OutboxModel::StateColumn, OutboxModel::NextAttemptColumn }) {
        const QString cell = view->model()->index(0, column).data().toString();
        const int needed
            = qMax(view->fontMetrics().horizontalAdvance(cell), view->header()->sectionSizeHint(column));
        QVERIFY2(view->header()->sectionSize(column) >= needed,
            qPrintable(QStringLiteral("column %1 (%2): %3 < %4")
                           .arg(column)
                           .arg(cell)
                           .arg(view->header()->sectionSize(column))
                           .arg(needed)));
    }
    // A right click offers what the buttons do.
    const QStringList offers = rightClickOffers(view);
    QVERIFY2(offers.contains(QStringLiteral("&Retry now")), qPrintable(offers.join(QLatin1Char('|'))));
    QVERIFY2(offers.contains(QStringLiteral("Re&move…")), qPrintable(offers.join(QLatin1Char('|'))));
}

void TestMailboxWindow::sentMessagesOpenAndDelete()
{
    // Issue 15 fault 8: the Sent tab could not open a message and had no context menu.
    UiTestEnv env;
    const Account account = env.addAccount(QStringLiteral("Work"), 1);
    const OutboxItem item = heldMessage(env, account.name);
    QVERIFY(env.context->store()->outbox()->markSent(item.id));
    MailboxWindow mailbox(env.context.get());
    mailbox.show();
    mailbox.showPage(MailboxWindow::Page::Sent);
    QVERIFY(QTest::qWaitForWindowExposed(&mailbox));
    QTreeView *view = mailbox.sentView();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    auto *open = mailbox.findChild<QPushButton *>(QStringLiteral("openSent"));
    auto *folder = mailbox.findChild<QPushButton *>(QStringLiteral("showSentFolder"));
    auto *remove = mailbox.findChild<QPushButton *>(QStringLiteral("deleteSent"));
    QVERIFY(open && folder && remove);
    QVERIFY(!open->isEnabled());
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(open->isEnabled() && folder->isEnabled() && remove->isEnabled());

    OpenedUrls opened;
    open->click();
    QCOMPARE(opened.urls.size(), 1);
    const QString path = opened.urls.first().toLocalFile();
    QCOMPARE(path, env.context->store()->sent()->messagePath(item.id));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Subject: held"));
    folder->click();
    QCOMPARE(opened.urls.size(), 2);
    QVERIFY(QFileInfo(opened.urls.last().toLocalFile()).isDir());
    QVERIFY(path.startsWith(opened.urls.last().toLocalFile()));

    const QStringList offers = rightClickOffers(view);
    QCOMPARE(offers,
        (QStringList { QStringLiteral("&Open message"), QStringLiteral("Show in &folder"),
            QStringLiteral("Save &copy (disabled)"), QStringLiteral("De&lete…") }));

    remove->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(
        (confirm = findVisible<QMessageBox>(&mailbox, QStringLiteral("deleteSentQuestion"))) != nullptr);
    confirm->findChild<QPushButton *>(QStringLiteral("confirmDelete"))->click();
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QVERIFY(!env.context->store()->sent()->contains(item.id));
    QVERIFY(!open->isEnabled());
}

void TestMailboxWindow::sentCopyStateShownAndAskedFor()
{
    // A sent message whose copy failed: the Sent tab says so in its own column and in the report, and Save
    // copy tries again through the app's queue (this account has no IMAP server, so the new attempt fails
    // with that reason, which the row then shows).
    UiTestEnv env;
    const Account account = env.addAccount(QStringLiteral("Work"), 1);
    const OutboxItem held = heldMessage(env, account.name);
    QVERIFY(env.context->store()->outbox()->markSent(held.id));
    SentFolder *sent = env.context->store()->sent();
    OutboxItem item;
    QVERIFY(sent->item(held.id, &item));
    item.sentCopy.state = SentCopyRecord::State::Failed;
    item.sentCopy.folder = QStringLiteral("Sent");
    item.sentCopy.attempts = 1;
    item.sentCopy.errorCode = QStringLiteral("auth-failed");
    item.sentCopy.errorMessage = QStringLiteral("The IMAP server refused the password.");
    QVERIFY(StoreFiles::writeJson(
        sent->itemDirectory(held.id) + QStringLiteral("/item.json"), item.toJson(), nullptr));
    env.context->sentModel()->refresh();

    MailboxWindow mailbox(env.context.get());
    mailbox.show();
    mailbox.showPage(MailboxWindow::Page::Sent);
    QVERIFY(QTest::qWaitForWindowExposed(&mailbox));
    QTreeView *view = mailbox.sentView();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex copyCell = view->model()->index(0, SentModel::CopyColumn);
    QCOMPARE(view->model()->headerData(SentModel::CopyColumn, Qt::Horizontal).toString(),
        QStringLiteral("Copy in Sent folder"));
    QCOMPARE(copyCell.data().toString(), QStringLiteral("Not saved: The IMAP server refused the password."));
    auto *save = mailbox.findChild<QPushButton *>(QStringLiteral("saveSentCopy"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(save->isEnabled());
    auto *report = mailbox.findChild<QTextBrowser *>(QStringLiteral("deliveryReport"));
    QVERIFY(report);
    QVERIFY2(report->toPlainText().contains(QStringLiteral(
                 "Copy in the Sent folder on the mail server: Not saved: The IMAP server refused")),
        qPrintable(report->toPlainText()));
    // Marked as sent by the person: no server is named as having accepted it.
    QVERIFY(report->toPlainText().contains(QStringLiteral("Filed as sent on")));
    QVERIFY(!report->toPlainText().contains(QStringLiteral("Accepted by")));

    save->click();
    const QString now = AccountImap::noServerMessage(account.name);
    QTRY_COMPARE(view->model()->index(0, SentModel::CopyColumn).data().toString(),
        QStringLiteral("Not saved: ") + now);
    QVERIFY(sent->item(held.id, &item));
    QCOMPARE(item.sentCopy.attempts, 2);
    QCOMPARE(item.sentCopy.errorMessage, now);
    QVERIFY(report->toPlainText().contains(now));
    QVERIFY(save->isEnabled()); // failed again: the person may ask again once the account has a server
}

QTEST_MAIN(TestMailboxWindow)
#include "tst_mailboxwindow.moc"
