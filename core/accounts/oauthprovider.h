#pragma once

#include "smtp/smtp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <utility>

struct Account;

// Where and how an account signs in with OAuth 2 (RFC 6749 with PKCE, RFC 7636, for a native app, RFC 8252):
// the provider's endpoints and scopes, the client Epistle signs in as, and the provider's SMTP server. Google
// and Microsoft are built in; "custom" takes its endpoints from the account. Epistle has no registered client
// of its own: the client id comes from the account, then from the packager (CMake
// EPISTLE_OAUTH_<PROVIDER>_CLIENT_ID), then from a provider file's <oAuth2><clientId>.
struct OAuthProvider
{
    Q_DECLARE_TR_FUNCTIONS(OAuthProvider)

public:
    QString id; // "google", "microsoft", "custom"
    QString displayName; // "Google", "Microsoft", or the authorization server's host
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString scope; // space-separated
    // Extra parameters of the authorization request (Google gives a refresh token only with
    // access_type=offline).
    QList<std::pair<QString, QString>> authorizeParameters;
    QString clientId;
    QString clientSecret; // from the keychain (or the packager); empty for public clients
    QString clientIdOrigin; // where the client id came from: "account", "build", a provider file

    // The SMTP server that goes with this provider (empty host for custom).
    QString smtpHost;
    quint16 smtpPort = 0;
    Smtp::Security smtpSecurity = Smtp::Security::Tls;
    QByteArray mechanism = "XOAUTH2";

    // The built-in providers' ids, and one of them (false for an unknown id or "custom").
    static QStringList builtInIds();
    static bool builtIn(const QString &id, OAuthProvider *provider);
    // "google" / "microsoft" for a mail exchanger hosted by one of them (Thunderbird's rule: MX under
    // google.com / googlemail.com, or outlook.com / protection.outlook.com), else empty.
    static QString forMailExchanger(const QString &mxHost);
    // The same for a login issuer as written in provider files' <oAuth2><issuer>.
    static QString forIssuer(const QString &issuer);

    // The provider an account signs in with, its client id resolved; false with 'error' a sentence saying
    // what is missing and where to put it. 'providerDirectories' are searched for provider files first.
    static bool forAccount(const Account &account, OAuthProvider *provider, QString *error,
        const QStringList &providerDirectories = {});
    // What is wrong with an account's OAuth settings, one sentence each (for Account::validate).
    static QStringList validateAccount(const Account &account);
    // An endpoint must be https, or http on the loopback addresses 127.0.0.1 / ::1 only (tests, RFC 8252
    // 8.3); false with 'error' saying why.
    static bool checkEndpoint(const QUrl &url, const QString &what, QString *error);
};
