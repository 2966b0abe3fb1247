// The copy in the server's Sent folder as the outbox's second step, through the command line: a real Postfix
// takes the message, a real Dovecot the copy. A copy that fails is retried on its own and never sends the
// message again; a kill -9 between the SMTP acceptance and the copy neither resends nor loses the copy.
#include "dovecotimapserver.h"
#include "postfixserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object(); }
    QByteArray all() const { return out + "\n--- stderr ---\n" + err; }
};

} // namespace

class TestSentCopyWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void accountsAddKeepsTheImapSettings();
    void sendSavesTheCopyByteForByte();
    void failedCopyIsRetriedAloneAndNeverResends();
    void killedBetweenSendAndCopyNeitherResendsNorLosesIt();
    void serverTestChecksTheImapServerToo();

private:
    QProcessEnvironment environment() const;
    Run epistle(const QStringList &arguments);
    void addAccount(quint16 imapPort, const QStringList &extra = {});
    QStringList sendArguments(const QString &tag) const;
    QStringList passwordArguments() const;
    int sentCopies(const QByteArray &tag) const;
    int deliveries(const QByteArray &tag) const;
    QJsonObject sidecarCopy() const;

    QTemporaryDir m_home;
    PostfixServer m_postfix;
    DovecotImapServer m_dovecot;
};

void TestSentCopyWire::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString why = DovecotImapServer::unavailableReason();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(m_postfix.start(), qPrintable(m_postfix.errorString()));
    QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
}

void TestSentCopyWire::init()
{
    // Each test its own accounts and store.
    QDir(m_home.filePath(QStringLiteral("config"))).removeRecursively();
    QDir(m_home.filePath(QStringLiteral("data"))).removeRecursively();
}

void TestSentCopyWire::cleanupTestCase()
{
    m_dovecot.stop();
    m_postfix.stop();
}

QProcessEnvironment TestSentCopyWire::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("SMTP_PW"), m_postfix.password());
    // No keychain in this test: passwords come from the environment.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/no-bus"));
    return env;
}

Run TestSentCopyWire::epistle(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(qEnvironmentVariable("EPISTLE_BINARY"), arguments);
    Run r;
    if (!p.waitForStarted(10000)) {
        return r;
    }
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 90000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestSentCopyWire::addAccount(quint16 imapPort, const QStringList &extra)
{
    const Run r = epistle(
        QStringList { QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("W"),
            QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(m_postfix.submissionsPort()),
            QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--ca-file"),
            m_postfix.caFile(), QStringLiteral("--user"), m_postfix.user(), QStringLiteral("--from"),
            QStringLiteral("Alice <alice@example.test>"), QStringLiteral("--imap-server"),
            QStringLiteral("localhost:%1").arg(imapPort), QStringLiteral("--imap-security"),
            QStringLiteral("tls") }
        + extra);
    QVERIFY2(r.exitCode == 0, r.all().constData());
}

QStringList TestSentCopyWire::passwordArguments() const
{
    return { QStringLiteral("--account"), QStringLiteral("W"), QStringLiteral("--password-env"),
        QStringLiteral("SMTP_PW") };
}

QStringList TestSentCopyWire::sendArguments(const QString &tag) const
{
    return QStringList { QStringLiteral("send") } + passwordArguments()
        + QStringList { QStringLiteral("--to"), QStringLiteral("bob@example.test"),
              QStringLiteral("--subject"), tag, QStringLiteral("--body"),
              QStringLiteral("Body of %1.").arg(tag), QStringLiteral("--json") };
}

int TestSentCopyWire::sentCopies(const QByteArray &tag) const
{
    int n = 0;
    for (const DovecotImapServer::StoredMessage &m :
        m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent"))) {
        n += m.bytes.contains("Subject: " + tag + "\r\n") ? 1 : 0;
    }
    return n;
}

int TestSentCopyWire::deliveries(const QByteArray &tag) const
{
    int n = 0;
    for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
        n += d.message.contains("Subject: " + tag + "\r\n") ? 1 : 0;
    }
    return n;
}

// The sent folder's one message: its sidecar's "sentCopy".
QJsonObject TestSentCopyWire::sidecarCopy() const
{
    QStringList found;
    QDirIterator it(m_home.filePath(QStringLiteral("data")), { QStringLiteral("item.json") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).dir().path().contains(QLatin1String("/sent/"))) {
            found << path;
        }
    }
    if (found.size() != 1) {
        return { { QStringLiteral("found"), found.join(QLatin1Char(' ')) } };
    }
    QFile f(found.first());
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("sentCopy")).toObject();
}

void TestSentCopyWire::accountsAddKeepsTheImapSettings()
{
    addAccount(m_dovecot.imapsPort(), { QStringLiteral("--sent-folder"), QStringLiteral("Archive/Sent") });
    Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("W"),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject imap = r.json().value(QStringLiteral("imap")).toObject();
    QCOMPARE(imap.value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
    QCOMPARE(imap.value(QStringLiteral("port")).toInt(), int(m_dovecot.imapsPort()));
    QCOMPARE(imap.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(imap.value(QStringLiteral("user")).toString(), m_postfix.user());
    QCOMPARE(imap.value(QStringLiteral("sameSecretAsSmtp")).toBool(), true);
    QCOMPARE(imap.value(QStringLiteral("sentFolder")).toString(), QStringLiteral("Archive/Sent"));

    r = epistle({ QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("W"),
        QStringLiteral("--sent-folder"), QStringLiteral("none") });
    QVERIFY2(r.exitCode == 0, r.all().constData());
    r = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("W") });
    QVERIFY2(r.out.contains("Sent copy:     not saved"), r.all().constData());

    // Bad input is a usage error that changes nothing.
    r = epistle({ QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("W"),
        QStringLiteral("--imap-security"), QStringLiteral("none") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains("--imap-security takes tls or starttls"), r.all().constData());
    r = epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
        QStringLiteral("--server"), QStringLiteral("localhost:465"), QStringLiteral("--from"),
        QStringLiteral("x@example.test"), QStringLiteral("--imap-user"), QStringLiteral("x") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains("--imap-server"), r.all().constData());
}

void TestSentCopyWire::sendSavesTheCopyByteForByte()
{
    addAccount(m_dovecot.imapsPort());
    const Run r = epistle(sendArguments(QStringLiteral("copy-bytes")));
    QVERIFY2(r.exitCode == 0, r.all().constData());
    const QJsonObject copy = r.json().value(QStringLiteral("sentCopy")).toObject();
    QVERIFY2(copy.value(QStringLiteral("ok")).toBool(), r.all().constData());
    QCOMPARE(copy.value(QStringLiteral("folder")).toString(), QStringLiteral("Sent"));
    QVERIFY(copy.value(QStringLiteral("uid")).toInt() > 0);

    QVERIFY(QTest::qWaitFor([&] { return deliveries("copy-bytes") > 0; }, 15000));
    QCOMPARE(deliveries("copy-bytes"), 1);
    QCOMPARE(sentCopies("copy-bytes"), 1);
    QByteArray delivered;
    for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
        if (d.message.contains("Subject: copy-bytes\r\n")) {
            delivered = d.messageWithoutAddedHeaders();
        }
    }
    QByteArray copied;
    for (const DovecotImapServer::StoredMessage &m :
        m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent"))) {
        if (m.bytes.contains("Subject: copy-bytes\r\n")) {
            copied = m.bytes;
            QVERIFY(m.isSeen());
        }
    }
    QCOMPARE(copied, delivered);
    QCOMPARE(sidecarCopy().value(QStringLiteral("state")).toString(), QStringLiteral("saved"));

    // Nothing is owed any more: a flush saves no second copy and sends nothing.
    const Run flush
        = epistle(QStringList { QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--json") }
            + passwordArguments());
    QVERIFY2(flush.exitCode == 0, flush.all().constData());
    QCOMPARE(sentCopies("copy-bytes"), 1);
    QCOMPARE(deliveries("copy-bytes"), 1);
}

void TestSentCopyWire::failedCopyIsRetriedAloneAndNeverResends()
{
    // Nothing listens there: the copy fails, the message was sent all the same.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    addAccount(deadPort);
    const Run r = epistle(sendArguments(QStringLiteral("copy-failed")));
    QVERIFY2(r.exitCode == 0, r.all().constData());
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    const QJsonObject copy = r.json().value(QStringLiteral("sentCopy")).toObject();
    QCOMPARE(copy.value(QStringLiteral("ok")).toBool(), false);
    QVERIFY2(
        !copy.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty(),
        r.all().constData());
    QVERIFY2(r.err.contains("the message was sent, but its copy was not saved"), r.all().constData());
    QVERIFY(QTest::qWaitFor([&] { return deliveries("copy-failed") > 0; }, 15000));
    QCOMPARE(deliveries("copy-failed"), 1);
    QCOMPARE(sidecarCopy().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));

    // Still failing: tried again, the message is not.
    Run flush
        = epistle(QStringList { QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--json") }
            + passwordArguments());
    QVERIFY2(flush.exitCode == 0, flush.all().constData());
    QCOMPARE(flush.json().value(QStringLiteral("sentCopies")).toArray().size(), 1);
    QCOMPARE(flush.json().value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(sidecarCopy().value(QStringLiteral("attempts")).toInt(), 2);

    // The server named right: the copy is saved, once, and the message still went once.
    Run edit = epistle({ QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("W"),
        QStringLiteral("--imap-server"), QStringLiteral("localhost:%1").arg(m_dovecot.imapsPort()) });
    QVERIFY2(edit.exitCode == 0, edit.all().constData());
    flush
        = epistle(QStringList { QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--json") }
            + passwordArguments());
    QVERIFY2(flush.exitCode == 0, flush.all().constData());
    const QJsonObject saved = flush.json().value(QStringLiteral("sentCopies")).toArray().at(0).toObject();
    QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), flush.all().constData());
    QCOMPARE(sentCopies("copy-failed"), 1);
    QCOMPARE(deliveries("copy-failed"), 1);
}

void TestSentCopyWire::killedBetweenSendAndCopyNeitherResendsNorLosesIt()
{
    // An IMAP server that accepts the connection and never greets: the copy step hangs, and the process is
    // killed there, after the SMTP server accepted the message.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection()) {
            held << s;
        }
    });
    addAccount(silent.serverPort());
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(qEnvironmentVariable("EPISTLE_BINARY"), sendArguments(QStringLiteral("copy-killed")));
    QVERIFY(p.waitForStarted(10000));
    QVERIFY2(QTest::qWaitFor([&] { return !held.isEmpty() || p.state() == QProcess::NotRunning; }, 60000),
        p.readAllStandardError().constData());
    QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY(QTest::qWaitFor([&] { return deliveries("copy-killed") > 0; }, 15000));
    QCOMPARE(deliveries("copy-killed"), 1);
    // The copy is still owed, on disk.
    QCOMPARE(sidecarCopy().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    qDeleteAll(held);

    Run edit = epistle({ QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("W"),
        QStringLiteral("--imap-server"), QStringLiteral("localhost:%1").arg(m_dovecot.imapsPort()) });
    QVERIFY2(edit.exitCode == 0, edit.all().constData());
    const Run flush
        = epistle(QStringList { QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--json") }
            + passwordArguments());
    QVERIFY2(flush.exitCode == 0, flush.all().constData());
    QCOMPARE(flush.json().value(QStringLiteral("items")).toArray().size(), 0); // nothing sent again
    QVERIFY2(flush.json()
                 .value(QStringLiteral("sentCopies"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("ok"))
                 .toBool(),
        flush.all().constData());
    QCOMPARE(sentCopies("copy-killed"), 1);
    QCOMPARE(sidecarCopy().value(QStringLiteral("state")).toString(), QStringLiteral("saved"));
    QCOMPARE(deliveries("copy-killed"), 1);
}

void TestSentCopyWire::serverTestChecksTheImapServerToo()
{
    addAccount(m_dovecot.imapsPort());
    Run r = epistle(QStringList { QStringLiteral("test"), QStringLiteral("--json") } + passwordArguments());
    QVERIFY2(r.exitCode == 0, r.all().constData());
    QVERIFY(r.json().value(QStringLiteral("ok")).toBool());
    const QJsonObject imap = r.json().value(QStringLiteral("imap")).toObject();
    QVERIFY2(imap.value(QStringLiteral("ok")).toBool(), r.all().constData());
    QCOMPARE(imap.value(QStringLiteral("sentFolder")).toString(), QStringLiteral("Sent"));
    QStringList steps;
    for (const QJsonValue &step : imap.value(QStringLiteral("steps")).toArray()) {
        steps << step.toObject().value(QStringLiteral("step")).toString();
    }
    QVERIFY2(
        steps.contains(QStringLiteral("imap-login")) && steps.contains(QStringLiteral("imap-sent-folder")),
        qPrintable(steps.join(QLatin1Char(' '))));

    // SSL/TLS on the port that starts in plain text: diagnosed, with the fix, and the exit code says so.
    const Run edit = epistle({ QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("W"),
        QStringLiteral("--imap-server"), QStringLiteral("localhost:%1").arg(m_dovecot.imapPort()),
        QStringLiteral("--imap-security"), QStringLiteral("tls") });
    QVERIFY2(edit.exitCode == 0, edit.all().constData());
    r = epistle(QStringList { QStringLiteral("test") } + passwordArguments());
    QVERIFY2(r.exitCode != 0, r.all().constData());
    QVERIFY2(r.out.contains("FAIL imap-"), r.all().constData());
    QVERIFY2(r.err.contains("--imap-security starttls"), r.all().constData());
}

QTEST_GUILESS_MAIN(TestSentCopyWire)
#include "tst_sentcopywire.moc"
