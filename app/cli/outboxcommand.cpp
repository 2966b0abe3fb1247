#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "imapcli.h"
#include "oauthcli.h"
#include "report.h"
#include "sessionoutput.h"
#include "storecli.h"

#include "smtp/smtpsender.h"
#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace {

// What a flush or retry did, message by message in the order the outcomes came: the shared part of both.
struct SendRun
{
    struct Outcome
    {
        QString id;
        OutboxItem item;
        SmtpSendResult result;
        SmtpError error;
        QString storeError;
    };
    QList<Outcome> outcomes;
    QList<ImapCli::CopyOutcome> copies; // flush: the copies saved (or not) in the servers' Sent folders
};

// Sends what the person named ('ids', in that order), or with no ids everything queued or waiting for a
// retry, in queue order and one connection per account, and collects each outcome as it comes.
SendRun sendItems(MailStore &store, const QStringList &ids, const QCommandLineParser &parser)
{
    SendRun run;
    const OutboxSender::Resolver resolver = StoreCli::resolver(parser);
    OutboxSender sender(store.outbox(), resolver);
    sender.setRefusedTokenResolver(OAuthCli::refusedTokenResolver(resolver));
    if (StoreCli::hasConnectionOptions(parser)) {
        // One connection given on the command line carries them all.
        sender.setBatchKey([](const OutboxItem &) { return QString(); });
    }
    SessionOutput output(parser.isSet(QStringLiteral("trace")),
        ProgressLine::wanted(parser.isSet(QStringLiteral("json")), parser.isSet(QStringLiteral("trace"))));
    // One session per connection, which carries one account's messages.
    QObject::connect(&sender, &OutboxSender::batchStarted, &output,
        [&output](const QStringList &, SmtpSender *smtp) { output.attach(smtp); });
    QObject::connect(&sender, &OutboxSender::itemFinished, &sender,
        [&](const QString &id, const OutboxItem &item, const SmtpSendResult &result, const SmtpError &error,
            const QString &storeError) {
            run.outcomes.append({ id, item, result, error, storeError });
        });
    QObject::connect(&sender, &OutboxSender::idle, &sender, [] { QCoreApplication::exit(0); });
    const int linedUp = ids.isEmpty() ? sender.flushWaiting() : sender.send(ids);
    if (linedUp > 0 || sender.isBusy()) {
        QCoreApplication::exec();
    }
    for (const QString &id : ids) {
        const bool reported = std::any_of(run.outcomes.begin(), run.outcomes.end(),
            [&id](const SendRun::Outcome &o) { return o.id == id; });
        if (!reported) {
            OutboxItem item;
            store.outbox()->item(id, &item);
            run.outcomes.append({ id, item, {},
                SmtpError(
                    SmtpError::Cancelled, Smtp::Step::None, CliText::tr("Another Epistle is sending it.")),
                {} });
        }
    }
    return run;
}

QString describeOutcome(const SendRun::Outcome &o)
{
    if (o.result.accepted) {
        QString line = CliText::tr("%1: sent to %2: %3")
                           .arg(o.id, o.result.acceptedRecipients().join(QStringLiteral(", ")),
                               o.result.finalReply.summary());
        const QStringList refused = o.result.refusedRecipients();
        if (!refused.isEmpty()) {
            line += CliText::tr(" (refused: %1)").arg(refused.join(QStringLiteral(", ")));
        }
        for (const SmtpError &warning : o.result.warnings) {
            line += CliText::tr(" [warning: %1]").arg(warning.toString());
        }
        return line;
    }
    QString line = QStringLiteral("%1: %2: %3")
                       .arg(o.id, OutboxItem::stateName(o.item.state),
                           o.error.isError() ? o.error.toString() : o.item.lastError.toString());
    if (o.item.state == OutboxItem::State::Waiting) {
        line += CliText::tr(" (next attempt %1)").arg(StoreCli::formatTime(o.item.nextAttempt));
    }
    if (!o.storeError.isEmpty()) {
        line += CliText::tr(" [warning: %1]").arg(o.storeError);
    }
    return line;
}

QJsonObject outcomeJson(const SendRun::Outcome &o)
{
    QJsonObject j { { QStringLiteral("id"), o.id }, { QStringLiteral("ok"), o.result.accepted },
        { QStringLiteral("state"),
            o.result.accepted ? QStringLiteral("sent") : OutboxItem::stateName(o.item.state) },
        { QStringLiteral("recipients"), RunReport::recipientsArray(o.result) },
        { QStringLiteral("warnings"), RunReport::warningsArray(o.result) },
        { QStringLiteral("queueId"), o.result.queueId() },
        { QStringLiteral("reply"),
            o.result.finalReply.isValid() ? QJsonValue(o.result.finalReply.summary())
                                          : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("error"),
            o.error.isError() ? QJsonValue(RunReport::errorObject(o.error))
                              : QJsonValue(QJsonValue::Null) } };
    if (o.item.state == OutboxItem::State::Waiting) {
        j.insert(QStringLiteral("nextAttempt"), o.item.nextAttempt.toString(Qt::ISODate));
    }
    if (!o.storeError.isEmpty()) {
        j.insert(QStringLiteral("storeError"), o.storeError);
    }
    return j;
}

int exitCodeOf(const SendRun::Outcome &o)
{
    if (o.result.accepted) {
        return ExitCode::Ok;
    }
    if (o.error.isError() && o.error.code() != SmtpError::InvalidInput) {
        return o.error.exitCode();
    }
    return o.item.lastError.exitCode ? o.item.lastError.exitCode : ExitCode::TempFail;
}

int reportRun(const SendRun &run, bool json)
{
    int rc = ExitCode::Ok;
    QJsonArray items;
    for (const SendRun::Outcome &o : run.outcomes) {
        if (json) {
            items.append(outcomeJson(o));
        } else if (o.result.accepted) {
            Cli::out(describeOutcome(o));
        } else {
            Cli::err(QStringLiteral("epistle: ") + describeOutcome(o));
        }
        if (rc == ExitCode::Ok) {
            rc = exitCodeOf(o);
        }
    }
    QJsonArray copies;
    for (const ImapCli::CopyOutcome &c : run.copies) {
        QJsonObject o = ImapCli::outcomeJson(c).toObject();
        o.insert(QStringLiteral("id"), c.item.id);
        copies.append(o);
        if (json) {
            continue;
        }
        if (c.item.sentCopy.state == SentCopyRecord::State::Saved) {
            Cli::out(CliText::tr("%1: copy saved in %2").arg(c.item.id, c.item.sentCopy.folder));
        } else {
            ImapCli::reportFailure(c);
        }
    }
    if (json) {
        printJson(QJsonObject { { QStringLiteral("ok"), rc == ExitCode::Ok },
            { QStringLiteral("items"), items }, { QStringLiteral("sentCopies"), copies } });
    }
    return rc;
}

int list(const QCommandLineParser &parser, MailStore &store)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool sent = parser.isSet(QStringLiteral("sent"));
    const QList<OutboxItem> items = sent ? store.sent()->list() : store.outbox()->list();
    const QSet<QString> accounts = sent ? QSet<QString>() : StoreCli::accountKeys();
    const auto accountRemoved
        = [&](const OutboxItem &i) { return !sent && !i.account.isEmpty() && !accounts.contains(i.account); };
    if (json) {
        QJsonArray array;
        for (const OutboxItem &i : items) {
            QJsonObject o = StoreCli::itemJson(i);
            if (accountRemoved(i)) {
                o.insert(QStringLiteral("accountRemoved"), true);
            }
            array.append(o);
        }
        printJson(QJsonObject { { sent ? QStringLiteral("sent") : QStringLiteral("outbox"), array } });
        return ExitCode::Ok;
    }
    if (items.isEmpty()) {
        Cli::out(sent ? CliText::tr("No sent messages.") : CliText::tr("The outbox is empty."));
        return ExitCode::Ok;
    }
    for (const OutboxItem &i : items) {
        const QString to = i.recipients.join(QStringLiteral(", "));
        if (sent) {
            Cli::out(CliText::tr("%1  %2  to %3  \"%4\"  %5")
                         .arg(i.id, StoreCli::formatTime(i.delivery.sentAt), to, i.subject,
                             i.delivery.note.isEmpty() ? i.delivery.reply : i.delivery.note));
            continue;
        }
        QString state = OutboxItem::stateName(i.state);
        if (i.state == OutboxItem::State::Waiting) {
            state += CliText::tr(" until %1").arg(StoreCli::formatTime(i.nextAttempt));
        } else if (i.state == OutboxItem::State::Queued && i.notBefore.isValid()) {
            state += CliText::tr(" for %1").arg(StoreCli::formatTime(i.notBefore));
        }
        Cli::out(CliText::tr("%1  %2  attempts %3  to %4  \"%5\"")
                     .arg(i.id, state)
                     .arg(i.attempts)
                     .arg(to, i.subject));
        if (!i.problem.isEmpty()) {
            Cli::out(CliText::tr("    problem: %1").arg(i.problem));
        } else if (!i.note.isEmpty()) {
            Cli::out(QStringLiteral("    %1").arg(i.note));
        }
        if (!i.lastError.isNull() && i.state != OutboxItem::State::Queued) {
            Cli::out(CliText::tr("    last error: %1").arg(i.lastError.toString()));
        }
        if (accountRemoved(i)) {
            Cli::out(QStringLiteral("    ") + StoreCli::accountRemovedAdvice(i.id));
        }
    }
    return ExitCode::Ok;
}

int flush(const QCommandLineParser &parser, MailStore &store)
{
    // Everything that waits to go now, first in first out: queued messages (send-later ones once their time
    // has come) and those waiting for a retry, whatever their retry time (the person asked). Failed and "may
    // have been sent" messages need `epistle outbox retry ID`.
    // Then the copies the sent folder still owes to the servers' Sent folders: the copy step alone, which
    // never sends a message.
    SendRun run = sendItems(store, {}, parser);
    run.copies = ImapCli::saveCopies(
        store, {}, ImapCli::resolver(StoreCli::resolver(parser)), parser.isSet(QStringLiteral("trace")));
    if (run.outcomes.isEmpty() && run.copies.isEmpty()) {
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(
                QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("items"), QJsonArray() } });
        } else {
            Cli::out(CliText::tr("Nothing to send."));
        }
        return ExitCode::Ok;
    }
    return reportRun(run, parser.isSet(QStringLiteral("json")));
}

} // namespace

QList<QCommandLineOption> Commands::outboxOptions()
{
    return ConnectionOptions::options() + Cli::outputOptions()
        + QList<QCommandLineOption> {
              { QStringLiteral("sent"),
                  CliText::option(
                      QT_TRANSLATE_NOOP("CliOption", "With list: the sent folder instead of the outbox.")) },
          };
}

int Commands::outbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The outbox: list | flush | retry ID [--account NAME] | remove ID"));
    parser.addOptions(outboxOptions());
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, flush, retry or remove"));
    if (!parser.parse(QStringList { QStringLiteral("epistle outbox") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool needsId = action == QLatin1String("retry") || action == QLatin1String("remove");
    if (needsId ? args.size() != 2 : args.size() > 1) {
        return Cli::usageError(needsId ? CliText::tr("outbox %1 takes one message id").arg(action)
                                       : CliText::tr("unexpected argument: %1").arg(args.value(1)));
    }
    MailStore store;
    QString error;
    if (!StoreCli::openStore(&store, &error) && action != QLatin1String("list")) {
        return Cli::fail(ExitCode::CantCreate, error);
    }
    if (action == QLatin1String("list")) {
        return list(parser, store);
    }
    if (action == QLatin1String("flush")) {
        return flush(parser, store);
    }
    if (!needsId) {
        return Cli::usageError(
            CliText::tr("unknown outbox action \"%1\" (list, flush, retry ID, remove ID)").arg(action));
    }
    const QString id = store.outbox()->findId(args.at(1), &error);
    if (id.isEmpty()) {
        return Cli::fail(ExitCode::NoInput, error);
    }
    if (action == QLatin1String("remove")) {
        if (!store.outbox()->remove(id, &error)) {
            return Cli::fail(ExitCode::TempFail, error);
        }
        if (json) {
            printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("removed"), id } });
        } else {
            Cli::out(CliText::tr("Removed %1 from the outbox.").arg(id));
        }
        return ExitCode::Ok;
    }
    if (parser.isSet(QStringLiteral("account"))) {
        // retry --account: sent from that account from now on (its own may have been removed).
        QString accountId;
        if (!StoreCli::findAccount(parser.value(QStringLiteral("account")), &accountId, &error)) {
            return Cli::fail(ExitCode::Config, error);
        }
        if (!store.outbox()->reassign(id, accountId, &error)) {
            return Cli::fail(ExitCode::TempFail, error);
        }
    }
    // retry: the person's explicit decision, also for a message that may have been delivered already.
    if (!store.outbox()->retry(id, &error)) {
        return Cli::fail(ExitCode::TempFail, error);
    }
    return reportRun(sendItems(store, { id }, parser), json);
}
