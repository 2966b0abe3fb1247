// ConnectionTest's diagnoses, each reproduced against a real server (a private Postfix + Dovecot) or the
// rule-driven MiniSmtpServer with real TLS, through ConnectionTest and, for a few, through `epistle test
// --json` (the binary in EPISTLE_BINARY).
#include "accounts/connectiontest.h"

#include "minismtpserver.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString Alice = QStringLiteral("alice@example.test");
const QString AlicePassword = QStringLiteral("correct horse");

struct Outcome
{
    bool passed = false;
    QString code;
    QString message;
    ConnectionTest::Diagnosis diagnosis;
    QList<ConnectionTest::Step> steps;
    QStringList stepNames() const
    {
        QStringList names;
        for (const ConnectionTest::Step &s : steps) {
            names << ConnectionTest::stepName(s.id) + (s.ok ? QString() : QStringLiteral("!"));
        }
        return names;
    }
};

struct Options
{
    Options(const QString &sender = {}, const QString &recipient = {}, qint64 size = -1)
        : sender(sender), recipient(recipient), size(size)
    { }
    QString sender;
    QString recipient;
    qint64 size;
};

Outcome runTest(const SmtpConnectionSettings &settings, const Options &options = {})
{
    ConnectionTest test(settings);
    test.setTlsProbeDelay(300); // tests need not wait three seconds for a greeting that never comes
    test.setSender(options.sender);
    test.setTestRecipient(options.recipient);
    if (options.size >= 0) {
        test.setMessageSize(options.size);
    }
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    Outcome o;
    if (!finished.wait(30000)) {
        o.code = QStringLiteral("(no finish)");
        return o;
    }
    o.passed = test.passed();
    o.diagnosis = test.diagnosis();
    o.code = o.diagnosis.code;
    o.message = o.diagnosis.message;
    o.steps = test.steps();
    if (!o.passed) {
        qInfo("%s: %s", qPrintable(o.code),
            qPrintable(o.message)); // the sentences people will read, in the log
    }
    return o;
}

SmtpConnectionSettings local(quint16 port, Smtp::Security security)
{
    SmtpConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = security;
    s.tls.caCertificates = AccountsTest::testCa();
    s.timeouts = SmtpTimeouts::uniform(15000);
    s.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    return s;
}

SmtpConnectionSettings withLogin(SmtpConnectionSettings s, const QString &password = AlicePassword)
{
    s.credentials.user = Alice;
    s.credentials.password = password;
    return s;
}

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void passesAgainstPostfix();
    void starttlsOnImplicitTlsPort();
    void noEncryptionOnImplicitTlsPort();
    void greetingRefused();
    void noGreetingPlainOrTls();
    void noGreetingAfterTls();
    void loginRequiredWithoutLogin();
    void loginRequiredWithLoginOff();
    void tlsOnPlainPort();
    void connectionRefused();
    void hostNotFound();
    void certificateUntrusted_data();
    void certificateUntrusted();
    void certificateNameMismatch();
    void certificateExpired();
    void certificateNotYetValid();
    void certificateChanged();
    void authFailed();
    void authMechanismNotOffered();
    void authRequiresTlsPostfix();
    void authRequiresTlsScripted();
    void authNotOffered();
    void senderRefusedPostfix();
    void senderRefusedScripted();
    void recipientRefused();
    void messageTooLargePostfix();
    void messageTooLargeScripted();

    void cliJson_data();
    void cliJson();
    void cliTrustFingerprint();

private:
    QByteArray runCli(const QStringList &args, int *exitCode);
    AccountsTest::PostfixInstance m_postfix;
};

void TestConnectionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!AccountsTest::testCa().isEmpty());
    // smtpd_delay_reject = no: sender restrictions answer MAIL FROM itself, which is what ConnectionTest
    // tries. Logged in as alice, only alice@example.test may be the sender.
    QVERIFY2(
        m_postfix.start(QStringLiteral("conntest"),
            { QStringLiteral("--size"), QStringLiteral("100000"), QStringLiteral("--set"),
                QStringLiteral("smtpd_delay_reject = no"), QStringLiteral("--set"),
                QStringLiteral("smtpd_sender_login_maps = inline:{ alice@example.test=alice@example.test }"),
                QStringLiteral("--set"),
                QStringLiteral("smtpd_sender_restrictions = reject_sender_login_mismatch") }),
        qPrintable(m_postfix.errorString()));
}

void TestConnectionTest::cleanupTestCase()
{
    m_postfix.stop();
}

void TestConnectionTest::passesAgainstPostfix()
{
    const Outcome o
        = runTest(withLogin(local(m_postfix.submissionsPort(), Smtp::Security::Tls)), { Alice, Alice });
    QVERIFY2(o.passed, qPrintable(o.code + QLatin1String(": ") + o.message));
    QCOMPARE(o.stepNames(),
        (QStringList { QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("tls"),
            QStringLiteral("greeting"), QStringLiteral("ehlo"), QStringLiteral("auth"),
            QStringLiteral("mail-from"), QStringLiteral("rcpt-to"), QStringLiteral("rset"),
            QStringLiteral("quit") }));
    const Outcome starttls
        = runTest(withLogin(local(m_postfix.submissionPort(), Smtp::Security::StartTls)), { Alice });
    QVERIFY2(starttls.passed, qPrintable(starttls.code + QLatin1String(": ") + starttls.message));
    QVERIFY(starttls.stepNames().contains(QStringLiteral("starttls")));
    QVERIFY(starttls.stepNames().contains(QStringLiteral("ehlo-after-tls")));
}

void TestConnectionTest::starttlsOnImplicitTlsPort()
{
    const Outcome o = runTest(withLogin(local(m_postfix.submissionsPort(), Smtp::Security::StartTls)));
    QCOMPARE(o.code, QStringLiteral("starttls-on-implicit-tls-port"));
    QVERIFY2(o.message.contains(QString::number(m_postfix.submissionsPort())), qPrintable(o.message));
    QVERIFY(o.diagnosis.hasSuggestion);
    QCOMPARE(o.diagnosis.suggested.security, Smtp::Security::Tls);
    QCOMPARE(o.diagnosis.suggested.effectivePort(), m_postfix.submissionsPort());
    // "Apply suggested settings" works.
    const Outcome again = runTest(o.diagnosis.suggested, { Alice });
    QVERIFY2(again.passed, qPrintable(again.code + QLatin1String(": ") + again.message));
}

void TestConnectionTest::noEncryptionOnImplicitTlsPort()
{
    // Issue 12: the person chose no encryption, so the advice must not speak of STARTTLS.
    const Outcome o = runTest(withLogin(local(m_postfix.submissionsPort(), Smtp::Security::None)));
    QCOMPARE(o.code, QStringLiteral("starttls-on-implicit-tls-port"));
    QVERIFY2(o.message.contains(QLatin1String("set to no encryption")), qPrintable(o.message));
    QVERIFY2(!o.message.contains(QLatin1String("STARTTLS")), qPrintable(o.message));
    QCOMPARE(o.diagnosis.suggested.security, Smtp::Security::Tls);
}

void TestConnectionTest::greetingRefused()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.greeting = "554 5.7.1 mini.test no SMTP service here";
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    const Outcome o = runTest(local(server.serverPort(), Smtp::Security::StartTls), { Alice });
    QCOMPARE(o.code, QStringLiteral("greeting-refused"));
    // The server's own words, and what usually causes them.
    QVERIFY2(o.message.contains(QLatin1String("no SMTP service here")), qPrintable(o.message));
    QVERIFY2(o.message.contains(QLatin1String("another network")), qPrintable(o.message));
    QCOMPARE(o.stepNames().last(), QStringLiteral("greeting!"));
    QVERIFY(!o.diagnosis.hasSuggestion);
}

void TestConnectionTest::noGreetingPlainOrTls()
{
    // Accepts, never greets, and does not answer a TLS handshake either: not an implicit-TLS port.
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.silentGreeting = true;
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    SmtpConnectionSettings s = local(server.serverPort(), Smtp::Security::StartTls);
    s.timeouts.greeting = 2000;
    const Outcome o = runTest(s, { Alice });
    QCOMPARE(o.code, QStringLiteral("no-greeting"));
    QVERIFY2(o.message.contains(QLatin1String("firewall")), qPrintable(o.message));
    QVERIFY2(o.message.contains(QLatin1String("TLS handshake")), qPrintable(o.message));
    QCOMPARE(server.connectionCount(), 2); // the session and the TLS probe
    QVERIFY(o.diagnosis.hasSuggestion);
    QCOMPARE(o.diagnosis.suggested.security, Smtp::Security::StartTls);
    QCOMPARE(o.diagnosis.suggested.effectivePort(), quint16(587));
    QVERIFY2(o.message.contains(QLatin1String("STARTTLS on port 587")), qPrintable(o.message));
}

void TestConnectionTest::noGreetingAfterTls()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::Implicit;
    rules.silentGreeting = true;
    MiniSmtpServer server(rules);
    QVERIFY(server.loadCertificate(AccountsTest::certPath(QStringLiteral("server.pem")),
        AccountsTest::certPath(QStringLiteral("server.key"))));
    QVERIFY(server.start());
    SmtpConnectionSettings s = local(server.serverPort(), Smtp::Security::Tls);
    s.timeouts.greeting = 1000;
    const Outcome o = runTest(s, { Alice });
    QCOMPARE(o.code, QStringLiteral("no-greeting"));
    QVERIFY2(o.message.contains(QLatin1String("completed the TLS handshake")), qPrintable(o.message));
    QVERIFY(!o.diagnosis.hasSuggestion); // no setting would help
}

void TestConnectionTest::loginRequiredWithoutLogin()
{
    // Issue 12: 530 to MAIL FROM from an account with no login is a missing login, not a wrong sender.
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.mailReply = "530 5.7.0 Authentication required";
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    const Outcome o = runTest(local(server.serverPort(), Smtp::Security::None), { Alice });
    QCOMPARE(o.code, QStringLiteral("auth-required"));
    QVERIFY2(o.message.contains(QLatin1String("530")), qPrintable(o.message));
    QVERIFY2(o.message.contains(QLatin1String("user name and password")), qPrintable(o.message));
    QVERIFY2(!o.message.contains(QLatin1String("sender address")), qPrintable(o.message));
    QVERIFY(o.diagnosis.needsLogin);
    QVERIFY(!o.diagnosis.hasSuggestion);
    QCOMPARE(o.stepNames().last(), QStringLiteral("mail-from!"));
}

void TestConnectionTest::loginRequiredWithLoginOff()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.mailReply = "530 5.7.0 Authentication required";
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    SmtpConnectionSettings s = withLogin(local(server.serverPort(), Smtp::Security::None));
    s.authMechanism = "none";
    const Outcome o = runTest(s, { Alice });
    QCOMPARE(o.code, QStringLiteral("auth-required"));
    QVERIFY(!o.diagnosis.needsLogin);
    QVERIFY(o.diagnosis.hasSuggestion);
    QCOMPARE(o.diagnosis.suggested.authMechanism, QByteArray("auto"));
    // The suggestion logs in, and the same server then takes the sender.
    server.rules().mailReply = "250 2.1.0 Ok";
    const Outcome again = runTest(o.diagnosis.suggested, { Alice });
    QVERIFY2(again.passed, qPrintable(again.code + QLatin1String(": ") + again.message));
    QVERIFY(server.received("AUTH PLAIN"));
}

void TestConnectionTest::tlsOnPlainPort()
{
    for (const quint16 port : { m_postfix.submissionPort(), m_postfix.plainPort() }) {
        const Outcome o = runTest(withLogin(local(port, Smtp::Security::Tls)));
        QCOMPARE(o.code, QStringLiteral("tls-on-plain-port"));
        QVERIFY(o.diagnosis.hasSuggestion);
        QCOMPARE(o.diagnosis.suggested.security, Smtp::Security::StartTls);
        QCOMPARE(o.diagnosis.suggested.effectivePort(), port);
        const Outcome again = runTest(o.diagnosis.suggested, { Alice });
        QVERIFY2(again.passed, qPrintable(again.code + QLatin1String(": ") + again.message));
    }
}

void TestConnectionTest::connectionRefused()
{
    const quint16 port = AccountsTest::closedPort();
    const Outcome o = runTest(local(port, Smtp::Security::Tls));
    QCOMPARE(o.code, QStringLiteral("connection-refused"));
    QVERIFY2(o.message.contains(QString::number(port)), qPrintable(o.message));
    QCOMPARE(o.stepNames().last(), QStringLiteral("connect!"));
}

void TestConnectionTest::hostNotFound()
{
    SmtpConnectionSettings s = local(465, Smtp::Security::Tls);
    s.host = QStringLiteral("no-such-server.epistle.invalid"); // RFC 2606: never resolves
    const Outcome o = runTest(s);
    QCOMPARE(o.code, QStringLiteral("host-not-found"));
    QVERIFY2(o.message.contains(s.host), qPrintable(o.message));
    QCOMPARE(o.stepNames(), QStringList { QStringLiteral("resolve!") });
}

void TestConnectionTest::certificateUntrusted_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("startTls");
    QTest::newRow("self-signed, implicit TLS") << QStringLiteral("selfsigned") << false;
    QTest::newRow("self-signed, STARTTLS") << QStringLiteral("selfsigned") << true;
    QTest::newRow("unknown CA") << QStringLiteral("unknownca-server") << false;
}

void TestConnectionTest::certificateUntrusted()
{
    QFETCH(QString, certificate);
    QFETCH(bool, startTls);
    MiniSmtpServer::Rules rules;
    rules.tls = startTls ? MiniSmtpServer::Tls::StartTls : MiniSmtpServer::Tls::Implicit;
    MiniSmtpServer server(rules);
    QVERIFY(server.loadCertificate(AccountsTest::certPath(certificate + QLatin1String(".pem")),
        AccountsTest::certPath(certificate + QLatin1String(".key"))));
    QVERIFY(server.start());
    SmtpConnectionSettings s
        = withLogin(local(server.serverPort(), startTls ? Smtp::Security::StartTls : Smtp::Security::Tls));
    s.host = QStringLiteral("localhost");
    const Outcome o = runTest(s, { Alice });
    QCOMPARE(o.code, QStringLiteral("certificate-untrusted"));
    // The fingerprint is shown, and trusting it is offered as a pin of exactly that certificate.
    const QSslCertificate cert
        = QSslCertificate::fromPath(AccountsTest::certPath(certificate + QLatin1String(".pem"))).first();
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256);
    const QString shown = QString::fromLatin1(digest.toHex(':').toUpper());
    QVERIFY2(o.message.contains(shown), qPrintable(o.message));
    QVERIFY(o.diagnosis.hasSuggestion);
    QCOMPARE(o.diagnosis.suggested.tls.pinnedSha256, QList<QByteArray> { digest });
    QVERIFY(!server.received("AUTH")); // nothing was sent to the untrusted server
    // Re-running with the pin passes.
    const Outcome again = runTest(o.diagnosis.suggested, { Alice });
    QVERIFY2(again.passed, qPrintable(again.code + QLatin1String(": ") + again.message));
    QVERIFY(server.received("AUTH PLAIN"));
}

void TestConnectionTest::certificateNameMismatch()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::Implicit;
    MiniSmtpServer server(rules);
    QVERIFY(server.loadCertificate(AccountsTest::certPath(QStringLiteral("other-name.pem")),
        AccountsTest::certPath(QStringLiteral("other-name.key"))));
    QVERIFY(server.start());
    SmtpConnectionSettings s = local(server.serverPort(), Smtp::Security::Tls);
    s.host = QStringLiteral("localhost");
    const Outcome o = runTest(s);
    QCOMPARE(o.code, QStringLiteral("certificate-name-mismatch"));
    QVERIFY2(o.message.contains(QLatin1String("mail.other.example"))
            || o.message.contains(QLatin1String("localhost")),
        qPrintable(o.message));
    QVERIFY(o.diagnosis.hasSuggestion);
    QCOMPARE(o.diagnosis.suggested.tls.pinnedSha256.size(), 1);
}

void TestConnectionTest::certificateExpired()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::Implicit;
    MiniSmtpServer server(rules);
    QVERIFY(server.loadCertificate(AccountsTest::certPath(QStringLiteral("expired.pem")),
        AccountsTest::certPath(QStringLiteral("expired.key"))));
    QVERIFY(server.start());
    SmtpConnectionSettings s = local(server.serverPort(), Smtp::Security::Tls);
    s.host = QStringLiteral("localhost");
    const Outcome o = runTest(s);
    QCOMPARE(o.code, QStringLiteral("certificate-expired"));
    QVERIFY2(
        o.message.contains(QLatin1String("2021")) || o.message.toLower().contains(QLatin1String("expired")),
        qPrintable(o.message));
}

void TestConnectionTest::certificateNotYetValid()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::Implicit;
    MiniSmtpServer server(rules);
    QVERIFY(server.loadCertificate(AccountsTest::certPath(QStringLiteral("notyet.pem")),
        AccountsTest::certPath(QStringLiteral("notyet.key"))));
    QVERIFY(server.start());
    SmtpConnectionSettings s = local(server.serverPort(), Smtp::Security::Tls);
    s.host = QStringLiteral("localhost");
    const Outcome o = runTest(s);
    QCOMPARE(o.code, QStringLiteral("certificate-not-yet-valid"));
}

void TestConnectionTest::certificateChanged()
{
    // A valid certificate, but not the one this account pinned: the server changed (or someone is between).
    SmtpConnectionSettings s = local(m_postfix.submissionsPort(), Smtp::Security::Tls);
    s.tls.pinnedSha256 = { QByteArray(32, '\x42') };
    const Outcome o = runTest(s);
    QCOMPARE(o.code, QStringLiteral("certificate-changed"));
    const QSslCertificate server
        = QSslCertificate::fromPath(AccountsTest::certPath(QStringLiteral("server.pem"))).first();
    QVERIFY2(o.message.contains(
                 QString::fromLatin1(server.digest(QCryptographicHash::Sha256).toHex(':').toUpper())),
        qPrintable(o.message));
}

void TestConnectionTest::authFailed()
{
    const Outcome o
        = runTest(withLogin(local(m_postfix.submissionsPort(), Smtp::Security::Tls), QStringLiteral("wrong")),
            { Alice });
    QCOMPARE(o.code, QStringLiteral("auth-failed"));
    QVERIFY2(o.message.contains(QLatin1String("535")), qPrintable(o.message));
    QCOMPARE(o.diagnosis.error.exitCode(), 77);
    QVERIFY(o.stepNames().contains(QStringLiteral("auth!")));
    QVERIFY(!o.stepNames().contains(QStringLiteral("mail-from"))); // stops at the failed step
}

void TestConnectionTest::authMechanismNotOffered()
{
    SmtpConnectionSettings s = local(m_postfix.submissionsPort(), Smtp::Security::Tls);
    s.authMechanism = "XOAUTH2";
    s.credentials.user = Alice;
    s.credentials.oauthToken = QStringLiteral("ya29.token");
    const Outcome o = runTest(s);
    QCOMPARE(o.code, QStringLiteral("auth-mechanism-not-offered"));
    QVERIFY2(o.message.contains(QLatin1String("XOAUTH2")), qPrintable(o.message));
    QVERIFY(o.diagnosis.hasSuggestion);
    QCOMPARE(o.diagnosis.suggested.authMechanism, QByteArray("auto"));
}

void TestConnectionTest::authRequiresTlsPostfix()
{
    // Postfix's submission port offers AUTH only after STARTTLS (smtpd_tls_auth_only): an account set to no
    // encryption cannot log in there.
    const Outcome o = runTest(withLogin(local(m_postfix.submissionPort(), Smtp::Security::None)));
    QCOMPARE(o.code, QStringLiteral("auth-requires-tls"));
    QVERIFY(o.diagnosis.hasSuggestion);
    QCOMPARE(o.diagnosis.suggested.security, Smtp::Security::StartTls);
    const Outcome again = runTest(o.diagnosis.suggested, { Alice });
    QVERIFY2(again.passed, qPrintable(again.code + QLatin1String(": ") + again.message));
}

void TestConnectionTest::authRequiresTlsScripted()
{
    // A server that advertises AUTH but refuses it before TLS (RFC 4954 538 / 5.7.11).
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::StartTls;
    rules.authBeforeTlsReply = "538 5.7.11 Encryption required for requested authentication mechanism";
    MiniSmtpServer server(rules);
    QVERIFY(server.loadCertificate(AccountsTest::certPath(QStringLiteral("server.pem")),
        AccountsTest::certPath(QStringLiteral("server.key"))));
    QVERIFY(server.start());
    const Outcome o = runTest(withLogin(local(server.serverPort(), Smtp::Security::None)));
    QCOMPARE(o.code, QStringLiteral("auth-requires-tls"));
    QVERIFY2(o.message.contains(QLatin1String("538")), qPrintable(o.message));
    QCOMPARE(o.diagnosis.suggested.security, Smtp::Security::StartTls);
    const Outcome again = runTest(o.diagnosis.suggested, { Alice });
    QVERIFY2(again.passed, qPrintable(again.code + QLatin1String(": ") + again.message));
}

void TestConnectionTest::authNotOffered()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.extensions = { "PIPELINING", "8BITMIME" };
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    const Outcome o = runTest(withLogin(local(server.serverPort(), Smtp::Security::None)));
    QCOMPARE(o.code, QStringLiteral("auth-not-offered"));
    QVERIFY2(o.message.contains(QLatin1String("does not offer authentication")), qPrintable(o.message));
}

void TestConnectionTest::senderRefusedPostfix()
{
    const Outcome o = runTest(withLogin(local(m_postfix.submissionsPort(), Smtp::Security::Tls)),
        { QStringLiteral("bob@example.test") });
    QCOMPARE(o.code, QStringLiteral("sender-refused"));
    QVERIFY2(
        o.message.contains(QLatin1String("bob@example.test")) && o.message.contains(QLatin1String("553")),
        qPrintable(o.message));
    QCOMPARE(o.diagnosis.error.exitCode(), 65);
}

void TestConnectionTest::senderRefusedScripted()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.mailReply = "550 5.7.1 Sender address rejected: not owned by user";
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    const Outcome o
        = runTest(local(server.serverPort(), Smtp::Security::None), { QStringLiteral("someone@else.test") });
    QCOMPARE(o.code, QStringLiteral("sender-refused"));
    QVERIFY(o.message.contains(QLatin1String("someone@else.test")));
}

void TestConnectionTest::recipientRefused()
{
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.rcptReply = "550 5.1.1 No such user here";
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    const Outcome o = runTest(
        local(server.serverPort(), Smtp::Security::None), { Alice, QStringLiteral("nobody@example.test") });
    QCOMPARE(o.code, QStringLiteral("recipient-refused"));
    QVERIFY(o.message.contains(QLatin1String("nobody@example.test")));
    QTRY_VERIFY(server.received("QUIT")); // it says goodbye rather than dropping the line
}

void TestConnectionTest::messageTooLargePostfix()
{
    // Postfix announces SIZE 100000: a 500000-byte message is refused before anything is sent.
    const Outcome o
        = runTest(withLogin(local(m_postfix.submissionsPort(), Smtp::Security::Tls)), { Alice, {}, 500000 });
    QCOMPARE(o.code, QStringLiteral("message-too-large"));
    QVERIFY2(o.message.contains(QLatin1String("100000")), qPrintable(o.message));
    // Under the limit it passes.
    const Outcome fits
        = runTest(withLogin(local(m_postfix.submissionsPort(), Smtp::Security::Tls)), { Alice, {}, 50000 });
    QVERIFY2(fits.passed, qPrintable(fits.code + QLatin1String(": ") + fits.message));
}

void TestConnectionTest::messageTooLargeScripted()
{
    // A server that announces SIZE without a figure and refuses MAIL FROM ... SIZE= (RFC 1870 552 / 5.3.4).
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::None;
    rules.extensions = { "SIZE" };
    rules.mailReply = "552 5.3.4 Message size exceeds fixed maximum message size";
    MiniSmtpServer server(rules);
    QVERIFY(server.start());
    const Outcome o = runTest(local(server.serverPort(), Smtp::Security::None), { Alice, {}, 90000000 });
    QCOMPARE(o.code, QStringLiteral("message-too-large"));
    QVERIFY(server.received("MAIL FROM:<alice@example.test> SIZE=90000000"));
}

QByteArray TestConnectionTest::runCli(const QStringList &args, int *exitCode)
{
    const QString binary = qEnvironmentVariable("EPISTLE_BINARY");
    QByteArray out, err;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EPISTLE_TEST_PASSWORD"), AlicePassword);
    env.insert(QStringLiteral("EPISTLE_TEST_WRONG"), QStringLiteral("wrong"));
    *exitCode
        = AccountsTest::run(binary, QStringList { QStringLiteral("test") } + args, &out, &err, 60000, env);
    if (!err.isEmpty()) {
        qInfo("stderr: %s", err.constData());
    }
    return out;
}

void TestConnectionTest::cliJson_data()
{
    QTest::addColumn<QString>("server"); // "submissions", "submission", "plain", "closed", "invalid"
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    const QStringList login = { QStringLiteral("--user"), Alice, QStringLiteral("--password-env"),
        QStringLiteral("EPISTLE_TEST_PASSWORD") };
    QTest::newRow("passes") << "submissions"
                            << (QStringList { QStringLiteral("--security"), QStringLiteral("tls"),
                                    QStringLiteral("--from"), Alice }
                                   + login)
                            << QString() << 0;
    QTest::newRow("starttls-on-implicit-tls-port")
        << "submissions" << (QStringList { QStringLiteral("--security"), QStringLiteral("starttls") } + login)
        << "starttls-on-implicit-tls-port" << 78;
    QTest::newRow("tls-on-plain-port")
        << "submission" << (QStringList { QStringLiteral("--security"), QStringLiteral("tls") } + login)
        << "tls-on-plain-port" << 78;
    QTest::newRow("auth-failed") << "submissions"
                                 << QStringList { QStringLiteral("--security"), QStringLiteral("tls"),
                                        QStringLiteral("--user"), Alice, QStringLiteral("--password-env"),
                                        QStringLiteral("EPISTLE_TEST_WRONG") }
                                 << "auth-failed" << 77;
    QTest::newRow("connection-refused")
        << "closed" << QStringList { QStringLiteral("--security"), QStringLiteral("tls") }
        << "connection-refused" << 69;
    QTest::newRow("host-not-found") << "invalid"
                                    << QStringList { QStringLiteral("--security"), QStringLiteral("tls") }
                                    << "host-not-found" << 69;
    QTest::newRow("message-too-large")
        << "submissions"
        << (QStringList { QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--from"),
                Alice, QStringLiteral("--size"), QStringLiteral("500000") }
               + login)
        << "message-too-large" << 65;
}

void TestConnectionTest::cliJson()
{
    QFETCH(QString, server);
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    QString where;
    if (server == QLatin1String("submissions")) {
        where = QStringLiteral("127.0.0.1:%1").arg(m_postfix.submissionsPort());
    } else if (server == QLatin1String("submission")) {
        where = QStringLiteral("127.0.0.1:%1").arg(m_postfix.submissionPort());
    } else if (server == QLatin1String("closed")) {
        where = QStringLiteral("127.0.0.1:%1").arg(AccountsTest::closedPort());
    } else {
        where = QStringLiteral("nothing.epistle.invalid:465");
    }
    int rc = -1;
    const QByteArray out
        = runCli(QStringList { QStringLiteral("--server"), where, QStringLiteral("--ca-file"),
                     AccountsTest::certPath(QStringLiteral("ca.pem")), QStringLiteral("--json") }
                + args,
            &rc);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
    QCOMPARE(rc, exitCode);
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), code.isEmpty());
    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    QVERIFY(!steps.isEmpty());
    for (const QJsonValue &step : steps) {
        QVERIFY(step.toObject().contains(QLatin1String("step")));
        QVERIFY(step.toObject().contains(QLatin1String("ok")));
        QVERIFY(step.toObject().contains(QLatin1String("ms")));
    }
    if (code.isEmpty()) {
        QVERIFY(o.value(QLatin1String("diagnosis")).isNull());
        QCOMPARE(steps.last().toObject().value(QLatin1String("step")).toString(), QStringLiteral("quit"));
        return;
    }
    const QJsonObject diagnosis = o.value(QLatin1String("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QLatin1String("code")).toString(), code);
    QVERIFY(!diagnosis.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(steps.last().toObject().value(QLatin1String("ok")).toBool(), false);
}

void TestConnectionTest::cliTrustFingerprint()
{
    // An untrusted certificate: the JSON carries its fingerprint as the suggestion; --fingerprint with it
    // passes.
    MiniSmtpServer::Rules rules;
    rules.tls = MiniSmtpServer::Tls::Implicit;
    MiniSmtpServer server(rules);
    QVERIFY(server.loadCertificate(AccountsTest::certPath(QStringLiteral("selfsigned.pem")),
        AccountsTest::certPath(QStringLiteral("selfsigned.key"))));
    QVERIFY(server.start());
    const QString where = QStringLiteral("localhost:%1").arg(server.serverPort());
    int rc = -1;
    QByteArray out = runCli({ QStringLiteral("--server"), where, QStringLiteral("--security"),
                                QStringLiteral("tls"), QStringLiteral("--json") },
        &rc);
    QCOMPARE(rc, 78);
    const QJsonObject diagnosis
        = QJsonDocument::fromJson(out).object().value(QLatin1String("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QLatin1String("code")).toString(), QStringLiteral("certificate-untrusted"));
    const QString fingerprint = diagnosis.value(QLatin1String("suggested"))
                                    .toObject()
                                    .value(QLatin1String("fingerprint"))
                                    .toString();
    QCOMPARE(fingerprint.size(), 95);
    QVERIFY(diagnosis.value(QLatin1String("message")).toString().contains(fingerprint));
    out = runCli({ QStringLiteral("--server"), where, QStringLiteral("--security"), QStringLiteral("tls"),
                     QStringLiteral("--fingerprint"), fingerprint, QStringLiteral("--json") },
        &rc);
    QCOMPARE(rc, 0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QLatin1String("ok")).toBool());
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
