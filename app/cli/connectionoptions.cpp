#include "connectionoptions.h"

#include "cliutil.h"
#include "oauthcli.h"

#include "accounts/accountstore.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

void ConnectionOptions::add(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("account"), QStringLiteral("Use the saved account NAME."), QStringLiteral("NAME") },
        { QStringLiteral("server"), QStringLiteral("The SMTP server, HOST[:PORT]."),
            QStringLiteral("HOST[:PORT]") },
        { QStringLiteral("security"),
            QStringLiteral("tls (implicit, port 465), starttls (required, port 587) or none."),
            QStringLiteral("MODE") },
        { QStringLiteral("user"), QStringLiteral("Log in as USER."), QStringLiteral("USER") },
        { QStringLiteral("password-env"),
            QStringLiteral("Read the password (or OAuth token) from environment variable VAR."),
            QStringLiteral("VAR") },
        { QStringLiteral("password-file"),
            QStringLiteral("Read the password (or OAuth token) from the first line of FILE."),
            QStringLiteral("FILE") },
        { QStringLiteral("auth"),
            QStringLiteral("auto, none, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, "
                           "gssapi, xoauth2 or "
                           "oauthbearer."),
            QStringLiteral("MECH") },
        { QStringLiteral("ca-file"), QStringLiteral("Also trust the CA certificates in PEM file FILE."),
            QStringLiteral("FILE") },
        { QStringLiteral("fingerprint"),
            QStringLiteral(
                "Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional)."),
            QStringLiteral("SHA256") },
        { QStringLiteral("helo"),
            QStringLiteral("The name to give in EHLO (default: this machine's address literal)."),
            QStringLiteral("NAME") },
        { QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each step (default: RFC 5321's)."),
            QStringLiteral("SECONDS") },
    });
}

bool ConnectionOptions::splitHostPort(const QString &text, QString *host, quint16 *port)
{
    *port = 0;
    QString rest = text.trimmed();
    if (rest.isEmpty()) {
        return false;
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return false;
        }
        *host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':'))) {
                return false;
            }
            portText = after.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        *host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        *host = rest; // a bare IPv6 address, or a plain name
    }
    if (host->isEmpty()) {
        return false;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535) {
            return false;
        }
        *port = quint16(p);
    }
    return true;
}

static bool readSecret(const QCommandLineParser &parser, QString *secret, QString *error)
{
    if (parser.isSet(QStringLiteral("password-env"))) {
        const QString var = parser.value(QStringLiteral("password-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            *error = QStringLiteral("--password-env: the environment variable %1 is not set").arg(var);
            return false;
        }
        *secret = qEnvironmentVariable(var.toLocal8Bit().constData());
        return true;
    }
    if (parser.isSet(QStringLiteral("password-file"))) {
        QByteArray data;
        if (!Cli::readFile(parser.value(QStringLiteral("password-file")), &data, error)) {
            *error = QStringLiteral("--password-file: ") + *error;
            return false;
        }
        const qsizetype nl = data.indexOf('\n');
        if (nl >= 0) {
            data.truncate(nl);
        }
        if (data.endsWith('\r')) {
            data.chop(1);
        }
        *secret = QString::fromUtf8(data);
        return true;
    }
    return true;
}

bool ConnectionOptions::secretFromOptions(const QCommandLineParser &parser, QString *secret, QString *error)
{
    return readSecret(parser, secret, error);
}

SecretStore::Result ConnectionOptions::waitForSecret(
    const std::function<void(QObject *context, SecretStore::Callback done)> &start)
{
    return Cli::waitFor<SecretStore::Result>(start);
}

int ConnectionOptions::applyToAccount(const QCommandLineParser &parser, Account *account, QString *error)
{
    Account &a = *account;
    if (parser.isSet(QStringLiteral("server"))) {
        QString host;
        quint16 port = 0;
        if (!splitHostPort(parser.value(QStringLiteral("server")), &host, &port)) {
            *error = QStringLiteral("--server: \"%1\" is not HOST[:PORT]")
                         .arg(parser.value(QStringLiteral("server")));
            return ExitCode::Usage;
        }
        a.host = host;
        if (port) {
            a.port = port;
        }
        if (!parser.isSet(QStringLiteral("security")) && port) {
            // As for --server alone: port 465 is implicit TLS (RFC 8314); any other port starts with
            // STARTTLS.
            a.security = port == 465 ? Smtp::Security::Tls : Smtp::Security::StartTls;
        }
    }
    if (parser.isSet(QStringLiteral("security"))) {
        if (!Smtp::securityFromName(parser.value(QStringLiteral("security")), &a.security)) {
            *error = QStringLiteral("--security takes tls, starttls or none");
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(QStringLiteral("user"))) {
        a.user = parser.value(QStringLiteral("user"));
    }
    if (parser.isSet(QStringLiteral("auth"))) {
        const QString auth = parser.value(QStringLiteral("auth")).trimmed();
        if (auth.isEmpty() || auth.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("--auth needs a mechanism name");
            return ExitCode::Usage;
        }
        const QString lower = auth.toLower();
        a.authMechanism = lower == QLatin1String("auto") || lower == QLatin1String("none")
            ? lower.toLatin1()
            : auth.toUpper().toLatin1();
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = QFileInfo(parser.value(QStringLiteral("ca-file"))).absoluteFilePath();
        if (!QFile::exists(path)) {
            *error = QStringLiteral("--ca-file: %1 does not exist").arg(path);
            return ExitCode::Config;
        }
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
            *error = QStringLiteral("--ca-file: %1 holds no PEM certificate").arg(path);
            return ExitCode::Config;
        }
        a.caFile = path;
    }
    if (parser.isSet(QStringLiteral("fingerprint"))) {
        QByteArray digest;
        if (!Account::parseFingerprint(parser.value(QStringLiteral("fingerprint")), &digest)) {
            *error = QStringLiteral("--fingerprint takes a SHA-256 digest: 64 hex digits");
            return ExitCode::Usage;
        }
        a.pinnedSha256 = { digest };
    }
    if (parser.isSet(QStringLiteral("helo"))) {
        a.heloName = parser.value(QStringLiteral("helo"));
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = QStringLiteral("--timeout takes seconds, more than 0 and at most 3600");
            return ExitCode::Usage;
        }
        a.timeoutSeconds = qMax(1, int(seconds + 0.5));
    }
    return ExitCode::Ok;
}

// How long the command line waits for the keychain: D-Bus's own default call timeout, long enough for an
// unlock prompt on the desktop, short enough that a hung keyring daemon does not hang a script.
constexpr int CliKeychainTimeoutMs = 25000;

// --account: the saved profile, its secret from the keychain, the command line's overrides.
static int resolveAccount(const QCommandLineParser &parser, const QString &wanted, bool explicitAccount,
    SmtpConnectionSettings *settings, QString *error, QString *accountFrom, QString *accountName,
    Account *accountOut)
{
    AccountStore store;
    if (!store.load()) {
        *error = QStringLiteral("the accounts cannot be read: %1").arg(store.errorString());
        return ExitCode::Config;
    }
    Account account = store.account(wanted); // an id (what the outbox may keep) ...
    if (account.id.isEmpty()) {
        account = store.accountByName(wanted); // ... or, usually, a name
    }
    if (account.id.isEmpty()) {
        if (!explicitAccount) {
            return -1; // no default account: not an account run after all
        }
        QString names;
        for (const Account &a : store.accounts()) {
            names += (names.isEmpty() ? QString() : QStringLiteral(", ")) + a.name;
        }
        *error = store.isEmpty()
            ? QStringLiteral("unknown account \"%1\": no account is saved (epistle accounts add)").arg(wanted)
            : QStringLiteral("unknown account \"%1\"; the accounts are: %2").arg(wanted, names);
        for (const QString &problem : store.problemMessages()) {
            *error += QStringLiteral("\n  ") + problem;
        }
        return ExitCode::Config;
    }
    if (const int rc = ConnectionOptions::applyToAccount(parser, &account, error); rc != ExitCode::Ok) {
        return rc;
    }

    SmtpCredentials credentials;
    QString secret;
    if (!ConnectionOptions::secretFromOptions(parser, &secret, error)) {
        return ExitCode::Config;
    }
    if (secret.isEmpty() && account.usesOAuthSignIn()) {
        // A signed-in account: the access token from its sign-in, refreshed when it is about to expire.
        if (const int rc = OAuthCli::accessToken(account, false, &secret, error); rc != ExitCode::Ok) {
            return rc;
        }
    } else if (secret.isEmpty() && account.needsSecret()) {
        SecretStore secrets;
        secrets.setTimeout(CliKeychainTimeoutMs);
        const SecretStore::Kind kind
            = account.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
        const SecretStore::Result r
            = ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
                  secrets.read(account.id, kind, context, done);
              });
        if (r.ok) {
            secret = r.secret;
        } else {
            const QString what = kind == SecretStore::Kind::OAuthToken ? QStringLiteral("OAuth token")
                                                                       : QStringLiteral("password");
            secret = Cli::promptSecret(
                QStringLiteral("%1 for %2 (account %3): ")
                    .arg(what == QLatin1String("password") ? QStringLiteral("Password")
                                                           : QStringLiteral("OAuth token"),
                        account.loginUser(), account.name));
            if (secret.isEmpty()) {
                *error = r.error.isEmpty()
                    ? QStringLiteral(
                        "no %1 is saved for account \"%2\", and there is no terminal to ask for one: "
                        "save it with epistle accounts edit \"%2\" --password-env VAR, or give "
                        "--password-env VAR / --password-file FILE")
                          .arg(what, account.name)
                    : QStringLiteral(
                        "the %1 of account \"%2\" cannot be read because the system keychain is not "
                        "available (%3), and there is no terminal to ask for it: give --password-env "
                        "VAR or --password-file FILE")
                          .arg(what, account.name, r.error);
                return ExitCode::Config;
            }
        }
    }
    if (account.usesOAuthToken()) {
        credentials.oauthToken = secret;
    } else {
        credentials.password = secret;
    }
    QString caError;
    *settings = account.toConnectionSettings(credentials, &caError);
    if (!caError.isEmpty()) {
        *error = QStringLiteral("account \"%1\": %2").arg(account.name, caError);
        return ExitCode::Config;
    }
    if (accountFrom) {
        *accountFrom = account.address;
    }
    if (accountName) {
        *accountName = account.name;
    }
    if (accountOut) {
        *accountOut = account;
    }
    return ExitCode::Ok;
}

int ConnectionOptions::resolve(const QCommandLineParser &parser, SmtpConnectionSettings *settings,
    QString *error, QString *accountFrom, QString *accountName, Account *account)
{
    SmtpConnectionSettings &s = *settings;
    if (parser.isSet(QStringLiteral("account"))) {
        return resolveAccount(parser, parser.value(QStringLiteral("account")), true, settings, error,
            accountFrom, accountName, account);
    }
    if (!parser.isSet(QStringLiteral("server"))) {
        // Neither --server nor --account: the default account, when there is one (as msmtp's "account
        // default").
        AccountStore store;
        if (store.load() && !store.defaultAccount().id.isEmpty()) {
            return resolveAccount(
                parser, store.defaultAccount().id, false, settings, error, accountFrom, accountName, account);
        }
    }
    if (!parser.isSet(QStringLiteral("server"))) {
        *error = QStringLiteral(
            "say which server: --server HOST[:PORT] --security tls|starttls|none, or --account NAME");
        return ExitCode::Usage;
    }
    if (!splitHostPort(parser.value(QStringLiteral("server")), &s.host, &s.port)) {
        *error = QStringLiteral("--server: \"%1\" is not HOST[:PORT]")
                     .arg(parser.value(QStringLiteral("server")));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("security"))) {
        if (!Smtp::securityFromName(parser.value(QStringLiteral("security")), &s.security)) {
            *error = QStringLiteral("--security takes tls, starttls or none");
            return ExitCode::Usage;
        }
    } else {
        // Port 465 is implicit TLS by definition (RFC 8314); anything else starts with a required STARTTLS.
        s.security = s.port == 465 ? Smtp::Security::Tls : Smtp::Security::StartTls;
    }

    if (parser.isSet(QStringLiteral("auth"))) {
        const QString auth = parser.value(QStringLiteral("auth")).trimmed();
        if (auth.isEmpty()) {
            *error = QStringLiteral("--auth needs a mechanism name");
            return ExitCode::Usage;
        }
        s.authMechanism = auth.toUpper().toLatin1();
    }
    QString secret;
    if (!readSecret(parser, &secret, error)) {
        return ExitCode::Config;
    }
    const bool tokenAuth = s.authMechanism == "XOAUTH2" || s.authMechanism == "OAUTHBEARER";
    if (parser.isSet(QStringLiteral("user"))) {
        s.credentials.user = parser.value(QStringLiteral("user"));
        if (secret.isEmpty() && s.authMechanism != "NONE" && s.authMechanism != "GSSAPI") {
            secret = Cli::promptSecret(
                QStringLiteral("Password for %1 at %2: ").arg(s.credentials.user, s.host));
            if (secret.isEmpty()) {
                *error
                    = QStringLiteral("--user needs a password: --password-env VAR or --password-file FILE");
                return ExitCode::Usage;
            }
        }
    } else if (!secret.isEmpty()) {
        *error = QStringLiteral("a password was given without --user");
        return ExitCode::Usage;
    }
    if (tokenAuth) {
        s.credentials.oauthToken = secret;
    } else {
        s.credentials.password = secret;
    }

    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        if (!QFile::exists(path)) {
            *error = QStringLiteral("--ca-file: %1 does not exist").arg(path);
            return ExitCode::Config;
        }
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(path, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = QStringLiteral("--ca-file: %1 holds no PEM certificate").arg(path);
            return ExitCode::Config;
        }
        s.tls.caCertificates = cas;
    }
    if (parser.isSet(QStringLiteral("fingerprint"))) {
        QByteArray hex = parser.value(QStringLiteral("fingerprint")).toLatin1();
        hex.replace(":", "").replace(" ", "");
        const QByteArray raw = QByteArray::fromHex(hex);
        if (raw.size() != 32 || raw.toHex() != hex.toLower()) {
            *error = QStringLiteral("--fingerprint takes a SHA-256 digest: 64 hex digits");
            return ExitCode::Usage;
        }
        s.tls.pinnedSha256 = { raw };
    }
    if (parser.isSet(QStringLiteral("helo"))) {
        s.heloName = parser.value(QStringLiteral("helo"));
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = QStringLiteral("--timeout takes seconds, more than 0 and at most 3600");
            return ExitCode::Usage;
        }
        s.timeouts = SmtpTimeouts::uniform(int(seconds * 1000));
    }
    return ExitCode::Ok;
}
