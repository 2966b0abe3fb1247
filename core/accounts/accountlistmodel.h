#pragma once

#include "account.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class AccountStore;

// The accounts of an AccountStore as a list model, for the account picker and the accounts dialog: one row
// per account in the store's order, following every change of the store (row inserts, removals, edits and
// reloads), so views keep their selection. Qt::DisplayRole is "Name — address"; the roles below give fields.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        AddressRole,
        SenderNameRole,
        ServerRole, // "host:port"
        SecurityRole, // "tls", "starttls" or "none"
        IsDefaultRole,
        AccountRole // the whole Account, as a QVariant
    };
    Q_ENUM(Role)

    explicit AccountListModel(AccountStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Account accountAt(int row) const;
    int rowOfId(const QString &id) const;
    int defaultRow() const;

private:
    void onAdded(int row);
    void onChanged(int row);
    void onRemoved(int row, const QString &id);
    void onReset();

    QPointer<AccountStore> m_store;
    // The model's own copy: Qt's model contract needs the old rows until beginRemoveRows() has run, and the
    // store has already changed when it signals.
    QList<Account> m_rows;
};
