// `epistle accounts`: list, show, add, edit, rename, remove, default, discover.
#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "imapcli.h"
#include "oauthcli.h"
#include "report.h"
#include "storecli.h"

#include "accounts/accountfile.h"
#include "accounts/accountstore.h"
#include "accounts/secretmemory.h"
#include "accounts/secretstore.h"
#include "accounts/settingsdiscovery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

int storeError(const AccountStore &store)
{
    return Cli::fail(store.isReadOnly() ? ExitCode::Config : ExitCode::CantCreate, store.errorString());
}

// Problems in the accounts file go to stderr with every command: the person must learn that an account
// could not be read, and where.
bool loadStore(AccountStore *store)
{
    const bool ok = store->load();
    for (const QString &problem : store->problemMessages()) {
        Cli::err(CliText::tr("epistle: warning: ") + problem);
    }
    return ok;
}

int unknownAccount(const AccountStore &store, const QString &name)
{
    QStringList names;
    for (const Account &a : store.accounts()) {
        names << a.name;
    }
    return Cli::fail(ExitCode::Config,
        names.isEmpty() ? CliText::tr("unknown account \"%1\": no account is saved").arg(name)
                        : CliText::tr("unknown account \"%1\"; the accounts are: %2")
                              .arg(name, names.join(QStringLiteral(", "))));
}

// Loads the store and finds the account named 'name' in it; an exit code (the error printed) when either
// fails.
int loadAccount(AccountStore *store, const QString &name, Account *account)
{
    if (!loadStore(store)) {
        return Cli::fail(ExitCode::Config, store->errorString());
    }
    *account = store->accountByName(name);
    return account->id.isEmpty() ? unknownAccount(*store, name) : ExitCode::Ok;
}

QString serverText(const Account &a)
{
    return QStringLiteral("%1:%2").arg(a.host).arg(a.effectivePort());
}

QJsonObject accountJson(const Account &a)
{
    QJsonObject o { { QStringLiteral("id"), a.id }, { QStringLiteral("name"), a.name },
        { QStringLiteral("default"), a.isDefault }, { QStringLiteral("senderName"), a.senderName },
        { QStringLiteral("address"), a.address }, { QStringLiteral("user"), a.loginUser() },
        { QStringLiteral("host"), a.host }, { QStringLiteral("port"), a.effectivePort() },
        { QStringLiteral("portFollowsSecurity"), a.port == 0 },
        { QStringLiteral("security"), QString::fromLatin1(Smtp::securityName(a.security)) },
        { QStringLiteral("auth"), QString::fromLatin1(a.authMechanism.toLower()) },
        { QStringLiteral("helo"), a.heloName }, { QStringLiteral("timeout"), a.timeoutSeconds },
        { QStringLiteral("caFile"), a.caFile },
        { QStringLiteral("proxy"), Account::proxyTypeName(a.proxyType) },
        { QStringLiteral("replyTo"), a.replyTo }, { QStringLiteral("signature"), a.signature },
        { QStringLiteral("oauth"), a.oauthProvider } };
    QJsonArray pins;
    for (const QByteArray &pin : a.pinnedSha256) {
        pins.append(Account::formatFingerprint(pin));
    }
    o.insert(QStringLiteral("fingerprints"), pins);
    if (!a.proxyHost.isEmpty()) {
        o.insert(QStringLiteral("proxyServer"), QStringLiteral("%1:%2").arg(a.proxyHost).arg(a.proxyPort));
        o.insert(QStringLiteral("proxyUser"), a.proxyUser);
    }
    QJsonArray notify;
    for (const QByteArray &n : a.dsnNotify()) {
        notify.append(QString::fromLatin1(n).toLower());
    }
    o.insert(QStringLiteral("dsnNotify"), notify);
    o.insert(QStringLiteral("dsnReturn"), Account::dsnReturnName(a.dsnReturn));
    o.insert(QStringLiteral("requireTls"), a.requireTls);
    o.insert(QStringLiteral("imap"), ImapCli::accountJson(a));
    return o;
}

// The options of add and edit beyond the connection: who the mail is from, and the profile's extras.
QList<QCommandLineOption> profileOptions()
{
    return ConnectionOptions::options()
        + QList<QCommandLineOption> {
              { QStringLiteral("from"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "The sender, \"Name <addr>\" or addr (the name becomes the display name).")),
                  QStringLiteral("ADDR") },
              { QStringLiteral("name"),
                  CliText::option(QT_TRANSLATE_NOOP(
                      "CliOption", "The sender's display name (instead of the one in --from).")),
                  QStringLiteral("NAME") },
              { QStringLiteral("reply-to"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption", "Replies go to ADDR.")),
                  QStringLiteral("ADDR") },
              { QStringLiteral("signature-file"),
                  CliText::option(
                      QT_TRANSLATE_NOOP("CliOption", "The signature: the text in FILE (- for stdin).")),
                  QStringLiteral("FILE") },
              { QStringLiteral("proxy"),
                  CliText::option(QT_TRANSLATE_NOOP(
                      "CliOption", "none, system, socks5://HOST:PORT or http://HOST:PORT.")),
                  QStringLiteral("PROXY") },
              { QStringLiteral("proxy-user"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption", "Log in to the proxy as USER.")),
                  QStringLiteral("USER") },
              { QStringLiteral("dsn-notify"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "Delivery notifications to ask for: default, or a list of "
                      "success,failure,delay.")),
                  QStringLiteral("WHEN") },
              { QStringLiteral("dsn-return"),
                  CliText::option(
                      QT_TRANSLATE_NOOP("CliOption", "default, full or headers: what a bounce returns.")),
                  QStringLiteral("WHAT") },
              { QStringLiteral("require-tls"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "yes: every message travels over TLS all the way or is not sent "
                      "(REQUIRETLS, RFC 8689); no: as the server and receivers choose.")),
                  QStringLiteral("YES|NO") },
              { QStringLiteral("default"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption", "Make it the default account.")) },
          }
        + OAuthCli::options() + ImapCli::accountOptions();
}

// --proxy none|system|socks5://HOST:PORT|http://HOST:PORT.
int applyProxyOption(const QString &text, Account *account, QString *error)
{
    const QString value = text.trimmed();
    Account::ProxyType type;
    if (Account::proxyTypeFromName(value, &type)
        && (type == Account::ProxyType::None || type == Account::ProxyType::System)) {
        account->proxyType = type;
        account->proxyHost.clear();
        account->proxyPort = 0;
        return ExitCode::Ok;
    }
    const qsizetype sep = value.indexOf(QLatin1String("://"));
    QString host;
    quint16 port = 0;
    if (sep <= 0 || !Account::proxyTypeFromName(value.left(sep), &type)
        || !ConnectionOptions::splitHostPort(value.mid(sep + 3), &host, &port) || !port) {
        *error = CliText::tr("--proxy takes none, system, socks5://HOST:PORT or http://HOST:PORT");
        return ExitCode::Usage;
    }
    account->proxyType = type;
    account->proxyHost = host;
    account->proxyPort = port;
    return ExitCode::Ok;
}

// The options beyond the connection and the sender: reply-to, signature, proxy, notifications, default.
int applyExtraOptions(const QCommandLineParser &parser, Account *account, QString *error)
{
    Account &a = *account;
    if (parser.isSet(QStringLiteral("reply-to"))) {
        a.replyTo = parser.value(QStringLiteral("reply-to")).trimmed();
    }
    if (parser.isSet(QStringLiteral("signature-file"))) {
        QByteArray data;
        if (!Cli::readFile(parser.value(QStringLiteral("signature-file")), &data, error)) {
            *error = QStringLiteral("--signature-file: ") + *error;
            return ExitCode::NoInput;
        }
        a.signature = QString::fromUtf8(data);
    }
    if (parser.isSet(QStringLiteral("proxy"))) {
        if (const int rc = applyProxyOption(parser.value(QStringLiteral("proxy")), account, error);
            rc != ExitCode::Ok) {
            return rc;
        }
    }
    if (parser.isSet(QStringLiteral("proxy-user"))) {
        a.proxyUser = parser.value(QStringLiteral("proxy-user"));
    }
    if (parser.isSet(QStringLiteral("dsn-notify"))
        && !a.setDsnNotify(parser.value(QStringLiteral("dsn-notify")))) {
        *error = CliText::tr("--dsn-notify takes default, or success, failure and delay");
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("dsn-return"))
        && (parser.value(QStringLiteral("dsn-return")).trimmed().isEmpty()
            || !Account::dsnReturnFromName(parser.value(QStringLiteral("dsn-return")), &a.dsnReturn))) {
        *error = CliText::tr("--dsn-return takes default, full or headers");
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("require-tls"))
        && !AccountFile::parseBool(parser.value(QStringLiteral("require-tls")), &a.requireTls)) {
        *error = CliText::tr("--require-tls takes yes or no");
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("default"))) {
        a.isDefault = true;
    }
    return ExitCode::Ok;
}

int applyProfileOptions(const QCommandLineParser &parser, Account *account, QString *error)
{
    if (const int rc = ConnectionOptions::applyToAccount(parser, account, error); rc != ExitCode::Ok) {
        return rc;
    }
    // --from as send takes it; its display name is the account's unless --name gives one.
    if (parser.isSet(QStringLiteral("from"))
        && !account->setSender(
            parser.value(QStringLiteral("from")), parser.isSet(QStringLiteral("name")), error)) {
        *error = QStringLiteral("--from: ") + *error;
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("name"))) {
        account->senderName = parser.value(QStringLiteral("name"));
    }
    if (const int rc = applyExtraOptions(parser, account, error); rc != ExitCode::Ok) {
        return rc;
    }
    if (const int rc = ImapCli::applyToAccount(parser, account, error); rc != ExitCode::Ok) {
        return rc;
    }
    return OAuthCli::applyOptions(parser, account, error);
}

// Saves the secret given with --password-env / --password-file for 'account' in the keychain. Ok when there
// was none to save; Config (with 'error') when the keychain cannot keep it: the CLI ends with the process, so
// a secret kept in memory only would be lost without a word.
int saveSecret(const QCommandLineParser &parser, const Account &account, QString *error, bool *saved)
{
    *saved = false;
    QString secret;
    if (!ConnectionOptions::secretFromOptions(parser, &secret, error)) {
        return ExitCode::Config;
    }
    if (secret.isEmpty()) {
        return ExitCode::Ok;
    }
    SecretStore secrets;
    secrets.setTimeout(ConnectionOptions::KeychainTimeoutMs);
    const SecretStore::Kind kind
        = account.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    const SecretStore::Result r
        = ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
              secrets.write(account.id, kind, secret, context, done);
          });
    SecretMemory::wipe(secret);
    if (!r.ok || r.storage != SecretStore::Storage::Keychain) {
        *error = CliText::tr("the system keychain cannot keep the password (%1)").arg(r.error);
        return ExitCode::Config;
    }
    *saved = true;
    return ExitCode::Ok;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(Commands::accountsOptions(QStringLiteral("list")));
    if (!parser.parse(QStringList { QStringLiteral("epistle accounts list") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    AccountStore store;
    const bool ok = loadStore(&store);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray accounts;
        for (const Account &a : store.accounts()) {
            accounts.append(accountJson(a));
        }
        QJsonArray problems;
        for (const AccountFile::Problem &p : store.problems()) {
            problems.append(QJsonObject { { QStringLiteral("line"), p.line },
                { QStringLiteral("account"), p.account }, { QStringLiteral("message"), p.message } });
        }
        printJson(QJsonObject { { QStringLiteral("file"), store.filePath() },
            { QStringLiteral("accounts"), accounts }, { QStringLiteral("problems"), problems },
            { QStringLiteral("readOnly"), store.isReadOnly() } });
        return ok ? ExitCode::Ok : ExitCode::Config;
    }
    if (!ok) {
        return Cli::fail(ExitCode::Config, store.errorString());
    }
    if (store.isEmpty()) {
        Cli::out(QStringLiteral(
            "No accounts. Add one with: epistle accounts add NAME --from ADDR --server HOST[:PORT] "
            "--security tls|starttls|none (or find the settings with: epistle accounts discover "
            "ADDR)"));
        return ExitCode::Ok;
    }
    int nameWidth = 4;
    for (const Account &a : store.accounts()) {
        nameWidth = qMax(nameWidth, int(a.name.size()));
    }
    for (const Account &a : store.accounts()) {
        Cli::out(
            QStringLiteral("%1 %2  %3  %4 %5")
                .arg(a.isDefault ? QStringLiteral("*") : QStringLiteral(" "), a.name.leftJustified(nameWidth),
                    a.fromHeader().leftJustified(30), serverText(a).leftJustified(28),
                    QString::fromLatin1(Smtp::securityName(a.security))));
    }
    return ExitCode::Ok;
}

// Whether a secret is saved for the account — said, never shown: the code for --json and the sentence.
struct SecretState
{
    QString code;
    QString text;
};

SecretState secretState(const Account &a)
{
    if (!a.needsSecret()) {
        return { CliText::tr("none"), CliText::tr("not needed (auth none)") };
    }
    if (a.usesOAuthSignIn()) {
        SecretState state;
        state.text = OAuthCli::describeSignIn(a, &state.code);
        return state;
    }
    SecretStore secrets;
    secrets.setTimeout(5000); // only to say whether one is saved
    const SecretStore::Kind kind
        = a.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    SecretStore::Result r = ConnectionOptions::waitForSecret(
        [&](QObject *context, SecretStore::Callback done) { secrets.read(a.id, kind, context, done); });
    SecretMemory::wipe(r.secret);
    if (r.ok) {
        return { QStringLiteral("keychain"), CliText::tr("saved in the system keychain") };
    }
    if (r.error.isEmpty()) {
        return { QStringLiteral("missing"), CliText::tr("not saved (asked for when needed)") };
    }
    return { QStringLiteral("unknown"),
        CliText::tr("unknown: the system keychain is not available (%1)").arg(r.error) };
}

void printAccount(const Account &a, const SecretState &secret)
{
    const auto line = [](const QString &label, const QString &value) {
        Cli::out(QStringLiteral("%1 %2").arg((label + QLatin1Char(':')).leftJustified(14), value));
    };
    line(CliText::tr("Account"), a.name + (a.isDefault ? CliText::tr(" (default)") : QString()));
    line(CliText::tr("Id"), a.id);
    line(CliText::tr("From"), a.fromHeader());
    if (!a.replyTo.isEmpty()) {
        line(CliText::tr("Reply-To"), a.replyTo);
    }
    line(CliText::tr("Server"), serverText(a));
    line(CliText::tr("Security"), QString::fromLatin1(Smtp::securityName(a.security)));
    line(CliText::tr("Login"), a.needsSecret() ? a.loginUser() : CliText::tr("none"));
    line(CliText::tr("Auth"), QString::fromLatin1(a.authMechanism.toLower()));
    if (a.requireTls) {
        line(CliText::tr("Require TLS"), CliText::tr("yes, all the way to the recipient (RFC 8689)"));
    }
    line(a.usesOAuthSignIn()     ? CliText::tr("Sign-in")
            : a.usesOAuthToken() ? CliText::tr("Token")
                                 : CliText::tr("Password"),
        secret.text);
    if (!a.heloName.isEmpty()) {
        line(CliText::tr("EHLO name"), a.heloName);
    }
    if (a.timeoutSeconds) {
        line(CliText::tr("Timeout"), QStringLiteral("%1 s").arg(a.timeoutSeconds));
    }
    if (!a.caFile.isEmpty()) {
        line(CliText::tr("CA file"), a.caFile);
    }
    for (const QByteArray &pin : a.pinnedSha256) {
        line(CliText::tr("Trusted cert"), Account::formatFingerprint(pin));
    }
    QString proxy = Account::proxyTypeName(a.proxyType);
    if (!a.proxyHost.isEmpty()) {
        proxy += QStringLiteral(" %1:%2").arg(a.proxyHost).arg(a.proxyPort);
        if (!a.proxyUser.isEmpty()) {
            proxy += CliText::tr(" as %1").arg(a.proxyUser);
        }
    }
    line(CliText::tr("Proxy"), proxy);
    QStringList notify;
    for (const QByteArray &n : a.dsnNotify()) {
        notify << QString::fromLatin1(n).toLower();
    }
    if (!notify.isEmpty() || a.dsnReturn != Account::DsnReturn::Default) {
        line(CliText::tr("DSN"),
            CliText::tr("notify %1, return %2")
                .arg(notify.isEmpty() ? QStringLiteral("default") : notify.join(QLatin1Char(',')),
                    Account::dsnReturnName(a.dsnReturn)));
    }
    ImapCli::printAccount(a, line);
    if (!a.signature.isEmpty()) {
        line(CliText::tr("Signature"),
            QString(a.signature).replace(QLatin1Char('\n'), QLatin1String("\n               ")));
    }
}

int show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(Commands::accountsOptions(QStringLiteral("show")));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The account."));
    if (!parser.parse(QStringList { QStringLiteral("epistle accounts show") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return Cli::usageError(CliText::tr("accounts show takes one account name"));
    }
    AccountStore store;
    Account a;
    if (const int rc = loadAccount(&store, parser.positionalArguments().first(), &a); rc != ExitCode::Ok) {
        return rc;
    }
    const SecretState secret = secretState(a);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = accountJson(a);
        o.insert(QStringLiteral("secret"), secret.code);
        printJson(o);
        return ExitCode::Ok;
    }
    printAccount(a, secret);
    return ExitCode::Ok;
}

// What `accounts add NAME` starts from: the checks that it can be added at all, and a new id.
int startNewAccount(
    const QCommandLineParser &parser, const AccountStore &store, const QString &name, Account *account)
{
    if (!parser.isSet(QStringLiteral("from"))) {
        return Cli::usageError(CliText::tr("say who the mail is from: --from ADDR"));
    }
    if (!parser.isSet(QStringLiteral("server"))) {
        return Cli::usageError(
            CliText::tr("say which server: --server HOST[:PORT] --security tls|starttls|none"));
    }
    if (!store.isNameAvailable(name)) {
        return Cli::fail(ExitCode::DataError,
            CliText::tr("an account named \"%1\" exists already (epistle accounts edit changes it)")
                .arg(name));
    }
    account->name = name;
    account->id = Account::newId();
    return ExitCode::Ok;
}

// The secret first, under the id the account will have: an account is not saved with a password the person
// believes is kept but is not. When the account then cannot be saved, a new account's secret goes again.
int storeAccount(
    AccountStore &store, const QCommandLineParser &parser, Account &account, bool edit, bool *secretSaved)
{
    QString error;
    if (const int rc = saveSecret(parser, account, &error, secretSaved); rc != ExitCode::Ok) {
        return Cli::fail(rc,
            error
                + (edit ? CliText::tr("; the account was not changed")
                        : CliText::tr("; the account was not added. Add it without "
                                      "--password-env/--password-file to be asked for the "
                                      "password each time.")));
    }
    if (const int rc = OAuthCli::saveClientSecret(parser, account, &error); rc != ExitCode::Ok) {
        return Cli::fail(rc, error);
    }
    bool imapSecretSaved = false;
    if (const int rc = ImapCli::saveSecret(parser, account, &error, &imapSecretSaved); rc != ExitCode::Ok) {
        return Cli::fail(rc, error);
    }
    if (edit ? store.update(account) : store.add(&account)) {
        return ExitCode::Ok;
    }
    if (*secretSaved && !edit) {
        SecretStore secrets;
        secrets.setTimeout(ConnectionOptions::KeychainTimeoutMs);
        ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
            secrets.removeAll(account.id, context, done);
        });
    }
    return storeError(store);
}

// accounts add NAME and accounts edit NAME: the same options; add starts from nothing, edit from the account.
int add(const QStringList &arguments, bool edit)
{
    QCommandLineParser parser;
    parser.addOptions(Commands::accountsOptions(edit ? QStringLiteral("edit") : QStringLiteral("add")));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The account's name."));
    const QString command
        = edit ? QStringLiteral("epistle accounts edit") : QStringLiteral("epistle accounts add");
    if (!parser.parse(QStringList { command } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return Cli::usageError(CliText::tr("accounts %1 takes one account name")
                                   .arg(edit ? QStringLiteral("edit") : QStringLiteral("add")));
    }
    if (parser.isSet(QStringLiteral("account"))) {
        return Cli::usageError(CliText::tr("--account does not go with accounts add/edit"));
    }
    const QString name = parser.positionalArguments().first().trimmed();
    AccountStore store;
    Account account;
    if (const int rc = edit ? loadAccount(&store, name, &account)
                            : (loadStore(&store) ? startNewAccount(parser, store, name, &account)
                                                 : Cli::fail(ExitCode::Config, store.errorString()));
        rc != ExitCode::Ok) {
        return rc;
    }
    QString error;
    if (const int rc = applyProfileOptions(parser, &account, &error); rc != ExitCode::Ok) {
        return Cli::exitWith(rc, error);
    }
    if (const QStringList invalid = account.validate(); !invalid.isEmpty()) {
        return Cli::usageError(invalid.join(QLatin1Char(' ')));
    }
    bool secretSaved = false;
    if (const int rc = storeAccount(store, parser, account, edit, &secretSaved); rc != ExitCode::Ok) {
        return rc;
    }
    const QString summary = edit ? CliText::tr("Changed account \"%1\": %2 via %3 (%4)%5%6")
                                 : CliText::tr("Added account \"%1\": %2 via %3 (%4)%5%6");
    Cli::out(summary.arg(account.name, account.fromHeader(), serverText(account),
        QString::fromLatin1(Smtp::securityName(account.security)),
        store.account(account.id).isDefault ? CliText::tr(", the default") : QString(),
        secretSaved ? CliText::tr("; password saved in the system keychain") : QString()));
    return ExitCode::Ok;
}

int rename(const QStringList &arguments)
{
    if (arguments.size() != 2) {
        return Cli::usageError(CliText::tr("accounts rename takes the account's name and its new name"));
    }
    AccountStore store;
    Account a;
    if (const int rc = loadAccount(&store, arguments.at(0), &a); rc != ExitCode::Ok) {
        return rc;
    }
    if (!store.rename(a.id, arguments.at(1))) {
        return Cli::fail(ExitCode::DataError, store.errorString());
    }
    Cli::out(CliText::tr("Renamed \"%1\" to \"%2\".").arg(a.name, arguments.at(1).trimmed()));
    return ExitCode::Ok;
}

int remove(const QStringList &arguments)
{
    if (arguments.size() != 1) {
        return Cli::usageError(CliText::tr("accounts remove takes one account name"));
    }
    AccountStore store;
    Account a;
    if (const int rc = loadAccount(&store, arguments.first(), &a); rc != ExitCode::Ok) {
        return rc;
    }
    if (!store.remove(a.id)) {
        return storeError(store);
    }
    StoreCli::noteWaitingMessages(a.id, a.name);
    SecretStore secrets;
    secrets.setTimeout(ConnectionOptions::KeychainTimeoutMs);
    const SecretStore::Result r = ConnectionOptions::waitForSecret(
        [&](QObject *context, SecretStore::Callback done) { secrets.removeAll(a.id, context, done); });
    Cli::out(CliText::tr("Removed account \"%1\".").arg(a.name));
    if (!r.ok) {
        Cli::err(
            CliText::tr("epistle: warning: its password could not be removed from the system keychain (%1)")
                .arg(r.error));
    }
    if (a.isDefault && !store.isEmpty()) {
        Cli::out(CliText::tr("\"%1\" is the default account now.").arg(store.defaultAccount().name));
    }
    return ExitCode::Ok;
}

int setDefault(const QStringList &arguments)
{
    if (arguments.size() != 1) {
        return Cli::usageError(CliText::tr("accounts default takes one account name"));
    }
    AccountStore store;
    Account a;
    if (const int rc = loadAccount(&store, arguments.first(), &a); rc != ExitCode::Ok) {
        return rc;
    }
    if (!store.setDefault(a.id)) {
        return storeError(store);
    }
    Cli::out(CliText::tr("\"%1\" is the default account.").arg(a.name));
    return ExitCode::Ok;
}

void printDiscoveryJson(const SettingsDiscovery &discovery, const QString &address)
{
    QJsonArray list;
    for (const SettingsDiscovery::Candidate &c : discovery.candidates()) {
        list.append(QJsonObject { { QStringLiteral("source"), SettingsDiscovery::sourceName(c.source) },
            { QStringLiteral("host"), c.host }, { QStringLiteral("port"), c.port },
            { QStringLiteral("security"), QString::fromLatin1(Smtp::securityName(c.security)) },
            { QStringLiteral("user"), c.user },
            { QStringLiteral("auth"), QString::fromLatin1(c.authMechanism.toLower()) },
            { QStringLiteral("confidence"), c.confidence }, { QStringLiteral("reached"), c.reached },
            { QStringLiteral("provider"), c.providerName }, { QStringLiteral("origin"), c.origin },
            { QStringLiteral("oauth"), c.oauthProvider }, { QStringLiteral("detail"), c.detail },
            { QStringLiteral("imap"), ImapCli::accountJson(c.toAccount(address)) } });
    }
    QJsonObject o { { QStringLiteral("address"), address }, { QStringLiteral("candidates"), list },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(discovery.warnings()) },
        { QStringLiteral("log"), QJsonArray::fromStringList(discovery.log()) },
        { QStringLiteral("ms"), discovery.elapsed() } };
    o.insert(QStringLiteral("error"),
        discovery.candidates().isEmpty() ? QJsonValue(discovery.errorString()) : QJsonValue());
    printJson(o);
}

void printCandidates(const QList<SettingsDiscovery::Candidate> &candidates, const QString &address)
{
    for (const SettingsDiscovery::Candidate &c : candidates) {
        Cli::out(
            QStringLiteral("%1%  %2  %3  user %4  auth %5  [%6%7]%8")
                .arg(c.confidence, 3)
                .arg(QStringLiteral("%1:%2").arg(c.host).arg(c.port).leftJustified(30),
                    QString::fromLatin1(Smtp::securityName(c.security)).leftJustified(8), c.user,
                    QString::fromLatin1(c.authMechanism.toLower()), SettingsDiscovery::sourceName(c.source),
                    c.providerName.isEmpty() ? QString() : QStringLiteral(": ") + c.providerName,
                    c.detail.isEmpty() ? QString() : QStringLiteral(" ") + c.detail));
    }
    const SettingsDiscovery::Candidate &best = candidates.first();
    Cli::out(QString());
    Cli::out(
        QStringLiteral(
            "To save the first: epistle accounts add NAME --from %1 --server %2:%3 --security %4%5%6%7")
            .arg(address, best.host)
            .arg(best.port)
            .arg(QString::fromLatin1(Smtp::securityName(best.security)),
                best.user != address ? QStringLiteral(" --user ") + best.user : QString(),
                best.authMechanism != "auto"
                    ? QStringLiteral(" --auth ") + QString::fromLatin1(best.authMechanism.toLower())
                    : QString(),
                (best.oauthProvider.isEmpty() ? QString() : QStringLiteral(" --oauth ") + best.oauthProvider)
                    + ImapCli::optionsFor(best.imap)));
    if (!best.oauthProvider.isEmpty()) {
        Cli::out(CliText::tr("Then sign in: epistle accounts login NAME"));
    }
    Cli::out(CliText::tr("Then check it: epistle test --account NAME"));
}

int discover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(Commands::accountsOptions(QStringLiteral("discover")));
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("The e-mail address."));
    if (!parser.parse(QStringList { QStringLiteral("epistle accounts discover") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return Cli::usageError(CliText::tr("accounts discover takes one e-mail address"));
    }
    SettingsDiscovery discovery;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 120) {
            return Cli::usageError(CliText::tr("--timeout takes seconds, more than 0 and at most 120"));
        }
        discovery.setDeadline(int(seconds * 1000));
    }
    if (parser.isSet(QStringLiteral("no-probe"))) {
        discovery.setSources(SettingsDiscovery::Sources(SettingsDiscovery::Source::ProviderFile)
            | SettingsDiscovery::Source::Srv | SettingsDiscovery::Source::Autoconfig);
    }
    const QString address = parser.positionalArguments().first();
    QObject::connect(
        &discovery, &SettingsDiscovery::finished, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    discovery.start(address);
    QCoreApplication::exec();

    const QList<SettingsDiscovery::Candidate> candidates = discovery.candidates();
    if (parser.isSet(QStringLiteral("json"))) {
        printDiscoveryJson(discovery, address);
    } else if (!candidates.isEmpty()) {
        printCandidates(candidates, address);
        for (const QString &warning : discovery.warnings()) {
            Cli::err(QStringLiteral("epistle: note: ") + warning);
        }
    } else {
        Cli::err(QStringLiteral("epistle: ") + discovery.errorString());
    }
    if (candidates.isEmpty()) {
        return SettingsDiscovery::isDiscoverableAddress(address) ? ExitCode::Unavailable : ExitCode::Usage;
    }
    return ExitCode::Ok;
}

} // namespace

QList<QCommandLineOption> Commands::accountsOptions(const QString &action)
{
    const QCommandLineOption json { QStringLiteral("json"),
        CliText::option(QT_TRANSLATE_NOOP("CliOption", "Print JSON.")) };
    if (action == QLatin1String("list") || action == QLatin1String("show")) {
        return { json };
    }
    if (action == QLatin1String("add") || action == QLatin1String("edit")) {
        return profileOptions();
    }
    if (action == QLatin1String("discover")) {
        return {
            json,
            { QStringLiteral("timeout"),
                CliText::option(QT_TRANSLATE_NOOP("CliOption", "Give up after SECONDS (default 5).")),
                QStringLiteral("SECONDS") },
            { QStringLiteral("no-probe"),
                CliText::option(QT_TRANSLATE_NOOP(
                    "CliOption", "Do not try guessed servers (smtp.DOMAIN, mail.DOMAIN).")) },
        };
    }
    if (action == QLatin1String("login")) {
        return OAuthCli::loginOptions();
    }
    return {}; // rename, remove and default take names only
}

int Commands::accounts(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        return list(rest);
    }
    if (sub == QLatin1String("show")) {
        return show(rest);
    }
    if (sub == QLatin1String("add")) {
        return add(rest, false);
    }
    if (sub == QLatin1String("edit")) {
        return add(rest, true);
    }
    if (sub == QLatin1String("rename")) {
        return rename(rest);
    }
    if (sub == QLatin1String("remove")) {
        return remove(rest);
    }
    if (sub == QLatin1String("default")) {
        return setDefault(rest);
    }
    if (sub == QLatin1String("discover")) {
        return discover(rest);
    }
    if (sub == QLatin1String("login")) {
        return OAuthCli::login(rest);
    }
    return Cli::usageError(
        CliText::tr("unknown accounts command \"%1\": list, show, add, edit, rename, remove, "
                    "default, discover or login")
            .arg(sub));
}
