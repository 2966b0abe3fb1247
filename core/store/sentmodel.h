#pragma once

#include "store/outboxitem.h"
#include "store/sentfolder.h"
#include "store/storetablemodel.h"

#include <QPointer>

// The sent folder for the UI: newest first, each message with its delivery report (the server's final reply,
// queue id, which recipients were refused) and where its copy in the server's Sent folder stands, updated
// live as messages are filed and pruned and as their copies are saved (the folder watcher sees the records).
class SentModel : public StoreTableModel<OutboxItem>
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        RecipientsColumn,
        SentAtColumn,
        ReplyColumn,
        QueueIdColumn,
        CopyColumn, // the copy in the server's Sent folder
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubjectRole,
        RecipientsRole,
        SentAtRole, // QDateTime
        ReplyRole, // "250 2.0.0 Ok: queued as 4Fq1x2"
        QueueIdRole,
        ServerRole,
        RecipientResultsRole, // QVariantList of {address, accepted, reply}
        RefusedCountRole,
        SizeRole
    };
    Q_ENUM(Role)

    explicit SentModel(SentFolder *folder, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    OutboxItem itemAt(int row) const { return m_rows.value(row); }
    QString idAt(int row) const { return m_rows.value(row).id; }

private:
    QString keyOf(const OutboxItem &i) const override { return i.id; }
    bool before(const OutboxItem &a, const OutboxItem &b) const override;
    QStringList columnTitles() const override;
    QList<QPair<int, QByteArray>> itemRoleNames() const override;
    QList<OutboxItem> fetchAll() const override;
    bool fetch(const QString &id, OutboxItem *item) const override;
    QString watchedDirectory() const override;

    QPointer<SentFolder> m_folder;
};
