#pragma once

#include "accounteditorpage.h"

class QComboBox;
class QLabel;
class QSpinBox;
struct AccountImap;

// The account editor's "Sent copy" tab: where the copy of each sent message goes (the server's Sent folder,
// a folder named here, or no copy) and the IMAP server that keeps it, with its security, port and login
// (empty: the SMTP login and its password). A password of its own is asked only for another login.
class AccountSentCopyPage : public AccountEditorPage
{
    Q_OBJECT
public:
    explicit AccountSentCopyPage(QWidget *parent = nullptr);

    void load(const Account &account) override;
    void store(Account &account) const override;

    // Fills the IMAP fields from a discovery candidate (its provider's IMAP server and "save a copy").
    void applyImap(const AccountImap &imap);
    // The IMAP password typed for another login (empty: unchanged, or the SMTP one is used).
    QString password() const;

    QComboBox *saveBox() const { return m_save; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *hostEdit() const { return m_host; }
    QComboBox *securityBox() const { return m_security; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }

private:
    void updateEnabled();

    QComboBox *m_save;
    QLineEdit *m_folder;
    QLineEdit *m_host;
    QComboBox *m_security;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_note;
};
