#pragma once

#include "accounts/account.h"
#include "accounts/settingsdiscovery.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class AccountAdvancedPage;
class AccountEditorPage;
class AccountIdentityPage;
class AccountServerPage;
class AccountSentCopyPage;
class AppContext;
class OAuthSignInPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class ServerTestDialog;

// Edits one account profile, every field of Account, one tab per part: Identity (who the mail is from, the
// signature), Server (the server and how to reach it, the login and its password, which goes to the
// keychain) and Advanced (EHLO name, timeout, CA file, trusted certificates, proxy, delivery notifications).
// "Detect settings" asks SettingsDiscovery from the address; "Test settings" runs the server test on what is
// in the form, and takes back its suggested fixes.
class AccountEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // An account with an empty id is a new one.
    AccountEditorDialog(AppContext *context, const Account &account, QWidget *parent = nullptr);
    ~AccountEditorDialog() override;

    // The account as the form holds it now (id kept from the one being edited).
    Account account() const;
    void setAccount(const Account &account);
    // The password typed (empty: unchanged).
    QString password() const;
    // Saves into the store (and the password into the keychain). False, with the reasons shown in the form,
    // when the account is not valid or the store refused.
    bool save();
    QString errorText() const;

    // Fills the server fields from settings (a discovery candidate, a suggested fix).
    void applySettings(const SmtpConnectionSettings &settings);
    void applyCandidate(const SettingsDiscovery::Candidate &candidate);
    void detectSettings();
    ServerTestDialog *testSettings();
    SettingsDiscovery *discovery() const;
    // Which sources "Detect settings" may use (all by default; tests keep it to the shipped provider files).
    void setDiscoverySources(SettingsDiscovery::Sources sources);
    // Adds a tab of its own for another part of the account; it takes part in load and save like the others.
    void addPage(AccountEditorPage *page, const QString &title);

    // The widgets, for tests.
    QLineEdit *nameEdit() const;
    QLineEdit *addressEdit() const;
    QLineEdit *hostEdit() const;
    QSpinBox *portBox() const;
    QComboBox *securityBox() const;
    QComboBox *authBox() const;
    QLineEdit *userEdit() const;
    QLineEdit *passwordEdit() const;
    QPlainTextEdit *signatureEdit() const;
    QListWidget *pinList() const;
    QLabel *detectStatus() const;
    OAuthSignInPanel *oauthPanel() const;

    void accept() override;

Q_SIGNALS:
    void saved(const QString &id);

private:
    void showErrors(const QStringList &errors);

    AppContext *m_context;
    Account m_original;
    QTabWidget *m_tabs;
    AccountIdentityPage *m_identity;
    AccountServerPage *m_server;
    AccountAdvancedPage *m_advanced;
    AccountSentCopyPage *m_sentCopy = nullptr;
    QList<AccountEditorPage *> m_pages;
    QLabel *m_errors;
    QPointer<ServerTestDialog> m_testDialog;
};
