#include "connectionoptions.h"

#include "tlstrust.h"

#include "cliutil.h"
#include "oauthcli.h"

#include "accounts/accountstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

QList<QCommandLineOption> ConnectionOptions::options()
{
    return {
        { QStringLiteral("account"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "Use the saved account NAME.")),
            QStringLiteral("NAME") },
        { QStringLiteral("server"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "The SMTP server, HOST[:PORT].")),
            QStringLiteral("HOST[:PORT]") },
        { QStringLiteral("security"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "tls (implicit, port 465), starttls (required, port 587) or none.")),
            QStringLiteral("MODE") },
        { QStringLiteral("user"), CliText::option(QT_TRANSLATE_NOOP("CliOption", "Log in as USER.")),
            QStringLiteral("USER") },
        { QStringLiteral("password-env"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "Read the password (or OAuth token) from environment variable VAR.")),
            QStringLiteral("VAR") },
        { QStringLiteral("password-file"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "Read the password (or OAuth token) from the first line of FILE: a file only you "
                "can read (chmod 600), or a pipe such as <(pass show mail).")),
            QStringLiteral("FILE") },
        { QStringLiteral("auth"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "auto, none, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, "
                "ntlm (over TLS only), gssapi, xoauth2 or oauthbearer.")),
            QStringLiteral("MECH") },
        { QStringLiteral("ca-file"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Also trust the CA certificates in PEM file FILE.")),
            QStringLiteral("FILE") },
        { QStringLiteral("fingerprint"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons "
                "optional).")),
            QStringLiteral("SHA256") },
        { QStringLiteral("helo"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "The name to give in EHLO (default: this machine's address literal).")),
            QStringLiteral("NAME") },
        { QStringLiteral("timeout"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Seconds to wait for each step (default: RFC 5321's).")),
            QStringLiteral("SECONDS") },
    };
}

void ConnectionOptions::add(QCommandLineParser &parser)
{
    parser.addOptions(options());
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

namespace {

// The option parsers --server runs and accounts add/edit share: each reads one option the same way for both.

int parseServer(const QCommandLineParser &parser, QString *host, quint16 *port, QString *error)
{
    if (!ConnectionOptions::splitHostPort(parser.value(QStringLiteral("server")), host, port)) {
        *error
            = CliText::tr("--server: \"%1\" is not HOST[:PORT]").arg(parser.value(QStringLiteral("server")));
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}

// Without --security: port 465 is implicit TLS by definition (RFC 8314); any other port starts with a
// required STARTTLS.
Smtp::Security securityForPort(quint16 port)
{
    return port == 465 ? Smtp::Security::Tls : Smtp::Security::StartTls;
}

int parseSecurity(const QCommandLineParser &parser, Smtp::Security *security, QString *error)
{
    if (!Smtp::securityFromName(parser.value(QStringLiteral("security")), security)) {
        *error = CliText::tr("--security takes tls, starttls or none");
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}

// "auto" and "none" in lower case, a mechanism name in upper case (as the accounts file keeps them).
int parseAuth(const QCommandLineParser &parser, QByteArray *mechanism, QString *error)
{
    const QString auth = parser.value(QStringLiteral("auth")).trimmed();
    if (auth.isEmpty() || auth.contains(QLatin1Char(' '))) {
        *error = CliText::tr("--auth needs a mechanism name");
        return ExitCode::Usage;
    }
    const QString lower = auth.toLower();
    *mechanism = lower == QLatin1String("auto") || lower == QLatin1String("none") ? lower.toLatin1()
                                                                                  : auth.toUpper().toLatin1();
    return ExitCode::Ok;
}

int parseCaFile(
    const QCommandLineParser &parser, QString *path, QList<QSslCertificate> *certificates, QString *error)
{
    *path = QFileInfo(parser.value(QStringLiteral("ca-file"))).absoluteFilePath();
    QString problem;
    *certificates = TlsTrust::readCaFile(*path, &problem);
    if (certificates->isEmpty()) {
        *error = QStringLiteral("--ca-file: %1").arg(problem);
        return ExitCode::Config;
    }
    return ExitCode::Ok;
}

int parseFingerprint(const QCommandLineParser &parser, QByteArray *digest, QString *error)
{
    if (!Account::parseFingerprint(parser.value(QStringLiteral("fingerprint")), digest)) {
        *error = CliText::tr("--fingerprint takes a SHA-256 digest: 64 hex digits");
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}

int parseTimeout(const QCommandLineParser &parser, double *seconds, QString *error)
{
    bool ok = false;
    *seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || *seconds <= 0 || *seconds > 3600) {
        *error = CliText::tr("--timeout takes seconds, more than 0 and at most 3600");
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}

bool readSecret(const QCommandLineParser &parser, QString *secret, QString *error)
{
    if (parser.isSet(QStringLiteral("password-env"))) {
        const QString var = parser.value(QStringLiteral("password-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            *error = CliText::tr("--password-env: the environment variable %1 is not set").arg(var);
            return false;
        }
        *secret = qEnvironmentVariable(var.toLocal8Bit().constData());
        return true;
    }
    if (parser.isSet(QStringLiteral("password-file"))) {
        if (!Cli::readSecretFile(parser.value(QStringLiteral("password-file")), secret, error)) {
            *error = QStringLiteral("--password-file: ") + *error;
            return false;
        }
        return true;
    }
    return true;
}

} // namespace

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
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    int rc = ExitCode::Ok;
    if (isSet("server")) {
        quint16 port = 0;
        if ((rc = parseServer(parser, &a.host, &port, error)) != ExitCode::Ok) {
            return rc;
        }
        if (port) {
            a.port = port;
            if (!isSet("security")) {
                a.security = securityForPort(port);
            }
        }
    }
    if (isSet("security") && (rc = parseSecurity(parser, &a.security, error)) != ExitCode::Ok) {
        return rc;
    }
    if (isSet("user")) {
        a.user = parser.value(QStringLiteral("user"));
    }
    if (isSet("auth") && (rc = parseAuth(parser, &a.authMechanism, error)) != ExitCode::Ok) {
        return rc;
    }
    if (isSet("ca-file")) {
        QList<QSslCertificate> unused;
        if ((rc = parseCaFile(parser, &a.caFile, &unused, error)) != ExitCode::Ok) {
            return rc;
        }
    }
    if (isSet("fingerprint")) {
        QByteArray digest;
        if ((rc = parseFingerprint(parser, &digest, error)) != ExitCode::Ok) {
            return rc;
        }
        a.pinnedSha256 = { digest };
    }
    if (isSet("helo")) {
        a.heloName = parser.value(QStringLiteral("helo"));
    }
    if (isSet("timeout")) {
        double seconds = 0;
        if ((rc = parseTimeout(parser, &seconds, error)) != ExitCode::Ok) {
            return rc;
        }
        a.timeoutSeconds = qMax(1, int(seconds + 0.5));
    }
    return ExitCode::Ok;
}

namespace {

// The password or token of a saved account: from --password-env/--password-file, else the keychain, else
// asked on the terminal. Config (with 'error') when none can be had.
int accountSecret(const QCommandLineParser &parser, const Account &account, QString *secret, QString *error)
{
    if (!ConnectionOptions::secretFromOptions(parser, secret, error)) {
        return ExitCode::Config;
    }
    if (!secret->isEmpty() || !account.needsSecret()) {
        return ExitCode::Ok;
    }
    if (account.usesOAuthSignIn()) {
        // A signed-in account: the access token from its sign-in, refreshed when it is about to expire.
        return OAuthCli::accessToken(account, false, secret, error);
    }
    SecretStore secrets;
    secrets.setTimeout(ConnectionOptions::KeychainTimeoutMs);
    const bool token = account.usesOAuthToken();
    const SecretStore::Kind kind = token ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    const SecretStore::Result r = ConnectionOptions::waitForSecret(
        [&](QObject *context, SecretStore::Callback done) { secrets.read(account.id, kind, context, done); });
    if (r.ok) {
        *secret = r.secret;
        return ExitCode::Ok;
    }
    *secret = Cli::promptSecret((token ? CliText::tr("OAuth token for %1 (account %2): ")
                                       : CliText::tr("Password for %1 (account %2): "))
                                    .arg(account.loginUser(), account.name));
    if (!secret->isEmpty()) {
        return ExitCode::Ok;
    }
    const QString what = token ? CliText::tr("OAuth token") : CliText::tr("password");
    *error = r.error.isEmpty()
        ? CliText::tr("no %1 is saved for account \"%2\", and there is no terminal to ask for one: "
                      "save it with epistle accounts edit \"%2\" --password-env VAR, or give "
                      "--password-env VAR / --password-file FILE")
              .arg(what, account.name)
        : CliText::tr("the %1 of account \"%2\" cannot be read because the system keychain is not "
                      "available (%3), and there is no terminal to ask for it: give --password-env "
                      "VAR or --password-file FILE")
              .arg(what, account.name, r.error);
    return ExitCode::Config;
}

// The saved account named (or with the id) 'wanted'; Config with the names there are when there is none.
int findAccount(const QString &wanted, Account *account, QString *error)
{
    AccountStore store;
    if (!store.load()) {
        *error = CliText::tr("the accounts cannot be read: %1").arg(store.errorString());
        return ExitCode::Config;
    }
    *account = store.account(wanted); // an id (what the outbox may keep) ...
    if (account->id.isEmpty()) {
        *account = store.accountByName(wanted); // ... or, usually, a name
    }
    if (!account->id.isEmpty()) {
        return ExitCode::Ok;
    }
    QString names;
    for (const Account &a : store.accounts()) {
        names += (names.isEmpty() ? QString() : QStringLiteral(", ")) + a.name;
    }
    *error = store.isEmpty()
        ? CliText::tr("unknown account \"%1\": no account is saved (epistle accounts add)").arg(wanted)
        : CliText::tr("unknown account \"%1\"; the accounts are: %2").arg(wanted, names);
    for (const QString &problem : store.problemMessages()) {
        *error += QStringLiteral("\n  ") + problem;
    }
    return ExitCode::Config;
}

// --account: the saved profile, its secret, the command line's overrides.
int resolveAccount(const QCommandLineParser &parser, const QString &wanted, SmtpConnectionSettings *settings,
    QString *error, QString *accountFrom, QString *accountName, Account *accountOut)
{
    Account account;
    if (const int rc = findAccount(wanted, &account, error); rc != ExitCode::Ok) {
        return rc;
    }
    if (const int rc = ConnectionOptions::applyToAccount(parser, &account, error); rc != ExitCode::Ok) {
        return rc;
    }
    QString secret;
    if (const int rc = accountSecret(parser, account, &secret, error); rc != ExitCode::Ok) {
        return rc;
    }
    SmtpCredentials credentials;
    (account.usesOAuthToken() ? credentials.oauthToken : credentials.password) = secret;
    QString caError;
    *settings = account.toConnectionSettings(credentials, &caError);
    if (!caError.isEmpty()) {
        *error = CliText::tr("account \"%1\": %2").arg(account.name, caError);
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

} // namespace

namespace {

// --server and the options beside it, without an account: everything but the credentials.
int resolveServerOptions(const QCommandLineParser &parser, SmtpConnectionSettings *settings, QString *error)
{
    SmtpConnectionSettings &s = *settings;
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    int rc = parseServer(parser, &s.host, &s.port, error);
    if (rc != ExitCode::Ok) {
        return rc;
    }
    s.security = securityForPort(s.port);
    if (isSet("security") && (rc = parseSecurity(parser, &s.security, error)) != ExitCode::Ok) {
        return rc;
    }
    if (isSet("auth") && (rc = parseAuth(parser, &s.authMechanism, error)) != ExitCode::Ok) {
        return rc;
    }
    if (isSet("ca-file")) {
        QString path;
        if ((rc = parseCaFile(parser, &path, &s.tls.caCertificates, error)) != ExitCode::Ok) {
            return rc;
        }
    }
    if (isSet("fingerprint")) {
        QByteArray digest;
        if ((rc = parseFingerprint(parser, &digest, error)) != ExitCode::Ok) {
            return rc;
        }
        s.tls.pinnedSha256 = { digest };
    }
    if (isSet("helo")) {
        s.heloName = parser.value(QStringLiteral("helo"));
    }
    if (isSet("timeout")) {
        double seconds = 0;
        if ((rc = parseTimeout(parser, &seconds, error)) != ExitCode::Ok) {
            return rc;
        }
        s.timeouts = SmtpTimeouts::uniform(int(seconds * 1000));
    }
    return ExitCode::Ok;
}

// --user and its password (or token), asked on the terminal when no option gives it.
int resolveCredentials(const QCommandLineParser &parser, SmtpConnectionSettings *settings, QString *error)
{
    SmtpConnectionSettings &s = *settings;
    QString secret;
    if (!readSecret(parser, &secret, error)) {
        return ExitCode::Config;
    }
    const QByteArray mechanism = s.authMechanism.toUpper();
    if (parser.isSet(QStringLiteral("user"))) {
        s.credentials.user = parser.value(QStringLiteral("user"));
        if (secret.isEmpty() && mechanism != "NONE" && mechanism != "GSSAPI") {
            secret
                = Cli::promptSecret(CliText::tr("Password for %1 at %2: ").arg(s.credentials.user, s.host));
            if (secret.isEmpty()) {
                *error = CliText::tr("--user needs a password: --password-env VAR or --password-file FILE");
                return ExitCode::Usage;
            }
        }
    } else if (!secret.isEmpty()) {
        *error = CliText::tr("a password was given without --user");
        return ExitCode::Usage;
    }
    const bool tokenAuth = mechanism == "XOAUTH2" || mechanism == "OAUTHBEARER";
    (tokenAuth ? s.credentials.oauthToken : s.credentials.password) = secret;
    return ExitCode::Ok;
}

} // namespace

int ConnectionOptions::resolve(const QCommandLineParser &parser, SmtpConnectionSettings *settings,
    QString *error, QString *accountFrom, QString *accountName, Account *account)
{
    if (parser.isSet(QStringLiteral("account"))) {
        return resolveAccount(parser, parser.value(QStringLiteral("account")), settings, error, accountFrom,
            accountName, account);
    }
    if (!parser.isSet(QStringLiteral("server"))) {
        // Neither --server nor --account: the default account, when there is one (as msmtp's "account
        // default").
        AccountStore store;
        if (store.load() && !store.defaultAccount().id.isEmpty()) {
            return resolveAccount(
                parser, store.defaultAccount().id, settings, error, accountFrom, accountName, account);
        }
        *error = QStringLiteral(
            "say which server: --server HOST[:PORT] --security tls|starttls|none, or --account NAME");
        return ExitCode::Usage;
    }
    if (const int rc = resolveServerOptions(parser, settings, error); rc != ExitCode::Ok) {
        return rc;
    }
    return resolveCredentials(parser, settings, error);
}
