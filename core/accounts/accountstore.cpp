#include "accountstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
// Another Epistle process holds the lock only for one read-modify-write: a few milliseconds.
constexpr int LockWaitMs = 5000;
// The accounts file is a few kilobytes; anything far larger is not ours.
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
} // namespace

AccountStore::AccountStore(QObject *parent) : AccountStore(defaultFilePath(), parent) { }

AccountStore::AccountStore(const QString &filePath, QObject *parent) : QObject(parent), m_path(filePath) { }

AccountStore::~AccountStore() = default;

QString AccountStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QLatin1Char('/')
        + QLatin1String(AccountFile::FileName);
}

QStringList AccountStore::problemMessages() const
{
    QStringList messages;
    for (const AccountFile::Problem &p : m_problems) {
        messages << p.toString(m_path);
    }
    return messages;
}

bool AccountStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool AccountStore::readFile(QByteArray *data, bool *exists)
{
    QFile file(m_path);
    *exists = file.exists();
    data->clear();
    if (!*exists) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        return fail(tr("%1 is %2 bytes: far too large for an accounts file; it was left alone.")
                        .arg(m_path)
                        .arg(file.size()));
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    }
    return true;
}

bool AccountStore::load()
{
    m_error.clear();
    QByteArray data;
    bool exists = false;
    if (!readFile(&data, &exists)) {
        // Never write over a file that could not be read.
        m_readOnly = true;
        m_accounts.clear();
        m_unreadable.clear();
        m_problems = { { 0, {}, m_error } };
        Q_EMIT reset();
        Q_EMIT problemsFound(problemMessages());
        return false;
    }
    const AccountFile::Parsed parsed = AccountFile::parse(data);
    applyParsed(parsed, data, exists);
    Q_EMIT reset();
    if (!m_problems.isEmpty()) {
        Q_EMIT problemsFound(problemMessages());
    }
    // Reading never writes: the line numbers in problems() must stay those of the file the person edits.
    return true;
}

void AccountStore::applyParsed(const AccountFile::Parsed &parsed, const QByteArray &bytes, bool fileExists)
{
    m_accounts = parsed.accounts;
    m_unreadable = parsed.unreadable;
    m_problems = parsed.problems;
    m_lastBytes = bytes;
    m_fileExisted = fileExists;
    m_readOnly = parsed.newerVersion;
    m_needsBackup = !parsed.problems.isEmpty();
    if (parsed.newerVersion) {
        const QString message = parsed.version > AccountFile::CurrentVersion
            ? tr("The accounts file was written by a newer Epistle (format %1; this one knows format %2). "
                 "Accounts can be used but not changed here.")
                  .arg(parsed.version)
                  .arg(AccountFile::CurrentVersion)
            : tr("The accounts file's format version cannot be read; accounts can be used but not "
                 "changed until it is fixed.");
        m_problems.prepend({ 0, {}, message });
    }
}

void AccountStore::setWatchingFile(bool watch)
{
    if (!watch) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    if (m_watcher) {
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    // The directory, not only the file: an atomic write replaces the file, and a watch on a file follows
    // the replaced inode.
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    m_watcher->addPath(dir);
    if (QFile::exists(m_path)) {
        m_watcher->addPath(m_path);
    }
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &AccountStore::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &AccountStore::onFileChanged);
}

void AccountStore::onFileChanged()
{
    if (m_watcher && QFile::exists(m_path) && !m_watcher->files().contains(m_path)) {
        m_watcher->addPath(m_path);
    }
    QByteArray data;
    bool exists = false;
    if (!readFile(&data, &exists)) {
        return; // half-way through another process's write, or gone for a moment: the next event settles it
    }
    if (data == m_lastBytes && exists == m_fileExisted) {
        return; // our own write
    }
    applyParsed(AccountFile::parse(data), data, exists);
    Q_EMIT reset();
    if (!m_problems.isEmpty()) {
        Q_EMIT problemsFound(problemMessages());
    }
}

int AccountStore::indexOfId(const QString &id) const
{
    if (id.isEmpty()) {
        return -1;
    }
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int AccountStore::indexOfName(const QString &name) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name == name) {
            return i;
        }
    }
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

Account AccountStore::account(const QString &id) const
{
    const int i = indexOfId(id);
    return i >= 0 ? m_accounts.at(i) : Account();
}

Account AccountStore::accountByName(const QString &name) const
{
    const int i = indexOfName(name);
    return i >= 0 ? m_accounts.at(i) : Account();
}

Account AccountStore::defaultAccount() const
{
    for (const Account &a : m_accounts) {
        if (a.isDefault) {
            return a;
        }
    }
    return {};
}

bool AccountStore::isNameAvailable(const QString &name, const QString &exceptId) const
{
    const QString folded = name.trimmed().toCaseFolded();
    if (folded.isEmpty()) {
        return false;
    }
    for (const Account &a : m_accounts) {
        if (a.id != exceptId && a.name.trimmed().toCaseFolded() == folded) {
            return false;
        }
    }
    for (const AccountFile::Unreadable &u : m_unreadable) {
        if (u.name.trimmed().toCaseFolded() == folded) {
            return false;
        }
    }
    return true;
}

QString AccountStore::uniqueName(const QString &base) const
{
    if (isNameAvailable(base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (isNameAvailable(candidate)) {
            return candidate;
        }
    }
}

void AccountStore::normalizeDefault(QList<Account> *accounts) const
{
    bool have = false;
    for (Account &a : *accounts) {
        if (a.isDefault && have) {
            a.isDefault = false;
        }
        have = have || a.isDefault;
    }
    if (!have && !accounts->isEmpty()) {
        accounts->first().isDefault = true;
    }
}

// Before each change: the lock is held by the caller; the file is read again and, when another process
// changed it, taken as the new starting point (so its change is kept, not overwritten).
bool AccountStore::beginChange(QLockFile *lock)
{
    m_error.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!lock->tryLock(LockWaitMs)) {
        return fail(tr("Another Epistle is changing the accounts (%1 is locked).").arg(lock->fileName()));
    }
    if (m_readOnly) {
        return fail(
            m_problems.isEmpty() ? tr("The accounts file cannot be changed.") : m_problems.first().message);
    }
    QByteArray data;
    bool exists = false;
    if (!readFile(&data, &exists)) {
        return false;
    }
    if (data != m_lastBytes || exists != m_fileExisted) {
        applyParsed(AccountFile::parse(data), data, exists);
        Q_EMIT reset();
        if (m_readOnly) {
            return fail(m_problems.first().message);
        }
    }
    return true;
}

bool AccountStore::write(const QList<Account> &accounts)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("Cannot create the directory %1").arg(info.absolutePath()));
    }
    if (m_needsBackup && QFile::exists(m_path)) {
        // The last load could not read everything: keep the file as it was before anything replaces it.
        QString backup = m_path + QLatin1String(".bak-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (int n = 2; QFile::exists(backup); ++n) {
            backup = m_path + QLatin1String(".bak-")
                + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
                + QString::number(n);
        }
        if (!QFile::copy(m_path, backup)) {
            return fail(tr("Cannot save a copy of %1 as %2; nothing was changed.").arg(m_path, backup));
        }
        m_backupPath = backup;
    }
    const QByteArray bytes = AccountFile::serialize(accounts, m_unreadable);
    QSaveFile file(m_path);
    // Unbuffered: with a buffer, a write that fails while commit() flushes it (a full disk) is not seen by
    // QSaveFile in Qt 6.4, which then renames the truncated file over the good one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return fail(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    }
    // Not a secret in it, but nobody else needs to read which servers and logins one uses.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(m_path, reason));
    }
#ifdef Q_OS_UNIX
    // QSaveFile syncs before renaming but ignores a failure, which is where a full disk shows with delayed
    // allocation: a file that did not reach the disk must not replace the good one.
    if (::fsync(file.handle()) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(m_path, reason));
    }
#endif
    if (!file.commit()) {
        return fail(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    }
#ifdef Q_OS_UNIX
    // And the rename itself survives a crash only once the directory is on disk.
    const int dir
        = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
    m_lastBytes = bytes;
    m_fileExisted = true;
    m_needsBackup = false;
    if (m_watcher && !m_watcher->files().contains(m_path)) {
        m_watcher->addPath(m_path);
    }
    return true;
}

bool AccountStore::add(Account *account)
{
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!beginChange(&lock)) {
        return false;
    }
    Account a = *account;
    a.name = a.name.trimmed();
    if (a.id.isEmpty()) {
        a.id = Account::newId();
    }
    if (const QStringList invalid = a.validate(); !invalid.isEmpty()) {
        return fail(invalid.join(QLatin1Char(' ')));
    }
    if (!isNameAvailable(a.name)) {
        return fail(tr("An account named \"%1\" exists already.").arg(a.name));
    }
    if (indexOfId(a.id) >= 0) {
        return fail(tr("An account with id %1 exists already.").arg(a.id));
    }
    QList<Account> next = m_accounts;
    const int oldDefault = [&] {
        for (int i = 0; i < next.size(); ++i) {
            if (next.at(i).isDefault) {
                return i;
            }
        }
        return -1;
    }();
    // The first real account takes over from the demo's local test server: mail from the default account
    // is meant to leave this machine.
    const bool onlyLocalTest = !next.isEmpty()
        && std::all_of(next.cbegin(), next.cend(), [](const Account &o) { return o.localTestServer; });
    if (onlyLocalTest && !a.localTestServer) {
        a.isDefault = true;
    }
    if (a.isDefault) {
        for (Account &other : next) {
            other.isDefault = false;
        }
    }
    next.append(a);
    normalizeDefault(&next);
    if (!write(next)) {
        return false;
    }
    m_accounts = next;
    *account = m_accounts.last();
    Q_EMIT accountAdded(int(m_accounts.size()) - 1);
    if (oldDefault >= 0 && !m_accounts.at(oldDefault).isDefault) {
        Q_EMIT accountChanged(oldDefault);
    }
    return true;
}

bool AccountStore::update(const Account &account)
{
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!beginChange(&lock)) {
        return false;
    }
    return updateLocked(account);
}

bool AccountStore::updateLocked(const Account &account)
{
    const int row = indexOfId(account.id);
    if (row < 0) {
        return fail(tr("There is no account with id %1 (any more).").arg(account.id));
    }
    Account a = account;
    a.name = a.name.trimmed();
    if (const QStringList invalid = a.validate(); !invalid.isEmpty()) {
        return fail(invalid.join(QLatin1Char(' ')));
    }
    if (!isNameAvailable(a.name, a.id)) {
        return fail(tr("An account named \"%1\" exists already.").arg(a.name));
    }
    if (m_accounts.at(row).isDefault && !a.isDefault) {
        return fail(tr("\"%1\" is the default account; make another account the default instead.")
                        .arg(m_accounts.at(row).name));
    }
    QList<Account> next = m_accounts;
    if (a.isDefault) {
        for (Account &other : next) {
            other.isDefault = false;
        }
    }
    next[row] = a;
    normalizeDefault(&next);
    if (!write(next)) {
        return false;
    }
    const QList<Account> before = m_accounts;
    m_accounts = next;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (i == row || before.at(i) != m_accounts.at(i)) {
            Q_EMIT accountChanged(i);
        }
    }
    return true;
}

template<typename Change> bool AccountStore::changeAccount(const QString &id, Change change)
{
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!beginChange(&lock)) {
        return false;
    }
    const int row = indexOfId(id);
    if (row < 0) {
        return fail(tr("There is no account with id %1 (any more).").arg(id));
    }
    return change(row);
}

bool AccountStore::rename(const QString &id, const QString &newName)
{
    return changeAccount(id, [&](int row) {
        Account a = m_accounts.at(row);
        a.name = newName;
        return updateLocked(a);
    });
}

QString AccountStore::duplicate(const QString &id, const QString &newName)
{
    const int row = indexOfId(id);
    if (row < 0) {
        fail(tr("There is no account with id %1.").arg(id));
        return {};
    }
    Account copy = m_accounts.at(row);
    copy.id = Account::newId();
    copy.isDefault = false;
    copy.name = newName.trimmed().isEmpty() ? uniqueName(copy.name) : newName;
    if (!add(&copy)) {
        return {};
    }
    return copy.id;
}

bool AccountStore::remove(const QString &id)
{
    return changeAccount(id, [&](int row) {
        QList<Account> next = m_accounts;
        next.removeAt(row);
        normalizeDefault(&next);
        if (!write(next)) {
            return false;
        }
        const QList<Account> before = m_accounts;
        m_accounts = next;
        Q_EMIT accountRemoved(row, id);
        for (int i = 0; i < m_accounts.size(); ++i) {
            if (m_accounts.at(i) != before.at(i < row ? i : i + 1)) {
                Q_EMIT accountChanged(i);
            }
        }
        return true;
    });
}

bool AccountStore::setDefault(const QString &id)
{
    return changeAccount(id, [&](int row) {
        Account a = m_accounts.at(row);
        if (a.isDefault) {
            return true;
        }
        a.isDefault = true;
        return updateLocked(a);
    });
}
