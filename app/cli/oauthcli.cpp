#include "oauthcli.h"

#include "cliutil.h"
#include "connectionoptions.h"

#include "accounts/accountstore.h"
#include "accounts/oauthcredentials.h"
#include "accounts/oauthsignin.h"
#include "accounts/secretmemory.h"
#include "accounts/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <memory>

namespace OAuthCli {

namespace {
// As for --account: D-Bus's default call timeout, long enough for an unlock prompt.
constexpr int KeychainTimeoutMs = ConnectionOptions::KeychainTimeoutMs;
constexpr int DefaultLoginTimeoutSeconds = 5 * 60;

} // namespace

QList<QCommandLineOption> options()
{
    return {
        { QStringLiteral("oauth"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "Sign in with OAuth 2: google, microsoft or custom (then epistle accounts login "
                "NAME); none turns it off.")),
            QStringLiteral("PROVIDER") },
        { QStringLiteral("oauth-authorize-url"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "custom: the authorization endpoint.")),
            QStringLiteral("URL") },
        { QStringLiteral("oauth-token-url"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "custom: the token endpoint.")),
            QStringLiteral("URL") },
        { QStringLiteral("oauth-scope"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "The scopes to ask for (space-separated).")),
            QStringLiteral("SCOPES") },
        { QStringLiteral("oauth-client-id"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "The OAuth client id registered with the provider.")),
            QStringLiteral("ID") },
        { QStringLiteral("oauth-client-secret-env"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "Read the OAuth client secret from environment variable VAR (kept in the "
                "system keychain).")),
            QStringLiteral("VAR") },
    };
}

QList<QCommandLineOption> loginOptions()
{
    return {
        { QStringLiteral("no-browser"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Only print the address; do not open a browser.")) },
        { QStringLiteral("timeout"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "Wait this long for the browser (default 300).")),
            QStringLiteral("SECONDS") },
        { QStringLiteral("redirect-port"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "Wait for the browser on this port of 127.0.0.1 (default: a free one).")),
            QStringLiteral("PORT") },
    };
}

int applyOptions(const QCommandLineParser &parser, Account *account, QString *error)
{
    Account &a = *account;
    if (parser.isSet(QStringLiteral("oauth"))) {
        const QString provider = parser.value(QStringLiteral("oauth")).trimmed().toLower();
        if (provider == QLatin1String("none")) {
            a.oauthProvider.clear();
            a.oauthAuthorizeUrl.clear();
            a.oauthTokenUrl.clear();
        } else if (provider == QLatin1String("google") || provider == QLatin1String("microsoft")
            || provider == QLatin1String("custom")) {
            a.oauthProvider = provider;
            if (!parser.isSet(QStringLiteral("auth")) && !a.usesOAuthToken()) {
                a.authMechanism = "XOAUTH2"; // what Google and Microsoft take
            }
        } else {
            *error = CliText::tr("--oauth takes google, microsoft, custom or none");
            return ExitCode::Usage;
        }
    }
    const std::pair<const char *, QString *> fields[]
        = { { "oauth-authorize-url", &a.oauthAuthorizeUrl }, { "oauth-token-url", &a.oauthTokenUrl },
              { "oauth-scope", &a.oauthScope }, { "oauth-client-id", &a.oauthClientId } };
    for (const auto &[option, field] : fields) {
        if (parser.isSet(QLatin1String(option))) {
            if (a.oauthProvider.isEmpty()) {
                *error = CliText::tr("--%1 goes with --oauth google|microsoft|custom")
                             .arg(QLatin1String(option));
                return ExitCode::Usage;
            }
            *field = parser.value(QLatin1String(option)).trimmed();
        }
    }
    if (parser.isSet(QStringLiteral("oauth-client-secret-env"))) {
        const QString var = parser.value(QStringLiteral("oauth-client-secret-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            *error
                = CliText::tr("--oauth-client-secret-env: the environment variable %1 is not set").arg(var);
            return ExitCode::Config;
        }
    }
    return ExitCode::Ok;
}

int saveClientSecret(const QCommandLineParser &parser, const Account &account, QString *error)
{
    if (!parser.isSet(QStringLiteral("oauth-client-secret-env"))) {
        return ExitCode::Ok;
    }
    QString secret = qEnvironmentVariable(
        parser.value(QStringLiteral("oauth-client-secret-env")).toLocal8Bit().constData());
    SecretStore secrets;
    secrets.setTimeout(KeychainTimeoutMs);
    const SecretStore::Result r
        = ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
              secrets.write(account.id, SecretStore::Kind::OAuthClientSecret, secret, context, done);
          });
    SecretMemory::wipe(secret);
    if (!r.ok || r.storage != SecretStore::Storage::Keychain) {
        *error = CliText::tr("the system keychain cannot keep the OAuth client secret (%1)").arg(r.error);
        return ExitCode::Config;
    }
    return ExitCode::Ok;
}

QString signInHint(const Account &account)
{
    return CliText::tr("Sign in again with: epistle accounts login \"%1\"").arg(account.name);
}

int accessToken(const Account &account, bool forceRefresh, QString *token, QString *error)
{
    SecretStore secrets;
    secrets.setTimeout(KeychainTimeoutMs);
    OAuthCredentials credentials(&secrets);
    const OAuthCredentials::Token t = Cli::waitFor<OAuthCredentials::Token>(
        [&](QObject *context, std::function<void(const OAuthCredentials::Token &)> done) {
            credentials.accessToken(account, forceRefresh, context, done);
        });
    if (t.ok) {
        *token = t.accessToken;
        return ExitCode::Ok;
    }
    if (t.signInNeeded) {
        *error = t.message + QLatin1Char(' ') + signInHint(account);
        return ExitCode::NoPerm;
    }
    *error = t.message;
    return t.temporary ? ExitCode::TempFail : ExitCode::Config;
}

OutboxSender::Resolver refusedTokenResolver(const OutboxSender::Resolver &resolver)
{
    auto secrets = std::make_shared<SecretStore>();
    secrets->setTimeout(KeychainTimeoutMs);
    auto credentials = std::make_shared<OAuthCredentials>(secrets.get());
    return [resolver, secrets, credentials](
               const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
        AccountStore store;
        store.load();
        // The outbox keeps the account's id (or, from older versions, its name).
        const Account account = store.account(item.account).id.isEmpty() ? store.accountByName(item.account)
                                                                         : store.account(item.account);
        if (!account.usesOAuthSignIn()) {
            ready({}, {});
            return;
        }
        credentials->accessToken(
            account, true, nullptr, [account, item, resolver, ready](const OAuthCredentials::Token &t) {
                if (!t.ok) {
                    ready(
                        {}, t.signInNeeded ? t.message + QLatin1Char(' ') + signInHint(account) : t.message);
                    return;
                }
                resolver(item,
                    [ready, token = t.accessToken](
                        const SmtpConnectionSettings &settings, const QString &error) {
                        SmtpConnectionSettings fresh = settings;
                        fresh.credentials.oauthToken = token;
                        ready(error.isEmpty() ? fresh : settings, error);
                    });
            });
    };
}

QString describeSignIn(const Account &account, QString *code)
{
    SecretStore secrets;
    secrets.setTimeout(5000); // only to say how things stand
    OAuthCredentials credentials(&secrets);
    struct Answer
    {
        OAuthCredentials::State state = OAuthCredentials::State::Unknown;
        OAuthGrant grant;
        QString error;
    };
    const Answer a = Cli::waitFor<Answer>([&](QObject *context, std::function<void(const Answer &)> done) {
        credentials.state(account, context,
            [done](OAuthCredentials::State state, const OAuthGrant &grant, const QString &error) {
                done({ state, grant, error });
            });
    });
    const QString login = QStringLiteral("epistle accounts login \"%1\"").arg(account.name);
    switch (a.state) {
    case OAuthCredentials::State::SignedIn:
        *code = QStringLiteral("signed-in");
        return CliText::tr("signed in with %1 as %2 (since %3)")
            .arg(account.oauthProvider, a.grant.signedInAs,
                a.grant.signedInAt.toLocalTime().toString(Qt::ISODate));
    case OAuthCredentials::State::Expired:
        *code = QStringLiteral("expired");
        return CliText::tr("sign-in expired: %1 Sign in again with: %2").arg(a.grant.endedBecause, login);
    case OAuthCredentials::State::SignedOut:
        *code = QStringLiteral("signed-out");
        return CliText::tr("not signed in to %1 yet (%2)").arg(account.oauthProvider, login);
    case OAuthCredentials::State::Unknown:
        break;
    }
    *code = QStringLiteral("unknown");
    return CliText::tr("unknown: the system keychain is not available (%1)").arg(a.error);
}

namespace {

int exitFor(const OAuthSignIn::Result &r)
{
    switch (r.outcome) {
    case OAuthSignIn::Outcome::SignedIn:
        return ExitCode::Ok;
    case OAuthSignIn::Outcome::Refused:
        return ExitCode::NoPerm;
    case OAuthSignIn::Outcome::TimedOut:
    case OAuthSignIn::Outcome::Cancelled:
        return ExitCode::TempFail;
    case OAuthSignIn::Outcome::Failed:
        return r.temporary ? ExitCode::TempFail : ExitCode::Protocol;
    }
    return ExitCode::Software;
}

void openBrowser(const QUrl &url)
{
    // The desktop's browser; xdg-open returns at once. Failing to start it is no failure: the address is
    // printed above for the person to open.
    if (!QProcess::startDetached(QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) })) {
        Cli::err(QStringLiteral("epistle: ")
            + CliText::tr("no browser could be started (xdg-open); open the address yourself"));
    }
}

} // namespace

int login(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(loginOptions());
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The account."));
    if (!parser.parse(QStringList { QStringLiteral("epistle accounts login") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return Cli::usageError(CliText::tr("accounts login takes one account name"));
    }
    int timeoutSeconds = DefaultLoginTimeoutSeconds;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds <= 0 || timeoutSeconds > 3600) {
            return Cli::usageError(CliText::tr("--timeout takes seconds, from 1 to 3600"));
        }
    }
    quint16 port = 0;
    if (parser.isSet(QStringLiteral("redirect-port"))) {
        bool ok = false;
        const uint p = parser.value(QStringLiteral("redirect-port")).toUInt(&ok);
        if (!ok || p == 0 || p > 65535) {
            return Cli::usageError(CliText::tr("--redirect-port takes a port number"));
        }
        port = quint16(p);
    }
    AccountStore store;
    if (!store.load()) {
        return Cli::fail(ExitCode::Config, store.errorString());
    }
    const QString name = parser.positionalArguments().first();
    const Account account = store.accountByName(name);
    if (account.id.isEmpty()) {
        return Cli::fail(ExitCode::Config, CliText::tr("unknown account \"%1\"").arg(name));
    }
    if (!account.usesOAuthSignIn()) {
        return Cli::usageError(CliText::tr("account \"%1\" does not sign in with OAuth; set it up with "
                                           "epistle accounts edit \"%1\" --auth xoauth2 --oauth "
                                           "google|microsoft|custom")
                                   .arg(account.name));
    }

    SecretStore secrets;
    secrets.setTimeout(KeychainTimeoutMs);
    OAuthCredentials credentials(&secrets);
    struct ProviderAnswer
    {
        bool ok = false;
        OAuthProvider provider;
        QString error;
    };
    const ProviderAnswer answer = Cli::waitFor<ProviderAnswer>(
        [&](QObject *context, std::function<void(const ProviderAnswer &)> done) {
            credentials.provider(
                account, context, [done](bool ok, const OAuthProvider &p, const QString &error) {
                    done({ ok, p, error });
                });
        });
    if (!answer.ok) {
        return Cli::fail(ExitCode::Config, answer.error);
    }

    OAuthSignIn signIn(answer.provider);
    signIn.setLoginHint(account.loginUser());
    signIn.setTimeout(timeoutSeconds * 1000);
    signIn.setRedirectPort(port);
    QString error;
    if (!signIn.start(&error)) {
        return Cli::fail(ExitCode::TempFail, error);
    }
    Cli::err(CliText::tr("Open this address in a browser to sign in: %1")
                 .arg(signIn.authorizationUrl().toString(QUrl::FullyEncoded)));
    if (!parser.isSet(QStringLiteral("no-browser"))) {
        openBrowser(signIn.authorizationUrl());
    }
    OAuthSignIn::Result result;
    {
        QEventLoop loop;
        QObject::connect(&signIn, &OAuthSignIn::finished, &loop, [&](const OAuthSignIn::Result &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
    }
    if (result.outcome != OAuthSignIn::Outcome::SignedIn) {
        return Cli::fail(exitFor(result), result.message);
    }
    const SecretStore::Result kept = Cli::waitFor<SecretStore::Result>(
        [&](QObject *context, std::function<void(const SecretStore::Result &)> done) {
            credentials.store(account, result.tokens, context, done);
        });
    if (!kept.ok || kept.storage != SecretStore::Storage::Keychain) {
        // A refresh token kept in this process's memory would be gone when it ends, unsaid.
        return Cli::fail(ExitCode::Config,
            CliText::tr("signed in, but the system keychain cannot keep the sign-in (%1); nothing was saved")
                .arg(kept.error));
    }
    if (result.tokens.refreshToken.isEmpty()) {
        Cli::err(QStringLiteral("epistle: warning: ")
            + CliText::tr("%1 gave no refresh token: this sign-in lasts until the access "
                          "token expires")
                  .arg(answer.provider.displayName));
    }
    Cli::out(CliText::tr("Signed in as %1").arg(account.loginUser()));
    return ExitCode::Ok;
}

} // namespace OAuthCli
