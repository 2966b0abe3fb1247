#include "oauthprovider.h"

#include "account.h"
#include "epistle_oauth_config.h"
#include "providerdatabase.h"

#include <QHostAddress>

namespace {

QString domainOf(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.'))) {
        h.chop(1);
    }
    return h;
}

bool isUnder(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

} // namespace

QStringList OAuthProvider::builtInIds()
{
    return { QStringLiteral("google"), QStringLiteral("microsoft") };
}

bool OAuthProvider::builtIn(const QString &id, OAuthProvider *p)
{
    *p = OAuthProvider();
    p->id = id;
    if (id == QLatin1String("google")) {
        // Google's OAuth 2 for installed apps: loopback redirect on 127.0.0.1, PKCE, and a refresh token only
        // with access_type=offline (prompt=consent gives one again on a second sign-in).
        p->displayName = QStringLiteral("Google");
        p->authorizeUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        p->tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
        p->scope = QStringLiteral("https://mail.google.com/");
        p->authorizeParameters = { { QStringLiteral("access_type"), QStringLiteral("offline") },
            { QStringLiteral("prompt"), QStringLiteral("consent") } };
        p->clientId = QStringLiteral(EPISTLE_OAUTH_GOOGLE_CLIENT_ID);
        p->clientSecret = QStringLiteral(EPISTLE_OAUTH_GOOGLE_CLIENT_SECRET);
        p->smtpHost = QStringLiteral("smtp.gmail.com");
        p->smtpPort = 465;
        p->smtpSecurity = Smtp::Security::Tls;
        return true;
    }
    if (id == QLatin1String("microsoft")) {
        // The Microsoft identity platform, "common" tenant: personal (Outlook.com) and work accounts alike.
        // offline_access is what earns the refresh token.
        p->displayName = QStringLiteral("Microsoft");
        p->authorizeUrl
            = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
        p->tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
        p->scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
        p->clientId = QStringLiteral(EPISTLE_OAUTH_MICROSOFT_CLIENT_ID);
        p->smtpHost = QStringLiteral("smtp.office365.com");
        p->smtpPort = 587;
        p->smtpSecurity = Smtp::Security::StartTls;
        return true;
    }
    return false;
}

QString OAuthProvider::forMailExchanger(const QString &mxHost)
{
    const QString host = domainOf(mxHost);
    if (isUnder(host, QStringLiteral("google.com")) || isUnder(host, QStringLiteral("googlemail.com"))) {
        return QStringLiteral("google");
    }
    if (isUnder(host, QStringLiteral("outlook.com"))
        || isUnder(host, QStringLiteral("protection.outlook.com"))) {
        return QStringLiteral("microsoft");
    }
    return {};
}

QString OAuthProvider::forIssuer(const QString &issuer)
{
    const QString host = domainOf(issuer);
    if (host == QLatin1String("accounts.google.com")) {
        return QStringLiteral("google");
    }
    if (host == QLatin1String("login.microsoftonline.com")) {
        return QStringLiteral("microsoft");
    }
    return {};
}

bool OAuthProvider::checkEndpoint(const QUrl &url, const QString &what, QString *error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("The %1 \"%2\" is not a URL.").arg(what, url.toString());
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    const QHostAddress host(url.host());
    if (scheme == QLatin1String("http") && !host.isNull()
        && (host == QHostAddress(QHostAddress::LocalHost)
            || host == QHostAddress(QHostAddress::LocalHostIPv6))) {
        return true; // nothing leaves this machine
    }
    *error = tr("The %1 must use https (http only on 127.0.0.1 or ::1): \"%2\".").arg(what, url.toString());
    return false;
}

QStringList OAuthProvider::validateAccount(const Account &a)
{
    QStringList problems;
    if (a.oauthProvider != QLatin1String("custom") && !builtInIds().contains(a.oauthProvider)) {
        problems
            << tr("The OAuth provider must be google, microsoft or custom, not \"%1\".").arg(a.oauthProvider);
        return problems;
    }
    if (!a.usesOAuthToken()) {
        problems << tr("An OAuth sign-in needs the login method XOAUTH2 or OAUTHBEARER.");
    }
    QString error;
    if (a.oauthProvider == QLatin1String("custom")) {
        if (a.oauthAuthorizeUrl.isEmpty() || a.oauthTokenUrl.isEmpty()) {
            problems << tr("A custom OAuth provider needs its authorization URL and its token URL.");
        }
        if (!a.oauthAuthorizeUrl.isEmpty()
            && !checkEndpoint(QUrl(a.oauthAuthorizeUrl), tr("authorization URL"), &error)) {
            problems << error;
        }
        if (!a.oauthTokenUrl.isEmpty() && !checkEndpoint(QUrl(a.oauthTokenUrl), tr("token URL"), &error)) {
            problems << error;
        }
    } else if (!a.oauthAuthorizeUrl.isEmpty() || !a.oauthTokenUrl.isEmpty()) {
        problems << tr("Only a custom OAuth provider takes its own authorization and token URLs.");
    }
    for (const QString &field : { a.oauthClientId, a.oauthScope, a.oauthAuthorizeUrl, a.oauthTokenUrl }) {
        if (field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            problems << tr("An OAuth setting holds a line break.");
            break;
        }
    }
    return problems;
}

bool OAuthProvider::forAccount(
    const Account &a, OAuthProvider *p, QString *error, const QStringList &providerDirectories)
{
    if (const QStringList problems = validateAccount(a); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    if (a.oauthProvider == QLatin1String("custom")) {
        *p = OAuthProvider();
        p->id = a.oauthProvider;
        p->authorizeUrl = QUrl(a.oauthAuthorizeUrl);
        p->tokenUrl = QUrl(a.oauthTokenUrl);
        p->displayName = p->authorizeUrl.host();
    } else {
        builtIn(a.oauthProvider, p);
        if (!p->clientId.isEmpty()) {
            p->clientIdOrigin = QStringLiteral("build");
        }
    }
    p->mechanism = a.authMechanism.toUpper();
    if (!a.oauthScope.isEmpty()) {
        p->scope = a.oauthScope;
    }
    if (!a.oauthClientId.isEmpty()) {
        p->clientId = a.oauthClientId;
        p->clientSecret.clear(); // the account's own client has its own secret, in the keychain
        p->clientIdOrigin = QStringLiteral("account");
    }
    if (p->clientId.isEmpty() && p->id != QLatin1String("custom")) {
        // A provider file (a distribution's, an administrator's) may name the client to use.
        ProviderDatabase database(providerDirectories);
        for (const AutoconfigXml::Provider &file : database.providers()) {
            if (forIssuer(file.oauth2.issuer) == p->id && !file.oauth2.clientId.isEmpty()) {
                p->clientId = file.oauth2.clientId;
                p->clientIdOrigin = file.id;
                break;
            }
        }
    }
    if (p->clientId.isEmpty()) {
        *error = tr("No OAuth client id for %1: Epistle has no client registered with it. Register a desktop "
                    "app with the provider and give its id to the account (epistle accounts edit \"%2\" "
                    "--oauth-client-id ID, or in the account editor), or build Epistle with "
                    "-DEPISTLE_OAUTH_%3_CLIENT_ID=ID, or add <clientId> to the provider file's <oAuth2>.")
                     .arg(p->displayName, a.name, p->id.toUpper());
        return false;
    }
    if (p->scope.isEmpty()) {
        *error = tr("The OAuth provider of account \"%1\" has no scope: give one with --oauth-scope.")
                     .arg(a.name);
        return false;
    }
    return true;
}
