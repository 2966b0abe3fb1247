#include "store/sentfolder.h"

#include "store/storefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

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

SentFolder::SentFolder(const QString &directory, QObject *parent) : QObject(parent), m_folder(directory) { }

SentFolder::~SentFolder()
{
    saveUsage();
}

void SentFolder::saveUsage()
{
    if (m_unsavedUsage) {
        writeUsage(*std::exchange(m_unsavedUsage, std::nullopt));
    }
}

bool SentFolder::item(const QString &id, OutboxItem *item, QString *error) const
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!contains(id)) {
        why = tr("There is no sent message \"%1\".").arg(id);
        return false;
    }
    if (!m_folder.readSidecar(id, item, &why)) {
        *item = OutboxItem();
        item->id = id;
        item->state = OutboxItem::State::Sent;
        item->problem = why;
        return false;
    }
    // Being here is what "sent" means: a copy filed before its sidecar said so is still a sent message.
    item->state = OutboxItem::State::Sent;
    return true;
}

QList<OutboxItem> SentFolder::list() const
{
    return m_folder.list(
        [this](const QString &id) {
            OutboxItem i;
            item(id, &i);
            return i;
        },
        [](const OutboxItem &a, const OutboxItem &b) {
            const QDateTime ta = sortTime(a), tb = sortTime(b);
            return ta != tb ? ta > tb : a.id > b.id;
        });
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
    m_unsavedUsage.reset();
    QFile::remove(usagePath()); // counted again when the next copy arrives
    Q_EMIT itemRemoved(id);
    return true;
}

qint64 SentFolder::totalSize() const
{
    qint64 total = 0;
    for (const QString &id : StoreFiles::itemDirectories(directory())) {
        total += folderSize(itemDirectory(id));
    }
    return total;
}

bool SentFolder::overCaps(qint64 bytes, int count, bool headroom) const
{
    // With headroom, down to nine tenths: the copies that follow fit without another look at every copy.
    const qint64 capacity = headroom ? m_capacity / 10 * 9 : m_capacity;
    const int maxCount = headroom && m_maxCount > 1 ? m_maxCount - qMax(1, m_maxCount / 10) : m_maxCount;
    return (m_capacity > 0 && bytes > capacity) || (m_maxCount > 0 && count > maxCount);
}

SentFolder::Usage SentFolder::readUsage() const
{
    Usage usage;
    QJsonObject o;
    QString error;
    if (StoreFiles::readJson(usagePath(), &o, &error)) {
        usage.bytes = qint64(o.value(QStringLiteral("bytes")).toDouble(-1));
        usage.count = o.value(QStringLiteral("count")).toInt();
        usage.addedSinceCount = o.value(QStringLiteral("addedSinceCount")).toInt();
    }
    return usage;
}

void SentFolder::writeUsage(const Usage &usage) const
{
    QString error;
    // A cache, recounted now and then: the kernel is enough, and a lost update only delays a prune.
    StoreFiles::writeJson(usagePath(),
        QJsonObject { { QStringLiteral("bytes"), double(usage.bytes) },
            { QStringLiteral("count"), usage.count },
            { QStringLiteral("addedSinceCount"), usage.addedSinceCount } },
        &error, StoreFiles::Sync::Kernel);
}

int SentFolder::prune(bool headroom)
{
    struct Entry
    {
        QString id;
        QDateTime time;
        qint64 size;
    };
    QList<Entry> entries;
    qint64 total = 0;
    for (const QString &id : StoreFiles::itemDirectories(directory())) {
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
        if (!overCaps(total, count, headroom)) {
            break;
        }
        if (remove(entries.at(i).id)) {
            total -= entries.at(i).size;
            --count;
            ++removed;
        }
    }
    m_unsavedUsage.reset();
    writeUsage({ total, count, 0 });
    return removed;
}

bool SentFolder::adopt(const QString &from, const QString &id, QString *error, StoreFiles::Sync sync)
{
    if (!StoreFiles::ensureDirectory(directory(), error)) {
        return false;
    }
    if (!StoreFiles::renameNoReplace(from, itemDirectory(id), error)) {
        return false;
    }
    if (sync == StoreFiles::Sync::Disk) {
        StoreFiles::syncDirectory(directory());
        StoreFiles::syncDirectory(QFileInfo(from).absolutePath());
    }
    Q_EMIT itemAdded(id);
    Usage usage = m_unsavedUsage ? *m_unsavedUsage : readUsage();
    if (usage.bytes < 0 || usage.addedSinceCount >= 500) {
        prune(true); // counts the folder (now and then, to correct what concurrent writers lost)
        return true;
    }
    usage.bytes += folderSize(itemDirectory(id));
    usage.count += 1;
    usage.addedSinceCount += 1;
    if (overCaps(usage.bytes, usage.count, false)) {
        prune(true);
    } else if (sync == StoreFiles::Sync::Kernel) {
        m_unsavedUsage = usage;
    } else {
        m_unsavedUsage.reset();
        writeUsage(usage);
    }
    return true;
}

void SentFolder::cleanUp()
{
    StoreFiles::removeTrash(directory());
}
