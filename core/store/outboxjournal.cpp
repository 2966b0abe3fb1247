#include "store/outboxjournal.h"

#include "store/storefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#include <unistd.h>
#endif

namespace {

const QByteArray Magic = "epistle-outbox-journal 1";

QByteArray outcomeName(OutboxJournal::Outcome outcome)
{
    switch (outcome) {
    case OutboxJournal::Outcome::Sent:
        return "sent";
    case OutboxJournal::Outcome::NotSent:
        return "not-sent";
    case OutboxJournal::Outcome::Uncertain:
        return "uncertain";
    case OutboxJournal::Outcome::None:
        break;
    }
    return {};
}

bool syncData(QFile &file)
{
#ifdef Q_OS_UNIX
    return ::fdatasync(file.handle()) == 0;
#else
    return file.flush();
#endif
}

} // namespace

OutboxJournal::OutboxJournal(const QString &directory) : m_directory(QDir::cleanPath(directory)) { }

OutboxJournal::~OutboxJournal() = default;

bool OutboxJournal::isOpen() const
{
    return m_file && m_file->isOpen();
}

bool OutboxJournal::open(QString *error)
{
    if (!StoreFiles::ensureDirectory(m_directory, error)) {
        return false;
    }
    m_path = m_directory
        + QStringLiteral("/%1-%2")
              .arg(QCoreApplication::applicationPid())
              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(
            QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered | QIODevice::NewOnly)) {
        *error = StoreFiles::describe(
            QCoreApplication::translate("StoreFiles", "create", "Could not [action] FILE"), m_path,
            m_file->errorString());
        m_file.reset();
        return false;
    }
#ifdef Q_OS_UNIX
    ::flock(m_file->handle(), LOCK_EX | LOCK_NB); // new and unshared: this cannot fail but on odd systems
#endif
    const QByteArray header = Magic + "\nboot " + StoreFiles::bootId().toLatin1() + "\npid "
        + QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (!append(header, false)) {
        *error = StoreFiles::describe(
            QCoreApplication::translate("StoreFiles", "write", "Could not [action] FILE"), m_path,
            m_file->errorString());
        m_file.reset();
        QFile::remove(m_path);
        return false;
    }
    return true;
}

bool OutboxJournal::append(const QByteArray &lines, bool sync)
{
    if (!isOpen() || m_file->write(lines) != lines.size()) {
        return false;
    }
    return !sync || syncData(*m_file);
}

bool OutboxJournal::recordStarting(const QList<QPair<QString, int>> &idsAndAttempts, QString *error)
{
    QByteArray lines;
    for (const auto &[id, attempts] : idsAndAttempts) {
        if (!m_started.contains(id)) {
            lines += "start " + id.toLatin1() + ' ' + QByteArray::number(attempts) + '\n';
        }
    }
    const bool first = m_started.isEmpty();
    if (!append(lines, true)) {
        *error = tr("The outbox cannot record the send, so nothing more is sent now. %1")
                     .arg(StoreFiles::describe(
                         QCoreApplication::translate("StoreFiles", "write", "Could not [action] FILE"),
                         m_path, m_file ? m_file->errorString() : QString()));
        return false;
    }
    if (first) {
        StoreFiles::syncDirectory(m_directory); // the journal itself must be there after a power cut
    }
    for (const auto &idAndAttempts : idsAndAttempts) {
        m_started.insert(idAndAttempts.first);
    }
    return true;
}

bool OutboxJournal::recordOutcome(const QString &id, Outcome outcome, const QJsonObject &report)
{
    QByteArray line = outcomeName(outcome) + ' ' + id.toLatin1();
    if (outcome == Outcome::Sent && !report.isEmpty()) {
        line += ' ' + QJsonDocument(report).toJson(QJsonDocument::Compact);
    }
    return append(line + '\n', false);
}

void OutboxJournal::finish()
{
    if (!isOpen()) {
        return;
    }
    // Synced before it goes: if the removal does not reach the disk, what it says is still all true.
    syncData(*m_file);
    QFile::remove(m_path);
    m_file.reset();
}

QStringList OutboxJournal::leftovers(const QString &directory)
{
    QStringList found;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(name);
#ifdef Q_OS_UNIX
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        if (::flock(file.handle(), LOCK_EX | LOCK_NB) != 0) {
            continue; // its sender is running
        }
#endif
        found.append(path);
    }
    return found;
}

bool OutboxJournal::read(const QString &path, Record *record)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.isEmpty() || lines.first() != Magic) {
        return false;
    }
    *record = Record();
    // The last piece has no newline: whole or torn, it was never finished, so it is not read.
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype space = line.indexOf(' ');
        const QByteArray key = line.left(space);
        const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
        const qsizetype idEnd = rest.indexOf(' ');
        const QString id = QString::fromLatin1(idEnd < 0 ? rest : rest.left(idEnd));
        if (key == "boot") {
            record->bootId = QString::fromLatin1(rest);
        } else if (key == "pid") {
            record->pid = rest.toLongLong();
        } else if (!StoreFiles::isValidId(id)) {
            continue;
        } else if (key == "start") {
            record->started.append(id);
            record->attemptsBefore.insert(id, idEnd < 0 ? 0 : rest.mid(idEnd + 1).toInt());
        } else if (key == "sent") {
            record->outcomes.insert(id, Outcome::Sent);
            record->reports.insert(id, QJsonDocument::fromJson(rest.mid(idEnd + 1)).object());
        } else if (key == "not-sent") {
            record->outcomes.insert(id, Outcome::NotSent);
        } else if (key == "uncertain") {
            record->outcomes.insert(id, Outcome::Uncertain);
        }
    }
    return true;
}
