#include "store/draftlistmodel.h"

#include <QLocale>

DraftListModel::DraftListModel(DraftStore *store, QObject *parent)
    : StoreTableModel<Draft>(parent), m_store(store)
{
    connect(store, &DraftStore::draftSaved, this, [this](const QString &id) { reload(id); });
    connect(store, &DraftStore::draftRemoved, this, [this](const QString &id) { removeKey(id); });
    connect(store, &DraftStore::openStateChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0) {
            Q_EMIT dataChanged(
                index(row, 0), index(row, ColumnCount - 1), { OpenStateRole, RecoverableRole });
        }
    });
    refresh();
}

bool DraftListModel::before(const Draft &a, const Draft &b) const
{
    return a.modified != b.modified ? a.modified > b.modified : a.id > b.id;
}

QList<Draft> DraftListModel::fetchAll() const
{
    return m_store ? m_store->list() : QList<Draft>();
}

bool DraftListModel::fetch(const QString &id, Draft *draft) const
{
    return m_store && m_store->loadSidecar(id, draft);
}

QString DraftListModel::watchedDirectory() const
{
    return m_store ? m_store->directory() : QString();
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Draft &d = m_rows.at(index.row());
    QStringList recipients;
    for (const QString &field : { d.to, d.cc, d.bcc }) {
        if (!field.trimmed().isEmpty()) {
            recipients.append(field.trimmed());
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SubjectColumn:
            return d.subject.isEmpty() ? tr("(no subject)") : d.subject;
        case RecipientsColumn:
            return recipients.join(QStringLiteral(", "));
        case ModifiedColumn:
            return QLocale().toString(d.modified.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case IdRole:
        return d.id;
    case SubjectRole:
        return d.subject;
    case RecipientsRole:
        return recipients.join(QStringLiteral(", "));
    case ModifiedRole:
        return d.modified;
    case AccountRole:
        return d.account;
    case PreviewRole:
        return d.preview();
    case AttachmentCountRole:
        return int(d.attachments.size());
    case OpenStateRole:
        return m_store ? int(m_store->openState(d.id)) : 0;
    case RecoverableRole:
        return m_store && m_store->openState(d.id) == DraftStore::OpenState::Abandoned;
    }
    return {};
}

QStringList DraftListModel::columnTitles() const
{
    return { tr("Subject"), tr("To"), tr("Saved") };
}

QList<QPair<int, QByteArray>> DraftListModel::itemRoleNames() const
{
    return { { IdRole, "draftId" }, { SubjectRole, "subject" }, { RecipientsRole, "recipients" },
        { ModifiedRole, "modified" }, { AccountRole, "account" }, { PreviewRole, "preview" },
        { AttachmentCountRole, "attachmentCount" }, { OpenStateRole, "openState" },
        { RecoverableRole, "recoverable" } };
}
