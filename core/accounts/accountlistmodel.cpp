#include "accountlistmodel.h"

#include "accountstore.h"

AccountListModel::AccountListModel(AccountStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    m_rows = store->accounts();
    connect(store, &AccountStore::accountAdded, this, &AccountListModel::onAdded);
    connect(store, &AccountStore::accountChanged, this, &AccountListModel::onChanged);
    connect(store, &AccountStore::accountRemoved, this, &AccountListModel::onRemoved);
    connect(store, &AccountStore::reset, this, &AccountListModel::onReset);
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Account &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.name == a.address || a.address.isEmpty()
            ? a.name
            : QStringLiteral("%1 \u2014 %2").arg(a.name, a.address);
    case Qt::ToolTipRole:
        //: The sender ("Name <address>"), the server, its port and the security (tls, starttls or none)
        return tr("%1 via %2:%3 (%4)")
            .arg(a.fromHeader(), a.host)
            .arg(a.effectivePort())
            .arg(QString::fromLatin1(Smtp::securityName(a.security)));
    case IdRole:
        return a.id;
    case NameRole:
        return a.name;
    case AddressRole:
        return a.address;
    case SenderNameRole:
        return a.senderName;
    case ServerRole:
        return QStringLiteral("%1:%2").arg(a.host).arg(a.effectivePort());
    case SecurityRole:
        return QString::fromLatin1(Smtp::securityName(a.security));
    case IsDefaultRole:
        return a.isDefault;
    case AccountRole:
        return QVariant::fromValue(a);
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(IdRole, "id");
    roles.insert(NameRole, "name");
    roles.insert(AddressRole, "address");
    roles.insert(SenderNameRole, "senderName");
    roles.insert(ServerRole, "server");
    roles.insert(SecurityRole, "security");
    roles.insert(IsDefaultRole, "isDefault");
    roles.insert(AccountRole, "account");
    return roles;
}

Account AccountListModel::accountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Account();
}

int AccountListModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int AccountListModel::defaultRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).isDefault) {
            return i;
        }
    }
    return -1;
}

void AccountListModel::onAdded(int row)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, m_store->accounts().at(row));
    endInsertRows();
}

void AccountListModel::onChanged(int row)
{
    if (row < 0 || row >= m_rows.size() || row >= m_store->count()) {
        return;
    }
    m_rows[row] = m_store->accounts().at(row);
    Q_EMIT dataChanged(index(row), index(row));
}

void AccountListModel::onRemoved(int row, const QString &id)
{
    Q_UNUSED(id);
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AccountListModel::onReset()
{
    beginResetModel();
    m_rows = m_store->accounts();
    endResetModel();
}
