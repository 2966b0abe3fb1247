#pragma once

#include "store/draft.h"
#include "store/draftstore.h"
#include "store/storetablemodel.h"

#include <QPointer>

// The drafts for the UI's drafts list: newest first, updated live as drafts are saved, removed, opened or
// closed (and, with watchDisk, when another Epistle process changes the folder). Rows hold the sidecar data
// only (no bodies); DraftStore::load() gives the whole draft to open.
class DraftListModel : public StoreTableModel<Draft>
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, RecipientsColumn, ModifiedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubjectRole,
        RecipientsRole, // To, Cc and Bcc as typed, joined
        ModifiedRole, // QDateTime
        AccountRole,
        PreviewRole, // the first characters of the text
        AttachmentCountRole,
        OpenStateRole, // DraftStore::OpenState as int
        RecoverableRole // was open when its program died
    };
    Q_ENUM(Role)

    explicit DraftListModel(DraftStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Draft draftAt(int row) const { return m_rows.value(row); }
    QString idAt(int row) const { return m_rows.value(row).id; }

private:
    QString keyOf(const Draft &d) const override { return d.id; }
    bool before(const Draft &a, const Draft &b) const override;
    QStringList columnTitles() const override;
    QList<QPair<int, QByteArray>> itemRoleNames() const override;
    QList<Draft> fetchAll() const override;
    bool fetch(const QString &id, Draft *draft) const override;
    QString watchedDirectory() const override;

    QPointer<DraftStore> m_store;
};
