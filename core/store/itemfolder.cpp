#include "store/itemfolder.h"

#include "store/storefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// What tells one version of a file from another without reading it. Sidecars are replaced by a rename, so a
// new version is a new inode with a new change time; the size and modification time catch the rest.
QByteArray identityOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return {};
    }
    const qint64 parts[]
        = { qint64(st.st_dev), qint64(st.st_ino), qint64(st.st_size), qint64(st.st_mtim.tv_sec),
              qint64(st.st_mtim.tv_nsec), qint64(st.st_ctim.tv_sec), qint64(st.st_ctim.tv_nsec) };
    return QByteArray(reinterpret_cast<const char *>(parts), sizeof parts);
#else
    const QFileInfo info(path);
    return info.exists()
        ? QByteArray::number(info.size()) + '/' + QByteArray::number(info.lastModified().toMSecsSinceEpoch())
        : QByteArray();
#endif
}

} // namespace

ItemFolder::ItemFolder(const QString &directory) : m_directory(QDir::cleanPath(directory)) { }

bool ItemFolder::contains(const QString &id) const
{
    return StoreFiles::isValidId(id) && QFileInfo(itemDirectory(id)).isDir();
}

bool ItemFolder::readSidecar(const QString &id, OutboxItem *item, QString *error) const
{
    const QString path = sidecarPath(id);
    const QByteArray identity = identityOf(path);
    const auto cached = m_cache.constFind(id);
    if (!identity.isEmpty() && cached != m_cache.cend() && cached->identity == identity) {
        *item = cached->item;
        return true;
    }
    QJsonObject object;
    if (!StoreFiles::readJson(path, &object, error)) {
        m_cache.remove(id);
        return false;
    }
    *item = OutboxItem::fromJson(object);
    item->id = id;
    // Read again after the read: a file replaced while it was being read is not remembered as this version.
    if (!identity.isEmpty() && identityOf(path) == identity) {
        m_cache.insert(id, { identity, *item });
    }
    return true;
}

QList<OutboxItem> ItemFolder::list(const Read &read, const Before &before) const
{
    const QStringList ids = StoreFiles::itemDirectories(m_directory);
    QList<OutboxItem> items;
    items.reserve(ids.size());
    for (const QString &id : ids) {
        items.append(read(id));
    }
    if (m_cache.size() > ids.size()) {
        // Forget what is gone, so a long-running program does not keep every message it ever saw.
        const QSet<QString> present(ids.begin(), ids.end());
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            it = present.contains(it.key()) ? std::next(it) : m_cache.erase(it);
        }
    }
    std::sort(items.begin(), items.end(), before);
    return items;
}
