// The command line as scripts use it: `epistle send` and `epistle test` run as processes, with their exit
// codes (sysexits.h), --json objects, --trace transcripts (credentials redacted) and --dry-run output.
#include "fakesmtpserver.h"
#include "postfixserver.h"
#include "testcertificates.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object(); }
};

// A one-connection SMTP server that takes its message slowly, as over a slow line: the envelope at once, the
// 354 after 'dataDelayMs', then the message 'chunk' octets every 'intervalMs' through a small receive buffer
// (so the client is held back by TCP itself), and its 250 'replyDelayMs' after the final dot.
class SlowSink : public QObject
{
public:
    SlowSink(int dataDelayMs, qint64 chunk, int intervalMs, int replyDelayMs)
        : m_dataDelay(dataDelayMs), m_chunk(chunk), m_replyDelay(replyDelayMs)
    {
        m_tick.setInterval(intervalMs);
        QObject::connect(&m_tick, &QTimer::timeout, this, [this] { readSome(); });
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 received() const { return m_received; }

private:
    void accept()
    {
        m_socket = m_server.nextPendingConnection();
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
        QObject::connect(m_socket, &QTcpSocket::readyRead, this, [this] { readCommands(); });
        m_socket->write("220 slow.test ESMTP\r\n");
    }
    void readCommands()
    {
        while (!m_inData && m_socket->canReadLine()) {
            const QByteArray line = m_socket->readLine().trimmed().toUpper();
            if (line.startsWith("DATA")) {
                m_inData = true;
                m_socket->setReadBufferSize(m_chunk); // from here on only what readSome() takes is read
                QTimer::singleShot(m_dataDelay, this, [this] {
                    m_socket->write("354 go\r\n");
                    m_tick.start();
                });
            } else if (line.startsWith("QUIT")) {
                m_socket->write("221 bye\r\n");
                m_socket->disconnectFromHost();
            } else {
                m_socket->write(line.startsWith("EHLO") ? "250 slow.test\r\n" : "250 ok\r\n");
            }
        }
    }
    void readSome()
    {
        const QByteArray data = m_socket->read(m_chunk);
        m_received += data.size();
        m_tail = (m_tail + data).right(5);
        if (m_tail == "\r\n.\r\n") {
            m_tick.stop();
            m_inData = false;
            m_socket->setReadBufferSize(0);
            QTimer::singleShot(m_replyDelay, this, [this] {
                m_socket->write("250 queued\r\n");
                readCommands();
            });
        }
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QTimer m_tick;
    int m_dataDelay;
    qint64 m_chunk;
    int m_replyDelay;
    bool m_inData = false;
    QByteArray m_tail;
    qint64 m_received = 0;
};

// A server's side of one message from 'sender' to b@example.org and, by Bcc, c@example.org.
QList<QByteArray> toBAndBccC(const QByteArray &sender = "a@example.org")
{
    return FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<)"
        + sender + R"(>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: RCPT TO:<c@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 queued
        C: QUIT
        S: 221 bye)");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void sendJsonAndTrace();
    void exitCodes_data();
    void exitCodes();
    void untrustedCertificateIsConfiguration();
    void dryRunWritesTheExactBytes();
    void dryRunThroughPostfixArrivesIdentical();
    void dryRunOnFullDiskKeepsTheOldFile();
    void emlBccIsEnvelopeOnly();
    void emlHeadersOnlyDropsBcc();
    void requireTlsFromAccountAndMessage();
    void emlWithoutHeaderEndIsRefused();
    void emlFromStandardInput();
    void emlFromAPipe();
    void emlFromEmptyStandardInput();
    void emlRefusesOptionsThatWouldBeIgnored_data();
    void emlRefusesOptionsThatWouldBeIgnored();
    void sendmailAsMailProgramsCallIt_data();
    void sendmailAsMailProgramsCallIt();
    void sendmailUsageErrors_data();
    void sendmailUsageErrors();
    void emlBareCrLineEnds_data();
    void emlBareCrLineEnds();
    void emlEightBitAsksForExtensions_data();
    void emlEightBitAsksForExtensions();
    void testCommandJson();
    void passwordFileMustBePrivate();
    void failedSendLeavesNothingBehind_data();
    void failedSendLeavesNothingBehind();
    void progressOnATerminal_data();
    void progressOnATerminal();

private:
    Run epistle(const QStringList &arguments, const QByteArray &stdinData = {});
    // The binary with its stderr on a pseudo-terminal (tests/cli/run-in-pty.py); what the terminal showed
    // goes to 'terminal'.
    Run epistleOnTerminal(const QStringList &arguments, QByteArray *terminal);
    // Runs 'program' (with the same environment) instead of the binary: a shell, for process substitution.
    Run run(const QString &program, const QStringList &arguments, const QByteArray &stdinData = {});
    // The test Postfix's submissions port (implicit TLS) with its CA and the test user's password from
    // SMTP_PW.
    QStringList postfixConnection() const;
    // `epistle send --eml FILE` to a plain-text server on 127.0.0.1:port.
    Run sendEml(quint16 port, const QString &eml);
    // The message the test Postfix delivered whose bytes contain 'marker' (its Message-ID), waiting up to
    // 20 s for it; false when none came.
    bool deliveredContaining(const QByteArray &marker, PostfixServer::Delivery *delivery) const;
    QTemporaryDir m_home;
    QString m_data; // XDG_DATA_HOME (the outbox) when a test wants its own; m_home/data otherwise
    PostfixServer m_postfix;
    TestCertificates m_certs;
};

QStringList TestCli::postfixConnection() const
{
    return { QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(m_postfix.submissionsPort()),
        QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--ca-file"), m_postfix.caFile(),
        QStringLiteral("--user"), m_postfix.user(), QStringLiteral("--password-env"),
        QStringLiteral("SMTP_PW") };
}

Run TestCli::sendEml(quint16 port, const QString &eml)
{
    return epistle({ QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--eml"), eml, QStringLiteral("--timeout"), QStringLiteral("10") });
}

bool TestCli::deliveredContaining(const QByteArray &marker, PostfixServer::Delivery *delivery) const
{
    return QTest::qWaitFor(
        [&] {
            for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
                if (d.message.contains(marker)) {
                    *delivery = d;
                    return true;
                }
            }
            return false;
        },
        20000);
}

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
    QVERIFY2(m_postfix.start(), qPrintable(m_postfix.errorString()));
}

void TestCli::cleanupTestCase()
{
    m_postfix.stop();
}

Run TestCli::epistle(const QStringList &arguments, const QByteArray &stdinData)
{
    return run(qEnvironmentVariable("EPISTLE_BINARY"), arguments, stdinData);
}

Run TestCli::epistleOnTerminal(const QStringList &arguments, QByteArray *terminal)
{
    const QString script
        = qEnvironmentVariable("EPISTLE_SOURCE_DIR") + QStringLiteral("/tests/cli/run-in-pty.py");
    const QString capture = m_home.filePath(QStringLiteral("terminal.out"));
    QFile::remove(capture);
    const Run r = run(QStringLiteral("/usr/bin/python3"),
        QStringList { script, capture, qEnvironmentVariable("EPISTLE_BINARY") } + arguments);
    QFile f(capture);
    *terminal = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(no terminal output file)");
    return r;
}

Run TestCli::run(const QString &program, const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The outbox and settings of this test only.
    env.insert(
        QStringLiteral("XDG_DATA_HOME"), m_data.isEmpty() ? m_home.filePath(QStringLiteral("data")) : m_data);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("SMTP_PW"), m_postfix.password());
    env.remove(QStringLiteral("EPISTLE_SMTP_LOG"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        return {};
    }
    p.write(stdinData);
    p.closeWriteChannel();
    // The fake servers live in this process's event loop: keep it turning while the child runs.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("no server") << QStringList { QStringLiteral("send"), QStringLiteral("--from"),
        QStringLiteral("a@b.example"), QStringLiteral("--to"), QStringLiteral("c@d.example") };
    QTest::newRow("bad security") << QStringList { QStringLiteral("test"), QStringLiteral("--server"),
        QStringLiteral("localhost"), QStringLiteral("--security"), QStringLiteral("maybe") };
    QTest::newRow("bad address") << QStringList { QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("localhost:1"), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--from"), QStringLiteral("a@b.example"), QStringLiteral("--to"),
        QStringLiteral("not an <address") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("send"), QStringLiteral("--password"),
        QStringLiteral("x") };
    QTest::newRow("bad timeout") << QStringList { QStringLiteral("test"), QStringLiteral("--server"),
        QStringLiteral("h"), QStringLiteral("--timeout"), QStringLiteral("-3") };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = epistle(arguments);
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.err.startsWith("epistle: "));
}

void TestCli::sendJsonAndTrace()
{
    const Run r = epistle({ QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("localhost:%1").arg(m_postfix.submissionPort()), QStringLiteral("--security"),
        QStringLiteral("starttls"), QStringLiteral("--ca-file"), m_postfix.caFile(), QStringLiteral("--user"),
        m_postfix.user(), QStringLiteral("--password-env"), QStringLiteral("SMTP_PW"),
        QStringLiteral("--auth"), QStringLiteral("scram-sha-256"), QStringLiteral("--from"),
        QStringLiteral("Alice <alice@example.test>"), QStringLiteral("--to"),
        QStringLiteral("bob@example.test, Carol <carol@example.test>"), QStringLiteral("--subject"),
        QStringLiteral("CLI test \u2713"), QStringLiteral("--body"), QStringLiteral("Hello from the CLI"),
        QStringLiteral("--trace"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("messageId")).toString().contains(QLatin1Char('@')));
    const QJsonObject server = o.value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
    QCOMPARE(
        server.value(QStringLiteral("tls")).toObject().value(QStringLiteral("protocol")).toString().left(5),
        QStringLiteral("TLSv1"));
    QVERIFY(server.value(QStringLiteral("capabilities")).toArray().contains(QStringLiteral("CHUNKING")));
    const QJsonArray recipients = o.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 2);
    QVERIFY(recipients.at(1).toObject().value(QStringLiteral("accepted")).toBool());
    QVERIFY(o.value(QStringLiteral("steps")).toArray().size() >= 8);
    QVERIFY(o.value(QStringLiteral("roundTrips")).toInt() >= 7);
    QVERIFY(o.value(QStringLiteral("bytesSent")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("reply")).toString().startsWith(QLatin1String("250")));
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    // The trace: every step, and never the password or the SASL payloads.
    QVERIFY(r.err.contains("C: STARTTLS"));
    QVERIFY(r.err.contains("C: AUTH SCRAM-SHA-256 [redacted]"));
    QVERIFY(r.err.contains("S: 235"));
    QVERIFY(r.err.contains("C: BDAT "));
    QVERIFY(!r.err.contains(m_postfix.password().toUtf8()));
    QVERIFY(!r.err.contains(m_postfix.password().toUtf8().toBase64()));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("message refused: 65") << QByteArray(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 554 5.7.1 Message rejected as spam
        C: QUIT
        S: 221 bye)") << 65 << QStringLiteral("message-refused");
    QTest::newRow("temporary: 75") << QByteArray(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 451 4.3.0 Try again later
        C: QUIT
        S: 221 bye)") << 75 << QStringLiteral("sender-refused");
    QTest::newRow("greeting refused: 69") << QByteArray(R"(
        S: 554 no service
        X: expect-close)") << 69 << QStringLiteral("greeting-refused");
    QTest::newRow("protocol error: 76") << QByteArray(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 2x0 nonsense
        X: expect-close)") << 76 << QStringLiteral("protocol-error");
    QTest::newRow("auth failed: 77") << QByteArray(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250-fake
        S: 250 AUTH PLAIN
        C~: AUTH PLAIN .+
        S: 535 5.7.8 Authentication credentials invalid
        C: QUIT
        S: 221 bye)") << 77 << QStringLiteral("auth-failed");
    QTest::newRow("starttls not offered: 69") << QByteArray(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: QUIT
        S: 221 bye)") << 69 << QStringLiteral("starttls-not-offered");
}

void TestCli::exitCodes()
{
    QFETCH(QByteArray, script);
    QFETCH(int, exitCode);
    QFETCH(QString, errorCode);
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(script)));
    QVERIFY(server.listen());
    QStringList args { QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--security"),
        errorCode == QLatin1String("starttls-not-offered") ? QStringLiteral("starttls")
                                                           : QStringLiteral("none"),
        QStringLiteral("--from"), QStringLiteral("a@example.org"), QStringLiteral("--to"),
        QStringLiteral("b@example.org"), QStringLiteral("--subject"), QStringLiteral("s"),
        QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--json"), QStringLiteral("--timeout"),
        QStringLiteral("10") };
    if (errorCode == QLatin1String("auth-failed")) {
        args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password-env")
             << QStringLiteral("SMTP_PW");
    }
    const Run r = epistle(args);
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), errorCode);
    QVERIFY(
        !o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
}

void TestCli::untrustedCertificateIsConfiguration()
{
    FakeSmtpServer server;
    server.setCertificate(TestCertificates::Kind::SelfSigned);
    QVERIFY(server.setScriptText("X: expect-tls-failure\n"));
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    const Run r = epistle({ QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("localhost:%1").arg(server.port()), QStringLiteral("--security"),
        QStringLiteral("tls"), QStringLiteral("--from"), QStringLiteral("a@example.org"),
        QStringLiteral("--to"), QStringLiteral("b@example.org"), QStringLiteral("--body"),
        QStringLiteral("b"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 78);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("certificate-untrusted"));
    const QString fingerprint = QString::fromLatin1(
        m_certs.sha256Fingerprint(TestCertificates::Kind::SelfSigned).toHex(':').toUpper());
    QCOMPARE(error.value(QStringLiteral("certificate")).toObject().value(QStringLiteral("sha256")).toString(),
        fingerprint);

    // Trusting exactly that certificate (--fingerprint) lets the same command through the handshake.
    FakeSmtpServer again;
    again.setCertificate(TestCertificates::Kind::SelfSigned);
    QVERIFY(again.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)")));
    QVERIFY(again.listen(FakeSmtpServer::Mode::ImplicitTls));
    const Run ok = epistle({ QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("localhost:%1").arg(again.port()), QStringLiteral("--security"), QStringLiteral("tls"),
        QStringLiteral("--fingerprint"), fingerprint, QStringLiteral("--from"),
        QStringLiteral("a@example.org"), QStringLiteral("--to"), QStringLiteral("b@example.org"),
        QStringLiteral("--body"), QStringLiteral("b") });
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY2(again.waitForDone(5000), qPrintable(again.report()));
}

void TestCli::dryRunWritesTheExactBytes()
{
    const QString out = m_home.filePath(QStringLiteral("dry.eml"));
    const QString attachment = m_home.filePath(QStringLiteral("r\u00e9sum\u00e9.bin"));
    QFile f(attachment);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\x01\x02\xff binary", 11));
    f.close();
    const Run r = epistle(
        { QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--output"), out,
            QStringLiteral("--from"), QStringLiteral("J\u00f6rg <jorg@example.org>"), QStringLiteral("--to"),
            QStringLiteral("b@example.org"), QStringLiteral("--bcc"), QStringLiteral("secret@example.org"),
            QStringLiteral("--subject"), QStringLiteral("\u65e5\u672c\u8a9e"), QStringLiteral("--body-file"),
            QStringLiteral("-"), QStringLiteral("--attach"), attachment },
        "line one\nline two\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.contains("Subject: =?"));
    QVERIFY(!bytes.contains("secret@example.org")); // Bcc never in the headers
    QVERIFY(bytes.contains("multipart/mixed"));
    QVERIFY(bytes.contains("line one\r\nline two"));
    for (const QByteArray &line : bytes.split('\n')) {
        QVERIFY(line.size() <= 999);
    }
}

void TestCli::dryRunThroughPostfixArrivesIdentical()
{
    // Compose with --dry-run, send the file with --eml through the real Postfix: the mailbox holds the same
    // bytes, Postfix's Received: header aside.
    const QString eml = m_home.filePath(QStringLiteral("roundtrip.eml"));
    const QString html = m_home.filePath(QStringLiteral("body.html"));
    const QString picture = m_home.filePath(QStringLiteral("logo.png"));
    const QString binary = m_home.filePath(QStringLiteral("donn\u00e9es \u65e5\u672c.bin"));
    for (const auto &[path, bytes] :
        { std::pair<QString, QByteArray> { html, "<p>Hello <b>Bob</b> <img src=\"cid:logo.png\"></p>" },
            std::pair<QString, QByteArray> {
                picture, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, '\x07') },
            std::pair<QString, QByteArray> {
                binary, QByteArray(70000, '\0') + "\r\n.\r\n" + QByteArray(5000, '\xff') } }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Run composed = epistle({ QStringLiteral("send"), QStringLiteral("--dry-run"),
        QStringLiteral("--output"), eml, QStringLiteral("--from"),
        QStringLiteral("Zo\u00eb \u00c6sir <alice@example.test>"), QStringLiteral("--to"),
        QStringLiteral("\u0411\u043e\u0431 <bob@example.test>"), QStringLiteral("--subject"),
        QStringLiteral("\u0393\u03b5\u03b9\u03ac \U0001F600 round trip"), QStringLiteral("--body"),
        QStringLiteral("Plain part\n.leading dot\nend"), QStringLiteral("--html-file"), html,
        QStringLiteral("--inline"), picture, QStringLiteral("--attach"), binary, QStringLiteral("--header"),
        QStringLiteral("X-Test: round trip") });
    QVERIFY2(composed.exitCode == 0, composed.err.constData());
    QFile file(eml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("multipart/mixed") && bytes.contains("multipart/related"));
    const Run sent = epistle(QStringList { QStringLiteral("send") } + postfixConnection()
        + QStringList { QStringLiteral("--eml"), eml });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
                if (d.messageWithoutAddedHeaders() == bytes) {
                    return true;
                }
            }
            return false;
        },
        20000));
}

void TestCli::emlBccIsEnvelopeOnly()
{
    // A prepared message naming a Bcc recipient: Postfix's envelope has that recipient, and the delivered
    // bytes carry no Bcc field (folded value included); everything else goes out as the file has it.
    const QString eml = m_home.filePath(QStringLiteral("bcc.eml"));
    const QByteArray header = "From: Alice <alice@example.test>\r\n"
                              "To: bob@example.test\r\n"
                              "BCC : hidden@example.test,\r\n"
                              "\tsecret@example.test\r\n"
                              "Subject: bcc check\r\n"
                              "Message-ID: <bcc-check@example.test>\r\n";
    const QByteArray body = "Bcc: this line is body text and stays\r\n";
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header + "\r\n" + body);
    }
    const Run sent = epistle(QStringList { QStringLiteral("send") } + postfixConnection()
        + QStringList { QStringLiteral("--eml"), eml });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    PostfixServer::Delivery delivered;
    QVERIFY(deliveredContaining("<bcc-check@example.test>", &delivered));
    QList<QByteArray> expected { "bob@example.test", "hidden@example.test", "secret@example.test" };
    QList<QByteArray> recipients = delivered.recipients;
    std::sort(recipients.begin(), recipients.end());
    QCOMPARE(recipients, expected);
    QCOMPARE(delivered.messageWithoutAddedHeaders(),
        QByteArray("From: Alice <alice@example.test>\r\nTo: bob@example.test\r\nSubject: bcc check\r\n"
                   "Message-ID: <bcc-check@example.test>\r\n\r\n")
            + body);
}

void TestCli::emlHeadersOnlyDropsBcc()
{
    // RFC 5322 allows a message of header fields alone (no blank line, no body): its Bcc goes too.
    const QString eml = m_home.filePath(QStringLiteral("headers-only.eml"));
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("From: a@example.org\r\nTo: b@example.org\r\nBcc: c@example.org\r\nSubject: no body\r\n");
    }
    FakeSmtpServer server;
    QVERIFY(server.setScript(toBAndBccC()));
    QVERIFY(server.listen());
    const Run r = sendEml(server.port(), eml);
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(server.receivedMessages().size(), 1);
    QCOMPARE(FakeSmtpServer::decodeDataBody(server.receivedMessages().first()),
        QByteArray("From: a@example.org\r\nTo: b@example.org\r\nSubject: no body\r\n"));
}

void TestCli::requireTlsFromAccountAndMessage()
{
    // RFC 8689 as a person asks for it: the account's require-tls puts REQUIRETLS on MAIL FROM, a server that
    // does not offer it gets nothing, and the message's own "--require-tls no" sends "TLS-Required: No".
    const QString fingerprint = QString::fromLatin1(
        m_certs.sha256Fingerprint(TestCertificates::Kind::SelfSigned).toHex(':').toUpper());
    const auto server = [&](const FakeSmtpServer &s) {
        return QStringList { QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(s.port()),
            QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--fingerprint"), fingerprint,
            QStringLiteral("--auth"), QStringLiteral("none") };
    };
    const QStringList message { QStringLiteral("--account"), QStringLiteral("Strict"), QStringLiteral("--to"),
        QStringLiteral("b@example.org"), QStringLiteral("--subject"), QStringLiteral("tls"),
        QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--json") };

    FakeSmtpServer offers;
    offers.setCertificate(TestCertificates::Kind::SelfSigned);
    QVERIFY(offers.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250-fake
        S: 250 REQUIRETLS
        C: MAIL FROM:<a@example.org> REQUIRETLS
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)")));
    QVERIFY(offers.listen(FakeSmtpServer::Mode::ImplicitTls));
    const Run added
        = epistle(QStringList { QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Strict"),
                      QStringLiteral("--from"), QStringLiteral("a@example.org"),
                      QStringLiteral("--require-tls"), QStringLiteral("yes") }
            + server(offers));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Run shown = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("Strict"),
        QStringLiteral("--json") });
    QCOMPARE(shown.json().value(QStringLiteral("requireTls")).toBool(), true);
    const Run sent = epistle(QStringList { QStringLiteral("send") } + message);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QVERIFY2(offers.waitForDone(5000), qPrintable(offers.report()));

    // The same account to a server without REQUIRETLS: refused before MAIL, nothing sent.
    FakeSmtpServer lacks;
    lacks.setCertificate(TestCertificates::Kind::SelfSigned);
    QVERIFY(lacks.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250-fake
        S: 250 8BITMIME
        C: QUIT
        S: 221 bye)")));
    QVERIFY(lacks.listen(FakeSmtpServer::Mode::ImplicitTls));
    const Run edited
        = epistle(QStringList { QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("Strict") }
            + server(lacks));
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    const Run refused = epistle(QStringList { QStringLiteral("send") } + message);
    QCOMPARE(refused.exitCode, 69);
    QCOMPARE(
        refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("requiretls-not-offered"));
    QVERIFY2(lacks.waitForDone(5000), qPrintable(lacks.report()));
    QCOMPARE(lacks.receivedMessages().size(), 0);

    // The message's own wish wins over the account's: no REQUIRETLS, and the header field RFC 8689 5 defines.
    FakeSmtpServer plain;
    plain.setCertificate(TestCertificates::Kind::SelfSigned);
    QVERIFY(plain.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250-fake
        S: 250 8BITMIME
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)")));
    QVERIFY(plain.listen(FakeSmtpServer::Mode::ImplicitTls));
    QCOMPARE(
        epistle(QStringList { QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("Strict") }
            + server(plain))
            .exitCode,
        0);
    const Run optional = epistle(
        QStringList { QStringLiteral("send"), QStringLiteral("--require-tls"), QStringLiteral("no") }
        + message);
    QVERIFY2(optional.exitCode == 0, optional.err.constData());
    QVERIFY2(plain.waitForDone(5000), qPrintable(plain.report()));
    QCOMPARE(plain.receivedMessages().size(), 1);
    QVERIFY(
        FakeSmtpServer::decodeDataBody(plain.receivedMessages().first()).startsWith("TLS-Required: No\r\n"));

    const Run wrong = epistle(
        QStringList { QStringLiteral("send"), QStringLiteral("--require-tls"), QStringLiteral("maybe") }
        + message);
    QCOMPARE(wrong.exitCode, 64);
    QVERIFY2(wrong.err.contains("--require-tls takes yes or no"), wrong.err.constData());
}

void TestCli::emlWithoutHeaderEndIsRefused()
{
    // No blank line in the first MiB: neither the envelope nor a Bcc field can be trusted, so nothing is
    // sent.
    const QString eml = m_home.filePath(QStringLiteral("endless-header.eml"));
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("From: a@example.org\r\nTo: b@example.org\r\n");
        for (int i = 0; i < 40000; ++i) {
            f.write("X-Filler: " + QByteArray::number(i) + " xxxxxxxxxxxxxxxxxx\r\n");
        }
        f.write("Bcc: hidden@example.org\r\n\r\nbody\r\n");
    }
    FakeSmtpServer server;
    QVERIFY(server.listen());
    const Run r = sendEml(server.port(), eml);
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains("no blank line"), r.err.constData());
    QCOMPARE(server.connectionCount(), 0);
}

void TestCli::emlFromStandardInput()
{
    // msmtp's way (`... | msmtp -t`): a mail program pipes the message in, with LF line ends and a Bcc field.
    // The envelope comes from its headers, Postfix gets every byte of a message larger than one read, with
    // the Bcc field gone; nothing is left in the temporary folder.
    QByteArray body;
    for (int i = 0; body.size() < 700 * 1024; ++i) {
        body += "Line " + QByteArray::number(i) + " of a long message piped in by a mail program.\n";
    }
    const QByteArray message = "From: Alice <alice@example.test>\n"
                               "To: bob@example.test\n"
                               "Bcc: hidden@example.test\n"
                               "Subject: from stdin\n"
                               "Message-ID: <stdin-check@example.test>\n\n"
        + body;
    const QStringList spoolsBefore
        = QDir::temp().entryList({ QStringLiteral("epistle-eml-*") }, QDir::Files | QDir::Hidden);
    const Run sent = epistle(QStringList { QStringLiteral("send") } + postfixConnection()
            + QStringList { QStringLiteral("--eml"), QStringLiteral("-") },
        message);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    PostfixServer::Delivery delivered;
    QVERIFY(deliveredContaining("<stdin-check@example.test>", &delivered));
    QList<QByteArray> recipients = delivered.recipients;
    std::sort(recipients.begin(), recipients.end());
    QCOMPARE(recipients, (QList<QByteArray> { "bob@example.test", "hidden@example.test" }));
    QByteArray expected = message;
    expected.replace("Bcc: hidden@example.test\n", "");
    expected.replace("\n", "\r\n");
    const QByteArray got = delivered.messageWithoutAddedHeaders();
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(QDir::temp().entryList({ QStringLiteral("epistle-eml-*") }, QDir::Files | QDir::Hidden),
        spoolsBefore);
}

void TestCli::emlFromAPipe()
{
    // A named file that is a pipe (a shell's process substitution, /dev/stdin of a pipeline) is read once,
    // as standard input is. Before, the reads could not go back to its start ("QFile::at: Cannot set file
    // position"), its size read as 0, and the outbox refused it ("65536 bytes instead of the 0 announced").
    QByteArray body;
    for (int i = 0; body.size() < 1536 * 1024; ++i) {
        body += "Line " + QByteArray::number(i) + " of a message from a process substitution.\r\n";
    }
    const QString eml = m_home.filePath(QStringLiteral("piped.eml"));
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("From: a@example.org\r\nTo: b@example.org\r\nBcc: c@example.org\r\nSubject: piped\r\n\r\n"
            + body);
    }
    FakeSmtpServer server;
    QVERIFY(server.setScript(toBAndBccC()));
    QVERIFY(server.listen());
    const Run r = run(QStringLiteral("/bin/bash"),
        { QStringLiteral("-c"),
            QStringLiteral(
                "exec \"$0\" send --server 127.0.0.1:%1 --security none --timeout 10 --eml <(cat \"$1\")")
                .arg(server.port()),
            qEnvironmentVariable("EPISTLE_BINARY"), eml });
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("QFile"), r.err.constData());
    QCOMPARE(server.receivedMessages().size(), 1);
    const QByteArray got = FakeSmtpServer::decodeDataBody(server.receivedMessages().first());
    const QByteArray expected = "From: a@example.org\r\nTo: b@example.org\r\nSubject: piped\r\n\r\n" + body;
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
}

void TestCli::emlFromEmptyStandardInput()
{
    // Nothing piped in (a script whose message step failed): said so, nothing reaches a server.
    FakeSmtpServer server;
    QVERIFY(server.listen());
    const Run r = epistle({ QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--eml"), QStringLiteral("-") });
    QCOMPARE(r.exitCode, 66);
    QVERIFY2(r.err.contains("standard input was empty"), r.err.constData());
    QCOMPARE(server.connectionCount(), 0);
}

void TestCli::emlRefusesOptionsThatWouldBeIgnored_data()
{
    QTest::addColumn<QStringList>("option");
    QTest::newRow("subject") << QStringList { QStringLiteral("--subject"), QStringLiteral("New subject") };
    QTest::newRow("body") << QStringList { QStringLiteral("--body"), QStringLiteral("More text") };
    QTest::newRow("attach") << QStringList { QStringLiteral("--attach"), QStringLiteral("/etc/hostname") };
    QTest::newRow("header") << QStringList { QStringLiteral("--header"), QStringLiteral("X-A: b") };
    QTest::newRow("reply-to") << QStringList { QStringLiteral("--reply-to"),
        QStringLiteral("r@example.org") };
}

void TestCli::emlRefusesOptionsThatWouldBeIgnored()
{
    // The prepared message goes out as it is: an option that would change it was silently dropped, and the
    // person believed their subject or attachment went out.
    QFETCH(QStringList, option);
    const QString eml = m_home.filePath(QStringLiteral("as-is.eml"));
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("From: a@example.org\r\nTo: b@example.org\r\nSubject: as is\r\n\r\nbody\r\n");
    }
    FakeSmtpServer server;
    QVERIFY(server.listen());
    const Run r = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--server"),
                              QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--security"),
                              QStringLiteral("none"), QStringLiteral("--eml"), eml }
        + option);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("%1 cannot change it").arg(option.first()).toUtf8()),
        r.err.constData());
    QCOMPARE(server.connectionCount(), 0);
}

void TestCli::sendmailAsMailProgramsCallIt_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "epistle sendmail" and the connection
    QTest::addColumn<QByteArray>("sender"); // MAIL FROM
    const QByteArray header = "a@example.org";
    QTest::newRow("git send-email") << QStringList { QStringLiteral("-i"), QStringLiteral("b@example.org"),
        QStringLiteral("c@example.org") }
                                    << header;
    QTest::newRow("mutt") << QStringList { QStringLiteral("-oem"), QStringLiteral("-oi"),
        QStringLiteral("--"), QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }
                          << header;
    QTest::newRow("-f ADDR") << QStringList { QStringLiteral("-f"), QStringLiteral("envelope@example.org"),
        QStringLiteral("-i"), QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }
                             << QByteArray("envelope@example.org");
    QTest::newRow("cron's glued flags")
        << QStringList { QStringLiteral("-FCron Daemon"), QStringLiteral("-i"), QStringLiteral("-B8BITMIME"),
               QStringLiteral("-oem"), QStringLiteral("-fenvelope@example.org"),
               QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }
        << QByteArray("envelope@example.org");
    QTest::newRow("-t") << QStringList { QStringLiteral("-t"), QStringLiteral("-oi") } << header;
    QTest::newRow("-t -f") << QStringList { QStringLiteral("-t"), QStringLiteral("-f"),
        QStringLiteral("envelope@example.org") }
                           << QByteArray("envelope@example.org");
}

void TestCli::sendmailAsMailProgramsCallIt()
{
    // The message on standard input as a mail program writes it (LF line ends, a Bcc field); the recipients
    // from the arguments or, with -t, from the header fields; the Bcc field never sent.
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, sender);
    FakeSmtpServer server;
    QVERIFY(server.setScript(toBAndBccC(sender)));
    QVERIFY(server.listen());
    const Run r = epistle(QStringList { QStringLiteral("sendmail"), QStringLiteral("--server"),
                              QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--security"),
                              QStringLiteral("none"), QStringLiteral("--timeout"), QStringLiteral("10") }
            + arguments,
        "From: a@example.org\nTo: b@example.org\nBcc: c@example.org\nSubject: piped\n\n.\nbody\n");
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report() + QString::fromUtf8(r.err)));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(server.receivedMessages().size(), 1);
    // A lone dot is a line of the message (sendmail's -i is how Epistle always reads).
    QCOMPARE(FakeSmtpServer::decodeDataBody(server.receivedMessages().first()),
        QByteArray("From: a@example.org\r\nTo: b@example.org\r\nSubject: piped\r\n\r\n.\r\nbody\r\n"));
}

void TestCli::sendmailUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("-C"), QStringLiteral("/etc/msmtprc"),
        QStringLiteral("b@example.org") }
                                  << QStringLiteral("does not know the flag -C");
    QTest::newRow("-t and recipients")
        << QStringList { QStringLiteral("-t"), QStringLiteral("b@example.org") }
        << QStringLiteral("arguments or -t, not both");
    QTest::newRow("no recipients") << QStringList { QStringLiteral("-oi") }
                                   << QStringLiteral("no recipients");
    QTest::newRow("a message option")
        << QStringList { QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("b@example.org") }
        << QStringLiteral("does not take --subject");
    QTest::newRow("-f without a value") << QStringList { QStringLiteral("b@example.org"),
        QStringLiteral("-f") } << QStringLiteral("-f needs a value");
}

void TestCli::sendmailUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    FakeSmtpServer server;
    QVERIFY(server.listen());
    const Run r = epistle(QStringList { QStringLiteral("sendmail"), QStringLiteral("--server"),
                              QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--security"),
                              QStringLiteral("none") }
            + arguments,
        "From: a@example.org\nTo: b@example.org\nSubject: x\n\nbody\n");
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QCOMPARE(server.connectionCount(), 0);
}

void TestCli::emlBareCrLineEnds_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("recipients"); // the RCPT TO lines the server expects
    QTest::addColumn<QByteArray>("delivered");
    // The wire turns a bare CR into a line end (RFC 5321 2.3.8), so a Bcc field after one is a header field
    // there: the envelope has its recipient, and the field itself must go.
    QTest::newRow("Bcc after a bare CR")
        << QByteArray(
               "From: a@example.org\r\nTo: b@example.org\r\nSubject: x\rBcc: hidden@example.org\r\n\r\n"
               "body\r\n")
        << QByteArray("C: RCPT TO:<b@example.org>\nS: 250 ok\nC: RCPT TO:<hidden@example.org>\nS: 250 ok")
        << QByteArray("From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\n\r\nbody\r\n");
    // Old Mac line ends throughout: the blank line "\r\r" ends the header block.
    QTest::newRow("CR only") << QByteArray(
        "From: a@example.org\rTo: b@example.org\rBcc: c@example.org\r\rbody\r")
                             << QByteArray(
                                    "C: RCPT TO:<b@example.org>\nS: 250 ok\nC: RCPT TO:<c@example.org>\nS: "
                                    "250 ok")
                             << QByteArray("From: a@example.org\r\nTo: b@example.org\r\n\r\nbody\r\n");
    // A folded Bcc continued after a bare CR goes whole.
    QTest::newRow("folded after a bare CR")
        << QByteArray("From: a@example.org\nTo: b@example.org\nBcc: c@example.org,\r d@example.org\nSubject: "
                      "y\n\nbody\n")
        << QByteArray("C: RCPT TO:<b@example.org>\nS: 250 ok\nC: RCPT TO:<c@example.org>\nS: 250 ok\nC: RCPT "
                      "TO:<d@example.org>\nS: 250 ok")
        << QByteArray("From: a@example.org\r\nTo: b@example.org\r\nSubject: y\r\n\r\nbody\r\n");
}

void TestCli::emlBareCrLineEnds()
{
    // What the server receives is what the envelope and the Bcc stripping saw: one notion of a line end.
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, recipients);
    QFETCH(QByteArray, delivered);
    const QString eml = m_home.filePath(QStringLiteral("bare-cr.eml"));
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(message);
    }
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        )"
        + recipients + R"(
        C: DATA
        S: 354 go
        X: data
        S: 250 queued
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    const Run r = sendEml(server.port(), eml);
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(server.receivedMessages().size(), 1);
    QCOMPARE(FakeSmtpServer::decodeDataBody(server.receivedMessages().first()), delivered);
}

void TestCli::emlEightBitAsksForExtensions_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("mailFrom");
    const QByteArray head = "From: a@example.org\r\nTo: b@example.org\r\n";
    QTest::newRow("ascii") << head + "Subject: plain\r\n\r\nbody\r\n"
                           << QByteArray("MAIL FROM:<a@example.org>");
    // An 8-bit byte far past the first read chunk still counts.
    QTest::newRow("8-bit body, late") << head + "Subject: plain\r\n\r\n" + QByteArray(600 * 1024, 'x')
            + "\r\ncaf\xc3\xa9\r\n" << QByteArray("MAIL FROM:<a@example.org> BODY=8BITMIME");
    QTest::newRow("utf-8 header") << head + "Subject: caf\xc3\xa9\r\n\r\nbody\r\n"
                                  << QByteArray("MAIL FROM:<a@example.org> BODY=8BITMIME SMTPUTF8");
    // A bare-LF file: the blank line ends the header block just the same, even when CRLF CRLF comes later.
    QTest::newRow("LF headers, CRLF later")
        << QByteArray("From: a@example.org\nTo: b@example.org\n\nTo: c@example.org\r\n\r\n")
        << QByteArray("MAIL FROM:<a@example.org>");
    QTest::newRow("8-bit body, LF") << QByteArray("From: a@example.org\nTo: b@example.org\n\ncaf\xc3\xa9\n")
                                    << QByteArray("MAIL FROM:<a@example.org> BODY=8BITMIME");
}

void TestCli::emlEightBitAsksForExtensions()
{
    // A prepared message asks for what its bytes need, read from the file: 8BITMIME for 8-bit content,
    // SMTPUTF8 only for 8-bit in the header block.
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, mailFrom);
    const QString eml = m_home.filePath(QStringLiteral("eightbit.eml"));
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(message);
    }
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250-fake
        S: 250-8BITMIME
        S: 250 SMTPUTF8
        C: )"
        + mailFrom + R"(
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 queued
        C: QUIT
        S: 221 bye)")));
    QVERIFY(server.listen());
    const Run r = sendEml(server.port(), eml);
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCli::dryRunOnFullDiskKeepsTheOldFile()
{
    if (geteuid() != 0) {
        QSKIP("mounting a small file system needs root (CI runs as root)");
    }
    const QString dir = m_home.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                 { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=256k"), QStringLiteral("tmpfs"), dir }),
        0);
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), { dir }); });
    const QString out = dir + QStringLiteral("/out.eml");
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous good copy\n");
    old.close();
    const QString big = m_home.filePath(QStringLiteral("big.bin"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(400000, 'z'));
    f.close();
    const Run r = epistle({ QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--output"),
        out, QStringLiteral("--from"), QStringLiteral("a@example.org"), QStringLiteral("--to"),
        QStringLiteral("b@example.org"), QStringLiteral("--body"), QStringLiteral("x"),
        QStringLiteral("--attach"), big });
    QCOMPARE(r.exitCode, 73);
    QVERIFY2(r.err.contains("No space left"), r.err.constData());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous good copy\n"));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("out.eml") });
}

void TestCli::testCommandJson()
{
    const Run r = epistle(QStringList { QStringLiteral("test") } + postfixConnection()
        + QStringList { QStringLiteral("--from"), m_postfix.user(), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData() + r.out);
    const QJsonObject o = r.json();
    QVERIFY(o.value(QStringLiteral("ok")).toBool());
    QStringList steps;
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        steps << v.toObject().value(QStringLiteral("step")).toString();
        QVERIFY(v.toObject().value(QStringLiteral("ok")).toBool());
    }
    QCOMPARE(steps,
        (QStringList { QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("tls"),
            QStringLiteral("greeting"), QStringLiteral("ehlo"), QStringLiteral("auth"),
            QStringLiteral("mail-from"), QStringLiteral("rset"), QStringLiteral("quit") }));
    QVERIFY(o.value(QStringLiteral("diagnosis")).isNull());
}

void TestCli::passwordFileMustBePrivate()
{
    // As msmtp: a password file others may read is refused before anything is sent; a private one and a pipe
    // (--password-file <(pass show x)) are read, first line only.
    const QByteArray plain = QByteArray("\0alice\0s3cret word", 18).toBase64();
    const QByteArray session = R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250-fake
        S: 250 AUTH PLAIN
        C: AUTH PLAIN )"
        + plain + R"(
        S: 235 2.7.0 ok
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 queued
        C: QUIT
        S: 221 bye)";
    FakeSmtpServer server;
    QVERIFY(server.setScripts(
        { FakeSmtpServer::indentedScript(session), FakeSmtpServer::indentedScript(session) }));
    QVERIFY(server.listen());
    const QStringList send { QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--from"),
        QStringLiteral("a@example.org"), QStringLiteral("--to"), QStringLiteral("b@example.org"),
        QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--timeout"), QStringLiteral("10") };
    const QString file = m_home.filePath(QStringLiteral("password"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("s3cret word\r\nsecond line is not the password\n");
    }
    for (const QFileDevice::Permissions open :
        { QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::WriteGroup }) {
        QVERIFY(QFile::setPermissions(file, open));
        const Run refused = epistle(send + QStringList { QStringLiteral("--password-file"), file });
        QCOMPARE(refused.exitCode, 78);
        QVERIFY2(refused.err.contains("chmod 600"), refused.err.constData());
        QCOMPARE(server.connectionCount(), 0);
    }

    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run privateFile = epistle(send + QStringList { QStringLiteral("--password-file"), file });
    QVERIFY2(privateFile.exitCode == 0, privateFile.err.constData());

    // A pipe is no file anyone else can open later: read as it is.
    const Run pipe = run(QStringLiteral("/bin/bash"),
        QStringList { QStringLiteral("-c"),
            QStringLiteral("exec \"$EPISTLE_BINARY\" \"$@\" --password-file <(printf 's3cret word\\n')"),
            QStringLiteral("epistle") }
            + send);
    QVERIFY2(pipe.exitCode == 0, pipe.err.constData());
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    QCOMPARE(server.connectionCount(), 2);
}

void TestCli::failedSendLeavesNothingBehind_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: nothing listens
    QTest::addColumn<bool>("keep"); // --keep-on-failure
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outbox"); // the send's JSON "outbox"
    QTest::addColumn<QStringList>("left"); // the states left in the outbox
    const QByteArray refused = R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 554 5.7.1 Message rejected as spam
        C: QUIT
        S: 221 bye)";
    const QByteArray temporary = R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 451 4.3.0 Try again later
        C: QUIT
        S: 221 bye)";
    const QByteArray lostAfterDot = R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        X: close)";
    const QByteArray partly = R"(
        S: 220 fake
        C: EHLO [127.0.0.1]
        S: 250 fake
        C: MAIL FROM:<a@example.org>
        S: 250 ok
        C: RCPT TO:<b@example.org>
        S: 250 ok
        C: RCPT TO:<c@example.org>
        S: 450 4.2.1 Mailbox busy, try later
        C: DATA
        S: 354 go
        X: data
        S: 250 queued
        C: QUIT
        S: 221 bye)";
    QTest::newRow("refused") << refused << false << 65 << QStringLiteral("removed") << QStringList();
    QTest::newRow("refused, kept") << refused << true << 65 << QStringLiteral("failed")
                                   << QStringList { QStringLiteral("failed") };
    QTest::newRow("temporary") << temporary << false << 75 << QStringLiteral("removed") << QStringList();
    QTest::newRow("temporary, kept") << temporary << true << 75 << QStringLiteral("waiting")
                                     << QStringList { QStringLiteral("waiting") };
    QTest::newRow("no server") << QByteArray() << false << 69 << QStringLiteral("removed") << QStringList();
    QTest::newRow("no server, kept") << QByteArray() << true << 69 << QStringLiteral("waiting")
                                     << QStringList { QStringLiteral("waiting") };
    // Whether it arrived only the person can find out: it always stays.
    QTest::newRow("may have been sent") << lostAfterDot << false << 75 << QStringLiteral("may-have-been-sent")
                                        << QStringList { QStringLiteral("may-have-been-sent") };
    // c@example.org refused for now while b got it: the retry for c is the outbox's, kept only on request.
    QTest::newRow("one recipient refused for now")
        << partly << false << 0 << QStringLiteral("sent") << QStringList();
    QTest::newRow("one recipient refused for now, kept")
        << partly << true << 0 << QStringLiteral("sent") << QStringList { QStringLiteral("waiting") };
}

void TestCli::failedSendLeavesNothingBehind()
{
    // A plain `epistle send` that fails leaves nothing in the outbox (the caller has the message and the exit
    // code); --keep-on-failure keeps it for `epistle outbox flush`; "may have been sent" always stays.
    QFETCH(QByteArray, script);
    QFETCH(bool, keep);
    QFETCH(int, exitCode);
    QFETCH(QString, outbox);
    QFETCH(QStringList, left);
    QTemporaryDir data;
    m_data = data.path();
    const auto restore = qScopeGuard([this] { m_data.clear(); });
    FakeSmtpServer server;
    QVERIFY(server.setScript(FakeSmtpServer::indentedScript(script)));
    QVERIFY(server.listen());
    const quint16 port = server.port();
    if (script.isEmpty()) {
        server.close(); // nothing listens on that port any more
    }
    QStringList args { QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--from"), QStringLiteral("a@example.org"), QStringLiteral("--to"),
        QStringLiteral("b@example.org"), QStringLiteral("--subject"), QStringLiteral("s"),
        QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--json"), QStringLiteral("--timeout"),
        QStringLiteral("10") };
    if (script.contains("c@example.org")) {
        args << QStringLiteral("--cc") << QStringLiteral("c@example.org");
    }
    if (keep) {
        args << QStringLiteral("--keep-on-failure");
    }
    const Run r = epistle(args);
    if (!script.isEmpty()) {
        QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    }
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.json().value(QStringLiteral("outbox")).toString(), outbox);
    if (outbox == QLatin1String("removed")) {
        QVERIFY2(r.err.contains("--keep-on-failure"), r.err.constData());
    }
    const Run list = epistle({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    QStringList states;
    for (const QJsonValue &item : list.json().value(QStringLiteral("outbox")).toArray()) {
        states << item.toObject().value(QStringLiteral("state")).toString();
    }
    QCOMPARE(states, left);
}

void TestCli::progressOnATerminal_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<QString>("option"); // an output option, or none
    QTest::addColumn<bool>("progress"); // whether the progress line must show
    QTest::newRow("terminal") << true << QString() << true;
    QTest::newRow("no terminal") << false << QString() << false;
    QTest::newRow("terminal, --json") << true << QStringLiteral("--json") << false;
    QTest::newRow("terminal, --trace") << true << QStringLiteral("--trace") << false;
}

void TestCli::progressOnATerminal()
{
    // A slow server: the 354 comes after 3 s (so the body starts well after the second the progress waits
    // for), the message is taken at about 3 MB/s through a small window, the reply 1 s after the dot. On a
    // terminal the step and the bytes sent of the total show on one rewritten line; without a terminal, or
    // with --json or --trace, stderr carries none of it.
    QFETCH(bool, terminal);
    QFETCH(QString, option);
    QFETCH(bool, progress);
    const QString attachment = m_home.filePath(QStringLiteral("six-mib.bin"));
    {
        QFile f(attachment);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(6 * 1024 * 1024, 'x'));
    }
    SlowSink server(3000, 32 * 1024, 10, 1000);
    QVERIFY(server.listen());
    QStringList args { QStringLiteral("send"), QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--from"), QStringLiteral("a@example.org"),
        QStringLiteral("--to"), QStringLiteral("b@example.org"), QStringLiteral("--subject"),
        QStringLiteral("slow"), QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--attach"),
        attachment, QStringLiteral("--timeout"), QStringLiteral("60") };
    if (!option.isEmpty()) {
        args << option;
    }
    QByteArray screen;
    const Run r = terminal ? epistleOnTerminal(args, &screen) : epistle(args);
    if (!terminal) {
        screen = r.err;
    }
    QVERIFY2(r.exitCode == 0, screen.constData());
    QVERIFY(server.received() > 8 * 1000 * 1000);
    // The result is on stdout either way, never mixed into the progress.
    QVERIFY2(option == QLatin1String("--json") ? r.json().value(QStringLiteral("ok")).toBool()
                                               : r.out.startsWith("Sent to b@example.org"),
        r.out.constData());
    if (!progress) {
        // (A terminal turns the transcript's LF into CRLF: only the progress's own escape is telling.)
        QVERIFY2(!screen.contains("Sending the message") && !screen.contains("waiting for the server")
                && !screen.contains("\033[") && (terminal || !screen.contains('\r')),
            screen.constData());
        return;
    }
    // Rewritten in place (CR, erase to the end of the line): the step, the bytes of the total growing, the
    // wait for the reply; and the line is gone before the program ends, so the terminal is left clean.
    QVERIFY2(screen.startsWith("\rGiving the sender and the recipients...\033[K"), screen.constData());
    const QRegularExpression bytes(
        QStringLiteral("Sending the message: ([0-9.,]+ (bytes|KiB|MiB)) of [0-9.,]+ MiB \\((\\d+)%\\)"));
    QStringList percents;
    for (QRegularExpressionMatchIterator it = bytes.globalMatch(QString::fromUtf8(screen)); it.hasNext();) {
        percents << it.next().captured(3);
    }
    QVERIFY2(percents.size() >= 2 && percents.first() != percents.last(), screen.constData());
    const qsizetype waiting = screen.indexOf("Sent 8.");
    QVERIFY2(waiting > screen.lastIndexOf("Sending the message:"), screen.constData());
    QVERIFY(screen.indexOf("; waiting for the server to accept the message...", waiting) > waiting);
    QVERIFY2(screen.endsWith("\r\033[K"), screen.right(80).constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
