#include "store/sentmodel.h"

#include <QLocale>
#include <QVariantMap>

SentModel::SentModel(SentFolder *folder, QObject *parent)
    : StoreTableModel<OutboxItem>(parent), m_folder(folder)
{
    connect(folder, &SentFolder::itemAdded, this, [this](const QString &id) { reload(id); });
    connect(folder, &SentFolder::itemRemoved, this, [this](const QString &id) { removeKey(id); });
    refresh();
}

bool SentModel::before(const OutboxItem &a, const OutboxItem &b) const
{
    const QDateTime ta = a.delivery.sentAt.isValid() ? a.delivery.sentAt : a.created;
    const QDateTime tb = b.delivery.sentAt.isValid() ? b.delivery.sentAt : b.created;
    return ta != tb ? ta > tb : a.id > b.id;
}

QList<OutboxItem> SentModel::fetchAll() const
{
    return m_folder ? m_folder->list() : QList<OutboxItem>();
}

bool SentModel::fetch(const QString &id, OutboxItem *item) const
{
    if (!m_folder || !m_folder->contains(id)) {
        return false;
    }
    m_folder->item(id, item);
    return true;
}

QString SentModel::watchedDirectory() const
{
    return m_folder ? m_folder->directory() : QString();
}

int SentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const OutboxItem &i = m_rows.at(index.row());
    const DeliveryReport &d = i.delivery;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CopyColumn:
            return i.sentCopy.summary();
        case SubjectColumn:
            return i.subject.isEmpty() ? tr("(no subject)") : i.subject;
        case RecipientsColumn:
            return i.toDisplay.isEmpty() ? i.recipients.join(QStringLiteral(", ")) : i.toDisplay;
        case SentAtColumn:
            return QLocale().toString(d.sentAt.toLocalTime(), QLocale::ShortFormat);
        case ReplyColumn:
            return d.note.isEmpty() ? d.reply : d.note;
        case QueueIdColumn:
            return d.queueId;
        }
        return {};
    case IdRole:
        return i.id;
    case SubjectRole:
        return i.subject;
    case RecipientsRole:
        return i.recipients;
    case SentAtRole:
        return d.sentAt;
    case ReplyRole:
        return d.reply;
    case QueueIdRole:
        return d.queueId;
    case ServerRole:
        return d.server;
    case RecipientResultsRole: {
        QVariantList list;
        for (const RecipientOutcome &r : d.recipients) {
            list.append(QVariantMap { { QStringLiteral("address"), r.address },
                { QStringLiteral("accepted"), r.accepted }, { QStringLiteral("reply"), r.reply } });
        }
        return list;
    }
    case RefusedCountRole:
        return int(d.refusedRecipients().size());
    case SizeRole:
        return i.size;
    }
    return {};
}

QStringList SentModel::columnTitles() const
{
    return { tr("Subject"), tr("To"), tr("Sent"), tr("Server reply"), tr("Queue id"),
        tr("Copy in Sent folder") };
}

QList<QPair<int, QByteArray>> SentModel::itemRoleNames() const
{
    return { { IdRole, "itemId" }, { SubjectRole, "subject" }, { RecipientsRole, "recipients" },
        { SentAtRole, "sentAt" }, { ReplyRole, "reply" }, { QueueIdRole, "queueId" },
        { ServerRole, "server" }, { RecipientResultsRole, "recipientResults" },
        { RefusedCountRole, "refusedCount" }, { SizeRole, "size" } };
}
