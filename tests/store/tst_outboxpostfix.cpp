// The outbox against a real server, the private Postfix of tests/support: twenty messages queued with
// `epistle send --queue` go out with one `epistle outbox flush` in the order they were queued, over one
// connection (the order read from Postfix's own log of what it received); and a flush killed with SIGKILL at
// random points, on a connection where transactions overlap (PIPELINING and CHUNKING), leaves every message
// queued, sent or may-have-been-sent: none lost, none delivered twice, nothing queued again that Postfix got.

#include "postfixserver.h"

#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray messageBody(const QByteArray &marker, int kilobytes)
{
    QByteArray eml = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: " + marker
        + "\r\nMessage-ID: <" + marker + "@example.test>\r\n\r\n";
    while (eml.size() < qint64(kilobytes) * 1024) {
        eml += "The quick brown fox jumps over the lazy dog, " + marker + "\r\n";
    }
    return eml;
}

} // namespace

class TestOutboxPostfix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twentyQueuedArriveInQueueOrder();
    void killedMidFlushLosesNothingAndSendsNothingTwice();

private:
    Run epistle(const QStringList &arguments, const QString &home);
    // Queue ids in the order Postfix received the messages (its smtpd log), from 'offset' in the log on.
    QStringList receivedQueueIds(qint64 offset) const;
    int connectionsSince(qint64 offset) const;
    bool queueIsEmpty() const;
    int deliveries(const QByteArray &marker) const;

    PostfixServer m_postfix;
};

void TestOutboxPostfix::initTestCase()
{
    QVERIFY2(PostfixServer::unavailableReason().isEmpty(), qPrintable(PostfixServer::unavailableReason()));
    QVERIFY2(m_postfix.start(), qPrintable(m_postfix.errorString()));
}

void TestOutboxPostfix::cleanupTestCase()
{
    m_postfix.stop();
}

Run TestOutboxPostfix::epistle(const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("SMTP_PW"), m_postfix.password());
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("EPISTLE_BINARY"), arguments);
    Run run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList TestOutboxPostfix::receivedQueueIds(qint64 offset) const
{
    QFile log(m_postfix.directory() + QStringLiteral("/maillog"));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset)) {
        return {};
    }
    // smtpd logs "<queue id>: client=..." as it takes each MAIL FROM: in the order the messages came.
    static const QRegularExpression line(QStringLiteral("/smtpd\\[\\d+\\]: ([0-9A-Z]+): client="));
    QStringList ids;
    for (const QString &text : QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(text);
        if (m.hasMatch()) {
            ids.append(m.captured(1));
        }
    }
    return ids;
}

int TestOutboxPostfix::connectionsSince(qint64 offset) const
{
    QFile log(m_postfix.directory() + QStringLiteral("/maillog"));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset)) {
        return -1;
    }
    return int(QString::fromUtf8(log.readAll())
                   .count(QRegularExpression(QStringLiteral("/smtpd\\[\\d+\\]: connect from"))));
}

bool TestOutboxPostfix::queueIsEmpty() const
{
    // Every message Postfix accepted has been delivered (postqueue lists incoming, active and deferred).
    QProcess q;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    q.start(QStringLiteral("/usr/sbin/postqueue"),
        { QStringLiteral("-c"), m_postfix.directory() + QStringLiteral("/config"), QStringLiteral("-p") });
    q.waitForFinished(10000);
    return q.readAllStandardOutput().contains("Mail queue is empty");
}

int TestOutboxPostfix::deliveries(const QByteArray &marker) const
{
    int n = 0;
    const QByteArray id = "Message-ID: <" + marker + "@example.test>";
    for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
        n += d.message.contains(id) ? 1 : 0;
    }
    return n;
}

void TestOutboxPostfix::twentyQueuedArriveInQueueOrder()
{
    QTemporaryDir home;
    const QStringList connection { QStringLiteral("--server"),
        QStringLiteral("localhost:%1").arg(m_postfix.submissionPort()), QStringLiteral("--security"),
        QStringLiteral("starttls"), QStringLiteral("--ca-file"), m_postfix.caFile(), QStringLiteral("--user"),
        m_postfix.user(), QStringLiteral("--password-env"), QStringLiteral("SMTP_PW") };
    QStringList subjects;
    for (int i = 1; i <= 20; ++i) {
        subjects.append(QStringLiteral("order-q%1").arg(i));
        const Run queued
            = epistle(QStringList { QStringLiteral("send"), QStringLiteral("--queue") } + connection
                    + QStringList { QStringLiteral("--from"), m_postfix.user(), QStringLiteral("--to"),
                        QStringLiteral("bob@example.test"), QStringLiteral("--subject"), subjects.last(),
                        QStringLiteral("--body"), QStringLiteral("number %1").arg(i) },
                home.path());
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
    }
    const qint64 offset = QFileInfo(m_postfix.directory() + QStringLiteral("/maillog")).size();
    m_postfix.clearDeliveries();
    const Run flushed = epistle({ QStringLiteral("outbox"), QStringLiteral("flush") }, home.path());
    QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
    QVERIFY(m_postfix.waitForDelivery(20, 30000));
    QHash<QString, QString> subjectOfQueueId;
    for (const PostfixServer::Delivery &d : m_postfix.deliveredMessages()) {
        const qsizetype at = d.message.indexOf("Subject: ");
        subjectOfQueueId.insert(
            d.queueId, QString::fromUtf8(d.message.mid(at + 9, d.message.indexOf('\r', at) - at - 9)));
    }
    QStringList arrived;
    for (const QString &id : receivedQueueIds(offset)) {
        arrived.append(subjectOfQueueId.value(id));
    }
    QCOMPARE(arrived, subjects);
    QCOMPARE(connectionsSince(offset), 1);
}

void TestOutboxPostfix::killedMidFlushLosesNothingAndSendsNothingTwice()
{
    const quint32 seed = qEnvironmentVariableIsSet("EPISTLE_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("EPISTLE_CRASH_SEED"))
        : QRandomGenerator::system()->generate();
    qInfo("random seed %u (EPISTLE_CRASH_SEED repeats a run)", seed);
    QRandomGenerator random(seed);
    const int rounds = qMax(4, qEnvironmentVariableIntValue("EPISTLE_CRASH_ITERATIONS") / 2);
    const int count = 30;
    QStringList outcomes;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        QHash<QString, QByteArray> markers;
        {
            MailStore store(dir.path());
            QVERIFY(store.open());
            for (int i = 0; i < count; ++i) {
                const QByteArray marker = "kill-" + QByteArray::number(seed) + '-' + QByteArray::number(round)
                    + '-' + QByteArray::number(i);
                QByteArray eml = messageBody(marker, int(random.bounded(1, 96)));
                QBuffer buffer(&eml);
                buffer.open(QIODevice::ReadOnly);
                OutboxItem item;
                item.from = QStringLiteral("alice@example.test");
                item.recipients = { QStringLiteral("bob@example.test") };
                item.size = eml.size();
                QVERIFY(store.outbox()->enqueue(&buffer, item));
                markers.insert(item.id, marker);
            }
        }
        // The helper flushes to the plain port (PIPELINING and CHUNKING: transactions overlap); killed once
        // a random number of messages has been settled.
        const int killAfter = int(random.bounded(0, count));
        QProcess helper;
        helper.setProgram(QStringLiteral(STORE_CRASH_HELPER));
        helper.setArguments({ QStringLiteral("flush"), dir.path(), QString::number(m_postfix.plainPort()) });
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        int finished = 0;
        bool killed = false;
        connect(&helper, &QProcess::readyReadStandardOutput, this, [&] {
            while (helper.canReadLine()) {
                if (helper.readLine().startsWith("finished ")) {
                    ++finished;
                }
            }
            if (finished >= killAfter && !killed) {
                killed = true;
                helper.kill();
            }
        });
        helper.start();
        QVERIFY(helper.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 60000);

        MailStore restarted(dir.path());
        QVERIFY(restarted.open());
        QTRY_VERIFY_WITH_TIMEOUT(queueIsEmpty(), 30000);
        int sent = 0, uncertain = 0, queued = 0;
        for (auto it = markers.cbegin(); it != markers.cend(); ++it) {
            const bool inOutbox = restarted.outbox()->contains(it.key());
            const bool inSent = restarted.sent()->contains(it.key());
            QVERIFY2(inOutbox != inSent, qPrintable(it.key() + QStringLiteral(": lost or in both places")));
            const int delivered = deliveries(it.value());
            OutboxItem item;
            if (inSent) {
                QCOMPARE(delivered, 1);
                ++sent;
                continue;
            }
            QVERIFY(restarted.outbox()->item(it.key(), &item));
            if (item.state == OutboxItem::State::MayHaveBeenSent) {
                QVERIFY(delivered <= 1);
                ++uncertain;
            } else {
                // Queued again (or waiting): Postfix must not have it, since it goes out again.
                QVERIFY2(item.state == OutboxItem::State::Queued || item.state == OutboxItem::State::Waiting,
                    qPrintable(OutboxItem::stateName(item.state)));
                QVERIFY2(
                    delivered == 0, qPrintable(QStringLiteral("%1 would be delivered twice").arg(it.key())));
                ++queued;
            }
        }
        QVERIFY(uncertain <= SmtpSender::MaxTransactionsInFlight);

        // The next start sends what is queued, once; what may have been sent stays for the person.
        SmtpConnectionSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = m_postfix.plainPort();
        settings.security = Smtp::Security::None;
        settings.authMechanism = "none";
        OutboxSender sender(
            restarted.outbox(), [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) {
                ready(settings, {});
            });
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.flushWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && !sender.isBusy(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(queueIsEmpty(), 30000);
        for (auto it = markers.cbegin(); it != markers.cend(); ++it) {
            if (restarted.sent()->contains(it.key())) {
                QCOMPARE(deliveries(it.value()), 1);
            } else {
                OutboxItem item;
                QVERIFY(restarted.outbox()->item(it.key(), &item));
                QCOMPARE(item.state, OutboxItem::State::MayHaveBeenSent);
                QVERIFY(deliveries(it.value()) <= 1);
            }
        }
        outcomes.append(QStringLiteral("%1 sent/%2 may-have-been-sent/%3 queued again after %4 settled")
                            .arg(sent)
                            .arg(uncertain)
                            .arg(queued)
                            .arg(finished));
    }
    qInfo("kills mid-flush: %s", qPrintable(outcomes.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestOutboxPostfix)
#include "tst_outboxpostfix.moc"
