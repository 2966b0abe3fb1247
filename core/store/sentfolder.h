#pragma once

#include "store/itemfolder.h"
#include "store/outboxitem.h"
#include "store/storefiles.h"

#include <QObject>
#include <QStringList>

#include <optional>

// The sent folder: a copy of every delivered message (its exact bytes) with its delivery report (the server's
// final reply, queue id, per-recipient results, the steps). Messages arrive here only by one atomic rename of
// their outbox folder, so a message is never in both places. A size cap (and optionally a count cap) prunes
// the oldest copies first: when a new copy passes a cap, down to nine tenths of it, so the next copies do not
// each have to look at the whole folder. How much the folder holds is kept in a small .usage file between
// those looks, so filing a copy costs the same whatever the folder holds.
class SentFolder : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultCapacity = 256 * 1024 * 1024;

    explicit SentFolder(const QString &directory, QObject *parent = nullptr);
    ~SentFolder() override;

    QString directory() const { return m_folder.directory(); }
    QString itemDirectory(const QString &id) const { return m_folder.itemDirectory(id); }
    QString messagePath(const QString &id) const { return m_folder.messagePath(id); }
    // The claim on saving a message's copy in the server's Sent folder (SentCopyQueue): one Epistle at a
    // time.
    QString copyClaimPath(const QString &id) const { return directory() + QStringLiteral("/.locks/") + id; }

    // Newest first. A sidecar that cannot be read still gives an entry, with 'problem' set.
    QList<OutboxItem> list() const;
    bool item(const QString &id, OutboxItem *item, QString *error = nullptr) const;
    bool contains(const QString &id) const { return m_folder.contains(id); }
    bool remove(const QString &id, QString *error = nullptr);

    // Total bytes kept (messages and sidecars), and the caps that prune() enforces after every new copy.
    qint64 totalSize() const;
    void setCapacity(qint64 bytes) { m_capacity = bytes; }
    qint64 capacity() const { return m_capacity; }
    void setMaxCount(int count) { m_maxCount = count; } // 0: no limit
    int maxCount() const { return m_maxCount; }
    // Removes the oldest copies until both caps hold (the newest copy always stays), down to nine tenths of
    // them when 'headroom'. Returns how many went.
    int prune(bool headroom = false);

    // Moves a delivered message's folder in (one rename, never over an existing copy), then prunes when a cap
    // is passed. Used by the outbox; 'from' must be on the same file system. With Sync::Kernel the rename is
    // not synced (the outbox journal covers a power cut), and the count of what the folder holds is kept in
    // memory until saveUsage() (a flush files many copies in a row; the count is a cache, see Usage).
    bool adopt(const QString &from, const QString &id, QString *error,
        StoreFiles::Sync sync = StoreFiles::Sync::Disk);
    // Writes the count kept by adopt(Sync::Kernel) calls, if any (the destructor does too).
    void saveUsage();
    void cleanUp();

Q_SIGNALS:
    void itemAdded(const QString &id);
    void itemRemoved(const QString &id);

private:
    // Bytes and copies the folder holds, as last counted and added to since; bytes < 0: not known. A cache:
    // a lost update (a crash, another process filing at the same time) only delays a prune until the next
    // count, which comes every few hundred copies.
    struct Usage
    {
        qint64 bytes = -1;
        int count = 0;
        int addedSinceCount = 0;
    };
    QString usagePath() const { return directory() + QStringLiteral("/.usage"); }
    Usage readUsage() const;
    void writeUsage(const Usage &usage) const;
    bool overCaps(qint64 bytes, int count, bool headroom) const;

    ItemFolder m_folder;
    std::optional<Usage> m_unsavedUsage; // adopt(Sync::Kernel)'s count, not written yet
    qint64 m_capacity = DefaultCapacity;
    int m_maxCount = 0;
};
