#include "store/folderwatcher.h"

#include "store/storefiles.h"

#include <QDir>
#include <QFileInfo>

FolderWatcher::FolderWatcher(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150); // one signal for the several renames and writes of one store operation
    connect(&m_settle, &QTimer::timeout, this, [this] {
        rewatch();
        Q_EMIT changed();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, [this] { m_settle.start(); });
}

void FolderWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled) {
        rewatch();
    } else {
        const QStringList watched = m_watcher.directories();
        if (!watched.isEmpty()) {
            m_watcher.removePaths(watched);
        }
        m_settle.stop();
    }
}

void FolderWatcher::rewatch()
{
    if (!m_enabled || !QFileInfo(m_directory).isDir()) {
        return;
    }
    QStringList wanted { m_directory };
    for (const QString &id : StoreFiles::itemDirectories(m_directory)) {
        wanted.append(m_directory + QLatin1Char('/') + id);
    }
    const QStringList watched = m_watcher.directories();
    QStringList gone;
    for (const QString &path : watched) {
        if (!wanted.contains(path)) {
            gone.append(path);
        }
    }
    if (!gone.isEmpty()) {
        m_watcher.removePaths(gone);
    }
    QStringList added;
    for (const QString &path : wanted) {
        if (!watched.contains(path)) {
            added.append(path);
        }
    }
    if (!added.isEmpty()) {
        m_watcher.addPaths(added);
    }
}
