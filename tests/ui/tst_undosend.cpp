// "Undo send" in the composer, and the banner that speaks of the message's way out (issue 15, fault 7): the
// countdown with Undo and Send now, Undo bringing the message back exactly as it was (account, rich text,
// attachments, spelling language), the setting in the Message menu, an old "Message sent" cleared when the
// next message is begun or a draft opened, and a window that sends and closes saying so in the one that
// stays. Real aiosmtpd; QTest input on the offscreen platform.

#include "uitestenv.h"

#include "addresslineedit.h"
#include "bodyeditor.h"
#include "composerwindow.h"
#include "mailboxwindow.h"
#include "messagebanner.h"
#include "sendprogresspanel.h"
#include "spell/messagespelling.h"
#include "spell/spellchecker.h"
#include "undosendmenu.h"

#include "aiosmtpdserver.h"
#include "store/attachmentlistmodel.h"
#include "store/draftautosaver.h"
#include "store/mailstore.h"
#include "store/outbox.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextEdit>
#include <QTreeView>

class TestUndoSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void undoBringsTheMessageBackAsItWas();
    void countdownThenSendsOnce();
    void outboxLeavesTheWaitingMessageAlone();
    void settingInTheMessageMenu();
    void sentBannerClearedByTheNextMessage();
    void sentBannerClearedByAnOpenedDraft();
    void closingWindowConfirmsInTheOther();

private:
    ComposerWindow *openComposer(UiTestEnv &env);
    void fill(ComposerWindow *c, const QString &subject);
};

void TestUndoSend::initTestCase()
{
    const QString why = AiosmtpdServer::unavailableReason();
    if (!why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
}

void TestUndoSend::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible()) {
            w->close();
        }
    }
    QTest::qWait(10);
}

ComposerWindow *TestUndoSend::openComposer(UiTestEnv &env)
{
    auto *composer = new ComposerWindow(env.context.get());
    composer->show();
    if (!QTest::qWaitForWindowExposed(composer)) {
        qWarning("the composer window was not shown");
    }
    return composer;
}

void TestUndoSend::fill(ComposerWindow *c, const QString &subject)
{
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(subject);
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hello Bob"));
}

namespace {

QPushButton *bannerButton(ComposerWindow *c, const QString &name)
{
    QPushButton *b = c->banner()->findChild<QPushButton *>(name);
    return b && b->isVisible() ? b : nullptr;
}

} // namespace

void TestUndoSend::undoBringsTheMessageBackAsItWas()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    env.addAccount(QStringLiteral("First"), server.port());
    env.addAccount(QStringLiteral("Second"), server.port());
    env.context->undoSend().setSeconds(30);
    QPointer<ComposerWindow> c = openComposer(env);

    // Another account than the default, Cc and Bcc, rich text with bold and an image, a file, a language.
    c->fromBox()->setCurrentIndex(c->fromBox()->findText(QStringLiteral("Second"), Qt::MatchStartsWith));
    QVERIFY(c->fromBox()->currentText().startsWith(QStringLiteral("Second")));
    fill(c, QStringLiteral("Plans"));
    c->ccEdit()->setText(QStringLiteral("carol@example.test"));
    c->bccEdit()->setText(QStringLiteral("dave@example.test"));
    c->richTextAction()->trigger();
    QTextEdit *body = c->bodyEditor()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body, QStringLiteral(" in bold"));
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QApplication::clipboard()->setImage(image);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    const QString file = env.path(QStringLiteral("plan.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("step 1\n");
    f.close();
    c->addAttachments({ file });
    c->spelling()->checker()->setLanguage(QStringLiteral("de_DE"));
    const Draft before = c->currentDraft();
    QCOMPARE(before.attachments.size(), 2);
    QVERIFY2(before.html.contains(QStringLiteral("in bold")), qPrintable(before.html));

    c->sendAction()->trigger();
    QTRY_VERIFY(bannerButton(c, QStringLiteral("undoSend")));
    QCOMPARE(c->submission()->state(), MessageSubmission::State::Waiting);
    QVERIFY2(c->banner()->text().contains(QStringLiteral("Sending in 30 second")),
        qPrintable(c->banner()->text()));
    QVERIFY(c->progressPanel()->isVisible());
    QCOMPARE(c->progressPanel()->cancelButton()->text(), QStringLiteral("Undo"));
    QCOMPARE(env.context->store()->outbox()->list().size(), 1);
    QVERIFY(!c->toEdit()->isEnabled()); // what waits cannot be edited under it

    // By keyboard: Alt+U, the banner's mnemonic.
    c->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(c));
    QTest::keyClick(c, Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(c->state(), ComposerWindow::State::Editing);
    QVERIFY(c->toEdit()->isEnabled());
    QVERIFY(env.context->store()->outbox()->list().isEmpty());
    QVERIFY2(c->banner()->text().contains(QStringLiteral("undone")), qPrintable(c->banner()->text()));
    // Exactly as it was, and a draft again.
    const Draft after = c->currentDraft();
    QVERIFY(after.sameContent(before));
    QCOMPARE(after.account, QStringLiteral("Second"));
    QCOMPARE(after.spellLanguage, QStringLiteral("de_DE"));
    QCOMPARE(c->attachmentModel()->rowCount(), 1);
    QCOMPARE(c->bodyEditor()->inlineAttachments().size(), 1);
    QVERIFY(!c->draftId().isEmpty());
    Draft saved;
    QVERIFY(env.context->store()->drafts()->load(c->draftId(), &saved));
    QCOMPARE(saved.subject, QStringLiteral("Plans"));
    QCOMPARE(saved.attachments.size(), 2);
    QVERIFY(server.messages().isEmpty());

    // The progress panel's button undoes too; then Send now sends it, once.
    c->sendAction()->trigger();
    QTRY_COMPARE(c->submission()->state(), MessageSubmission::State::Waiting);
    c->progressPanel()->cancelButton()->click();
    QCOMPARE(c->state(), ComposerWindow::State::Editing);
    QVERIFY(env.context->store()->outbox()->list().isEmpty());
    c->sendAction()->trigger();
    QTRY_VERIFY(bannerButton(c, QStringLiteral("sendNow")));
    bannerButton(c, QStringLiteral("sendNow"))->click();
    QVERIFY2(server.waitForMessages(1, 20000), qPrintable(server.log()));
    QTRY_COMPARE(c->submission()->state(), MessageSubmission::State::Sent);
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages().first().content.contains("Subject: Plans"));
    QVERIFY(!bannerButton(c, QStringLiteral("undoSend")));
    delete c;
}

void TestUndoSend::countdownThenSendsOnce()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), server.port());
    env.context->undoSend().setSeconds(5);
    QPointer<ComposerWindow> c = openComposer(env);
    fill(c, QStringLiteral("Counting"));
    QSignalSpy countdown(c->submission(), &MessageSubmission::undoCountdown);
    c->sendAction()->trigger();
    QTRY_COMPARE(c->submission()->state(), MessageSubmission::State::Waiting);
    QVERIFY2(server.waitForMessages(1, 30000), qPrintable(server.log()));
    QTRY_VERIFY(c->banner()->text().startsWith(QStringLiteral("Message sent")));
    // Every second counted, down to 1, and the number on the banner followed it.
    QList<int> seen;
    for (const QList<QVariant> &args : std::as_const(countdown)) {
        seen << args.first().toInt();
    }
    QCOMPARE(seen, (QList<int> { 5, 4, 3, 2, 1 }));
    QCOMPARE(server.messages().size(), 1);
    delete c;
}

void TestUndoSend::outboxLeavesTheWaitingMessageAlone()
{
    // While a composer waits out its Undo time, the message is in the outbox; the outbox window must not
    // remove it from under the composer (which would then send a message that is gone, or lose it).
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), server.port());
    env.context->undoSend().setSeconds(5);
    QPointer<ComposerWindow> c = openComposer(env);
    fill(c, QStringLiteral("Held"));
    c->sendAction()->trigger();
    QTRY_COMPARE(c->submission()->state(), MessageSubmission::State::Waiting);
    Outbox *outbox = env.context->store()->outbox();
    QStringList ids;
    for (const OutboxItem &item : outbox->list()) {
        ids << item.id;
    }
    QCOMPARE(ids.size(), 1);

    MailboxWindow mailbox(env.context.get());
    mailbox.showPage(MailboxWindow::Page::Outbox);
    mailbox.show();
    mailbox.outboxView()->setCurrentIndex(mailbox.outboxView()->model()->index(0, 0));
    auto *remove = mailbox.findChild<QPushButton *>(QStringLiteral("outboxRemove"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    QVERIFY(
        mailbox.findChild<QLabel *>(QStringLiteral("outboxDetail"))->text().contains(QStringLiteral("Undo")));
    QString error;
    QVERIFY(!outbox->remove(ids.first(), &error));
    QVERIFY2(error.contains(QStringLiteral("Undo")), qPrintable(error));
    QVERIFY(outbox->contains(ids.first()));

    // The wait ends and the message goes, once.
    QVERIFY2(server.waitForMessages(1, 30000), qPrintable(server.log()));
    QTRY_COMPARE(c->submission()->state(), MessageSubmission::State::Sent);
    QTest::qWait(200);
    QCOMPARE(server.messages().size(), 1);
    delete c;
}

void TestUndoSend::settingInTheMessageMenu()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), closedPort());
    env.context->undoSend().setSeconds(UndoSendSetting::DefaultSeconds);
    QPointer<ComposerWindow> c = openComposer(env);
    auto *menu = c->findChild<UndoSendMenu *>(QStringLiteral("undoSendMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QAction *five = menu->findChild<QAction *>(QStringLiteral("undoSend5"));
    QAction *off = menu->findChild<QAction *>(QStringLiteral("undoSend0"));
    QVERIFY(five && off);
    QVERIFY(five->isChecked());
    QCOMPARE(menu->actions().size(), 5);
    menu->findChild<QAction *>(QStringLiteral("undoSend20"))->trigger();
    QCOMPARE(env.context->undoSend().seconds(), 20);
    off->trigger();
    QCOMPARE(env.context->undoSend().seconds(), 0);
    // Kept in ui.conf: another context on the same file reads it.
    UndoSendSetting again(env.path(QStringLiteral("config/ui.conf")));
    QCOMPARE(again.seconds(), 0);
    // A value the menu does not offer is ignored.
    again.setSeconds(7);
    QCOMPARE(again.seconds(), 0);
    delete c;
}

void TestUndoSend::sentBannerClearedByTheNextMessage()
{
    // Fault 7: "Message sent" stayed while the next message was written.
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), server.port());
    QPointer<ComposerWindow> c = openComposer(env);
    fill(c, QStringLiteral("First"));
    c->sendAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        c->banner()->isVisible() && c->banner()->text().startsWith(QStringLiteral("Message sent")), 20000);
    QTest::keyClicks(c->toEdit(), QStringLiteral("carol@example.test"));
    QVERIFY2(!c->banner()->isVisible(), qPrintable(c->banner()->text()));
    c->close();
}

void TestUndoSend::sentBannerClearedByAnOpenedDraft()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), server.port());
    // A draft saved earlier.
    QString draftId;
    {
        QPointer<ComposerWindow> writer = openComposer(env);
        fill(writer, QStringLiteral("Kept for later"));
        QVERIFY(writer->saveDraft());
        draftId = writer->draftId();
        writer->close();
    }
    QTRY_VERIFY(!draftId.isEmpty());
    QPointer<ComposerWindow> c = openComposer(env);
    fill(c, QStringLiteral("Sent now"));
    c->sendAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        c->banner()->isVisible() && c->banner()->text().startsWith(QStringLiteral("Message sent")), 20000);
    QVERIFY(c->openDraft(draftId));
    QCOMPARE(c->subjectEdit()->text(), QStringLiteral("Kept for later"));
    QVERIFY2(!c->banner()->isVisible(), qPrintable(c->banner()->text()));
    delete c;
}

void TestUndoSend::closingWindowConfirmsInTheOther()
{
    // Fault 7: a second window that sent closed without a word, and the first window's old "Message sent"
    // (about its own earlier message) read as if it were about this one.
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), server.port());
    QPointer<ComposerWindow> first = openComposer(env);
    fill(first, QStringLiteral("Earlier"));
    first->sendAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(first->banner()->isVisible(), 20000);
    const QString old = first->banner()->text();
    QVERIFY(old.startsWith(QStringLiteral("Message sent")));

    QPointer<ComposerWindow> second = first->newComposer();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    fill(second, QStringLiteral("From the second window"));
    second->sendAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(second.isNull(), 20000);
    QCOMPARE(server.messages().size(), 2);
    QVERIFY(first->banner()->isVisible());
    QVERIFY2(first->banner()->text().contains(QStringLiteral("\"From the second window\" was sent")),
        qPrintable(first->banner()->text()));
    QVERIFY(first->findChild<QLabel *>(QStringLiteral("status"))
                ->text()
                .contains(QStringLiteral("From the second window")));
    delete first;
}

QTEST_MAIN(TestUndoSend)
#include "tst_undosend.moc"
