// The outbox as a queue, against the scripted server: first in first out (send-later items by their time),
// one connection per account for a flush, each message's outcome its own when one fails or the connection
// drops mid-flush (DATA one transaction at a time, and BDAT with transactions overlapping), the journal that
// makes a power cut safe (replayed as a restart of the machine would find it), a start that looks only at
// what a dead process was doing, and moving messages to another account. A flush counts the sent folder's
// copies in memory: its cap still holds, and the count written at the end is right. Accepted messages are
// filed while the next flight is out: a program closed before the filing files them.

#include "outboxtestserver.h"

#include "store/mailstore.h"
#include "store/outboxjournal.h"
#include "store/outboxsender.h"
#include "store/storefiles.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

SmtpConnectionSettings settingsFor(quint16 port)
{
    SmtpConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = Smtp::Security::None;
    s.authMechanism = "none";
    s.timeouts = SmtpTimeouts::uniform(10000);
    return s;
}

QByteArray testMessage(const QByteArray &marker)
{
    return "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: " + marker + "\r\n\r\nbody of "
        + marker + "\r\n";
}

// The subject line of a received message: which one it was.
QByteArray markerOf(const QByteArray &body)
{
    const qsizetype at = body.indexOf("Subject: ");
    return at < 0 ? QByteArray() : body.mid(at + 9, body.indexOf("\r\n", at) - at - 9);
}

struct Finished
{
    QString id;
    OutboxItem item;
    SmtpSendResult result;
    SmtpError error;
};

} // namespace

class TestOutboxQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void flushSendsInQueueOrderOverOneConnection();
    void sendLaterGoesInTheOrderOfItsTime();
    void oneConnectionPerAccount();
    void longQueueTakesSeveralConnections();
    void failureOfOneMessageIsItsOwn_data();
    void failureOfOneMessageIsItsOwn();
    void droppedConnectionSettlesEachMessage_data();
    void droppedConnectionSettlesEachMessage();
    void waitingMessagesGoWhenTheNetworkIsBack();
    void startLooksOnlyAtInterruptedWork();
    void journalAfterAPowerCut();
    void journalOfThisBootFilesOnlyWhatWasSent();
    void messagesMoveToAnotherAccount();
    void flushKeepsTheSentFolderCap();
    void acceptedThenClosedIsFiledAsSent();
    void cancellingAnAcceptedMessageLeavesTheOthers();
    void partlyRefusedMessageIsFiledAtOnce();

private:
    OutboxItem queue(const QByteArray &marker, const QString &account = {}, const QDateTime &notBefore = {});
    std::unique_ptr<OutboxSender> makeSender();
    QStringList receivedMarkers() const;
    // The number of copies the sent folder's count file says it holds (-1: no count).
    int usageCount() const;
    void flushAndWait(OutboxSender *sender, int expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailStore> m_store;
    std::unique_ptr<OutboxTestServer> m_server;
    QList<Finished> m_finished;
};

void TestOutboxQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOutboxQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<MailStore>(m_dir->path());
    QVERIFY(m_store->open());
    m_server = std::make_unique<OutboxTestServer>();
    QVERIFY(m_server->listen());
    m_finished.clear();
}

void TestOutboxQueue::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

OutboxItem TestOutboxQueue::queue(
    const QByteArray &marker, const QString &account, const QDateTime &notBefore)
{
    QByteArray eml = testMessage(marker);
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.org");
    item.recipients = { QStringLiteral("bob@example.org") };
    item.subject = QString::fromLatin1(marker);
    item.account = account;
    item.notBefore = notBefore;
    item.size = eml.size();
    QString error;
    if (!m_store->outbox()->enqueue(&buffer, item, &error)) {
        qWarning("enqueue failed: %s", qPrintable(error));
    }
    return item;
}

std::unique_ptr<OutboxSender> TestOutboxQueue::makeSender()
{
    const SmtpConnectionSettings settings = settingsFor(m_server->port());
    auto sender = std::make_unique<OutboxSender>(m_store->outbox(),
        [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); });
    connect(sender.get(), &OutboxSender::itemFinished, this,
        [this](
            const QString &id, const OutboxItem &item, const SmtpSendResult &result, const SmtpError &error) {
            m_finished.append({ id, item, result, error });
        });
    return sender;
}

QStringList TestOutboxQueue::receivedMarkers() const
{
    QStringList markers;
    for (const OutboxTestServer::Received &r : m_server->received()) {
        markers.append(QString::fromLatin1(markerOf(r.body)));
    }
    return markers;
}

int TestOutboxQueue::usageCount() const
{
    QFile usage(m_store->sent()->directory() + QStringLiteral("/.usage"));
    if (!usage.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return QJsonDocument::fromJson(usage.readAll()).object().value(QStringLiteral("count")).toInt(-1);
}

void TestOutboxQueue::flushAndWait(OutboxSender *sender, int expected)
{
    QSignalSpy idle(sender, &OutboxSender::idle);
    QVERIFY(sender->flush() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && !sender->isBusy(), 30000);
    QCOMPARE(m_finished.size(), expected);
}

void TestOutboxQueue::flushSendsInQueueOrderOverOneConnection()
{
    QStringList markers;
    for (int i = 1; i <= 20; ++i) {
        markers.append(QStringLiteral("q%1").arg(i));
        queue(markers.last().toLatin1());
    }
    auto sender = makeSender();
    flushAndWait(sender.get(), 20);
    QCOMPARE(receivedMarkers(), markers);
    QCOMPARE(m_server->connections(), 1);
    for (const Finished &f : std::as_const(m_finished)) {
        QVERIFY2(f.result.accepted, qPrintable(f.error.toString()));
    }
    QVERIFY(m_store->outbox()->list().isEmpty());
    QCOMPARE(m_store->sent()->list().size(), 20);
    QCOMPARE(usageCount(), 20); // the count kept while filing is written when the flush is over
    // Nothing of the journal stays once the flush is over.
    QVERIFY(QDir(m_store->outbox()->journalDirectory()).entryList(QDir::Files).isEmpty());
}

void TestOutboxQueue::sendLaterGoesInTheOrderOfItsTime()
{
    // Queued in one order, scheduled in another; all of them due now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    queue("later-3", {}, now.addSecs(-10));
    queue("later-1", {}, now.addSecs(-30));
    queue("later-2", {}, now.addSecs(-20));
    queue("future", {}, now.addSecs(3600));
    auto sender = makeSender();
    flushAndWait(sender.get(), 3);
    QCOMPARE(receivedMarkers(),
        (QStringList { QStringLiteral("later-1"), QStringLiteral("later-2"), QStringLiteral("later-3") }));
    QCOMPARE(m_store->outbox()->list().size(), 1);
}

void TestOutboxQueue::oneConnectionPerAccount()
{
    // Interleaved accounts: each account's messages go together, in their order, the accounts in the order of
    // their oldest message.
    for (const char *name : { "a1", "b1", "a2", "b2", "a3" }) {
        queue(name, QString::fromLatin1(name).left(1));
    }
    QStringList resolved;
    const SmtpConnectionSettings settings = settingsFor(m_server->port());
    OutboxSender sender(
        m_store->outbox(), [&](const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
            resolved.append(item.account);
            ready(settings, {});
        });
    connect(&sender, &OutboxSender::itemFinished, this,
        [this](
            const QString &id, const OutboxItem &item, const SmtpSendResult &result, const SmtpError &error) {
            m_finished.append({ id, item, result, error });
        });
    flushAndWait(&sender, 5);
    QCOMPARE(receivedMarkers(),
        (QStringList { QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("b1"),
            QStringLiteral("b2") }));
    QCOMPARE(m_server->connections(), 2);
    QCOMPARE(resolved, (QStringList { QStringLiteral("a"), QStringLiteral("b") })); // once per connection
    QList<int> sessions;
    for (const OutboxTestServer::Received &r : m_server->received()) {
        sessions.append(r.session);
    }
    QCOMPARE(sessions, (QList<int> { 1, 1, 1, 2, 2 }));
}

void TestOutboxQueue::longQueueTakesSeveralConnections()
{
    const int count = OutboxSender::MaxMessagesPerConnection + 5;
    for (int i = 0; i < count; ++i) {
        queue("long-" + QByteArray::number(i));
    }
    auto sender = makeSender();
    flushAndWait(sender.get(), count);
    QCOMPARE(m_server->connections(), 2);
    QCOMPARE(m_server->dotsReceived(), count);
    QCOMPARE(receivedMarkers().first(), QStringLiteral("long-0"));
    QCOMPARE(receivedMarkers().last(), QStringLiteral("long-%1").arg(count - 1));
}

void TestOutboxQueue::failureOfOneMessageIsItsOwn_data()
{
    QTest::addColumn<bool>("chunking");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("state");
    QTest::newRow("DATA, 550") << false << QByteArray("550 5.7.1 Content refused")
                               << int(OutboxItem::State::Failed);
    QTest::newRow("DATA, 451") << false << QByteArray("451 4.3.0 Try later")
                               << int(OutboxItem::State::Waiting);
    QTest::newRow("BDAT, 550") << true << QByteArray("550 5.7.1 Content refused")
                               << int(OutboxItem::State::Failed);
    QTest::newRow("BDAT, 452") << true << QByteArray("452 4.3.1 Out of room")
                               << int(OutboxItem::State::Waiting);
}

void TestOutboxQueue::failureOfOneMessageIsItsOwn()
{
    QFETCH(bool, chunking);
    QFETCH(QByteArray, reply);
    QFETCH(int, state);
    OutboxTestServer::SessionPlan plan;
    plan.chunking = chunking;
    plan.dotReplies.insert(7, reply);
    m_server->addPlan(plan);
    QStringList ids;
    for (int i = 1; i <= 20; ++i) {
        ids.append(queue("m" + QByteArray::number(i)).id);
    }
    auto sender = makeSender();
    flushAndWait(sender.get(), 20);
    QCOMPARE(m_server->connections(), 1);
    QCOMPARE(m_server->dotsReceived(), 20);
    for (int i = 0; i < 20; ++i) {
        const QString &id = ids.at(i);
        if (i == 6) {
            OutboxItem seventh;
            QVERIFY(m_store->outbox()->item(id, &seventh));
            QCOMPARE(int(seventh.state), state);
            QCOMPARE(seventh.attempts, 1);
            QCOMPARE(seventh.lastError.reply, QString::fromLatin1(reply));
            QVERIFY(!m_store->sent()->contains(id));
            continue;
        }
        QVERIFY2(m_store->sent()->contains(id), qPrintable(QStringLiteral("message %1").arg(i + 1)));
        OutboxItem sent;
        QVERIFY(m_store->sent()->item(id, &sent));
        QCOMPARE(sent.delivery.queueId, QStringLiteral("Q%1").arg(i + 1)); // its own reply, no one else's
    }
    QCOMPARE(m_store->outbox()->list().size(), 1);
}

void TestOutboxQueue::droppedConnectionSettlesEachMessage_data()
{
    QTest::addColumn<bool>("chunking");
    QTest::newRow("DATA, one transaction at a time") << false;
    QTest::newRow("BDAT, transactions overlapping") << true;
}

void TestOutboxQueue::droppedConnectionSettlesEachMessage()
{
    QFETCH(bool, chunking);
    // The server takes message 7 whole and drops the connection without a word on it.
    OutboxTestServer::SessionPlan plan;
    plan.chunking = chunking;
    plan.afterDots.insert(7, OutboxTestServer::AfterDot::Disconnect);
    m_server->addPlan(plan);
    QStringList ids;
    for (int i = 1; i <= 20; ++i) {
        ids.append(queue("d" + QByteArray::number(i)).id);
    }
    auto sender = makeSender();
    flushAndWait(sender.get(), 20);
    const QStringList arrived = receivedMarkers();
    int uncertain = 0, waiting = 0;
    for (int i = 0; i < 20; ++i) {
        const QString &id = ids.at(i);
        const QString marker = QStringLiteral("d%1").arg(i + 1);
        if (i < 6) {
            QVERIFY2(m_store->sent()->contains(id), qPrintable(marker)); // answered 250 before the drop
            continue;
        }
        OutboxItem item;
        QVERIFY2(m_store->outbox()->item(id, &item), qPrintable(marker));
        QVERIFY(!m_store->sent()->contains(id));
        QVERIFY(!m_store->outbox()->hasUnsentMarker(id));
        if (i == 6 || arrived.contains(marker)) {
            // Its end reached the server and no reply came: only the person may send it again.
            QCOMPARE(item.state, OutboxItem::State::MayHaveBeenSent);
        }
        if (item.state == OutboxItem::State::MayHaveBeenSent) {
            ++uncertain;
        } else {
            QCOMPARE(item.state, OutboxItem::State::Waiting); // nothing of it can have been delivered
            QCOMPARE(item.attempts, 1);
            ++waiting;
        }
    }
    qInfo("after the drop: %d may have been sent, %d waiting", uncertain, waiting);
    QVERIFY(uncertain >= 1);
    // DATA: the next transaction waits for message 7's reply; BDAT: at most the window in flight.
    QVERIFY(uncertain <= (chunking ? SmtpSender::MaxTransactionsInFlight : 1));
    QCOMPARE(uncertain + waiting, 14);

    // A retry run sends the waiting ones once, and never the uncertain ones.
    const int before = m_server->dotsReceived();
    OutboxSender::RetryPolicy now;
    now.delaysMs = { 0 };
    m_finished.clear();
    auto again = makeSender();
    again->setRetryPolicy(now);
    QSignalSpy idle(again.get(), &OutboxSender::idle);
    QCOMPARE(again->flushWaiting(), waiting);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && !again->isBusy(), 30000);
    QCOMPARE(m_server->dotsReceived(), before + waiting);
    QStringList markers = receivedMarkers();
    QCOMPARE(markers.removeDuplicates(), 0); // none twice
    QCOMPARE(m_store->outbox()->list().size(), uncertain);
}

void TestOutboxQueue::waitingMessagesGoWhenTheNetworkIsBack()
{
    // Two waiting for a retry an hour from now, one failed, one that may have been sent, one queued.
    QStringList ids;
    for (const char *name : { "w1", "failed", "w2", "maybe", "queued" }) {
        ids.append(queue(name).id);
    }
    const auto setState = [this](const QString &id, OutboxItem::State state) {
        OutboxItem i;
        QVERIFY(m_store->outbox()->item(id, &i));
        QVERIFY(m_store->outbox()->claim(id));
        i.state = state;
        i.attempts = 1;
        i.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(m_store->outbox()->finishAttempt(i, nullptr));
        m_store->outbox()->release(id);
    };
    setState(ids.at(0), OutboxItem::State::Waiting);
    setState(ids.at(1), OutboxItem::State::Failed);
    setState(ids.at(2), OutboxItem::State::Waiting);
    setState(ids.at(3), OutboxItem::State::MayHaveBeenSent);
    auto sender = makeSender();
    QVERIFY(m_store->outbox()->dueIds(QDateTime::currentDateTimeUtc()) == QStringList { ids.at(4) });
    QSignalSpy idle(sender.get(), &OutboxSender::idle);
    QCOMPARE(sender->flushWaiting(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && !sender->isBusy(), 30000);
    QCOMPARE(receivedMarkers(),
        (QStringList { QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("queued") }));
    QCOMPARE(m_server->connections(), 1);
}

void TestOutboxQueue::startLooksOnlyAtInterruptedWork()
{
    // Fifty messages nobody is sending, their sidecars made unreadable: a start must not even read them.
    QStringList idle;
    for (int i = 0; i < 50; ++i) {
        idle.append(queue("idle-" + QByteArray::number(i)).id);
    }
    for (const QString &id : std::as_const(idle)) {
        QFile sidecar(m_store->outbox()->itemDirectory(id) + QStringLiteral("/item.json"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write("{ damaged");
    }
    // One that a dead process was sending, before the end of the message left.
    const OutboxItem interrupted = queue("interrupted");
    OutboxItem i;
    QVERIFY(m_store->outbox()->item(interrupted.id, &i));
    QVERIFY(m_store->outbox()->claim(interrupted.id));
    QVERIFY(m_store->outbox()->beginAttempt(i, nullptr));
    m_store->outbox()->abandonClaim(interrupted.id);

    MailStore restarted(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.requeued, QStringList { interrupted.id });
    QVERIFY2(recovery.problems.isEmpty(), qPrintable(recovery.problems.join(QLatin1Char('\n'))));
    // They are still there, and listed as damaged when someone looks.
    QCOMPARE(restarted.outbox()->list().size(), 51);
}

namespace {

// Rewrites a journal's boot line, as if it had been written before the machine restarted.
void fromAnotherBoot(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    const QByteArray boot = "boot " + StoreFiles::bootId().toLatin1() + '\n';
    QVERIFY(content.contains(boot));
    content.replace(boot, "boot 00000000-another-boot\n");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

void TestOutboxQueue::journalAfterAPowerCut()
{
    Outbox *outbox = m_store->outbox();
    const OutboxItem sent = queue("sent-not-filed");
    const OutboxItem unknown = queue("no-outcome");
    const OutboxItem refused = queue("refused");
    const OutboxItem settled = queue("settled-on-disk");
    const OutboxItem notStarted = queue("not-started");
    QString path;
    {
        OutboxJournal journal(outbox->journalDirectory());
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        path = journal.path();
        QVERIFY(journal.recordStarting(
            { { sent.id, 0 }, { unknown.id, 0 }, { refused.id, 0 }, { settled.id, 0 } }, &error));
        for (const OutboxItem &item : { sent, unknown, refused, settled }) {
            OutboxItem i;
            QVERIFY(outbox->item(item.id, &i));
            QVERIFY(outbox->claim(item.id));
            QVERIFY(outbox->beginAttempt(i, nullptr, StoreFiles::Sync::Kernel));
            if (item.id != unknown.id) {
                QVERIFY(outbox->endOfMessageLeaving(item.id, StoreFiles::Sync::Kernel));
            }
            if (item.id == settled.id) {
                i.state = OutboxItem::State::Waiting; // its outcome reached the disk
                QVERIFY(outbox->finishAttempt(i, nullptr));
            }
            outbox->abandonClaim(item.id);
        }
        DeliveryReport report;
        report.sentAt = QDateTime::currentDateTimeUtc();
        report.reply = QStringLiteral("250 2.0.0 Ok: queued as P1");
        report.queueId = QStringLiteral("P1");
        journal.recordOutcome(sent.id, OutboxJournal::Outcome::Sent, report.toJson());
        journal.recordOutcome(refused.id, OutboxJournal::Outcome::NotSent);
        QVERIFY(
            journal.recordStarting({ { notStarted.id, 0 } }, &error)); // synced, as the next window would be
    } // the power goes: the journal stays
    QVERIFY(QFileInfo::exists(path));
    fromAnotherBoot(path);

    MailStore restarted(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QVERIFY(!QFileInfo::exists(path));
    // Sent: filed, with the report the journal kept.
    QVERIFY(recovery.filedAsSent.contains(sent.id));
    OutboxItem item;
    QVERIFY(restarted.sent()->item(sent.id, &item));
    QCOMPARE(item.delivery.queueId, QStringLiteral("P1"));
    // Started, no outcome on disk: it may have been sent.
    QVERIFY(restarted.outbox()->item(unknown.id, &item));
    QCOMPARE(item.state, OutboxItem::State::MayHaveBeenSent);
    QVERIFY(recovery.mayHaveBeenSent.contains(unknown.id));
    // Refused, says the journal: queued again.
    QVERIFY(restarted.outbox()->item(refused.id, &item));
    QCOMPARE(item.state, OutboxItem::State::Queued);
    // Its own later state reached the disk: kept.
    QVERIFY(restarted.outbox()->item(settled.id, &item));
    QCOMPARE(item.state, OutboxItem::State::Waiting);
    // Recorded as starting, never begun (still as queued): may have been sent all the same, since a power cut
    // can lose what began.
    QVERIFY(restarted.outbox()->item(notStarted.id, &item));
    QCOMPARE(item.state, OutboxItem::State::MayHaveBeenSent);
}

void TestOutboxQueue::journalOfThisBootFilesOnlyWhatWasSent()
{
    // A sender of this boot was killed: the per-message files are exact, and decide; but a message the
    // server accepted is filed a flight later than its "sent" line is written (OutboxBatch), and that line
    // decides for it.
    Outbox *outbox = m_store->outbox();
    const OutboxItem before = queue("before-end");
    const OutboxItem after = queue("after-end");
    const OutboxItem accepted = queue("accepted-not-filed");
    const OutboxItem untouched = queue("untouched");
    QString path;
    {
        OutboxJournal journal(outbox->journalDirectory());
        QString error;
        QVERIFY(journal.open(&error));
        path = journal.path();
        QVERIFY(journal.recordStarting(
            { { before.id, 0 }, { after.id, 0 }, { accepted.id, 0 }, { untouched.id, 0 } }, &error));
        for (const OutboxItem &item : { before, after, accepted }) {
            OutboxItem i;
            QVERIFY(outbox->item(item.id, &i));
            QVERIFY(outbox->claim(item.id));
            QVERIFY(outbox->beginAttempt(i, nullptr, StoreFiles::Sync::Kernel));
            if (item.id != before.id) {
                QVERIFY(outbox->endOfMessageLeaving(item.id, StoreFiles::Sync::Kernel));
            }
            outbox->abandonClaim(item.id);
        }
        DeliveryReport report;
        report.sentAt = QDateTime::currentDateTimeUtc();
        report.reply = QStringLiteral("250 2.0.0 Ok: queued as K1");
        report.queueId = QStringLiteral("K1");
        QVERIFY(journal.recordOutcome(accepted.id, OutboxJournal::Outcome::Sent, report.toJson()));
    } // killed: the journal stays, unlocked
    MailStore restarted(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(recovery.requeued, QStringList { before.id });
    QCOMPARE(recovery.mayHaveBeenSent, QStringList { after.id });
    QCOMPARE(recovery.filedAsSent, QStringList { accepted.id });
    OutboxItem filed;
    QVERIFY(restarted.sent()->item(accepted.id, &filed));
    QCOMPARE(filed.state, OutboxItem::State::Sent);
    QCOMPARE(filed.delivery.queueId, QStringLiteral("K1"));
    QVERIFY(!restarted.outbox()->contains(accepted.id));
    OutboxItem item;
    QVERIFY(restarted.outbox()->item(untouched.id, &item));
    QCOMPARE(item.state, OutboxItem::State::Queued);
    QCOMPARE(item.attempts, 0);
}

void TestOutboxQueue::messagesMoveToAnotherAccount()
{
    const OutboxItem a1 = queue("a1", QStringLiteral("old"));
    queue("b1", QStringLiteral("other"));
    const OutboxItem a2 = queue("a2", QStringLiteral("old-id"));
    Outbox *outbox = m_store->outbox();
    QCOMPARE(outbox->idsForAccount({ QStringLiteral("old"), QStringLiteral("old-id") }),
        (QStringList { a1.id, a2.id }));
    QVERIFY(outbox->idsForAccount({ QStringLiteral("gone") }).isEmpty());

    // The account is gone: the resolver says so, and the message waits for the person.
    auto sender = std::make_unique<OutboxSender>(
        outbox, [this](const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
            if (item.account == QLatin1String("new")) {
                ready(settingsFor(m_server->port()), {});
            } else {
                ready({}, OutboxSender::accountRemovedMessage());
            }
        });
    connect(sender.get(), &OutboxSender::itemFinished, this,
        [this](
            const QString &id, const OutboxItem &item, const SmtpSendResult &result, const SmtpError &error) {
            m_finished.append({ id, item, result, error });
        });
    QVERIFY(sender->sendNow(a1.id));
    QTRY_COMPARE(m_finished.size(), 1);
    OutboxItem item;
    QVERIFY(outbox->item(a1.id, &item));
    QCOMPARE(item.state, OutboxItem::State::Failed);
    QCOMPARE(item.lastError.message, OutboxSender::accountRemovedMessage());
    QVERIFY(!item.lastError.message.contains(QLatin1String("old")));
    QCOMPARE(m_server->connections(), 0);

    // Moved to another account and sent from it.
    QVERIFY(outbox->reassign(a1.id, QStringLiteral("new")));
    QVERIFY(outbox->retry(a1.id));
    QVERIFY(sender->sendNow(a1.id));
    QTRY_COMPARE(m_finished.size(), 2);
    QVERIFY(m_finished.last().result.accepted);
    QVERIFY(m_store->sent()->item(a1.id, &item));
    QCOMPARE(item.account, QStringLiteral("new"));
    QCOMPARE(
        outbox->idsForAccount({ QStringLiteral("old"), QStringLiteral("old-id") }), QStringList { a2.id });
}

void TestOutboxQueue::flushKeepsTheSentFolderCap()
{
    // A flush counts the copies it files in memory (one write of the count at the end): the cap must still be
    // checked against every copy as it arrives, and the count written must be the folder's.
    m_store->sent()->setMaxCount(5);
    OutboxTestServer::SessionPlan plan;
    plan.chunking = true;
    m_server->setDefaultPlan(plan);
    for (int i = 1; i <= 21; ++i) {
        queue("cap" + QByteArray::number(i));
    }
    auto sender = makeSender();
    flushAndWait(sender.get(), 21);
    QCOMPARE(m_server->connections(), 1);
    QCOMPARE(m_server->dotsReceived(), 21);
    const int kept = int(m_store->sent()->list().size());
    QVERIFY2(kept >= 1 && kept <= 5, qPrintable(QString::number(kept)));
    QCOMPARE(usageCount(), kept);
}

void TestOutboxQueue::acceptedThenClosedIsFiledAsSent()
{
    // The server accepted both messages of the flight; the program goes away (the sender is destroyed) before
    // the batch filed them, which it does once the next flight has left. Both are filed as sent: neither
    // "may have been sent" nor queued again.
    OutboxTestServer::SessionPlan plan;
    plan.chunking = true;
    m_server->setDefaultPlan(plan);
    const QString first = queue("closed1").id;
    const QString second = queue("closed2").id;
    auto sender = makeSender();
    QEventLoop loop;
    bool unfiledWhenAccepted = false;
    connect(sender.get(), &OutboxSender::batchStarted, this, [&](const QStringList &, SmtpSender *smtp) {
        connect(
            smtp, &SmtpSender::messageAccepted, this,
            [&](int index) {
                if (index == 1) {
                    unfiledWhenAccepted
                        = m_store->outbox()->contains(first) && !m_store->sent()->contains(first);
                    loop.quit(); // leaves before the posted filing runs
                }
            },
            Qt::DirectConnection);
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QVERIFY(sender->flush() == 2);
    loop.exec();
    QVERIFY(unfiledWhenAccepted);
    QCOMPARE(m_server->dotsReceived(), 2);
    QVERIFY(!m_store->sent()->contains(first)); // not filed yet: what follows is the closing program's work
    sender.reset();
    QVERIFY(m_store->sent()->contains(first));
    QVERIFY(m_store->sent()->contains(second));
    QVERIFY(m_store->outbox()->list().isEmpty());
    QVERIFY(m_finished.isEmpty()); // nothing is told while the program goes away
}

void TestOutboxQueue::cancellingAnAcceptedMessageLeavesTheOthers()
{
    // The person cancels a message in the moment between the server's 250 for it and its filing: it was sent,
    // so there is nothing to cancel, and the connection goes on with the next one (DATA, one at a time: the
    // second has not begun when the first is accepted).
    const QString first = queue("accepted-cancel1").id;
    const QString second = queue("accepted-cancel2").id;
    auto sender = makeSender();
    OutboxSender *s = sender.get();
    connect(s, &OutboxSender::batchStarted, this, [&](const QStringList &, SmtpSender *smtp) {
        connect(
            smtp, &SmtpSender::messageAccepted, this,
            [&, s](int index) {
                if (index == 0) {
                    QVERIFY(!s->isSending(first));
                    s->cancel(first);
                }
            },
            Qt::DirectConnection);
    });
    flushAndWait(s, 2);
    QCOMPARE(m_server->dotsReceived(), 2);
    QVERIFY(m_store->sent()->contains(first));
    QVERIFY(m_store->sent()->contains(second));
}

void TestOutboxQueue::partlyRefusedMessageIsFiledAtOnce()
{
    // A recipient refused for now is owed a message of its own, which the filing queues: a kill before a
    // deferred filing would file the message as sent from the journal and lose that. So such a message is
    // filed inside the reply that accepted it, before anything else goes out.
    OutboxTestServer::SessionPlan plan;
    plan.chunking = true;
    plan.rcptReplies.insert(QStringLiteral("carol@example.org"), "450 4.2.1 Mailbox busy, try later");
    m_server->setDefaultPlan(plan);
    QByteArray eml = testMessage("partly");
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem partly;
    partly.from = QStringLiteral("alice@example.org");
    partly.recipients = { QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org") };
    partly.size = eml.size();
    QVERIFY(m_store->outbox()->enqueue(&buffer, partly));
    const QString whole = queue("whole").id;
    auto sender = makeSender();
    bool filedWhenAccepted = false;
    bool restQueuedWhenAccepted = false;
    bool wholeDeferred = false;
    connect(sender.get(), &OutboxSender::batchStarted, this, [&](const QStringList &, SmtpSender *smtp) {
        connect(
            smtp, &SmtpSender::messageAccepted, this,
            [&](int index) {
                if (index == 0) {
                    filedWhenAccepted = m_store->sent()->contains(partly.id);
                    const QList<OutboxItem> waiting = m_store->outbox()->list();
                    restQueuedWhenAccepted
                        = std::any_of(waiting.begin(), waiting.end(), [](const OutboxItem &i) {
                              return i.recipients == QStringList { QStringLiteral("carol@example.org") };
                          });
                } else {
                    wholeDeferred = !m_store->sent()->contains(whole); // the usual case: filed a little later
                }
            },
            Qt::DirectConnection);
    });
    QSignalSpy idle(sender.get(), &OutboxSender::idle);
    QVERIFY(sender->send({ partly.id, whole }) == 2);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && !sender->isBusy(), 30000);
    QVERIFY(filedWhenAccepted);
    QVERIFY(restQueuedWhenAccepted);
    QVERIFY(wholeDeferred);
    QVERIFY(m_store->sent()->contains(whole));
}

QTEST_GUILESS_MAIN(TestOutboxQueue)
#include "tst_outboxqueue.moc"
