#pragma once

#include "account.h"
#include "accountfile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QLockFile;

// The person's saved accounts, kept in AppConfigLocation/accounts.conf (AccountFile's format): list, add,
// edit, rename, duplicate, remove, and exactly one default whenever any account exists. Every change is
// written at once and atomically (QSaveFile), under a lock file, after re-reading the file if another
// Epistle process changed it. An account that cannot be read is reported (line and account) and kept in
// the file as it was; the first write after such a load also saves a copy of the original file next to it.
// Passwords are not here: see SecretStore.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // The file in QStandardPaths::AppConfigLocation (tests redirect it with setTestModeEnabled).
    explicit AccountStore(QObject *parent = nullptr);
    // Another file, for tools and tests.
    explicit AccountStore(const QString &filePath, QObject *parent = nullptr);
    ~AccountStore() override;

    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    // Reads the file. False when it exists but cannot be read at all (errorString() says why); the store is
    // then read-only so it never writes over a file it could not read. A missing file is an empty store.
    // Accounts that could not be read are in problems(); the others load normally.
    bool load();
    // Whether changes are refused: the file could not be read, or a newer Epistle wrote it.
    bool isReadOnly() const { return m_readOnly; }
    // What could not be read in the last load, one entry per problem; empty when the file was clean.
    QList<AccountFile::Problem> problems() const { return m_problems; }
    // problems() as "accounts.conf line 12 (account "Work"): ..." lines, with the file's full path.
    QStringList problemMessages() const;
    // Where the original file was copied before a write replaced it, after a load with problems; else empty.
    QString backupPath() const { return m_backupPath; }
    // The last error of load() or of a change.
    QString errorString() const { return m_error; }

    // Re-reads the file whenever another process writes it (the CLI while the GUI runs). Off by default.
    void setWatchingFile(bool watch);

    const QList<Account> &accounts() const { return m_accounts; }
    int count() const { return int(m_accounts.size()); }
    bool isEmpty() const { return m_accounts.isEmpty(); }
    int indexOfId(const QString &id) const;
    // Exact name first, then a case-insensitive match; -1 when none.
    int indexOfName(const QString &name) const;
    // An invalid Account (empty id) when there is none.
    Account account(const QString &id) const;
    Account accountByName(const QString &name) const;
    Account defaultAccount() const;
    // Whether 'name' is free for a new account (also not taken by a section that could not be read).
    bool isNameAvailable(const QString &name, const QString &exceptId = {}) const;
    // "Work", "Work (2)", ...: a free name for a copy or a suggestion.
    QString uniqueName(const QString &base) const;

    // Each change returns false with errorString() set, and leaves the store and the file as they were.
    // Adds 'account' (an id is assigned when empty, written back). The first account becomes the default;
    // an account added with isDefault set becomes the default.
    bool add(Account *account);
    bool add(Account account) { return add(&account); }
    // Replaces the account with the same id. Its name may change (a rename); setting isDefault makes it the
    // default, clearing it on the default account is refused (choose another default instead).
    bool update(const Account &account);
    bool rename(const QString &id, const QString &newName);
    // A copy with a new id (so it has no password yet) and the given name (or "Name (2)"), never default.
    // Returns the new id, or empty on failure.
    QString duplicate(const QString &id, const QString &newName = {});
    // Removes it; when it was the default, the first remaining account becomes the default.
    // The caller removes its secrets (SecretStore::removeAll) — this class does not know the keychain.
    bool remove(const QString &id);
    bool setDefault(const QString &id);

Q_SIGNALS:
    // Fine-grained, in the order rows change, for AccountListModel. 'row' is the index in accounts().
    void accountAdded(int row);
    void accountChanged(int row);
    void accountRemoved(int row, const QString &id);
    // Everything may have changed (a load or another process's write).
    void reset();
    // After a load with problems(), for a banner: "2 accounts could not be read".
    void problemsFound(const QStringList &messages);

private:
    bool readFile(QByteArray *data, bool *exists);
    void applyParsed(const AccountFile::Parsed &parsed, const QByteArray &bytes, bool fileExists);
    bool beginChange(QLockFile *lock);
    // Locks the file, reloads it, finds the account with 'id' and calls change(row) under the lock.
    template<typename Change> bool changeAccount(const QString &id, Change change);
    bool updateLocked(const Account &account);
    bool write(const QList<Account> &accounts);
    void onFileChanged();
    bool fail(const QString &message);
    void normalizeDefault(QList<Account> *accounts) const;

    QString m_path;
    QList<Account> m_accounts;
    QList<AccountFile::Unreadable> m_unreadable;
    QList<AccountFile::Problem> m_problems;
    QByteArray m_lastBytes; // what the file held when last read or written
    bool m_fileExisted = false;
    bool m_readOnly = false;
    bool m_needsBackup = false; // the last load had problems: copy the file before replacing it
    QString m_backupPath;
    QString m_error;
    QFileSystemWatcher *m_watcher = nullptr;
};
