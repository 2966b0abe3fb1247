// The outbox's retry and "may have been sent" paths against the shared scripted fake server (FakeSmtpServer,
// S:/C:/X: transcripts that also check every byte the client writes): 421 after the final dot, a connection
// dropped after the dot before the reply, silence after the dot, 4xx then success, 5xx. Each row runs the
// automatic sender and checks where the message ends, its attempts and its recorded error; a connection the
// scripts do not expect (an automatic resend) fails the row.

#include "fakesmtpserver.h"

#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<QByteArray> script(const char *text)
{
    return FakeSmtpServer::indentedScript(text);
}

const char *const Accepting = R"(
    S: 220 fake.example.org ESMTP
    C: EHLO client.example.org
    S: 250 fake.example.org
    C: MAIL FROM:<alice@example.org>
    S: 250 2.1.0 Ok
    C: RCPT TO:<bob@example.org>
    S: 250 2.1.5 Ok
    C: DATA
    S: 354 End data with <CR><LF>.<CR><LF>
    X: data
    S: 250 2.0.0 Ok: queued as 7Hx2
    C: QUIT
    S: 221 2.0.0 Bye
    X: expect-close)";

const QByteArray Message
    = "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: scripted\r\n\r\nHello.\r\n"
      ".A line with a leading dot.\r\n";

} // namespace

class TestOutboxScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paths_data();
    void paths();
};

void TestOutboxScripted::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOutboxScripted::paths_data()
{
    QTest::addColumn<QList<QList<QByteArray>>>("scripts");
    QTest::addColumn<QString>("firstState"); // after the first attempt
    QTest::addColumn<int>("firstReplyCode");
    QTest::addColumn<QString>("firstErrorCode");
    QTest::addColumn<QString>("finalPlace"); // "sent" or "outbox:<state>"
    QTest::addColumn<int>("finalAttempts");

    QTest::newRow("421 after the final dot, then accepted") << QList<QList<QByteArray>> { script(R"(
            S: 220 fake.example.org ESMTP
            C: EHLO client.example.org
            S: 250 fake.example.org
            C: MAIL FROM:<alice@example.org>
            S: 250 2.1.0 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 2.1.5 Ok
            C: DATA
            S: 354 End data with <CR><LF>.<CR><LF>
            X: data
            S: 421 4.3.2 Service shutting down, try again later
            X: expect-close)"),
        script(Accepting) } << QStringLiteral("waiting") << 421
                                                            << QStringLiteral("service-unavailable")
                                                            << QStringLiteral("sent") << 2;

    QTest::newRow("connection dropped after the dot, before the reply")
        << QList<QList<QByteArray>> { script(R"(
            S: 220 fake.example.org ESMTP
            C: EHLO client.example.org
            S: 250 fake.example.org
            C: MAIL FROM:<alice@example.org>
            S: 250 2.1.0 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 2.1.5 Ok
            C: DATA
            S: 354 End data with <CR><LF>.<CR><LF>
            X: data
            X: abort)") }
        << QStringLiteral("may-have-been-sent") << 0 << QStringLiteral("may-have-been-sent")
        << QStringLiteral("outbox:may-have-been-sent") << 1;

    QTest::newRow("silence after the dot until the deadline")
        << QList<QList<QByteArray>> { script(R"(
            S: 220 fake.example.org ESMTP
            C: EHLO client.example.org
            S: 250 fake.example.org
            C: MAIL FROM:<alice@example.org>
            S: 250 2.1.0 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 2.1.5 Ok
            C: DATA
            S: 354 End data with <CR><LF>.<CR><LF>
            X: data
            X: silent)") }
        << QStringLiteral("may-have-been-sent") << 0 << QStringLiteral("may-have-been-sent")
        << QStringLiteral("outbox:may-have-been-sent") << 1;

    QTest::newRow("451 to MAIL FROM, then accepted") << QList<QList<QByteArray>> { script(R"(
            S: 220 fake.example.org ESMTP
            C: EHLO client.example.org
            S: 250 fake.example.org
            C: MAIL FROM:<alice@example.org>
            S: 451 4.3.0 Mail server temporarily rejected message
            C: QUIT
            S: 221 2.0.0 Bye
            X: expect-close)"),
        script(Accepting) } << QStringLiteral("waiting")
                                                     << 451 << QStringLiteral("sender-refused")
                                                     << QStringLiteral("sent") << 2;

    QTest::newRow("421 greeting, then accepted") << QList<QList<QByteArray>> { script(R"(
            S: 421 4.3.2 Too busy, come back later
            X: expect-close)"),
        script(Accepting) } << QStringLiteral("waiting")
                                                 << 421 << QStringLiteral("service-unavailable")
                                                 << QStringLiteral("sent") << 2;

    QTest::newRow("554 after the dot: the person decides") << QList<QList<QByteArray>> { script(R"(
            S: 220 fake.example.org ESMTP
            C: EHLO client.example.org
            S: 250 fake.example.org
            C: MAIL FROM:<alice@example.org>
            S: 250 2.1.0 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 2.1.5 Ok
            C: DATA
            S: 354 End data with <CR><LF>.<CR><LF>
            X: data
            S: 554 5.7.1 Message refused
            C: QUIT
            S: 221 2.0.0 Bye
            X: expect-close)") } << QStringLiteral("failed")
                                                           << 554 << QStringLiteral("message-refused")
                                                           << QStringLiteral("outbox:failed") << 1;
}

void TestOutboxScripted::paths()
{
    QFETCH(QList<QList<QByteArray>>, scripts);
    QFETCH(QString, firstState);
    QFETCH(int, firstReplyCode);
    QFETCH(QString, firstErrorCode);
    QFETCH(QString, finalPlace);
    QFETCH(int, finalAttempts);

    FakeSmtpServer server;
    QVERIFY(server.setScripts(scripts));
    QVERIFY(server.listen());
    QTemporaryDir dir;
    MailStore store(dir.path());
    QVERIFY(store.open());
    QByteArray eml = Message;
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.org");
    item.recipients = { QStringLiteral("bob@example.org") };
    item.size = eml.size();
    QVERIFY(store.outbox()->enqueue(&buffer, item));

    SmtpConnectionSettings settings;
    settings.host = server.address().toString();
    settings.port = server.port();
    settings.security = Smtp::Security::None;
    settings.authMechanism = "none";
    settings.heloName = QStringLiteral("client.example.org");
    settings.timeouts = SmtpTimeouts::uniform(1500);
    OutboxSender sender(store.outbox(),
        [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); });
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 150 };
    sender.setRetryPolicy(policy);
    QList<OutboxItem> outcomes;
    connect(&sender, &OutboxSender::itemFinished, this,
        [&outcomes](const QString &, const OutboxItem &after) { outcomes.append(after); });
    sender.setAutomatic(true);

    QTRY_VERIFY_WITH_TIMEOUT(!outcomes.isEmpty(), 15000);
    const OutboxItem first = outcomes.first();
    QCOMPARE(OutboxItem::stateName(first.state), firstState);
    QCOMPARE(first.lastError.replyCode, firstReplyCode);
    QCOMPARE(first.lastError.code, firstErrorCode);
    QCOMPARE(first.attempts, 1);

    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), int(scripts.size()), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy() && outcomes.size() == scripts.size(), 15000);
    QTest::qWait(600); // an automatic resend would connect again: the server counts that as an error
    QVERIFY2(server.waitForDone(5000), qPrintable(server.report()));
    QCOMPARE(server.connectionCount(), int(scripts.size()));

    QString place;
    OutboxItem final;
    if (store.sent()->contains(item.id)) {
        place = QStringLiteral("sent");
        store.sent()->item(item.id, &final);
        QCOMPARE(final.delivery.queueId, QStringLiteral("7Hx2"));
    } else {
        store.outbox()->item(item.id, &final);
        place = QStringLiteral("outbox:") + OutboxItem::stateName(final.state);
    }
    QCOMPARE(place, finalPlace);
    QCOMPARE(final.attempts, finalAttempts);
    // Whatever the server got is exactly the stored message.
    for (const QByteArray &raw : server.receivedMessages()) {
        QCOMPARE(FakeSmtpServer::decodeDataBody(raw), Message);
    }
}

QTEST_GUILESS_MAIN(TestOutboxScripted)
#include "tst_outboxscripted.moc"
