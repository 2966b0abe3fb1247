#include "storecli.h"

#include "cliutil.h"
#include "connectionoptions.h"

#include "accounts/accountstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace StoreCli {

bool openStore(MailStore *store, QString *error)
{
    const QSettings settings;
    const qint64 capacityMb = settings.value(QStringLiteral("store/sentCapacityMB"), -1).toLongLong();
    if (capacityMb >= 0) {
        store->sent()->setCapacity(capacityMb * 1024 * 1024);
    }
    store->sent()->setMaxCount(settings.value(QStringLiteral("store/sentMaxCount"), 0).toInt());
    MailStore::Recovery recovery;
    const bool ok = store->open(&recovery, error);
    for (const QString &id : recovery.mayHaveBeenSent) {
        Cli::err(
            CliText::tr("epistle: note: the outbox message %1 was being sent when Epistle stopped and may "
                        "have been delivered; it is not sent again on its own (epistle outbox retry %1 "
                        "sends it again, epistle outbox remove %1 drops it)")
                .arg(id));
    }
    for (const QString &id : recovery.requeued) {
        Cli::err(CliText::tr("epistle: note: the outbox message %1 was interrupted before it was sent; it is "
                             "queued again")
                     .arg(id));
    }
    for (const QString &problem : recovery.problems) {
        Cli::err(CliText::tr("epistle: warning: ") + problem);
    }
    return ok;
}

void addPasswordSource(const QCommandLineParser &parser, QJsonObject *connection)
{
    if (parser.isSet(QStringLiteral("password-env"))) {
        connection->insert(QStringLiteral("passwordEnv"), parser.value(QStringLiteral("password-env")));
    } else if (parser.isSet(QStringLiteral("password-file"))) {
        connection->insert(QStringLiteral("passwordFile"),
            QFileInfo(parser.value(QStringLiteral("password-file"))).absoluteFilePath());
    }
}

bool hasConnectionOptions(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("server")) || parser.isSet(QStringLiteral("account"));
}

namespace {

// The settings of a message queued with --server: the stored connection plus its password source.
bool settingsFromItem(const OutboxItem &item, SmtpConnectionSettings *settings, QString *error)
{
    if (!item.account.isEmpty() && !accountKeys().contains(item.account)) {
        *error = accountRemovedAdvice(item.id);
        return false;
    }
    if (!item.account.isEmpty()) {
        // Accounts resolve through the same code path as --account on the command line.
        QCommandLineParser accountParser;
        ConnectionOptions::add(accountParser);
        accountParser.parse({ QStringLiteral("epistle"), QStringLiteral("--account"), item.account });
        const int rc = ConnectionOptions::resolve(accountParser, settings, error);
        return rc == ExitCode::Ok;
    }
    if (item.connection.isEmpty() || item.connection.value(QStringLiteral("host")).toString().isEmpty()) {
        *error = CliText::tr("The message names no account and no server; give the connection options "
                             "(--server ... or --account NAME).");
        return false;
    }
    *settings = OutboxItem::connectionFromJson(item.connection);
    QString secret;
    const QString env = item.connection.value(QStringLiteral("passwordEnv")).toString();
    const QString file = item.connection.value(QStringLiteral("passwordFile")).toString();
    if (!env.isEmpty()) {
        if (!qEnvironmentVariableIsSet(env.toLocal8Bit().constData())) {
            *error = CliText::tr("The message was queued with --password-env %1, and %1 is not set now.")
                         .arg(env);
            return false;
        }
        secret = qEnvironmentVariable(env.toLocal8Bit().constData());
    } else if (!file.isEmpty()) {
        if (!Cli::readSecretFile(file, &secret, error)) {
            *error = CliText::tr("The message was queued with --password-file: %1").arg(*error);
            return false;
        }
    } else if (!settings->credentials.user.isEmpty()) {
        *error = CliText::tr("The message logs in as %1 but no password source was stored; give "
                             "--password-env or --password-file with the connection options.")
                     .arg(settings->credentials.user);
        return false;
    }
    const bool token = settings->authMechanism == "XOAUTH2" || settings->authMechanism == "OAUTHBEARER";
    (token ? settings->credentials.oauthToken : settings->credentials.password) = secret;
    return true;
}

} // namespace

OutboxSender::Resolver resolver(const QCommandLineParser &parser)
{
    if (hasConnectionOptions(parser)) {
        SmtpConnectionSettings settings;
        QString error;
        const int rc = ConnectionOptions::resolve(parser, &settings, &error);
        if (rc != ExitCode::Ok) {
            return
                [error](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready({}, error); };
        }
        return
            [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); };
    }
    return [](const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
        SmtpConnectionSettings settings;
        QString error;
        if (!settingsFromItem(item, &settings, &error)) {
            ready({}, error);
            return;
        }
        ready(settings, {});
    };
}

QSet<QString> accountKeys()
{
    AccountStore store;
    store.load();
    QSet<QString> keys;
    for (const Account &a : store.accounts()) {
        keys.insert(a.id);
        keys.insert(a.name);
    }
    return keys;
}

bool findAccount(const QString &nameOrId, QString *id, QString *error)
{
    AccountStore store;
    if (!store.load()) {
        *error = QStringLiteral("the accounts cannot be read: %1").arg(store.errorString());
        return false;
    }
    Account account = store.accountByName(nameOrId);
    if (account.id.isEmpty()) {
        account = store.account(nameOrId);
    }
    if (account.id.isEmpty()) {
        *error = QStringLiteral("unknown account \"%1\" (epistle accounts list shows them)").arg(nameOrId);
        return false;
    }
    *id = account.id;
    return true;
}

QString accountRemovedAdvice(const QString &id)
{
    return OutboxSender::accountRemovedMessage()
        + QStringLiteral(" (epistle outbox retry %1 --account NAME sends it from the account NAME)").arg(id);
}

void noteWaitingMessages(const QString &accountId, const QString &accountName)
{
    MailStore store;
    const QStringList ids = store.outbox()->idsForAccount({ accountId, accountName });
    if (ids.isEmpty()) {
        return;
    }
    Cli::err(
        QStringLiteral("epistle: note: %1 %2 for this account in the outbox: %3. They are not sent from "
                       "it any more; epistle outbox retry ID --account NAME sends one from another account.")
            .arg(ids.size())
            .arg(ids.size() == 1 ? QStringLiteral("message waits") : QStringLiteral("messages wait"),
                ids.join(QStringLiteral(", "))));
}

QJsonObject failureJson(const OutboxFailure &f)
{
    return QJsonObject { { QStringLiteral("code"), f.code }, { QStringLiteral("step"), f.step },
        { QStringLiteral("reply"), f.reply.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.reply) },
        { QStringLiteral("enhancedCode"), f.enhancedCode }, { QStringLiteral("message"), f.message },
        { QStringLiteral("temporary"), f.temporary },
        { QStringLiteral("at"), f.at.isValid() ? f.at.toString(Qt::ISODate) : QString() } };
}

QJsonObject itemJson(const OutboxItem &i)
{
    auto time
        = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(); };
    QJsonObject o { { QStringLiteral("id"), i.id },
        { QStringLiteral("state"), OutboxItem::stateName(i.state) },
        { QStringLiteral("attempts"), i.attempts }, { QStringLiteral("from"), i.from },
        { QStringLiteral("recipients"), QJsonArray::fromStringList(i.recipients) },
        { QStringLiteral("subject"), i.subject },
        { QStringLiteral("messageId"), QString::fromLatin1(i.messageId) },
        { QStringLiteral("size"), double(i.size) }, { QStringLiteral("account"), i.account },
        { QStringLiteral("created"), time(i.created) }, { QStringLiteral("notBefore"), time(i.notBefore) },
        { QStringLiteral("nextAttempt"), time(i.nextAttempt) },
        { QStringLiteral("lastAttempt"), time(i.lastAttempt) },
        { QStringLiteral("error"),
            i.lastError.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(failureJson(i.lastError)) } };
    if (!i.note.isEmpty()) {
        o.insert(QStringLiteral("note"), i.note);
    }
    if (!i.problem.isEmpty()) {
        o.insert(QStringLiteral("problem"), i.problem);
    }
    if (!i.delivery.isNull()) {
        o.insert(QStringLiteral("delivery"), i.delivery.toJson());
    }
    return o;
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return QStringLiteral("-");
    }
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace StoreCli
