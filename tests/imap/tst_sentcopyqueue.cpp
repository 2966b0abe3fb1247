// SentCopyQueue, the outbox's second step: the copy owed from the queueing on survives the filing into the
// sent folder, a failed copy is recorded with its own state and retried on its own (the outbox is never
// touched again), a copy saved is never saved twice, nor by two Epistles at once (a claim). The IMAP server
// is the scripted fake (faults); the whole road with Postfix and Dovecot is tst_sentcopywire.
#include "fakeimapserver.h"
#include "imaptestsupport.h"

#include "store/mailstore.h"
#include "store/sentcopyqueue.h"
#include "store/storefiles.h"
#include "store/storelock.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ImapTestSupport;

class TestSentCopyQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordRoundTrip();
    void owedCopySurvivesTheFiling();
    void temporaryFailureIsRetriedAloneLater();
    void settingsProblemWaitsForThePerson();
    void savedCopyIsNotSavedAgain();
    void automaticFollowsTheSentFolder();
    void copyClaimedElsewhereIsLeftAlone();

private:
    // A message queued owing a copy, then filed as sent (what OutboxBatch does on the server's 250).
    QString sentMessage(const QByteArray &tag);
    OutboxItem sentItem(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailStore> m_store;
};

void TestSentCopyQueue::initTestCase()
{
    qRegisterMetaType<ImapSentCopyResult>();
    qRegisterMetaType<OutboxItem>();
    QVERIFY(TestCertificates().isValid());
}

void TestSentCopyQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MailStore>(m_dir->path());
    QString error;
    QVERIFY2(m_store->open(nullptr, &error), qPrintable(error));
}

void TestSentCopyQueue::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestSentCopyQueue::sentMessage(const QByteArray &tag)
{
    QBuffer body;
    body.setData(message(tag));
    body.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.account = QStringLiteral("acct");
    item.from = QStringLiteral("alice@example.test");
    item.recipients = { QStringLiteral("bob@example.test") };
    item.messageId = "<" + tag + "@example.test>";
    item.size = body.size();
    item.sentCopy.state = SentCopyRecord::State::Pending;
    QString error;
    if (!m_store->outbox()->enqueue(&body, item, &error, true)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    item.delivery.sentAt = sentAt();
    if (!m_store->outbox()->fileAsSent(item, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return item.id;
}

OutboxItem TestSentCopyQueue::sentItem(const QString &id) const
{
    OutboxItem item;
    m_store->sent()->item(id, &item);
    return item;
}

void TestSentCopyQueue::recordRoundTrip()
{
    SentCopyRecord r;
    QVERIFY(!r.isWanted());
    r.state = SentCopyRecord::State::Failed;
    r.folder = QStringLiteral("Sent Items");
    r.attempts = 3;
    r.errorCode = QStringLiteral("over-quota");
    r.errorMessage = QStringLiteral("The mailbox is full.");
    r.exitCode = 65;
    r.lastAttempt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const SentCopyRecord back = SentCopyRecord::fromJson(r.toJson());
    QCOMPARE(back.state, r.state);
    QCOMPARE(back.folder, r.folder);
    QCOMPARE(back.attempts, 3);
    QCOMPARE(back.errorCode, r.errorCode);
    QCOMPARE(back.errorMessage, r.errorMessage);
    QCOMPARE(back.exitCode, 65);
    QCOMPARE(back.lastAttempt, r.lastAttempt);
    QVERIFY(!back.isDue(QDateTime::currentDateTimeUtc())); // permanent: the person decides
    // A sidecar from before copies existed owes none; an unknown state (a newer Epistle) still owes one.
    QVERIFY(!OutboxItem::fromJson(QJsonObject { { QStringLiteral("state"), QStringLiteral("sent") } })
                 .sentCopy.isWanted());
    QCOMPARE(
        SentCopyRecord::fromJson(QJsonObject { { QStringLiteral("state"), QStringLiteral("later") } }).state,
        SentCopyRecord::State::Pending);
}

void TestSentCopyQueue::owedCopySurvivesTheFiling()
{
    const QString id = sentMessage("filed");
    QVERIFY(!id.isEmpty());
    QVERIFY(m_store->outbox()->list().isEmpty());
    const OutboxItem item = sentItem(id);
    QCOMPARE(item.state, OutboxItem::State::Sent);
    QCOMPARE(item.sentCopy.state, SentCopyRecord::State::Pending);
    QVERIFY(item.sentCopy.isDue(QDateTime::currentDateTimeUtc()));
}

void TestSentCopyQueue::temporaryFailureIsRetriedAloneLater()
{
    FakeImapServer server;
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    QVERIFY(server.addScriptText("S: * BYE [UNAVAILABLE] Too many connections\nX: close\n"));
    const QString id = sentMessage("temporary");
    int resolved = 0;
    SentCopyQueue queue(
        m_store->sent(), [&](const OutboxItem &item, const SentCopyQueue::SettingsReady &ready) {
            ++resolved;
            QCOMPARE(item.id, id);
            ready(settings(Smtp::Security::Tls, server.port()), {}, {});
        });
    QSignalSpy finished(&queue, &SentCopyQueue::copyFinished);
    QSignalSpy idle(&queue, &SentCopyQueue::idle);
    QCOMPARE(queue.saveDue(), 1);
    QVERIFY(idle.wait(30000));
    QCOMPARE(finished.size(), 1);
    const OutboxItem after = finished.first().at(1).value<OutboxItem>();
    QCOMPARE(after.sentCopy.state, SentCopyRecord::State::Failed);
    QVERIFY(after.sentCopy.temporary);
    QCOMPARE(after.sentCopy.attempts, 1);
    QVERIFY(after.sentCopy.nextAttempt > QDateTime::currentDateTimeUtc());
    QCOMPARE(after.sentCopy.errorCode, QStringLiteral("greeting-refused"));
    // On disk as reported, and the message itself stays sent: nothing went back to the outbox.
    QCOMPARE(sentItem(id).sentCopy.state, SentCopyRecord::State::Failed);
    QCOMPARE(sentItem(id).state, OutboxItem::State::Sent);
    QVERIFY(m_store->outbox()->list().isEmpty());

    // Not due yet: an automatic run leaves it; once due, it goes again, alone.
    QCOMPARE(queue.saveDue(), 0);
    OutboxRetryPolicy now;
    now.delaysMs = { 0 };
    queue.setRetryPolicy(now);
    QVERIFY(server.addScriptText("S: * BYE [UNAVAILABLE] Still busy\nX: close\n"));
    QVERIFY(queue.save(id));
    QVERIFY(idle.wait(30000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(resolved, 2);
    QCOMPARE(sentItem(id).sentCopy.attempts, 2);
    QCOMPARE(server.connectionCount(), 2);
    QVERIFY(m_store->outbox()->list().isEmpty());
}

void TestSentCopyQueue::settingsProblemWaitsForThePerson()
{
    const QString id = sentMessage("no-password");
    SentCopyQueue queue(m_store->sent(), [](const OutboxItem &, const SentCopyQueue::SettingsReady &ready) {
        ready({}, {}, QStringLiteral("No IMAP password is saved."));
    });
    QSignalSpy idle(&queue, &SentCopyQueue::idle);
    QCOMPARE(queue.saveDue(), 1);
    QVERIFY(idle.wait(10000));
    const SentCopyRecord r = sentItem(id).sentCopy;
    QCOMPARE(r.state, SentCopyRecord::State::Failed);
    QVERIFY(!r.temporary);
    QCOMPARE(r.errorMessage, QStringLiteral("No IMAP password is saved."));
    QCOMPARE(queue.saveDue(), 0); // waits for the person
    QVERIFY(queue.save(id)); // who may ask again
}

void TestSentCopyQueue::savedCopyIsNotSavedAgain()
{
    const QString id = sentMessage("saved");
    OutboxItem item = sentItem(id);
    item.sentCopy.state = SentCopyRecord::State::Saved;
    item.sentCopy.folder = QStringLiteral("Sent");
    QVERIFY(StoreFiles::writeJson(
        m_store->sent()->itemDirectory(id) + QStringLiteral("/item.json"), item.toJson(), nullptr));
    bool asked = false;
    SentCopyQueue queue(m_store->sent(), [&](const OutboxItem &, const SentCopyQueue::SettingsReady &ready) {
        asked = true;
        ready({}, {}, QStringLiteral("unused"));
    });
    QCOMPARE(queue.saveDue(), 0);
    QString error;
    QVERIFY(!queue.save(id, &error));
    QVERIFY2(error.contains(QLatin1String("saved already")), qPrintable(error));
    QCoreApplication::processEvents(); // a queued start would run now
    QVERIFY(!asked);
}

void TestSentCopyQueue::automaticFollowsTheSentFolder()
{
    QStringList started;
    SentCopyQueue queue(
        m_store->sent(), [&](const OutboxItem &item, const SentCopyQueue::SettingsReady &ready) {
            started << item.id;
            ready({}, {}, QStringLiteral("stop here"));
        });
    QSignalSpy idle(&queue, &SentCopyQueue::idle);
    queue.setAutomatic(true);
    const QString id = sentMessage("automatic");
    QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty(); }, 10000));
    QCOMPARE(started, QStringList { id });
}

void TestSentCopyQueue::copyClaimedElsewhereIsLeftAlone()
{
    // Another Epistle (the app, while a command line flushes) is saving this copy: this one neither asks
    // for settings nor records an attempt, and takes the copy up once the claim is gone.
    const QString id = sentMessage("claimed");
    StoreLock other(m_store->sent()->copyClaimPath(id));
    QVERIFY(other.tryLock());
    QStringList asked;
    SentCopyQueue queue(
        m_store->sent(), [&](const OutboxItem &item, const SentCopyQueue::SettingsReady &ready) {
            asked << item.id;
            ready({}, {}, QStringLiteral("stop here"));
        });
    QSignalSpy idle(&queue, &SentCopyQueue::idle);
    QCOMPARE(queue.saveDue(), 1);
    QVERIFY(idle.wait(10000));
    QVERIFY(asked.isEmpty());
    QCOMPARE(sentItem(id).sentCopy.state, SentCopyRecord::State::Pending);
    QCOMPARE(sentItem(id).sentCopy.attempts, 0);
    other.unlock();
    QCOMPARE(queue.saveDue(), 1);
    QVERIFY(idle.wait(10000));
    QCOMPARE(asked, QStringList { id });
    QCOMPARE(sentItem(id).sentCopy.state, SentCopyRecord::State::Failed);
    QVERIFY(!QFileInfo::exists(m_store->sent()->copyClaimPath(id))); // given up once recorded
}

QTEST_GUILESS_MAIN(TestSentCopyQueue)
#include "tst_sentcopyqueue.moc"
