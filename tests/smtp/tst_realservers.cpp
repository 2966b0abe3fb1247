// The engine against real servers started for the test on 127.0.0.1: Debian's Postfix with Dovecot SASL
// (submission with STARTTLS required, submissions with implicit TLS), and python3-aiosmtpd. Every delivered
// message is read back from the server's mailbox and compared with what was sent.
#include "aiosmtpdserver.h"
#include "postfixserver.h"
#include "testaccounts.h"

#include "smtp/smtpbodyencoder.h"
#include "smtp/smtpsender.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Sent
{
    bool ok = false;
    SmtpError error;
    QList<SmtpSendResult> results;
    int roundTrips = 0;
    QByteArray mechanism;
    SmtpTlsInfo tls;
};

QByteArray sampleMessage(const QByteArray &tag, int extraLines = 3)
{
    QByteArray m = "From: Alice <alice@example.test>\r\nTo: Bob <bob@example.test>\r\nSubject: " + tag
        + "\r\nMessage-ID: <" + tag
        + "@example.test>\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\nHello Bob,\r\n.a line starting with a dot\r\n";
    for (int i = 0; i < extraLines; ++i) {
        m += "line " + QByteArray::number(i) + " of the body, long enough to be a line.\r\n";
    }
    return m;
}

Sent send(const SmtpConnectionSettings &settings, const QList<QByteArray> &bodies, const QString &from,
    const QStringList &to, qint64 declaredSize = -1)
{
    Sent out;
    std::vector<std::unique_ptr<QBuffer>> buffers;
    QList<SmtpOutgoingMessage> messages;
    for (const QByteArray &b : bodies) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(b);
        buffer->open(QIODevice::ReadOnly);
        SmtpOutgoingMessage m;
        m.from = from;
        m.recipients = to;
        m.body = buffer.get();
        m.size = declaredSize >= 0 ? declaredSize : b.size();
        messages << m;
        buffers.push_back(std::move(buffer));
    }
    SmtpSender sender(settings);
    QObject::connect(
        sender.client(), &SmtpClient::authenticated, [&](const QByteArray &m) { out.mechanism = m; });
    QObject::connect(
        sender.client(), &SmtpClient::tlsEstablished, [&](const SmtpTlsInfo &i) { out.tls = i; });
    QSignalSpy finished(&sender, &SmtpSender::finished);
    sender.send(messages);
    if (!finished.wait(30000)) {
        sender.cancel();
    }
    out.ok = sender.allAccepted();
    out.error = sender.error();
    out.results = sender.results();
    out.roundTrips = sender.client()->roundTrips();
    return out;
}

} // namespace

class TestRealServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void postfixEveryMechanism_data();
    void postfixEveryMechanism();
    void postfixSaslPrepPassword();
    void postfixImplicitTlsAuto();
    void postfixWrongPassword();
    void postfixNoAuthBeforeTls();
    void postfixRoundTrips_data();
    void postfixRoundTrips();
    void postfixManyRecipientsDsnAndUtf8();
    void postfixSeveralMessagesOneConnection();
    void postfixLargeMessageInChunks();
    void postfixWithoutChunkingUsesData();
    void postfixSizeLimitRefusedUpFront();
    void postfixLoginRefusedMessageQueued();
    void postfixLoginRefusedCliFilesAsSent();

    void aiosmtpdPlain();
    void aiosmtpdStartTlsRequiredWithLogin();
    void aiosmtpdImplicitTls();
    void aiosmtpdSmtpUtf8();

private:
    SmtpConnectionSettings postfix(Smtp::Security security, const QByteArray &mechanism = "auto") const;
    // Postfix delivers in the background, so earlier tests' mail may still arrive: find ours by content.
    QList<PostfixServer::Delivery> waitForBodies(
        const QList<QByteArray> &bodies, int timeoutMs = 30000) const;
    PostfixServer m_postfix;
};

void TestRealServers::initTestCase()
{
    qRegisterMetaType<SmtpError>();
    const QString why = PostfixServer::unavailableReason();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(m_postfix.start(), qPrintable(m_postfix.errorString()));
}

void TestRealServers::cleanupTestCase()
{
    m_postfix.stop();
}

SmtpConnectionSettings TestRealServers::postfix(Smtp::Security security, const QByteArray &mechanism) const
{
    SmtpConnectionSettings s;
    s.host = m_postfix.tlsPeerName(); // "localhost": the name the certificate carries
    s.security = security;
    s.port = security == Smtp::Security::Tls
        ? m_postfix.submissionsPort()
        : (security == Smtp::Security::StartTls ? m_postfix.submissionPort() : m_postfix.plainPort());
    s.tls.caCertificates = { m_postfix.caCertificate() };
    s.authMechanism = mechanism;
    s.credentials.user = m_postfix.user();
    s.credentials.password = m_postfix.password();
    s.timeouts = SmtpTimeouts::uniform(20000);
    return s;
}

QList<PostfixServer::Delivery> TestRealServers::waitForBodies(
    const QList<QByteArray> &bodies, int timeoutMs) const
{
    QList<PostfixServer::Delivery> found;
    (void)QTest::qWaitFor(
        [&] {
            found.clear();
            const QList<PostfixServer::Delivery> all = m_postfix.deliveredMessages();
            for (const QByteArray &b : bodies) {
                for (const PostfixServer::Delivery &d : all) {
                    if (d.messageWithoutAddedHeaders() == b) {
                        found << d;
                        break;
                    }
                }
            }
            return found.size() == bodies.size();
        },
        timeoutMs);
    return found;
}

void TestRealServers::postfixEveryMechanism_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    for (const char *m : { "PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256" }) {
        QTest::newRow(m) << QByteArray(m);
    }
}

void TestRealServers::postfixEveryMechanism()
{
    QFETCH(QByteArray, mechanism);
    m_postfix.clearDeliveries();
    const QByteArray body = sampleMessage("mech-" + mechanism.toLower());
    const Sent s = send(postfix(Smtp::Security::StartTls, mechanism), { body }, m_postfix.user(),
        { QStringLiteral("bob@example.test") });
    QVERIFY2(s.ok, qPrintable(s.error.toString() + "\n" + m_postfix.maillog().right(2000)));
    QCOMPARE(s.mechanism, mechanism);
    QVERIFY(s.tls.encrypted);
    const QList<PostfixServer::Delivery> found = waitForBodies({ body });
    QVERIFY2(found.size() == 1, qPrintable(m_postfix.maillog().right(2000)));
    const PostfixServer::Delivery d = found.first();
    QCOMPARE(d.saslMethod, QString::fromLatin1(mechanism));
    QCOMPARE(d.saslUsername, m_postfix.user());
    QCOMPARE(d.sender, m_postfix.user().toUtf8());
    QCOMPARE(d.recipients, QList<QByteArray> { "bob@example.test" });
    QCOMPARE(d.messageWithoutAddedHeaders(), body);
    QCOMPARE(s.results.first().queueId(), d.queueId);
}

void TestRealServers::postfixSaslPrepPassword()
{
    for (const QByteArray &mechanism : { QByteArray("SCRAM-SHA-256"), QByteArray("PLAIN") }) {
        m_postfix.clearDeliveries();
        SmtpConnectionSettings settings = postfix(Smtp::Security::StartTls, mechanism);
        settings.credentials.user = TestAccounts::bob().user;
        settings.credentials.password = TestAccounts::bob().password;
        const QByteArray body = sampleMessage("bob-" + mechanism.toLower());
        const Sent s
            = send(settings, { body }, settings.credentials.user, { QStringLiteral("alice@example.test") });
        QVERIFY2(s.ok, qPrintable(QString::fromLatin1(mechanism) + ": " + s.error.toString()));
        QCOMPARE(waitForBodies({ body }).size(), 1);
    }
}

void TestRealServers::postfixImplicitTlsAuto()
{
    m_postfix.clearDeliveries();
    const QByteArray body = sampleMessage("implicit");
    const Sent s = send(
        postfix(Smtp::Security::Tls), { body }, m_postfix.user(), { QStringLiteral("bob@example.test") });
    QVERIFY2(s.ok, qPrintable(s.error.toString()));
    // "auto" takes the strongest mechanism Dovecot offers.
    QCOMPARE(s.mechanism, QByteArray("SCRAM-SHA-256"));
    QVERIFY(s.tls.protocol.startsWith(QLatin1String("TLSv1.")));
    QCOMPARE(waitForBodies({ body }).size(), 1);
}

void TestRealServers::postfixWrongPassword()
{
    QTest::qWait(500); // let earlier deliveries land
    m_postfix.clearDeliveries();
    for (const QByteArray &mechanism :
        { QByteArray("SCRAM-SHA-256"), QByteArray("PLAIN"), QByteArray("CRAM-MD5") }) {
        SmtpConnectionSettings settings = postfix(Smtp::Security::StartTls, mechanism);
        settings.credentials.password = QStringLiteral("wrong horse");
        const Sent s = send(
            settings, { sampleMessage("wrong") }, m_postfix.user(), { QStringLiteral("bob@example.test") });
        QVERIFY(!s.ok);
        QCOMPARE(s.error.code(), SmtpError::AuthenticationFailed);
        QCOMPARE(s.error.reply().code(), 535);
        QCOMPARE(s.error.exitCode(), 77);
    }
    QTest::qWait(500);
    for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
        QVERIFY(!d.message.contains("Subject: wrong"));
    }
}

void TestRealServers::postfixNoAuthBeforeTls()
{
    // The submission port offers AUTH only after STARTTLS; with no encryption chosen the client learns that
    // before sending any credential.
    SmtpConnectionSettings settings = postfix(Smtp::Security::None);
    settings.port = m_postfix.submissionPort();
    const Sent s = send(
        settings, { sampleMessage("noauth") }, m_postfix.user(), { QStringLiteral("bob@example.test") });
    QVERIFY(!s.ok);
    QCOMPARE(s.error.code(), SmtpError::AuthNotOffered);
    QVERIFY(s.error.message().contains(QLatin1String("encrypted")));
}

void TestRealServers::postfixRoundTrips_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("recipients");
    QTest::addColumn<int>("trips");
    for (int n : { 1, 10, 100 }) {
        QTest::addRow("starttls, %d recipients", n) << int(Smtp::Security::StartTls) << n << 7;
        QTest::addRow("implicit tls, %d recipients", n) << int(Smtp::Security::Tls) << n << 5;
    }
}

void TestRealServers::postfixRoundTrips()
{
    // The protocol minimum (RFC 4954 4 + RFC 2920): EHLO, then AUTH PLAIN leading one group with MAIL,
    // every RCPT, BDAT LAST and QUIT; the same for any number of recipients.
    QFETCH(int, security);
    QFETCH(int, recipients);
    QFETCH(int, trips);
    QStringList to;
    for (int i = 0; i < recipients; ++i) {
        to << QStringLiteral("r%1@example.test").arg(i);
    }
    const QByteArray body
        = sampleMessage("trips-" + QByteArray::number(security) + "-" + QByteArray::number(recipients));
    const Sent s = send(postfix(Smtp::Security(security), "PLAIN"), { body }, m_postfix.user(), to);
    QVERIFY2(s.ok, qPrintable(s.error.toString()));
    QCOMPARE(s.roundTrips, trips);
    QCOMPARE(s.results.first().acceptedRecipients().size(), recipients);
    const QList<PostfixServer::Delivery> found = waitForBodies({ body });
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().recipients.size(), recipients);
}

void TestRealServers::postfixManyRecipientsDsnAndUtf8()
{
    m_postfix.clearDeliveries();
    std::unique_ptr<QBuffer> buffer = std::make_unique<QBuffer>();
    QByteArray body = "From: =?UTF-8?Q?J=C3=B6rg?= <alice@example.test>\r\nSubject: utf8\r\n\r\nHallo\r\n";
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    SmtpOutgoingMessage m;
    m.from = m_postfix.user();
    m.recipients = { QStringLiteral("bob@example.test"), QStringLiteral("j\u00f6rg@m\u00fcller.example"),
        QStringLiteral("carol@b\u00fccher.example") };
    m.body = buffer.get();
    m.size = body.size();
    m.dsnNotify = { "SUCCESS", "FAILURE" };
    m.dsnReturn = "HDRS";
    m.dsnEnvelopeId = QStringLiteral("env-42");
    SmtpSender sender(postfix(Smtp::Security::StartTls));
    QList<QByteArray> commands;
    connect(sender.client(), &SmtpClient::commandSent, this, [&](const QByteArray &c) { commands << c; });
    QSignalSpy finished(&sender, &SmtpSender::finished);
    sender.send({ m });
    QVERIFY(finished.wait(30000));
    QVERIFY2(sender.allAccepted(), qPrintable(sender.error().toString()));
    QVERIFY(commands.contains("MAIL FROM:<alice@example.test> SIZE=" + QByteArray::number(body.size())
        + " SMTPUTF8 RET=HDRS ENVID=env-42"));
    QVERIFY(commands.contains("RCPT TO:<j\xc3\xb6rg@m\xc3\xbcller.example> NOTIFY=SUCCESS,FAILURE"));
    const QList<PostfixServer::Delivery> found = waitForBodies({ body });
    QCOMPARE(found.size(), 1);
    const PostfixServer::Delivery d = found.first();
    QCOMPARE(d.recipients.size(), 3);
    QVERIFY(d.recipients.contains("j\xc3\xb6rg@m\xc3\xbcller.example"));
    QCOMPARE(d.messageWithoutAddedHeaders(), body);
}

void TestRealServers::postfixSeveralMessagesOneConnection()
{
    m_postfix.clearDeliveries();
    QList<QByteArray> bodies;
    for (int i = 0; i < 12; ++i) {
        bodies << sampleMessage("batch-" + QByteArray::number(i), i);
    }
    const Sent s = send(postfix(Smtp::Security::StartTls, "PLAIN"), bodies, m_postfix.user(),
        { QStringLiteral("bob@example.test") });
    QVERIFY2(s.ok, qPrintable(s.error.toString()));
    QCOMPARE(s.results.size(), 12);
    QCOMPARE(waitForBodies(bodies).size(), bodies.size());
}

void TestRealServers::postfixLargeMessageInChunks()
{
    m_postfix.clearDeliveries();
    QByteArray body = sampleMessage("large", 0);
    while (body.size() < 5 * 1024 * 1024) {
        body += "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/\r\n";
    }
    const Sent s = send(
        postfix(Smtp::Security::Tls), { body }, m_postfix.user(), { QStringLiteral("bob@example.test") });
    QVERIFY2(s.ok, qPrintable(s.error.toString()));
    QCOMPARE(waitForBodies({ body }).size(), 1);
}

void TestRealServers::postfixWithoutChunkingUsesData()
{
    // DATA with dot-stuffing on the plain port after STARTTLS: bare line ends are normalised by the client,
    // the dots unstuffed by Postfix.
    m_postfix.clearDeliveries();
    const QByteArray body = "Subject: data\r\n\r\n.dot\nbare lf\rbare cr\r\n..two dots\r\nend";
    SmtpConnectionSettings settings = postfix(Smtp::Security::StartTls, "none");
    settings.port = m_postfix.plainPort();
    QByteArray copy = body;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    // The low-level client with DATA, although the server offers CHUNKING too.
    SmtpClient client(settings);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            client.startTls([&](const SmtpReply &) {
                client.mail(QStringLiteral("alice@example.test"));
                client.rcpt(QStringLiteral("bob@example.test"));
                client.data(&buffer, body.size(), [&](const SmtpReply &r) {
                    QVERIFY(r.isPositive());
                    client.quit();
                });
            });
        });
    });
    QVERIFY(done.wait(30000));
    QVERIFY2(!client.lastError().isError(), qPrintable(client.lastError().toString()));
    QCOMPARE(waitForBodies({ SmtpBodyEncoder::encode(body, SmtpBodyEncoder::Mode::Bdat) }).size(), 1);
}

void TestRealServers::postfixSizeLimitRefusedUpFront()
{
    const Sent s = send(postfix(Smtp::Security::StartTls), { sampleMessage("size") }, m_postfix.user(),
        { QStringLiteral("bob@example.test") }, 50 * 1024 * 1024);
    QVERIFY(!s.ok);
    QCOMPARE(s.error.code(), SmtpError::MessageTooLarge);
    QVERIFY(s.error.message().contains(QLatin1String("10240000")));
}

// ---- aiosmtpd ----

void TestRealServers::postfixLoginRefusedMessageQueued()
{
    // Issue 11, point 1, on the real thing: the plain port's smtpd_relay_restrictions start with
    // permit_mynetworks, so Postfix refuses the wrong password (535) and still queues the message pipelined
    // behind it for a local recipient. The result is the message's own final reply: accepted, with a warning.
    SmtpConnectionSettings settings = postfix(Smtp::Security::StartTls, "PLAIN");
    settings.port = m_postfix.plainPort();
    settings.credentials.password = QStringLiteral("wrong horse");
    const QByteArray body = sampleMessage("login-refused-queued");
    const Sent s = send(settings, { body }, m_postfix.user(), { QStringLiteral("bob@example.test") });
    QVERIFY2(s.ok, qPrintable(s.error.toString() + "\n" + m_postfix.maillog().right(2000)));
    QCOMPARE(s.error.code(), SmtpError::NoError);
    const SmtpSendResult &r = s.results.first();
    QVERIFY(r.accepted);
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(r.warnings.first().code(), SmtpError::AuthenticationFailed);
    QCOMPARE(r.warnings.first().reply().code(), 535);
    const QList<PostfixServer::Delivery> found = waitForBodies({ body });
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().saslUsername.isEmpty()); // delivered without a login
    QCOMPARE(found.first().queueId, r.queueId());
}

void TestRealServers::postfixLoginRefusedCliFilesAsSent()
{
    // The same through `epistle send`: exit 0, the refused login as a warning (on stderr and in --json), the
    // message filed as sent; a flush afterwards has nothing to send, so the recipient gets it once.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("EPISTLE_BINARY"), "EPISTLE_BINARY is set by ctest");
    const auto epistle = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("SMTP_PW"), QStringLiteral("wrong horse"));
        env.remove(QStringLiteral("EPISTLE_SMTP_LOG"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("EPISTLE_BINARY"), arguments);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return -2;
        }
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    };
    const QString subject = QStringLiteral("login refused, cli");
    QByteArray out;
    QByteArray err;
    const int code
        = epistle({ QStringLiteral("send"), QStringLiteral("--server"),
                      QStringLiteral("localhost:%1").arg(m_postfix.plainPort()), QStringLiteral("--security"),
                      QStringLiteral("starttls"), QStringLiteral("--ca-file"), m_postfix.caFile(),
                      QStringLiteral("--user"), m_postfix.user(), QStringLiteral("--password-env"),
                      QStringLiteral("SMTP_PW"), QStringLiteral("--auth"), QStringLiteral("plain"),
                      QStringLiteral("--from"), m_postfix.user(), QStringLiteral("--to"),
                      QStringLiteral("bob@example.test"), QStringLiteral("--subject"), subject,
                      QStringLiteral("--body"), QStringLiteral("Hello Bob"), QStringLiteral("--json") },
            &out, &err);
    QVERIFY2(code == 0, qPrintable(QString::number(code) + ": " + QString::fromUtf8(out + err)));
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("outbox")).toString(), QStringLiteral("sent"));
    QVERIFY(json.value(QStringLiteral("error")).isNull());
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(
        warnings.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("auth-failed"));
    QVERIFY(warnings.first()
                .toObject()
                .value(QStringLiteral("reply"))
                .toString()
                .startsWith(QLatin1String("535")));
    QVERIFY2(err.contains("warning"), err.constData());

    QCOMPARE(
        epistle({ QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--json") }, &out, &err),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("items")).toArray().size(), 0);
    const auto deliveredOnce = [&] {
        int count = 0;
        for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
            count += d.message.contains(subject.toUtf8()) ? 1 : 0;
        }
        return count;
    };
    QVERIFY(QTest::qWaitFor([&] { return deliveredOnce() >= 1; }, 30000));
    QTest::qWait(500); // a second copy would be on its way by now
    QCOMPARE(deliveredOnce(), 1);
}

void TestRealServers::aiosmtpdPlain()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpConnectionSettings s;
    s.host = server.host();
    s.port = server.port();
    s.security = Smtp::Security::None;
    s.authMechanism = "none";
    const QByteArray body = sampleMessage("aiosmtpd-plain");
    const Sent sent = send(s, { body }, QStringLiteral("alice@example.test"),
        { QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test") });
    QVERIFY2(sent.ok, qPrintable(sent.error.toString()));
    QVERIFY(server.waitForMessages(1));
    const AiosmtpdServer::Message m = server.messages().first();
    QCOMPARE(m.content, body);
    QCOMPARE(m.mailFrom, QByteArray("alice@example.test"));
    QCOMPARE(m.rcptTos, (QList<QByteArray> { "bob@example.test", "carol@example.test" }));
}

void TestRealServers::aiosmtpdStartTlsRequiredWithLogin()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options o;
    o.tls = AiosmtpdServer::Tls::RequireStartTls;
    o.auth = true;
    o.authRequired = true;
    QVERIFY2(server.start(o), qPrintable(server.errorString()));
    for (const QByteArray &mechanism : { QByteArray("LOGIN"), QByteArray("PLAIN") }) {
        SmtpConnectionSettings s;
        s.host = server.tlsPeerName();
        s.port = server.port();
        s.security = Smtp::Security::StartTls;
        s.tls.caCertificates = QSslCertificate::fromPath(server.caFile());
        s.authMechanism = mechanism;
        s.credentials = { server.user(), server.password(), {}, {} };
        const QByteArray body = sampleMessage("aiosmtpd-" + mechanism.toLower());
        const Sent sent = send(s, { body }, server.user(), { QStringLiteral("bob@example.test") });
        QVERIFY2(sent.ok, qPrintable(sent.error.toString() + "\n" + server.log().right(1500)));
        QCOMPARE(sent.mechanism, mechanism);
    }
    QVERIFY(server.waitForMessages(2));
    QCOMPARE(server.messages().at(1).content, sampleMessage("aiosmtpd-plain"));
}

void TestRealServers::aiosmtpdImplicitTls()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options o;
    o.tls = AiosmtpdServer::Tls::Implicit;
    QVERIFY2(server.start(o), qPrintable(server.errorString()));
    SmtpConnectionSettings s;
    s.host = server.tlsPeerName();
    s.port = server.port();
    s.security = Smtp::Security::Tls;
    s.tls.caCertificates = QSslCertificate::fromPath(server.caFile());
    s.authMechanism = "none";
    const QByteArray body = sampleMessage("aiosmtpd-tls");
    const Sent sent
        = send(s, { body }, QStringLiteral("alice@example.test"), { QStringLiteral("bob@example.test") });
    QVERIFY2(sent.ok, qPrintable(sent.error.toString()));
    QVERIFY(server.waitForMessages(1));
    QCOMPARE(server.messages().first().content, body);
}

void TestRealServers::aiosmtpdSmtpUtf8()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options o;
    o.smtputf8 = true;
    QVERIFY2(server.start(o), qPrintable(server.errorString()));
    SmtpConnectionSettings s;
    s.host = server.host();
    s.port = server.port();
    s.security = Smtp::Security::None;
    s.authMechanism = "none";
    const QByteArray body = "From: j\xc3\xb6rg@example.test\r\nSubject: \xc3\xa9t\xc3\xa9\r\n\r\nbody\r\n";
    const Sent sent = send(s, { body }, QStringLiteral("j\u00f6rg@example.test"),
        { QStringLiteral("\u7530\u4e2d@example.test") });
    QVERIFY2(sent.ok, qPrintable(sent.error.toString()));
    QVERIFY(server.waitForMessages(1));
    const AiosmtpdServer::Message m = server.messages().first();
    QCOMPARE(QString::fromUtf8(m.mailFrom), QStringLiteral("j\u00f6rg@example.test"));
    QCOMPARE(QString::fromUtf8(m.rcptTos.value(0)), QStringLiteral("\u7530\u4e2d@example.test"));
    QVERIFY(m.mailOptions.contains("SMTPUTF8"));
    QCOMPARE(m.content, body);
}

QTEST_GUILESS_MAIN(TestRealServers)
#include "tst_realservers.moc"
