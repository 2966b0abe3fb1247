#pragma once

#include "accounts/account.h"
#include "accounts/oauthcredentials.h"
#include "accounts/oauthsignin.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class SecretStore;

// The OAuth 2 sign-in of one account, as the account editor shows it instead of a password: which provider
// signs the person in (none = a password, Google, Microsoft), "Sign in with Google…" (the system browser
// through QDesktopServices, the answer on a loopback listener: OAuthSignIn), the state ("Signed in as …",
// "Sign-in expired", "Not signed in") and "Sign out" (forgets the tokens). The tokens go to the keychain
// through OAuthCredentials; the panel holds none.
class OAuthSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OAuthSignInPanel(SecretStore *secrets, QWidget *parent = nullptr);
    ~OAuthSignInPanel() override;

    // The account it signs in (its id is where the tokens are kept: a new account must be saved first).
    void setAccount(const Account &account);
    // "google", "microsoft", or empty for a password.
    QString provider() const;
    void setProvider(const QString &provider);

    // Opens the authorization address; QDesktopServices::openUrl unless a test replaces it.
    void setBrowserOpener(std::function<void(const QUrl &)> opener) { m_openBrowser = std::move(opener); }
    // Provider files searched for a client id (tests).
    void setProviderDirectories(const QStringList &directories);

    // "Sign in again" where a send or a test failed: a small window with this panel for 'account', the
    // sign-in started at once; 'done' gets whether the person signed in (the window then closes).
    static void signInAgain(SecretStore *secrets, const Account &account, QWidget *parent,
        std::function<void(bool signedIn)> done);

    // Starts the sign-in (what the button does; also "Sign in again" from a diagnosis).
    void signIn();
    void signOut();
    // Reads the state from the keychain again.
    void refreshState();

    OAuthCredentials::State state() const { return m_state; }
    QString stateText() const;
    QComboBox *providerBox() const { return m_providerBox; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *signOutButton() const { return m_signOut; }
    QLabel *stateLabel() const { return m_stateLabel; }

Q_SIGNALS:
    // The provider choice changed: the editor hides or shows its password field.
    void providerChanged(const QString &provider);
    void stateChanged(OAuthCredentials::State state);
    // A sign-in ended (signed in or not); 'message' says how, for the person.
    void signInFinished(bool signedIn, const QString &message);

private:
    void showState(OAuthCredentials::State state, const QString &detail = {});
    void onSignInFinished(const OAuthSignIn::Result &result);
    QString providerName() const;

    SecretStore *m_secrets;
    OAuthCredentials *m_credentials;
    Account m_account;
    QComboBox *m_providerBox;
    QLabel *m_stateLabel;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QPointer<OAuthSignIn> m_flow;
    std::function<void(const QUrl &)> m_openBrowser;
    OAuthCredentials::State m_state = OAuthCredentials::State::Unknown;
};
