// Self-test of the real test servers: the private Postfix + Dovecot instance and aiosmtpd.
// One Postfix instance serves the whole process, as the integration suites should use it.

#include "aiosmtpdserver.h"
#include "postfixserver.h"
#include "testaccounts.h"
#include "testcertificates.h"
#include "testpaths.h"
#include "testsmtpclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {

// Exact bytes that stress faithful delivery: a Bcc (kept: message_drop_headers is empty), no
// Date or Message-ID (not added), lines starting with dots, trailing spaces, a 3000-octet
// line (over Postfix's 2048 line_length_limit), UTF-8 in the body, empty lines at the end.
QByteArray edgeCaseMessage(const QByteArray &subject)
{
    return "From: Alice <alice@example.test>\r\n"
           "To: Bob <bob@example.test>\r\n"
           "Bcc: hidden@example.test\r\n"
           "Subject: "
        + subject
        + "\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n"
          "\r\n"
          ".leading dot\r\n"
          "..two dots\r\n"
          ".\r\n"
          "trailing spaces   \r\n"
        + QByteArray(3000, 'x') + "\r\n" + QStringLiteral("Grüße, ☂\r\n").toUtf8() + "\r\n\r\n";
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

bool portRefuses(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    (void)QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        3000);
    return socket.state() == QAbstractSocket::UnconnectedState;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

} // namespace

class TestServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    // Postfix + Dovecot
    void postfixAdvertises();
    void submissionStartTlsAuthPlain();
    void submissionsImplicitTlsUnicodePassword();
    void submissionRequiresTlsAndAuth();
    void plainPortTakesLoopbackMail();
    void deliveryIsFaithful();
    void everySaslMechanism_data();
    void everySaslMechanism();
    void wrongPasswordIsRefusedQuickly();
    void sizeLimit();
    void chunking();
    void bareLineFeedIsRejected();
    void dsnSuccessNotificationIsDelivered();
    void stripAddedHeaders();
    void stopLeavesNothingBehind();
    void killedTestProcessIsCleanedUp();

    // aiosmtpd
    void aiosmtpdStartTlsAuth();
    void aiosmtpdImplicitTls();
    void aiosmtpdRequireStartTls();
    void aiosmtpdSmtpUtf8();
    void aiosmtpdRefusesLongLines();

private:
    TestSmtpClient *submissionClient(bool authenticate);

    PostfixServer m_postfix;
    TestCertificates m_certs;
    std::unique_ptr<TestSmtpClient> m_client;
};

void TestServers::initTestCase()
{
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
    const QString reason = PostfixServer::unavailableReason();
    if (!reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    QVERIFY2(m_postfix.start(), qPrintable(m_postfix.errorString()));
    qInfo("Postfix + Dovecot started in %lld ms (ports: plain %d, submission %d, submissions %d)",
        m_postfix.startMilliseconds(), m_postfix.plainPort(), m_postfix.submissionPort(),
        m_postfix.submissionsPort());
}

void TestServers::cleanupTestCase()
{
    m_client.reset();
    m_postfix.stop();
    qInfo("Postfix + Dovecot stopped in %lld ms", m_postfix.stopMilliseconds());
}

void TestServers::init()
{
    m_client.reset();
    if (m_postfix.isRunning()) {
        m_postfix.clearDeliveries();
    }
}

TestSmtpClient *TestServers::submissionClient(bool authenticate)
{
    m_client = std::make_unique<TestSmtpClient>();
    m_client->setTlsConfiguration(m_postfix.clientTlsConfiguration());
    if (!m_client->connectToHost(m_postfix.host(), m_postfix.submissionPort())) {
        return nullptr;
    }
    m_client->ehlo();
    if (!m_client->startTls(m_postfix.tlsPeerName())) {
        return nullptr;
    }
    m_client->ehlo();
    if (authenticate && !m_client->authPlain(m_postfix.user(), m_postfix.password())) {
        return nullptr;
    }
    return m_client.get();
}

void TestServers::postfixAdvertises()
{
    const QList<QByteArray> common { "PIPELINING", "SIZE 10240000", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN",
        "SMTPUTF8", "CHUNKING" };
    const QByteArray auth = "AUTH PLAIN LOGIN CRAM-MD5 DIGEST-MD5 SCRAM-SHA-1 SCRAM-SHA-256";

    TestSmtpClient plain;
    plain.setTlsConfiguration(m_postfix.clientTlsConfiguration());
    QVERIFY2(plain.connectToHost(m_postfix.host(), m_postfix.plainPort()), qPrintable(plain.errorString()));
    QVERIFY(plain.greeting().lines.first().startsWith("220 mail.epistle.test ESMTP"));
    QList<QByteArray> extensions = plain.ehlo();
    qInfo() << "plain port, before TLS:" << extensions;
    for (const QByteArray &keyword : common) {
        QVERIFY2(extensions.contains(keyword), keyword.constData());
    }
    QVERIFY(extensions.contains("STARTTLS"));
    QVERIFY(extensions.contains(auth)); // loopback: AUTH without TLS is allowed here
    QVERIFY(plain.quit());

    TestSmtpClient submission;
    submission.setTlsConfiguration(m_postfix.clientTlsConfiguration());
    QVERIFY(submission.connectToHost(m_postfix.host(), m_postfix.submissionPort()));
    extensions = submission.ehlo();
    qInfo() << "submission, before TLS:" << extensions;
    QVERIFY(extensions.contains("STARTTLS"));
    QVERIFY(!submission.hasExtension("AUTH"));
    QVERIFY2(submission.startTls(m_postfix.tlsPeerName()), qPrintable(submission.errorString()));
    extensions = submission.ehlo();
    qInfo() << "submission, after STARTTLS:" << extensions;
    QVERIFY(extensions.contains(auth));
    QVERIFY(!extensions.contains("STARTTLS"));
    QVERIFY(submission.quit());

    TestSmtpClient submissions;
    submissions.setTlsConfiguration(m_postfix.clientTlsConfiguration());
    QVERIFY2(submissions.connectToHostEncrypted(
                 m_postfix.host(), m_postfix.submissionsPort(), m_postfix.tlsPeerName()),
        qPrintable(submissions.errorString()));
    extensions = submissions.ehlo();
    qInfo() << "submissions (implicit TLS):" << extensions;
    QVERIFY(extensions.contains(auth));
    for (const QByteArray &keyword : common) {
        QVERIFY2(extensions.contains(keyword), keyword.constData());
    }
    QVERIFY(submissions.quit());
}

void TestServers::submissionStartTlsAuthPlain()
{
    TestSmtpClient *client = submissionClient(true);
    QVERIFY2(client,
        qPrintable(m_client->errorString() + QLatin1Char('\n') + QString::fromUtf8(m_client->transcript())));
    const QByteArray message
        = "From: alice@example.test\r\nTo: x@elsewhere.example\r\nSubject: via submission\r\n\r\nHello.\r\n";
    QVERIFY2(client->sendMail("alice@example.test", { "x@elsewhere.example", "y@another.example" }, message),
        client->lastReply().raw.constData());
    QVERIFY(client->quit());
    QVERIFY2(m_postfix.waitForDelivery(1), qPrintable(m_postfix.maillog()));
    const QList<PostfixServer::Delivery> deliveries = m_postfix.deliveredMessages();
    QCOMPARE(deliveries.size(), 1);
    const PostfixServer::Delivery &delivery = deliveries.first();
    QCOMPARE(delivery.messageWithoutAddedHeaders(), message);
    QVERIFY(delivery.message.startsWith("Received: from client.epistle.test"));
    QVERIFY(delivery.message.contains("with ESMTPSA id " + delivery.queueId.toLatin1()));
    QVERIFY(delivery.message.contains("(using TLSv1.3 with cipher"));
    QCOMPARE(delivery.sender, QByteArray("alice@example.test"));
    QList<QByteArray> recipients = delivery.recipients;
    std::sort(recipients.begin(), recipients.end());
    QCOMPARE(recipients, (QList<QByteArray> { "x@elsewhere.example", "y@another.example" }));
    QCOMPARE(delivery.saslMethod, QStringLiteral("PLAIN"));
    QCOMPARE(delivery.saslUsername, m_postfix.user());
    QCOMPARE(delivery.clientHelo, QStringLiteral("client.epistle.test"));
}

void TestServers::submissionsImplicitTlsUnicodePassword()
{
    TestSmtpClient client;
    client.setTlsConfiguration(m_postfix.clientTlsConfiguration());
    QVERIFY2(
        client.connectToHostEncrypted(m_postfix.host(), m_postfix.submissionsPort(), m_postfix.tlsPeerName()),
        qPrintable(client.errorString()));
    QCOMPARE(client.socket()->peerCertificate(), m_certs.certificate(TestCertificates::Kind::Server));
    client.ehlo();
    const TestAccount bob = TestAccounts::bob();
    QVERIFY(bob.password.toUtf8() != bob.password.toLatin1()); // really non-ASCII
    QVERIFY2(client.authPlain(bob.user, bob.password), client.lastReply().raw.constData());
    const QByteArray message = edgeCaseMessage("via submissions");
    QVERIFY2(client.sendMail(bob.user.toUtf8(), { "alice@example.test" }, message),
        client.lastReply().raw.constData());
    QVERIFY(client.quit());
    QVERIFY2(m_postfix.waitForDelivery(1), qPrintable(m_postfix.maillog()));
    const PostfixServer::Delivery delivery = m_postfix.deliveredMessages().value(0);
    QCOMPARE(delivery.messageWithoutAddedHeaders(), message);
    QCOMPARE(delivery.saslUsername, bob.user);
}

void TestServers::submissionRequiresTlsAndAuth()
{
    TestSmtpClient client;
    client.setTlsConfiguration(m_postfix.clientTlsConfiguration());
    QVERIFY(client.connectToHost(m_postfix.host(), m_postfix.submissionPort()));
    client.ehlo();
    // AUTH before TLS: not offered, and refused.
    QVERIFY(!client.authPlain(m_postfix.user(), m_postfix.password()));
    QCOMPARE(client.lastReply().code / 100, 5);
    // Mail before TLS: 530 5.7.0 Must issue a STARTTLS command first.
    QCOMPARE(client.command("MAIL FROM:<alice@example.test>").code, 530);
    QVERIFY(client.startTls(m_postfix.tlsPeerName()));
    client.ehlo();
    // TLS but no AUTH: relaying is refused at RCPT.
    QCOMPARE(client.command("MAIL FROM:<alice@example.test>").code, 250);
    const TestSmtpReply rcpt = client.command("RCPT TO:<x@elsewhere.example>");
    QCOMPARE(rcpt.code, 554);
    QVERIFY2(rcpt.raw.contains("5.7.1") && rcpt.raw.contains("Relay access denied"), rcpt.raw.constData());
    QVERIFY(client.quit());
}

void TestServers::plainPortTakesLoopbackMail()
{
    TestSmtpClient client;
    QVERIFY(client.connectToHost(m_postfix.host(), m_postfix.plainPort()));
    client.ehlo();
    const QByteArray message = "Subject: plain\r\n\r\nNo TLS, no AUTH: 127.0.0.1 is in mynetworks.\r\n";
    QVERIFY2(client.sendMail("someone@example.test", { "x@elsewhere.example" }, message),
        client.lastReply().raw.constData());
    QVERIFY(client.quit());
    QVERIFY(m_postfix.waitForDelivery(1));
    const PostfixServer::Delivery delivery = m_postfix.deliveredMessages().value(0);
    QCOMPARE(delivery.messageWithoutAddedHeaders(), message);
    QVERIFY(delivery.saslMethod.isEmpty());
    QVERIFY(delivery.message.contains("with ESMTP id"));
}

void TestServers::deliveryIsFaithful()
{
    TestSmtpClient client;
    QVERIFY(client.connectToHost(m_postfix.host(), m_postfix.plainPort()));
    client.ehlo();
    const QByteArray message = edgeCaseMessage("faithful");
    QVERIFY(client.command("MAIL FROM:<alice@example.test> BODY=8BITMIME").isPositive());
    QVERIFY(client.command("RCPT TO:<bob@example.test>").isPositive());
    QCOMPARE(client.command("DATA").code, 354);
    QByteArray stuffed = message;
    stuffed.replace("\r\n.", "\r\n..");
    client.writeRaw(stuffed + ".\r\n");
    QCOMPARE(client.readReply().code, 250);
    QVERIFY(client.quit());
    QVERIFY(m_postfix.waitForDelivery(1));
    const QByteArray delivered = m_postfix.deliveredMessages().value(0).message;
    QCOMPARE(PostfixServer::stripAddedHeaders(delivered), message);
    // Only one header was added, and it is Postfix's Received:.
    QCOMPARE(delivered.count("\r\nReceived:") + (delivered.startsWith("Received:") ? 1 : 0), 1);
}

void TestServers::everySaslMechanism_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<bool>("accepted");
    const QStringList mechanisms { QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
        QStringLiteral("CRAM-MD5"), QStringLiteral("DIGEST-MD5"), QStringLiteral("SCRAM-SHA-1"),
        QStringLiteral("SCRAM-SHA-256") };
    for (const TestAccount &account : TestAccounts::all()) {
        for (const QString &mechanism : mechanisms) {
            QTest::addRow("%s %s", qPrintable(mechanism), qPrintable(account.user))
                << mechanism << account.user << account.password << true << true;
        }
    }
    for (const QString &mechanism : mechanisms) {
        QTest::addRow("%s wrong password", qPrintable(mechanism))
            << mechanism << TestAccounts::alice().user << QStringLiteral("correct horse battery") << true
            << false;
    }
    // SASLprep (RFC 4013): U+00A0 maps to a space, so SCRAM (whose client prepares the
    // password, RFC 5802 2.2) accepts bob's password typed with it; PLAIN sends it as is.
    const TestAccount bob = TestAccounts::bob();
    QString nbsp = bob.password;
    nbsp.replace(QLatin1Char(' '), QChar(0x00A0));
    QTest::addRow("SCRAM-SHA-256 bob, NBSP")
        << QStringLiteral("SCRAM-SHA-256") << bob.user << nbsp << true << true;
    QTest::addRow("PLAIN bob, NBSP") << QStringLiteral("PLAIN") << bob.user << nbsp << true << false;
    // Over plain text from loopback on the plain port.
    QTest::addRow("CRAM-MD5 alice, no TLS") << QStringLiteral("CRAM-MD5") << TestAccounts::alice().user
                                            << TestAccounts::alice().password << false << true;
}

// Each mechanism, through GNU SASL's own client (independent of Epistle's code), really
// authenticates via Postfix and Dovecot; Dovecot's log confirms which mechanism it was.
void TestServers::everySaslMechanism()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, startTls);
    QFETCH(bool, accepted);
    if (!QFile::exists(QStringLiteral("/usr/bin/gsasl"))) {
        QFAIL("gsasl (GNU SASL CLI) is missing; run scripts/deps.sh");
    }
    const quint16 port = startTls ? m_postfix.submissionPort() : m_postfix.plainPort();
    const qsizetype logBefore = m_postfix.dovecotLog().size();
    // --no-cb: the gsasl CLI would try tls-unique channel binding, which TLS 1.3 lacks.
    QStringList arguments { QStringLiteral("--smtp"), QStringLiteral("--connect=127.0.0.1:%1").arg(port),
        QStringLiteral("--hostname=localhost"), QStringLiteral("--mechanism=") + mechanism,
        QStringLiteral("--authentication-id=") + user, QStringLiteral("--password=") + password,
        QStringLiteral("--no-cb"), QStringLiteral("--quiet") };
    arguments << (startTls ? QStringLiteral("--x509-ca-file=") + m_certs.caFile()
                           : QStringLiteral("--no-starttls"));
    QProcess gsasl;
    gsasl.setProcessChannelMode(QProcess::MergedChannels);
    gsasl.setStandardInputFile(QProcess::nullDevice());
    gsasl.start(QStringLiteral("/usr/bin/gsasl"), arguments);
    QVERIFY(gsasl.waitForFinished(20000));
    const QString output = QString::fromUtf8(gsasl.readAll());
    QVERIFY2((gsasl.exitCode() == 0) == accepted,
        qPrintable(output + QLatin1Char('\n') + m_postfix.dovecotLog().mid(logBefore)));

    // Dovecot (auth_debug) logs "client in: AUTH <id> <MECH> ..." then "client passdb out:
    // OK <id> user=<user>" or "FAIL <id> ...", through its log process: it may lag a little.
    const QRegularExpression start(
        QStringLiteral("client in: AUTH\t(\\d+)\t%1\t").arg(QRegularExpression::escape(mechanism)));
    QString log;
    const bool logged = QTest::qWaitFor(
        [&] {
            log = m_postfix.dovecotLog().mid(logBefore);
            const QRegularExpressionMatch match = start.match(log);
            const QString outcome = accepted
                ? QStringLiteral("client passdb out: OK\t%1\tuser=%2").arg(match.captured(1), user)
                : QStringLiteral("client passdb out: FAIL\t%1\t").arg(match.captured(1));
            return match.hasMatch() && log.indexOf(outcome, match.capturedEnd()) > 0;
        },
        3000);
    QVERIFY2(logged, qPrintable(log));
}

void TestServers::wrongPasswordIsRefusedQuickly()
{
    TestSmtpClient *client = submissionClient(false);
    QVERIFY(client);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!client->authPlain(m_postfix.user(), QStringLiteral("wrong horse")));
    QCOMPARE(client->lastReply().code, 535);
    QVERIFY(client->lastReply().raw.contains("5.7.8"));
    // Dovecot's auth_failure_delay is 0 here (2 s by default).
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(client->authPlain(m_postfix.user(), m_postfix.password()));
    QVERIFY(client->quit());
}

void TestServers::sizeLimit()
{
    TestSmtpClient client;
    QVERIFY(client.connectToHost(m_postfix.host(), m_postfix.plainPort()));
    client.ehlo();
    QVERIFY(client.extensions().contains("SIZE 10240000"));
    const TestSmtpReply tooBig = client.command("MAIL FROM:<a@example.test> SIZE=10240001");
    QCOMPARE(tooBig.code, 552);
    QVERIFY(tooBig.raw.contains("5.3.4"));
    QVERIFY(client.quit());

    // A second instance with a small limit: the option reaches main.cf.
    PostfixServer small;
    PostfixServer::Options options;
    options.messageSizeLimit = 1000;
    options.mainCf << QStringLiteral("smtpd_discard_ehlo_keywords = chunking");
    QVERIFY2(small.start(options), qPrintable(small.errorString()));
    TestSmtpClient smallClient;
    QVERIFY(smallClient.connectToHost(small.host(), small.plainPort()));
    smallClient.ehlo();
    QVERIFY(smallClient.extensions().contains("SIZE 1000"));
    QVERIFY(!smallClient.hasExtension("CHUNKING"));
    QVERIFY(!smallClient.sendMail(
        "a@example.test", { "b@example.test" }, "Subject: big\r\n\r\n" + QByteArray(2000, 'x')));
    QCOMPARE(smallClient.lastReply().code, 552);
    QVERIFY(smallClient.quit());
    small.stop();
    qInfo("a second instance: started in %lld ms, stopped in %lld ms", small.startMilliseconds(),
        small.stopMilliseconds());
}

void TestServers::chunking()
{
    TestSmtpClient client;
    QVERIFY(client.connectToHost(m_postfix.host(), m_postfix.plainPort()));
    client.ehlo();
    QVERIFY(client.command("MAIL FROM:<a@example.test>").isPositive());
    QVERIFY(client.command("RCPT TO:<b@example.test>").isPositive());
    const QByteArray first = "Subject: chunks\r\n\r\n.no stuffing in BDAT\r\n";
    const QByteArray second = "second chunk\r\n";
    client.writeRaw("BDAT " + QByteArray::number(first.size()) + "\r\n" + first);
    QCOMPARE(client.readReply().code, 250);
    client.writeRaw("BDAT " + QByteArray::number(second.size()) + " LAST\r\n" + second);
    QCOMPARE(client.readReply().code, 250);
    QVERIFY(client.quit());
    QVERIFY(m_postfix.waitForDelivery(1));
    QCOMPARE(m_postfix.deliveredMessages().value(0).messageWithoutAddedHeaders(), first + second);
}

void TestServers::bareLineFeedIsRejected()
{
    TestSmtpClient client;
    QVERIFY(client.connectToHost(m_postfix.host(), m_postfix.plainPort()));
    client.ehlo();
    QVERIFY(client.command("MAIL FROM:<a@example.test>").isPositive());
    QVERIFY(client.command("RCPT TO:<b@example.test>").isPositive());
    QCOMPARE(client.command("DATA").code, 354);
    client.writeRaw("Subject: bare\n\nbody\r\n.\r\n");
    const TestSmtpReply reply = client.readReply();
    QCOMPARE(reply.code, 550);
    QVERIFY2(reply.raw.contains("bare <LF> received"), reply.raw.constData());
    client.quit();
    QTest::qWait(300);
    QCOMPARE(m_postfix.deliveredCount(), 0);
}

// NOTIFY=SUCCESS: Postfix sends a delivery status notification to the sender, which this
// instance delivers into the same directory as a second message.
void TestServers::dsnSuccessNotificationIsDelivered()
{
    TestSmtpClient client;
    QVERIFY(client.connectToHost(m_postfix.host(), m_postfix.plainPort()));
    client.ehlo();
    QVERIFY(client.command("MAIL FROM:<sender@example.test> RET=HDRS ENVID=epistle-1").isPositive());
    QVERIFY(
        client.command("RCPT TO:<b@example.test> NOTIFY=SUCCESS ORCPT=rfc822;b@example.test").isPositive());
    QCOMPARE(client.command("DATA").code, 354);
    client.writeRaw("Subject: dsn\r\n\r\nx\r\n.\r\n");
    QCOMPARE(client.readReply().code, 250);
    QVERIFY(client.quit());
    QVERIFY2(m_postfix.waitForDelivery(2), qPrintable(m_postfix.maillog()));
    const QList<PostfixServer::Delivery> deliveries = m_postfix.deliveredMessages();
    const PostfixServer::Delivery &report = deliveries.at(1);
    QCOMPARE(report.sender, QByteArray());
    QCOMPARE(report.recipients, QList<QByteArray> { "sender@example.test" });
    QVERIFY(report.message.contains("report-type=delivery-status"));
    QVERIFY(report.message.contains("Original-Envelope-Id: epistle-1"));
    QVERIFY(report.message.contains("Action: delivered"));
}

void TestServers::stripAddedHeaders()
{
    const QByteArray body = "Received: from client's own hop\r\nSubject: s\r\n\r\nbody\r\n";
    QCOMPARE(PostfixServer::stripAddedHeaders("Received: from x\r\n\tby y; date\r\n" + body), body);
    QCOMPARE(PostfixServer::stripAddedHeaders(
                 "Return-Path: <a@b>\r\nDelivered-To: c@d\r\nReceived: from x\r\n" + body),
        body);
    QCOMPARE(PostfixServer::stripAddedHeaders(body.mid(body.indexOf("Subject"))),
        body.mid(body.indexOf("Subject")));
}

void TestServers::stopLeavesNothingBehind()
{
    PostfixServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString directory = server.directory();
    const qint64 master = readFile(directory + QStringLiteral("/queue/pid/master.pid")).toLongLong();
    const qint64 dovecot = readFile(directory + QStringLiteral("/dovecot/run/master.pid")).toLongLong();
    QVERIFY2(processAlive(master) && processAlive(dovecot),
        qPrintable(QStringLiteral("master %1, dovecot %2").arg(master).arg(dovecot)));
    const quint16 ports[] = { server.plainPort(), server.submissionPort(), server.submissionsPort() };
    // A session left open must not keep its smtpd alive past stop().
    TestSmtpClient open;
    QVERIFY(open.connectToHost(server.host(), server.plainPort()));
    server.stop();
    QVERIFY(!QDir(directory).exists());
    for (quint16 port : ports) {
        QVERIFY2(portRefuses(port), qPrintable(QString::number(port)));
    }
    // Gone or a zombie waiting for init (pid 1) to reap it: neither holds a port.
    const auto running = [](qint64 pid) {
        const QString stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        return !stat.isEmpty() && stat.section(QLatin1Char(')'), -1).trimmed().at(0) != QLatin1Char('Z');
    };
    QVERIFY(QTest::qWaitFor([&] { return !running(master) && !running(dovecot); }, 3000));
    QVERIFY(open.waitForDisconnected());
}

// A test process killed with SIGKILL cannot stop its servers: the watchdog must.
void TestServers::killedTestProcessIsCleanedUp()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("EPISTLE_SELFTEST_CHILD"), QStringLiteral("postfix"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += child.readAllStandardOutput();
            return out.contains("READY") || child.state() == QProcess::NotRunning;
        },
        30000));
    const QList<QByteArray> fields = out.trimmed().split(' ');
    QCOMPARE(fields.value(0), QByteArray("READY"));
    const QString directory = QString::fromUtf8(fields.value(1));
    const quint16 port = fields.value(2).toUShort();
    QVERIFY(QDir(directory).exists());
    QVERIFY(!portRefuses(port));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(QTest::qWaitFor([&] { return !QDir(directory).exists(); }, 10000), qPrintable(directory));
    QVERIFY(portRefuses(port));
    qInfo("the watchdog removed the killed test's instance in %lld ms", timer.elapsed());
}

void TestServers::aiosmtpdStartTlsAuth()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::StartTls;
    options.auth = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    qInfo("aiosmtpd started in %lld ms", server.startMilliseconds());
    TestSmtpClient client;
    client.setTlsConfiguration(server.clientTlsConfiguration());
    QVERIFY2(client.connectToHost(server.host(), server.port()), qPrintable(client.errorString()));
    client.ehlo();
    QVERIFY(client.hasExtension("STARTTLS"));
    QVERIFY(!client.hasExtension("AUTH")); // aiosmtpd offers AUTH after TLS only
    QVERIFY2(client.startTls(server.tlsPeerName()), qPrintable(client.errorString()));
    client.ehlo();
    QVERIFY(client.extensions().contains("AUTH LOGIN PLAIN"));
    QVERIFY(!client.authPlain(server.user(), QStringLiteral("wrong")));
    QCOMPARE(client.lastReply().code, 535);
    QVERIFY(client.authPlain(server.user(), server.password()));
    // aiosmtpd holds lines to RFC 5321's 1000 octets (Postfix accepts longer ones).
    QByteArray message = edgeCaseMessage("via aiosmtpd");
    message.replace(QByteArray(3000, 'x'), QByteArray(998, 'x'));
    QVERIFY(client.command("MAIL FROM:<alice@example.test> BODY=8BITMIME SIZE=100").isPositive());
    QVERIFY(client.command("RCPT TO:<bob@example.test>").isPositive());
    QVERIFY(client.command("RCPT TO:<carol@example.test>").isPositive());
    QCOMPARE(client.command("DATA").code, 354);
    QByteArray stuffed = message;
    stuffed.replace("\r\n.", "\r\n..");
    client.writeRaw(stuffed + ".\r\n");
    QCOMPARE(client.readReply().code, 250);
    QVERIFY(client.quit());
    QVERIFY(server.waitForMessages(1));
    const AiosmtpdServer::Message received = server.messages().value(0);
    QCOMPARE(received.content, message);
    QCOMPARE(received.mailFrom, QByteArray("alice@example.test"));
    QCOMPARE(received.rcptTos, (QList<QByteArray> { "bob@example.test", "carol@example.test" }));
    QCOMPARE(received.mailOptions, (QList<QByteArray> { "BODY=8BITMIME", "SIZE=100" }));
    QCOMPARE(received.envelope.value(QStringLiteral("auth_login")).toString(), server.user());
    QCOMPARE(
        received.envelope.value(QStringLiteral("helo")).toString(), QStringLiteral("client.epistle.test"));
    QVERIFY(received.envelope.value(QStringLiteral("tls")).isObject());
    QVERIFY2(server.log().isEmpty(), qPrintable(server.log()));
}

void TestServers::aiosmtpdImplicitTls()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    options.authRequired = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    TestSmtpClient client;
    client.setTlsConfiguration(server.clientTlsConfiguration());
    QVERIFY2(client.connectToHostEncrypted(server.host(), server.port(), server.tlsPeerName()),
        qPrintable(client.errorString()));
    client.ehlo();
    QCOMPARE(client.command("MAIL FROM:<a@example.test>").code, 530); // AUTH first
    const TestAccount bob = TestAccounts::bob();
    QVERIFY(client.authPlain(bob.user, bob.password));
    QVERIFY(client.sendMail("bob@example.test", { "alice@example.test" }, "Subject: implicit\r\n\r\nhi\r\n"));
    QVERIFY(client.quit());
    QVERIFY(server.waitForMessages(1));
    QCOMPARE(server.messages().value(0).envelope.value(QStringLiteral("auth_login")).toString(), bob.user);
    const QString directory = server.directory();
    server.stop();
    QVERIFY(!server.isRunning());
    QVERIFY(!QDir(directory).exists());
}

void TestServers::aiosmtpdRequireStartTls()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::RequireStartTls;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    TestSmtpClient client;
    client.setTlsConfiguration(server.clientTlsConfiguration());
    QVERIFY(client.connectToHost(server.host(), server.port()));
    client.ehlo();
    QCOMPARE(client.command("MAIL FROM:<a@example.test>").code, 530);
    QVERIFY(client.startTls(server.tlsPeerName()));
    client.ehlo();
    QVERIFY(client.sendMail("a@example.test", { "b@example.test" }, "Subject: after STARTTLS\r\n\r\nok\r\n"));
    QVERIFY(client.quit());
    QVERIFY(server.waitForMessages(1));
}

void TestServers::aiosmtpdSmtpUtf8()
{
    AiosmtpdServer plain;
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    TestSmtpClient without;
    QVERIFY(without.connectToHost(plain.host(), plain.port()));
    without.ehlo();
    QVERIFY(!without.hasExtension("SMTPUTF8"));
    QVERIFY(without.quit());

    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.smtputf8 = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    TestSmtpClient client;
    QVERIFY(client.connectToHost(server.host(), server.port()));
    client.ehlo();
    QVERIFY(client.hasExtension("SMTPUTF8"));
    const QByteArray from = QStringLiteral("jürgen@exämple.test").toUtf8();
    QVERIFY(client.command("MAIL FROM:<" + from + "> SMTPUTF8").isPositive());
    QVERIFY(client.command("RCPT TO:<" + QStringLiteral("ødegård@example.test").toUtf8() + ">").isPositive());
    QCOMPARE(client.command("DATA").code, 354);
    client.writeRaw("Subject: " + QStringLiteral("Grüße").toUtf8() + "\r\n\r\nx\r\n.\r\n");
    QCOMPARE(client.readReply().code, 250);
    QVERIFY(client.quit());
    QVERIFY(server.waitForMessages(1));
    const AiosmtpdServer::Message received = server.messages().value(0);
    QCOMPARE(received.mailFrom, from);
    QVERIFY(received.envelope.value(QStringLiteral("smtp_utf8")).toBool());
}

void TestServers::aiosmtpdRefusesLongLines()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestSmtpClient client;
    QVERIFY(client.connectToHost(server.host(), server.port()));
    client.ehlo();
    QVERIFY(!client.sendMail(
        "a@example.test", { "b@example.test" }, "Subject: long\r\n\r\n" + QByteArray(1001, 'x') + "\r\n"));
    QCOMPARE(client.lastReply().code, 500); // "Line too long (see RFC5321 4.5.3.1.6)"
    QVERIFY(client.sendMail(
        "a@example.test", { "b@example.test" }, "Subject: long\r\n\r\n" + QByteArray(998, 'x') + "\r\n"));
    QVERIFY(client.quit());
    QVERIFY(server.waitForMessages(1));
    QCOMPARE(server.messageCount(), 1);
}

// In child mode (EPISTLE_SELFTEST_CHILD=postfix) the binary starts a Postfix instance, prints
// "READY <dir> <port>" and waits to be killed: killedTestProcessIsCleanedUp() is its parent.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("EPISTLE_SELFTEST_CHILD") == QLatin1String("postfix")) {
        PostfixServer server;
        if (!server.start()) {
            fprintf(stderr, "%s\n", qPrintable(server.errorString()));
            return 1;
        }
        printf("READY %s %d\n", qPrintable(server.directory()), server.plainPort());
        fflush(stdout);
        for (;;) {
            pause();
        }
    }
    TestServers test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_servers.moc"
