#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Notices changes another process makes to a store folder (a CLI flush while the GUI runs): watches the
// folder and each item folder in it, and reports a burst of changes once, after a short pause.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FolderWatcher(const QString &directory, QObject *parent = nullptr);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void changed();

private:
    void rewatch();

    QString m_directory;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    bool m_enabled = false;
};
