// The Outbox window when an account goes: removing it says how many messages wait for it; its messages say
// "its account was removed" (never an id), and Send from… sends one from another account, to a real server
// (aiosmtpd).

#include "accountsdialog.h"
#include "aiosmtpdserver.h"
#include "mailboxwindow.h"
#include "uitestenv.h"

#include "store/outboxmodel.h"
#include "store/outboxsender.h"

#include <QBuffer>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

class TestMailboxWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void removedAccountsMessagesMoveToAnother();
};

void TestMailboxWindow::initTestCase()
{
    const QString why = AiosmtpdServer::unavailableReason();
    QVERIFY2(why.isEmpty(), qPrintable(why));
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

QTEST_MAIN(TestMailboxWindow)
#include "tst_mailboxwindow.moc"
