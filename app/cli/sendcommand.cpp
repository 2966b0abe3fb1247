// `epistle send`: parse the request, prepare the message, put it in the outbox, send it from there, report.
#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "imapcli.h"
#include "messageoptions.h"
#include "oauthcli.h"
#include "outgoingmessage.h"
#include "report.h"
#include "sessionoutput.h"
#include "storecli.h"

#include "accounts/accountfile.h"
#include "accounts/secretmemory.h"
#include "smtp/smtpsender.h"
#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

QList<QCommandLineOption> Commands::sendOptions()
{
    return ConnectionOptions::options() + MessageOptions::options() + Cli::outputOptions()
        + QList<QCommandLineOption> {
              { QStringLiteral("dry-run"),
                  CliText::option(QT_TRANSLATE_NOOP(
                      "CliOption", "Compose the message and write it out instead of sending it.")) },
              { QStringLiteral("output"),
                  CliText::option(QT_TRANSLATE_NOOP(
                      "CliOption", "With --dry-run: write the message to FILE (- for stdout).")),
                  QStringLiteral("FILE") },
              { QStringLiteral("dsn-notify"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "Ask for delivery status notifications: never, or a list of "
                      "success,failure,delay (RFC 3461).")),
                  QStringLiteral("WHEN") },
              { QStringLiteral("dsn-return"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption", "full or headers: what a bounce returns.")),
                  QStringLiteral("WHAT") },
              { QStringLiteral("require-tls"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "yes: the message travels over TLS all the way or is not sent (REQUIRETLS, "
                      "RFC 8689); no: it carries \"TLS-Required: No\". Default: the account's.")),
                  QStringLiteral("YES|NO") },
              { QStringLiteral("queue"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "Put the message in the outbox and return (epistle outbox flush "
                      "sends it).")) },
              { QStringLiteral("keep-on-failure"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "When the message is not sent, keep it in the outbox for epistle outbox "
                      "flush (without it a failed send leaves nothing behind).")) },
              { QStringLiteral("send-at"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption",
                      "Send later: keep the message in the outbox until TIME (ISO 8601, "
                      "e.g. 2025-01-02T14:05 or 2025-01-02T14:05:00+01:00).")),
                  QStringLiteral("TIME") },
          };
}

namespace {

// What `epistle send` was asked to do, its options checked against each other.
struct SendRequest
{
    QCommandLineParser parser;
    bool dryRun = false;
    bool json = false;
    bool trace = false;
    bool queueOnly = false; // --queue, or --send-at a time still to come
    bool keepOnFailure = false;
    QDateTime sendAt;
};

// Where the message goes: the server's settings (password included) and the account they came from, if any.
struct Connection
{
    SmtpConnectionSettings settings;
    QString accountName;
    Account account;
};

// What became of the attempt to send the message from the outbox.
struct SendOutcome
{
    bool done = false; // the outbox sender reported a result
    OutboxItem item; // its state afterwards
    SmtpSendResult result;
    SmtpError error;
    QString storeError;
    int roundTrips = 0;
    qint64 bytesSent = 0;
    // Outbox messages the send added: the recipients a server refused for now (4xx) while the others got
    // the message, to be tried again.
    QStringList retryIds;
    bool removed = false; // not kept: the keep rule took the message out of the outbox again
    bool retriesRemoved = false;
    ImapCli::CopyOutcome copy; // the copy in the server's Sent folder, once the message was accepted
};

void addSendOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Send a message."));
    parser.addOptions(Commands::sendOptions());
}

int parseRequest(const QStringList &arguments, SendRequest *request, QString *error)
{
    QCommandLineParser &parser = request->parser;
    addSendOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("epistle send") } + arguments)) {
        *error = parser.errorText();
        return ExitCode::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = CliText::tr("unexpected argument: %1").arg(parser.positionalArguments().first());
        return ExitCode::Usage;
    }
    request->dryRun = parser.isSet(QStringLiteral("dry-run"));
    request->json = parser.isSet(QStringLiteral("json"));
    request->trace = parser.isSet(QStringLiteral("trace"));
    if (parser.isSet(QStringLiteral("output")) && !request->dryRun) {
        *error = CliText::tr("--output goes with --dry-run");
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("send-at"))) {
        request->sendAt = QDateTime::fromString(parser.value(QStringLiteral("send-at")), Qt::ISODate);
        if (!request->sendAt.isValid()) {
            *error = CliText::tr("--send-at takes an ISO 8601 time, e.g. 2025-01-02T14:05");
            return ExitCode::Usage;
        }
    }
    // Send later means queue: the outbox holds it until then (the GUI, or epistle outbox flush, sends it).
    request->queueOnly = parser.isSet(QStringLiteral("queue"))
        || (request->sendAt.isValid() && request->sendAt > QDateTime::currentDateTime());
    if (request->dryRun && (parser.isSet(QStringLiteral("queue")) || request->sendAt.isValid())) {
        *error = CliText::tr("--dry-run does not send or queue; leave out --queue and --send-at");
        return ExitCode::Usage;
    }
    request->keepOnFailure = parser.isSet(QStringLiteral("keep-on-failure"));
    if (request->dryRun && request->keepOnFailure) {
        *error = CliText::tr(
            "--dry-run sends nothing, so there is nothing to keep; leave out --keep-on-failure");
        return ExitCode::Usage;
    }
    if (request->dryRun && parser.isSet(QStringLiteral("eml"))) {
        *error = CliText::tr("--dry-run composes a message; with --eml there is nothing to compose");
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("eml"))) {
        // A prepared message goes out as it is: a message option other than the envelope's would be ignored,
        // and the person would believe it applied.
        const QStringList asIs { QStringLiteral("eml"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("cc"), QStringLiteral("bcc") };
        for (const QCommandLineOption &option : MessageOptions::options()) {
            const QString name = option.names().constFirst();
            if (!asIs.contains(name) && parser.isSet(name)) {
                *error = CliText::tr("--eml sends the message as it is: --%1 cannot change it (only the "
                                     "envelope can: --from, --to, --cc, --bcc)")
                             .arg(name);
                return ExitCode::Usage;
            }
        }
    }
    return ExitCode::Ok;
}

// Delivery notifications: the command line's choice, else the account's preferences.
int applyDsn(
    const QCommandLineParser &parser, const Account &account, SmtpOutgoingMessage *message, QString *error)
{
    if (!parser.isSet(QStringLiteral("dsn-notify")) && !account.id.isEmpty()) {
        message->dsnNotify = account.dsnNotify();
    }
    if (!parser.isSet(QStringLiteral("dsn-return")) && !account.id.isEmpty()) {
        message->dsnReturn = account.dsnReturnKeyword();
    }
    if (parser.isSet(QStringLiteral("dsn-notify"))) {
        for (const QString &n :
            parser.value(QStringLiteral("dsn-notify")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            message->dsnNotify << n.trimmed().toUpper().toLatin1();
        }
    }
    if (parser.isSet(QStringLiteral("dsn-return"))) {
        const QString r = parser.value(QStringLiteral("dsn-return")).toLower();
        if (r != QLatin1String("full") && r != QLatin1String("headers")) {
            *error = CliText::tr("--dsn-return takes full or headers");
            return ExitCode::Usage;
        }
        message->dsnReturn = r == QLatin1String("full") ? "FULL" : "HDRS";
    }
    return ExitCode::Ok;
}

// RFC 8689: --require-tls yes|no; without it, the account decides (its connection settings' requireTls).
int applyTlsRequirement(const QCommandLineParser &parser, SmtpOutgoingMessage *message, QString *error)
{
    if (!parser.isSet(QStringLiteral("require-tls"))) {
        return ExitCode::Ok;
    }
    bool required = false;
    if (!AccountFile::parseBool(parser.value(QStringLiteral("require-tls")), &required)) {
        *error = CliText::tr("--require-tls takes yes or no");
        return ExitCode::Usage;
    }
    message->tlsRequirement = required ? SmtpOutgoingMessage::TlsRequirement::Required
                                       : SmtpOutgoingMessage::TlsRequirement::NotRequired;
    return ExitCode::Ok;
}

int writeDryRun(const SendRequest &request, OutgoingMessage &message)
{
    const QString path = request.parser.value(QStringLiteral("output"));
    QString error;
    if (const int rc = message.writeTo(path, &error); rc != ExitCode::Ok) {
        return Cli::fail(rc, error);
    }
    if (request.json && !path.isEmpty() && path != QLatin1String("-")) {
        printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("messageId"), QString::fromLatin1(message.messageId) },
            { QStringLiteral("output"), path }, { QStringLiteral("bytes"), QFile(path).size() } });
    }
    return ExitCode::Ok;
}

// Every message goes through the outbox: stored whole first, then sent from there, so a failure or a crash
// never loses it and an uncertain outcome is never silently sent twice.
int enqueue(MailStore &store, const SendRequest &request, const Connection &connection,
    const OutgoingMessage &message, OutboxItem *item, QString *error)
{
    // The account's id, not its name: the message still finds its account after a rename.
    item->account = connection.account.id.isEmpty() ? connection.accountName : connection.account.id;
    if (item->account.isEmpty()) {
        item->connection = OutboxItem::connectionToJson(connection.settings);
        StoreCli::addPasswordSource(request.parser, &item->connection);
    }
    const SmtpOutgoingMessage &smtp = message.smtp;
    item->from = smtp.from;
    item->recipients = smtp.recipients;
    item->body8bit = smtp.body8bit;
    item->smtpUtf8 = smtp.smtpUtf8;
    item->dsnReturn = smtp.dsnReturn;
    item->dsnNotify = smtp.dsnNotify;
    item->tlsRequirement = smtp.tlsRequirement;
    item->subject = message.subject;
    item->toDisplay = smtp.recipients.join(QStringLiteral(", "));
    item->messageId = message.messageId;
    item->size = smtp.size;
    item->notBefore = request.sendAt.isValid() ? request.sendAt.toUTC() : QDateTime();
    if (!connection.account.id.isEmpty() && connection.account.imap.savesCopy()) {
        // Owed from now on, on disk before the server sees the message (the outbox keeps it to the end).
        item->sentCopy.state = SentCopyRecord::State::Pending;
    }
    if (!store.outbox()->enqueue(smtp.body, *item, error, !request.queueOnly)) {
        return ExitCode::CantCreate;
    }
    return ExitCode::Ok;
}

int reportQueued(const SendRequest &request, const OutboxItem &item)
{
    if (request.json) {
        printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("queued"), true },
            { QStringLiteral("outboxId"), item.id },
            { QStringLiteral("messageId"), QString::fromLatin1(item.messageId) },
            { QStringLiteral("notBefore"),
                item.notBefore.isValid() ? QJsonValue(item.notBefore.toString(Qt::ISODate))
                                         : QJsonValue() } });
    } else {
        Cli::out(item.notBefore.isValid()
                ? CliText::tr("Queued as %1, to be sent at %2 (epistle outbox flush sends what is due)")
                      .arg(item.id, StoreCli::formatTime(item.notBefore))
                : CliText::tr("Queued as %1 (epistle outbox flush sends it)").arg(item.id));
    }
    return ExitCode::Ok;
}

// Sends the enqueued message now, with the settings resolved above, and waits for the outcome.
SendOutcome sendNow(MailStore &store, const SendRequest &request, const SmtpConnectionSettings &settings,
    const OutboxItem &item, RunReport *report, QString *error)
{
    const OutboxSender::Resolver resolver
        = [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); };
    OutboxSender outboxSender(store.outbox(), resolver);
    if (!request.parser.isSet(QStringLiteral("password-env"))
        && !request.parser.isSet(QStringLiteral("password-file"))) {
        // A token the server refuses is refreshed once and the login tried again (RFC 6749 6).
        outboxSender.setRefusedTokenResolver(OAuthCli::refusedTokenResolver(resolver));
    }
    SessionOutput output(request.trace, ProgressLine::wanted(request.json, request.trace));
    SendOutcome outcome;
    outcome.item = item;
    QPointer<SmtpSender> current;
    QObject::connect(
        &outboxSender, &OutboxSender::itemStarted, report, [&](const QString &, SmtpSender *sender) {
            current = sender;
            report->watch(sender->client());
            output.attach(sender);
        });
    QObject::connect(&outboxSender, &OutboxSender::itemFinished, report,
        [&](const QString &, const OutboxItem &after, const SmtpSendResult &result, const SmtpError &e,
            const QString &storeError) {
            output.finish();
            outcome.done = true;
            outcome.item = after;
            outcome.result = result;
            outcome.error = e;
            outcome.storeError = storeError;
            if (current) {
                outcome.roundTrips = current->client()->roundTrips();
                outcome.bytesSent = current->client()->bytesWritten();
            }
            QCoreApplication::exit(0);
        });
    QObject::connect(&outboxSender, &OutboxSender::idle, report, [] { QCoreApplication::exit(0); });
    QObject::connect(store.outbox(), &Outbox::itemAdded, report, [&](const QString &id) {
        if (id != item.id) {
            outcome.retryIds << id;
        }
    });
    if (!outboxSender.sendNow(item.id, error)) {
        return outcome;
    }
    if (!outcome.done && outboxSender.isBusy()) {
        QCoreApplication::exec();
    }
    return outcome;
}

// What a plain `epistle send` leaves in the outbox (the rule README.md and `epistle help` state): the caller
// holds the message and learns the outcome from the exit code, so a message that was definitely not sent is
// taken out again, and so are the recipients a server refused for now; --keep-on-failure (and --queue)
// keep them for epistle outbox flush. A message that may have been sent always stays: only the person can
// tell whether it arrived. Nothing is removed when the outcome could not be recorded.
void applyKeepRule(MailStore &store, const SendRequest &request, SendOutcome *outcome)
{
    if (!outcome->done || request.keepOnFailure || !outcome->storeError.isEmpty()) {
        return;
    }
    for (const QString &id : std::as_const(outcome->retryIds)) {
        outcome->retriesRemoved = store.outbox()->remove(id) || outcome->retriesRemoved;
    }
    if (!outcome->result.accepted && outcome->item.state != OutboxItem::State::MayHaveBeenSent) {
        outcome->removed = store.outbox()->remove(outcome->item.id);
    }
}

// What became of a message that did not go: where it is and what to do next.
QString outboxNote(const SendOutcome &outcome)
{
    const OutboxItem &item = outcome.item;
    if (outcome.removed) {
        return QStringLiteral(
            "the message was not kept: a send that fails leaves nothing in the outbox unless "
            "--keep-on-failure is given (then epistle outbox flush tries again)");
    }
    const QString &storeError = outcome.storeError;
    QString note;
    switch (item.state) {
    case OutboxItem::State::Waiting:
        note = CliText::tr("the message stays in the outbox as %1 and is tried again from %2 (epistle outbox "
                           "flush, or epistle outbox retry %1 now)")
                   .arg(item.id, StoreCli::formatTime(item.nextAttempt));
        break;
    case OutboxItem::State::MayHaveBeenSent:
        note = CliText::tr(
            "the message stays in the outbox as %1, marked \"may have been sent\": it is not sent "
            "again on its own; check with the recipients, then epistle outbox retry %1 or "
            "epistle outbox remove %1")
                   .arg(item.id);
        break;
    default:
        note = CliText::tr(
            "the message stays in the outbox as %1 (%2); epistle outbox retry %1 sends it again, "
            "epistle outbox remove %1 drops it")
                   .arg(item.id, OutboxItem::stateName(item.state));
        break;
    }
    if (!storeError.isEmpty()) {
        note += CliText::tr(". Warning: ") + storeError;
    }
    return note;
}

void printOutcomeJson(const SendOutcome &outcome, const SmtpConnectionSettings &settings,
    const QString &outboxId, const QByteArray &messageId, const RunReport &report)
{
    const SmtpSendResult &result = outcome.result;
    QJsonObject o { { QStringLiteral("ok"), result.accepted },
        { QStringLiteral("messageId"), QString::fromLatin1(messageId) },
        { QStringLiteral("server"), report.serverObject(settings) },
        { QStringLiteral("recipients"), RunReport::recipientsArray(result) },
        { QStringLiteral("warnings"), RunReport::warningsArray(result) },
        { QStringLiteral("steps"), report.stepsArray() },
        { QStringLiteral("roundTrips"), outcome.roundTrips },
        { QStringLiteral("bytesSent"), outcome.bytesSent }, { QStringLiteral("queueId"), result.queueId() },
        { QStringLiteral("outboxId"), outboxId },
        { QStringLiteral("outbox"),
            result.accepted       ? QStringLiteral("sent")
                : outcome.removed ? QStringLiteral("removed")
                                  : OutboxItem::stateName(outcome.item.state) } };
    o.insert(QStringLiteral("reply"),
        result.finalReply.isValid() ? QJsonValue(result.finalReply.summary()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("error"),
        outcome.error.isError() ? QJsonValue(RunReport::errorObject(outcome.error))
                                : QJsonValue(QJsonValue::Null));
    if (!outcome.storeError.isEmpty()) {
        o.insert(QStringLiteral("storeError"), outcome.storeError);
    }
    o.insert(QStringLiteral("sentCopy"), ImapCli::outcomeJson(outcome.copy));
    printJson(o);
}

int reportOutcome(const SendRequest &request, const Connection &connection, const OutboxItem &queued,
    SendOutcome &outcome, const RunReport &report)
{
    const SmtpSendResult &result = outcome.result;
    if (!result.accepted && !outcome.error.isError()) {
        outcome.error = SmtpError(SmtpError::ConnectionLost, Smtp::Step::None,
            outcome.storeError.isEmpty() ? CliText::tr("The message was not sent.") : outcome.storeError);
    }
    if (request.json) {
        printOutcomeJson(outcome, connection.settings, queued.id, queued.messageId, report);
    }
    if (result.accepted) {
        for (const SmtpError &warning : result.warnings) {
            Cli::err(CliText::tr("epistle: warning: %1").arg(warning.toString()));
        }
        for (const SmtpRecipientResult &r : result.recipients) {
            if (!r.accepted) {
                Cli::err(
                    CliText::tr("epistle: warning: %1 was refused: %2").arg(r.address, r.reply.summary()));
            }
        }
        if (outcome.retriesRemoved) {
            Cli::err(
                QStringLiteral("epistle: warning: the message was not kept for the recipients refused for "
                               "now: send it to them again, or use --keep-on-failure to leave it in the "
                               "outbox for epistle outbox flush"));
        }
        for (const QString &id : outcome.retryIds) {
            if (!outcome.retriesRemoved) {
                Cli::err(
                    CliText::tr("epistle: note: the message stays in the outbox as %1 for the recipients "
                                "refused for now (epistle outbox flush tries again)")
                        .arg(id));
            }
        }
        if (!outcome.storeError.isEmpty()) {
            Cli::err(CliText::tr("epistle: warning: ") + outcome.storeError);
        }
        ImapCli::reportFailure(outcome.copy);
        if (!request.json) {
            Cli::out(
                CliText::tr("Sent to %1: %2")
                    .arg(result.acceptedRecipients().join(QLatin1String(", ")), result.finalReply.summary()));
        }
        return ExitCode::Ok;
    }
    if (!request.json) {
        Cli::err(QStringLiteral("epistle: %1").arg(outcome.error.toString()));
    }
    Cli::err(QStringLiteral("epistle: ") + outboxNote(outcome));
    return outcome.error.isError() ? outcome.error.exitCode() : ExitCode::Software;
}

int prepareMessage(
    const SendRequest &request, const Connection &connection, OutgoingMessage *message, QString *error)
{
    const QCommandLineParser &parser = request.parser;
    const int rc = parser.isSet(QStringLiteral("eml"))
        ? message->readEml(parser, connection.account.address, error)
        : message->compose(parser, connection.account, error);
    if (rc != ExitCode::Ok || request.dryRun) {
        return rc;
    }
    if (const int opened = message->open(error); opened != ExitCode::Ok) {
        return opened;
    }
    if (const int rc = applyDsn(parser, connection.account, &message->smtp, error); rc != ExitCode::Ok) {
        return rc;
    }
    return applyTlsRequirement(parser, &message->smtp, error);
}

} // namespace

int Commands::send(const QStringList &arguments)
{
    SendRequest request;
    QString error;
    if (const int rc = parseRequest(arguments, &request, &error); rc != ExitCode::Ok) {
        return Cli::exitWith(rc, error);
    }
    Connection connection;
    if (!request.dryRun) {
        if (const int rc = ConnectionOptions::resolve(request.parser, &connection.settings, &error, nullptr,
                &connection.accountName, &connection.account);
            rc != ExitCode::Ok) {
            return Cli::exitWith(rc, error);
        }
    }
    OutgoingMessage message;
    if (const int rc = prepareMessage(request, connection, &message, &error); rc != ExitCode::Ok) {
        return Cli::exitWith(rc, error);
    }
    if (request.dryRun) {
        return writeDryRun(request, message);
    }

    MailStore store;
    if (!StoreCli::openStore(&store, &error)) {
        return Cli::fail(ExitCode::CantCreate,
            CliText::tr("the outbox cannot be used, so nothing was sent: %1").arg(error));
    }
    OutboxItem item;
    if (const int rc = enqueue(store, request, connection, message, &item, &error); rc != ExitCode::Ok) {
        return Cli::fail(rc, error);
    }
    message.release();
    if (request.queueOnly) {
        return reportQueued(request, item);
    }

    RunReport report;
    QString startError;
    SendOutcome outcome = sendNow(store, request, connection.settings, item, &report, &startError);
    if (outcome.done && outcome.result.accepted && outcome.item.sentCopy.isWanted()) {
        // The second step, on its own: whatever becomes of the copy, the message is not sent again.
        const SentCopyQueue::Resolver resolver = [&connection](const OutboxItem &,
                                                     const SentCopyQueue::SettingsReady &ready) {
            ImapConnectionSettings settings;
            const QString why
                = ImapCli::resolve(connection.account, connection.settings.credentials, &settings);
            ready(settings, connection.account.imap.copyOptions(), settings.host.isEmpty() ? why : QString());
        };
        outcome.copy = ImapCli::saveCopies(store, { item.id }, resolver, request.trace).value(0);
    }
    SecretMemory::wipe(connection.settings.credentials); // every copy the send made shares its buffer
    applyKeepRule(store, request, &outcome);
    if (!outcome.done) {
        return Cli::fail(ExitCode::TempFail,
            startError.isEmpty()
                ? CliText::tr("The message was not sent; it stays in the outbox as %1.").arg(item.id)
                : CliText::tr("%1 The message stays in the outbox as %2.").arg(startError, item.id));
    }
    return reportOutcome(request, connection, item, outcome, report);
}
