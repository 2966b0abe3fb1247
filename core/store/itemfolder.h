#pragma once

#include "store/outboxitem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One folder of the store's messages (the outbox, the sent folder): a subfolder per message, named by its id,
// holding message.eml and the item.json sidecar. Sidecars are read through a cache that first checks each
// file's identity (inode, size, change time), so listing again reads only what changed, whoever changed it:
// a model refreshing, a sender looking for what is due and "how many wait for this account" stay cheap.
class ItemFolder
{
public:
    using Read = std::function<OutboxItem(const QString &id)>;
    using Before = std::function<bool(const OutboxItem &a, const OutboxItem &b)>;

    explicit ItemFolder(const QString &directory);

    QString directory() const { return m_directory; }
    QString itemDirectory(const QString &id) const { return m_directory + QLatin1Char('/') + id; }
    QString sidecarPath(const QString &id) const { return itemDirectory(id) + QStringLiteral("/item.json"); }
    QString messagePath(const QString &id) const
    {
        return itemDirectory(id) + QStringLiteral("/message.eml");
    }
    bool contains(const QString &id) const;

    // The sidecar as stored, with its id set; false (and 'error') when it is missing or damaged.
    bool readSidecar(const QString &id, OutboxItem *item, QString *error) const;
    // Every item as 'read' completes it (damaged ones included), sorted by 'before'.
    QList<OutboxItem> list(const Read &read, const Before &before) const;

private:
    struct Cached
    {
        QByteArray identity;
        OutboxItem item;
    };

    QString m_directory;
    mutable QHash<QString, Cached> m_cache;
};
