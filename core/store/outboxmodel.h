#pragma once

#include "store/outbox.h"
#include "store/outboxitem.h"
#include "store/storetablemodel.h"

#include <QHash>
#include <QPair>
#include <QPointer>

class OutboxSender;

// The outbox for the UI: in queue order (what goes first on top), each message with its state, attempts,
// next retry and last error, and while it is being sent its progress. Updates live from the Outbox (and the
// OutboxSender, when given); with watchDisk also from other processes. The UI's retry / remove buttons call
// Outbox::retry + OutboxSender:: sendNow and Outbox::remove with idAt(row).
class OutboxModel : public StoreTableModel<OutboxItem>
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        RecipientsColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubjectRole,
        RecipientsRole,
        StateRole, // OutboxItem::State as int
        StateNameRole, // "queued", "may-have-been-sent", ...
        AttemptsRole,
        NextAttemptRole, // QDateTime: the next automatic attempt (or the send-later time)
        NotBeforeRole,
        LastErrorRole, // the sentence
        LastReplyRole, // the server's reply
        NeedsAttentionRole, // Failed or MayHaveBeenSent: show the retry / remove buttons
        ProgressRole, // 0..1 while sending, -1 otherwise
        SizeRole,
        CreatedRole
    };
    Q_ENUM(Role)

    explicit OutboxModel(Outbox *outbox, OutboxSender *sender = nullptr, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    OutboxItem itemAt(int row) const { return m_rows.value(row); }
    QString idAt(int row) const { return m_rows.value(row).id; }

    // "Sending", "Waiting (attempt 2 of 10), next at 14:05", "May have been sent: check before retrying"...
    static QString describeState(const OutboxItem &item);

private:
    QString keyOf(const OutboxItem &i) const override { return i.id; }
    bool before(const OutboxItem &a, const OutboxItem &b) const override;
    QStringList columnTitles() const override;
    QList<QPair<int, QByteArray>> itemRoleNames() const override;
    QList<OutboxItem> fetchAll() const override;
    bool fetch(const QString &id, OutboxItem *item) const override;
    QString watchedDirectory() const override;

    QPointer<Outbox> m_outbox;
    QHash<QString, QPair<qint64, qint64>> m_progress;
};
