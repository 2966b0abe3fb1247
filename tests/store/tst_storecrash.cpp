// kill -9 tests. A helper process (store_crash_helper) saves a draft over and over, or sends from the outbox
// to a fake server that holds the conversation at a chosen point; the test kills it with SIGKILL there, then
// opens the store as the next start would and checks: the draft is one whole revision (old or new, never
// torn) and no acknowledged save is lost; each message is in the outbox or in the sent folder, exactly once;
// nothing is sent twice automatically.
//
// EPISTLE_CRASH_ITERATIONS sets how many kills the random tests make (default 12).

#include "aiosmtpdserver.h"
#include "outboxtestserver.h"
#include "storecrashcontent.h"

#include "store/draftstore.h"
#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

int iterations()
{
    const int n = qEnvironmentVariableIntValue("EPISTLE_CRASH_ITERATIONS");
    return n > 0 ? n : 12;
}

// The helper, with its stdout lines collected as they come.
class Helper : public QObject
{
public:
    explicit Helper(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(STORE_CRASH_HELPER));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { read(); });
        m_process.start();
    }
    ~Helper() override { kill(); }

    bool started() { return m_process.waitForStarted(10000); }
    // SIGKILL, then reaped (a zombie would still look alive to the store's checks).
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
        read();
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    const QStringList &lines() const { return m_lines; }
    bool has(const QString &prefix) const
    {
        return std::any_of(
            m_lines.begin(), m_lines.end(), [&](const QString &l) { return l.startsWith(prefix); });
    }
    // The number after the last "saved " line, or -1.
    int lastSaved() const
    {
        for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
            if (m_lines.at(i).startsWith(QLatin1String("saved "))) {
                return m_lines.at(i).mid(6).toInt();
            }
        }
        return -1;
    }

private:
    void read()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(nl)));
            m_buffer.remove(0, nl + 1);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

SmtpConnectionSettings settingsFor(quint16 port)
{
    SmtpConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = Smtp::Security::None;
    s.authMechanism = "none";
    s.timeouts = SmtpTimeouts::uniform(30000);
    return s;
}

QByteArray message(const QByteArray &marker, int kilobytes)
{
    QByteArray eml = "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: " + marker + "\r\n\r\n"
        + marker + "\r\n";
    const QByteArray line
        = "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ " + marker + "\r\n";
    while (eml.size() < qint64(kilobytes) * 1024) {
        eml += line;
    }
    return eml + "end " + marker + "\r\n";
}

QString queue(const QString &storeDir, const QByteArray &marker, int kilobytes = 2)
{
    MailStore store(storeDir);
    store.open();
    QByteArray eml = message(marker, kilobytes);
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.org");
    item.recipients = { QStringLiteral("bob@example.org") };
    item.subject = QString::fromLatin1(marker);
    item.size = eml.size();
    QString error;
    if (!store.outbox()->enqueue(&buffer, item, &error)) {
        qWarning("enqueue: %s", qPrintable(error));
    }
    return item.id;
}

// Where a message is after a restart: "outbox:<state>", "sent", or "lost".
QString whereIs(MailStore &store, const QString &id)
{
    const bool inOutbox = store.outbox()->contains(id);
    const bool inSent = store.sent()->contains(id);
    if (inOutbox && inSent) {
        return QStringLiteral("both");
    }
    if (inSent) {
        return QStringLiteral("sent");
    }
    if (inOutbox) {
        OutboxItem item;
        store.outbox()->item(id, &item);
        return QStringLiteral("outbox:") + OutboxItem::stateName(item.state);
    }
    return QStringLiteral("lost");
}

// What the in-process "next start" sends on its own: everything due, with the automatic sender, until idle.
void sendWhatIsDue(MailStore &store, quint16 port)
{
    const SmtpConnectionSettings settings = settingsFor(port);
    OutboxSender sender(store.outbox(),
        [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); });
    OutboxSender::RetryPolicy policy;
    policy.delaysMs = { 50 };
    sender.setRetryPolicy(policy);
    bool idle = false;
    QObject::connect(&sender, &OutboxSender::idle, [&idle] { idle = true; });
    sender.setAutomatic(true);
    sender.flush();
    QTRY_VERIFY_WITH_TIMEOUT(idle && !sender.isBusy(), 60000);
    QTest::qWait(300); // a timer-driven resend would show up here
    QVERIFY(!sender.isBusy());
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void draftKilledWhileSaving();
    void sendKilledBeforeTheServerAnswers();
    void sendKilledDuringData();
    void sendKilledAfterFinalDot();
    void sendKilledAfterFinalReply();
    void sendKilledAtRandom();
    void killedDuringTheUndoWait();

private:
    quint32 m_seed = 0;
};

void TestStoreCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(STORE_CRASH_HELPER)).isExecutable(), STORE_CRASH_HELPER);
    m_seed = qEnvironmentVariableIsSet("EPISTLE_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("EPISTLE_CRASH_SEED"))
        : QRandomGenerator::system()->generate();
    qInfo("random seed %u (EPISTLE_CRASH_SEED repeats a run)", m_seed);
}

void TestStoreCrash::draftKilledWhileSaving()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString drafts = dir.path() + QStringLiteral("/drafts");
    const QString scratch = dir.path() + QStringLiteral("/scratch");
    QVERIFY(QDir().mkpath(scratch));
    QRandomGenerator random(m_seed);
    int acknowledged = 0;
    int betweenTextAndSidecar = 0;
    int killedDuringFirstSave = 0;
    for (int i = 0; i < iterations(); ++i) {
        Helper helper({ QStringLiteral("drafts"), drafts, scratch });
        QVERIFY(helper.started());
        QTRY_VERIFY_WITH_TIMEOUT(helper.has(QStringLiteral("ready")) || !helper.running(), 20000);
        QVERIFY2(!helper.has(QStringLiteral("error")), qPrintable(helper.lines().join(QLatin1Char('\n'))));
        QTest::qWait(int(random.bounded(10, 600)));
        helper.kill();
        QVERIFY2(!helper.has(QStringLiteral("error")), qPrintable(helper.lines().join(QLatin1Char('\n'))));
        const int ackedThisRun = helper.lastSaved();

        // What the next start finds, before it cleans anything up.
        DraftStore store(drafts);
        if (!store.contains(CrashContent::DraftId)) {
            QCOMPARE(acknowledged, 0); // killed during the very first save: nothing was acknowledged
            ++killedDuringFirstSave;
            continue;
        }
        QCOMPARE(store.recoverable(), QStringList { CrashContent::DraftId });
        const QString folder = store.draftDirectory(CrashContent::DraftId);
        Draft loaded;
        QString error;
        QVERIFY2(store.load(CrashContent::DraftId, &loaded, &error), qPrintable(error));
        const int r = loaded.revision;
        const QStringList emls = QDir(folder).entryList({ QStringLiteral("message-*.eml") }, QDir::Files);
        if (emls.size() > 1) {
            ++betweenTextAndSidecar;
        }
        // Durable: no acknowledged save is lost; at most the one in progress went further.
        QVERIFY2(r >= acknowledged,
            qPrintable(QStringLiteral("revision %1 < acknowledged %2").arg(r).arg(acknowledged)));
        QVERIFY(r >= ackedThisRun);
        QVERIFY(ackedThisRun < 0 ? r <= acknowledged + 1 : r <= ackedThisRun + 1);
        // Whole: exactly revision r, nothing of another one.
        const Draft expected = CrashContent::draft(r);
        QCOMPARE(loaded.subject, expected.subject);
        QCOMPARE(loaded.to, expected.to);
        QVERIFY2(loaded.plainText == expected.plainText,
            qPrintable(QStringLiteral("body of revision %1 differs").arg(r)));
        QCOMPARE(loaded.attachments.size(), expected.attachments.size());
        for (int k = 0; k < expected.attachments.size(); ++k) {
            QCOMPARE(loaded.attachments.at(k).fileName, expected.attachments.at(k).fileName);
            QVERIFY(loaded.attachments.at(k).problem.isEmpty());
            QFile copy(loaded.attachments.at(k).filePath);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QVERIFY(copy.readAll() == expected.attachments.at(k).data);
        }
        acknowledged = r;
        // The next start's clean-up leaves exactly that revision.
        store.cleanUp();
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
            (QStringList { QStringLiteral("draft.json"), QStringLiteral("message-%1.eml").arg(r) }));
        QCOMPARE(QDir(folder + QStringLiteral("/files")).entryList(QDir::Files).size(),
            expected.attachments.size());
    }
    qInfo("%d kills; reached revision %d; %d kills fell between a revision's text and its sidecar; %d during "
          "the "
          "first save",
        iterations(), acknowledged, betweenTextAndSidecar, killedDuringFirstSave);
    QVERIFY(acknowledged > 0);
}

void TestStoreCrash::sendKilledBeforeTheServerAnswers()
{
    QTemporaryDir dir;
    OutboxTestServer server;
    QVERIFY(server.listen());
    OutboxTestServer::SessionPlan hold;
    hold.holdGreeting = true;
    server.addPlan(hold);
    const QByteArray marker = "before-" + QByteArray::number(m_seed);
    const QString id = queue(dir.path(), marker);
    int held = 0;
    connect(&server, &OutboxTestServer::greetingHeld, this, [&held](int s) { held = s; });
    Helper helper({ QStringLiteral("flush"), dir.path(), QString::number(server.port()) });
    QVERIFY(helper.started());
    QTRY_VERIFY_WITH_TIMEOUT(held > 0, 20000);
    {
        MailStore look(dir.path()); // looking only: open() is what a start does
        OutboxItem item;
        QVERIFY(look.outbox()->item(id, &item));
        QCOMPARE(item.state, OutboxItem::State::Sending);
        QVERIFY(look.outbox()->hasUnsentMarker(id));
        QVERIFY(look.outbox()->isClaimedElsewhere(id));
    }
    helper.kill();

    MailStore restarted(dir.path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.requeued, QStringList { id });
    QCOMPARE(whereIs(restarted, id), QStringLiteral("outbox:queued"));
    sendWhatIsDue(restarted, server.port());
    QCOMPARE(whereIs(restarted, id), QStringLiteral("sent"));
    QCOMPARE(server.count(marker), 1);
}

void TestStoreCrash::sendKilledDuringData()
{
    QTemporaryDir dir;
    OutboxTestServer server;
    QVERIFY(server.listen());
    OutboxTestServer::SessionPlan stall;
    stall.stallAfterBodyBytes = 256 * 1024;
    server.addPlan(stall);
    const QByteArray marker = "data-" + QByteArray::number(m_seed);
    const QString id = queue(dir.path(), marker, 16 * 1024); // far more than the socket buffers hold
    int stalled = 0;
    connect(&server, &OutboxTestServer::stalled, this, [&stalled](int s) { stalled = s; });
    Helper helper({ QStringLiteral("flush"), dir.path(), QString::number(server.port()) });
    QVERIFY(helper.started());
    QTRY_VERIFY_WITH_TIMEOUT(stalled > 0, 30000);
    QTest::qWait(200); // the client fills the socket buffers and waits
    {
        MailStore look(dir.path());
        OutboxItem item;
        QVERIFY(look.outbox()->item(id, &item));
        QCOMPARE(item.state, OutboxItem::State::Sending);
        QVERIFY2(look.outbox()->hasUnsentMarker(id),
            "the end of the message left before the kill: scenario invalid");
    }
    helper.kill();
    QCOMPARE(server.count(marker), 0); // no final dot arrived

    MailStore restarted(dir.path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.requeued, QStringList { id });
    sendWhatIsDue(restarted, server.port());
    QCOMPARE(whereIs(restarted, id), QStringLiteral("sent"));
    QCOMPARE(server.count(marker), 1);
    QCOMPARE(server.received().last().body, message(marker, 16 * 1024));
}

void TestStoreCrash::sendKilledAfterFinalDot()
{
    QTemporaryDir dir;
    OutboxTestServer server;
    QVERIFY(server.listen());
    OutboxTestServer::SessionPlan hold;
    hold.afterDot = OutboxTestServer::AfterDot::Hold;
    server.addPlan(hold);
    const QByteArray marker = "dot-" + QByteArray::number(m_seed);
    const QString id = queue(dir.path(), marker);
    int held = 0;
    connect(&server, &OutboxTestServer::dotHeld, this, [&held](int s) { held = s; });
    Helper helper({ QStringLiteral("flush"), dir.path(), QString::number(server.port()) });
    QVERIFY(helper.started());
    QTRY_VERIFY_WITH_TIMEOUT(held > 0, 20000);
    {
        MailStore look(dir.path());
        OutboxItem item;
        QVERIFY(look.outbox()->item(id, &item));
        QCOMPARE(item.state, OutboxItem::State::Sending);
        QVERIFY(!look.outbox()->hasUnsentMarker(id));
    }
    helper.kill();
    QCOMPARE(server.count(marker), 1);

    MailStore restarted(dir.path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    QCOMPARE(recovery.mayHaveBeenSent, QStringList { id });
    QCOMPARE(whereIs(restarted, id), QStringLiteral("outbox:may-have-been-sent"));
    const int connections = server.connections();
    sendWhatIsDue(restarted, server.port());
    QCOMPARE(server.connections(), connections); // not even a connection: never sent again on its own
    QCOMPARE(server.count(marker), 1);
    QCOMPARE(whereIs(restarted, id), QStringLiteral("outbox:may-have-been-sent"));
}

void TestStoreCrash::sendKilledAfterFinalReply()
{
    QTemporaryDir dir;
    OutboxTestServer server;
    QVERIFY(server.listen());
    const QByteArray marker = "reply-" + QByteArray::number(m_seed);
    const QString id = queue(dir.path(), marker);
    Helper *running = nullptr;
    bool killed = false;
    // Killed the moment the server has said 250, racing the helper's filing: either outcome is fine, as long
    // as it is one place and no second send.
    connect(&server, &OutboxTestServer::replied, this, [&](int, const QByteArray &reply) {
        if (reply.startsWith("250 2.0.0 Ok: queued") && running && !killed) {
            killed = true;
            running->kill();
        }
    });
    Helper helper({ QStringLiteral("flush"), dir.path(), QString::number(server.port()) });
    running = &helper;
    QVERIFY(helper.started());
    QTRY_VERIFY_WITH_TIMEOUT(killed || !helper.running(), 20000);
    helper.kill();

    MailStore restarted(dir.path());
    MailStore::Recovery recovery;
    QVERIFY(restarted.open(&recovery));
    const QString where = whereIs(restarted, id);
    QVERIFY2(where == QLatin1String("sent") || where == QLatin1String("outbox:may-have-been-sent"),
        qPrintable(where));
    sendWhatIsDue(restarted, server.port());
    QCOMPARE(whereIs(restarted, id), where);
    QCOMPARE(server.count(marker), 1);
    qInfo("killed right after the 250: the message ended up %s", qPrintable(where));
}

void TestStoreCrash::sendKilledAtRandom()
{
    QRandomGenerator random(m_seed + 1);
    QStringList outcomes;
    for (int round = 0; round < qMax(3, iterations() / 3); ++round) {
        QTemporaryDir dir;
        OutboxTestServer server;
        QVERIFY(server.listen());
        // The server thinks a little before each final reply, so kills land in every phase of a send.
        OutboxTestServer::SessionPlan slow;
        slow.dotReplyDelayMs = 40;
        server.setDefaultPlan(slow);
        QHash<QString, QByteArray> markers;
        for (int i = 0; i < 6; ++i) {
            const QByteArray marker = "random-" + QByteArray::number(round) + '-' + QByteArray::number(i)
                + '-' + QByteArray::number(m_seed);
            markers.insert(queue(dir.path(), marker, int(random.bounded(1, 300))), marker);
        }
        Helper helper({ QStringLiteral("flush"), dir.path(), QString::number(server.port()) });
        QVERIFY(helper.started());
        QTRY_VERIFY_WITH_TIMEOUT(helper.has(QStringLiteral("ready")) || !helper.running(), 20000);
        QTest::qWait(int(random.bounded(0, 600)));
        helper.kill();

        MailStore restarted(dir.path());
        QVERIFY(restarted.open());
        for (auto it = markers.cbegin(); it != markers.cend(); ++it) {
            const QString where = whereIs(restarted, it.key());
            QVERIFY2(where != QLatin1String("lost") && where != QLatin1String("both"), qPrintable(where));
            QVERIFY2(where != QLatin1String("outbox:sending"), "a Sending state survived the start");
        }
        sendWhatIsDue(restarted, server.port());
        int sent = 0, uncertain = 0, resent = 0;
        for (auto it = markers.cbegin(); it != markers.cend(); ++it) {
            const QString where = whereIs(restarted, it.key());
            const int deliveries = server.count(it.value());
            // Nothing twice; nothing lost: delivered and filed, or waiting for the person's decision.
            QVERIFY2(deliveries <= 1,
                qPrintable(QStringLiteral("%1 arrived %2 times").arg(it.key()).arg(deliveries)));
            if (where == QLatin1String("sent")) {
                QCOMPARE(deliveries, 1);
                ++sent;
                OutboxItem item;
                restarted.sent()->item(it.key(), &item);
                resent += item.attempts > 1 ? 1 : 0;
            } else {
                QCOMPARE(where, QStringLiteral("outbox:may-have-been-sent"));
                ++uncertain;
            }
        }
        QVERIFY(uncertain <= 1); // one message at a time is in flight
        outcomes.append(
            QStringLiteral("%1 sent (%2 after a requeue)/%3 may-have-been-sent [%4 finished before the kill]")
                .arg(sent)
                .arg(resent)
                .arg(uncertain)
                .arg(helper.lines().filter(QStringLiteral("finished")).size()));
    }
    qInfo("random kills: %s", qPrintable(outcomes.join(QStringLiteral(", "))));
}

void TestStoreCrash::killedDuringTheUndoWait()
{
    // "Undo send": the message waits in the outbox for its undo delay. Killed during that wait, nothing is
    // lost and nothing doubles: the next start finds it queued (not a draft too) and sends it once, when due.
    const QString why = AiosmtpdServer::unavailableReason();
    if (!why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    Helper helper(
        { QStringLiteral("undo"), dir.path(), QString::number(server.port()), QStringLiteral("4") });
    QVERIFY(helper.started());
    QTRY_VERIFY_WITH_TIMEOUT(helper.has(QStringLiteral("waiting")) || !helper.running(), 20000);
    helper.kill();
    const QString log = helper.lines().join(QLatin1Char('\n'));
    QVERIFY2(!helper.has(QStringLiteral("error")), qPrintable(log));
    QVERIFY2(!helper.has(QStringLiteral("sending")), "killed after the wait: scenario invalid");
    const QString id = helper.lines().filter(QStringLiteral("waiting ")).first().mid(8);
    QVERIFY(server.messages().isEmpty());

    // The next start.
    MailStore store(dir.path());
    MailStore::Recovery recovery;
    QVERIFY(store.open(&recovery));
    QVERIFY(recovery.recoveredDrafts.isEmpty()); // the draft became the outbox message: no second copy
    QVERIFY(store.drafts()->list().isEmpty());
    QCOMPARE(whereIs(store, id), QStringLiteral("outbox:queued"));
    OutboxItem item;
    QVERIFY(store.outbox()->item(id, &item));
    QVERIFY(item.notBefore.isValid());
    OutboxSender sender(
        store.outbox(), [port = server.port()](const OutboxItem &, const OutboxSender::SettingsReady &ready) {
            ready(settingsFor(port), {});
        });
    sender.setAutomatic(true);
    QTRY_COMPARE_WITH_TIMEOUT(whereIs(store, id), QStringLiteral("sent"), 30000);
    QTRY_VERIFY(!sender.isBusy());
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages().first().content.contains("Subject: Undo crash"));

    // And once more: nothing is left to send.
    MailStore again(dir.path());
    QVERIFY(again.open());
    QVERIFY(again.outbox()->list().isEmpty());
    QCOMPARE(server.messages().size(), 1);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
