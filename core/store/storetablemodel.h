#pragma once

#include "store/folderwatcher.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <algorithm>

// What the store's models share: rows kept sorted, every change made as the smallest model operation (insert,
// remove, move, dataChanged) so views keep their selection and scroll position while the store changes
// underneath them; reading one item or all of them again when told, and following the folder on disk for
// what other processes change; the column titles and role names.
template<typename T> class StoreTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return {};
        }
        return columnTitles().value(section);
    }

    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
        for (const auto &[role, name] : itemRoleNames()) {
            names.insert(role, name);
        }
        return names;
    }

    // Reads every item again (the model does this itself for every change it is told about).
    void refresh() { setRows(fetchAll()); }

    // Also follows the changes other processes make to the folder.
    void setWatchDisk(bool watch)
    {
        if (!m_watcher && !watchedDirectory().isEmpty()) {
            m_watcher = new FolderWatcher(watchedDirectory(), this);
            QObject::connect(m_watcher, &FolderWatcher::changed, this, [this] { refresh(); });
        }
        if (m_watcher) {
            m_watcher->setEnabled(watch);
        }
    }

    // The row of an item by id, or -1.
    int rowOf(const QString &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == id) {
                return i;
            }
        }
        return -1;
    }

protected:
    virtual QString keyOf(const T &item) const = 0;
    // Whether 'a' is shown above 'b'.
    virtual bool before(const T &a, const T &b) const = 0;
    virtual QStringList columnTitles() const = 0;
    virtual QList<QPair<int, QByteArray>> itemRoleNames() const = 0;
    // Every item as stored; one item, false when it is gone; the folder to follow (empty: none).
    virtual QList<T> fetchAll() const = 0;
    virtual bool fetch(const QString &id, T *item) const = 0;
    virtual QString watchedDirectory() const = 0;

    // One item as it is now: updated, or gone.
    void reload(const QString &id)
    {
        T item;
        if (fetch(id, &item)) {
            upsert(item);
        } else {
            removeKey(id);
        }
    }

    // Adds the item, or updates it in place (moving the row if its sort position changed).
    void upsert(const T &item)
    {
        const int current = rowOf(keyOf(item));
        if (current < 0) {
            const int at = position(item, -1);
            beginInsertRows(QModelIndex(), at, at);
            m_rows.insert(at, item);
            endInsertRows();
            return;
        }
        const int target = position(item, current);
        if (target != current) {
            beginMoveRows(
                QModelIndex(), current, current, QModelIndex(), target > current ? target + 1 : target);
            m_rows.move(current, target);
            endMoveRows();
        }
        m_rows[target] = item;
        Q_EMIT dataChanged(index(target, 0), index(target, columnCount() - 1));
    }

    void removeKey(const QString &id)
    {
        const int row = rowOf(id);
        if (row < 0) {
            return;
        }
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    // Brings the rows in line with a fresh listing, one small operation at a time.
    void setRows(const QList<T> &fresh)
    {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            const QString id = keyOf(m_rows.at(i));
            const bool kept
                = std::any_of(fresh.begin(), fresh.end(), [&](const T &f) { return keyOf(f) == id; });
            if (!kept) {
                beginRemoveRows(QModelIndex(), i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (const T &item : fresh) {
            upsert(item);
        }
    }

    QList<T> m_rows;

private:
    FolderWatcher *m_watcher = nullptr;

    // Where 'item' belongs among the rows, not counting row 'skip' (its current row).
    int position(const T &item, int skip) const
    {
        int at = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (i == skip) {
                continue;
            }
            if (before(m_rows.at(i), item)) {
                ++at;
            }
        }
        return at;
    }
};
