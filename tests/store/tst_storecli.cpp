// The command line over the store: `epistle send` (through the outbox, with its --json fields and exit codes
// as before), --queue and --send-at, `epistle outbox list|flush|retry|remove` and `epistle drafts list`, run
// as the real binary against the scripted test server, with XDG_DATA_HOME pointing at a temporary folder.

#include "outboxtestserver.h"

#include "store/draftstore.h"
#include "store/mailstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
};

} // namespace

class TestStoreCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendGoesThroughTheOutbox();
    void sendEmlThroughTheOutbox();
    void temporaryFailureStaysInOutbox();
    void disconnectAfterDotIsNotFlushed();
    void permanentFailure();
    void queueThenFlush();
    void flushGoesInQueueOrderOverOneConnection();
    void removedAccountsMessagesMove();
    void sendAt();
    void removeAndUsage();
    void draftsList();
    void help();

private:
    Run epistle(const QStringList &arguments);
    QStringList connection() const;
    QStringList message(const QString &subject) const;
    QString storeDirectory() const { return m_dir->path() + QStringLiteral("/data/Epistle/epistle"); }

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxTestServer> m_server;
};

void TestStoreCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_binary = qEnvironmentVariable("EPISTLE_BINARY");
    if (m_binary.isEmpty() || !QFileInfo(m_binary).isExecutable()) {
        QSKIP("EPISTLE_BINARY is not set (run through ctest)");
    }
}

void TestStoreCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<OutboxTestServer>();
    QVERIFY(m_server->listen());
}

void TestStoreCli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Run TestStoreCli::epistle(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    p.setProcessEnvironment(env);
    p.start(m_binary, arguments);
    Run run;
    if (!p.waitForStarted(10000)) {
        return run;
    }
    // The server lives in this process: keep the event loop turning while the command runs.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList TestStoreCli::connection() const
{
    return { QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--timeout"),
        QStringLiteral("10") };
}

QStringList TestStoreCli::message(const QString &subject) const
{
    return { QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
        QStringLiteral("bob@example.org"), QStringLiteral("--subject"), subject, QStringLiteral("--body"),
        QStringLiteral("Hello from the CLI test.") };
}

void TestStoreCli::sendGoesThroughTheOutbox()
{
    const Run run = epistle(QStringList { QStringLiteral("send") } + connection()
        + message(QStringLiteral("cli one")) + QStringList { QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json();
    for (const char *key : { "ok", "messageId", "server", "recipients", "steps", "roundTrips", "bytesSent",
             "queueId", "reply", "error", "outboxId", "outbox" }) {
        QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("queueId")).toString(), QStringLiteral("Q1"));
    QCOMPARE(o.value(QStringLiteral("outbox")).toString(), QStringLiteral("sent"));
    QVERIFY(o.value(QStringLiteral("bytesSent")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    const QString id = o.value(QStringLiteral("outboxId")).toString();
    MailStore store(storeDirectory());
    QVERIFY(store.sent()->contains(id));
    QVERIFY(store.outbox()->list().isEmpty());
    OutboxItem sent;
    QVERIFY(store.sent()->item(id, &sent));
    QCOMPARE(sent.subject, QStringLiteral("cli one"));
    QCOMPARE(sent.delivery.queueId, QStringLiteral("Q1"));
    // Not an account: the connection is remembered without its secrets.
    QCOMPARE(sent.connection.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));

    const Run human
        = epistle(QStringList { QStringLiteral("send") } + connection() + message(QStringLiteral("cli two")));
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.startsWith("Sent to bob@example.org: 250 2.0.0 Ok: queued as Q2"));
    const Run list = epistle({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--sent"),
        QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(QStringLiteral("sent")).toArray().size(), 2);
}

void TestStoreCli::sendEmlThroughTheOutbox()
{
    const QString path = m_dir->path() + QStringLiteral("/prepared.eml");
    const QByteArray eml
        = "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: prepared\r\n\r\n"
          "As is.\r\n.starts with a dot\r\n";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(eml);
    f.close();
    const Run run = epistle(QStringList { QStringLiteral("send") } + connection()
        + QStringList { QStringLiteral("--eml"), path, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().body, eml);
    QCOMPARE(m_server->received().first().from, QStringLiteral("alice@example.org"));
}

void TestStoreCli::temporaryFailureStaysInOutbox()
{
    OutboxTestServer::SessionPlan busy;
    busy.dotReply = "451 4.3.0 Try again later";
    m_server->addPlan(busy);
    // --keep-on-failure: without it a plain send that fails leaves nothing in the outbox (tests/cli).
    const Run run = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--keep-on-failure") }
        + connection() + message(QStringLiteral("later")));
    QCOMPARE(run.exitCode, 75);
    QVERIFY2(run.err.contains("451 4.3.0 Try again later"), run.err.constData());
    QVERIFY2(run.err.contains("stays in the outbox as "), run.err.constData());

    const Run list = epistle({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray items = list.json().value(QStringLiteral("outbox")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(item.value(QStringLiteral("attempts")).toInt(), 1);
    const QJsonObject error = item.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("reply")).toString(), QStringLiteral("451 4.3.0 Try again later"));
    QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("data"));
    const QString id = item.value(QStringLiteral("id")).toString();
    QVERIFY(run.err.contains(id.toLatin1()));

    const Run human = epistle({ QStringLiteral("outbox"), QStringLiteral("list") });
    QVERIFY(human.out.contains("waiting until"));
    QVERIFY(human.out.contains("last error: [data] 451 4.3.0 Try again later"));

    // retry needs no connection options: the message remembers its server.
    const Run retry = epistle({ QStringLiteral("outbox"), QStringLiteral("retry"), id.right(6) });
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    QVERIFY(retry.out.contains("sent to bob@example.org"));
    MailStore store(storeDirectory());
    QVERIFY(store.sent()->contains(id));
    OutboxItem sent;
    store.sent()->item(id, &sent);
    QCOMPARE(sent.attempts, 2);
}

void TestStoreCli::disconnectAfterDotIsNotFlushed()
{
    OutboxTestServer::SessionPlan drop;
    drop.afterDot = OutboxTestServer::AfterDot::Disconnect;
    m_server->addPlan(drop);
    const Run run = epistle(QStringList { QStringLiteral("send") } + connection()
        + message(QStringLiteral("unsure")) + QStringList { QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 75);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("outbox")).toString(), QStringLiteral("may-have-been-sent"));
    QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("may-have-been-sent"));
    QVERIFY(run.err.contains("may have been sent"));
    const Run flush
        = epistle(QStringList { QStringLiteral("outbox"), QStringLiteral("flush") } + connection());
    QCOMPARE(flush.exitCode, 0);
    QVERIFY(flush.out.contains("Nothing to send."));
    QCOMPARE(m_server->connections(), 1);
    // Only the person's retry sends it again.
    const QString id = o.value(QStringLiteral("outboxId")).toString();
    const Run retry
        = epistle({ QStringLiteral("outbox"), QStringLiteral("retry"), id, QStringLiteral("--json") });
    QCOMPARE(retry.exitCode, 0);
    QCOMPARE(retry.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ok"))
                 .toBool(),
        true);
    QCOMPARE(m_server->dotsReceived(), 2);
}

void TestStoreCli::permanentFailure()
{
    OutboxTestServer::SessionPlan reject;
    reject.dotReply = "554 5.7.1 Rejected";
    m_server->addPlan(reject);
    const Run run = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--keep-on-failure") }
        + connection() + message(QStringLiteral("no")));
    QCOMPARE(run.exitCode, 65);
    const Run list = epistle({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.json()
                 .value(QStringLiteral("outbox"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("failed"));
    const Run flush = epistle({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QVERIFY(flush.out.contains("Nothing to send."));
    QCOMPARE(m_server->connections(), 1);
}

void TestStoreCli::queueThenFlush()
{
    const Run queued = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--queue") }
        + connection() + message(QStringLiteral("queued")));
    QCOMPARE(queued.exitCode, 0);
    QVERIFY(queued.out.startsWith("Queued as "));
    const Run queuedJson
        = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--queue"), QStringLiteral("--json") }
            + connection() + message(QStringLiteral("queued 2")));
    QCOMPARE(queuedJson.json().value(QStringLiteral("queued")).toBool(), true);
    QCOMPARE(m_server->connections(), 0);
    const Run flush
        = epistle({ QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(flush.exitCode == 0, flush.err.constData());
    const QJsonArray items = flush.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue &v : items) {
        QCOMPARE(v.toObject().value(QStringLiteral("ok")).toBool(), true);
    }
    QCOMPARE(m_server->dotsReceived(), 2);
    const Run again = epistle({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QVERIFY(again.out.contains("Nothing to send."));
    const Run list = epistle({ QStringLiteral("outbox"), QStringLiteral("list") });
    QVERIFY(list.out.contains("The outbox is empty."));
}

void TestStoreCli::flushGoesInQueueOrderOverOneConnection()
{
    QStringList subjects;
    for (int i = 1; i <= 20; ++i) {
        subjects.append(QStringLiteral("q%1").arg(i));
        const Run queued = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--queue") }
            + connection() + message(subjects.last()));
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
    }
    const Run flush
        = epistle({ QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(flush.exitCode == 0, flush.err.constData());
    QStringList arrived;
    for (const OutboxTestServer::Received &r : m_server->received()) {
        const qsizetype at = r.body.indexOf("Subject: ");
        arrived.append(QString::fromLatin1(r.body.mid(at + 9, r.body.indexOf("\r\n", at) - at - 9)));
    }
    QCOMPARE(arrived, subjects);
    QCOMPARE(m_server->connections(), 1);
    // The report lists them in the same order.
    const QJsonArray items = flush.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 20);
}

void TestStoreCli::removedAccountsMessagesMove()
{
    const QStringList server { QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(m_server->port()), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--auth"), QStringLiteral("none"), QStringLiteral("--from"),
        QStringLiteral("alice@example.org") };
    for (const QString &name : { QStringLiteral("old"), QStringLiteral("new") }) {
        const Run added
            = epistle(QStringList { QStringLiteral("accounts"), QStringLiteral("add"), name } + server);
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    QStringList ids;
    for (const QString &subject : { QStringLiteral("first"), QStringLiteral("second") }) {
        const Run queued = epistle({ QStringLiteral("send"), QStringLiteral("--queue"),
            QStringLiteral("--json"), QStringLiteral("--account"), QStringLiteral("old"),
            QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"), subject,
            QStringLiteral("--body"), QStringLiteral("text") });
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
        ids.append(queued.json().value(QStringLiteral("outboxId")).toString());
    }
    const Run listed
        = epistle({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    const QString accountKey = listed.json()
                                   .value(QStringLiteral("outbox"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("account"))
                                   .toString();
    QVERIFY(!accountKey.isEmpty());

    // Removing it says what waits for it.
    const Run removed
        = epistle({ QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("old") });
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY2(removed.err.contains("2 messages wait for this account"), removed.err.constData());
    QVERIFY(removed.err.contains(ids.first().toLatin1()) && removed.err.contains(ids.last().toLatin1()));

    // The messages say their account was removed, never an internal id.
    const Run list = epistle({ QStringLiteral("outbox"), QStringLiteral("list") });
    QVERIFY2(list.out.contains("Its account was removed"), list.out.constData());
    const Run flush = epistle({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QCOMPARE(flush.exitCode, 78);
    QVERIFY2(flush.err.contains("Its account was removed"), flush.err.constData());
    if (accountKey != QLatin1String("old")) {
        QVERIFY2(!flush.err.contains(accountKey.toLatin1()), flush.err.constData());
    }
    QCOMPARE(m_server->connections(), 0);

    // Moved to another account, one at a time.
    const Run retry = epistle({ QStringLiteral("outbox"), QStringLiteral("retry"), ids.first(),
        QStringLiteral("--account"), QStringLiteral("new") });
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    QCOMPARE(m_server->dotsReceived(), 1);
    QCOMPARE(epistle({ QStringLiteral("outbox"), QStringLiteral("retry"), ids.last(),
                         QStringLiteral("--account"), QStringLiteral("nobody") })
                 .exitCode,
        78);
    const Run after = epistle({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray left = after.json().value(QStringLiteral("outbox")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toString(), ids.last());
    QVERIFY(left.first().toObject().value(QStringLiteral("accountRemoved")).toBool());
}

void TestStoreCli::sendAt()
{
    const QString later = QDateTime::currentDateTime().addSecs(3600).toString(Qt::ISODate);
    const Run run = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--send-at"), later }
        + connection() + message(QStringLiteral("in an hour")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("to be sent at"));
    const Run flush = epistle({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QVERIFY(flush.out.contains("Nothing to send."));
    const Run list = epistle({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonObject item = list.json().value(QStringLiteral("outbox")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QVERIFY(!item.value(QStringLiteral("notBefore")).toString().isEmpty());
    QCOMPARE(
        epistle({ QStringLiteral("send"), QStringLiteral("--send-at"), QStringLiteral("tomorrow") }).exitCode,
        64);
}

void TestStoreCli::removeAndUsage()
{
    const Run queued
        = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--queue"), QStringLiteral("--json") }
            + connection() + message(QStringLiteral("to remove")));
    const QString id = queued.json().value(QStringLiteral("outboxId")).toString();
    QVERIFY(!id.isEmpty());
    const Run remove = epistle({ QStringLiteral("outbox"), QStringLiteral("remove"), id });
    QCOMPARE(remove.exitCode, 0);
    QVERIFY(remove.out.contains("Removed"));
    QCOMPARE(epistle({ QStringLiteral("outbox"), QStringLiteral("remove"), id }).exitCode, 66);
    QCOMPARE(epistle({ QStringLiteral("outbox"), QStringLiteral("retry") }).exitCode, 64);
    QCOMPARE(epistle({ QStringLiteral("outbox"), QStringLiteral("explode") }).exitCode, 64);
    QCOMPARE(
        epistle({ QStringLiteral("outbox"), QStringLiteral("remove"), QStringLiteral("../../etc") }).exitCode,
        66);
}

void TestStoreCli::draftsList()
{
    DraftStore drafts(storeDirectory() + QStringLiteral("/drafts"));
    Draft d;
    d.to = QStringLiteral("bob@example.org");
    d.subject = QStringLiteral("unfinished");
    d.plainText = QStringLiteral("to be continued");
    QVERIFY(drafts.save(d));
    QVERIFY(drafts.open(d.id));
    const Run run = epistle({ QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = run.json().value(QStringLiteral("drafts")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(
        list.first().toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("unfinished"));
    QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    drafts.close(d.id);
    const Run human = epistle({ QStringLiteral("drafts") });
    QVERIFY(human.out.contains("\"unfinished\""));
}

void TestStoreCli::help()
{
    const Run run = epistle({ QStringLiteral("help") });
    // The overview lists the actions after their command, without the program's name.
    QVERIFY(run.out.contains("\n  outbox list"));
    QVERIFY(run.out.contains("\n  drafts list"));
    QVERIFY(run.out.contains("--queue"));
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
