#pragma once

#include "accounts/account.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

// The local OAuth 2 provider of the tests (tests/servers/oauth_provider.py on 127.0.0.1, a port chosen by
// the kernel): authorization with consent form, token endpoint with PKCE, refresh, revocation, introspection
// for the SMTP server, and fault modes. Also follows an authorization address as a browser would
// (tests/servers/oauth_browser.py).
class OAuthProviderServer
{
public:
    struct Options
    {
        QString clientId = QStringLiteral("epistle-test-client");
        QString clientSecret; // empty: a public client
        QString user = QStringLiteral("alice@example.test");
        QString scope = QStringLiteral("https://mail.google.com/");
        int accessTtlSeconds = 3600;
        bool rotateRefreshTokens = false;
    };

    OAuthProviderServer();
    ~OAuthProviderServer();
    OAuthProviderServer(const OAuthProviderServer &) = delete;
    OAuthProviderServer &operator=(const OAuthProviderServer &) = delete;

    bool start();
    bool start(const Options &options);
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT + path
    QString url(const QString &path) const;
    const Options &options() const { return m_options; }

    // An account (new id) that signs in with this provider as a "custom" one: alice@example.test, XOAUTH2.
    Account account(const QString &name = QStringLiteral("Test")) const;

    // GET /stats: authorize, codes_issued, code_exchanges, refreshes, token_errors, revocations, ...
    QJsonObject stats() const;
    int stat(const char *name) const { return stats().value(QLatin1String(name)).toInt(-1); }
    // Every access and refresh token and code issued so far.
    QStringList issuedSecrets() const;
    // none, token-500, token-garbage.
    bool setFault(const QString &mode) const;
    // Every grant revoked, as a person removing the app's access at the provider.
    bool revokeAll() const;
    // Every access token expires now at the provider (refresh tokens stay good): what a server's refusal of
    // a token that the client still thought valid looks like.
    bool expireAccessTokens() const;

    struct BrowserRun
    {
        int exitCode = -1;
        QString redirect; // where the provider sent the browser
        QString page; // what Epistle's listener answered
        QString error;
    };
    // Follows 'authorizationUrl' as a browser: consent (allow or deny), then the redirect (with 'state'
    // replaced when given).
    static BrowserRun browse(const QString &authorizationUrl, bool deny = false, const QString &state = {});

private:
    QByteArray request(const QByteArray &verb, const QString &path, const QByteArray &body = {}) const;

    std::unique_ptr<QProcess> m_process;
    Options m_options;
    quint16 m_port = 0;
    QString m_error;
};
