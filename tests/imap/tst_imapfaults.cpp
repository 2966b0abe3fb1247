// Faults a real server will not produce on demand, played by the scripted fake server: no SPECIAL-USE and no
// folder, APPEND refused (OVERQUOTA), BYE before, during and after the APPEND, STARTTLS injection and PREAUTH
// stripping, an endless literal, floods, a server that never answers, a message shorter than announced.
// Each ends once, clearly, with bounded memory, and never saves the copy twice.
#include "fakeimapserver.h"
#include "imaptestsupport.h"

#include <QTest>

using namespace ImapTestSupport;

namespace {

const QByteArray Greeting
    = "S: * OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN SPECIAL-USE LIST-EXTENDED "
      "UIDPLUS] ready";
const QByteArray GreetingSync = "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN UIDPLUS] ready";

QByteArray login(const ImapConnectionSettings &s)
{
    return "C: A1 AUTHENTICATE PLAIN " + plainResponse(s)
        + "\nS: A1 OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS] in\n";
}

QByteArray appendLine(const QByteArray &tag, qint64 size, bool nonSync = true)
{
    return "C: " + tag + " APPEND \"Sent\" (\\Seen) " + sentAtWire() + " {" + QByteArray::number(size)
        + (nonSync ? "+}" : "}") + '\n';
}

QByteArray logout(const QByteArray &tag)
{
    return "C: " + tag + " LOGOUT\nS: * BYE Logging out\nS: " + tag
        + " OK Logout completed.\nX: expect-close\n";
}

ImapSentCopyOptions named()
{
    ImapSentCopyOptions o = options();
    o.discoverFolder = false; // straight to APPEND "Sent"
    return o;
}

} // namespace

class TestImapFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void appendRefused_data();
    void appendRefused();
    void noSentFolderAndCreationOff();
    void byeInsteadOfGreeting();
    void byeBeforeTheLiteral();
    void byeInTheMiddleOfTheLiteral();
    void byeAfterTheWholeLiteralMayHaveBeenSaved();
    void silenceAfterTheWholeLiteralMayHaveBeenSaved();
    void startTlsResponseInjection();
    void startTlsNotOfferedSendsNoCredentials();
    void preauthOnStartTlsConnectionIsRefused();
    void endlessLiteral();
    void floodOfUntaggedResponses();
    void endlessLine();
    void serverNeverAnswers();
    void completionForACommandNeverSent();
    void messageShorterThanAnnounced();
    void appendLimitRefusedUpFront();
    void earlyRefusalStillSendsTheWholeLiteral();
};

void TestImapFaults::initTestCase()
{
    qRegisterMetaType<ImapError>();
    qRegisterMetaType<ImapSentCopyResult>();
    QVERIFY(TestCertificates().isValid());
}

void TestImapFaults::appendRefused_data()
{
    QTest::addColumn<QByteArray>("refusal");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("advice");
    QTest::addColumn<bool>("temporary");
    QTest::newRow("overquota") << QByteArray("NO [OVERQUOTA] Quota exceeded (mailbox for user is full)")
                               << int(ImapError::OverQuota) << QStringLiteral("is full") << false;
    QTest::newRow("toobig") << QByteArray("NO [TOOBIG] Too big") << int(ImapError::MessageTooLarge)
                            << QStringLiteral("this large") << false;
    QTest::newRow("noperm") << QByteArray("NO [NOPERM] Not allowed") << int(ImapError::AppendRefused)
                            << QStringLiteral("another folder") << false;
    QTest::newRow("unavailable") << QByteArray("NO [UNAVAILABLE] Try later") << int(ImapError::AppendRefused)
                                 << QStringLiteral("try again later") << true;
    QTest::newRow("bad") << QByteArray("BAD Invalid arguments") << int(ImapError::CommandRefused)
                         << QStringLiteral("Invalid arguments") << false;
}

void TestImapFaults::appendRefused()
{
    QFETCH(QByteArray, refusal);
    QFETCH(int, code);
    QFETCH(QString, advice);
    QFETCH(bool, temporary);
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message();
    // Refused once: reported, never tried again within the operation, and the session ends politely.
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s) + appendLine("A2", bytes.size()) + "X: literal "
        + QByteArray::number(bytes.size()) + "\nC: \nS: A2 " + refusal + '\n' + logout("A3")));
    const Outcome o = runCopy(s, named(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.finishedCount, 1);
    QVERIFY(!o.result.ok);
    QCOMPARE(int(o.result.error.code()), code);
    QCOMPARE(o.result.error.step(), Imap::Step::Append);
    QVERIFY2(o.result.error.message().contains(advice), qPrintable(o.result.error.message()));
    QCOMPARE(o.result.error.isTemporary(), temporary);
    QCOMPARE(server.receivedMessages().size(), 1);
}

void TestImapFaults::noSentFolderAndCreationOff()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    ImapSentCopyOptions o = options();
    o.createFolder = false;
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n" + login(s)
        + "C: A2 LIST \"\" \"*\"\nS: * LIST () \"/\" INBOX\nS: * LIST () \"/\" Archive\nS: A2 OK done\n"
        + logout("A3")));
    const Outcome out = runCopy(s, o, message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(out.result.error.code(), ImapError::FolderNotFound);
    QVERIFY(server.receivedMessages().isEmpty());
}

void TestImapFaults::byeInsteadOfGreeting()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    QVERIFY(server.setScriptText("S: * BYE [UNAVAILABLE] Too many connections\nX: close\n"));
    const Outcome o = runCopy(s, named(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::GreetingRefused);
    QVERIFY(o.result.error.message().contains(QLatin1String("Too many connections")));
    QVERIFY(o.result.error.isTemporary());
}

void TestImapFaults::byeBeforeTheLiteral()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message();
    QVERIFY(server.setScriptText(GreetingSync + '\n' + login(s).replace("LITERAL+ ", "")
        + appendLine("A2", bytes.size(), false) + "S: * BYE Server shutting down\nX: close\n"));
    const Outcome o = runCopy(s, named(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::ServiceUnavailable);
    QVERIFY(o.result.error.isTemporary());
    QVERIFY(o.result.error.message().contains(QLatin1String("Server shutting down")));
    QVERIFY(server.receivedMessages().isEmpty());
}

void TestImapFaults::byeInTheMiddleOfTheLiteral()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    // 8 MB: far more than the client hands the socket at once, so the BYE comes while it still streams.
    const QByteArray bytes = message() + QByteArray(8 * 1024 * 1024, 'x') + "\r\n";
    QVERIFY(server.setScriptText(GreetingSync + '\n' + login(s).replace("LITERAL+ ", "")
        + appendLine("A2", bytes.size(), false)
        + "S: + go ahead\nX: bdat 1000\nS: * BYE Disk failure\nX: close\n"));
    const Outcome o = runCopy(s, named(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.finishedCount, 1);
    QCOMPARE(o.result.error.code(), ImapError::ServiceUnavailable);
    QCOMPARE(o.result.error.step(), Imap::Step::Append);
    QVERIFY2(
        o.result.error.message().contains(QLatin1String("not saved")), qPrintable(o.result.error.message()));
    QCOMPARE(server.connectionCount(), 1);
}

void TestImapFaults::byeAfterTheWholeLiteralMayHaveBeenSaved()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message();
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s) + appendLine("A2", bytes.size()) + "X: literal "
        + QByteArray::number(bytes.size()) + "\nC: \nS: * BYE Internal error\nX: close\n"));
    const Outcome o = runCopy(s, named(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::CopyMayHaveBeenSaved);
    QVERIFY(o.result.error.isTemporary()); // a retry looks for it by Message-ID first
    QVERIFY2(o.result.error.message().contains(QLatin1String("may be there")),
        qPrintable(o.result.error.message()));
}

void TestImapFaults::silenceAfterTheWholeLiteralMayHaveBeenSaved()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    s.timeouts.appendEnd = 500;
    const QByteArray bytes = message();
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s) + appendLine("A2", bytes.size()) + "X: literal "
        + QByteArray::number(bytes.size()) + "\nC: \nX: silent\n"));
    const Outcome o = runCopy(s, named(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::CopyMayHaveBeenSaved);
}

void TestImapFaults::startTlsResponseInjection()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
    const ImapConnectionSettings s = settings(Smtp::Security::StartTls, server.port());
    // The OK and a forged response in one segment, before any TLS: never read after the handshake.
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                                 "C: A1 STARTTLS\n"
                                 "S: A1 OK Begin TLS\n"
                                 "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                 "X: expect-close\n"));
    const Outcome o = runCopy(s, named(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::ProtocolError);
    QCOMPARE(o.result.error.step(), Imap::Step::StartTls);
    QVERIFY(o.result.error.message().contains(QLatin1String("TLS-stripping")));
}

void TestImapFaults::startTlsNotOfferedSendsNoCredentials()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
    const ImapConnectionSettings s = settings(Smtp::Security::StartTls, server.port());
    QVERIFY(server.setScriptText("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n" + logout("A1")));
    const Outcome o = runCopy(s, named(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::StartTlsNotOffered);
    QVERIFY(!server.receivedBytes().contains("horse"));
    QVERIFY(!server.receivedBytes().contains(plainResponse(s)));
}

void TestImapFaults::preauthOnStartTlsConnectionIsRefused()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
    const ImapConnectionSettings s = settings(Smtp::Security::StartTls, server.port());
    // PREAUTH makes STARTTLS impossible: an attacker's way to keep the session in plain text.
    QVERIFY(server.setScriptText(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS LITERAL+] logged in\n" + logout("A1")));
    const Outcome o = runCopy(s, named(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::StartTlsNotOffered);
    QVERIFY(o.result.error.message().contains(QLatin1String("PREAUTH")));
    QVERIFY(server.receivedMessages().isEmpty());
}

void TestImapFaults::endlessLiteral()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    // 4 GB announced, then bytes without end: refused at the announcement, nothing of it kept.
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s)
        + "C: A2 LIST \"\" \"*\"\n"
          "R: * LIST () \"/\" {4294967295}\\r\\n\n"
          "X: flood 50000000 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
          "X: expect-close\n"));
    const Outcome o = runCopy(s, options(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::ProtocolError);
    QCOMPARE(o.result.error.step(), Imap::Step::List);
    QVERIFY2(
        o.result.error.message().contains(QLatin1String("4294967295")), qPrintable(o.result.error.message()));
}

void TestImapFaults::floodOfUntaggedResponses()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s)
        + "C: A2 LIST \"\" \"*\"\n"
          "X: flood 50000000 * 1 EXISTS\n"
          "X: expect-close\n"));
    const Outcome o = runCopy(s, options(), message());
    QVERIFY2(server.waitForDone(60000), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::ProtocolError);
    QVERIFY2(o.result.error.message().contains(QLatin1String("did not ask for")),
        qPrintable(o.result.error.message()));
}

void TestImapFaults::endlessLine()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    // 1.2 MB in one line that never ends: cut off at the response limit (1 MiB), nothing more kept.
    QByteArray script = Greeting + '\n' + login(s) + "C: A2 LIST \"\" \"*\"\nR: * LIST () \"/\" \"\n";
    for (int i = 0; i < 12; ++i) {
        script += "R: " + QByteArray(100000, 'a') + '\n';
    }
    QVERIFY(server.setScriptText(script + "X: expect-close\n"));
    const Outcome o = runCopy(s, options(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::ProtocolError);
    QVERIFY2(
        o.result.error.message().contains(QLatin1String("1048576")), qPrintable(o.result.error.message()));
}

void TestImapFaults::serverNeverAnswers()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    s.timeouts.command = 500;
    QVERIFY(
        server.setScriptText(Greeting + "\nC: A1 AUTHENTICATE PLAIN " + plainResponse(s) + "\nX: silent\n"));
    const Outcome o = runCopy(s, named(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::Timeout);
    QCOMPARE(o.result.error.step(), Imap::Step::Authenticate);
    QVERIFY(o.result.error.isTemporary());
}

void TestImapFaults::completionForACommandNeverSent()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    QVERIFY(server.setScriptText(Greeting + "\nC: A1 AUTHENTICATE PLAIN " + plainResponse(s)
        + "\nS: Z99 OK [APPENDUID 1 1] sure\nX: expect-close\n"));
    const Outcome o = runCopy(s, named(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::ProtocolError);
    QVERIFY(o.result.error.message().contains(QLatin1String("Z99")));
}

void TestImapFaults::messageShorterThanAnnounced()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    const QByteArray bytes = message();
    // The file says 100 bytes more than it has: the connection goes before the literal is complete, so the
    // server never saves a part (whether the start of it left the socket or not).
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s) + "X: silent\n"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Outcome o = runCopy(s, named(), &buffer, bytes.size() + 100, [](ImapSentCopy &) {});
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::MessageReadError);
    QCOMPARE(o.result.error.isTemporary(), false);
    QTest::qWait(100); // whatever left the client before it dropped the connection has arrived
    const QByteArray received = server.receivedBytes();
    const QByteArray marker = "{" + QByteArray::number(bytes.size() + 100) + "+}\r\n";
    const qsizetype literalStart = received.indexOf(marker);
    QVERIFY(literalStart < 0 || received.size() - (literalStart + marker.size()) < bytes.size() + 100);
}

void TestImapFaults::appendLimitRefusedUpFront()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    QVERIFY(server.setScriptText(Greeting + "\nC: A1 AUTHENTICATE PLAIN " + plainResponse(s)
        + "\nS: A1 OK [CAPABILITY IMAP4rev1 LITERAL+ APPENDLIMIT=100] in\n" + logout("A2")));
    const Outcome o = runCopy(s, named(), message());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(o.result.error.code(), ImapError::MessageTooLarge);
    QVERIFY(o.result.error.message().contains(QLatin1String("APPENDLIMIT")));
}

void TestImapFaults::earlyRefusalStillSendsTheWholeLiteral()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, server.port());
    // 4 MB with LITERAL+: the refusal arrives while most of it is still to go. RFC 7888 4: the server reads
    // the whole literal anyway, so the client must send all of it, or the rest would be read as commands.
    const QByteArray bytes = message() + QByteArray(4 * 1024 * 1024, 'y') + "\r\n";
    const QByteArray size = QByteArray::number(bytes.size());
    QVERIFY(server.setScriptText(Greeting + '\n' + login(s) + appendLine("A2", bytes.size())
        + "S: A2 NO [TRYCREATE] Mailbox doesn't exist: Sent\nX: literal " + size
        + "\nC: \nC: A3 CREATE \"Sent\"\nS: A3 OK done\n" + appendLine("A4", bytes.size()) + "X: literal "
        + size + "\nC: \nS: A4 OK [APPENDUID 1 1] done\n" + logout("A5")));
    const Outcome o = runCopy(s, named(), bytes);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QCOMPARE(server.receivedMessages(), QList<QByteArray>({ bytes, bytes }));
}

QTEST_GUILESS_MAIN(TestImapFaults)
#include "tst_imapfaults.moc"
