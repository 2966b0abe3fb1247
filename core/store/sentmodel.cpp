#include "store/sentmodel.h"

#include "store/folderwatcher.h"

#include <QLocale>
#include <QVariantMap>

SentModel::SentModel(SentFolder *folder, QObject *parent)
    : StoreTableModel<OutboxItem>(parent), m_folder(folder)
{
    connect(folder, &SentFolder::itemAdded, this, &SentModel::reload);
    connect(folder, &SentFolder::itemRemoved, this, [this](const QString &id) { removeKey(id); });
    refresh();
}

bool SentModel::before(const OutboxItem &a, const OutboxItem &b) const
{
    const QDateTime ta = a.delivery.sentAt.isValid() ? a.delivery.sentAt : a.created;
    const QDateTime tb = b.delivery.sentAt.isValid() ? b.delivery.sentAt : b.created;
    return ta != tb ? ta > tb : a.id > b.id;
}

void SentModel::refresh()
{
    if (m_folder) {
        setRows(m_folder->list());
    }
}

void SentModel::setWatchDisk(bool watch)
{
    if (!m_watcher && m_folder) {
        m_watcher = new FolderWatcher(m_folder->directory(), this);
        connect(m_watcher, &FolderWatcher::changed, this, &SentModel::refresh);
    }
    if (m_watcher) {
        m_watcher->setEnabled(watch);
    }
}

void SentModel::reload(const QString &id)
{
    if (!m_folder) {
        return;
    }
    if (!m_folder->contains(id)) {
        removeKey(id);
        return;
    }
    OutboxItem item;
    m_folder->item(id, &item);
    upsert(item);
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

QVariant SentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case RecipientsColumn:
        return tr("To");
    case SentAtColumn:
        return tr("Sent");
    case ReplyColumn:
        return tr("Server reply");
    case QueueIdColumn:
        return tr("Queue id");
    }
    return {};
}

QHash<int, QByteArray> SentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SubjectRole, "subject");
    names.insert(RecipientsRole, "recipients");
    names.insert(SentAtRole, "sentAt");
    names.insert(ReplyRole, "reply");
    names.insert(QueueIdRole, "queueId");
    names.insert(ServerRole, "server");
    names.insert(RecipientResultsRole, "recipientResults");
    names.insert(RefusedCountRole, "refusedCount");
    names.insert(SizeRole, "size");
    return names;
}
