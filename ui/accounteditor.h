#pragma once

#include "accounts/account.h"
#include "accounts/settingsdiscovery.h"

#include <QDialog>
#include <QPointer>

class AppContext;
class OAuthSignInPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class ServerTestDialog;

// Edits one account profile, every field of Account: who the mail is from, the server and how to reach it
// (the port follows the security choice until the person sets one), the login and its password (into the
// keychain), and the advanced settings (EHLO name, timeout, CA file, trusted certificates, proxy, delivery
// notifications, signature). "Detect settings" asks SettingsDiscovery from the address; "Test settings" runs
// the server test on what is in the form, and takes back its suggested fixes.
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
    SettingsDiscovery *discovery() const { return m_discovery; }
    // Which sources "Detect settings" may use (all by default; tests keep it to the shipped provider files).
    void setDiscoverySources(SettingsDiscovery::Sources sources) { m_discoverySources = sources; }

    // The widgets, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPlainTextEdit *signatureEdit() const { return m_signature; }
    QListWidget *pinList() const { return m_pins; }
    QLabel *detectStatus() const { return m_detectStatus; }
    OAuthSignInPanel *oauthPanel() const { return m_oauthPanel; }

    void accept() override;

Q_SIGNALS:
    void saved(const QString &id);

private:
    void onSecurityChanged();
    void updateProxyFields();
    void showErrors(const QStringList &errors);
    void onDiscoveryFinished();

    AppContext *m_context;
    Account m_original;
    QTabWidget *m_tabs;
    QLineEdit *m_name, *m_senderName, *m_address, *m_replyTo;
    QPlainTextEdit *m_signature;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QComboBox *m_auth;
    QLineEdit *m_user, *m_password;
    OAuthSignInPanel *m_oauthPanel;
    QPushButton *m_detect, *m_test;
    QLabel *m_detectStatus;
    QLineEdit *m_helo;
    QSpinBox *m_timeout;
    QLineEdit *m_caFile;
    QListWidget *m_pins;
    QComboBox *m_proxyType;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser, *m_proxyPassword;
    QCheckBox *m_dsnSuccess, *m_dsnFailure, *m_dsnDelay;
    QComboBox *m_dsnReturn;
    QCheckBox *m_default;
    QLabel *m_errors;
    QLabel *m_keychainNote;
    Smtp::Security m_lastSecurity = Smtp::Security::StartTls;
    bool m_portEdited = false;
    bool m_settingPort = false;
    QPointer<SettingsDiscovery> m_discovery;
    SettingsDiscovery::Sources m_discoverySources
        = SettingsDiscovery::Sources(SettingsDiscovery::Source::ProviderFile) | SettingsDiscovery::Source::Srv
        | SettingsDiscovery::Source::Autoconfig | SettingsDiscovery::Source::Probe;
    QPointer<ServerTestDialog> m_testDialog;
};
