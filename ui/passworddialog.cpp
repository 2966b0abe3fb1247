#include "passworddialog.h"

#include "icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &accountName, const QString &user, const QString &server,
    bool keychainAvailable, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
{
    setWindowTitle(tr("Password for %1").arg(accountName));
    auto *intro
        = new QLabel(tr("Epistle needs the password of <b>%1</b> on <b>%2</b> to send from the account "
                        "\"%3\".")
                         .arg(user.toHtmlEscaped(), server.toHtmlEscaped(), accountName.toHtmlEscaped()),
            this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Unticked, the password is kept in memory until Epistle quits and asked for "
                              "again next time."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addLayout(form);
    if (!keychainAvailable) {
        auto *note
            = new QLabel(tr("No keychain is available on this desktop, so the password is kept in memory "
                            "until Epistle quits, and asked for again next time."),
                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
        [buttons](const QString &t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setWindowIcon(Icons::icon(QStringLiteral("key")));
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
