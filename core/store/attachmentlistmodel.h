#pragma once

#include "store/draft.h"

#include <QAbstractTableModel>
#include <QList>

// The files attached to the message being composed (inline images are the body's), as a table for the
// composer's attachment list: name and size, with drops of local files accepted. It edits a list of
// DraftAttachment values, the form the draft store keeps them in. (Icons are the view's business: core has
// no QtGui.)
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SizeRole, FromLinkRole };

    explicit AttachmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    // Adds local files; directories and unreadable files are refused and named in 'problems'.
    // 'fromLink' marks files a mailto: link asked for, until the person confirms them.
    int addFiles(const QStringList &paths, QStringList *problems = nullptr, bool fromLink = false);
    void addAttachment(const DraftAttachment &attachment);
    void removeRows(const QList<int> &rows);
    void clear();
    void setAttachments(const QList<DraftAttachment> &attachments);

    const QList<DraftAttachment> &attachments() const { return m_items; }
    DraftAttachment attachmentAt(int row) const { return m_items.value(row); }
    qint64 totalSize() const;
    // Files from a mailto: link the person has not confirmed yet, and confirming them.
    QStringList unconfirmedLinkFiles() const;
    void confirmLinkFiles();

Q_SIGNALS:
    void changed();
    // Files dropped on the list, with the ones that could not be attached.
    void dropProblems(const QStringList &problems);

private:
    QList<DraftAttachment> m_items;
    QList<bool> m_fromLink;
};
