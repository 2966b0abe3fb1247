// MessageSubmission without a window: the pre-send questions, the outbox, the attempt, and each way out of a
// failure (retry with better settings, a password, a trusted certificate, the diagnosed fix while stalled,
// back to editing), against aiosmtpd, a scripted fake server and a server that never answers. Everything is
// observed through its signals (QSignalSpy) and the store on disk.

#include "../smtp/tunnelproxy.h"
#include "aiosmtpdserver.h"
#include "fakesmtpserver.h"
#include "testcertificates.h"

#include "accounts/accountstore.h"
#include "store/draftautosaver.h"
#include "store/mailstore.h"
#include "store/messagesubmission.h"
#include "store/outboxsender.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One composer's worth of store, accounts, sender and draft, in a folder of its own.
struct Env
{
    QTemporaryDir dir;
    MailStore store { dir.filePath(QStringLiteral("data")) };
    AccountStore accounts { dir.filePath(QStringLiteral("accounts.conf")) };
    // What the resolver answers with, as the keychain would.
    QString password;
    // Set: the resolver has no settings and says why (an OAuth sign-in that expired, as AppContext says it).
    QString resolveError;
    // What the composer's fields hold: the autosaver asks for it, as it asks a composer.
    Draft content;
    std::unique_ptr<OutboxSender> sender;
    std::unique_ptr<DraftAutosaver> draft;
    std::unique_ptr<MessageSubmission> submission;
    Account account;

    explicit Env(quint16 port, Smtp::Security security = Smtp::Security::None,
        const QByteArray &auth = "none", const QString &host = QStringLiteral("127.0.0.1"))
    {
        store.open();
        account.name = QStringLiteral("Test");
        account.senderName = QStringLiteral("Alice Example");
        account.address = QStringLiteral("alice@example.test");
        account.host = host;
        account.port = port;
        account.security = security;
        account.authMechanism = auth;
        account.proxyType = Account::ProxyType::None;
        accounts.add(&account);
        sender = std::make_unique<OutboxSender>(
            store.outbox(), [this](const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
                if (!resolveError.isEmpty()) {
                    ready(SmtpConnectionSettings(), resolveError);
                    return;
                }
                SmtpCredentials credentials;
                credentials.password = password;
                ready(accounts.accountByName(item.account).toConnectionSettings(credentials), QString());
            });
        draft = std::make_unique<DraftAutosaver>(store.drafts());
        draft->setContentProvider([this] { return content; });
        submission = std::make_unique<MessageSubmission>(&store, sender.get(), &accounts, draft.get());
        write(QStringLiteral("Hello"));
    }

    void write(const QString &subject)
    {
        content.account = account.name;
        content.from = account.fromHeader();
        content.to = QStringLiteral("bob@example.test");
        content.subject = subject;
        content.plainText = QStringLiteral("Hi Bob");
        if (!draft->isAttached()) {
            draft->attach(QString());
        }
        draft->markChanged();
    }

    // What a composer holding that draft would hand to the checks.
    PreSendCheck::Input input(const QString &subject = QStringLiteral("Hello")) const
    {
        PreSendCheck::Input in;
        in.to = QStringLiteral("bob@example.test");
        in.subject = subject;
        in.bodyText = QStringLiteral("Hi Bob");
        return in;
    }

    Account current() const { return accounts.account(account.id); }
    MessageSubmission::State state() const { return submission->state(); }
};

} // namespace

class TestMessageSubmission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendsThroughTheOutbox();
    void blockingIssueStopsBeforeTheOutbox();
    void questionsWaitForAnswers();
    void failureIsDiagnosedThenRetried();
    void refusedLoginAsksForThePassword();
    void expiredSignInAsksToSignInAgain();
    void untrustedCertificateTrustedOnce();
    void stallDiagnosedAndFixedWhileSending();
    void cancelBringsTheMessageBack();
    void undoSendWaitsInTheOutbox();
    void undoSendTakesTheMessageBack();
    void undoSendHandsOverWhenTheComposerGoes();
    void mayHaveBeenSentIsNeverEditedAgain();
    void insecureLoginIsReported();
};

void TestMessageSubmission::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString why = AiosmtpdServer::unavailableReason();
    if (!why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
}

void TestMessageSubmission::sendsThroughTheOutbox()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Env env(server.port());
    QSignalSpy states(env.submission.get(), &MessageSubmission::stateChanged);
    QSignalSpy queued(env.submission.get(), &MessageSubmission::queued);
    QSignalSpy started(env.submission.get(), &MessageSubmission::attemptStarted);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.submission->send(env.account, env.input());
    QCOMPARE(queued.count(), 1);
    const QString id = queued.first().first().toString();
    QCOMPARE(env.submission->outboxId(), id);
    QVERIFY(env.store.outbox()->contains(id));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(sent.first().at(0).toString(), id);
    QVERIFY(sent.first().at(1).value<SmtpSendResult>().accepted);
    QCOMPARE(started.count(), 1);
    QCOMPARE(env.state(), MessageSubmission::State::Sent);
    QList<MessageSubmission::State> seen;
    for (const QList<QVariant> &args : std::as_const(states)) {
        seen << args.first().value<MessageSubmission::State>();
    }
    QCOMPARE(seen,
        (QList<MessageSubmission::State> { MessageSubmission::State::Queuing,
            MessageSubmission::State::Sending, MessageSubmission::State::Sent }));
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages().first().content.contains("Subject: Hello"));
    // In the sent folder, out of the outbox; the draft became the message.
    QVERIFY(!env.store.outbox()->contains(id));
    QCOMPARE(env.store.sent()->list().size(), 1);
    QCOMPARE(env.store.drafts()->list().size(), 0);
    QVERIFY(!env.draft->isAttached());
}

void TestMessageSubmission::blockingIssueStopsBeforeTheOutbox()
{
    Env env(25);
    QSignalSpy blocked(env.submission.get(), &MessageSubmission::blocked);
    QSignalSpy states(env.submission.get(), &MessageSubmission::stateChanged);
    PreSendCheck::Input in = env.input();
    in.to.clear();
    env.submission->send(env.account, in);
    QCOMPARE(blocked.count(), 1);
    const auto issues = blocked.first().first().value<QList<PreSendCheck::Issue>>();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().kind, PreSendCheck::Kind::NoRecipients);
    QCOMPARE(issues.first().field, QStringLiteral("to"));
    QCOMPARE(states.count(), 0);
    QCOMPARE(env.state(), MessageSubmission::State::Idle);
    QVERIFY(env.store.outbox()->list().isEmpty());
}

void TestMessageSubmission::questionsWaitForAnswers()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Env env(server.port());
    QSignalSpy asked(env.submission.get(), &MessageSubmission::questionAsked);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.write(QString());
    // An empty subject is a question: nothing goes into the outbox until the person answers.
    env.submission->send(env.account, env.input(QString()));
    QCOMPARE(asked.count(), 1);
    const auto issues = asked.first().first().value<QList<PreSendCheck::Issue>>();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().kind, PreSendCheck::Kind::EmptySubject);
    QCOMPARE(env.state(), MessageSubmission::State::Confirming);
    QVERIFY(env.store.outbox()->list().isEmpty());
    // "Go back": still a draft, nothing queued.
    env.submission->answer(false);
    QCOMPARE(env.state(), MessageSubmission::State::Idle);
    QVERIFY(env.store.outbox()->list().isEmpty());
    QVERIFY(env.draft->isAttached());
    // An answer nobody asked for changes nothing.
    env.submission->answer(true);
    QCOMPARE(env.state(), MessageSubmission::State::Idle);
    QVERIFY(env.store.outbox()->list().isEmpty());
    // Asked again, "send anyway": it goes.
    env.submission->send(env.account, env.input(QString()));
    QCOMPARE(asked.count(), 2);
    env.submission->answer(true);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(server.messages().size(), 1);
}

void TestMessageSubmission::failureIsDiagnosedThenRetried()
{
    // Nothing listens where the account points: the attempt fails, the server test names the cause, and
    // once the account points at a real server, retry() sends the same outbox message.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Env env(port);
    QSignalSpy failed(env.submission.get(), &MessageSubmission::failed);
    QSignalSpy diagnosed(env.submission.get(), &MessageSubmission::diagnosed);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.submission->send(env.account, env.input());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    const auto failure = failed.first().first().value<MessageSubmission::Failure>();
    QCOMPARE(env.state(), MessageSubmission::State::Failed);
    QCOMPARE(failure.error.code(), SmtpError::ConnectionRefused);
    QVERIFY(!failure.mayHaveBeenSent);
    QVERIFY(failure.canEditAgain);
    QVERIFY(!failure.needsPassword);
    QVERIFY(!failure.untrustedCertificate);
    QVERIFY(failure.diagnosing);
    // Kept in the outbox, waiting for its automatic retry.
    QCOMPARE(failure.item.state, OutboxItem::State::Waiting);
    QVERIFY(env.store.outbox()->contains(env.submission->outboxId()));
    QTRY_COMPARE_WITH_TIMEOUT(diagnosed.count(), 1, 15000);
    QCOMPARE(diagnosed.first().at(1).toBool(), false);
    QCOMPARE(diagnosed.first().at(0).value<ConnectionTest::Diagnosis>().code,
        QStringLiteral("connection-refused"));

    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Account account = env.current();
    account.port = server.port();
    QVERIFY(env.accounts.update(account));
    const QString id = env.submission->outboxId();
    env.submission->retry();
    QCOMPARE(env.state(), MessageSubmission::State::Sending);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(sent.first().first().toString(), id);
    QCOMPARE(server.messages().size(), 1);
}

void TestMessageSubmission::refusedLoginAsksForThePassword()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.authRequired = true;
    options.authWithoutTls = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    Env env(server.port(), Smtp::Security::None, "PLAIN");
    Account account = env.current();
    account.user = server.user();
    QVERIFY(env.accounts.update(account));
    env.password = QStringLiteral("wrong horse");
    QSignalSpy failed(env.submission.get(), &MessageSubmission::failed);
    QSignalSpy asked(env.submission.get(), &MessageSubmission::passwordNeeded);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.submission->send(env.account, env.input());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    const auto failure = failed.first().first().value<MessageSubmission::Failure>();
    QCOMPARE(failure.error.code(), SmtpError::AuthenticationFailed);
    QVERIFY(failure.needsPassword);
    QVERIFY(!failure.diagnosing);
    QCOMPARE(failure.item.state, OutboxItem::State::Failed);
    // The person asks to enter it: the question carries the account and why the last one failed.
    env.submission->requestPassword();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).value<Account>().id, env.account.id);
    QCOMPARE(asked.first().at(1).toString(), failure.error.message());
    QVERIFY(server.messages().isEmpty());
    // Answered (here: the resolver has it now), then retried.
    env.password = server.password();
    env.submission->retry();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(
        server.messages().first().envelope.value(QStringLiteral("auth_login")).toString(), server.user());
}

// An account that signs in with OAuth 2 whose sign-in gives no token (the provider revoked it): the failure
// offers "Sign in again", not a password, and asking for it names the account.
void TestMessageSubmission::expiredSignInAsksToSignInAgain()
{
    Env env(25, Smtp::Security::Tls, "XOAUTH2");
    Account account = env.current();
    account.oauthProvider = QStringLiteral("google");
    QVERIFY(env.accounts.update(account));
    env.resolveError = QStringLiteral("The sign-in with Google has expired. Sign in again.");
    QSignalSpy failed(env.submission.get(), &MessageSubmission::failed);
    QSignalSpy signIn(env.submission.get(), &MessageSubmission::signInNeeded);
    QSignalSpy asked(env.submission.get(), &MessageSubmission::passwordNeeded);
    env.submission->send(env.account, env.input());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    const auto failure = failed.first().first().value<MessageSubmission::Failure>();
    QVERIFY(failure.needsSignIn);
    QVERIFY(!failure.needsPassword);
    QCOMPARE(failure.item.lastError.message, env.resolveError);
    env.submission->requestSignIn();
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(signIn.first().first().value<Account>().id, env.account.id);
    QCOMPARE(asked.count(), 0);
}

void TestMessageSubmission::untrustedCertificateTrustedOnce()
{
    TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    options.certificate = TestCertificates::Kind::SelfSigned;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    Env env(server.port(), Smtp::Security::Tls, "none", QStringLiteral("localhost"));
    QSignalSpy failed(env.submission.get(), &MessageSubmission::failed);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.submission->send(env.account, env.input());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    const auto failure = failed.first().first().value<MessageSubmission::Failure>();
    QCOMPARE(failure.error.code(), SmtpError::CertificateUntrusted);
    QVERIFY(failure.untrustedCertificate);
    QCOMPARE(failure.host, QStringLiteral("localhost"));
    // A certificate problem is the person's to judge, not the server test's.
    QVERIFY(!failure.diagnosing);
    const QByteArray sha256 = certificates.sha256Fingerprint(TestCertificates::Kind::SelfSigned);
    QCOMPARE(failure.error.certificateChain().first().digest(QCryptographicHash::Sha256), sha256);
    env.submission->trustCertificate(sha256);
    QCOMPARE(env.current().pinnedSha256, QList<QByteArray> { sha256 });
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(server.messages().size(), 1);
}

void TestMessageSubmission::stallDiagnosedAndFixedWhileSending()
{
    // STARTTLS chosen for a port that speaks TLS from the first byte: the attempt waits for a greeting that
    // never comes. The stall starts the server test; its fix, applied, stops the attempt and sends again.
    TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    Env env(server.port(), Smtp::Security::StartTls, "none", QStringLiteral("localhost"));
    Account account = env.current();
    account.caFile = certificates.caFile();
    QVERIFY(env.accounts.update(account));
    env.submission->setStallTimeout(300);
    env.submission->setTlsProbeDelay(300);
    QSignalSpy stalled(env.submission.get(), &MessageSubmission::stalled);
    QSignalSpy diagnosed(env.submission.get(), &MessageSubmission::stallDiagnosed);
    QSignalSpy fixed(env.submission.get(), &MessageSubmission::fixApplied);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.submission->send(env.account, env.input());
    QTRY_COMPARE_WITH_TIMEOUT(diagnosed.count(), 1, 15000);
    QCOMPARE(stalled.count(), 1);
    QCOMPARE(env.state(), MessageSubmission::State::Sending);
    const auto diagnosis = diagnosed.first().first().value<ConnectionTest::Diagnosis>();
    QCOMPARE(diagnosis.code, QStringLiteral("starttls-on-implicit-tls-port"));
    QVERIFY(env.submission->offersFix(diagnosis));
    env.submission->applyFix();
    QCOMPARE(fixed.count(), 1);
    QCOMPARE(env.current().security, Smtp::Security::Tls);
    QCOMPARE(env.current().effectivePort(), server.port());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(env.store.outbox()->list().isEmpty());
}

void TestMessageSubmission::cancelBringsTheMessageBack()
{
    // A server that accepts the connection and never greets.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
    Env env(silent.serverPort());
    QSignalSpy started(env.submission.get(), &MessageSubmission::attemptStarted);
    QSignalSpy back(env.submission.get(), &MessageSubmission::returnedToEditing);
    QSignalSpy failed(env.submission.get(), &MessageSubmission::failed);
    env.submission->send(env.account, env.input());
    QTRY_VERIFY(!held.isEmpty());
    QCOMPARE(started.count(), 1);
    env.submission->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(env.state(), MessageSubmission::State::Idle);
    QVERIFY(env.submission->outboxId().isEmpty());
    QVERIFY(env.store.outbox()->list().isEmpty());
    // A draft again, with what was written.
    QVERIFY(env.draft->isAttached());
    QCOMPARE(env.store.drafts()->list().size(), 1);
    QCOMPARE(env.store.drafts()->list().first().subject, QStringLiteral("Hello"));
}

void TestMessageSubmission::undoSendWaitsInTheOutbox()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Env env(server.port());
    // As in the app: an automatic sender that sends whatever is due, and must still leave this one alone.
    env.sender->setAutomatic(true);
    QSignalSpy states(env.submission.get(), &MessageSubmission::stateChanged);
    QSignalSpy countdown(env.submission.get(), &MessageSubmission::undoCountdown);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.submission->setUndoDelay(600);
    env.submission->send(env.account, env.input());
    QCOMPARE(env.state(), MessageSubmission::State::Waiting);
    QVERIFY(env.submission->isInOutbox());
    QCOMPARE(countdown.count(), 1);
    QCOMPARE(countdown.first().first().toInt(), 600);
    // In the outbox, whole, with its "not before" (what a crash leaves), and claimed by this submission.
    const QString id = env.submission->outboxId();
    OutboxItem item;
    QVERIFY(env.store.outbox()->item(id, &item));
    QCOMPARE(item.state, OutboxItem::State::Queued);
    QVERIFY(item.notBefore > QDateTime::currentDateTimeUtc().addSecs(500));
    QVERIFY(env.store.outbox()->isClaimedHere(id));
    QCOMPARE(env.store.drafts()->list().size(), 0);
    // Neither a flush of what waits nor the automatic run takes it during the wait.
    QCOMPARE(env.sender->flushWaiting(), 0);
    QCOMPARE(env.sender->flush(), 0);
    QTest::qWait(200);
    QVERIFY(server.messages().isEmpty());
    QCOMPARE(env.state(), MessageSubmission::State::Waiting);
    // "Send now" ends the wait; once it is on its way there is nothing to undo.
    env.submission->sendWithoutWaiting();
    QCOMPARE(env.state(), MessageSubmission::State::Sending);
    QVERIFY(!env.submission->undo());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(!env.submission->undo());
    QCOMPARE(env.state(), MessageSubmission::State::Sent);

    // A short wait ends by itself: the message goes through the same path, once.
    states.clear();
    env.write(QStringLiteral("Second"));
    env.submission->setUndoDelay(1);
    env.submission->send(env.account, env.input(QStringLiteral("Second")));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 20000);
    QList<MessageSubmission::State> seen;
    for (const QList<QVariant> &args : std::as_const(states)) {
        seen << args.first().value<MessageSubmission::State>();
    }
    QCOMPARE(seen,
        (QList<MessageSubmission::State> { MessageSubmission::State::Queuing,
            MessageSubmission::State::Waiting, MessageSubmission::State::Sending,
            MessageSubmission::State::Sent }));
    QCOMPARE(server.messages().size(), 2);
    QVERIFY(env.store.outbox()->list().isEmpty());
}

void TestMessageSubmission::undoSendTakesTheMessageBack()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Env env(server.port());
    env.sender->setAutomatic(true);
    QSignalSpy back(env.submission.get(), &MessageSubmission::returnedToEditing);
    env.submission->setUndoDelay(600);
    env.content.spellLanguage = QStringLiteral("de_DE");
    env.submission->send(env.account, env.input());
    QCOMPARE(env.state(), MessageSubmission::State::Waiting);
    QVERIFY(env.submission->undo());
    QCOMPARE(back.count(), 1);
    QCOMPARE(env.state(), MessageSubmission::State::Idle);
    QVERIFY(env.submission->outboxId().isEmpty());
    QVERIFY(env.store.outbox()->list().isEmpty());
    // A draft again, as it was.
    QVERIFY(env.draft->isAttached());
    const QList<Draft> drafts = env.store.drafts()->list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().subject, QStringLiteral("Hello"));
    Draft saved;
    QVERIFY(env.store.drafts()->load(drafts.first().id, &saved));
    QCOMPARE(saved.spellLanguage, QStringLiteral("de_DE"));
    QVERIFY(!env.submission->undo()); // nothing left to undo
    // Cancel during the wait is an undo too.
    env.submission->send(env.account, env.input());
    QCOMPARE(env.state(), MessageSubmission::State::Waiting);
    env.submission->cancel();
    QCOMPARE(back.count(), 2);
    QVERIFY(env.store.outbox()->list().isEmpty());
    QTest::qWait(200);
    QVERIFY(server.messages().isEmpty());
}

void TestMessageSubmission::undoSendHandsOverWhenTheComposerGoes()
{
    // The window closes during the wait: the message is not lost, and goes when its time comes.
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Env env(server.port());
    env.sender->setAutomatic(true);
    env.submission->setUndoDelay(2);
    env.submission->send(env.account, env.input());
    const QString id = env.submission->outboxId();
    QCOMPARE(env.state(), MessageSubmission::State::Waiting);
    env.submission.reset();
    QVERIFY(!env.store.outbox()->isClaimedHere(id));
    QVERIFY(server.messages().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!env.store.outbox()->contains(id), 20000);
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(env.store.sent()->list().size(), 1);
}

void TestMessageSubmission::mayHaveBeenSentIsNeverEditedAgain()
{
    // The whole message left, then the connection dropped before the server's reply: nobody knows whether
    // it was delivered. Never "edit again" (a second send would be the person's explicit decision: retry).
    FakeSmtpServer fake;
    QVERIFY(fake.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake.example.org ESMTP
        C~: EHLO .*
        S: 250 fake.example.org
        C: MAIL FROM:<alice@example.test>
        S: 250 2.1.0 Ok
        C: RCPT TO:<bob@example.test>
        S: 250 2.1.5 Ok
        C: DATA
        S: 354 go ahead
        X: data
        X: close)")));
    QVERIFY(fake.listen());
    Env env(fake.port());
    QSignalSpy failed(env.submission.get(), &MessageSubmission::failed);
    QSignalSpy back(env.submission.get(), &MessageSubmission::returnedToEditing);
    env.submission->send(env.account, env.input());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QVERIFY2(fake.waitForDone(), qPrintable(fake.report()));
    const auto failure = failed.first().first().value<MessageSubmission::Failure>();
    QCOMPARE(env.state(), MessageSubmission::State::MayHaveBeenSent);
    QVERIFY(failure.mayHaveBeenSent);
    QVERIFY(!failure.canEditAgain);
    QCOMPARE(failure.item.state, OutboxItem::State::MayHaveBeenSent);
    // Cancel does not apply any more: the message stays in the outbox for the person's decision.
    env.submission->cancel();
    QCOMPARE(back.count(), 0);
    QVERIFY(env.store.outbox()->contains(env.submission->outboxId()));
    QCOMPARE(fake.receivedMessages().size(), 1);
}

void TestMessageSubmission::insecureLoginIsReported()
{
    // The account chose no encryption and logs in to a server that, through a proxy, is not this machine
    // as far as the client knows: the password travels readable, and the submission says so.
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.authRequired = true;
    options.authWithoutTls = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    TunnelProxy proxy(TunnelProxy::Kind::Socks5);
    QVERIFY(proxy.listen());
    Env env(server.port(), Smtp::Security::None, "PLAIN");
    Account account = env.current();
    account.user = server.user();
    account.proxyType = Account::ProxyType::Socks5;
    account.proxyHost = QStringLiteral("127.0.0.1");
    account.proxyPort = proxy.port();
    QVERIFY(env.accounts.update(account));
    env.password = server.password();
    QSignalSpy warned(env.submission.get(), &MessageSubmission::insecureAuthentication);
    QSignalSpy sent(env.submission.get(), &MessageSubmission::sent);
    env.submission->send(env.account, env.input());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QCOMPARE(proxy.connections(), 1);
    QCOMPARE(warned.count(), 1);
    const QString warning = warned.first().first().toString();
    QVERIFY2(warning.contains(QStringLiteral("no encryption")), qPrintable(warning));
    QCOMPARE(env.submission->insecureWarning(), warning);

    // Straight to the same server on this machine (loopback): nothing to warn about.
    account.proxyType = Account::ProxyType::None;
    QVERIFY(env.accounts.update(account));
    env.write(QStringLiteral("Again"));
    env.submission->send(env.current(), env.input(QStringLiteral("Again")));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 20000);
    QCOMPARE(warned.count(), 1);
    QVERIFY(env.submission->insecureWarning().isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageSubmission)
#include "tst_messagesubmission.moc"
