// A full disk and a read-only file system, for real: a 512 KiB tmpfs mounted for the test (as root; skipped
// otherwise), filled up, then remounted read-only. Every refused operation must say why in words, and leave
// every message and draft exactly where it was.

#include "outboxtestserver.h"

#include "store/draftstore.h"
#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

namespace {

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(20000)) {
        return false;
    }
    if (output) {
        *output = QString::fromLocal8Bit(p.readAll());
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

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

Draft smallDraft()
{
    Draft d;
    d.from = QStringLiteral("alice@example.org");
    d.to = QStringLiteral("bob@example.org");
    d.subject = QStringLiteral("the good copy");
    d.plainText = QStringLiteral("short and saved");
    return d;
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

class TestStoreDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void draftSaveOnFullDisk();
    void attachmentCopyOnFullDisk();
    void enqueueOnFullDisk();
    void sendRefusedWhenTheAttemptCannotBeRecorded();
    void deliveredWhileTheDiskFillsIsStillFiled();
    void readOnlyFileSystem();

private:
    // Fills the file system until a write fails; returns the filler's path.
    QString fill();
    void makeReadOnly(bool readOnly);
    QString queue(const QByteArray &marker, QString *error = nullptr);
    std::unique_ptr<OutboxSender> makeSender();

    QTemporaryDir m_base;
    QString m_mount;
    bool m_mounted = false;
    std::unique_ptr<MailStore> m_store;
    std::unique_ptr<OutboxTestServer> m_server;
    QList<Finished> m_finished;
};

void TestStoreDisk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (::geteuid() != 0) {
        QSKIP("needs root to mount a small tmpfs (the disk-full and read-only tests)");
    }
    QVERIFY(m_base.isValid());
    m_mount = m_base.path() + QStringLiteral("/mnt");
    QVERIFY(QDir().mkpath(m_mount));
    QString output;
    if (!run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=512k,mode=0700"), QStringLiteral("tmpfs"), m_mount },
            &output)) {
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1").arg(output)));
    }
    m_mounted = true;
}

void TestStoreDisk::cleanupTestCase()
{
    m_store.reset();
    if (m_mounted) {
        run(QStringLiteral("umount"), { m_mount });
    }
}

void TestStoreDisk::init()
{
    makeReadOnly(false);
    for (const QString &entry :
        QDir(m_mount).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString path = m_mount + QLatin1Char('/') + entry;
        if (QFileInfo(path).isDir()) {
            QDir(path).removeRecursively();
        } else {
            QFile::remove(path);
        }
    }
    m_store = std::make_unique<MailStore>(m_mount + QStringLiteral("/epistle"));
    QVERIFY(m_store->open());
    m_server = std::make_unique<OutboxTestServer>();
    QVERIFY(m_server->listen());
    m_finished.clear();
}

void TestStoreDisk::cleanup()
{
    m_server.reset();
    m_store.reset();
    makeReadOnly(false);
}

QString TestStoreDisk::fill()
{
    const QString path = m_mount + QStringLiteral("/filler");
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        return path;
    }
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) { }
    const QByteArray byte(1, 'f');
    while (filler.write(byte) == 1) { }
    filler.close();
    return path;
}

void TestStoreDisk::makeReadOnly(bool readOnly)
{
    if (m_mounted) {
        run(QStringLiteral("mount"),
            { QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                m_mount });
    }
}

QString TestStoreDisk::queue(const QByteArray &marker, QString *error)
{
    QByteArray eml = "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: " + marker + "\r\n\r\nbody "
        + marker + "\r\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    OutboxItem item;
    item.from = QStringLiteral("alice@example.org");
    item.recipients = { QStringLiteral("bob@example.org") };
    item.size = eml.size();
    m_store->outbox()->enqueue(&buffer, item, error);
    return item.id;
}

std::unique_ptr<OutboxSender> TestStoreDisk::makeSender()
{
    const SmtpConnectionSettings settings = settingsFor(m_server->port());
    auto sender = std::make_unique<OutboxSender>(m_store->outbox(),
        [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); });
    connect(sender.get(), &OutboxSender::itemFinished, this,
        [this](const QString &id, const OutboxItem &item, const SmtpSendResult &result,
            const SmtpError &error, const QString &storeError) {
            m_finished.append({ id, item, result, error, storeError });
        });
    return sender;
}

void TestStoreDisk::draftSaveOnFullDisk()
{
    DraftStore *drafts = m_store->drafts();
    Draft d = smallDraft();
    QVERIFY(drafts->save(d));
    const QString filler = fill();
    Draft bigger = d;
    bigger.subject = QStringLiteral("the new copy");
    bigger.plainText = QString(200000, QLatin1Char('x'));
    QString error;
    QVERIFY(!drafts->save(bigger, &error));
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("last saved version is kept")), qPrintable(error));
    Draft loaded;
    QVERIFY(drafts->load(d.id, &loaded, &error));
    QCOMPARE(loaded.subject, QStringLiteral("the good copy"));
    QCOMPARE(loaded.plainText, QStringLiteral("short and saved"));
    QCOMPARE(loaded.revision, 1);
    // Nothing of the failed revision is left behind.
    QCOMPARE(QDir(drafts->draftDirectory(d.id)).entryList(QDir::Files | QDir::Hidden),
        (QStringList { QStringLiteral("draft.json"), QStringLiteral("message-1.eml") }));

    QFile::remove(filler);
    QVERIFY2(drafts->save(bigger, &error), qPrintable(error));
    QVERIFY(drafts->load(d.id, &loaded, &error));
    QCOMPARE(loaded.subject, QStringLiteral("the new copy"));
}

void TestStoreDisk::attachmentCopyOnFullDisk()
{
    DraftStore *drafts = m_store->drafts();
    Draft d = smallDraft();
    QVERIFY(drafts->save(d));
    // The original lives elsewhere (the real disk); its copy does not fit.
    const QString original = m_base.path() + QStringLiteral("/large.bin");
    QFile f(original);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(600 * 1024, 'a'));
    f.close();
    Draft withFile = d;
    withFile.attachments.append(DraftAttachment::fromFile(original));
    QString error;
    QVERIFY(!drafts->save(withFile, &error));
    QVERIFY2(error.contains(QStringLiteral("large.bin")) && error.contains(QStringLiteral("disk is full")),
        qPrintable(error));
    Draft loaded;
    QVERIFY(drafts->load(d.id, &loaded));
    QVERIFY(loaded.attachments.isEmpty());
    QCOMPARE(loaded.revision, 1);
    QVERIFY(QDir(drafts->draftDirectory(d.id) + QStringLiteral("/files")).entryList(QDir::Files).isEmpty());
}

void TestStoreDisk::enqueueOnFullDisk()
{
    const QString filler = fill();
    QString error;
    const QString id = queue("full", &error);
    QVERIFY(id.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("nothing was sent")), qPrintable(error));
    QVERIFY(m_store->outbox()->list().isEmpty());
    // No half-built item left over.
    QCOMPARE(QDir(m_store->outbox()->directory())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .filter(QStringLiteral(".incoming")),
        QStringList());
    QFile::remove(filler);
    QVERIFY(!queue("fits now", &error).isEmpty());
}

void TestStoreDisk::sendRefusedWhenTheAttemptCannotBeRecorded()
{
    const QString id = queue("norecord");
    QVERIFY(!id.isEmpty());
    const QString filler = fill();
    auto sender = makeSender();
    QVERIFY(sender->sendNow(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY(!m_finished.first().result.accepted);
    QVERIFY2(m_finished.first().storeError.contains(QStringLiteral("disk is full")),
        qPrintable(m_finished.first().storeError));
    QCOMPARE(m_server->connections(), 0); // without a record of the attempt, nothing goes out
    OutboxItem item;
    QVERIFY(m_store->outbox()->item(id, &item));
    QCOMPARE(item.state, OutboxItem::State::Queued);
    QCOMPARE(item.attempts, 0);
    QVERIFY(!m_store->outbox()->hasUnsentMarker(id));

    QFile::remove(filler);
    QVERIFY(sender->sendNow(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QVERIFY(m_finished.at(1).result.accepted);
    QVERIFY(m_store->sent()->contains(id));
}

void TestStoreDisk::deliveredWhileTheDiskFillsIsStillFiled()
{
    OutboxTestServer::SessionPlan hold;
    hold.holdGreeting = true;
    m_server->addPlan(hold);
    const QString id = queue("fills");
    int held = 0;
    connect(m_server.get(), &OutboxTestServer::greetingHeld, this, [&held](int s) { held = s; });
    auto sender = makeSender();
    QVERIFY(sender->sendNow(id));
    QTRY_VERIFY_WITH_TIMEOUT(held > 0, 10000);
    const QString filler = fill();
    m_server->releaseGreeting(held);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY(m_finished.first().result.accepted);
    QVERIFY2(m_finished.first().storeError.contains(QStringLiteral("disk is full")),
        qPrintable(m_finished.first().storeError));
    // The report could not be written, but the message is where delivered messages are: never sent again.
    QVERIFY(!m_store->outbox()->contains(id));
    QVERIFY(m_store->sent()->contains(id));
    QFile::remove(filler);
    MailStore restarted(m_store->directory());
    QVERIFY(restarted.open());
    QVERIFY(restarted.sent()->contains(id));
    QVERIFY(restarted.outbox()->list().isEmpty());
    OutboxItem sent;
    restarted.sent()->item(id, &sent);
    QCOMPARE(sent.state, OutboxItem::State::Sent);
    QCOMPARE(m_server->dotsReceived(), 1);
}

void TestStoreDisk::readOnlyFileSystem()
{
    Draft d = smallDraft();
    QVERIFY(m_store->drafts()->save(d));
    const QString id = queue("readonly");
    QVERIFY(!id.isEmpty());
    makeReadOnly(true);

    // Reading still works.
    MailStore reader(m_store->directory());
    MailStore::Recovery recovery;
    reader.open(&recovery);
    QCOMPARE(reader.drafts()->list().size(), 1);
    Draft loaded;
    QVERIFY(reader.drafts()->load(d.id, &loaded));
    QCOMPARE(reader.outbox()->list().size(), 1);

    // Writing says why, and changes nothing.
    Draft changed = d;
    changed.subject = QStringLiteral("changed");
    QString error;
    QVERIFY(!m_store->drafts()->save(changed, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY(queue("cannot", &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    auto sender = makeSender();
    QVERIFY(sender->sendNow(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
    QVERIFY2(m_finished.first().storeError.contains(QStringLiteral("read-only")),
        qPrintable(m_finished.first().storeError));
    QCOMPARE(m_server->connections(), 0);
    QVERIFY(!m_store->outbox()->remove(id, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));

    makeReadOnly(false);
    QVERIFY(m_store->drafts()->load(d.id, &loaded));
    QCOMPARE(loaded.subject, d.subject);
    OutboxItem item;
    QVERIFY(m_store->outbox()->item(id, &item));
    QCOMPARE(item.state, OutboxItem::State::Queued);
    QVERIFY(sender->sendNow(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 2, 10000);
    QVERIFY(m_finished.at(1).result.accepted);
}

QTEST_GUILESS_MAIN(TestStoreDisk)
#include "tst_storedisk.moc"
