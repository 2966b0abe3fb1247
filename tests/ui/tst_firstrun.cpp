#include "uitestenv.h"

#include "accounteditor.h"
#include "addresslineedit.h"
#include "bodyeditor.h"
#include "composerheader.h"
#include "composerwindow.h"
#include "messagebanner.h"

#include "accounts/accountlistmodel.h"
#include "aiosmtpdserver.h"
#include "store/draftstore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QUrl>

// The composer as a newcomer meets it (issue 15, faults 1, 6, 8 and 9): the demo's local test server said to
// be one and giving way to the first real account; the message sent there found on disk in one click; the
// drafts of an earlier session offered on start; a failed send explained once, with the account one click
// away.
class TestFirstRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void localTestServerSaysSoAndGivesWay();
    void demoAccountPointedElsewhereIsNoLongerLocal();
    void messageSentToDemoServerIsFound();
    void savedDraftOfferedOnStart();
    void refusedConnectionExplainedOnce();
    void refusedLoginExplainedOnce();
};

namespace {

ComposerWindow *openComposer(UiTestEnv &env)
{
    auto *composer = new ComposerWindow(env.context.get());
    composer->show();
    composer->activateWindow();
    (void)QTest::qWaitForWindowExposed(composer);
    return composer;
}

ComposerHeader *headerOf(ComposerWindow *composer)
{
    return composer->findChild<ComposerHeader *>();
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

void TestFirstRun::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible()) {
            w->close();
        }
    }
    QTest::qWait(10);
}

void TestFirstRun::localTestServerSaysSoAndGivesWay()
{
    // Fault 1: the demo account stayed the default after a real account was added, and nothing in the
    // window said that mail from it never leaves the machine.
    UiTestEnv env;
    const QString demoId = env.context->ensureDemoAccount(QStringLiteral("127.0.0.1"), closedPort());
    QVERIFY(!demoId.isEmpty());
    QVERIFY(env.context->accounts()->account(demoId).localTestServer);
    QPointer<ComposerWindow> c = openComposer(env);
    QLabel *notice = headerOf(c)->localTestNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("local test server")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QUrl::fromLocalFile(env.context->demoMailFolder()).toString()),
        qPrintable(notice->text()));

    // The person adds their real account: it becomes the default, From follows, the notice goes.
    const Account work = env.addAccount(
        QStringLiteral("Work"), 587, Smtp::Security::StartTls, "auto", QStringLiteral("smtp.example.test"));
    QCOMPARE(env.context->accounts()->defaultAccount().id, work.id);
    QCOMPARE(c->fromBox()->currentText(), QStringLiteral("Work — alice@example.test"));
    QVERIFY(!notice->isVisible());
    // Chosen again by hand, the test server says so again.
    c->fromBox()->setCurrentIndex(env.context->accountModel()->rowOfId(demoId));
    QVERIFY(notice->isVisible());
    // A later start opens on the real account.
    QPointer<ComposerWindow> next = openComposer(env);
    QCOMPARE(next->fromBox()->currentText(), QStringLiteral("Work — alice@example.test"));
    QVERIFY(!headerOf(next)->localTestNotice()->isVisible());
    delete c;
    delete next;
}

void TestFirstRun::demoAccountPointedElsewhereIsNoLongerLocal()
{
    // The person turns the demo's account into their own by entering their server: the notice must not go
    // on saying that mail from it stays on this computer.
    UiTestEnv env;
    const QString demoId = env.context->ensureDemoAccount(QStringLiteral("127.0.0.1"), closedPort());
    AccountEditorDialog editor(env.context.get(), env.context->accounts()->account(demoId));
    editor.hostEdit()->setText(QStringLiteral("smtp.example.test"));
    editor.accept();
    QCOMPARE(env.context->accounts()->account(demoId).host, QStringLiteral("smtp.example.test"));
    QVERIFY(!env.context->accounts()->account(demoId).localTestServer);
}

void TestFirstRun::messageSentToDemoServerIsFound()
{
    // Fault 8: "Saved as 20261206-...eml" named no folder and gave no way to open it; and the demo server's
    // folder was not the app's data folder.
    UiTestEnv env;
    const QString folder = env.context->demoMailFolder();
    QVERIFY2(folder.startsWith(env.context->store()->directory() + QLatin1Char('/')), qPrintable(folder));
    QProcess server;
    server.start(QStringLiteral("/usr/bin/python3"),
        { QDir(qEnvironmentVariable("EPISTLE_SOURCE_DIR", QStringLiteral(EPISTLE_SOURCE_DIR)))
                .filePath(QStringLiteral("scripts/demo-mail-server")),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--maildir"), folder,
            QStringLiteral("--parent-pid"), QString::number(QCoreApplication::applicationPid()) });
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
    const QByteArray ready = server.readLine().trimmed();
    QVERIFY2(ready.startsWith("READY "), ready.constData());
    QVERIFY(!env.context->ensureDemoAccount(QStringLiteral("127.0.0.1"), quint16(ready.mid(6).toUInt()))
                 .isEmpty());

    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("friend@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Where did it go?"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Here."));
    c->sendAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(c->banner()->text().contains(QStringLiteral("Message sent")), 20000);
    const QStringList saved = QDir(folder).entryList({ QStringLiteral("*.eml") });
    QCOMPARE(saved.size(), 1);
    const QString file = QDir(folder).filePath(saved.first());
    QVERIFY2(c->banner()->text().contains(QDir::toNativeSeparators(file)), qPrintable(c->banner()->text()));
    auto *open = c->banner()->findChild<QPushButton *>(QStringLiteral("openSentFile"));
    auto *show = c->banner()->findChild<QPushButton *>(QStringLiteral("openSentFolder"));
    QVERIFY(open && show);
    QTRY_VERIFY(open->isVisible() && show->isVisible());
    OpenedUrls opened;
    open->click();
    show->click();
    QCOMPARE(opened.urls, (QList<QUrl> { QUrl::fromLocalFile(file), QUrl::fromLocalFile(folder) }));
    delete c;
    server.terminate();
    server.waitForFinished();
}

void TestFirstRun::savedDraftOfferedOnStart()
{
    // Fault 6: a message closed normally was kept as a draft, but the next start showed an empty composer.
    UiTestEnv env;
    env.addAccount(QStringLiteral("Work"), closedPort());
    QPointer<ComposerWindow> first = openComposer(env);
    first->toEdit()->setText(QStringLiteral("bob@example.test"));
    first->subjectEdit()->setText(QStringLiteral("Unfinished"));
    first->bodyEditor()->textEdit()->setPlainText(QStringLiteral("To be continued"));
    first->close();
    QTRY_VERIFY(!first);
    QCOMPARE(env.context->store()->drafts()->list().size(), 1);

    // The next start (nothing to recover after a crash): the draft is offered, one click opens it.
    QPointer<ComposerWindow> next = openComposer(env);
    next->showRecoveredDrafts({}, {});
    MessageBanner *banner = next->recoveryBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("1 draft")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Unfinished")), qPrintable(banner->text()));
    auto *open = banner->findChild<QPushButton *>(QStringLiteral("openSavedDraft"));
    QVERIFY(open);
    QTRY_VERIFY(open->isVisible());
    open->click();
    QVERIFY(!banner->isVisible());
    QCOMPARE(next->subjectEdit()->text(), QStringLiteral("Unfinished"));
    QCOMPARE(next->toEdit()->text(), QStringLiteral("bob@example.test"));
    QVERIFY(next->bodyEditor()->plainText().startsWith(QStringLiteral("To be continued")));
    QCOMPARE(env.context->store()->drafts()->list().size(), 1);
    delete next;
}

void TestFirstRun::refusedConnectionExplainedOnce()
{
    // Fault 9: the failure panel's first line and its "Diagnosis:" said the same sentence.
    UiTestEnv env;
    env.addAccount(QStringLiteral("Nobody there"), closedPort());
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Hello"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi"));
    c->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Failed, 15000);
    const QString firstLine = c->failureText()->text().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(QStringLiteral("Nothing accepts connections")), qPrintable(firstLine));
    QVERIFY(c->failureDiagnosis()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!c->failureDiagnosis()->text().startsWith(QStringLiteral("Checking")), 10000);
    const QString diagnosis = c->failureDiagnosis()->text();
    QVERIFY2(!diagnosis.contains(firstLine), qPrintable(diagnosis));
    QVERIFY2(diagnosis.contains(QStringLiteral("fails in the same way")), qPrintable(diagnosis));
    delete c;
}

void TestFirstRun::refusedLoginExplainedOnce()
{
    // Fault 9: the failure panel printed the server's reply twice, "Diagnose account…" had no "Edit account"
    // beside it, and the Accounts button was disabled while the failure showed.
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.authRequired = true;
    options.authWithoutTls = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    UiTestEnv env;
    Account account = env.addAccount(QStringLiteral("Login"), server.port(), Smtp::Security::None, "PLAIN");
    account.user = server.user();
    QVERIFY(env.context->accounts()->update(account));
    env.context->useSecretOnce(account.id, QStringLiteral("wrong horse"));
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Refused"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi"));
    c->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Failed, 15000);
    const QString text = c->failureText()->text();
    QVERIFY2(text.contains(QStringLiteral("535")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("535")), 1);

    // The account is one click away, from the panel and from the header.
    QVERIFY(headerOf(c)->accountsButton()->isEnabled());
    QVERIFY(!c->fromBox()->isEnabled());
    auto *edit = c->failurePanel()->findChild<QPushButton *>(QStringLiteral("editAccount"));
    QVERIFY(edit && edit->isVisible());
    edit->click();
    QDialog *editor = nullptr;
    QTRY_VERIFY((editor = findVisible<QDialog>(c, QStringLiteral("accountEditor"))) != nullptr);
    QVERIFY2(editor->windowTitle().contains(QStringLiteral("Login")), qPrintable(editor->windowTitle()));
    editor->reject();
    delete c;
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
