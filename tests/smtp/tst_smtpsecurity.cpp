// The engine's security rules against the scripted fake server: what "auto" may pick without TLS, NTLM only
// over TLS (GNU SASL's NTLM, its messages checked on the wire), REQUIRETLS (RFC 8689) and its opposite, the
// "TLS-Required: No" header field, and a --trace transcript that never lets a server's bytes act on a
// terminal.
#include "senderharness.h"
#include "tunnelproxy.h"

#include "smtp/smtptranscript.h"

#include <QBuffer>
#include <QNetworkProxy>
#include <QTest>

using namespace SenderHarness;

namespace {

// A minimal NTLM CHALLENGE_MESSAGE ([MS-NLMP] 2.2.1.2): no target name, NEGOTIATE_UNICODE | NEGOTIATE_NTLM,
// a fixed server challenge.
QByteArray ntlmChallenge()
{
    QByteArray m("NTLMSSP\0", 8);
    const auto le32 = [&m](quint32 v) {
        for (int i = 0; i < 4; ++i) {
            m.append(char((v >> (8 * i)) & 0xff));
        }
    };
    le32(2); // message type
    le32(0); // target name: length and maximum length 0
    le32(40); // target name offset
    le32(0x00000201); // flags
    m.append(QByteArray::fromHex("0123456789abcdef")); // server challenge
    m.append(QByteArray(8, '\0')); // reserved
    return m;
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

// The client's lines as the server received them.
QList<QByteArray> clientLines(const QByteArray &received)
{
    QList<QByteArray> lines = received.split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r')) {
            l.chop(1);
        }
    }
    return lines;
}

} // namespace

class TestSmtpSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void autoWithoutTlsNeverPicksPlainOrLogin_data();
    void autoWithoutTlsNeverPicksPlainOrLogin();
    void senderWithoutTlsRefusesPlainOnly();

    void ntlmOverTls();
    void ntlmNeverWithoutTls();

    void requireTls_data();
    void requireTls();
    void tlsRequiredNoHeaderField();

    void traceEscapesControlCharacters();

private:
    SmtpConnectionSettings settings(quint16 port) const;
    TestCertificates m_certs;
};

void TestSmtpSecurity::initTestCase()
{
    qRegisterMetaType<SmtpError>();
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
}

SmtpConnectionSettings TestSmtpSecurity::settings(quint16 port) const
{
    SmtpConnectionSettings s = plainSettings(m_certs);
    s.port = port;
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    s.authMechanism = "auto";
    return s;
}

void TestSmtpSecurity::autoWithoutTlsNeverPicksPlainOrLogin_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QByteArray>("requested");
    QTest::addColumn<QByteArray>("expected"); // the mechanism that goes, or empty when nothing may
    QTest::addColumn<QByteArray>("autoPick"); // what autoMechanism() says
    QTest::newRow("auto, PLAIN and LOGIN only: nothing")
        << QByteArray("PLAIN LOGIN") << QByteArray("auto") << QByteArray() << QByteArray();
    QTest::newRow("auto, CRAM-MD5 beside them: CRAM-MD5")
        << QByteArray("PLAIN LOGIN CRAM-MD5") << QByteArray("auto") << QByteArray("CRAM-MD5")
        << QByteArray("CRAM-MD5");
    QTest::newRow("PLAIN named by the person: PLAIN")
        << QByteArray("PLAIN LOGIN") << QByteArray("PLAIN") << QByteArray("PLAIN") << QByteArray();
}

void TestSmtpSecurity::autoWithoutTlsNeverPicksPlainOrLogin()
{
    // Through a proxy the server is not known to be this machine. An account without encryption may log in,
    // but someone in between could have stripped SCRAM from the unprotected EHLO: "auto" must not fall to a
    // mechanism that shows the password.
    QFETCH(QByteArray, offered);
    QFETCH(QByteArray, requested);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, autoPick);
    QByteArray text = "S: 220 fake\nC: EHLO client.example.org\nS: 250-fake\nS: 250 AUTH " + offered + "\n";
    if (expected == "CRAM-MD5") {
        text += "C: AUTH CRAM-MD5\nS: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+\n"
                "C~: [A-Za-z0-9+/=]+\nS: 235 ok\n";
    } else if (expected == "PLAIN") {
        text += "C: AUTH PLAIN " + QByteArray("\0alice\0secret", 13).toBase64() + "\nS: 235 ok\n";
    }
    text += "C: QUIT\nS: 221 bye\nX: expect-close\n";
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(text)));
    QVERIFY(server.listen());
    TunnelProxy proxy;
    QVERIFY(proxy.listen());
    SmtpConnectionSettings s = settings(server.port());
    s.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
    SmtpClient client(s);
    QSignalSpy warned(&client, &SmtpClient::insecureAuthentication);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    bool accepted = false;
    QByteArray chosen;
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            chosen = client.autoMechanism();
            accepted = client.authenticate(requested, [&](const SmtpReply &) { client.quit(); });
            if (!accepted) {
                client.quit();
            }
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
    QCOMPARE(accepted, !expected.isEmpty());
    QCOMPARE(chosen, autoPick);
    if (expected.isEmpty()) {
        QCOMPARE(client.lastError().code(), SmtpError::AuthRequiresTls);
        QCOMPARE(client.lastError().exitCode(), 78);
        QVERIFY(!server.receivedBytes().contains("AUTH"));
        QCOMPARE(warned.count(), 0);
    } else {
        // The warning the app shows for an account without encryption.
        QCOMPARE(warned.count(), 1);
    }
}

void TestSmtpSecurity::senderWithoutTlsRefusesPlainOnly()
{
    // The same through SmtpSender, which picks the mechanism itself to lead the pipelined group with AUTH
    // PLAIN: it must apply the same rule.
    TunnelProxy proxy;
    QVERIFY(proxy.listen());
    SmtpConnectionSettings s = settings(0);
    s.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-PIPELINING
        S: 250 AUTH PLAIN LOGIN
        C: QUIT
        S: 221 bye
        X: expect-close)") },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.error.code(), SmtpError::AuthRequiresTls);
    QVERIFY(!o.commands.join('\n').contains("AUTH"));
}

void TestSmtpSecurity::ntlmOverTls()
{
    // On-premises Exchange: NTLM offered after STARTTLS. "auto" takes it when nothing stronger is offered;
    // the negotiate message is the initial response (MS-SMTPNTLM 3.1.4.1) and names the domain of
    // "CORP\alice", the authenticate message the user, never the password itself.
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 exchange.example.org
        C: EHLO client.example.org
        S: 250-exchange.example.org
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 2.0.0 SMTP server ready
        X: starttls
        C: EHLO client.example.org
        S: 250-exchange.example.org
        S: 250 AUTH NTLM
        C~: AUTH NTLM [A-Za-z0-9+/]+=*
        S: 334 )"
        + ntlmChallenge().toBase64() + R"(
        C~: [A-Za-z0-9+/]+=*
        S: 235 2.7.0 Authentication successful
        C: QUIT
        S: 221 bye
        X: expect-close)")));
    QVERIFY(server.listen());
    SmtpConnectionSettings s = settings(server.port());
    s.security = Smtp::Security::StartTls;
    s.credentials.user = QStringLiteral("CORP\\alice");
    SmtpClient client(s);
    QSignalSpy authed(&client, &SmtpClient::authenticated);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            client.startTls([&](const SmtpReply &) {
                QVERIFY(client.authenticate("auto", [&](const SmtpReply &) { client.quit(); }));
            });
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
    QCOMPARE(authed.count(), 1);
    QCOMPARE(authed.first().first().toByteArray(), QByteArray("NTLM"));
    const QList<QByteArray> lines = clientLines(server.receivedBytes());
    QByteArray negotiate;
    QByteArray authenticate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith("AUTH NTLM ")) {
            negotiate = QByteArray::fromBase64(lines.at(i).mid(10));
            authenticate = QByteArray::fromBase64(lines.value(i + 1));
        }
    }
    QVERIFY(negotiate.startsWith(QByteArray("NTLMSSP\0\x01", 9)));
    QVERIFY(authenticate.startsWith(QByteArray("NTLMSSP\0\x03", 9)));
    QVERIFY(authenticate.contains(utf16le(QStringLiteral("alice"))) || authenticate.contains("alice"));
    // GNU SASL puts the domain into the negotiate message (its GSASL_REALM).
    QVERIFY(negotiate.contains("CORP") || negotiate.contains(utf16le(QStringLiteral("CORP"))));
    QVERIFY(!authenticate.contains("secret") && !authenticate.contains(utf16le(QStringLiteral("secret"))));
}

void TestSmtpSecurity::ntlmNeverWithoutTls()
{
    // Even on loopback, where PLAIN may go in the clear, NTLM (v1: its responses can be cracked offline) is
    // used only over TLS: neither picked by "auto" nor taken when named.
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 exchange.example.org
        C: EHLO client.example.org
        S: 250-exchange.example.org
        S: 250 AUTH NTLM
        C: QUIT
        S: 221 bye
        X: expect-close)")));
    QVERIFY(server.listen());
    SmtpClient client(settings(server.port()));
    QSignalSpy done(&client, &SmtpClient::disconnected);
    bool autoRefused = false;
    bool namedRefused = false;
    SmtpError autoError;
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            autoRefused = !client.authenticate("auto");
            autoError = client.lastError();
            namedRefused = !client.authenticate("NTLM");
            client.quit();
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
    QVERIFY(autoRefused);
    QVERIFY(namedRefused);
    QCOMPARE(autoError.code(), SmtpError::AuthRequiresTls);
    QCOMPARE(client.lastError().code(), SmtpError::AuthRequiresTls);
    QVERIFY(client.lastError().message().contains(QLatin1String("NTLM")));
}

void TestSmtpSecurity::requireTls_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("accountAsks");
    QTest::addColumn<int>("requirement");
    QTest::addColumn<int>("error");
    const int required = int(SmtpOutgoingMessage::TlsRequirement::Required);
    const int byAccount = int(SmtpOutgoingMessage::TlsRequirement::Default);
    const QByteArray starttls = R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 go ahead
        X: starttls
        C: EHLO client.example.org
        S: 250-fake
    )";
    QTest::newRow("offered after STARTTLS: MAIL carries REQUIRETLS") << starttls + R"(
        S: 250 REQUIRETLS
        C: MAIL FROM:<alice@example.org> REQUIRETLS
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)" << true << false << required << int(SmtpError::NoError);
    QTest::newRow("the account asks") << starttls + R"(
        S: 250 REQUIRETLS
        C: MAIL FROM:<alice@example.org> REQUIRETLS
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)" << true << true << byAccount
                                      << int(SmtpError::NoError);
    QTest::newRow("not offered: nothing sent") << starttls + R"(
        S: 250 8BITMIME
        C: QUIT
        S: 221 bye)" << true << false << required
                                               << int(SmtpError::RequireTlsNotOffered);
    QTest::newRow("no TLS at all: nothing sent") << QByteArray(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 REQUIRETLS
        C: QUIT
        S: 221 bye)") << false << false << required
                                                 << int(SmtpError::RequireTlsNotOffered);
}

void TestSmtpSecurity::requireTls()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, tls);
    QFETCH(bool, accountAsks);
    QFETCH(int, requirement);
    QFETCH(int, error);
    SmtpConnectionSettings s = plainSettings(m_certs);
    s.security = tls ? Smtp::Security::StartTls : Smtp::Security::None;
    s.requireTls = accountAsks;
    Message m;
    m.tlsRequirement = SmtpOutgoingMessage::TlsRequirement(requirement);
    const Outcome o = run({ FakeSmtpServer::indentedScript(text) }, s, { m });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(int(o.results.first().error.code()), error);
    if (error != SmtpError::NoError) {
        QCOMPARE(o.results.first().error.exitCode(), 69);
        QVERIFY(o.results.first().error.message().contains(QLatin1String("REQUIRETLS")));
        QVERIFY(o.messages.isEmpty());
    }
}

void TestSmtpSecurity::tlsRequiredNoHeaderField()
{
    // RFC 8689 5: the message asks to be delivered even where TLS fails. It carries "TLS-Required: No" at its
    // top, no REQUIRETLS goes even though the account asks for it, and SIZE counts the field.
    SmtpConnectionSettings s = plainSettings(m_certs);
    s.requireTls = true;
    Message m;
    m.tlsRequirement = SmtpOutgoingMessage::TlsRequirement::NotRequired;
    const QByteArray size = QByteArray::number(m.body.size() + 18);
    const QByteArray text = R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-SIZE 1000
        S: 250 REQUIRETLS
        C: MAIL FROM:<alice@example.org> SIZE=)"
        + size + R"(
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)";
    const Outcome o = run({ FakeSmtpServer::indentedScript(text) }, s, { m });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY(o.allAccepted);
    QCOMPARE(FakeSmtpServer::decodeDataBody(o.messages.value(0)), "TLS-Required: No\r\n" + m.body);
}

void TestSmtpSecurity::traceEscapesControlCharacters()
{
    // A server's reply with an OSC 52 clipboard write, an OSC 8 link, an OSC 0 title, a C1 CSI in UTF-8, a
    // lone 0x9B byte and DEL: on a terminal each would act, so --trace writes them as escapes, and the
    // transcript still plays back as a script.
    const QByteArray hostile
        = R"(S: 220-fake \x1b]52;c;cm0gLXJmIH4=\x07 \x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\
        S: 220 \x1b]0;title\x07 \xc2\x9b2J \x9b \x7f tab\there back\\slash caf\xc3\xa9)";
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(hostile + R"(
        C: EHLO client.example.org
        S: 250 fake
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    SmtpConnectionSettings s = settings(server.port());
    SmtpClient client(s);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    SmtpTranscript transcript;
    transcript.setDevice(&out);
    client.setTranscript(&transcript);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer(
        [&](const SmtpReply &) { client.hello([&](const SmtpReply &) { client.quit(); }); });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
    const QByteArray written = out.data();
    for (char c : written) {
        const uchar u = uchar(c);
        QVERIFY2(u >= 0x20 || u == '\n', qPrintable(QStringLiteral("control byte 0x%1").arg(u, 2, 16)));
        QVERIFY(u != 0x7f && u != 0x9b);
    }
    QVERIFY(!written.contains("\xc2\x9b"));
    QVERIFY(written.contains("S: 220-fake \\x1B]52;c;cm0gLXJmIH4=\\x07"));
    QVERIFY(written.contains("\\xC2\\x9B2J \\x9B \\x7F tab\\there back\\\\slash caf\xc3\xa9"));
    // Played back, the escaped lines give the server the same bytes to send: the log is still a script.
    QByteArray replay;
    for (const QByteArray &line : written.split('\n')) {
        if (line.startsWith("S: ") || line.startsWith("C: ")) {
            replay += line + '\n';
        }
    }
    FakeSmtpServer again;
    QVERIFY2(again.setScriptText(replay), qPrintable(again.errors().join(QLatin1Char('\n'))));
    QVERIFY(again.listen());
    SmtpClient second(settings(again.port()));
    QSignalSpy secondDone(&second, &SmtpClient::disconnected);
    SmtpReply greeting;
    second.connectToServer([&](const SmtpReply &g) {
        greeting = g;
        second.hello([&](const SmtpReply &) { second.quit(); });
    });
    QVERIFY(secondDone.wait(10000));
    QVERIFY2(again.waitForDone(3000), qPrintable(again.report()));
    QVERIFY(greeting.lines().value(0).contains("\x1b]52;c;"));
}

QTEST_GUILESS_MAIN(TestSmtpSecurity)
#include "tst_smtpsecurity.moc"
