#include "accountsdialog.h"

#include "accounteditor.h"
#include "appcontext.h"
#include "icons.h"
#include "messagebanner.h"
#include "servertestdialog.h"
#include "windowplacement.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Adds what the list shows beyond "Name — address": the server, and which account is the default.
class AccountDisplayModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool isDefault = QIdentityProxyModel::data(index, AccountListModel::IsDefaultRole).toBool();
        switch (role) {
        case Qt::DisplayRole: {
            const QString text = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            const QString server = QIdentityProxyModel::data(index, AccountListModel::ServerRole).toString();
            return isDefault ? AccountsDialog::tr("%1 (default)\n%2").arg(text, server)
                             : QStringLiteral("%1\n%2").arg(text, server);
        }
        case Qt::FontRole:
            if (isDefault) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::DecorationRole:
            return Icons::icon(QStringLiteral("accounts"));
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
};

} // namespace

AccountsDialog::AccountsDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_banner(new MessageBanner(this)), m_view(new QListView(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    setWindowIcon(Icons::icon(QStringLiteral("accounts")));
    auto *proxy = new AccountDisplayModel(this);
    proxy->setSourceModel(context->accountModel());
    m_view->setModel(proxy);
    m_view->setObjectName(QStringLiteral("accountList"));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(24, 24));
    m_view->setSpacing(2);

    const auto button = [this](const QString &icon, const QString &text, const QString &name) {
        auto *b = new QPushButton(Icons::icon(icon), text, this);
        b->setObjectName(name);
        return b;
    };
    m_add = button(QStringLiteral("add"), tr("&Add…"), QStringLiteral("add"));
    m_edit = button(QStringLiteral("accounts"), tr("&Edit…"), QStringLiteral("edit"));
    m_duplicate = button(QStringLiteral("copy"), tr("D&uplicate"), QStringLiteral("duplicate"));
    m_remove = button(QStringLiteral("remove"), tr("&Remove…"), QStringLiteral("remove"));
    m_default = button(QStringLiteral("step-done"), tr("Set as &default"), QStringLiteral("setDefault"));
    m_test = button(QStringLiteral("server-test"), tr("&Test…"), QStringLiteral("test"));
    auto *side = new QVBoxLayout;
    for (QPushButton *b : { m_add, m_edit, m_duplicate, m_remove, m_default, m_test }) {
        side->addWidget(b);
    }
    side->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, [this] { addAccount(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccount(); });
    connect(m_view, &QListView::doubleClicked, this, [this] { editAccount(); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateAccount(); });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_default, &QPushButton::clicked, this, &AccountsDialog::setDefaultAccount);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testAccount);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AccountsDialog::updateButtons);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &AccountsDialog::updateButtons);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &AccountsDialog::updateButtons);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &AccountsDialog::updateButtons);
    connect(proxy, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);

    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    if (context->secrets()->availability() == SecretStore::Availability::Unavailable) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("No keychain is available (%1): passwords are kept only until Epistle quits.")
                .arg(context->secrets()->unavailableReason()));
    } else if (!context->accountProblems().isEmpty()) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning, context->accountProblems().join(QLatin1Char('\n')));
    }
    const int row0 = context->accountModel()->defaultRow();
    if (row0 >= 0) {
        m_view->setCurrentIndex(proxy->index(row0, 0));
    }
    updateButtons();
    WindowPlacement::install(this, QSize(600, 380));
}

QString AccountsDialog::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(AccountListModel::IdRole).toString() : QString();
}

void AccountsDialog::selectId(const QString &id)
{
    const int row = m_context->accountModel()->rowOfId(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_view->model()->index(row, 0));
    }
}

void AccountsDialog::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    const bool selected = index.isValid();
    const bool readOnly = m_context->accounts()->isReadOnly();
    m_add->setEnabled(!readOnly);
    m_edit->setEnabled(selected && !readOnly);
    m_duplicate->setEnabled(selected && !readOnly);
    m_remove->setEnabled(selected && !readOnly);
    m_default->setEnabled(selected && !readOnly && !index.data(AccountListModel::IsDefaultRole).toBool());
    m_test->setEnabled(selected);
}

AccountEditorDialog *AccountsDialog::addAccount()
{
    auto *editor = new AccountEditorDialog(m_context, Account(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &AccountEditorDialog::saved, this, &AccountsDialog::selectId);
    editor->open();
    return editor;
}

AccountEditorDialog *AccountsDialog::editAccount()
{
    const Account account = m_context->accounts()->account(currentId());
    if (account.id.isEmpty()) {
        return nullptr;
    }
    auto *editor = new AccountEditorDialog(m_context, account, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &AccountEditorDialog::saved, this, &AccountsDialog::selectId);
    editor->open();
    return editor;
}

QString AccountsDialog::duplicateAccount()
{
    const QString id = m_context->accounts()->duplicate(currentId());
    if (id.isEmpty()) {
        QMessageBox::warning(this, tr("Duplicate account"), m_context->accounts()->errorString());
        return {};
    }
    selectId(id);
    return id;
}

void AccountsDialog::removeAccount()
{
    const Account account = m_context->accounts()->account(currentId());
    if (account.id.isEmpty()) {
        return;
    }
    // Outbox messages name their account by id or by name.
    const int waiting = int(m_context->store()->outbox()->idsForAccount({ account.id, account.name }).size());
    const QString question = waiting == 0
        ? tr("Remove the account \"%1\" and its saved password?").arg(account.name)
        : tr("Remove the account \"%1\" and its saved password? %n message(s) wait for this account in the "
             "outbox: they stay there, and the Outbox window sends them from another account (Send from).",
            nullptr, waiting)
              .arg(account.name);
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Remove account"), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = account.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *clicked) {
        if (clicked == remove) {
            removeAccountNow(id);
        }
    });
    box->open();
}

void AccountsDialog::removeAccountNow(const QString &id)
{
    if (!m_context->accounts()->remove(id)) {
        QMessageBox::warning(this, tr("Remove account"), m_context->accounts()->errorString());
        return;
    }
    m_context->secrets()->removeAll(id, m_context, [](const SecretStore::Result &) {});
}

void AccountsDialog::setDefaultAccount()
{
    if (!m_context->accounts()->setDefault(currentId())) {
        QMessageBox::warning(this, tr("Default account"), m_context->accounts()->errorString());
    }
}

void AccountsDialog::testAccount()
{
    const Account account = m_context->accounts()->account(currentId());
    if (account.id.isEmpty()) {
        return;
    }
    auto *editor = new AccountEditorDialog(m_context, account, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &AccountEditorDialog::saved, this, &AccountsDialog::selectId);
    editor->open();
    editor->testSettings();
}
