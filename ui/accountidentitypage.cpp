#include "accountidentitypage.h"

#include "spell/spelllanguagebox.h"

#include "accounts/account.h"
#include "accounts/accountstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

AccountIdentityPage::AccountIdentityPage(AccountStore *accounts, SpellBackend *spelling, QWidget *parent)
    : AccountEditorPage(parent)
    , m_accounts(accounts)
    , m_name(lineEdit(tr("Profile name"), QStringLiteral("name")))
    , m_senderName(lineEdit(tr("Your name"), QStringLiteral("senderName")))
    , m_address(lineEdit(tr("Email address"), QStringLiteral("address")))
    , m_replyTo(lineEdit(tr("Reply-To address"), QStringLiteral("replyTo")))
    , m_signature(new QPlainTextEdit(this))
    , m_spellLanguage(new SpellLanguageBox(spelling, this))
    , m_default(new QCheckBox(tr("Use as the &default account"), this))
{
    m_name->setPlaceholderText(tr("Work, Home, …"));
    m_senderName->setPlaceholderText(tr("Alice Example"));
    m_address->setPlaceholderText(tr("alice@example.org"));
    m_replyTo->setPlaceholderText(tr("optional"));
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setPlaceholderText(tr("Added below your messages, after a \"-- \" line"));
    m_default->setObjectName(QStringLiteral("isDefault"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("&Your name:"), m_senderName);
    form->addRow(tr("&Email address:"), m_address);
    form->addRow(tr("&Reply-To:"), m_replyTo);
    form->addRow(tr("Si&gnature:"), m_signature);
    form->addRow(tr("S&pelling:"), m_spellLanguage);
    form->addRow(QString(), m_default);
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A new profile is named after its address until the person names it: the address tells two
        // profiles at one provider apart, where the domain would not (and the From list then shows the
        // address once, not "example.org — alice@example.org").
        if (m_isNew && !m_name->isModified()) {
            m_name->setText(text.trimmed());
        }
    });
}

void AccountIdentityPage::load(const Account &a)
{
    m_isNew = a.id.isEmpty();
    m_name->setText(a.name);
    m_name->setModified(!a.name.isEmpty());
    m_senderName->setText(a.senderName);
    m_address->setText(a.address);
    m_replyTo->setText(a.replyTo);
    m_signature->setPlainText(a.signature);
    m_spellLanguage->setLanguage(a.spellLanguage);
    m_default->setChecked(a.isDefault || m_accounts->isEmpty());
    // The default account cannot stop being the default here: another account has to take over.
    m_default->setEnabled(!a.isDefault);
}

void AccountIdentityPage::store(Account &a) const
{
    a.name = m_name->text().trimmed();
    a.senderName = m_senderName->text().trimmed();
    a.address = m_address->text().trimmed();
    a.replyTo = m_replyTo->text().trimmed();
    a.signature = m_signature->toPlainText();
    a.spellLanguage = m_spellLanguage->language();
    a.isDefault = m_default->isChecked();
}

QString AccountIdentityPage::address() const
{
    return m_address->text().trimmed();
}

void AccountIdentityPage::focusFirstField()
{
    (m_isNew ? m_senderName : m_name)->setFocus();
}
