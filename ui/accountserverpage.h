#pragma once

#include "accounteditorpage.h"

#include "accounts/settingsdiscovery.h"

#include <QPointer>

class OAuthSignInPanel;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class SecretStore;
struct SmtpConnectionSettings;

// The account editor's Server tab: the outgoing server, its security with the port following it (until the
// person sets a port of their own), the login method, user and password — or, instead of the password, the
// OAuth 2 sign-in (OAuthSignInPanel); "Detect settings" (SettingsDiscovery from the address, the other
// candidates one click away on the button) and "Test settings".
class AccountServerPage : public AccountEditorPage
{
    Q_OBJECT
public:
    AccountServerPage(SecretStore *secrets, QWidget *parent = nullptr);

    void load(const Account &account) override;
    void store(Account &account) const override;

    // The password typed (empty: unchanged).
    QString password() const;
    // Fills the server fields from settings (a discovery candidate, a suggested fix).
    void applySettings(const SmtpConnectionSettings &settings);
    // A discovered candidate for 'address': its server, and its user name when that is not the address.
    void applyCandidate(const SettingsDiscovery::Candidate &candidate, const QString &address);
    // Looks for the settings of 'address' and fills in the best candidate.
    void detect(const QString &address);
    SettingsDiscovery *discovery() const { return m_discovery; }
    void setDiscoverySources(SettingsDiscovery::Sources sources) { m_discoverySources = sources; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *detectStatus() const { return m_detectStatus; }
    OAuthSignInPanel *oauthPanel() const { return m_oauth; }

Q_SIGNALS:
    void detectRequested();
    void testRequested();

private:
    void onSecurityChanged();
    void onDiscoveryFinished();
    void selectAuth(const QByteArray &mechanism, bool addUnknown);

    QLineEdit *m_host;
    QComboBox *m_security;
    QSpinBox *m_port;
    QComboBox *m_auth;
    QLineEdit *m_user, *m_password;
    OAuthSignInPanel *m_oauth;
    QLabel *m_keychainNote;
    QPushButton *m_detect, *m_test;
    QLabel *m_detectStatus;
    Smtp::Security m_lastSecurity = Smtp::Security::StartTls;
    bool m_portEdited = false;
    bool m_settingPort = false;
    QString m_detectAddress;
    QPointer<SettingsDiscovery> m_discovery;
    SettingsDiscovery::Sources m_discoverySources
        = SettingsDiscovery::Sources(SettingsDiscovery::Source::ProviderFile) | SettingsDiscovery::Source::Srv
        | SettingsDiscovery::Source::Autoconfig | SettingsDiscovery::Source::Probe;
};
