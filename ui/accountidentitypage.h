#pragma once

#include "accounteditorpage.h"

class AccountStore;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class SpellBackend;
class SpellLanguageBox;

// The account editor's Identity tab: the profile's name, who the mail is from (name, address, Reply-To),
// the signature, the spelling language of its messages, and whether it is the default account. A new profile
// is named after the address's domain until the person names it.
class AccountIdentityPage : public AccountEditorPage
{
    Q_OBJECT
public:
    AccountIdentityPage(AccountStore *accounts, SpellBackend *spelling, QWidget *parent = nullptr);

    void load(const Account &account) override;
    void store(Account &account) const override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QPlainTextEdit *signatureEdit() const { return m_signature; }
    SpellLanguageBox *spellLanguageBox() const { return m_spellLanguage; }
    QString address() const;
    // Where typing starts: the person's name for a new profile, the profile's name for one being edited.
    void focusFirstField();

private:
    AccountStore *m_accounts;
    bool m_isNew = true;
    QLineEdit *m_name, *m_senderName, *m_address, *m_replyTo;
    QPlainTextEdit *m_signature;
    SpellLanguageBox *m_spellLanguage;
    QCheckBox *m_default;
};
