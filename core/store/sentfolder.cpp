#include "store/sentfolder.h"

#include "store/storefiles.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

qint64 folderSize(const QString &path)
{
    qint64 total = 0;
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries) {
        total += info.size();
    }
    return total;
}

QDateTime sortTime(const OutboxItem &item)
{
    return item.delivery.sentAt.isValid() ? item.delivery.sentAt : item.created;
}

} // namespace

SentFolder::SentFolder(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(QDir::cleanPath(directory))
{ }

bool SentFolder::contains(const QString &id) const
{
    return StoreFiles::isValidId(id) && QFileInfo(itemDirectory(id)).isDir();
}

bool SentFolder::item(const QString &id, OutboxItem *item, QString *error) const
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!contains(id)) {
        why = tr("There is no sent message \"%1\".").arg(id);
        return false;
    }
    QJsonObject object;
    if (!StoreFiles::readJson(itemDirectory(id) + QStringLiteral("/item.json"), &object, &why)) {
        item->id = id;
        item->state = OutboxItem::State::Sent;
        item->problem = why;
        return false;
    }
    *item = OutboxItem::fromJson(object);
    item->id = id;
    // Being here is what "sent" means: a copy filed before its sidecar said so is still a sent message.
    item->state = OutboxItem::State::Sent;
    return true;
}

QList<OutboxItem> SentFolder::list() const
{
    QList<OutboxItem> items;
    for (const QString &id : StoreFiles::itemDirectories(m_directory)) {
        OutboxItem i;
        item(id, &i);
        items.append(i);
    }
    std::sort(items.begin(), items.end(), [](const OutboxItem &a, const OutboxItem &b) {
        const QDateTime ta = sortTime(a), tb = sortTime(b);
        return ta != tb ? ta > tb : a.id > b.id;
    });
    return items;
}

bool SentFolder::remove(const QString &id, QString *error)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!contains(id)) {
        why = tr("There is no sent message \"%1\".").arg(id);
        return false;
    }
    if (!StoreFiles::removeTree(itemDirectory(id), &why)) {
        return false;
    }
    Q_EMIT itemRemoved(id);
    return true;
}

qint64 SentFolder::totalSize() const
{
    qint64 total = 0;
    for (const QString &id : StoreFiles::itemDirectories(m_directory)) {
        total += folderSize(itemDirectory(id));
    }
    return total;
}

int SentFolder::prune()
{
    if (m_capacity <= 0 && m_maxCount <= 0) {
        return 0;
    }
    struct Entry
    {
        QString id;
        QDateTime time;
        qint64 size;
    };
    QList<Entry> entries;
    qint64 total = 0;
    for (const QString &id : StoreFiles::itemDirectories(m_directory)) {
        OutboxItem i;
        item(id, &i);
        const qint64 size = folderSize(itemDirectory(id));
        entries.append({ id, sortTime(i), size });
        total += size;
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.time != b.time ? a.time < b.time : a.id < b.id; });
    int removed = 0;
    int count = int(entries.size());
    for (int i = 0; i + 1 < entries.size(); ++i) { // the newest copy always stays
        const bool overSize = m_capacity > 0 && total > m_capacity;
        const bool overCount = m_maxCount > 0 && count > m_maxCount;
        if (!overSize && !overCount) {
            break;
        }
        if (remove(entries.at(i).id)) {
            total -= entries.at(i).size;
            --count;
            ++removed;
        }
    }
    return removed;
}

bool SentFolder::adopt(const QString &from, const QString &id, QString *error)
{
    if (!StoreFiles::ensureDirectory(m_directory, error)) {
        return false;
    }
    if (!StoreFiles::renameNoReplace(from, itemDirectory(id), error)) {
        return false;
    }
    StoreFiles::syncDirectory(m_directory);
    StoreFiles::syncDirectory(QFileInfo(from).absolutePath());
    Q_EMIT itemAdded(id);
    prune();
    return true;
}

void SentFolder::cleanUp()
{
    StoreFiles::removeTrash(m_directory);
}
