#pragma once

#include "store/outboxitem.h"

#include <QObject>
#include <QStringList>

// The sent folder: a copy of every delivered message (its exact bytes) with its delivery report (the server's
// final reply, queue id, per-recipient results, the steps). Messages arrive here only by one atomic rename of
// their outbox folder, so a message is never in both places. A size cap (and optionally a count cap) prunes
// the oldest copies first.
class SentFolder : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultCapacity = 256 * 1024 * 1024;

    explicit SentFolder(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    QString itemDirectory(const QString &id) const { return m_directory + QLatin1Char('/') + id; }
    QString messagePath(const QString &id) const
    {
        return itemDirectory(id) + QStringLiteral("/message.eml");
    }

    // Newest first. A sidecar that cannot be read still gives an entry, with 'problem' set.
    QList<OutboxItem> list() const;
    bool item(const QString &id, OutboxItem *item, QString *error = nullptr) const;
    bool contains(const QString &id) const;
    bool remove(const QString &id, QString *error = nullptr);

    // Total bytes kept (messages and sidecars), and the caps that prune() enforces after every new copy.
    qint64 totalSize() const;
    void setCapacity(qint64 bytes) { m_capacity = bytes; }
    qint64 capacity() const { return m_capacity; }
    void setMaxCount(int count) { m_maxCount = count; } // 0: no limit
    int maxCount() const { return m_maxCount; }
    // Removes the oldest copies until both caps hold (the newest copy always stays). Returns how many went.
    int prune();

    // Moves a delivered message's folder in (one rename, never over an existing copy), then prunes. Used by
    // the outbox; 'from' must be on the same file system.
    bool adopt(const QString &from, const QString &id, QString *error);
    void cleanUp();

Q_SIGNALS:
    void itemAdded(const QString &id);
    void itemRemoved(const QString &id);

private:
    QString m_directory;
    qint64 m_capacity = DefaultCapacity;
    int m_maxCount = 0;
};
