// Self-test of the test helpers that need no root: TestCertificates, FakeSmtpServer (every
// directive, escapes, TLS and STARTTLS with the test CA) and TestSmtpClient.

#include "fakesmtpserver.h"
#include "testcertificates.h"
#include "testsmtpclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

using Kind = TestCertificates::Kind;

namespace {

// A raw client: exact bytes out, everything that comes back collected, the event loop running
// while it waits (the server lives in the same thread).
class RawClient
{
public:
    explicit RawClient(const QSslConfiguration &tls = TestCertificates().clientConfiguration())
    {
        socket.setSslConfiguration(tls);
        QObject::connect(&socket, &QSslSocket::readyRead, &socket, [this] {
            ++reads;
            received += socket.readAll();
        });
    }
    bool connect(quint16 port)
    {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool waitFor(const QByteArray &bytes, int ms = 5000)
    {
        return QTest::qWaitFor([&] { return received.contains(bytes); }, ms);
    }
    bool waitForClosed(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }

    QSslSocket socket;
    QByteArray received;
    int reads = 0;
};

// Peak resident set size of this process (VmHWM), in KiB.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

} // namespace

class TestFakeSmtpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // TestCertificates
    void certificatesLoad();
    void certificatesVerify_data();
    void certificatesVerify();
    void certificatesMatchIpAddress();

    // Script parsing and escapes
    void escapes();
    void parseErrors_data();
    void parseErrors();
    void decodeDataBody_data();
    void decodeDataBody();

    // Directives
    void exchangeMatches();
    void consecutiveSendLinesGoInOneWrite();
    void mismatchIsReportedAndCloses();
    void bareLineFeedIsAMismatch();
    void regexLines();
    void rawBytesAndWait();
    void slowSendsOneByteAtATime();
    void dataAndDecoding();
    void emptyDataBody();
    void bdatChunks();
    void expectClose();
    void expectCloseRefusesMoreBytes();
    void expectQuiet();
    void expectQuietCatchesEagerClient();
    void serverCloseAndAbort();
    void silentKeepsConnectionOpen();
    void bytesAfterScriptEndAreAnError();
    void clientClosingEarlyIsAnError();
    void floodIsBoundedAndComplete();
    void floodEndsWhenClientCloses();
    void successiveConnectionsPlaySuccessiveScripts();
    void scriptFromFile();
    void timeoutReportsWhereItStopped();

    // TLS
    void startTls();
    void startTlsInjectionIsCaught();
    void implicitTls();
    void expectTlsFailure_data();
    void expectTlsFailure();
    void expectTlsFailureWhenClientAccepts();

    // TestSmtpClient against the fake server
    void testSmtpClientSendMail();

private:
    TestCertificates m_certs;
};

void TestFakeSmtpServer::initTestCase()
{
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
    QVERIFY(QSslSocket::supportsSsl());
}

void TestFakeSmtpServer::certificatesLoad()
{
    QVERIFY(!m_certs.caCertificate().isNull());
    QVERIFY(!m_certs.unknownCaCertificate().isNull());
    QSet<QByteArray> fingerprints;
    for (Kind kind : TestCertificates::allKinds()) {
        QVERIFY2(!m_certs.certificate(kind).isNull(), qPrintable(TestCertificates::baseName(kind)));
        QVERIFY(!m_certs.privateKey(kind).isNull());
        QCOMPARE(m_certs.sha256Fingerprint(kind).size(), 32);
        fingerprints.insert(m_certs.sha256Fingerprint(kind));
    }
    QCOMPARE(fingerprints.size(), TestCertificates::allKinds().size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_certs.certificate(Kind::Expired).expiryDate() < now);
    QVERIFY(m_certs.certificate(Kind::NotYetValid).effectiveDate() > now);
    QVERIFY(m_certs.certificate(Kind::SelfSigned).isSelfSigned());
    QCOMPARE(m_certs.certificate(Kind::Server).issuerInfo(QSslCertificate::CommonName),
        m_certs.caCertificate().subjectInfo(QSslCertificate::CommonName));
    QCOMPARE(m_certs.certificate(Kind::UnknownCa).issuerInfo(QSslCertificate::CommonName),
        m_certs.unknownCaCertificate().subjectInfo(QSslCertificate::CommonName));
    const auto names = m_certs.certificate(Kind::OtherName).subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList { QStringLiteral("mail.other.example") });
    QVERIFY(QFile::exists(m_certs.caFile()));
    // A second instance in the same process reads the same files.
    QCOMPARE(TestCertificates().sha256Fingerprint(Kind::Server), m_certs.sha256Fingerprint(Kind::Server));
}

void TestFakeSmtpServer::certificatesVerify_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QList<QSslError::SslError>>("expectedErrors");
    QTest::newRow("server") << Kind::Server << QList<QSslError::SslError>();
    QTest::newRow("other-name") << Kind::OtherName
                                << QList<QSslError::SslError> { QSslError::HostNameMismatch };
    QTest::newRow("expired") << Kind::Expired << QList<QSslError::SslError> { QSslError::CertificateExpired };
    QTest::newRow("not-yet-valid") << Kind::NotYetValid
                                   << QList<QSslError::SslError> { QSslError::CertificateNotYetValid };
    QTest::newRow("self-signed") << Kind::SelfSigned
                                 << QList<QSslError::SslError> { QSslError::SelfSignedCertificate };
    QTest::newRow("unknown-ca") << Kind::UnknownCa
                                << QList<QSslError::SslError> { QSslError::UnableToGetLocalIssuerCertificate,
                                       QSslError::CertificateUntrusted,
                                       QSslError::UnableToVerifyFirstCertificate };
}

// Each kind fails a verified handshake for its own reason only.
void TestFakeSmtpServer::certificatesVerify()
{
    QFETCH(Kind, kind);
    QFETCH(QList<QSslError::SslError>, expectedErrors);

    FakeSmtpServer server;
    server.setCertificate(kind);
    QVERIFY(server.setScript(expectedErrors.isEmpty()
            ? QList<QByteArray> { "S: 220 localhost ESMTP", "C: QUIT", "S: 221 bye", "X: close" }
            : QList<QByteArray> { "X: expect-tls-failure" }));
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));

    TestSmtpClient client(5000);
    client.setTlsConfiguration(m_certs.clientConfiguration());
    const bool connected = client.connectToHostEncrypted(
        QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("localhost"));
    QSet<QSslError::SslError> seen;
    for (const QSslError &error : client.sslErrors()) {
        seen.insert(error.error());
    }
    if (expectedErrors.isEmpty()) {
        QVERIFY2(connected, qPrintable(client.errorString()));
        QVERIFY(seen.isEmpty());
        QVERIFY(client.quit());
    } else {
        QVERIFY(!connected);
        QVERIFY2(seen.contains(expectedErrors.first()),
            qPrintable(QStringLiteral("got: %1").arg(client.errorString())));
        for (QSslError::SslError error : std::as_const(seen)) {
            QVERIFY2(
                expectedErrors.contains(error), qPrintable(QStringLiteral("unexpected error %1").arg(error)));
        }
    }
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

// server.pem carries IP:127.0.0.1 and IP:::1, so a client that connects by address and
// verifies the address (no host name) succeeds too.
void TestFakeSmtpServer::certificatesMatchIpAddress()
{
    const QList<QHostAddress> addresses { QHostAddress(QHostAddress::LocalHost),
        QHostAddress(QHostAddress::LocalHostIPv6) };
    for (const QHostAddress &address : addresses) {
        FakeSmtpServer server;
        QVERIFY(server.setScript({ "S: 220 hi", "C: QUIT", "S: 221 bye" }));
        if (!server.listen(FakeSmtpServer::Mode::ImplicitTls, address)) {
            if (address.protocol() == QAbstractSocket::IPv6Protocol) {
                qWarning("no IPv6 loopback here; ::1 not checked");
                continue;
            }
            QFAIL(qPrintable(server.report()));
        }
        TestSmtpClient client(5000);
        client.setTlsConfiguration(m_certs.clientConfiguration());
        QVERIFY2(client.connectToHostEncrypted(address.toString(), server.port()),
            qPrintable(client.errorString()));
        QVERIFY(client.quit());
        QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    }
}

void TestFakeSmtpServer::escapes()
{
    QByteArray bytes;
    QString error;
    QVERIFY(FakeSmtpServer::unescape("a\\r\\n\\t\\\\\\x00\\xff\\x41", &bytes, &error));
    QCOMPARE(bytes,
        QByteArray("a\r\n\t\\\0\xff"
                   "A",
            8));
    QCOMPARE(FakeSmtpServer::escape(bytes), QByteArray("a\\r\\n\\t\\\\\\x00\\xffA"));
    QVERIFY(!FakeSmtpServer::unescape("\\q", &bytes, &error));
    QVERIFY(error.contains(QStringLiteral("\\q")));
    QVERIFY(!FakeSmtpServer::unescape("\\x4", &bytes, &error));
    QVERIFY(!FakeSmtpServer::unescape("end\\", &bytes, &error));
}

void TestFakeSmtpServer::parseErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown prefix") << QByteArray("Q: hello") << QStringLiteral("not a directive");
    QTest::newRow("unknown X") << QByteArray("X: dance") << QStringLiteral("unknown X: directive");
    QTest::newRow("bad number") << QByteArray("X: wait soon") << QStringLiteral("expected a number");
    QTest::newRow("negative") << QByteArray("X: bdat -1") << QStringLiteral("expected a number");
    QTest::newRow("bad escape") << QByteArray("S: 250 \\z") << QStringLiteral("unknown escape");
    QTest::newRow("bad regex") << QByteArray("C~: (unclosed") << QStringLiteral("invalid regular expression");
    QTest::newRow("argument") << QByteArray("X: close now") << QStringLiteral("takes no argument");
}

void TestFakeSmtpServer::parseErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    FakeSmtpServer server;
    QVERIFY(!server.setScript({ "# comment", "", "S: 220 ok", line }));
    QCOMPARE(server.errors().size(), 1);
    QVERIFY2(
        server.errors().first().startsWith(QStringLiteral("line 4: ")), qPrintable(server.errors().first()));
    QVERIFY2(server.errors().first().contains(message), qPrintable(server.errors().first()));
    QCOMPARE(server.scriptCount(), 0);
}

void TestFakeSmtpServer::decodeDataBody_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray(".\r\n") << QByteArray();
    QTest::newRow("one line") << QByteArray("Hi\r\n.\r\n") << QByteArray("Hi\r\n");
    QTest::newRow("stuffed") << QByteArray("..\r\n..x\r\na.b\r\n.\r\n") << QByteArray(".\r\n.x\r\na.b\r\n");
    QTest::newRow("first line stuffed") << QByteArray("...\r\n.\r\n") << QByteArray("..\r\n");
    QTest::newRow("bare LF is not a line start") << QByteArray("a\n.b\r\n.\r\n") << QByteArray("a\n.b\r\n");
}

void TestFakeSmtpServer::decodeDataBody()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, message);
    QCOMPARE(FakeSmtpServer::decodeDataBody(raw), message);
}

void TestFakeSmtpServer::exchangeMatches()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(
        { "S: 220 fake ESMTP", "C: EHLO client", "S: 250 fake", "C: QUIT", "S: 221 bye", "X: close" }));
    QVERIFY(server.listen());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
    QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
    QSignalSpy all(&server, &FakeSmtpServer::allScriptsFinished);

    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 fake ESMTP\r\n"));
    client.send("EHLO client\r\n");
    QVERIFY(client.waitFor("250 fake\r\n"));
    client.send("QUIT\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(client.received, QByteArray("220 fake ESMTP\r\n250 fake\r\n221 bye\r\n"));
    QCOMPARE(server.receivedBytes(), QByteArray("EHLO client\r\nQUIT\r\n"));
    QCOMPARE(server.receivedBytes(0), server.receivedBytes());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(all.size(), 1);
    QCOMPARE(server.connectionCount(), 1);
}

void TestFakeSmtpServer::consecutiveSendLinesGoInOneWrite()
{
    FakeSmtpServer server;
    // Two groups separated by a wait: two segments; each group in one.
    QVERIFY(server.setScript({ "S: 250-first", "# a comment does not split a group", "S: 250-second",
        "S: 250 third", "X: wait 100", "S: 220 later", "X: close" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("250 third\r\n"));
    QCOMPARE(client.reads, 1);
    QCOMPARE(client.received, QByteArray("250-first\r\n250-second\r\n250 third\r\n"));
    QVERIFY(client.waitFor("220 later\r\n"));
    QCOMPARE(client.reads, 2);
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

void TestFakeSmtpServer::mismatchIsReportedAndCloses()
{
    FakeSmtpServer server;
    QSignalSpy errorSpy(&server, &FakeSmtpServer::errorOccurred);
    QVERIFY(server.setScript({ "S: 220 fake", "C: EHLO expected", "S: 250 never sent" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 fake\r\n"));
    client.send("EHLO actual\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(),
        QStringList { QStringLiteral("line 2: expected 'EHLO expected\\r\\n', got 'EHLO actual\\r\\n'") });
    QCOMPARE(errorSpy.size(), 1);
    QVERIFY(!client.received.contains("never sent"));
    QVERIFY(server.report().contains(QStringLiteral("failed")));
}

void TestFakeSmtpServer::bareLineFeedIsAMismatch()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 fake", "C: NOOP", "S: 250 ok" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    client.send("NOOP\n");
    QVERIFY(client.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(), QStringList { QStringLiteral("line 2: expected 'NOOP\\r\\n', got 'NOOP\\n'") });
}

void TestFakeSmtpServer::regexLines()
{
    FakeSmtpServer server;
    QVERIFY(server.setScripts(
        { { "S: 220 fake", "C~: AUTH SCRAM-SHA-256 [A-Za-z0-9+/]+=*", "S: 235 ok", "X: close" },
            { "S: 220 fake", "C~: MAIL FROM:<[^>]*>", "S: 250 ok" } }));
    QVERIFY(server.listen());
    RawClient first;
    QVERIFY(first.connect(server.port()));
    first.send("AUTH SCRAM-SHA-256 biwsbj1hbGljZSxyPWFiYw==\r\n");
    QVERIFY(first.waitFor("235 ok\r\n"));
    QVERIFY(first.waitForClosed());
    RawClient second;
    QVERIFY(second.connect(server.port()));
    second.send("MAIL FROM:<a@b> SIZE=10\r\n"); // the whole line must match
    QVERIFY(second.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors().size(), 1);
    QVERIFY2(
        server.errors().first().startsWith(QStringLiteral("connection 2, line 2: expected a line matching")),
        qPrintable(server.errors().first()));
}

void TestFakeSmtpServer::rawBytesAndWait()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(
        { "R: 250-partial", "X: wait 150", "R: \\r\\n250 done\\n", "S: \\x00\\ttab", "X: close" }));
    QVERIFY(server.listen());
    RawClient client;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("250-partial"));
    QCOMPARE(client.received, QByteArray("250-partial"));
    QVERIFY(client.waitForClosed());
    QVERIFY(timer.elapsed() >= 140);
    QCOMPARE(client.received, QByteArray("250-partial\r\n250 done\n\0\ttab\r\n", 29));
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

void TestFakeSmtpServer::slowSendsOneByteAtATime()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "X: slow 20", "S: 220 slow", "X: slow 0", "S: 250 fast", "X: close" }));
    QVERIFY(server.listen());
    RawClient client;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 slow\r\n"));
    const qint64 elapsed = timer.elapsed();
    const int slowReads = client.reads;
    QVERIFY(client.waitForClosed());
    QCOMPARE(client.received, QByteArray("220 slow\r\n250 fast\r\n"));
    // One read per byte, unless a busy machine lets two 20 ms ticks pass between reads.
    QVERIFY2(slowReads >= 5, qPrintable(QString::number(slowReads)));
    QVERIFY2(elapsed >= 9 * 20 - 10, qPrintable(QString::number(elapsed)));
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

void TestFakeSmtpServer::dataAndDecoding()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 fake", "C: DATA", "S: 354 go", "X: data", "S: 250 queued", "C: QUIT",
        "S: 221 bye", "X: close" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 fake\r\n"));
    client.send("DATA\r\n");
    QVERIFY(client.waitFor("354 go\r\n"));
    // Sent in pieces, with the terminator split across writes.
    client.send("Subject: x\r\n\r\n..leading dot\r\nlast line\r");
    QTest::qWait(50);
    client.send("\n.");
    QTest::qWait(50);
    client.send("\r\nQUIT\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(server.receivedMessages(),
        QList<QByteArray> { "Subject: x\r\n\r\n..leading dot\r\nlast line\r\n.\r\n" });
    QCOMPARE(FakeSmtpServer::decodeDataBody(server.receivedMessages().first()),
        QByteArray("Subject: x\r\n\r\n.leading dot\r\nlast line\r\n"));
    QCOMPARE(client.received, QByteArray("220 fake\r\n354 go\r\n250 queued\r\n221 bye\r\n"));
}

void TestFakeSmtpServer::emptyDataBody()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "C: DATA", "S: 354 go", "X: data", "S: 250 ok", "X: close" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    client.send("DATA\r\n");
    QVERIFY(client.waitFor("354 go\r\n"));
    client.send(".\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(server.receivedMessages(), QList<QByteArray> { ".\r\n" });
    QCOMPARE(FakeSmtpServer::decodeDataBody(".\r\n"), QByteArray());
}

void TestFakeSmtpServer::bdatChunks()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "C: BDAT 5", "X: bdat 5", "S: 250 5 octets", "C: BDAT 3 LAST", "X: bdat 3",
        "X: bdat-end", "S: 250 done", "X: close" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    // BDAT data is binary: CR, LF and dots are not special.
    client.send(QByteArray("BDAT 5\r\n.\r\n\0x", 13));
    QVERIFY(client.waitFor("250 5 octets\r\n"));
    client.send("BDAT 3 LAST\r\nabc");
    QVERIFY(client.waitForClosed());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(server.receivedMessages(), QList<QByteArray> { QByteArray(".\r\n\0xabc", 8) });
}

void TestFakeSmtpServer::expectClose()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 421 go away", "X: expect-close" }));
    QVERIFY(server.listen());
    QSignalSpy disconnected(&server, &FakeSmtpServer::clientDisconnected);
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("421 go away\r\n"));
    QTest::qWait(50);
    QVERIFY(!server.isDone()); // still waiting for the client to leave
    client.socket.disconnectFromHost();
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QVERIFY(QTest::qWaitFor([&] { return disconnected.size() == 1; }, 2000));
}

void TestFakeSmtpServer::expectCloseRefusesMoreBytes()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 221 bye", "X: expect-close" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("221 bye\r\n"));
    client.send("NOOP\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(),
        QStringList {
            QStringLiteral("line 2: expected the client to close the connection, got 'NOOP\\r\\n'") });
}

void TestFakeSmtpServer::expectQuiet()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "X: expect-quiet 100", "S: 220 now", "C: QUIT", "S: 221 bye", "X: close" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 now\r\n"));
    client.send("QUIT\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

void TestFakeSmtpServer::expectQuietCatchesEagerClient()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "X: expect-quiet 300", "S: 220 now" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    client.send("EHLO early\r\n"); // before the greeting: RFC 5321 3.1
    QVERIFY(client.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(),
        QStringList {
            QStringLiteral("line 1: the client sent 'EHLO early\\r\\n' while it should have been waiting") });
    QVERIFY(!client.received.contains("220"));
}

void TestFakeSmtpServer::serverCloseAndAbort()
{
    FakeSmtpServer server;
    QVERIFY(server.setScripts({ { "S: 221 closing", "X: close", "S: never" }, { "S: 220 x", "X: abort" } }));
    QVERIFY(server.listen());
    RawClient first;
    QVERIFY(first.connect(server.port()));
    QVERIFY(first.waitForClosed());
    QCOMPARE(first.received, QByteArray("221 closing\r\n"));
    RawClient second;
    QVERIFY(second.connect(server.port()));
    QVERIFY(second.waitForClosed());
    // A script that closes is finished; what follows X: close is never played.
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

void TestFakeSmtpServer::silentKeepsConnectionOpen()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 hello", "X: silent" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 hello\r\n"));
    QVERIFY2(server.waitForDone(), qPrintable(server.report())); // silent counts as done
    client.send("EHLO anyone\r\n");
    QTest::qWait(200);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(client.received, QByteArray("220 hello\r\n"));
    QVERIFY(server.errors().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return server.receivedBytes() == "EHLO anyone\r\n"; }, 2000));
}

void TestFakeSmtpServer::bytesAfterScriptEndAreAnError()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 hello", "C: QUIT", "S: 221 bye" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    client.send("QUIT\r\nNOOP\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(),
        QStringList { QStringLiteral("after the end of the script the client sent 'NOOP\\r\\n'") });
}

void TestFakeSmtpServer::clientClosingEarlyIsAnError()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 hello", "C: EHLO x", "S: 250 ok" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 hello\r\n"));
    client.send("EHL");
    QTest::qWait(50);
    client.socket.disconnectFromHost();
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(),
        QStringList {
            QStringLiteral("line 2: expected 'EHLO x\\r\\n', but the client closed the connection after "
                           "sending 'EHL'") });
}

void TestFakeSmtpServer::floodIsBoundedAndComplete()
{
    const qint64 total = 20 * 1024 * 1024;
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 flood follows", "X: flood 20971520 250-0123456789abcdef",
        "S: 250 end of flood", "X: close" }));
    QVERIFY(server.listen());
    // Count as we go: holding 20 MB in the test client is what the flood is meant to catch.
    QSslSocket socket;
    qint64 bytes = 0;
    QByteArray tail;
    connect(&socket, &QSslSocket::readyRead, &socket, [&] {
        const QByteArray chunk = socket.readAll();
        bytes += chunk.size();
        tail = (tail + chunk).right(64);
    });
    const qint64 peakBefore = peakResidentKiB();
    socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 60000));
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    // The server refills from a 64 KiB pattern as the socket drains; had it queued the whole
    // flood, this process's peak would have grown by 20 MB.
    // (Not under AddressSanitizer, whose quarantine keeps freed chunks resident.)
    const qint64 growth = peakResidentKiB() - peakBefore;
#if !defined(__SANITIZE_ADDRESS__)
    QVERIFY2(growth < 8 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(growth)));
#else
    Q_UNUSED(growth);
#endif
    const qint64 lineSize = qint64(sizeof("250-0123456789abcdef\r\n") - 1);
    const qint64 floodBytes = (total + lineSize - 1) / lineSize * lineSize; // whole lines, at least total
    QCOMPARE(bytes,
        qint64(sizeof("220 flood follows\r\n") - 1) + floodBytes
            + qint64(sizeof("250 end of flood\r\n") - 1));
    QVERIFY(tail.endsWith("250-0123456789abcdef\r\n250 end of flood\r\n"));
}

void TestFakeSmtpServer::floodEndsWhenClientCloses()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 x", "X: flood 1000000000 250-too long", "X: expect-close" }));
    QVERIFY(server.listen());
    QSslSocket socket;
    qint64 bytes = 0;
    connect(&socket, &QSslSocket::readyRead, &socket, [&] {
        bytes += socket.readAll().size();
        if (bytes > 1024 * 1024) {
            socket.abort(); // a client with a reply limit gives up
        }
    });
    socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY2(server.waitForDone(20000), qPrintable(server.report()));
    QVERIFY(bytes > 1024 * 1024);
}

void TestFakeSmtpServer::successiveConnectionsPlaySuccessiveScripts()
{
    FakeSmtpServer server;
    QVERIFY(server.setScripts(
        { { "S: 421 busy", "X: close" }, { "S: 220 ready", "C: QUIT", "S: 221 bye", "X: close" } }));
    QCOMPARE(server.scriptCount(), 2);
    QVERIFY(server.listen());
    RawClient first;
    QVERIFY(first.connect(server.port()));
    QVERIFY(first.waitForClosed());
    QVERIFY(!server.isDone());
    RawClient second;
    QVERIFY(second.connect(server.port()));
    QVERIFY(second.waitFor("220 ready\r\n"));
    second.send("QUIT\r\n");
    QVERIFY(second.waitForClosed());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(first.received, QByteArray("421 busy\r\n"));
    QCOMPARE(server.receivedBytes(1), QByteArray("QUIT\r\n"));
    RawClient third;
    QVERIFY(third.connect(server.port()));
    QVERIFY(third.waitForClosed());
    QCOMPARE(server.errors(),
        QStringList { QStringLiteral("unexpected connection #3: there are only 2 scripts") });
    QCOMPARE(server.connectionCount(), 3);
}

void TestFakeSmtpServer::scriptFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("greeting.script")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // CRLF file line ends are the file's, not the script's.
    file.write("# A long scenario lives in a file.\r\nS: 220 from a file\r\n\r\nC: NOOP\r\nS: 250 ok\r\nX: "
               "close\r\n");
    file.close();
    FakeSmtpServer server;
    QVERIFY(server.loadScriptFile(file.fileName()));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 from a file\r\n"));
    client.send("NOPE\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(),
        QStringList { QStringLiteral("greeting.script, line 4: expected 'NOOP\\r\\n', got 'NOPE\\r\\n'") });
    QVERIFY(!server.loadScriptFile(dir.filePath(QStringLiteral("missing.script"))));
}

void TestFakeSmtpServer::timeoutReportsWhereItStopped()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 hi", "C: EHLO x", "S: 250 ok" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    client.send("EHLO"); // never finished
    QVERIFY(!server.waitForDone(300));
    QVERIFY(server.errors().isEmpty());
    const QString report = server.report();
    QVERIFY2(report.contains(QStringLiteral("waiting at line 2 (C: EHLO x)")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("unread from the client: 'EHLO'")), qPrintable(report));
}

void TestFakeSmtpServer::startTls()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript({ "S: 220 localhost ESMTP", "C: EHLO client.epistle.test", "S: 250-localhost",
        "S: 250 STARTTLS", "C: STARTTLS", "S: 220 go ahead", "X: starttls", "C: EHLO client.epistle.test",
        "S: 250 localhost", "C: QUIT", "S: 221 bye", "X: close" }));
    QVERIFY(server.listen());
    TestSmtpClient client(5000);
    client.setTlsConfiguration(m_certs.clientConfiguration());
    QVERIFY2(
        client.connectToHost(QStringLiteral("localhost"), server.port()), qPrintable(client.errorString()));
    QCOMPARE(client.ehlo(), QList<QByteArray> { "STARTTLS" });
    QVERIFY2(client.startTls(), qPrintable(client.errorString() + QLatin1Char('\n') + server.report()));
    QVERIFY(client.isEncrypted());
    QVERIFY(client.sslErrors().isEmpty());
    QCOMPARE(client.socket()->peerCertificate(), m_certs.certificate(Kind::Server));
    QVERIFY(client.ehlo().isEmpty());
    QVERIFY(client.quit());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(server.receivedBytes(),
        QByteArray("EHLO client.epistle.test\r\nSTARTTLS\r\nEHLO client.epistle.test\r\nQUIT\r\n"));
}

// A client that pipelines a command behind STARTTLS would have it read as plaintext
// (CVE-2011-0411 and kin); the server must flag it.
void TestFakeSmtpServer::startTlsInjectionIsCaught()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(
        { "S: 220 x", "C: STARTTLS", "S: 220 go ahead", "X: starttls", "C: NOOP", "S: 250 ok" }));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connect(server.port()));
    QVERIFY(client.waitFor("220 x\r\n"));
    client.send("STARTTLS\r\nNOOP\r\n");
    QVERIFY(client.waitForClosed());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors().size(), 1);
    QVERIFY2(server.errors().first().startsWith(QStringLiteral(
                 "line 4: the client sent 'NOOP\\r\\n' after STARTTLS, before the TLS handshake")),
        qPrintable(server.errors().first()));
}

void TestFakeSmtpServer::implicitTls()
{
    FakeSmtpServer server;
    QVERIFY(server.setScript(
        { "S: 220 localhost ESMTP", "C: EHLO client.epistle.test", "S: 250-localhost", "S: 250 AUTH PLAIN",
            "C: AUTH PLAIN AGFsaWNlAHNlY3JldA==", "S: 235 2.7.0 ok", "C: QUIT", "S: 221 bye", "X: close" }));
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    QCOMPARE(server.mode(), FakeSmtpServer::Mode::ImplicitTls);
    TestSmtpClient client(5000);
    client.setTlsConfiguration(m_certs.clientConfiguration());
    QVERIFY2(client.connectToHostEncrypted(QStringLiteral("localhost"), server.port()),
        qPrintable(client.errorString()));
    client.ehlo();
    QVERIFY(client.hasExtension("auth"));
    QVERIFY(client.authPlain(QStringLiteral("alice"), QStringLiteral("secret")));
    QVERIFY(client.quit());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

void TestFakeSmtpServer::expectTlsFailure_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("startTls");
    QTest::newRow("implicit, expired") << Kind::Expired << false;
    QTest::newRow("implicit, self-signed") << Kind::SelfSigned << false;
    QTest::newRow("starttls, other name") << Kind::OtherName << true;
    QTest::newRow("starttls, unknown CA") << Kind::UnknownCa << true;
}

// The client refuses the certificate; the script expected exactly that.
void TestFakeSmtpServer::expectTlsFailure()
{
    QFETCH(Kind, kind);
    QFETCH(bool, startTls);
    FakeSmtpServer server;
    server.setCertificate(kind);
    QVERIFY(server.setScript(startTls ? QList<QByteArray> { "S: 220 x", "C: STARTTLS", "S: 220 go ahead",
                                 "X: starttls", "X: expect-tls-failure" }
                                      : QList<QByteArray> { "X: expect-tls-failure" }));
    QVERIFY(server.listen(startTls ? FakeSmtpServer::Mode::Plain : FakeSmtpServer::Mode::ImplicitTls));
    TestSmtpClient client(5000);
    client.setTlsConfiguration(m_certs.clientConfiguration());
    if (startTls) {
        QVERIFY(client.connectToHost(QStringLiteral("localhost"), server.port()));
        QVERIFY(!client.startTls());
    } else {
        QVERIFY(!client.connectToHostEncrypted(QStringLiteral("localhost"), server.port()));
    }
    QVERIFY(!client.sslErrors().isEmpty());
    client.abort();
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
}

void TestFakeSmtpServer::expectTlsFailureWhenClientAccepts()
{
    FakeSmtpServer server;
    server.setCertificate(Kind::Server);
    QVERIFY(server.setScript({ "X: expect-tls-failure" }));
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    TestSmtpClient client(2000);
    client.setTlsConfiguration(m_certs.clientConfiguration());
    client.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QVERIFY(!server.waitForDone());
    QCOMPARE(server.errors(),
        QStringList {
            QStringLiteral("line 1: the TLS handshake succeeded, but the script expected the client to "
                           "refuse the certificate") });
}

void TestFakeSmtpServer::testSmtpClientSendMail()
{
    FakeSmtpServer server;
    QVERIFY(server.setScriptText(R"(
S: 220 fake ESMTP
C: EHLO client.epistle.test
S: 250-fake
S: 250 8BITMIME
C: MAIL FROM:<a@example.test>
S: 250 ok
C: RCPT TO:<b@example.test>
S: 250 ok
C: DATA
S: 354 go
X: data
S: 250 queued
C: QUIT
S: 221 bye
X: close
)"));
    QVERIFY(server.listen());
    TestSmtpClient client(5000);
    QVERIFY(client.connectToHost(QStringLiteral("127.0.0.1"), server.port()));
    client.ehlo();
    const QByteArray message = "Subject: dots\r\n\r\n.one\r\n..two\r\nend";
    QVERIFY(client.sendMail("a@example.test", { "b@example.test" }, message));
    QVERIFY(client.quit());
    QVERIFY2(server.waitForDone(), qPrintable(server.report()));
    QCOMPARE(server.receivedMessages().size(), 1);
    QCOMPARE(server.receivedMessages().first(),
        QByteArray("Subject: dots\r\n\r\n..one\r\n...two\r\nend\r\n.\r\n"));
    QCOMPARE(FakeSmtpServer::decodeDataBody(server.receivedMessages().first()), message + "\r\n");
}

QTEST_GUILESS_MAIN(TestFakeSmtpServer)
#include "tst_fakesmtpserver.moc"
