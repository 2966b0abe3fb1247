// The outbox against a scripted fake server: delivery reports, the retry and "may have been sent" paths
// (421 after the final dot, a disconnect or silence after it, 4xx then success, permanent failures, the
// retry cap), send later, claims between senders, the sent folder's cap, crash recovery from states written
// on disk, and the live models.

#include "outboxtestserver.h"

#include "store/draft.h"
#include "store/mailstore.h"
#include "store/outboxmodel.h"
#include "store/outboxsender.h"
#include "store/sentmodel.h"
#include "store/storefiles.h"
#include "store/storelock.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

SmtpConnectionSettings settingsFor(quint16 port, int timeoutMs = 10000)
{
    SmtpConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = Smtp::Security::None;
    s.authMechanism = "none";
    s.timeouts = SmtpTimeouts::uniform(timeoutMs);
    return s;
}

QByteArray testMessage(const QByteArray &marker, int bodyLines = 3)
{
    QByteArray eml = "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: test " + marker
        + "\r\nMessage-ID: <" + marker + "@example.org>\r\n\r\n";
    for (int i = 0; i < bodyLines; ++i) {
        eml += "line " + QByteArray::number(i) + " of " + marker + "\r\n";
    }
    eml += ".a line that starts with a dot\r\n";
    return eml;
}

struct Finished
{
    QString id;
    OutboxItem item;
    SmtpSendResult result;
    SmtpError error;
    QString storeError;
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendsAndFilesDeliveryReport();
    void reply421AfterDotIsRetried();
    void disconnectAfterDotIsMayHaveBeenSent();
    void silenceAfterDotIsMayHaveBeenSent();
    void temporaryThenSuccess();
    void connectionRefusedIsRetried();
    void permanentFailureWaitsForPerson();
    void allRecipientsRefused();
    void partialRecipientsRefused();
    void temporarilyRefusedRecipientsAreRetried();
    void retryCapGivesUp();
    void sendLater();
    void claimedItemIsNotSentTwice();
    void removeWhileSendingIsRefused();
    void senderDestroyedMidSend();
    void unreadableMessageFails();
    void resolverErrorFails();
    void cancelOneLeavesTheOthers();
    void queuedDraftKeepsEnvelopePreferences();
    void enqueueFromMimeMessage();
    void sentFolderPrunesOldestFirst();
    void recoverSendingWithMarkerRequeues();
    void recoverSendingWithoutMarkerIsMayHaveBeenSent();
    void recoverFinishesFilingSent();
    void recoverRemovesUncommittedEnqueue();
    void recoverRemovesQueuedDraft();
    void damagedItemIsListedNotSent();
    void sidecarBetweenVersionsIsRead();
    void modelsFollowTheStore();

private:
    OutboxItem queue(const QByteArray &marker,
        const QStringList &recipients = { QStringLiteral("bob@example.org") }, int bodyLines = 3);
    std::unique_ptr<OutboxSender> makeSender(int timeoutMs = 10000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailStore> m_store;
    std::unique_ptr<OutboxTestServer> m_server;
    QList<Finished> m_finished;
};

void TestOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<MailStore>(m_dir->path());
    QVERIFY(m_store->open());
    m_server = std::make_unique<OutboxTestServer>();
    QVERIFY(m_server->listen());
    m_finished.clear();
}

void TestOutbox::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

OutboxItem TestOutbox::queue(const QByteArray &marker, const QStringList &recipients, int bodyLines)
{
    QByteArray eml = testMessage(marker, bodyLines);
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.org");
    item.recipients = recipients;
    item.subject = QStringLiteral("test ") + QString::fromLatin1(marker);
    item.size = eml.size();
    QString error;
    if (!m_store->outbox()->enqueue(&buffer, item, &error)) {
        qWarning("enqueue failed: %s", qPrintable(error));
    }
    return item;
}

std::unique_ptr<OutboxSender> TestOutbox::makeSender(int timeoutMs)
{
    const SmtpConnectionSettings settings = settingsFor(m_server->port(), timeoutMs);
    auto sender = std::make_unique<OutboxSender>(m_store->outbox(),
        [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); });
    connect(sender.get(), &OutboxSender::itemFinished, this,
        [this](const QString &id, const OutboxItem &item, const SmtpSendResult &result,
            const SmtpError &error, const QString &storeError) {
            m_finished.append({ id, item, result, error, storeError });
        });
    return sender;
}

void TestOutbox::sendsAndFilesDeliveryReport()
{
    const OutboxItem item = queue("report");
    QVERIFY(!item.id.isEmpty());
    QCOMPARE(m_store->outbox()->list().size(), 1);
    const QByteArray stored = [&] {
        QFile f(m_store->outbox()->messagePath(item.id));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QCOMPARE(stored, testMessage("report"));

    auto sender = makeSender();
    QVERIFY(sender->sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY(m_finished.first().result.accepted);
    QVERIFY(m_finished.first().storeError.isEmpty());
    QCOMPARE(m_finished.first().item.state, OutboxItem::State::Sent);

    QVERIFY(m_store->outbox()->list().isEmpty());
    QVERIFY(!QFileInfo::exists(m_store->outbox()->itemDirectory(item.id)));
    OutboxItem sent;
    QVERIFY(m_store->sent()->item(item.id, &sent));
    QCOMPARE(sent.state, OutboxItem::State::Sent);
    QCOMPARE(sent.attempts, 1);
    QCOMPARE(sent.delivery.replyCode, 250);
    QCOMPARE(sent.delivery.reply, QStringLiteral("250 2.0.0 Ok: queued as Q1"));
    QCOMPARE(sent.delivery.queueId, QStringLiteral("Q1"));
    QCOMPARE(sent.delivery.recipients.size(), 1);
    QVERIFY(sent.delivery.recipients.first().accepted);
    QCOMPARE(sent.delivery.server, QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    QVERIFY(sent.delivery.steps.size() >= 5);
    QFile copy(m_store->sent()->messagePath(item.id));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), stored);
    // What the server got is exactly the stored message (the engine dot-stuffed it, the server unstuffed it).
    QCOMPARE(m_server->received().first().body, stored);
    QVERIFY(!QFileInfo::exists(m_store->sent()->itemDirectory(item.id) + QStringLiteral("/unsent")));
}

void TestOutbox::reply421AfterDotIsRetried()
{
    OutboxTestServer::SessionPlan refuse;
    refuse.afterDot = OutboxTestServer::AfterDot::Reply;
    refuse.dotReply = "421 4.3.2 Shutting down, try later";
    m_server->addPlan(refuse);
    const OutboxItem item = queue("r421");
    auto sender = makeSender();
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 300 };
    sender->setRetryPolicy(policy);
    sender->setAutomatic(true);

    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    const Finished first = m_finished.first();
    QVERIFY(!first.result.accepted);
    QCOMPARE(first.error.code(), SmtpError::ServiceUnavailable);
    QCOMPARE(first.item.state, OutboxItem::State::Waiting);
    OutboxItem waiting;
    QVERIFY(m_store->outbox()->item(item.id, &waiting));
    QCOMPARE(waiting.state, OutboxItem::State::Waiting);
    QCOMPARE(waiting.attempts, 1);
    QCOMPARE(waiting.lastError.replyCode, 421);
    QCOMPARE(waiting.lastError.step, QStringLiteral("data"));
    QCOMPARE(waiting.lastError.code, QStringLiteral("service-unavailable"));
    QVERIFY(waiting.lastError.temporary);
    QVERIFY(waiting.nextAttempt.isValid());
    QVERIFY(!m_store->outbox()->hasUnsentMarker(item.id));

    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QVERIFY(m_finished.at(1).result.accepted);
    OutboxItem sent;
    QVERIFY(m_store->sent()->item(item.id, &sent));
    QCOMPARE(sent.attempts, 2);
    QCOMPARE(m_server->dotsReceived(), 2); // the first one the server refused in so many words
    QCOMPARE(m_server->accepted(), 1);
    QVERIFY(m_store->outbox()->list().isEmpty());
}

void TestOutbox::disconnectAfterDotIsMayHaveBeenSent()
{
    OutboxTestServer::SessionPlan drop;
    drop.afterDot = OutboxTestServer::AfterDot::Disconnect;
    m_server->addPlan(drop);
    const OutboxItem item = queue("drop");
    auto sender = makeSender();
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 10 };
    sender->setRetryPolicy(policy);
    sender->setAutomatic(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(m_finished.first().error.code(), SmtpError::MessageMayHaveBeenSent);
    OutboxItem stored;
    QVERIFY(m_store->outbox()->item(item.id, &stored));
    QCOMPARE(stored.state, OutboxItem::State::MayHaveBeenSent);
    QCOMPARE(stored.lastError.code, QStringLiteral("may-have-been-sent"));
    QVERIFY(stored.needsAttention());

    // Never again on its own: not by the timer, not by a flush.
    QTest::qWait(500);
    QCOMPARE(sender->flush(), 0);
    QTest::qWait(200);
    QCOMPARE(m_server->connections(), 1);
    QCOMPARE(m_finished.size(), 1);

    // The person decides to send it again.
    QVERIFY(m_store->outbox()->retry(item.id));
    QVERIFY(sender->sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QVERIFY(m_finished.at(1).result.accepted);
    QVERIFY(m_store->sent()->contains(item.id));
    QCOMPARE(m_server->dotsReceived(), 2);
}

void TestOutbox::silenceAfterDotIsMayHaveBeenSent()
{
    OutboxTestServer::SessionPlan silent;
    silent.afterDot = OutboxTestServer::AfterDot::Silence;
    m_server->addPlan(silent);
    const OutboxItem item = queue("silence");
    auto sender = makeSender(1500); // every deadline, the one after the final dot included
    QVERIFY(sender->sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 15000);
    QCOMPARE(m_finished.first().error.code(), SmtpError::MessageMayHaveBeenSent);
    OutboxItem stored;
    QVERIFY(m_store->outbox()->item(item.id, &stored));
    QCOMPARE(stored.state, OutboxItem::State::MayHaveBeenSent);
    QCOMPARE(sender->flush(), 0);
}

void TestOutbox::temporaryThenSuccess()
{
    OutboxTestServer::SessionPlan busy;
    busy.mailReply = "451 4.3.0 Mail server temporarily busy";
    m_server->addPlan(busy);
    const OutboxItem item = queue("busy");
    auto sender = makeSender();
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 200 };
    sender->setRetryPolicy(policy);
    sender->setAutomatic(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(m_finished.first().item.state, OutboxItem::State::Waiting);
    QCOMPARE(m_finished.first().item.lastError.replyCode, 451);
    QCOMPARE(m_finished.first().item.lastError.step, QStringLiteral("mail-from"));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QVERIFY(m_finished.at(1).result.accepted);
    QCOMPARE(m_server->dotsReceived(), 1);
    QCOMPARE(m_server->connections(), 2);
    OutboxItem sent;
    QVERIFY(m_store->sent()->item(item.id, &sent));
    QCOMPARE(sent.attempts, 2);
}

void TestOutbox::connectionRefusedIsRetried()
{
    const OutboxItem item = queue("refused");
    const quint16 closedPort = [] {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }();
    const SmtpConnectionSettings settings = settingsFor(closedPort);
    OutboxSender sender(m_store->outbox(),
        [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); });
    connect(&sender, &OutboxSender::itemFinished, this,
        [this](const QString &id, const OutboxItem &i, const SmtpSendResult &r, const SmtpError &e,
            const QString &s) {
            m_finished.append({ id, i, r, e, s });
        });
    QVERIFY(sender.sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(m_finished.first().error.code(), SmtpError::ConnectionRefused);
    QCOMPARE(m_finished.first().item.state, OutboxItem::State::Waiting);
    QCOMPARE(m_finished.first().item.lastError.step, QStringLiteral("connect"));
}

void TestOutbox::permanentFailureWaitsForPerson()
{
    OutboxTestServer::SessionPlan reject;
    reject.dotReply = "554 5.7.1 Message rejected as spam";
    m_server->setDefaultPlan(reject);
    const OutboxItem item = queue("spam");
    auto sender = makeSender();
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 10 };
    sender->setRetryPolicy(policy);
    sender->setAutomatic(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(m_finished.first().error.code(), SmtpError::MessageRefused);
    OutboxItem stored;
    QVERIFY(m_store->outbox()->item(item.id, &stored));
    QCOMPARE(stored.state, OutboxItem::State::Failed);
    QCOMPARE(stored.lastError.replyCode, 554);
    QCOMPARE(stored.lastError.enhancedCode, QStringLiteral("5.7.1"));
    QVERIFY(!stored.lastError.temporary);
    QCOMPARE(stored.lastError.exitCode, 65);
    QTest::qWait(300);
    QCOMPARE(m_server->connections(), 1);
}

void TestOutbox::allRecipientsRefused()
{
    OutboxTestServer::SessionPlan plan;
    plan.rcptReplies.insert(QStringLiteral("nobody@example.org"), "550 5.1.1 No such user");
    m_server->setDefaultPlan(plan);
    const OutboxItem item = queue("nobody", { QStringLiteral("nobody@example.org") });
    auto sender = makeSender();
    QVERIFY(sender->sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(m_finished.first().item.state, OutboxItem::State::Failed);
    QCOMPARE(m_server->dotsReceived(), 0);
}

void TestOutbox::partialRecipientsRefused()
{
    OutboxTestServer::SessionPlan plan;
    plan.rcptReplies.insert(QStringLiteral("carol@example.org"), "550 5.1.1 No such user");
    m_server->setDefaultPlan(plan);
    const OutboxItem item
        = queue("partial", { QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org") });
    auto sender = makeSender();
    QVERIFY(sender->sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY(m_finished.first().result.accepted);
    OutboxItem sent;
    QVERIFY(m_store->sent()->item(item.id, &sent));
    QCOMPARE(sent.delivery.refusedRecipients(), QStringList { QStringLiteral("carol@example.org") });
    QCOMPARE(sent.delivery.recipients.at(1).replyCode, 550);
}

void TestOutbox::temporarilyRefusedRecipientsAreRetried()
{
    OutboxTestServer::SessionPlan first;
    first.rcptReplies.insert(QStringLiteral("carol@example.org"), "450 4.2.1 Mailbox busy, try later");
    m_server->addPlan(first);
    const OutboxItem item
        = queue("split", { QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org") });
    auto sender = makeSender();
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 200 };
    sender->setRetryPolicy(policy);
    sender->setAutomatic(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY(m_store->sent()->contains(item.id));
    const QList<OutboxItem> rest = m_store->outbox()->list();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().recipients, QStringList { QStringLiteral("carol@example.org") });
    QCOMPARE(rest.first().state, OutboxItem::State::Waiting);
    QCOMPARE(rest.first().lastError.replyCode, 450);
    QVERIFY(rest.first().note.contains(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QVERIFY(m_finished.at(1).result.accepted);
    QVERIFY(m_store->outbox()->list().isEmpty());
    QCOMPARE(m_server->received().size(), 2);
    QCOMPARE(m_server->received().at(0).recipients, QStringList { QStringLiteral("bob@example.org") });
    QCOMPARE(m_server->received().at(1).recipients, QStringList { QStringLiteral("carol@example.org") });
    QCOMPARE(m_server->received().at(1).body, m_server->received().at(0).body);
}

void TestOutbox::retryCapGivesUp()
{
    OutboxTestServer::SessionPlan busy;
    busy.mailReply = "452 4.3.1 Insufficient system storage";
    m_server->setDefaultPlan(busy);
    const OutboxItem item = queue("cap");
    auto sender = makeSender();
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 20, 40 };
    policy.maxAttempts = 3;
    sender->setRetryPolicy(policy);
    sender->setAutomatic(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 3, 10000);
    QTest::qWait(300);
    QCOMPARE(m_finished.size(), 3);
    OutboxItem stored;
    QVERIFY(m_store->outbox()->item(item.id, &stored));
    QCOMPARE(stored.state, OutboxItem::State::Failed);
    QCOMPARE(stored.attempts, 3);
    QVERIFY(stored.note.contains(QStringLiteral("3 attempts")));
    QCOMPARE(m_server->connections(), 3);
}

void TestOutbox::sendLater()
{
    QByteArray eml = testMessage("later");
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.org");
    item.recipients = { QStringLiteral("bob@example.org") };
    item.notBefore = QDateTime::currentDateTimeUtc().addMSecs(800);
    QVERIFY(m_store->outbox()->enqueue(&buffer, item));
    QCOMPARE(m_store->outbox()->nextDueTime(), item.notBefore);
    auto sender = makeSender();
    sender->setAutomatic(true);
    QCOMPARE(sender->flush(), 0);
    QTest::qWait(300);
    QCOMPARE(m_server->connections(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    OutboxItem sent;
    QVERIFY(m_store->sent()->item(item.id, &sent));
    QVERIFY(sent.delivery.sentAt >= item.notBefore);

    // Rescheduling: a queued message is held again, then let go.
    const OutboxItem second = queue("resched");
    sender->setAutomatic(false);
    QVERIFY(m_store->outbox()->reschedule(second.id, QDateTime::currentDateTimeUtc().addSecs(3600)));
    QCOMPARE(sender->flush(), 0);
    QVERIFY(m_store->outbox()->reschedule(second.id, {}));
    QCOMPARE(sender->flush(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
}

void TestOutbox::claimedItemIsNotSentTwice()
{
    const OutboxItem item = queue("claimed");
    // Another sender (another process, or another Outbox object) holds the claim.
    Outbox other(m_store->outbox()->directory(), m_store->sent());
    QVERIFY(other.claim(item.id));
    QVERIFY(m_store->outbox()->isClaimedElsewhere(item.id));
    auto sender = makeSender();
    QString error;
    QVERIFY(!sender->sendNow(item.id, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(sender->flush(), 0);
    QVERIFY(!m_store->outbox()->remove(item.id, &error));
    QVERIFY(error.contains(QStringLiteral("being sent")));
    QCOMPARE(m_store->outbox()->recover().requeued.size(), 0);
    other.release(item.id);
    QCOMPARE(sender->flush(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(m_server->dotsReceived(), 1);
}

void TestOutbox::removeWhileSendingIsRefused()
{
    OutboxTestServer::SessionPlan hold;
    hold.afterDot = OutboxTestServer::AfterDot::Hold;
    m_server->addPlan(hold);
    const OutboxItem item = queue("held");
    auto sender = makeSender();
    int held = 0;
    connect(m_server.get(), &OutboxTestServer::dotHeld, this, [&held](int session) { held = session; });
    QVERIFY(sender->sendNow(item.id));
    QTRY_VERIFY_WITH_TIMEOUT(held > 0, 10000);
    OutboxItem sending;
    QVERIFY(m_store->outbox()->item(item.id, &sending));
    QCOMPARE(sending.state, OutboxItem::State::Sending);
    QVERIFY(!m_store->outbox()->hasUnsentMarker(item.id)); // the end of the message has left
    Outbox other(m_store->outbox()->directory(), m_store->sent());
    QString error;
    QVERIFY(!other.remove(item.id, &error));
    QVERIFY(!other.retry(item.id, &error));
    m_server->release(held);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY(m_store->sent()->contains(item.id));
}

void TestOutbox::senderDestroyedMidSend()
{
    // Quitting while the server holds its final reply: "may have been sent", decided at once.
    OutboxTestServer::SessionPlan hold;
    hold.afterDot = OutboxTestServer::AfterDot::Hold;
    m_server->addPlan(hold);
    OutboxTestServer::SessionPlan greeting;
    greeting.holdGreeting = true;
    m_server->addPlan(greeting);
    const OutboxItem afterDot = queue("quit-after-dot");
    const OutboxItem beforeData = queue("quit-before-data");
    int held = 0;
    connect(m_server.get(), &OutboxTestServer::dotHeld, this, [&held](int s) { held = s; });
    connect(m_server.get(), &OutboxTestServer::greetingHeld, this, [&held](int s) { held = s; });
    auto sender = makeSender();
    QVERIFY(sender->sendNow(afterDot.id));
    QTRY_VERIFY_WITH_TIMEOUT(held == 1, 10000);
    sender.reset();
    OutboxItem item;
    QVERIFY(m_store->outbox()->item(afterDot.id, &item));
    QCOMPARE(item.state, OutboxItem::State::MayHaveBeenSent);
    QVERIFY(!m_store->outbox()->isClaimedHere(afterDot.id));

    sender = makeSender();
    QVERIFY(sender->sendNow(beforeData.id));
    QTRY_VERIFY_WITH_TIMEOUT(held == 2, 10000);
    sender.reset();
    QVERIFY(m_store->outbox()->item(beforeData.id, &item));
    QCOMPARE(item.state, OutboxItem::State::Queued);
    QCOMPARE(item.attempts, 1);
    QVERIFY(!m_store->outbox()->hasUnsentMarker(beforeData.id));
}

void TestOutbox::unreadableMessageFails()
{
    const OutboxItem item = queue("gone");
    QVERIFY(QFile::remove(m_store->outbox()->messagePath(item.id)));
    auto sender = makeSender();
    QVERIFY(sender->sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(m_server->connections(), 0);
    OutboxItem stored;
    m_store->outbox()->item(item.id, &stored);
    QCOMPARE(stored.state, OutboxItem::State::Failed);
    QVERIFY(!stored.problem.isEmpty()); // listed as damaged
    QCOMPARE(m_finished.first().item.lastError.code, QStringLiteral("unreadable"));
}

void TestOutbox::resolverErrorFails()
{
    const OutboxItem item = queue("noaccount");
    OutboxSender sender(m_store->outbox(), [](const OutboxItem &, const OutboxSender::SettingsReady &ready) {
        QTimer::singleShot(
            10, [ready] { ready({}, QStringLiteral("The account \"work\" no longer exists.")); });
    });
    connect(&sender, &OutboxSender::itemFinished, this,
        [this](const QString &id, const OutboxItem &i, const SmtpSendResult &r, const SmtpError &e,
            const QString &s) {
            m_finished.append({ id, i, r, e, s });
        });
    QVERIFY(sender.sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    OutboxItem stored;
    QVERIFY(m_store->outbox()->item(item.id, &stored));
    QCOMPARE(stored.state, OutboxItem::State::Failed);
    QCOMPARE(stored.lastError.code, QStringLiteral("account"));
    QCOMPARE(stored.attempts, 0);
    QCOMPARE(m_server->connections(), 0);
}

void TestOutbox::cancelOneLeavesTheOthers()
{
    // The first message waits for its settings (a password prompt, say); the second is lined up after it.
    const OutboxItem first = queue("first");
    const OutboxItem second = queue("second");
    const OutboxItem third = queue("third");
    const SmtpConnectionSettings settings = settingsFor(m_server->port(), 10000);
    OutboxSender::SettingsReady held;
    OutboxSender sender(
        m_store->outbox(), [&](const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
            if (item.id == first.id) {
                held = ready; // answered only after the cancel
            } else {
                ready(settings, {});
            }
        });
    connect(&sender, &OutboxSender::itemFinished, this,
        [this](const QString &id, const OutboxItem &i, const SmtpSendResult &r, const SmtpError &e,
            const QString &s) {
            m_finished.append({ id, i, r, e, s });
        });
    QVERIFY(sender.sendNow(first.id));
    QVERIFY(sender.sendNow(third.id));
    QVERIFY(sender.sendNow(second.id));
    QTRY_VERIFY(held);
    QCOMPARE(sender.sendingIds(), QStringList { first.id });
    sender.cancel(third.id); // only its place in the line
    sender.cancel(first.id); // while its settings are being looked up
    held(settings, {}); // the late answer is ignored
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QCOMPARE(m_finished.at(0).id, first.id);
    QCOMPARE(m_finished.at(0).error.isError(), true);
    QCOMPARE(m_finished.at(1).id, second.id);
    QVERIFY(m_finished.at(1).result.accepted);
    QTest::qWait(200);
    QCOMPARE(m_finished.size(), 2);
    QCOMPARE(m_server->received().size(), 1); // only the second message reached the server
    OutboxItem stored;
    QVERIFY(m_store->outbox()->item(first.id, &stored));
    QCOMPARE(stored.lastError.code, QStringLiteral("cancelled"));
    QVERIFY(m_store->outbox()->item(third.id, &stored));
    QCOMPARE(stored.attempts, 0);
}

void TestOutbox::queuedDraftKeepsEnvelopePreferences()
{
    Draft draft;
    draft.account = QStringLiteral("work");
    draft.from = QStringLiteral("alice@example.org");
    draft.to = QStringLiteral("bob@example.org");
    draft.subject = QStringLiteral("with DSN");
    draft.plainText = QStringLiteral("text");
    QString error;
    QVERIFY2(m_store->drafts()->save(draft, &error), qPrintable(error));
    OutboxItem item;
    item.dsnNotify = { "SUCCESS", "FAILURE" };
    item.dsnReturn = "HDRS";
    QVERIFY2(m_store->queueDraft(draft.id, &item, &error), qPrintable(error));
    OutboxItem stored;
    QVERIFY(m_store->outbox()->item(item.id, &stored));
    QCOMPARE(stored.dsnNotify, (QList<QByteArray> { "SUCCESS", "FAILURE" }));
    QCOMPARE(stored.dsnReturn, QByteArray("HDRS"));
    QCOMPARE(stored.account, QStringLiteral("work"));
    QCOMPARE(stored.recipients, QStringList { QStringLiteral("bob@example.org") });
}

void TestOutbox::enqueueFromMimeMessage()
{
    MimeMessage message;
    message.setFrom(MailAddress(QStringLiteral("alice@example.org"), QStringLiteral("Alice")));
    message.addTo(MailAddress(QStringLiteral("bob@example.org")));
    message.addBcc(MailAddress(QStringLiteral("secret@example.org")));
    message.setSubject(QStringLiteral("Grüße"));
    message.setPlainText(QStringLiteral("Hallo\n.\nEnde"));
    OutboxItem item;
    item.account = QStringLiteral("work");
    QString error;
    QVERIFY2(m_store->outbox()->enqueue(message, item, &error), qPrintable(error));
    QCOMPARE(item.recipients.size(), 2); // Bcc is in the envelope, not in the headers
    QCOMPARE(item.subject, QStringLiteral("Grüße"));
    QVERIFY(!item.messageId.isEmpty());
    QCOMPARE(item.size, QFileInfo(m_store->outbox()->messagePath(item.id)).size());
    auto sender = makeSender();
    QVERIFY(sender->sendNow(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY(m_finished.first().result.accepted);
    QVERIFY(!m_server->received().first().body.contains("secret@example.org"));
    QCOMPARE(m_server->received().first().recipients.size(), 2);
}

void TestOutbox::sentFolderPrunesOldestFirst()
{
    m_store->sent()->setCapacity(3 * 20 * 1024);
    auto sender = makeSender();
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const OutboxItem item
            = queue("prune" + QByteArray::number(i), { QStringLiteral("bob@example.org") }, 600);
        ids.append(item.id);
        QVERIFY(sender->sendNow(item.id));
        QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), i + 1, 10000);
        QTest::qWait(5); // distinct sent times
    }
    const QList<OutboxItem> sent = m_store->sent()->list();
    QVERIFY(m_store->sent()->totalSize() <= m_store->sent()->capacity());
    QVERIFY(sent.size() >= 2 && sent.size() < 5);
    QCOMPARE(sent.first().id, ids.last()); // newest first, and the newest are the ones kept
    QVERIFY(!m_store->sent()->contains(ids.first()));

    m_store->sent()->setCapacity(0);
    m_store->sent()->setMaxCount(1);
    m_store->sent()->prune();
    QCOMPARE(m_store->sent()->list().size(), 1);
    QCOMPARE(m_store->sent()->list().first().id, ids.last());
}

void TestOutbox::recoverSendingWithMarkerRequeues()
{
    const OutboxItem item = queue("crash1");
    Outbox *outbox = m_store->outbox();
    OutboxItem i;
    QVERIFY(outbox->item(item.id, &i));
    QVERIFY(outbox->claim(item.id));
    QVERIFY(outbox->beginAttempt(i, nullptr));
    QVERIFY(outbox->hasUnsentMarker(item.id));
    outbox->abandonClaim(item.id); // as if the process died here: before the end of the message left

    MailStore restarted(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.requeued, QStringList { item.id });
    QVERIFY(recovery.mayHaveBeenSent.isEmpty());
    OutboxItem after;
    QVERIFY(restarted.outbox()->item(item.id, &after));
    QCOMPARE(after.state, OutboxItem::State::Queued);
    QCOMPARE(after.attempts, 1);
    QVERIFY(!after.note.isEmpty());
    QVERIFY(!restarted.outbox()->hasUnsentMarker(item.id));
    QVERIFY(after.isDue(QDateTime::currentDateTimeUtc()));
}

void TestOutbox::recoverSendingWithoutMarkerIsMayHaveBeenSent()
{
    const OutboxItem item = queue("crash2");
    Outbox *outbox = m_store->outbox();
    OutboxItem i;
    QVERIFY(outbox->item(item.id, &i));
    QVERIFY(outbox->claim(item.id));
    QVERIFY(outbox->beginAttempt(i, nullptr));
    QVERIFY(outbox->endOfMessageLeaving(item.id));
    outbox->abandonClaim(item.id); // died after the final dot left, before the reply was filed

    MailStore restarted(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.mayHaveBeenSent, QStringList { item.id });
    OutboxItem after;
    QVERIFY(restarted.outbox()->item(item.id, &after));
    QCOMPARE(after.state, OutboxItem::State::MayHaveBeenSent);
    QCOMPARE(after.lastError.code, QStringLiteral("may-have-been-sent"));
    QVERIFY(!after.isDue(QDateTime::currentDateTimeUtc().addYears(1)));
    QVERIFY(restarted.outbox()->dueIds(QDateTime::currentDateTimeUtc().addYears(1)).isEmpty());
    // Opening again changes nothing.
    QVERIFY(restarted.open(&recovery));
    QVERIFY(recovery.mayHaveBeenSent.isEmpty());
}

void TestOutbox::recoverFinishesFilingSent()
{
    const OutboxItem item = queue("crash3");
    // State Sent written, the rename not done: the crash window of fileAsSent (the claim left behind).
    OutboxItem i;
    QVERIFY(m_store->outbox()->item(item.id, &i));
    QVERIFY(m_store->outbox()->claim(item.id));
    m_store->outbox()->abandonClaim(item.id);
    i.state = OutboxItem::State::Sent;
    i.delivery.sentAt = QDateTime::currentDateTimeUtc();
    i.delivery.reply = QStringLiteral("250 ok");
    QVERIFY(StoreFiles::writeJson(
        m_store->outbox()->itemDirectory(item.id) + QStringLiteral("/item.json"), i.toJson(), nullptr));
    MailStore restarted(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.filedAsSent, QStringList { item.id });
    QVERIFY(!restarted.outbox()->contains(item.id));
    QVERIFY(restarted.sent()->contains(item.id));
}

void TestOutbox::recoverRemovesUncommittedEnqueue()
{
    // A dead process's half-built item (pid 2^22+1 does not exist on Linux: pid_max is at most 2^22).
    const QString leftover = m_store->outbox()->directory() + QStringLiteral("/.incoming-4194305-x");
    QVERIFY(QDir().mkpath(leftover));
    QFile half(leftover + QStringLiteral("/message.eml"));
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write("From: half");
    half.close();
    const QString trash = m_store->outbox()->directory() + QStringLiteral("/.trash-abc");
    QVERIFY(QDir().mkpath(trash));
    MailStore restarted(m_dir->path());
    QVERIFY(restarted.open());
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(!QFileInfo::exists(trash));
    QVERIFY(restarted.outbox()->list().isEmpty());
}

void TestOutbox::recoverRemovesQueuedDraft()
{
    Draft draft;
    draft.from = QStringLiteral("alice@example.org");
    draft.to = QStringLiteral("bob@example.org");
    draft.subject = QStringLiteral("from a draft");
    draft.plainText = QStringLiteral("text");
    QVERIFY(m_store->drafts()->save(draft));
    // Queued but the draft not removed yet (the crash window of queueDraft): the draft was held open by a
    // process that is gone (pid 2^22+1 does not exist on Linux).
    QString error;
    QFile lock(m_store->drafts()->directory() + QStringLiteral("/.open/") + draft.id);
    QVERIFY(QDir().mkpath(QFileInfo(lock).absolutePath()));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4194305\nelsewhere\nepistle\n");
    lock.close();
    OutboxItem item;
    item.draftId = draft.id;
    item.draftRevision = draft.revision;
    QVERIFY2(m_store->outbox()->enqueue(draft.toMessage(&error), item, &error), qPrintable(error));
    QVERIFY(m_store->drafts()->contains(draft.id));
    MailStore restarted(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.removedQueuedDrafts, QStringList { draft.id });
    QVERIFY(!restarted.drafts()->contains(draft.id));
    QVERIFY(restarted.outbox()->contains(item.id));

    // queueDraft does both steps.
    Draft second = draft;
    second.id.clear();
    second.revision = 0;
    QVERIFY(restarted.drafts()->save(second));
    OutboxItem queued;
    QVERIFY2(restarted.queueDraft(second.id, &queued, &error), qPrintable(error));
    QVERIFY(!restarted.drafts()->contains(second.id));
    QCOMPARE(queued.draftId, second.id);
    QCOMPARE(queued.subject, QStringLiteral("from a draft"));
}

void TestOutbox::damagedItemIsListedNotSent()
{
    const OutboxItem item = queue("damaged");
    QFile sidecar(m_store->outbox()->itemDirectory(item.id) + QStringLiteral("/item.json"));
    QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sidecar.write("{ not json");
    sidecar.close();
    const QList<OutboxItem> items = m_store->outbox()->list();
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().problem.isEmpty());
    QVERIFY(items.first().problem.contains(QStringLiteral("damaged")));
    auto sender = makeSender();
    QCOMPARE(sender->flush(), 0);
    QVERIFY(!sender->isBusy());
    QCOMPARE(m_server->connections(), 0);
}

void TestOutbox::sidecarBetweenVersionsIsRead()
{
    // A send step replaces the sidecar in two renames (the old one steps aside first, so ext4 does not write
    // the new one out at once); a process killed between them leaves only item.json.old, which still counts.
    const OutboxItem item = queue("aside");
    const QString sidecar = m_store->outbox()->itemDirectory(item.id) + QStringLiteral("/item.json");
    QVERIFY(QFile::rename(sidecar, sidecar + QStringLiteral(".old")));
    MailStore restarted(m_dir->path());
    QVERIFY(restarted.open());
    OutboxItem read;
    QString error;
    QVERIFY2(restarted.outbox()->item(item.id, &read, &error), qPrintable(error));
    QCOMPARE(read.state, OutboxItem::State::Queued);
    QCOMPARE(read.subject, item.subject);
    const QList<OutboxItem> items = restarted.outbox()->list();
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first().problem.isEmpty());
}

void TestOutbox::modelsFollowTheStore()
{
    auto sender = makeSender();
    OutboxModel outboxModel(m_store->outbox(), sender.get());
    SentModel sentModel(m_store->sent());
    QAbstractItemModelTester outboxTester(
        &outboxModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sentTester(&sentModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(outboxModel.rowCount(), 0);

    OutboxTestServer::SessionPlan refuse;
    refuse.dotReply = "421 4.3.2 Later";
    m_server->addPlan(refuse);
    const OutboxItem a = queue("model-a");
    const OutboxItem b = queue("model-b");
    QCOMPARE(outboxModel.rowCount(), 2);
    QCOMPARE(outboxModel.idAt(0), a.id);
    QCOMPARE(outboxModel.data(outboxModel.index(0, 0), OutboxModel::StateNameRole).toString(),
        QStringLiteral("queued"));

    QList<double> progress;
    connect(&outboxModel, &QAbstractItemModel::dataChanged, this,
        [&](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
            if (roles.contains(OutboxModel::ProgressRole)) {
                progress.append(outboxModel.data(topLeft, OutboxModel::ProgressRole).toDouble());
            }
        });
    QVERIFY(sender->sendNow(a.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QCOMPARE(outboxModel.rowCount(), 2);
    const int rowA = outboxModel.rowOf(a.id);
    QCOMPARE(outboxModel.data(outboxModel.index(rowA, 0), OutboxModel::StateRole).toInt(),
        int(OutboxItem::State::Waiting));
    QCOMPARE(outboxModel.data(outboxModel.index(rowA, 0), OutboxModel::LastReplyRole).toString(),
        QStringLiteral("421 4.3.2 Later"));
    QVERIFY(!progress.isEmpty());

    QVERIFY(sender->sendNow(b.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QCOMPARE(outboxModel.rowCount(), 1);
    QCOMPARE(sentModel.rowCount(), 1);
    QCOMPARE(sentModel.idAt(0), b.id);
    QCOMPARE(sentModel.data(sentModel.index(0, SentModel::QueueIdColumn)).toString(), QStringLiteral("Q2"));
    QCOMPARE(sentModel.data(sentModel.index(0, 0), SentModel::RefusedCountRole).toInt(), 0);

    QVERIFY(m_store->outbox()->remove(a.id));
    QCOMPARE(outboxModel.rowCount(), 0);

    // Another process's change arrives through the watcher.
    outboxModel.setWatchDisk(true);
    Outbox elsewhere(m_store->outbox()->directory(), m_store->sent());
    QByteArray eml = testMessage("elsewhere");
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.org");
    item.recipients = { QStringLiteral("bob@example.org") };
    QVERIFY(elsewhere.enqueue(&buffer, item));
    QTRY_COMPARE_WITH_TIMEOUT(outboxModel.rowCount(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
