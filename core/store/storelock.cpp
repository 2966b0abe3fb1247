#include "store/storelock.h"

#include "store/storefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

qint64 pidFromContent(const QByteArray &content)
{
    return content.left(content.indexOf('\n')).trimmed().toLongLong();
}

#ifdef Q_OS_UNIX
QByteArray readFd(int fd)
{
    QByteArray content;
    char buffer[512];
    ::lseek(fd, 0, SEEK_SET);
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        content.append(buffer, qsizetype(n));
        if (content.size() > 4096) {
            break;
        }
    }
    return content;
}
#endif

} // namespace

StoreLock::StoreLock(const QString &path) : m_path(path) { }

StoreLock::~StoreLock()
{
    unlock();
}

bool StoreLock::tryLock(QString *error)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (isLocked()) {
        return true;
    }
    m_abandoned = false;
    if (!StoreFiles::ensureDirectory(QFileInfo(m_path).absolutePath(), &why)) {
        return false;
    }
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(m_path);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            why = StoreFiles::describeErrno(
                QCoreApplication::translate("StoreFiles", "create the lock file", "Could not [action] FILE"),
                m_path, errno);
            return false;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int lockErrno = errno;
            const QByteArray content = readFd(fd);
            ::close(fd);
            if (lockErrno == EWOULDBLOCK) {
                const qint64 pid = pidFromContent(content);
                why = pid > 0 ? tr("It is in use by another Epistle (process %1).").arg(pid)
                              : tr("It is in use by another Epistle.");
            } else {
                why = StoreFiles::describeErrno(
                    QCoreApplication::translate("StoreFiles", "lock", "Could not [action] FILE"), m_path,
                    lockErrno);
            }
            return false;
        }
        // The previous owner may have removed the file between our open() and flock(): then we hold a lock on
        // a file nobody else can see, so start again on the current one.
        struct stat opened, current;
        if (::fstat(fd, &opened) != 0 || ::stat(name.constData(), &current) != 0
            || opened.st_ino != current.st_ino || opened.st_dev != current.st_dev) {
            ::close(fd);
            continue;
        }
        const QByteArray previous = readFd(fd);
        m_abandoned = !previous.isEmpty();
        const QByteArray content = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n' + QCoreApplication::applicationName().toUtf8()
            + '\n';
        // A new file is not truncated: on ext4 a truncation to zero makes close() write the file out at once
        // (auto_da_alloc), a few milliseconds for every claim of a flush.
        if ((opened.st_size > 0 && ::ftruncate(fd, 0) != 0)
            || ::pwrite(fd, content.constData(), size_t(content.size()), 0) != content.size()) {
            const int writeErrno = errno;
            if (writeErrno != ENOSPC && writeErrno != EDQUOT) {
                why = StoreFiles::describeErrno(QCoreApplication::translate("StoreFiles",
                                                    "write the lock file", "Could not [action] FILE"),
                    m_path, writeErrno);
                ::close(fd);
                return false;
            }
            // A full disk: the flock alone still keeps others out; only the owner's name is missing.
            if (::ftruncate(fd, 0) != 0) {
                // nothing more to undo
            }
        }
        m_fd = fd;
        return true;
    }
    why = tr("The lock file %1 keeps changing; another Epistle is using it.").arg(m_path);
    return false;
#else
    why = tr("Locking is not implemented on this platform.");
    return false;
#endif
}

void StoreLock::unlock()
{
#ifdef Q_OS_UNIX
    if (m_fd < 0) {
        return;
    }
    // Remove first, then release: whoever waits on the old file sees it gone and starts again.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
#endif
}

void StoreLock::abandon()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
#endif
}

StoreLock::State StoreLock::probe(const QString &path, qint64 *pid)
{
    if (pid) {
        *pid = 0;
    }
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return State::Free;
    }
    const QByteArray content = readFd(fd);
    if (pid) {
        *pid = pidFromContent(content);
    }
    State state = State::Abandoned;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        state = State::HeldElsewhere;
    } else if (content.isEmpty()) {
        state = State::Free; // just being created (or released) by its owner
    }
    ::close(fd); // also drops the shared lock taken to look
    return state;
#else
    Q_UNUSED(path);
    return State::Free;
#endif
}
