#include "store/storefiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace StoreFiles {

namespace {

constexpr qint64 CopyChunk = 64 * 1024;

QString hintFor(const QString &reason, const QString &path)
{
    // Matched on the system's wording where there is one (QFileDevice keeps only the text, not errno)...
    if (reason.contains(QLatin1String("No space left"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("quota"), Qt::CaseInsensitive)) {
        return QCoreApplication::translate("StoreFiles", " The disk is full: free some space and try again.");
    }
    if (reason.contains(QLatin1String("Read-only file system"), Qt::CaseInsensitive)) {
        return QCoreApplication::translate("StoreFiles", " The folder is on a read-only file system.");
    }
    if (reason.contains(QLatin1String("Permission denied"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("Operation not permitted"), Qt::CaseInsensitive)) {
        return QCoreApplication::translate("StoreFiles", " Epistle is not allowed to write there.");
    }
    // ...and otherwise by looking at the file system itself ("Unknown error" is all some paths report).
    QString existing = QFileInfo(path).absoluteFilePath();
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing) {
            break;
        }
        existing = parent;
    }
    const QStorageInfo storage(existing);
    if (storage.isValid() && storage.isReady()) {
        if (storage.isReadOnly()) {
            return QCoreApplication::translate("StoreFiles", " The folder is on a read-only file system.");
        }
        if (storage.bytesAvailable() < 64 * 1024) {
            return QCoreApplication::translate(
                "StoreFiles", " The disk is full: free some space and try again.");
        }
    }
    return {};
}

} // namespace

QString describe(const QString &action, const QString &path, const QString &reason)
{
    //: %1 is an action such as "write" or "create the folder", %2 a file or folder
    QString text = QCoreApplication::translate("StoreFiles", "Could not %1 %2")
                       .arg(action, QDir::toNativeSeparators(path));
    if (!reason.isEmpty()) {
        text += QStringLiteral(": ") + reason;
    }
    if (!text.endsWith(QLatin1Char('.'))) {
        text += QLatin1Char('.');
    }
    return text + hintFor(reason, path);
}

QString describeErrno(const QString &action, const QString &path, int errnum)
{
    return describe(action, path, QString::fromLocal8Bit(std::strerror(errnum)));
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error, Sync sync)
{
    QBuffer source;
    source.setData(data);
    source.open(QIODevice::ReadOnly);
    return copyAtomically(&source, path, data.size(), error, sync);
}

namespace {

QString writeAction()
{
    return QCoreApplication::translate("StoreFiles", "write", "Could not [action] FILE");
}

// Copies the source's remaining bytes into 'file'; -1 (with 'error') when reading or writing failed, or when
// 'expectedSize' >= 0 and a different count arrived.
qint64 copyInto(
    QIODevice *source, QFileDevice &file, const QString &path, qint64 expectedSize, QString *error)
{
    qint64 copied = 0;
    QByteArray buffer;
    buffer.resize(CopyChunk);
    while (!source->atEnd()) {
        const qint64 n = source->read(buffer.data(), CopyChunk);
        if (n < 0) {
            if (source->atEnd()) {
                break; // some sequential devices say -1 once they are done
            }
            *error = QCoreApplication::translate("StoreFiles", "Could not read the message to store it: %1.")
                         .arg(source->errorString());
            return -1;
        }
        if (n == 0) {
            break; // a size check below catches a source that stopped early
        }
        if (file.write(buffer.constData(), n) != n) {
            *error = describe(writeAction(), path, file.errorString());
            return -1;
        }
        copied += n;
    }
    if (expectedSize >= 0 && copied != expectedSize) {
        *error = QCoreApplication::translate("StoreFiles",
            "The message to store was %1 bytes instead of the %2 announced; nothing was stored.")
                     .arg(copied)
                     .arg(expectedSize);
        return -1;
    }
    return copied;
}

// Where a file written with Sync::Kernel keeps its previous version while the next one moves in.
QString asidePath(const QString &path)
{
    return path + QStringLiteral(".old");
}

// Sync::Kernel: a temporary file beside the target, renamed into its place. No fsync: QSaveFile always syncs.
bool copyThroughKernel(QIODevice *source, const QString &path, qint64 expectedSize, QString *error)
{
    const QFileInfo target(path);
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".tmp-") + QString::number(QRandomGenerator::global()->generate(), 16);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::NewOnly)) {
        *error = describe(writeAction(), path, file.errorString());
        return false;
    }
    const bool copied = copyInto(source, file, path, expectedSize, error) >= 0;
    file.close();
#ifdef Q_OS_UNIX
    // A rename that replaces a file makes ext4 (auto_da_alloc) write the new one out at once, about 3 ms a
    // time: the old version steps aside first, so no rename replaces anything. A reader finds it there in
    // the moment between (readJson; a killed process leaves it there, still whole).
    const QByteArray targetName = QFile::encodeName(path);
    const QByteArray aside = QFile::encodeName(asidePath(path));
    const bool steppedAside = copied && ::rename(targetName.constData(), aside.constData()) == 0;
    if (copied && ::rename(QFile::encodeName(temporary).constData(), targetName.constData()) == 0) {
        if (steppedAside) {
            ::unlink(aside.constData());
        }
        return true;
    }
    if (copied) {
        *error = describeErrno(writeAction(), path, errno);
    }
    if (steppedAside) {
        ::rename(aside.constData(), targetName.constData());
    }
#else
    if (copied && (!QFile::exists(path) || QFile::remove(path)) && QFile::rename(temporary, path)) {
        return true;
    }
#endif
    QFile::remove(temporary);
    return false;
}

} // namespace

bool copyAtomically(QIODevice *source, const QString &path, qint64 expectedSize, QString *error, Sync sync)
{
    if (sync == Sync::Kernel) {
        return copyThroughKernel(source, path, expectedSize, error);
    }
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is exactly the torn file this avoids.
    file.setDirectWriteFallback(false);
    // Unbuffered: a full disk fails the write() itself, with errno's words. (Through QFileDevice's buffer the
    // failure surfaces only in close(), where QSaveFile 6.4 loses it and commits a short file.)
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = describe(writeAction(), path, file.errorString());
        return false;
    }
    const qint64 copied = copyInto(source, file, path, expectedSize, error);
    if (copied < 0) {
        file.cancelWriting();
        return false;
    }
#ifdef Q_OS_UNIX
    // QSaveFile syncs before its rename but ignores a failure; with delayed allocation that is where a full
    // disk shows. Syncing here first means a file that did not reach the disk never replaces the good one.
    if (::fsync(file.handle()) != 0) {
        *error = describeErrno(writeAction(), path, errno);
        file.cancelWriting();
        return false;
    }
#endif
    if (!file.commit()) {
        *error = describe(writeAction(), path, file.errorString());
        return false;
    }
    const qint64 onDisk = QFileInfo(path).size();
    if (onDisk != copied) {
        // Should not happen after the checks above; said loudly if it ever does.
        *error = describe(writeAction(), path,
            QCoreApplication::translate("StoreFiles", "%1 bytes reached the file instead of %2")
                .arg(onDisk)
                .arg(copied));
        return false;
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return true;
}

bool copyFileAtomically(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = describe(QCoreApplication::translate("StoreFiles", "read", "Could not [action] FILE"), from,
            source.errorString());
        return false;
    }
    return copyAtomically(&source, to, source.size(), error);
}

bool writeJson(const QString &path, const QJsonObject &object, QString *error, Sync sync)
{
    return writeAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented), error, sync);
}

bool readAll(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = describe(QCoreApplication::translate("StoreFiles", "read", "Could not [action] FILE"), path,
            file.errorString());
        return false;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = describe(QCoreApplication::translate("StoreFiles", "read", "Could not [action] FILE"), path,
            file.errorString());
        return false;
    }
    return true;
}

bool readJson(const QString &path, QJsonObject *object, QString *error)
{
    QByteArray data;
    if (!readAll(path, &data, error)) {
        // Written with Sync::Kernel, it may be between versions (see copyThroughKernel): the previous one,
        // else the next one if it moved in meanwhile.
        QString ignored;
        if (QFileInfo::exists(path)
            || !(readAll(asidePath(path), &data, &ignored) || readAll(path, &data, &ignored))) {
            return false;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QCoreApplication::translate("StoreFiles", "%1 is damaged (%2).")
                     .arg(QDir::toNativeSeparators(path),
                         parseError.error != QJsonParseError::NoError
                             ? parseError.errorString()
                             : QCoreApplication::translate("StoreFiles", "not a JSON object"));
        return false;
    }
    *object = document.object();
    return true;
}

bool ensureDirectory(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return true;
    }
    if (info.exists()) {
        *error = describe(
            QCoreApplication::translate("StoreFiles", "create the folder", "Could not [action] FILE"), path,
            QCoreApplication::translate("StoreFiles", "a file of that name is in the way"));
        return false;
    }
#ifdef Q_OS_UNIX
    // Step by step with mkdir(2), so the error is the real one (EROFS, EACCES, ENOSPC) rather than "failed".
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current;
    for (const QString &part : parts) {
        current += QLatin1Char('/') + part;
        if (QFileInfo(current).isDir()) {
            continue;
        }
        if (::mkdir(QFile::encodeName(current).constData(), 0700) != 0 && errno != EEXIST) {
            *error = describeErrno(
                QCoreApplication::translate("StoreFiles", "create the folder", "Could not [action] FILE"),
                current, errno);
            return false;
        }
    }
    return true;
#else
    if (!QDir().mkpath(path)) {
        *error = describe(
            QCoreApplication::translate("StoreFiles", "create the folder", "Could not [action] FILE"), path,
            {});
        return false;
    }
    return true;
#endif
}

bool syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(directory);
    return true;
#endif
}

bool renameNoReplace(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_LINUX
    const QByteArray a = QFile::encodeName(from);
    const QByteArray b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        *error = describeErrno(
            QCoreApplication::translate("StoreFiles", "move", "Could not [action] FILE"), from, errno);
        return false;
    }
    // A file system without RENAME_NOREPLACE: check, then rename (the store's own locks keep the gap safe).
    if (QFileInfo::exists(to)) {
        *error = describeErrno(
            QCoreApplication::translate("StoreFiles", "move", "Could not [action] FILE"), from, EEXIST);
        return false;
    }
    if (::rename(a.constData(), b.constData()) != 0) {
        *error = describeErrno(
            QCoreApplication::translate("StoreFiles", "move", "Could not [action] FILE"), from, errno);
        return false;
    }
    return true;
#else
    if (QFileInfo::exists(to)) {
        *error = describe(QCoreApplication::translate("StoreFiles", "move", "Could not [action] FILE"), from,
            QCoreApplication::translate("StoreFiles", "%1 already exists").arg(to));
        return false;
    }
    if (!QDir().rename(from, to)) {
        *error = describe(
            QCoreApplication::translate("StoreFiles", "move", "Could not [action] FILE"), from, {});
        return false;
    }
    return true;
#endif
}

bool removeTree(const QString &directory, QString *error)
{
    const QFileInfo info(directory);
    if (!info.exists()) {
        return true;
    }
    const QString parent = info.absolutePath();
    const QString trash = parent + QStringLiteral("/.trash-") + info.fileName() + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate(), 16);
    if (!renameNoReplace(info.absoluteFilePath(), trash, error)) {
        return false;
    }
    syncDirectory(parent);
    QDir(trash).removeRecursively(); // a leftover is harmless: hidden, and removed on the next start
    return true;
}

bool removeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove()) {
        return true;
    }
    *error = describe(QCoreApplication::translate("StoreFiles", "remove", "Could not [action] FILE"), path,
        file.errorString());
    return false;
}

void removeTrash(const QString &parent)
{
    const QDir dir(parent);
    const QStringList entries = dir.entryList(
        { QStringLiteral(".trash-*") }, QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString path = dir.filePath(entry);
        if (QFileInfo(path).isDir()) {
            QDir(path).removeRecursively();
        } else {
            QFile::remove(path);
        }
    }
}

bool createMarker(const QString &path, QString *error, Sync sync)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = describeErrno(
            QCoreApplication::translate("StoreFiles", "create", "Could not [action] FILE"), path, errno);
        return false;
    }
    const bool synced = sync == Sync::Kernel || ::fsync(fd) == 0;
    const int syncErrno = errno;
    ::close(fd);
    if (!synced) {
        *error = describeErrno(
            QCoreApplication::translate("StoreFiles", "create", "Could not [action] FILE"), path, syncErrno);
        return false;
    }
    if (sync == Sync::Disk) {
        syncDirectory(QFileInfo(path).absolutePath());
    }
    return true;
#else
    return writeAtomically(path, QByteArray(), error, sync);
#endif
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

QStringList itemDirectories(const QString &parent)
{
    QStringList ids;
    const QStringList entries = QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        if (isValidId(entry)) {
            ids.append(entry);
        }
    }
    return ids;
}

QString newId()
{
    const quint32 random = QRandomGenerator::system()->generate() & 0xffffff;
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QStringLiteral("%1").arg(random, 6, 16, QLatin1Char('0'));
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64 || id.startsWith(QLatin1Char('-'))) {
        return false;
    }
    for (const QChar c : id) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

QString bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
}

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // unknown: assume alive, the safe side for locks
#endif
}

} // namespace StoreFiles
