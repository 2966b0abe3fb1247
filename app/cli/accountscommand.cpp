// `epistle accounts`: list, show, add, edit, rename, remove, default, discover.
#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "oauthcli.h"
#include "report.h"

#include "accounts/accountstore.h"
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
        Cli::err(QStringLiteral("epistle: warning: ") + problem);
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
        names.isEmpty() ? QStringLiteral("unknown account \"%1\": no account is saved").arg(name)
                        : QStringLiteral("unknown account \"%1\"; the accounts are: %2")
                              .arg(name, names.join(QStringLiteral(", "))));
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
    o.insert(QStringLiteral("dsnReturn"),
        a.dsnReturn == Account::DsnReturn::Full          ? QStringLiteral("full")
            : a.dsnReturn == Account::DsnReturn::Headers ? QStringLiteral("headers")
                                                         : QStringLiteral("default"));
    return o;
}

// The options of add and edit beyond the connection: who the mail is from, and the profile's extras.
void addProfileOptions(QCommandLineParser &parser)
{
    ConnectionOptions::add(parser);
    parser.addOptions({
        { QStringLiteral("from"), QStringLiteral("The sender address."), QStringLiteral("ADDR") },
        { QStringLiteral("name"), QStringLiteral("The sender's display name."), QStringLiteral("NAME") },
        { QStringLiteral("reply-to"), QStringLiteral("Replies go to ADDR."), QStringLiteral("ADDR") },
        { QStringLiteral("signature-file"), QStringLiteral("The signature: the text in FILE (- for stdin)."),
            QStringLiteral("FILE") },
        { QStringLiteral("proxy"), QStringLiteral("none, system, socks5://HOST:PORT or http://HOST:PORT."),
            QStringLiteral("PROXY") },
        { QStringLiteral("proxy-user"), QStringLiteral("Log in to the proxy as USER."),
            QStringLiteral("USER") },
        { QStringLiteral("dsn-notify"),
            QStringLiteral("Delivery notifications to ask for: default, or a list of "
                           "success,failure,delay."),
            QStringLiteral("WHEN") },
        { QStringLiteral("dsn-return"), QStringLiteral("default, full or headers: what a bounce returns."),
            QStringLiteral("WHAT") },
        { QStringLiteral("default"), QStringLiteral("Make it the default account.") },
    });
    OAuthCli::addOptions(parser);
}

int applyProfileOptions(const QCommandLineParser &parser, Account *account, QString *error)
{
    Account &a = *account;
    if (const int rc = ConnectionOptions::applyToAccount(parser, account, error); rc != ExitCode::Ok) {
        return rc;
    }
    if (parser.isSet(QStringLiteral("from"))) {
        a.address = parser.value(QStringLiteral("from")).trimmed();
    }
    if (parser.isSet(QStringLiteral("name"))) {
        a.senderName = parser.value(QStringLiteral("name"));
    }
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
        const QString value = parser.value(QStringLiteral("proxy")).trimmed();
        Account::ProxyType type;
        if (Account::proxyTypeFromName(value, &type)
            && (type == Account::ProxyType::None || type == Account::ProxyType::System)) {
            a.proxyType = type;
            a.proxyHost.clear();
            a.proxyPort = 0;
        } else {
            const qsizetype sep = value.indexOf(QLatin1String("://"));
            QString host;
            quint16 port = 0;
            if (sep <= 0 || !Account::proxyTypeFromName(value.left(sep), &type)
                || !ConnectionOptions::splitHostPort(value.mid(sep + 3), &host, &port) || !port) {
                *error = QStringLiteral("--proxy takes none, system, socks5://HOST:PORT or http://HOST:PORT");
                return ExitCode::Usage;
            }
            a.proxyType = type;
            a.proxyHost = host;
            a.proxyPort = port;
        }
    }
    if (parser.isSet(QStringLiteral("proxy-user"))) {
        a.proxyUser = parser.value(QStringLiteral("proxy-user"));
    }
    if (parser.isSet(QStringLiteral("dsn-notify"))) {
        a.dsnOnSuccess = a.dsnOnFailure = a.dsnOnDelay = false;
        for (const QString &part : parser.value(QStringLiteral("dsn-notify"))
                                       .toLower()
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString p = part.trimmed();
            if (p == QLatin1String("success")) {
                a.dsnOnSuccess = true;
            } else if (p == QLatin1String("failure")) {
                a.dsnOnFailure = true;
            } else if (p == QLatin1String("delay")) {
                a.dsnOnDelay = true;
            } else if (p != QLatin1String("default")) {
                *error = QStringLiteral("--dsn-notify takes default, or success, failure and delay");
                return ExitCode::Usage;
            }
        }
    }
    if (parser.isSet(QStringLiteral("dsn-return"))) {
        const QString r = parser.value(QStringLiteral("dsn-return")).toLower();
        if (r == QLatin1String("full")) {
            a.dsnReturn = Account::DsnReturn::Full;
        } else if (r == QLatin1String("headers")) {
            a.dsnReturn = Account::DsnReturn::Headers;
        } else if (r == QLatin1String("default")) {
            a.dsnReturn = Account::DsnReturn::Default;
        } else {
            *error = QStringLiteral("--dsn-return takes default, full or headers");
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(QStringLiteral("default"))) {
        a.isDefault = true;
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
    secrets.setTimeout(25000); // as for --account: D-Bus's default call timeout
    const SecretStore::Kind kind
        = account.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    const SecretStore::Result r
        = ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
              secrets.write(account.id, kind, secret, context, done);
          });
    secret.fill(QLatin1Char('\0'));
    if (!r.ok || r.storage != SecretStore::Storage::Keychain) {
        *error = QStringLiteral("the system keychain cannot keep the password (%1)").arg(r.error);
        return ExitCode::Config;
    }
    *saved = true;
    return ExitCode::Ok;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON.") });
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

int show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON.") });
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The account."));
    if (!parser.parse(QStringList { QStringLiteral("epistle accounts show") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return Cli::usageError(QStringLiteral("accounts show takes one account name"));
    }
    AccountStore store;
    if (!loadStore(&store)) {
        return Cli::fail(ExitCode::Config, store.errorString());
    }
    const QString name = parser.positionalArguments().first();
    const Account a = store.accountByName(name);
    if (a.id.isEmpty()) {
        return unknownAccount(store, name);
    }
    // Whether a secret is saved — said, never shown.
    QString secretState = QStringLiteral("not needed (auth none)");
    QString secretCode = QStringLiteral("none");
    if (a.usesOAuthSignIn()) {
        secretState = OAuthCli::describeSignIn(a, &secretCode);
    } else if (a.needsSecret()) {
        SecretStore secrets;
        secrets.setTimeout(5000); // only to say whether one is saved
        const SecretStore::Kind kind
            = a.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
        SecretStore::Result r = ConnectionOptions::waitForSecret(
            [&](QObject *context, SecretStore::Callback done) { secrets.read(a.id, kind, context, done); });
        r.secret.fill(QLatin1Char('\0'));
        if (r.ok) {
            secretState = QStringLiteral("saved in the system keychain");
            secretCode = QStringLiteral("keychain");
        } else if (r.error.isEmpty()) {
            secretState = QStringLiteral("not saved (asked for when needed)");
            secretCode = QStringLiteral("missing");
        } else {
            secretState = QStringLiteral("unknown: the system keychain is not available (%1)").arg(r.error);
            secretCode = QStringLiteral("unknown");
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = accountJson(a);
        o.insert(QStringLiteral("secret"), secretCode);
        printJson(o);
        return ExitCode::Ok;
    }
    const auto line = [](const QString &label, const QString &value) {
        Cli::out(QStringLiteral("%1 %2").arg((label + QLatin1Char(':')).leftJustified(14), value));
    };
    line(QStringLiteral("Account"), a.name + (a.isDefault ? QStringLiteral(" (default)") : QString()));
    line(QStringLiteral("Id"), a.id);
    line(QStringLiteral("From"), a.fromHeader());
    if (!a.replyTo.isEmpty()) {
        line(QStringLiteral("Reply-To"), a.replyTo);
    }
    line(QStringLiteral("Server"), serverText(a));
    line(QStringLiteral("Security"), QString::fromLatin1(Smtp::securityName(a.security)));
    line(QStringLiteral("Login"), a.needsSecret() ? a.loginUser() : QStringLiteral("none"));
    line(QStringLiteral("Auth"), QString::fromLatin1(a.authMechanism.toLower()));
    line(a.usesOAuthToken() ? QStringLiteral("Token") : QStringLiteral("Password"), secretState);
    if (!a.heloName.isEmpty()) {
        line(QStringLiteral("EHLO name"), a.heloName);
    }
    if (a.timeoutSeconds) {
        line(QStringLiteral("Timeout"), QStringLiteral("%1 s").arg(a.timeoutSeconds));
    }
    if (!a.caFile.isEmpty()) {
        line(QStringLiteral("CA file"), a.caFile);
    }
    for (const QByteArray &pin : a.pinnedSha256) {
        line(QStringLiteral("Trusted cert"), Account::formatFingerprint(pin));
    }
    QString proxy = Account::proxyTypeName(a.proxyType);
    if (!a.proxyHost.isEmpty()) {
        proxy += QStringLiteral(" %1:%2").arg(a.proxyHost).arg(a.proxyPort);
        if (!a.proxyUser.isEmpty()) {
            proxy += QStringLiteral(" as %1").arg(a.proxyUser);
        }
    }
    line(QStringLiteral("Proxy"), proxy);
    QStringList notify;
    for (const QByteArray &n : a.dsnNotify()) {
        notify << QString::fromLatin1(n).toLower();
    }
    if (!notify.isEmpty() || a.dsnReturn != Account::DsnReturn::Default) {
        line(QStringLiteral("DSN"),
            QStringLiteral("notify %1, return %2")
                .arg(notify.isEmpty() ? QStringLiteral("default") : notify.join(QLatin1Char(',')),
                    a.dsnReturn == Account::DsnReturn::Full          ? QStringLiteral("full")
                        : a.dsnReturn == Account::DsnReturn::Headers ? QStringLiteral("headers")
                                                                     : QStringLiteral("default")));
    }
    if (!a.signature.isEmpty()) {
        line(QStringLiteral("Signature"),
            QString(a.signature).replace(QLatin1Char('\n'), QLatin1String("\n               ")));
    }
    return ExitCode::Ok;
}

int add(const QStringList &arguments, bool edit)
{
    QCommandLineParser parser;
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The account's name."));
    const QString command
        = edit ? QStringLiteral("epistle accounts edit") : QStringLiteral("epistle accounts add");
    if (!parser.parse(QStringList { command } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return Cli::usageError(QStringLiteral("accounts %1 takes one account name")
                                   .arg(edit ? QStringLiteral("edit") : QStringLiteral("add")));
    }
    if (parser.isSet(QStringLiteral("account"))) {
        return Cli::usageError(QStringLiteral("--account does not go with accounts add/edit"));
    }
    const QString name = parser.positionalArguments().first().trimmed();
    AccountStore store;
    if (!loadStore(&store)) {
        return Cli::fail(ExitCode::Config, store.errorString());
    }
    Account account;
    if (edit) {
        account = store.accountByName(name);
        if (account.id.isEmpty()) {
            return unknownAccount(store, name);
        }
    } else {
        if (!parser.isSet(QStringLiteral("from"))) {
            return Cli::usageError(QStringLiteral("say who the mail is from: --from ADDR"));
        }
        if (!parser.isSet(QStringLiteral("server"))) {
            return Cli::usageError(
                QStringLiteral("say which server: --server HOST[:PORT] --security tls|starttls|none"));
        }
        if (!store.isNameAvailable(name)) {
            return Cli::fail(ExitCode::DataError,
                QStringLiteral("an account named \"%1\" exists already (epistle "
                               "accounts edit changes it)")
                    .arg(name));
        }
        account.name = name;
        account.id = Account::newId();
        if (!parser.isSet(QStringLiteral("security"))) {
            // As for --server alone: port 465 is implicit TLS; anything else starts with STARTTLS, required.
            QString host;
            quint16 port = 0;
            ConnectionOptions::splitHostPort(parser.value(QStringLiteral("server")), &host, &port);
            account.security = port == 465 ? Smtp::Security::Tls : Smtp::Security::StartTls;
        }
    }
    QString error;
    if (const int rc = applyProfileOptions(parser, &account, &error); rc != ExitCode::Ok) {
        return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
    }
    if (const QStringList invalid = account.validate(); !invalid.isEmpty()) {
        return Cli::usageError(invalid.join(QLatin1Char(' ')));
    }
    // The secret first, under the id the account will have: an account is not saved with a password the
    // person believes is kept but is not.
    bool secretSaved = false;
    if (const int rc = saveSecret(parser, account, &error, &secretSaved); rc != ExitCode::Ok) {
        return Cli::fail(rc,
            error
                + (edit ? QStringLiteral("; the account was not changed")
                        : QStringLiteral("; the account was not added. Add it without "
                                         "--password-env/--password-file to be asked for the "
                                         "password each time.")));
    }
    if (const int rc = OAuthCli::saveClientSecret(parser, account, &error); rc != ExitCode::Ok) {
        return Cli::fail(rc, error);
    }
    const bool ok = edit ? store.update(account) : store.add(&account);
    if (!ok) {
        if (secretSaved && !edit) {
            SecretStore secrets;
            secrets.setTimeout(25000);
            ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
                secrets.removeAll(account.id, context, done);
            });
        }
        return storeError(store);
    }
    Cli::out(QStringLiteral("%1 account \"%2\": %3 via %4 (%5)%6%7")
                 .arg(edit ? QStringLiteral("Changed") : QStringLiteral("Added"), account.name,
                     account.fromHeader(), serverText(account),
                     QString::fromLatin1(Smtp::securityName(account.security)),
                     store.account(account.id).isDefault ? QStringLiteral(", the default") : QString(),
                     secretSaved ? QStringLiteral("; password saved in the system keychain") : QString()));
    return ExitCode::Ok;
}

int rename(const QStringList &arguments)
{
    if (arguments.size() != 2) {
        return Cli::usageError(QStringLiteral("accounts rename takes the account's name and its new name"));
    }
    AccountStore store;
    if (!loadStore(&store)) {
        return Cli::fail(ExitCode::Config, store.errorString());
    }
    const Account a = store.accountByName(arguments.at(0));
    if (a.id.isEmpty()) {
        return unknownAccount(store, arguments.at(0));
    }
    if (!store.rename(a.id, arguments.at(1))) {
        return Cli::fail(ExitCode::DataError, store.errorString());
    }
    Cli::out(QStringLiteral("Renamed \"%1\" to \"%2\".").arg(a.name, arguments.at(1).trimmed()));
    return ExitCode::Ok;
}

int remove(const QStringList &arguments)
{
    if (arguments.size() != 1) {
        return Cli::usageError(QStringLiteral("accounts remove takes one account name"));
    }
    AccountStore store;
    if (!loadStore(&store)) {
        return Cli::fail(ExitCode::Config, store.errorString());
    }
    const Account a = store.accountByName(arguments.first());
    if (a.id.isEmpty()) {
        return unknownAccount(store, arguments.first());
    }
    if (!store.remove(a.id)) {
        return storeError(store);
    }
    SecretStore secrets;
    secrets.setTimeout(25000); // as for --account: D-Bus's default call timeout
    const SecretStore::Result r = ConnectionOptions::waitForSecret(
        [&](QObject *context, SecretStore::Callback done) { secrets.removeAll(a.id, context, done); });
    Cli::out(QStringLiteral("Removed account \"%1\".").arg(a.name));
    if (!r.ok) {
        Cli::err(QStringLiteral(
            "epistle: warning: its password could not be removed from the system keychain (%1)")
                     .arg(r.error));
    }
    if (a.isDefault && !store.isEmpty()) {
        Cli::out(QStringLiteral("\"%1\" is the default account now.").arg(store.defaultAccount().name));
    }
    return ExitCode::Ok;
}

int setDefault(const QStringList &arguments)
{
    if (arguments.size() != 1) {
        return Cli::usageError(QStringLiteral("accounts default takes one account name"));
    }
    AccountStore store;
    if (!loadStore(&store)) {
        return Cli::fail(ExitCode::Config, store.errorString());
    }
    const Account a = store.accountByName(arguments.first());
    if (a.id.isEmpty()) {
        return unknownAccount(store, arguments.first());
    }
    if (!store.setDefault(a.id)) {
        return storeError(store);
    }
    Cli::out(QStringLiteral("\"%1\" is the default account.").arg(a.name));
    return ExitCode::Ok;
}

int discover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("json"), QStringLiteral("Print JSON.") },
        { QStringLiteral("timeout"), QStringLiteral("Give up after SECONDS (default 5)."),
            QStringLiteral("SECONDS") },
        { QStringLiteral("no-probe"),
            QStringLiteral("Do not try guessed servers (smtp.DOMAIN, mail.DOMAIN).") },
    });
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("The e-mail address."));
    if (!parser.parse(QStringList { QStringLiteral("epistle accounts discover") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return Cli::usageError(QStringLiteral("accounts discover takes one e-mail address"));
    }
    SettingsDiscovery discovery;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 120) {
            return Cli::usageError(QStringLiteral("--timeout takes seconds, more than 0 and at most 120"));
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
        QJsonArray list;
        for (const SettingsDiscovery::Candidate &c : candidates) {
            list.append(QJsonObject { { QStringLiteral("source"), SettingsDiscovery::sourceName(c.source) },
                { QStringLiteral("host"), c.host }, { QStringLiteral("port"), c.port },
                { QStringLiteral("security"), QString::fromLatin1(Smtp::securityName(c.security)) },
                { QStringLiteral("user"), c.user },
                { QStringLiteral("auth"), QString::fromLatin1(c.authMechanism.toLower()) },
                { QStringLiteral("confidence"), c.confidence }, { QStringLiteral("reached"), c.reached },
                { QStringLiteral("provider"), c.providerName }, { QStringLiteral("origin"), c.origin },
                { QStringLiteral("oauth"), c.oauthProvider }, { QStringLiteral("detail"), c.detail } });
        }
        QJsonObject o { { QStringLiteral("address"), address }, { QStringLiteral("candidates"), list },
            { QStringLiteral("log"), QJsonArray::fromStringList(discovery.log()) },
            { QStringLiteral("ms"), discovery.elapsed() } };
        o.insert(QStringLiteral("error"),
            candidates.isEmpty() ? QJsonValue(discovery.errorString()) : QJsonValue());
        printJson(o);
    } else if (!candidates.isEmpty()) {
        for (const SettingsDiscovery::Candidate &c : candidates) {
            Cli::out(QStringLiteral("%1%  %2  %3  user %4  auth %5  [%6%7]%8")
                         .arg(c.confidence, 3)
                         .arg(QStringLiteral("%1:%2").arg(c.host).arg(c.port).leftJustified(30),
                             QString::fromLatin1(Smtp::securityName(c.security)).leftJustified(8), c.user,
                             QString::fromLatin1(c.authMechanism.toLower()),
                             SettingsDiscovery::sourceName(c.source),
                             c.providerName.isEmpty() ? QString() : QStringLiteral(": ") + c.providerName,
                             c.detail.isEmpty() ? QString() : QStringLiteral(" ") + c.detail));
        }
        const SettingsDiscovery::Candidate &best = candidates.first();
        Cli::out(QString());
        Cli::out(QStringLiteral(
            "To save the first: epistle accounts add NAME --from %1 --server %2:%3 --security %4%5%6%7")
                     .arg(address, best.host)
                     .arg(best.port)
                     .arg(QString::fromLatin1(Smtp::securityName(best.security)),
                         best.user != address ? QStringLiteral(" --user ") + best.user : QString(),
                         best.authMechanism != "auto"
                             ? QStringLiteral(" --auth ") + QString::fromLatin1(best.authMechanism.toLower())
                             : QString(),
                         best.oauthProvider.isEmpty() ? QString()
                                                      : QStringLiteral(" --oauth ") + best.oauthProvider));
        if (!best.oauthProvider.isEmpty()) {
            Cli::out(QStringLiteral("Then sign in: epistle accounts login NAME"));
        }
        Cli::out(QStringLiteral("Then check it: epistle test --account NAME"));
    }
    if (candidates.isEmpty()) {
        if (!parser.isSet(QStringLiteral("json"))) {
            Cli::err(QStringLiteral("epistle: ") + discovery.errorString());
        }
        return SettingsDiscovery::isDiscoverableAddress(address) ? ExitCode::Unavailable : ExitCode::Usage;
    }
    return ExitCode::Ok;
}

} // namespace

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
        QStringLiteral("unknown accounts command \"%1\": list, show, add, edit, rename, remove, "
                       "default, discover or login")
            .arg(sub));
}
