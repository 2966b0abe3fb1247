// The low-level client, one operation at a time, against the scripted fake server: every classic
// operation once (hello, startTls, authenticate, mail, rcpt, data, bdat, reset, verify, noop, quit,
// extension, adopting a socket, TLS info), refusals before anything is sent, and the session log.
#include "fakesmtpserver.h"
#include "testcertificates.h"

#include "smtp/smtpclient.h"
#include "smtp/smtptranscript.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSmtpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyOperationOnce();
    void startTlsByHand();
    void adoptConnectedSocket();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void dsnParameters();
    void eightBitNeedsExtension();
    void scramAgainstFakeServerWithoutSignature();
    void sessionLogIsAReplayableScript();
    void stepSignalsAndStates();

private:
    SmtpConnectionSettings settings(quint16 port) const;
    TestCertificates m_certs;
};

void TestSmtpClient::initTestCase()
{
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
}

SmtpConnectionSettings TestSmtpClient::settings(quint16 port) const
{
    SmtpConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = Smtp::Security::None;
    s.heloName = QStringLiteral("client.example.org");
    s.tls.caCertificates = { m_certs.caCertificate() };
    s.timeouts = SmtpTimeouts::uniform(5000);
    return s;
}

void TestSmtpClient::everyOperationOnce()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake ESMTP
        C: EHLO client.example.org
        S: 250-fake greets client
        S: 250-SIZE 1000
        S: 250-CHUNKING
        S: 250-X-CUSTOM a b
        S: 250 AUTH PLAIN
        C: NOOP
        S: 250 2.0.0 Ok
        C: VRFY bob@example.org
        S: 252 2.0.0 bob@example.org
        C: AUTH PLAIN AGFsaWNlAHNlY3JldA==
        S: 235 2.7.0 ok
        C: MAIL FROM:<alice@example.org> SIZE=5
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 queued 1
        C: RSET
        S: 250 ok
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: BDAT 8 LAST
        X: bdat 8
        X: bdat-end
        S: 250 queued 2
        C: QUIT
        S: 221 bye
        X: expect-close)")));
    QVERIFY(server.listen());
    SmtpConnectionSettings s = settings(server.port());
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    SmtpClient client(s);
    QList<int> codes;
    QByteArray one = "hi\r\n.x";
    QBuffer first(&one);
    first.open(QIODevice::ReadOnly);
    QByteArray two = "second\n";
    QBuffer second(&two);
    second.open(QIODevice::ReadOnly);
    const auto record = [&](const SmtpReply &r) { codes << r.code(); };
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer([&](const SmtpReply &greeting) {
        codes << greeting.code();
        client.hello([&](const SmtpReply &r) {
            record(r);
            QList<QByteArray> params;
            QVERIFY(client.extension("x-custom", &params));
            QCOMPARE(params, (QList<QByteArray> { "a", "b" }));
            QVERIFY(!client.extension("PIPELINING"));
            QCOMPARE(client.capabilities().serverName(), QByteArray("fake"));
            client.noop(record);
            client.verify(QStringLiteral("bob@example.org"), record);
            client.authenticate("auto", [&](const SmtpReply &a) {
                record(a);
                SmtpMailParameters p;
                p.size = 5;
                client.mail(QStringLiteral("alice@example.org"), p, record);
                client.rcpt(QStringLiteral("bob@example.org"), {}, record);
                client.data(&first, one.size(), [&](const SmtpReply &d) {
                    record(d);
                    client.reset(record);
                    client.mail(QStringLiteral("alice@example.org"), {}, record);
                    client.rcpt(QStringLiteral("bob@example.org"), {}, record);
                    client.bdat(&second, two.size(), [&](const SmtpReply &b) {
                        record(b);
                        client.quit(record);
                    });
                });
            });
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
    QCOMPARE(codes, (QList<int> { 220, 250, 250, 252, 235, 250, 250, 250, 250, 250, 250, 250, 221 }));
    QCOMPARE(server.receivedMessages().size(), 2);
    QCOMPARE(FakeSmtpServer::decodeDataBody(server.receivedMessages()[0]), QByteArray("hi\r\n.x\r\n"));
    QCOMPARE(server.receivedMessages()[1], QByteArray("second\r\n"));
    QVERIFY(!client.lastError().isError());
    QCOMPARE(client.state(), Smtp::State::Disconnected);
}

void TestSmtpClient::startTlsByHand()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-STARTTLS
        S: 250 AUTH LOGIN
        C: STARTTLS
        S: 220 go ahead
        X: starttls
        C: EHLO client.example.org
        S: 250-fake
        S: 250 AUTH PLAIN
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    SmtpConnectionSettings s = settings(server.port());
    s.security = Smtp::Security::StartTls;
    SmtpClient client(s);
    QSignalSpy tls(&client, &SmtpClient::tlsEstablished);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    QList<QByteArray> before, after;
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            before = client.capabilities().authMechanisms();
            QVERIFY(!client.isEncrypted());
            client.startTls([&](const SmtpReply &ehlo) {
                QVERIFY(ehlo.isPositive());
                QVERIFY(client.isEncrypted());
                after = client.capabilities().authMechanisms();
                client.quit();
            });
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
    QCOMPARE(before, QList<QByteArray> { "LOGIN" });
    QCOMPARE(after, QList<QByteArray> { "PLAIN" });
    QCOMPARE(tls.count(), 1);
    const SmtpTlsInfo info = client.tlsInfo();
    QVERIFY(info.encrypted);
    QVERIFY(info.protocol.startsWith(QLatin1String("TLSv1.")));
    QVERIFY(!info.cipher.isEmpty());
    QCOMPARE(info.sha256(), m_certs.sha256Fingerprint(TestCertificates::Kind::Server));
    QVERIFY(info.acceptedErrors.isEmpty());
}

void TestSmtpClient::adoptConnectedSocket()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250 fake
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    auto *socket = new QSslSocket;
    socket->connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(socket->waitForConnected(5000)); // the caller's business, not the client's
    SmtpClient client(settings(server.port()));
    QSignalSpy done(&client, &SmtpClient::disconnected);
    int greeting = 0;
    client.adoptSocket(socket, false, [&](const SmtpReply &r) {
        greeting = r.code();
        client.hello([&](const SmtpReply &) { client.quit(); });
    });
    QVERIFY(done.wait(10000));
    QCOMPARE(greeting, 220);
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
}

void TestSmtpClient::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("code");
    QTest::newRow("CRLF in MAIL") << "mail"
                                  << "a@b.example\r\nRSET" << int(SmtpError::InvalidInput);
    QTest::newRow("LF in RCPT") << "rcpt"
                                << "a@b.example\nDATA" << int(SmtpError::InvalidInput);
    QTest::newRow("NUL in RCPT") << "rcpt" << QStringLiteral("a@b") + QChar(0) + QStringLiteral("x")
                                 << int(SmtpError::InvalidInput);
    QTest::newRow("angle in MAIL") << "mail"
                                   << "a@b.example> SIZE=1" << int(SmtpError::InvalidInput);
    QTest::newRow("CR in VRFY") << "verify"
                                << "bob\rx" << int(SmtpError::InvalidInput);
    QTest::newRow("CRLF in EHLO name") << "helo"
                                       << "evil\r\nMAIL FROM:<x@y>" << int(SmtpError::InvalidInput);
    QTest::newRow("CRLF in AUTH user") << "auth"
                                       << "alice\r\nQUIT" << int(SmtpError::InvalidInput);
    QTest::newRow("empty RCPT") << "rcpt"
                                << "" << int(SmtpError::InvalidInput);
    QTest::newRow("non-ASCII local part without SMTPUTF8")
        << "mail" << QStringLiteral("j\u00f6rg@example.org") << int(SmtpError::EightBitNotSupported);
    QTest::newRow("mechanism not offered") << "auth-mech"
                                           << "CRAM-MD5" << int(SmtpError::AuthMechanismNotOffered);
    QTest::newRow("bdat without CHUNKING") << "bdat"
                                           << "" << int(SmtpError::InvalidInput);
}

void TestSmtpClient::refusedBeforeSending()
{
    QFETCH(QString, operation);
    QFETCH(QString, argument);
    QFETCH(int, code);
    FakeSmtpServer server;
    const bool helo = operation == QLatin1String("helo");
    // The EHLO name is checked when EHLO is due: nothing but the close follows the greeting.
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(helo ? QByteArray(R"(
        S: 220 fake
        X: expect-close)")
                                                                 : QByteArray(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 AUTH PLAIN
        C: QUIT
        S: 221 bye)"))));
    QVERIFY(server.listen());
    SmtpConnectionSettings s = settings(server.port());
    if (helo) {
        s.heloName = argument;
    }
    if (operation == QLatin1String("auth")) {
        s.credentials = { argument, QStringLiteral("pw"), {}, {} };
    } else {
        s.credentials = { QStringLiteral("alice"), QStringLiteral("pw"), {}, {} };
    }
    SmtpClient client(s);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    bool refused = false;
    SmtpError error;
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            QByteArray body = "x";
            QBuffer buffer(&body);
            buffer.open(QIODevice::ReadOnly);
            bool ok = true;
            if (operation == QLatin1String("mail")) {
                ok = client.mail(argument);
            } else if (operation == QLatin1String("rcpt")) {
                ok = client.rcpt(argument);
            } else if (operation == QLatin1String("verify")) {
                ok = client.verify(argument);
            } else if (operation == QLatin1String("auth")) {
                ok = client.authenticate("PLAIN");
            } else if (operation == QLatin1String("auth-mech")) {
                ok = client.authenticate(argument.toLatin1());
            } else if (operation == QLatin1String("bdat")) {
                ok = client.bdat(&buffer, 1);
            }
            refused = !ok;
            error = client.lastError();
            client.quit();
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
    if (helo) {
        QCOMPARE(int(client.lastError().code()), code);
        return;
    }
    QVERIFY(refused);
    QCOMPARE(int(error.code()), code);
    QVERIFY(!error.message().isEmpty());
}

void TestSmtpClient::dsnParameters()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 DSN
        C: MAIL FROM:<alice@example.org> RET=HDRS ENVID=QQ+2Bid+3D1
        S: 250 ok
        C: RCPT TO:<bob@example.org> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob@example.org
        S: 250 ok
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    SmtpClient client(settings(server.port()));
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            SmtpMailParameters mp;
            mp.dsnReturn = "hdrs";
            mp.dsnEnvelopeId = QStringLiteral("QQ+id=1");
            QVERIFY(client.mail(QStringLiteral("alice@example.org"), mp));
            SmtpRcptParameters rp;
            rp.notify = { "success", "failure" };
            rp.originalRecipient = QStringLiteral("bob@example.org");
            QVERIFY(client.rcpt(QStringLiteral("bob@example.org"), rp));
            client.quit();
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
}

void TestSmtpClient::eightBitNeedsExtension()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250 fake
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    SmtpClient client(settings(server.port()));
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            SmtpMailParameters mp;
            mp.body8bit = true;
            QVERIFY(!client.mail(QStringLiteral("alice@example.org"), mp));
            QCOMPARE(client.lastError().code(), SmtpError::EightBitNotSupported);
            mp.body8bit = false;
            mp.smtpUtf8 = true;
            QVERIFY(!client.mail(QStringLiteral("alice@example.org"), mp));
            QCOMPARE(client.lastError().code(), SmtpError::EightBitNotSupported);
            client.quit();
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
}

void TestSmtpClient::scramAgainstFakeServerWithoutSignature()
{
    // A server that says 235 without proving it knows the password (no SCRAM server-final message) is
    // refused: a man in the middle could do exactly that.
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 AUTH SCRAM-SHA-256
        C~: AUTH SCRAM-SHA-256 [A-Za-z0-9+/=]+
        S: 235 2.7.0 welcome, whoever you are
        X: expect-close)")));
    QVERIFY(server.listen());
    SmtpConnectionSettings s = settings(server.port());
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    SmtpClient client(s);
    QSignalSpy failed(&client, &SmtpClient::errorOccurred);
    QSignalSpy authed(&client, &SmtpClient::authenticated);
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) { QVERIFY(client.authenticate("auto")); });
    });
    QVERIFY(failed.wait(10000));
    QCOMPARE(client.lastError().code(), SmtpError::AuthServerNotVerified);
    QCOMPARE(authed.count(), 0);
    QVERIFY2(server.waitForDone(3000), qPrintable(server.report()));
}

void TestSmtpClient::sessionLogIsAReplayableScript()
{
    // EPISTLE_SMTP_LOG records a session in the fake server's own script format, secrets redacted; the log
    // of one session, played back by the fake server, makes the same client session pass again.
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("session.log"));
    const QByteArray original = R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-STARTTLS
        S: 250-PIPELINING
        S: 250 CHUNKING
        C: STARTTLS
        S: 220 go
        X: starttls
        C: EHLO client.example.org
        S: 250-fake
        S: 250-PIPELINING
        S: 250-AUTH PLAIN
        S: 250 CHUNKING
        C: AUTH PLAIN AGFsaWNlAHNlY3JldA==
        S: 235 ok
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)";
    QByteArray withoutAuth = original;
    withoutAuth.replace("S: 250-AUTH PLAIN\n", "")
        .replace("C: AUTH PLAIN AGFsaWNlAHNlY3JldA==\n        S: 235 ok\n", "");
    withoutAuth.replace("250 CHUNKING", "250 SIZE 0")
        .replace("C: MAIL FROM:<alice@example.org>", "C: MAIL FROM:<alice@example.org> SIZE=6");
    const auto session = [&](const QByteArray &scriptText, bool withCredentials, QStringList *serverErrors) {
        FakeSmtpServer server;
        if (!server.setScript(FakeSmtpServer::indentedScript(scriptText)) || !server.listen()) {
            *serverErrors << server.errors();
            return;
        }
        SmtpConnectionSettings s = settings(server.port());
        s.security = Smtp::Security::StartTls;
        if (withCredentials) {
            s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
        }
        SmtpClient client(s);
        QByteArray body = "hello\n";
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        QSignalSpy done(&client, &SmtpClient::disconnected);
        client.connectToServer([&](const SmtpReply &) {
            client.hello([&](const SmtpReply &) {
                client.startTls([&](const SmtpReply &) {
                    const auto send = [&] {
                        SmtpMailParameters p;
                        p.size = client.capabilities().has("SIZE") ? body.size() : -1;
                        client.mail(QStringLiteral("alice@example.org"), p);
                        client.rcpt(QStringLiteral("bob@example.org"));
                        client.data(&buffer, body.size(), [&](const SmtpReply &) { client.quit(); });
                    };
                    if (withCredentials) {
                        client.authenticate("PLAIN", [=](const SmtpReply &) { send(); });
                    } else {
                        send();
                    }
                });
            });
        });
        done.wait(10000);
        server.waitForDone(3000);
        *serverErrors << server.errors();
    };
    qputenv("EPISTLE_SMTP_LOG", QFile::encodeName(log));
    QStringList errors;
    session(original, true, &errors);
    session(withoutAuth, false, &errors);
    qunsetenv("EPISTLE_SMTP_LOG");
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    QVERIFY(recorded.contains("C: AUTH PLAIN [redacted]"));
    QVERIFY(!recorded.contains("AGFsaWNlAHNlY3JldA=="));
    QVERIFY(recorded.contains("X: starttls"));
    QVERIFY(recorded.contains("X: data"));
    // The second session's log, played by the fake server, is passed by the same client session.
    QByteArray replay = recorded.mid(recorded.lastIndexOf("connecting to"));
    replay = replay.mid(replay.indexOf('\n') + 1);
    QStringList replayErrors;
    session(replay, false, &replayErrors);
    QVERIFY2(replayErrors.isEmpty(),
        qPrintable(replayErrors.join(QLatin1Char('\n')) + "\n" + QString::fromUtf8(replay)));
}

void TestSmtpClient::stepSignalsAndStates()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 AUTH PLAIN
        C: AUTH PLAIN AGFsaWNlAHNlY3JldA==
        S: 235 ok
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    SmtpConnectionSettings s = settings(server.port());
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    SmtpClient client(s);
    QList<Smtp::State> states;
    QList<Smtp::Step> steps;
    QList<QByteArray> commands;
    connect(&client, &SmtpClient::stateChanged, this, [&](Smtp::State st) { states << st; });
    connect(&client, &SmtpClient::stepFinished, this, [&](Smtp::Step st, const SmtpReply &, qint64 ms) {
        steps << st;
        QVERIFY(ms >= 0);
    });
    connect(&client, &SmtpClient::commandSent, this, [&](const QByteArray &c) { commands << c; });
    QSignalSpy authed(&client, &SmtpClient::authenticated);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            client.authenticate("auto", [&](const SmtpReply &) { client.quit(); });
        });
    });
    QVERIFY(done.wait(10000));
    QCOMPARE(states,
        (QList<Smtp::State> { Smtp::State::Connecting, Smtp::State::Handshake, Smtp::State::NotAuthenticated,
            Smtp::State::Authenticated, Smtp::State::Quitting, Smtp::State::Disconnected }));
    QCOMPARE(steps,
        (QList<Smtp::Step> { Smtp::Step::Connect, Smtp::Step::Greeting, Smtp::Step::Hello,
            Smtp::Step::Authenticate, Smtp::Step::Quit }));
    QCOMPARE(commands, (QList<QByteArray> { "EHLO client.example.org", "AUTH PLAIN [redacted]", "QUIT" }));
    QCOMPARE(authed.count(), 1);
    QCOMPARE(authed.first().first().toByteArray(), QByteArray("PLAIN"));
    QCOMPARE(client.roundTrips(), 5);
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
