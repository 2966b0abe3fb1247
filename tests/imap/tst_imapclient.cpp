// The IMAP client and the Sent copy against the scripted fake server: the exact bytes of each session (the
// message byte for byte, LITERAL+ or the go-ahead, SPECIAL-USE or a name, TRYCREATE, a copy found by its
// Message-ID), TLS decisions (another host's certificate refused, then trusted exactly), and the transcript
// keeping credentials out.
#include "fakeimapserver.h"
#include "imaptestsupport.h"

#include "imap/imapconnectiontest.h"

#include <QTest>

using namespace ImapTestSupport;

namespace {

const QByteArray Greeting
    = "S: * OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN SPECIAL-USE LIST-EXTENDED "
      "UIDPLUS] ready";
const QByteArray LoggedIn = "S: A1 OK [CAPABILITY IMAP4rev1 LITERAL+ SPECIAL-USE LIST-EXTENDED UIDPLUS] in";

QByteArray login(const ImapConnectionSettings &s, const QByteArray &capabilities = {})
{
    const QByteArray completion
        = capabilities.isEmpty() ? LoggedIn : "S: A1 OK [CAPABILITY " + capabilities + "] in";
    return "C: A1 AUTHENTICATE PLAIN " + plainResponse(s) + '\n' + completion + '\n';
}

QByteArray appendLine(const QByteArray &tag, const QByteArray &folder, qint64 size, bool nonSync = true)
{
    return "C: " + tag + " APPEND \"" + folder + "\" (\\Seen) " + sentAtWire() + " {"
        + QByteArray::number(size) + (nonSync ? "+}" : "}") + '\n';
}

QByteArray logout(const QByteArray &tag)
{
    return "C: " + tag + " LOGOUT\nS: * BYE Logging out\nS: " + tag
        + " OK Logout completed.\nX: expect-close\n";
}

} // namespace

class TestImapClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void implicitTlsSpecialUseLiteralPlus();
    void startTlsSynchronizingLiteralWaitsForGoAhead();
    void noSpecialUseFindsFolderByName();
    void noSentFolderIsCreatedMarkedSent();
    void tryCreateCreatesThenAppendsAgain();
    void copyAlreadyThereIsNotSavedAgain();
    void loginCommandAsLastResortIsRedacted();
    void eightBitPasswordGoesAsLiteral();
    void certificateForAnotherHostRefusedThenTrustedExactly();
    void pinnedCertificate();
    void pinHoldsEvenWhenTheChainVerifies();
    void connectionTestStepsAndFolder();
    void connectionTestPreauthFailsTheStartTlsStep();
    void diagnosisSuggestsTheFix();
};

void TestImapClient::initTestCase()
{
    qRegisterMetaType<ImapError>();
    qRegisterMetaType<ImapSentCopyResult>();
    const TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
}

void TestImapClient::implicitTlsSpecialUseLiteralPlus()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message();
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s)
        + "C: A2 LIST \"\" \"*\" RETURN (SPECIAL-USE)\n"
          "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
          "S: * LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Messages\"\n"
          "S: A2 OK List completed\n"
        + appendLine("A3", "Sent Messages", bytes.size()) + "X: literal " + QByteArray::number(bytes.size())
        + "\nC: \nS: A3 OK [APPENDUID 1700000000 42] Append completed\n" + logout("A4")));
    const Outcome o = runCopy(s, options(), bytes);
    QVERIFY(o.finished);
    QCOMPARE(o.finishedCount, 1);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QCOMPARE(o.result.folder, QStringLiteral("Sent Messages"));
    QCOMPARE(o.result.uid, 42u);
    QCOMPARE(o.result.uidValidity, 1700000000u);
    QCOMPARE(server.receivedMessages(), QList<QByteArray>({ bytes }));
}

void TestImapClient::startTlsSynchronizingLiteralWaitsForGoAhead()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
    const ImapConnectionSettings s = settings(Smtp::Security::StartTls, server.port());
    const QByteArray bytes = message("starttls");
    // Capabilities before TLS are forgotten; without LITERAL+ the message waits for "+".
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
                                 "C: A1 STARTTLS\n"
                                 "S: A1 OK Begin TLS negotiation now\n"
                                 "X: starttls\n"
                                 "C: A2 CAPABILITY\n"
                                 "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                 "S: A2 OK done\n"
                                 "C: A3 AUTHENTICATE PLAIN\n"
                                 "S: +\n"
                                 "C: "
        + plainResponse(s)
        + "\nS: A3 OK Logged in\n"
          "C: A4 CAPABILITY\n"
          "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
          "S: A4 OK done\n"
          "C: A5 LIST \"\" \"*\"\n"
          "S: * LIST (\\HasNoChildren) \".\" INBOX.Sent\n"
          "S: A5 OK done\n"
        + appendLine("A6", "INBOX.Sent", bytes.size(), false)
        + "X: expect-quiet 200\nS: + Ready for literal data\nX: literal " + QByteArray::number(bytes.size())
        + "\nC: \nS: A6 OK Append completed\n" + logout("A7")));
    const Outcome o = runCopy(s, options(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QCOMPARE(o.result.folder, QStringLiteral("INBOX.Sent"));
    QCOMPARE(o.result.uid, 0u); // no UIDPLUS: the server did not say
    QCOMPARE(server.receivedMessages(), QList<QByteArray>({ bytes }));
}

void TestImapClient::noSpecialUseFindsFolderByName()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message("byname");
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] ready\n"
        + login(s, "IMAP4rev1 LITERAL+")
        + "C: A2 LIST \"\" \"*\"\n"
          "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
          "S: * LIST (\\HasNoChildren) \"/\" {17}\\r\\nGesendete Objekte\n"
          "S: * LIST (\\HasNoChildren) \"/\" Entw&APw-rfe\n"
          "S: A2 OK done\n"
        + appendLine("A3", "Gesendete Objekte", bytes.size()) + "X: literal "
        + QByteArray::number(bytes.size()) + "\nC: \nS: A3 OK [APPENDUID 9 1] done\n" + logout("A4")));
    const Outcome o = runCopy(s, options(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QCOMPARE(o.result.folder, QStringLiteral("Gesendete Objekte"));
    QVERIFY(!o.result.folderCreated);
}

void TestImapClient::noSentFolderIsCreatedMarkedSent()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message("create");
    ImapSentCopyOptions o = options();
    o.folder = QStringLiteral("Envoy\u00e9s");
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
        + login(s, "IMAP4rev1 LITERAL+ CREATE-SPECIAL-USE")
        + "C: A2 LIST \"\" \"*\"\n"
          "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
          "S: A2 OK done\n"
          "C: A3 CREATE \"Envoy&AOk-s\" (USE (\\Sent))\n"
          "S: A3 OK Create completed\n"
        + appendLine("A4", "Envoy&AOk-s", bytes.size()) + "X: literal " + QByteArray::number(bytes.size())
        + "\nC: \nS: A4 OK done\n" + logout("A5")));
    const Outcome out = runCopy(s, o, bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(out.result.ok, qPrintable(out.result.error.toString()));
    QVERIFY(out.result.folderCreated);
    QCOMPARE(out.result.folder, QStringLiteral("Envoy\u00e9s"));
}

void TestImapClient::tryCreateCreatesThenAppendsAgain()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message("trycreate");
    const QByteArray size = QByteArray::number(bytes.size());
    ImapSentCopyOptions o = options();
    o.discoverFolder = false;
    o.folder = QStringLiteral("Copies");
    // With LITERAL+ the message went out before the refusal: it is read again from the start.
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s) + appendLine("A2", "Copies", bytes.size())
        + "X: literal " + size
        + "\nC: \nS: A2 NO [TRYCREATE] Mailbox doesn't exist: Copies\n"
          "C: A3 CREATE \"Copies\"\n"
          "S: A3 OK done\n"
        + appendLine("A4", "Copies", bytes.size()) + "X: literal " + size
        + "\nC: \nS: A4 OK [APPENDUID 3 1] done\n" + logout("A5")));
    const Outcome out = runCopy(s, o, bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(out.result.ok, qPrintable(out.result.error.toString()));
    QVERIFY(out.result.folderCreated);
    QCOMPARE(server.receivedMessages(), QList<QByteArray>({ bytes, bytes }));
}

void TestImapClient::copyAlreadyThereIsNotSavedAgain()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    ImapSentCopyOptions o = options();
    o.discoverFolder = false;
    o.messageId = "<copy@example.test>";
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s)
        + "C: A2 EXAMINE \"Sent\"\n"
          "S: * 3 EXISTS\n"
          "S: * OK [UIDVALIDITY 77] UIDs valid\n"
          "S: A2 OK [READ-ONLY] Examine completed\n"
          "C: A3 UID SEARCH HEADER Message-ID \"<copy@example.test>\"\n"
          "S: * SEARCH 17\n"
          "S: A3 OK Search completed\n"
        + logout("A4")));
    const Outcome out = runCopy(s, o, message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(out.result.ok, qPrintable(out.result.error.toString()));
    QVERIFY(out.result.alreadyThere);
    QCOMPARE(out.result.uid, 17u);
    QVERIFY(server.receivedMessages().isEmpty());
}

void TestImapClient::loginCommandAsLastResortIsRedacted()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    ImapSentCopyOptions o = options();
    o.discoverFolder = false;
    o.messageId = "<x@y>";
    // No SASL mechanism at all: LOGIN, the password quoted, never in the transcript.
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1] hello\n"
                                 "C: A1 LOGIN \"alice@example.test\" \"correct horse\"\n"
                                 "S: A1 NO [AUTHENTICATIONFAILED] Authentication failed.\n"
        + logout("A2")));
    const Outcome out = runCopy(s, o, message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY(!out.result.ok);
    QCOMPARE(out.result.error.code(), ImapError::AuthenticationFailed);
    QVERIFY2(out.result.error.message().contains(QLatin1String("app password")),
        qPrintable(out.result.error.message()));
    const QString transcript = out.transcript.join(QLatin1Char('\n'));
    QVERIFY2(transcript.contains(QLatin1String("C: A1 LOGIN \"alice@example.test\" [redacted]")),
        qPrintable(transcript));
    QVERIFY(!transcript.contains(QLatin1String("horse")));
}

void TestImapClient::eightBitPasswordGoesAsLiteral()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    s.authMechanism = "login";
    s.credentials.password = QStringLiteral("p\u00e4ss");
    ImapSentCopyOptions o = options();
    o.discoverFolder = false;
    o.messageId = "<x@y>";
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hello\n"
                                 "C: A1 LOGIN \"alice@example.test\" {5}\n"
                                 "S: + go\n"
                                 "X: literal 5\n"
                                 "C: \n"
                                 "S: A1 OK in\n"
                                 "C: A2 CAPABILITY\n"
                                 "S: * CAPABILITY IMAP4rev1\n"
                                 "S: A2 OK done\n"
                                 "C: A3 EXAMINE \"Sent\"\n"
                                 "S: A3 OK done\n"
                                 "C: A4 UID SEARCH HEADER Message-ID \"<x@y>\"\n"
                                 "S: * SEARCH 5\n"
                                 "S: A4 OK done\n"
        + logout("A5")));
    const Outcome out = runCopy(s, o, message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(out.result.ok, qPrintable(out.result.error.toString()));
    QCOMPARE(server.receivedMessages().value(0), QByteArray("p\xc3\xa4ss"));
    const QString transcript = out.transcript.join(QLatin1Char('\n'));
    QVERIFY(transcript.contains(QLatin1String("X: literal 5 # redacted")));
}

void TestImapClient::certificateForAnotherHostRefusedThenTrustedExactly()
{
    FakeImapServer server;
    server.setCertificate(TestCertificates::Kind::OtherName);
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    ImapSentCopyOptions o = options();
    o.discoverFolder = false;
    o.messageId = "<x@y>";
    QVERIFY(server.addScriptText("X: expect-tls-failure\n"));
    QVERIFY(server.addScriptText(Greeting + '\n' + login(s)
        + "C: A2 EXAMINE \"Sent\"\nS: A2 OK done\nC: A3 UID SEARCH HEADER Message-ID \"<x@y>\"\nS: * SEARCH "
          "1\n"
          "S: A3 OK done\n"
        + logout("A4")));

    QBuffer buffer;
    buffer.setData(message());
    buffer.open(QIODevice::ReadOnly);
    const Outcome refused = runCopy(s, o, &buffer, -1, [](ImapSentCopy &) {});
    QVERIFY(!refused.result.ok);
    QCOMPARE(refused.result.error.code(), ImapError::CertificateUntrusted);
    QVERIFY2(refused.result.error.message().contains(QLatin1String("mail.other.example")),
        qPrintable(refused.result.error.message()));
    const QList<QSslCertificate> chain = refused.result.error.certificateChain();
    QVERIFY(!chain.isEmpty());
    QCOMPARE(chain.first(), TestCertificates().certificate(TestCertificates::Kind::OtherName));

    // The person trusts exactly that certificate, for this connection: it goes through.
    const Outcome trusted = runCopy(s, o, &buffer, -1, [&](ImapSentCopy &copy) {
        QObject::connect(copy.client(), &ImapClient::certificateErrors, copy.client(),
            [client = copy.client(), leaf = chain.first()](
                const QList<QSslError> &, const QList<QSslCertificate> &c) {
                if (c.value(0) == leaf) {
                    client->acceptCertificate(leaf);
                }
            });
    });
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(trusted.result.ok, qPrintable(trusted.result.error.toString()));
    QVERIFY(trusted.result.alreadyThere);
}

void TestImapClient::pinnedCertificate()
{
    FakeImapServer server;
    server.setCertificate(TestCertificates::Kind::SelfSigned);
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    ImapSentCopyOptions o = options();
    o.discoverFolder = false;
    o.messageId = "<x@y>";
    // A pin of another certificate refuses even a certificate that would verify; the right pin accepts a
    // self-signed one.
    s.tls.pinnedSha256 = { TestCertificates().sha256Fingerprint(TestCertificates::Kind::Server) };
    QVERIFY(server.addScriptText("X: expect-tls-failure\n"));
    const Outcome wrongPin = runCopy(s, o, message());
    QCOMPARE(wrongPin.result.error.code(), ImapError::CertificatePinMismatch);

    s.tls.pinnedSha256 = { TestCertificates().sha256Fingerprint(TestCertificates::Kind::SelfSigned) };
    QVERIFY(server.addScriptText(Greeting + '\n' + login(s)
        + "C: A2 EXAMINE \"Sent\"\nS: A2 OK done\nC: A3 UID SEARCH HEADER Message-ID \"<x@y>\"\nS: * SEARCH "
          "2\n"
          "S: A3 OK done\n"
        + logout("A4")));
    const Outcome pinned = runCopy(s, o, message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(pinned.result.ok, qPrintable(pinned.result.error.toString()));
}

void TestImapClient::pinHoldsEvenWhenTheChainVerifies()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    // The server's certificate is signed by the trusted CA, but the account trusts another one: refused.
    s.tls.pinnedSha256 = { TestCertificates().sha256Fingerprint(TestCertificates::Kind::SelfSigned) };
    QVERIFY(server.setScriptText("X: expect-tls-failure\n"));
    const Outcome o = runCopy(s, options(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::CertificatePinMismatch);
    QCOMPARE(o.result.error.certificateChain().value(0),
        TestCertificates().certificate(TestCertificates::Kind::Server));
}

void TestImapClient::connectionTestStepsAndFolder()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
    const ImapConnectionSettings s = settings(Smtp::Security::StartTls, server.port());
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                                 "C: A1 STARTTLS\n"
                                 "S: A1 OK go\n"
                                 "X: starttls\n"
                                 "C: A2 CAPABILITY\n"
                                 "S: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN SPECIAL-USE LIST-EXTENDED\n"
                                 "S: A2 OK done\n"
                                 "C: A3 AUTHENTICATE PLAIN "
        + plainResponse(s)
        + "\nS: A3 OK [CAPABILITY IMAP4rev1 SPECIAL-USE LIST-EXTENDED] in\n"
          "C: A4 LIST \"\" \"*\" RETURN (SPECIAL-USE)\n"
          "S: * LIST (\\Sent) \"/\" Sent\n"
          "S: A4 OK done\n"
        + logout("A5")));
    ImapConnectionTest test(s);
    QSignalSpy finished(&test, &ImapConnectionTest::finished);
    test.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(test.passed(), qPrintable(test.diagnosis().message));
    QStringList names;
    for (const ImapConnectionTest::Step &step : test.steps()) {
        QVERIFY2(step.ok, qPrintable(step.detail));
        names << ImapConnectionTest::stepName(step.id);
    }
    QCOMPARE(names,
        QStringList({ QStringLiteral("imap-connect"), QStringLiteral("imap-greeting"),
            QStringLiteral("imap-starttls"), QStringLiteral("imap-login"), QStringLiteral("imap-sent-folder"),
            QStringLiteral("imap-logout") }));
    QCOMPARE(test.sentFolder().name, QStringLiteral("Sent"));
    QVERIFY(test.steps().at(4).detail.contains(QLatin1String("\\Sent")));
}

void TestImapClient::connectionTestPreauthFailsTheStartTlsStep()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
    const ImapConnectionSettings s = settings(Smtp::Security::StartTls, server.port());
    QVERIFY(server.setScriptText("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome\n" + logout("A1")));
    ImapConnectionTest test(s);
    QSignalSpy finished(&test, &ImapConnectionTest::finished);
    test.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY(!test.passed());
    QCOMPARE(test.steps().last().id, ImapConnectionTest::StepId::StartTls);
    QVERIFY(!test.steps().last().ok);
    QCOMPARE(test.diagnosis().code, QStringLiteral("starttls-not-offered"));
    QCOMPARE(test.diagnosis().suggested.security, Smtp::Security::Tls);
}

void TestImapClient::diagnosisSuggestsTheFix()
{
    const ImapConnectionSettings s
        = settings(Smtp::Security::StartTls, 993, QStringLiteral("imap.example.org"));
    ImapConnectionTest::Diagnosis d = ImapConnectionTest::diagnose(
        ImapError(ImapError::TlsExpectedByServer, Imap::Step::Greeting, QStringLiteral("x")), s);
    QCOMPARE(d.code, QStringLiteral("starttls-on-implicit-tls-port"));
    QVERIFY(d.hasSuggestion);
    QCOMPARE(d.suggested.security, Smtp::Security::Tls);
    QCOMPARE(d.suggested.effectivePort(), quint16(993));

    d = ImapConnectionTest::diagnose(
        ImapError(ImapError::StartTlsNotOffered, Imap::Step::StartTls, QStringLiteral("x")), s);
    QCOMPARE(d.suggested.security, Smtp::Security::Tls);
    QCOMPARE(d.suggested.port, quint16(993));

    ImapError untrusted(ImapError::CertificateUntrusted, Imap::Step::TlsHandshake, QStringLiteral("x"));
    untrusted.setCertificateProblem(
        {}, { TestCertificates().certificate(TestCertificates::Kind::SelfSigned) });
    d = ImapConnectionTest::diagnose(untrusted, s);
    QVERIFY(d.hasSuggestion);
    QCOMPARE(d.suggested.tls.pinnedSha256,
        QList<QByteArray>({ TestCertificates().sha256Fingerprint(TestCertificates::Kind::SelfSigned) }));
    QCOMPARE(d.message, QStringLiteral("x")); // the wording stays the error's own
}

QTEST_GUILESS_MAIN(TestImapClient)
#include "tst_imapclient.moc"
