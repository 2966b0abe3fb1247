// The IMAP copy's options, settings and reports on the command line.
#include "imapcli.h"

#include "cliutil.h"
#include "connectionoptions.h"

#include "accounts/accountstore.h"
#include "accounts/secretmemory.h"
#include "accounts/secretstore.h"
#include "imap/imapconnectiontest.h"
#include "imap/imaptranscript.h"
#include "store/mailstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

namespace {

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QLatin1String(name));
}

QString value(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QLatin1String(name));
}

int applyServer(const QCommandLineParser &parser, AccountImap *imap, QString *error)
{
    QString host;
    quint16 port = 0;
    const QString text = value(parser, "imap-server");
    if (!ConnectionOptions::splitHostPort(text, &host, &port)) {
        *error = CliText::tr("--imap-server: \"%1\" is not HOST[:PORT]").arg(text);
        return ExitCode::Usage;
    }
    imap->host = host;
    imap->port = port;
    if (!isSet(parser, "imap-security")) {
        // RFC 8314: 993 is implicit TLS, 143 the STARTTLS port.
        imap->security = port == 143 ? Smtp::Security::StartTls : Smtp::Security::Tls;
    }
    return ExitCode::Ok;
}

bool readImapSecret(const QCommandLineParser &parser, QString *secret, QString *error)
{
    if (isSet(parser, "imap-password-env")) {
        const QByteArray var = value(parser, "imap-password-env").toLocal8Bit();
        if (!qEnvironmentVariableIsSet(var.constData())) {
            *error = CliText::tr("--imap-password-env: the environment variable %1 is not set")
                         .arg(QString::fromLocal8Bit(var));
            return false;
        }
        *secret = qEnvironmentVariable(var.constData());
        return true;
    }
    if (isSet(parser, "imap-password-file")
        && !Cli::readSecretFile(value(parser, "imap-password-file"), secret, error)) {
        *error = QStringLiteral("--imap-password-file: ") + *error;
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> ImapCli::accountOptions()
{
    return {
        { QStringLiteral("imap-server"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "Save a copy of sent mail on this IMAP server (port 993 unless given).")),
            QStringLiteral("HOST[:PORT]") },
        { QStringLiteral("imap-security"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "tls (the default) or starttls, for the IMAP server.")),
            QStringLiteral("MODE") },
        { QStringLiteral("imap-user"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "Log in to the IMAP server as LOGIN (default: the SMTP login).")),
            QStringLiteral("LOGIN") },
        { QStringLiteral("sent-folder"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "Where the copy goes: auto (the folder the server marks as Sent), a folder "
                "NAME, or none (do not save a copy).")),
            QStringLiteral("auto|NAME|none") },
        { QStringLiteral("imap-password-env"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "With another --imap-user: the IMAP password from the environment variable VAR.")),
            QStringLiteral("VAR") },
        { QStringLiteral("imap-password-file"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "With another --imap-user: the IMAP password from FILE.")),
            QStringLiteral("FILE") },
    };
}

int ImapCli::applyToAccount(const QCommandLineParser &parser, Account *account, QString *error)
{
    AccountImap &imap = account->imap;
    int rc = ExitCode::Ok;
    if (isSet(parser, "imap-server") && (rc = applyServer(parser, &imap, error)) != ExitCode::Ok) {
        return rc;
    }
    const bool needsServer = isSet(parser, "imap-security") || isSet(parser, "imap-user")
        || isSet(parser, "imap-password-env") || isSet(parser, "imap-password-file")
        || (isSet(parser, "sent-folder")
            && value(parser, "sent-folder").trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive));
    if (needsServer && !imap.isConfigured()) {
        *error = CliText::tr("say which IMAP server keeps the copies: --imap-server HOST[:PORT]");
        return ExitCode::Usage;
    }
    if (isSet(parser, "imap-security")) {
        Smtp::Security security = Smtp::Security::Tls;
        if (!Smtp::securityFromName(value(parser, "imap-security"), &security)
            || security == Smtp::Security::None) {
            *error = CliText::tr("--imap-security takes tls or starttls");
            return ExitCode::Usage;
        }
        imap.security = security;
    }
    if (isSet(parser, "imap-user")) {
        imap.user = value(parser, "imap-user");
    }
    if (isSet(parser, "sent-folder") && !imap.setSentFolderSetting(value(parser, "sent-folder"))) {
        *error = CliText::tr("--sent-folder takes auto, none or a folder name");
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}

int ImapCli::saveSecret(const QCommandLineParser &parser, const Account &account, QString *error, bool *saved)
{
    *saved = false;
    if (!isSet(parser, "imap-password-env") && !isSet(parser, "imap-password-file")) {
        return ExitCode::Ok;
    }
    if (account.imap.sharesSmtpSecret(account)) {
        *error = CliText::tr("the IMAP login is the SMTP login, so the SMTP password is used; "
                             "--imap-password-env/--imap-password-file go with another --imap-user");
        return ExitCode::Usage;
    }
    QString secret;
    if (!readImapSecret(parser, &secret, error)) {
        return ExitCode::Config;
    }
    SecretStore secrets;
    secrets.setTimeout(ConnectionOptions::KeychainTimeoutMs);
    const SecretStore::Result r
        = ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
              secrets.write(account.id, SecretStore::Kind::ImapPassword, secret, context, done);
          });
    SecretMemory::wipe(secret);
    if (!r.ok || r.storage != SecretStore::Storage::Keychain) {
        *error = CliText::tr("the system keychain cannot keep the IMAP password (%1)").arg(r.error);
        return ExitCode::Config;
    }
    *saved = true;
    return ExitCode::Ok;
}

QJsonValue ImapCli::accountJson(const Account &a)
{
    if (!a.imap.isConfigured()) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject { { QStringLiteral("host"), a.imap.host },
        { QStringLiteral("port"), a.imap.effectivePort() },
        { QStringLiteral("security"), QString::fromLatin1(Smtp::securityName(a.imap.security)) },
        { QStringLiteral("user"), a.imap.loginUser(a) },
        { QStringLiteral("sameSecretAsSmtp"), a.imap.sharesSmtpSecret(a) },
        { QStringLiteral("sentFolder"), a.imap.sentFolderSetting() } };
}

QString ImapCli::optionsFor(const AccountImap &imap)
{
    if (!imap.isConfigured()) {
        return {};
    }
    QString text = QStringLiteral(" --imap-server %1:%2 --imap-security %3")
                       .arg(imap.host)
                       .arg(imap.effectivePort())
                       .arg(QString::fromLatin1(Smtp::securityName(imap.security)));
    if (!imap.user.isEmpty()) {
        text += QStringLiteral(" --imap-user ") + imap.user;
    }
    return text + QStringLiteral(" --sent-folder ") + imap.sentFolderSetting();
}

void ImapCli::printAccount(
    const Account &a, const std::function<void(const QString &, const QString &)> &line)
{
    if (!a.imap.isConfigured()) {
        line(CliText::tr("Sent copy"), CliText::tr("not saved (no IMAP server)"));
        return;
    }
    line(CliText::tr("IMAP server"),
        QStringLiteral("%1:%2 (%3)")
            .arg(a.imap.host)
            .arg(a.imap.effectivePort())
            .arg(QString::fromLatin1(Smtp::securityName(a.imap.security))));
    line(CliText::tr("IMAP login"),
        a.imap.sharesSmtpSecret(a) ? CliText::tr("%1 (the SMTP password)").arg(a.imap.loginUser(a))
                                   : a.imap.loginUser(a));
    switch (a.imap.sentCopy) {
    case AccountImap::SentCopy::Auto:
        line(CliText::tr("Sent copy"), CliText::tr("in the server's Sent folder"));
        break;
    case AccountImap::SentCopy::Folder:
        line(CliText::tr("Sent copy"), CliText::tr("in the folder \"%1\"").arg(a.imap.sentFolder));
        break;
    case AccountImap::SentCopy::None:
        line(CliText::tr("Sent copy"), CliText::tr("not saved"));
        break;
    }
}

QString ImapCli::resolve(
    const Account &account, const SmtpCredentials &smtpCredentials, ImapConnectionSettings *settings)
{
    if (!account.imap.isConfigured()) {
        return AccountImap::noServerMessage(account.name);
    }
    SmtpCredentials credentials;
    if (account.imap.sharesSmtpSecret(account)) {
        // Deep copies: the SMTP side wipes its own buffers when it is done.
        credentials.password = QString(smtpCredentials.password.constData(), smtpCredentials.password.size());
        credentials.oauthToken
            = QString(smtpCredentials.oauthToken.constData(), smtpCredentials.oauthToken.size());
    } else {
        SecretStore secrets;
        secrets.setTimeout(ConnectionOptions::KeychainTimeoutMs);
        SecretStore::Result r
            = ConnectionOptions::waitForSecret([&](QObject *context, SecretStore::Callback done) {
                  secrets.read(account.id, SecretStore::Kind::ImapPassword, context, done);
              });
        if (!r.ok) {
            return CliText::tr("No IMAP password is saved for %1 (epistle accounts edit %2 "
                               "--imap-password-env VAR saves one).")
                .arg(account.imap.loginUser(account), account.name);
        }
        credentials.password = r.secret;
    }
    QString caError;
    *settings = account.imap.toConnectionSettings(account, credentials, &caError);
    return caError;
}

SentCopyQueue::Resolver ImapCli::resolver(const std::function<void(const OutboxItem &,
        const std::function<void(const SmtpConnectionSettings &, const QString &)> &)> &smtpResolver)
{
    return [smtpResolver](const OutboxItem &item, const SentCopyQueue::SettingsReady &ready) {
        AccountStore accounts;
        accounts.load();
        Account account = accounts.account(item.account);
        if (account.id.isEmpty()) {
            account = accounts.accountByName(item.account);
        }
        if (account.id.isEmpty()) {
            ready({}, {}, CliText::tr("The account the message was sent from no longer exists."));
            return;
        }
        smtpResolver(item, [account, ready](const SmtpConnectionSettings &smtp, const QString &error) {
            if (!error.isEmpty()) {
                ready({}, {}, error);
                return;
            }
            ImapConnectionSettings settings;
            const QString why = resolve(account, smtp.credentials, &settings);
            SmtpConnectionSettings wiped = smtp;
            SecretMemory::wipe(wiped.credentials);
            ready(settings, account.imap.copyOptions(), settings.host.isEmpty() ? why : QString());
        });
    };
}

QJsonValue ImapCli::outcomeJson(const CopyOutcome &outcome)
{
    if (!outcome.attempted) {
        return QJsonValue(QJsonValue::Null);
    }
    const SentCopyRecord &r = outcome.item.sentCopy;
    QJsonObject o { { QStringLiteral("ok"), r.state == SentCopyRecord::State::Saved },
        { QStringLiteral("state"), SentCopyRecord::stateName(r.state) } };
    o.insert(
        QStringLiteral("folder"), r.folder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.folder));
    if (r.state == SentCopyRecord::State::Saved) {
        o.insert(QStringLiteral("uid"), r.uid ? QJsonValue(double(r.uid)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("alreadyThere"), outcome.result.alreadyThere);
        return o;
    }
    const ImapError &e = outcome.result.error;
    QJsonObject error { { QStringLiteral("code"), r.errorCode },
        { QStringLiteral("message"), r.errorMessage }, { QStringLiteral("temporary"), r.temporary },
        { QStringLiteral("exitCode"), r.exitCode } };
    error.insert(QStringLiteral("step"),
        e.isError() ? QJsonValue(QString::fromLatin1(Imap::stepName(e.step())))
                    : QJsonValue(QJsonValue::Null));
    error.insert(QStringLiteral("response"),
        e.hasResponse() ? QJsonValue(e.response().summary()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("error"), error);
    if (r.nextAttempt.isValid()) {
        o.insert(QStringLiteral("nextAttempt"), r.nextAttempt.toString(Qt::ISODate));
    }
    return o;
}

QStringList ImapCli::owedCopies(const MailStore &store)
{
    QStringList ids;
    for (const OutboxItem &item : store.sent()->list()) {
        const SentCopyRecord::State state = item.sentCopy.state;
        if (item.problem.isEmpty()
            && (state == SentCopyRecord::State::Pending || state == SentCopyRecord::State::Failed)) {
            ids.prepend(item.id); // the list is newest first; copies go oldest first
        }
    }
    return ids;
}

QList<ImapCli::CopyOutcome> ImapCli::saveCopies(
    MailStore &store, const QStringList &ids, const SentCopyQueue::Resolver &resolver, bool trace)
{
    QList<CopyOutcome> outcomes;
    SentCopyQueue queue(store.sent(), resolver);
    QFile err;
    ImapTranscript transcript;
    if (trace && err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        transcript.setDevice(&err);
    }
    QEventLoop loop;
    QObject::connect(&queue, &SentCopyQueue::copyStarted, &loop,
        [&](const QString &, ImapSentCopy *copy) { transcript.attach(copy->client()); });
    QObject::connect(&queue, &SentCopyQueue::copyFinished, &loop,
        [&](const QString &, const OutboxItem &item, const ImapSentCopyResult &result,
            const QString &storeError) {
            outcomes.append({ true, item, result, storeError });
        });
    QObject::connect(&queue, &SentCopyQueue::idle, &loop, &QEventLoop::quit);
    bool any = false;
    for (const QString &id : ids.isEmpty() ? owedCopies(store) : ids) {
        any = queue.save(id) || any;
    }
    if (any) {
        loop.exec();
    }
    return outcomes;
}

void ImapCli::reportFailure(const CopyOutcome &outcome)
{
    const SentCopyRecord &r = outcome.item.sentCopy;
    if (!outcome.attempted || r.state == SentCopyRecord::State::Saved) {
        return;
    }
    Cli::err(CliText::tr("epistle: warning: the message was sent, but its copy was not saved in the Sent "
                         "folder: %1")
                 .arg(r.errorMessage));
    Cli::err(r.temporary ? CliText::tr("epistle: note: the copy is tried again on its own (epistle outbox "
                                       "flush tries it now); the message is not sent again")
                         : CliText::tr("epistle: note: the message is not sent again; once the cause is "
                                       "fixed, epistle outbox flush tries the copy again"));
}

namespace {

QJsonObject imapTestJson(const ImapConnectionTest &test, const ImapConnectionSettings &settings)
{
    QJsonArray steps;
    for (const ImapConnectionTest::Step &step : test.steps()) {
        steps.append(QJsonObject { { QStringLiteral("step"), ImapConnectionTest::stepName(step.id) },
            { QStringLiteral("ok"), step.ok }, { QStringLiteral("ms"), step.milliseconds },
            { QStringLiteral("detail"), step.detail } });
    }
    QJsonObject o { { QStringLiteral("ok"), test.passed() },
        { QStringLiteral("server"),
            QJsonObject { { QStringLiteral("host"), settings.host },
                { QStringLiteral("port"), settings.effectivePort() },
                { QStringLiteral("security"),
                    QString::fromLatin1(Smtp::securityName(settings.security)) } } },
        { QStringLiteral("steps"), steps } };
    const ImapSentFolder folder = test.sentFolder();
    o.insert(QStringLiteral("sentFolder"),
        test.passed() && !folder.name.isEmpty() ? QJsonValue(folder.name) : QJsonValue(QJsonValue::Null));
    if (test.passed()) {
        o.insert(QStringLiteral("diagnosis"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
        return o;
    }
    const ImapConnectionTest::Diagnosis &d = test.diagnosis();
    o.insert(QStringLiteral("diagnosis"),
        QJsonObject { { QStringLiteral("code"), d.code }, { QStringLiteral("message"), d.message } });
    QJsonObject error { { QStringLiteral("step"), QString::fromLatin1(Imap::stepName(d.error.step())) },
        { QStringLiteral("code"), d.error.codeName() }, { QStringLiteral("message"), d.error.message() },
        { QStringLiteral("exitCode"), d.error.exitCode() } };
    error.insert(QStringLiteral("response"),
        d.error.hasResponse() ? QJsonValue(d.error.response().summary()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("error"), error);
    return o;
}

void printImapStep(const ImapConnectionTest::Step &step)
{
    const QString mark = step.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL");
    QString line = QStringLiteral("%1 %2 %3 ms")
                       .arg(mark, ImapConnectionTest::stepName(step.id).leftJustified(15))
                       .arg(step.milliseconds, 5);
    if (!step.detail.isEmpty()) {
        line += QStringLiteral("  ") + QString(step.detail).replace(QLatin1Char('\n'), QLatin1String(" / "));
    }
    Cli::out(line);
}

} // namespace

ImapCli::TestOutcome ImapCli::runTest(
    const Account &account, const SmtpCredentials &smtpCredentials, bool json, bool trace)
{
    TestOutcome outcome;
    if (account.id.isEmpty() || !account.imap.isConfigured()) {
        outcome.json = QJsonValue(QJsonValue::Null);
        return outcome;
    }
    outcome.ran = true;
    ImapConnectionSettings settings;
    const QString why = resolve(account, smtpCredentials, &settings);
    if (settings.host.isEmpty()) {
        outcome.exitCode = ExitCode::Config;
        outcome.json = QJsonObject { { QStringLiteral("ok"), false },
            { QStringLiteral("diagnosis"),
                QJsonObject { { QStringLiteral("code"), QStringLiteral("imap-no-password") },
                    { QStringLiteral("message"), why } } } };
        if (!json) {
            Cli::err(QStringLiteral("epistle: %1").arg(why));
        }
        return outcome;
    }
    ImapConnectionTest test(settings);
    const ImapSentCopyOptions options = account.imap.copyOptions();
    test.setSentFolder(options.discoverFolder, options.folder, options.createFolder);
    QFile err;
    ImapTranscript transcript;
    if (trace && err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        transcript.setDevice(&err);
    }
    QEventLoop loop;
    QObject::connect(&test, &ImapConnectionTest::clientCreated, &loop,
        [&](ImapClient *client) { transcript.attach(client); });
    if (!json) {
        QObject::connect(&test, &ImapConnectionTest::stepFinished, &loop, &printImapStep);
    }
    QObject::connect(&test, &ImapConnectionTest::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    test.start();
    if (!test.isFinished()) {
        loop.exec();
    }
    SecretMemory::wipe(settings.credentials);
    outcome.passed = test.passed();
    outcome.exitCode = test.passed()       ? ExitCode::Ok
        : test.diagnosis().error.isError() ? test.diagnosis().error.exitCode()
                                           : ExitCode::Unavailable;
    outcome.json = imapTestJson(test, settings);
    if (!json && !test.passed()) {
        Cli::err(QStringLiteral("epistle: %1 [%2]").arg(test.diagnosis().message, test.diagnosis().code));
        if (test.diagnosis().hasSuggestion) {
            const ImapConnectionSettings &s = test.diagnosis().suggested;
            Cli::err(CliText::tr("Suggested: --imap-security %1 --imap-server %2:%3")
                         .arg(QString::fromLatin1(Smtp::securityName(s.security)), s.host)
                         .arg(s.effectivePort()));
        }
    }
    return outcome;
}
