// Drafts: what is saved comes back exactly (fields as typed, bodies, attachments), every save is a new atomic
// revision, attachments are the draft's own copies, open locks keep windows and processes apart, crashed
// sessions are recoverable, and the autosaver's debounce.

#include "store/draftautosaver.h"
#include "store/draftlistmodel.h"
#include "store/draftstore.h"
#include "store/mailstore.h"
#include "store/storelock.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Draft sampleDraft()
{
    Draft d;
    d.account = QStringLiteral("work");
    d.from = QStringLiteral("Alice Émilie <alice@example.org>");
    d.to = QStringLiteral("bob@example.org, \"Doe, Jane\" <jane@exa"); // half typed
    d.cc = QStringLiteral("carol@example.org");
    d.bcc = QStringLiteral("secret@example.org");
    d.subject = QStringLiteral("Grüße — a draft");
    d.plainText
        = QStringLiteral("Hello,\n\nFrom here on.\n.\nA line with trailing spaces   \nno newline at the end");
    return d;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void htmlAndHeaders();
    void emlIsReadableMail();
    void revisionsReplaceEachOther();
    void attachmentsAreCopied();
    void attachmentCopyIsReused();
    void referencedAttachmentChangeIsReported();
    void unreadableAttachmentFailsSave();
    void toMessage();
    void unreadableDraftGivesClearError();
    void openLockKeepsWindowsApart();
    void abandonedLockIsRecoverable();
    void liveProcessKeepsItsDraft();
    void cleanUpRemovesLeftovers();
    void autosaverDebounces();
    void autosaverMaxDelay();
    void autosaverSavesOnClose();
    void autosaverReportsFailure();
    void emptyDraftLeavesNothing();
    void modelFollowsSaves();
    void defaultLocationIsAppData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
};

void TestDraftStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<DraftStore>(m_dir->path() + QStringLiteral("/drafts"));
}

void TestDraftStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestDraftStore::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("one line") << QStringLiteral("hello");
    QTest::newRow("final newline") << QStringLiteral("hello\n");
    QTest::newRow("two final newlines") << QStringLiteral("hello\n\n");
    QTest::newRow("trailing spaces") << QStringLiteral("a  \nb\t\n  ");
    QTest::newRow("dots and From") << QStringLiteral(".\n..\nFrom me\n.x\n");
    QTest::newRow("unicode") << QStringLiteral("Grüße, 日本語, emoji \U0001F600\n");
    QTest::newRow("long line") << QString(5000, QLatin1Char('x'));
    QTest::newRow("equals and soft breaks") << QStringLiteral("a=\nb=3D\n=\n");
}

void TestDraftStore::roundTrip()
{
    QFETCH(QString, text);
    Draft d = sampleDraft();
    d.plainText = text;
    QString error;
    QVERIFY2(m_store->save(d, &error), qPrintable(error));
    QVERIFY(!d.id.isEmpty());
    QCOMPARE(d.revision, 1);
    Draft loaded;
    QVERIFY2(m_store->load(d.id, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.plainText, text);
    QCOMPARE(loaded.to, d.to); // the half-typed address survives as typed
    QCOMPARE(loaded.from, d.from);
    QCOMPARE(loaded.bcc, d.bcc);
    QCOMPARE(loaded.subject, d.subject);
    QCOMPARE(loaded.account, d.account);
    QCOMPARE(loaded.revision, 1);
    QVERIFY(loaded.created.isValid());
    QVERIFY(loaded.sameContent(d));
}

void TestDraftStore::htmlAndHeaders()
{
    Draft d = sampleDraft();
    d.html = QStringLiteral("<p>Hello <b>there</b></p>\n<p>=3D</p>");
    d.inReplyTo = "<parent@example.org>";
    d.references = { "<root@example.org>", "<parent@example.org>" };
    d.extraHeaders = { { "X-Priority", QStringLiteral("1") } };
    QVERIFY(m_store->save(d));
    Draft loaded;
    QVERIFY(m_store->load(d.id, &loaded));
    QCOMPARE(loaded.html, d.html);
    QCOMPARE(loaded.plainText, d.plainText);
    QCOMPARE(loaded.inReplyTo, d.inReplyTo);
    QCOMPARE(loaded.references, d.references);
    QCOMPARE(loaded.extraHeaders, d.extraHeaders);
}

void TestDraftStore::emlIsReadableMail()
{
    Draft d = sampleDraft();
    QVERIFY(m_store->save(d));
    const QString eml = m_store->draftDirectory(d.id) + QStringLiteral("/message-1.eml");
    const QByteArray bytes = readFile(eml);
    QVERIFY(bytes.contains("Subject: =?")); // encoded for 7-bit readers
    QVERIFY(bytes.contains("To: bob@example.org")); // the valid part of the half-typed field
    QVERIFY(bytes.contains("Bcc: secret@example.org"));
    QVERIFY(bytes.contains("X-Epistle-Draft: " + d.id.toLatin1()));
    QVERIFY(!bytes.contains("jane@exa"));
    for (const QByteArray &line : bytes.split('\n')) {
        QVERIFY(line.size() <= 999);
    }
}

void TestDraftStore::revisionsReplaceEachOther()
{
    Draft d = sampleDraft();
    QSignalSpy saved(m_store.get(), &DraftStore::draftSaved);
    for (int i = 1; i <= 5; ++i) {
        d.subject = QStringLiteral("revision %1").arg(i);
        QVERIFY(m_store->save(d));
        QCOMPARE(d.revision, i);
    }
    QCOMPARE(saved.count(), 5);
    const QStringList files = QDir(m_store->draftDirectory(d.id)).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, (QStringList { QStringLiteral("draft.json"), QStringLiteral("message-5.eml") }));
    Draft loaded;
    QVERIFY(m_store->load(d.id, &loaded));
    QCOMPARE(loaded.subject, QStringLiteral("revision 5"));
    QCOMPARE(m_store->list().size(), 1);
}

void TestDraftStore::attachmentsAreCopied()
{
    const QString original = m_dir->path() + QStringLiteral("/report.pdf");
    writeFile(original, QByteArray(100000, 'p'));
    Draft d = sampleDraft();
    d.attachments.append(DraftAttachment::fromFile(original));
    d.attachments.append(DraftAttachment::fromData("in memory", QStringLiteral("note.txt"), "text/plain"));
    QString error;
    QVERIFY2(m_store->save(d, &error), qPrintable(error));
    QVERIFY(d.attachments.at(0).filePath.startsWith(m_store->draftDirectory(d.id)));
    QCOMPARE(d.attachments.at(0).originalPath, QFileInfo(original).absoluteFilePath());
    QVERIFY(d.attachments.at(1).data.isEmpty());

    // The original changes and then vanishes: the draft still has what was attached.
    writeFile(original, "changed");
    QFile::remove(original);
    Draft loaded;
    QVERIFY(m_store->load(d.id, &loaded));
    QCOMPARE(loaded.attachments.size(), 2);
    QCOMPARE(readFile(loaded.attachments.at(0).filePath), QByteArray(100000, 'p'));
    QCOMPARE(loaded.attachments.at(0).fileName, QStringLiteral("report.pdf"));
    QVERIFY(loaded.attachments.at(0).problem.isEmpty());
    QCOMPARE(readFile(loaded.attachments.at(1).filePath), QByteArray("in memory"));
    QCOMPARE(loaded.attachments.at(1).mimeType, QByteArray("text/plain"));

    // Removing an attachment removes its copy.
    loaded.attachments.removeFirst();
    QVERIFY(m_store->save(loaded));
    QCOMPARE(QDir(m_store->draftDirectory(d.id) + QStringLiteral("/files")).entryList(QDir::Files).size(), 1);
}

void TestDraftStore::attachmentCopyIsReused()
{
    const QString original = m_dir->path() + QStringLiteral("/big.bin");
    writeFile(original, QByteArray(200000, 'b'));
    Draft composer = sampleDraft(); // the composer keeps handing over the original path
    composer.attachments.append(DraftAttachment::fromFile(original));
    Draft first = composer;
    QVERIFY(m_store->save(first));
    const QString copy = first.attachments.first().filePath;
    Draft second = composer;
    second.id = first.id;
    second.plainText += QStringLiteral(" more");
    QVERIFY(m_store->save(second));
    QCOMPARE(second.attachments.first().filePath, copy);
    QCOMPARE(
        QDir(m_store->draftDirectory(first.id) + QStringLiteral("/files")).entryList(QDir::Files).size(), 1);
}

void TestDraftStore::referencedAttachmentChangeIsReported()
{
    const QString original = m_dir->path() + QStringLiteral("/video.mp4");
    writeFile(original, QByteArray(5000, 'v'));
    Draft d = sampleDraft();
    DraftAttachment a = DraftAttachment::fromFile(original);
    a.keepCopy = false;
    d.attachments.append(a);
    QVERIFY(m_store->save(d));
    QCOMPARE(d.attachments.first().filePath, QFileInfo(original).absoluteFilePath());
    QVERIFY(!QFileInfo::exists(m_store->draftDirectory(d.id) + QStringLiteral("/files")));
    writeFile(original, QByteArray(10, 'x'));
    Draft loaded;
    QVERIFY(m_store->load(d.id, &loaded));
    QVERIFY(loaded.attachments.first().problem.contains(QStringLiteral("changed")));
    QFile::remove(original);
    QVERIFY(m_store->load(d.id, &loaded));
    QVERIFY(loaded.attachments.first().problem.contains(QStringLiteral("missing")));
    loaded.to = QStringLiteral("bob@example.org");
    QString error;
    loaded.toMessage(&error);
    QVERIFY(error.contains(QStringLiteral("video.mp4")));
}

void TestDraftStore::unreadableAttachmentFailsSave()
{
    Draft d = sampleDraft();
    QVERIFY(m_store->save(d));
    Draft next = d;
    next.subject = QStringLiteral("with a missing file");
    next.attachments.append(DraftAttachment::fromFile(m_dir->path() + QStringLiteral("/does-not-exist")));
    QString error;
    QVERIFY(!m_store->save(next, &error));
    QVERIFY2(error.contains(QStringLiteral("does-not-exist")), qPrintable(error));
    Draft loaded;
    QVERIFY(m_store->load(d.id, &loaded));
    QCOMPARE(loaded.subject, d.subject); // the previous revision is untouched
    QCOMPARE(loaded.revision, 1);
}

void TestDraftStore::toMessage()
{
    Draft d = sampleDraft();
    QString error;
    d.toMessage(&error);
    QVERIFY2(error.startsWith(QStringLiteral("To:")), qPrintable(error));
    d.to = QStringLiteral("bob@example.org, \"Doe, Jane\" <jane@example.org>");
    const MimeMessage m = d.toMessage(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m.from().address(), QStringLiteral("alice@example.org"));
    QCOMPARE(m.to().mailboxes().size(), 2);
    QCOMPARE(m.bcc().mailboxes().size(), 1);
    QCOMPARE(m.envelopeRecipients().size(), 4);
    d.from.clear();
    d.toMessage(&error);
    QVERIFY(error.startsWith(QStringLiteral("From:")));
    const Draft back = Draft::fromMessage(m);
    QCOMPARE(back.subject, d.subject);
    QVERIFY(back.to.contains(QStringLiteral("jane@example.org")));
}

void TestDraftStore::unreadableDraftGivesClearError()
{
    Draft d = sampleDraft();
    QVERIFY(m_store->save(d));
    const QString eml = m_store->draftDirectory(d.id) + QStringLiteral("/message-1.eml");
    QVERIFY(QFile::remove(eml));
    QVERIFY(QDir().mkdir(eml)); // a file that cannot be read, even by root
    Draft loaded;
    QString error;
    QVERIFY(!m_store->load(d.id, &loaded, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
    QCOMPARE(m_store->list().size(), 1); // still listed
    QFile sidecar(m_store->draftDirectory(d.id) + QStringLiteral("/draft.json"));
    QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sidecar.write("{");
    sidecar.close();
    QStringList problems;
    QVERIFY(m_store->list(&problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("damaged")));
}

void TestDraftStore::openLockKeepsWindowsApart()
{
    Draft d = sampleDraft();
    QVERIFY(m_store->save(d));
    QVERIFY(m_store->open(d.id));
    QCOMPARE(m_store->openState(d.id), DraftStore::OpenState::OpenHere);
    DraftStore other(m_store->directory());
    QCOMPARE(other.openState(d.id), DraftStore::OpenState::OpenElsewhere);
    QString error;
    QVERIFY(!other.open(d.id, &error));
    QVERIFY(error.contains(QString::number(QCoreApplication::applicationPid())));
    Draft changed = d;
    changed.subject = QStringLiteral("from the other window");
    QVERIFY(!other.save(changed, &error));
    QVERIFY(!other.remove(d.id, &error));
    QVERIFY(other.recoverable().isEmpty());
    m_store->close(d.id);
    QCOMPARE(other.openState(d.id), DraftStore::OpenState::Closed);
    QVERIFY(other.open(d.id));
    other.close(d.id);
}

void TestDraftStore::abandonedLockIsRecoverable()
{
    Draft d = sampleDraft();
    QVERIFY(m_store->save(d));
    // A lock file nobody holds: what a process killed while editing leaves behind.
    QDir().mkpath(m_store->directory() + QStringLiteral("/.open"));
    writeFile(m_store->directory() + QStringLiteral("/.open/") + d.id, "4194305\nhost\nepistle\n");
    QCOMPARE(m_store->openState(d.id), DraftStore::OpenState::Abandoned);
    QCOMPARE(m_store->recoverable(), QStringList { d.id });
    QString error;
    Draft changed = d;
    QVERIFY(!m_store->save(changed, &error)); // recover (open) first
    MailStore store(m_dir->path());
    MailStore::Recovery recovery;
    QVERIFY(store.open(&recovery));
    QCOMPARE(recovery.recoveredDrafts, QStringList { d.id });

    QVERIFY(m_store->open(d.id));
    QCOMPARE(m_store->openState(d.id), DraftStore::OpenState::OpenHere);
    QVERIFY(m_store->recoverable().isEmpty());
    QVERIFY(m_store->save(changed));
    m_store->close(d.id);
    QCOMPARE(m_store->openState(d.id), DraftStore::OpenState::Closed);

    // Declining the offer leaves a normal, closed draft.
    writeFile(m_store->directory() + QStringLiteral("/.open/") + d.id, "4194305\nhost\nepistle\n");
    QVERIFY(m_store->dismissRecovery(d.id));
    QCOMPARE(m_store->openState(d.id), DraftStore::OpenState::Closed);
    QVERIFY(m_store->recoverable().isEmpty());
}

void TestDraftStore::liveProcessKeepsItsDraft()
{
    // Another process holds the draft's lock (flock on the file, as a second Epistle would).
    Draft d = sampleDraft();
    QVERIFY(m_store->save(d));
    const QString lock = m_store->directory() + QStringLiteral("/.open/") + d.id;
    QDir().mkpath(QFileInfo(lock).absolutePath());
    writeFile(lock, "1\nhost\nepistle\n");
    QProcess holder; // one process: the shell takes the lock on fd 9, then becomes sleep (keeping fd 9)
    holder.start(QStringLiteral("sh"),
        { QStringLiteral("-c"), QStringLiteral("exec 9>>\"$0\" && flock 9 && exec sleep 30"), lock });
    QVERIFY(holder.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_store->openState(d.id), DraftStore::OpenState::OpenElsewhere, 5000);
    QVERIFY(m_store->recoverable().isEmpty());
    QVERIFY(!m_store->open(d.id));
    holder.kill(); // SIGKILL: the kernel drops the lock with the process
    QVERIFY(holder.waitForFinished());
    QTRY_COMPARE_WITH_TIMEOUT(m_store->openState(d.id), DraftStore::OpenState::Abandoned, 5000);
    QCOMPARE(m_store->recoverable(), QStringList { d.id });
    QVERIFY(m_store->open(d.id));
    m_store->close(d.id);
}

void TestDraftStore::cleanUpRemovesLeftovers()
{
    Draft d = sampleDraft();
    QVERIFY(m_store->save(d));
    const QString folder = m_store->draftDirectory(d.id);
    // A revision written but never committed, a stray temporary file, an orphan attachment copy.
    writeFile(folder + QStringLiteral("/message-7.eml"), "half");
    writeFile(folder + QStringLiteral("/draft.json.Xy12ab"), "half");
    QDir().mkpath(folder + QStringLiteral("/files"));
    writeFile(folder + QStringLiteral("/files/abc-orphan.bin"), "orphan");
    QDir().mkpath(m_store->directory() + QStringLiteral("/.trash-x-1"));
    m_store->cleanUp();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
        (QStringList { QStringLiteral("draft.json"), QStringLiteral("message-1.eml") }));
    QVERIFY(QDir(folder + QStringLiteral("/files")).entryList(QDir::Files).isEmpty());
    QVERIFY(!QFileInfo::exists(m_store->directory() + QStringLiteral("/.trash-x-1")));
    Draft loaded;
    QVERIFY(m_store->load(d.id, &loaded));
}

void TestDraftStore::autosaverDebounces()
{
    Draft content = sampleDraft(); // outlives the saver, whose provider reads it until the end
    DraftAutosaver saver(m_store.get());
    saver.setQuietPeriod(150);
    QVERIFY(saver.attach(QString()));
    QVERIFY(!saver.draftId().isEmpty());
    QCOMPARE(m_store->openState(saver.draftId()), DraftStore::OpenState::OpenHere);
    QSignalSpy saved(&saver, &DraftAutosaver::saved);
    saver.setContentProvider([&content] { return content; });
    for (int i = 0; i < 5; ++i) {
        content.plainText += QStringLiteral(" key");
        saver.markChanged();
        QTest::qWait(30);
    }
    QCOMPARE(saved.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 2000);
    QTest::qWait(300);
    QCOMPARE(saved.count(), 1);
    Draft loaded;
    QVERIFY(m_store->load(saver.draftId(), &loaded));
    QCOMPARE(loaded.plainText, content.plainText);
    // No change, no write.
    saver.markChanged();
    QTest::qWait(300);
    QCOMPARE(loaded.revision, 1);
    QVERIFY(m_store->load(saver.draftId(), &loaded));
    QCOMPARE(loaded.revision, 1);
}

void TestDraftStore::autosaverMaxDelay()
{
    Draft content = sampleDraft();
    DraftAutosaver saver(m_store.get());
    saver.setQuietPeriod(200);
    saver.setMaxDelay(300);
    QVERIFY(saver.attach(QString()));
    QSignalSpy saved(&saver, &DraftAutosaver::saved);
    saver.setContentProvider([&content] { return content; });
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 1000) { // typing without a pause longer than the quiet period
        content.plainText += QStringLiteral("x");
        saver.markChanged();
        QTest::qWait(40);
    }
    QVERIFY2(saved.count() >= 2, qPrintable(QString::number(saved.count())));
}

void TestDraftStore::autosaverSavesOnClose()
{
    QString id;
    {
        DraftAutosaver saver(m_store.get());
        saver.setQuietPeriod(60 * 1000);
        QVERIFY(saver.attach(QString()));
        id = saver.draftId();
        Draft content = sampleDraft();
        saver.setContent(content);
        QVERIFY(saver.hasUnsavedChanges());
        // Destroyed (the composer closes) before the quiet period is over.
    }
    Draft loaded;
    QVERIFY(m_store->load(id, &loaded));
    QCOMPARE(loaded.subject, sampleDraft().subject);
    QCOMPARE(m_store->openState(id), DraftStore::OpenState::Closed);

    // Reopening a saved draft, then discarding it.
    DraftAutosaver again(m_store.get());
    QVERIFY(again.attach(id));
    QCOMPARE(again.lastSaved().subject, sampleDraft().subject);
    QVERIFY(again.discard());
    QVERIFY(!m_store->contains(id));
}

void TestDraftStore::autosaverReportsFailure()
{
    DraftAutosaver saver(m_store.get());
    saver.setQuietPeriod(50);
    QVERIFY(saver.attach(QString()));
    // Something in the way of the draft's folder: the save fails and says so.
    QDir().mkpath(m_store->directory());
    writeFile(m_store->draftDirectory(saver.draftId()), "a file, not a folder");
    QSignalSpy failed(&saver, &DraftAutosaver::saveFailed);
    saver.setContent(sampleDraft());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 2000);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(saver.hasUnsavedChanges());
    QString error;
    QVERIFY(!saver.close(&error));
    QFile::remove(m_store->draftDirectory(saver.draftId()));
    QVERIFY(saver.close(&error));
    QVERIFY(m_store->contains(saver.lastSaved().id));
}

void TestDraftStore::emptyDraftLeavesNothing()
{
    {
        DraftAutosaver saver(m_store.get());
        QVERIFY(saver.attach(QString()));
        saver.setContent(Draft());
        QVERIFY(saver.close());
    }
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(m_store->recoverable().isEmpty());
}

void TestDraftStore::modelFollowsSaves()
{
    DraftListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Draft a = sampleDraft();
    a.subject = QStringLiteral("a");
    QVERIFY(m_store->save(a));
    QTest::qWait(5);
    Draft b = sampleDraft();
    b.subject = QStringLiteral("b");
    QVERIFY(m_store->save(b));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.idAt(0), b.id); // newest first
    QTest::qWait(5);
    a.subject = QStringLiteral("a, edited");
    QVERIFY(m_store->save(a));
    QCOMPARE(model.idAt(0), a.id); // moved to the top
    QCOMPARE(
        model.data(model.index(0, DraftListModel::SubjectColumn)).toString(), QStringLiteral("a, edited"));
    QVERIFY(m_store->open(b.id));
    QCOMPARE(model.data(model.index(1, 0), DraftListModel::OpenStateRole).toInt(),
        int(DraftStore::OpenState::OpenHere));
    m_store->close(b.id);
    QVERIFY(m_store->remove(b.id));
    QCOMPARE(model.rowCount(), 1);
}

void TestDraftStore::defaultLocationIsAppData()
{
    MailStore store;
    QCOMPARE(store.directory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(store.drafts()->directory().startsWith(store.directory()));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
