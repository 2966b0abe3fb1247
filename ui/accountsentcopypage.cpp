#include "accountsentcopypage.h"

#include "uitext.h"

#include "accounts/account.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

AccountSentCopyPage::AccountSentCopyPage(QWidget *parent)
    : AccountEditorPage(parent)
    , m_save(new QComboBox(this))
    , m_folder(lineEdit(tr("Folder for sent mail"), QStringLiteral("sentFolder")))
    , m_host(lineEdit(tr("IMAP server"), QStringLiteral("imapHost")))
    , m_security(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_user(lineEdit(tr("IMAP user name"), QStringLiteral("imapUser")))
    , m_password(lineEdit(tr("IMAP password"), QStringLiteral("imapPassword")))
    , m_note(new QLabel(this))
{
    m_save->setObjectName(QStringLiteral("saveCopy"));
    m_save->setAccessibleName(tr("Save a copy in"));
    m_save->addItem(tr("The Sent folder on the server"), int(AccountImap::SentCopy::Auto));
    m_save->addItem(tr("This folder on the server:"), int(AccountImap::SentCopy::Folder));
    m_save->addItem(tr("Do not save a copy"), int(AccountImap::SentCopy::None));
    m_folder->setPlaceholderText(tr("Sent"));
    m_host->setPlaceholderText(tr("imap.example.org"));
    m_security->setObjectName(QStringLiteral("imapSecurity"));
    m_security->setAccessibleName(tr("IMAP security"));
    for (Smtp::Security s : { Smtp::Security::Tls, Smtp::Security::StartTls }) {
        m_security->addItem(UiText::securityTitle(s), int(s));
    }
    m_port->setObjectName(QStringLiteral("imapPort"));
    m_port->setAccessibleName(tr("IMAP port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    m_user->setPlaceholderText(tr("the outgoing server's user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only for another user name"));
    m_note->setObjectName(QStringLiteral("sentCopyNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The copy is saved after the outgoing server accepted the message. If it cannot be "
                       "saved, it is tried again on its own: the message is never sent twice."));

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_folder, 1);
    auto *portLabel = new QLabel(tr("Po&rt:"), this);
    portLabel->setBuddy(m_port);
    auto *securityRow = new QHBoxLayout;
    securityRow->addWidget(m_security, 1);
    securityRow->addWidget(portLabel);
    securityRow->addWidget(m_port);
    auto *form = new QFormLayout(this);
    addRow(form, tr("Save a &copy in:"), m_save, saveRow);
    form->addRow(tr("&IMAP server:"), m_host);
    addRow(form, tr("Securit&y:"), m_security, securityRow);
    form->addRow(tr("User na&me:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_note);

    connect(
        m_save, qOverload<int>(&QComboBox::currentIndexChanged), this, &AccountSentCopyPage::updateEnabled);
    updateEnabled();
}

void AccountSentCopyPage::load(const Account &account)
{
    applyImap(account.imap);
    m_password->clear();
}

void AccountSentCopyPage::applyImap(const AccountImap &imap)
{
    m_save->setCurrentIndex(m_save->findData(int(imap.sentCopy)));
    m_folder->setText(imap.sentFolder);
    m_host->setText(imap.host);
    m_security->setCurrentIndex(qMax(0, m_security->findData(int(imap.security))));
    m_port->setValue(imap.port);
    m_user->setText(imap.user);
    updateEnabled();
}

void AccountSentCopyPage::store(Account &account) const
{
    AccountImap &imap = account.imap;
    imap.sentCopy = AccountImap::SentCopy(m_save->currentData().toInt());
    imap.sentFolder = imap.sentCopy == AccountImap::SentCopy::Folder ? m_folder->text().trimmed() : QString();
    imap.host = m_host->text().trimmed();
    imap.security = Smtp::Security(m_security->currentData().toInt());
    imap.port = quint16(m_port->value());
    imap.user = m_user->text().trimmed();
}

QString AccountSentCopyPage::password() const
{
    return m_password->text();
}

// "Do not save" keeps the server's fields (the person may turn the copy on again) but greys them out.
void AccountSentCopyPage::updateEnabled()
{
    const auto mode = AccountImap::SentCopy(m_save->currentData().toInt());
    m_folder->setEnabled(mode == AccountImap::SentCopy::Folder);
    for (QWidget *w : std::initializer_list<QWidget *> { m_host, m_security, m_port, m_user, m_password }) {
        w->setEnabled(mode != AccountImap::SentCopy::None);
    }
}
