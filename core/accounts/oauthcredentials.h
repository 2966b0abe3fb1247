#pragma once

#include "account.h"
#include "oauthprovider.h"
#include "oauthtokenclient.h"
#include "secretstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

// What an OAuth 2 sign-in earned, as kept in the keychain (SecretStore::Kind::OAuthGrant, one JSON entry):
// the refresh token, the current access token and when it expires, and why the sign-in ended if the
// provider revoked it. Never written anywhere but the keychain.
struct OAuthGrant
{
    QString refreshToken;
    QString accessToken;
    QDateTime expiresAt; // UTC; invalid when the provider did not say
    QString scope;
    QString signedInAs; // the account's login when it signed in
    QDateTime signedInAt;
    QString endedBecause; // set when the provider refused the refresh token: "Sign-in expired"

    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    // Whether the access token is good for at least 'seconds' more.
    bool accessTokenValidFor(qint64 seconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QString toJson() const;
    static OAuthGrant fromJson(const QString &json, bool *ok = nullptr);
};

// An account's OAuth 2 tokens over time: stores what a sign-in earned, hands out an access token for a
// login, refreshing it first when it expires within a minute (or when the server just refused it), and says
// whether the account is signed in. A refresh token the provider refused ends the sign-in with one clear
// message: sign in again. Concurrent requests for one account share a single refresh.
class OAuthCredentials : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SignedIn, Expired, Unknown };
    Q_ENUM(State)

    // What accessToken() found.
    struct Token
    {
        bool ok = false;
        QString accessToken;
        bool refreshed = false; // a refresh was made for it
        bool signInNeeded = false; // no sign-in, or the provider ended it: "sign in again" is the fix
        bool temporary = false; // the provider could not be reached: try later
        QString message; // why not ok, one sentence
    };
    using TokenCallback = std::function<void(const Token &token)>;

    // Refresh when the access token has less than this left (seconds).
    static constexpr int RefreshMarginSeconds = 60;

    explicit OAuthCredentials(SecretStore *secrets, QObject *parent = nullptr);
    ~OAuthCredentials() override;

    // Provider files searched for a client id (tests).
    void setProviderDirectories(const QStringList &directories) { m_providerDirectories = directories; }

    // The provider with its client id and the client secret from the keychain; 'done' gets false and a
    // sentence when something is missing.
    void provider(const Account &account, QObject *context,
        std::function<void(bool ok, const OAuthProvider &provider, const QString &error)> done);
    // An access token for a login. forceRefresh: the server refused the one it had.
    void accessToken(const Account &account, bool forceRefresh, QObject *context, TokenCallback done);
    // Keeps what a sign-in earned, in the keychain ('done' gets the keychain's result: storage Memory when
    // there is none and the tokens are kept for this session only).
    void store(const Account &account, const OAuthTokenResponse &tokens, QObject *context,
        std::function<void(const SecretStore::Result &result)> done);
    // Forgets the tokens (sign out). The provider's grant itself stays until it expires or is revoked there.
    void signOut(const Account &account, QObject *context, std::function<void(const QString &error)> done);
    void state(const Account &account, QObject *context,
        std::function<void(State state, const OAuthGrant &grant, const QString &error)> done);

    // "Sign-in expired" in words, with the fix: used by the CLI and the app alike.
    static QString signInAgainMessage(const Account &account, const QString &reason);

private:
    struct Pending
    {
        QList<TokenCallback> callbacks;
    };
    void refresh(const Account &account, const OAuthGrant &grant, QObject *context);
    void deliver(const QString &accountId, const Token &token);

    SecretStore *m_secrets;
    OAuthTokenClient *m_client;
    QStringList m_providerDirectories;
    QHash<QString, Pending> m_pending; // account id -> callers waiting for one refresh
};
