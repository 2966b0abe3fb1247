#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "emlsource.h"
#include "messageoptions.h"
#include "oauthcli.h"
#include "report.h"
#include "storecli.h"

#include "accounts/account.h"
#include "mime/addressparser.h"
#include "mime/emlreader.h"
#include "mime/messagewriter.h"
#include "smtp/smtpsender.h"
#include "smtp/smtptranscript.h"
#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QSaveFile>

namespace {

// A prepared .eml: its bytes as they are, where its header block ends, and whether they need 8BITMIME /
// SMTPUTF8.
struct PreparedMessage
{
    QFile *file = nullptr;
    qint64 size = 0;
    qint64 headerLength = -1; // -1: no blank line within the first MiB (see EmlSource::headerLength)
    bool eightBit = false;
    bool utf8Headers = false;
};

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) >= 0x80; });
}

bool scanEml(const QString &path, PreparedMessage *out, QString *error)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--eml: cannot read %1: %2").arg(path, file->errorString());
        delete file;
        return false;
    }
    out->file = file;
    out->size = file->size();
    out->headerLength = EmlSource::headerLength(file->peek(1024 * 1024), out->size);
    if (out->headerLength < 0) {
        return true; // the caller refuses it
    }
    // 8-bit in the header block asks for SMTPUTF8, anywhere for 8BITMIME; the body is read in chunks only
    // until its first 8-bit byte.
    out->utf8Headers = hasEightBit(file->peek(out->headerLength));
    out->eightBit = out->utf8Headers;
    file->seek(out->headerLength);
    while (!out->eightBit && !file->atEnd()) {
        out->eightBit = hasEightBit(file->read(256 * 1024));
    }
    file->seek(0);
    return true;
}

// What became of a message that did not go: where it is and what to do next.
QString outboxNote(const OutboxItem &item, const QString &storeError)
{
    QString note;
    switch (item.state) {
    case OutboxItem::State::Waiting:
        note = QStringLiteral(
            "the message stays in the outbox as %1 and is tried again from %2 (epistle outbox "
            "flush, or epistle outbox retry %1 now)")
                   .arg(item.id, StoreCli::formatTime(item.nextAttempt));
        break;
    case OutboxItem::State::MayHaveBeenSent:
        note = QStringLiteral(
            "the message stays in the outbox as %1, marked \"may have been sent\": it is not sent "
            "again on its own; check with the recipients, then epistle outbox retry %1 or "
            "epistle outbox remove %1")
                   .arg(item.id);
        break;
    default:
        note = QStringLiteral(
            "the message stays in the outbox as %1 (%2); epistle outbox retry %1 sends it again, "
            "epistle outbox remove %1 drops it")
                   .arg(item.id, OutboxItem::stateName(item.state));
        break;
    }
    if (!storeError.isEmpty()) {
        note += QStringLiteral(". Warning: ") + storeError;
    }
    return note;
}

} // namespace

int Commands::send(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Send a message."));
    ConnectionOptions::add(parser);
    MessageOptions::add(parser);
    Cli::addOutputOptions(parser);
    parser.addOptions({
        { QStringLiteral("dry-run"),
            QStringLiteral("Compose the message and write it out instead of sending it.") },
        { QStringLiteral("output"),
            QStringLiteral("With --dry-run: write the message to FILE (- for stdout)."),
            QStringLiteral("FILE") },
        { QStringLiteral("dsn-notify"),
            QStringLiteral("Ask for delivery status notifications: never, or a list of "
                           "success,failure,delay (RFC 3461)."),
            QStringLiteral("WHEN") },
        { QStringLiteral("dsn-return"), QStringLiteral("full or headers: what a bounce returns."),
            QStringLiteral("WHAT") },
        { QStringLiteral("queue"),
            QStringLiteral("Put the message in the outbox and return (epistle outbox flush "
                           "sends it).") },
        { QStringLiteral("send-at"),
            QStringLiteral("Send later: keep the message in the outbox until TIME (ISO 8601, "
                           "e.g. 2025-01-02T14:05 or 2025-01-02T14:05:00+01:00)."),
            QStringLiteral("TIME") },
    });
    if (!parser.parse(QStringList { QStringLiteral("epistle send") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return Cli::usageError(
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("output")) && !dryRun) {
        return Cli::usageError(QStringLiteral("--output goes with --dry-run"));
    }
    QDateTime sendAt;
    if (parser.isSet(QStringLiteral("send-at"))) {
        sendAt = QDateTime::fromString(parser.value(QStringLiteral("send-at")), Qt::ISODate);
        if (!sendAt.isValid()) {
            return Cli::usageError(QStringLiteral("--send-at takes an ISO 8601 time, e.g. 2025-01-02T14:05"));
        }
    }
    // Send later means queue: the outbox holds it until then (the GUI, or epistle outbox flush, sends it).
    const bool queueOnly = parser.isSet(QStringLiteral("queue"))
        || (sendAt.isValid() && sendAt > QDateTime::currentDateTime());
    if (dryRun && (parser.isSet(QStringLiteral("queue")) || sendAt.isValid())) {
        return Cli::usageError(
            QStringLiteral("--dry-run does not send or queue; leave out --queue and --send-at"));
    }

    SmtpConnectionSettings settings;
    QString error;
    QString accountFrom, accountName;
    Account account;
    if (!dryRun) {
        const int rc
            = ConnectionOptions::resolve(parser, &settings, &error, &accountFrom, &accountName, &account);
        if (rc != ExitCode::Ok) {
            return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
        }
    }

    // The message: composed from the options, or a prepared .eml sent as it is.
    SmtpOutgoingMessage outgoing;
    QString subject; // for the outbox list
    QString toDisplay;
    std::unique_ptr<MessageWriter> writer;
    std::unique_ptr<QFile> emlFile;
    QByteArray messageId;
    if (parser.isSet(QStringLiteral("eml"))) {
        PreparedMessage prepared;
        if (!scanEml(parser.value(QStringLiteral("eml")), &prepared, &error)) {
            return Cli::fail(ExitCode::NoInput, error);
        }
        emlFile.reset(prepared.file);
        // The envelope: --from/--to when given, else the message's own Sender/From and To/Cc/Bcc.
        if (prepared.headerLength < 0) {
            // Its envelope and its Bcc could not be read: better nothing sent than a Bcc list shown to all.
            return Cli::fail(ExitCode::DataError,
                QStringLiteral("--eml: %1 has no blank line after its header fields within the first 1 MiB; "
                               "it does not look like a message")
                    .arg(parser.value(QStringLiteral("eml"))));
        }
        const QByteArray head = emlFile->peek(prepared.headerLength);
        const EmlMessage headers = EmlReader::parse(head + "\r\n");
        subject = headers.subject;
        if (parser.isSet(QStringLiteral("from"))) {
            MimeMessage envelope;
            if (const int rc = MessageOptions::build(parser, &envelope, &error, accountFrom);
                rc != ExitCode::Ok && parser.isSet(QStringLiteral("to"))) {
                return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
            }
            outgoing.from = envelope.from().address();
        } else {
            const QList<MailAddress> sender = headers.sender.mailboxes();
            const QList<MailAddress> from = headers.from.mailboxes();
            outgoing.from = !sender.isEmpty() ? sender.first().address() : from.value(0).address();
            if (outgoing.from.isEmpty()) {
                outgoing.from = accountFrom;
            }
        }
        if (parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("cc"))
            || parser.isSet(QStringLiteral("bcc"))) {
            MimeMessage envelope;
            envelope.setFrom(
                MailAddress(outgoing.from.isEmpty() ? QStringLiteral("x@invalid") : outgoing.from));
            if (const int rc = MessageOptions::build(parser, &envelope, &error, outgoing.from);
                rc != ExitCode::Ok) {
                return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
            }
            for (const MailAddress &a : envelope.envelopeRecipients()) {
                outgoing.recipients << a.address();
            }
        } else {
            for (const AddressList *list : { &headers.to, &headers.cc, &headers.bcc }) {
                for (const MailAddress &a : list->mailboxes()) {
                    if (!outgoing.recipients.contains(a.address(), Qt::CaseInsensitive)) {
                        outgoing.recipients << a.address();
                    }
                }
            }
        }
        if (outgoing.from.isEmpty() || outgoing.recipients.isEmpty()) {
            return Cli::usageError(
                QStringLiteral("--eml: the message names no sender or no recipients; give --from and --to"));
        }
        // Bcc recipients are in the envelope; their header goes, as sendmail -t and msmtp do.
        if (EmlSource *withoutBcc
            = EmlSource::withoutBcc(emlFile.get(), prepared.headerLength, emlFile.get())) {
            outgoing.body = withoutBcc;
            outgoing.size = withoutBcc->size();
        } else {
            outgoing.body = emlFile.get();
            outgoing.size = prepared.size;
        }
        outgoing.body8bit = prepared.eightBit;
        outgoing.smtpUtf8 = prepared.utf8Headers;
        if (dryRun) {
            return Cli::usageError(
                QStringLiteral("--dry-run composes a message; with --eml there is nothing to compose"));
        }
    } else {
        MimeMessage message;
        if (const int rc = MessageOptions::build(parser, &message, &error, accountFrom, account.senderName);
            rc != ExitCode::Ok) {
            return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
        }
        // The account's Reply-To applies unless the command line gives one. (Its signature is the composer's:
        // a script's body goes out exactly as given.)
        if (!parser.isSet(QStringLiteral("reply-to")) && !account.replyTo.isEmpty()) {
            const AddressParser::Result replyTo = AddressParser::parseList(account.replyTo);
            if (replyTo.ok()) {
                message.setReplyTo(replyTo.addresses);
            }
        }
        writer = std::make_unique<MessageWriter>(message);
        if (!writer->isValid()) {
            return Cli::fail(ExitCode::DataError, writer->errorString());
        }
        messageId = writer->messageId();
        if (dryRun) {
            const QString path = parser.value(QStringLiteral("output"));
            if (path.isEmpty() || path == QLatin1String("-")) {
                QFile out;
                out.open(stdout, QIODevice::WriteOnly);
                if (!writer->writeTo(&out)) {
                    return Cli::fail(ExitCode::DataError, writer->errorString());
                }
                return ExitCode::Ok;
            }
            QString why;
            if (!MessageWriter::writeToFile(message, path, MessageWriter::Options(), &why)) {
                return Cli::fail(ExitCode::CantCreate, why);
            }
            if (json) {
                printJson(QJsonObject { { QStringLiteral("ok"), true },
                    { QStringLiteral("messageId"), QString::fromLatin1(messageId) },
                    { QStringLiteral("output"), path }, { QStringLiteral("bytes"), QFile(path).size() } });
            }
            return ExitCode::Ok;
        }
        if (!writer->open(QIODevice::ReadOnly)) {
            return Cli::fail(ExitCode::DataError, writer->errorString());
        }
        outgoing.from = writer->envelopeSender().address();
        for (const MailAddress &a : writer->envelopeRecipients()) {
            outgoing.recipients << a.address();
        }
        outgoing.body = writer.get();
        outgoing.size = writer->totalSize();
        outgoing.body8bit = writer->requires8BitMime();
        outgoing.smtpUtf8 = writer->requiresSmtpUtf8();
        subject = message.subject();
    }
    // Delivery notifications: the command line's choice, else the account's preferences.
    if (!parser.isSet(QStringLiteral("dsn-notify")) && !account.id.isEmpty()) {
        outgoing.dsnNotify = account.dsnNotify();
    }
    if (!parser.isSet(QStringLiteral("dsn-return")) && !account.id.isEmpty()) {
        outgoing.dsnReturn = account.dsnReturnKeyword();
    }
    if (parser.isSet(QStringLiteral("dsn-notify"))) {
        for (const QString &n :
            parser.value(QStringLiteral("dsn-notify")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            outgoing.dsnNotify << n.trimmed().toUpper().toLatin1();
        }
    }
    if (parser.isSet(QStringLiteral("dsn-return"))) {
        const QString r = parser.value(QStringLiteral("dsn-return")).toLower();
        if (r != QLatin1String("full") && r != QLatin1String("headers")) {
            return Cli::usageError(QStringLiteral("--dsn-return takes full or headers"));
        }
        outgoing.dsnReturn = r == QLatin1String("full") ? "FULL" : "HDRS";
    }

    if (toDisplay.isEmpty()) {
        toDisplay = outgoing.recipients.join(QStringLiteral(", "));
    }

    // Every message goes through the outbox: stored whole first, then sent from there, so a failure or a
    // crash never loses it and an uncertain outcome is never silently sent twice.
    MailStore store;
    if (!StoreCli::openStore(&store, &error)) {
        return Cli::fail(ExitCode::CantCreate,
            QStringLiteral("the outbox cannot be used, so nothing was sent: %1").arg(error));
    }
    OutboxItem item;
    // The account's id, not its name: the message still finds its account after a rename.
    item.account = account.id.isEmpty() ? accountName : account.id;
    if (item.account.isEmpty()) {
        item.connection = OutboxItem::connectionToJson(settings);
        StoreCli::addPasswordSource(parser, &item.connection);
    }
    item.from = outgoing.from;
    item.recipients = outgoing.recipients;
    item.body8bit = outgoing.body8bit;
    item.smtpUtf8 = outgoing.smtpUtf8;
    item.dsnReturn = outgoing.dsnReturn;
    item.dsnNotify = outgoing.dsnNotify;
    item.subject = subject;
    item.toDisplay = toDisplay;
    item.messageId = messageId;
    item.size = outgoing.size;
    item.notBefore = sendAt.isValid() ? sendAt.toUTC() : QDateTime();
    if (!store.outbox()->enqueue(outgoing.body, item, &error, !queueOnly)) {
        return Cli::fail(ExitCode::CantCreate, error);
    }
    writer.reset();
    emlFile.reset();

    if (queueOnly) {
        if (json) {
            printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("queued"), true },
                { QStringLiteral("outboxId"), item.id },
                { QStringLiteral("messageId"), QString::fromLatin1(messageId) },
                { QStringLiteral("notBefore"),
                    item.notBefore.isValid() ? QJsonValue(item.notBefore.toString(Qt::ISODate))
                                             : QJsonValue() } });
        } else {
            Cli::out(item.notBefore.isValid()
                    ? QStringLiteral(
                        "Queued as %1, to be sent at %2 (epistle outbox flush sends what is due)")
                          .arg(item.id, StoreCli::formatTime(item.notBefore))
                    : QStringLiteral("Queued as %1 (epistle outbox flush sends it)").arg(item.id));
        }
        return ExitCode::Ok;
    }

    // The settings resolved above (password included) are the ones this message goes with.
    const OutboxSender::Resolver resolver
        = [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); };
    OutboxSender outboxSender(store.outbox(), resolver);
    if (!parser.isSet(QStringLiteral("password-env")) && !parser.isSet(QStringLiteral("password-file"))) {
        // A token the server refuses is refreshed once and the login tried again (RFC 6749 6).
        outboxSender.setRefusedTokenResolver(OAuthCli::refusedTokenResolver(resolver));
    }
    RunReport report;
    QFile traceOut;
    SmtpTranscript transcript;
    const bool trace = parser.isSet(QStringLiteral("trace"));
    int roundTrips = 0;
    qint64 bytesSent = 0;
    QPointer<SmtpSender> current;
    QObject::connect(
        &outboxSender, &OutboxSender::itemStarted, &report, [&](const QString &, SmtpSender *sender) {
            current = sender;
            report.watch(sender->client());
            if (trace) {
                if (!traceOut.isOpen()) {
                    traceOut.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
                    transcript.setDevice(&traceOut);
                }
                sender->client()->setTranscript(&transcript);
            }
            QObject::connect(sender->client(), &SmtpClient::insecureAuthentication,
                [](const QString &warning) { Cli::err(QStringLiteral("epistle: warning: ") + warning); });
            QObject::connect(sender->client(), &SmtpClient::warning,
                [](const QString &warning) { Cli::err(QStringLiteral("epistle: warning: ") + warning); });
        });
    SmtpSendResult result;
    SmtpError sendError;
    OutboxItem finished = item;
    QString storeError;
    bool done = false;
    QObject::connect(&outboxSender, &OutboxSender::itemFinished, &report,
        [&](const QString &, const OutboxItem &after, const SmtpSendResult &r, const SmtpError &e,
            const QString &s) {
            finished = after;
            result = r;
            sendError = e;
            storeError = s;
            done = true;
            if (current) {
                roundTrips = current->client()->roundTrips();
                bytesSent = current->client()->bytesWritten();
            }
            QCoreApplication::exit(0);
        });
    QObject::connect(&outboxSender, &OutboxSender::idle, &report, [] { QCoreApplication::exit(0); });
    if (!outboxSender.sendNow(item.id, &error)) {
        return Cli::fail(ExitCode::TempFail,
            QStringLiteral("%1 The message stays in the outbox as %2.").arg(error, item.id));
    }
    if (!done && outboxSender.isBusy()) {
        QCoreApplication::exec();
    }
    if (!done) {
        return Cli::fail(ExitCode::TempFail,
            QStringLiteral("The message was not sent; it stays in the outbox as %1.").arg(item.id));
    }

    if (!result.accepted && !sendError.isError()) {
        sendError = SmtpError(SmtpError::ConnectionLost, Smtp::Step::None,
            storeError.isEmpty() ? QStringLiteral("The message was not sent.") : storeError);
    }
    if (json) {
        QJsonObject o { { QStringLiteral("ok"), result.accepted },
            { QStringLiteral("messageId"), QString::fromLatin1(messageId) },
            { QStringLiteral("server"), report.serverObject(settings) },
            { QStringLiteral("recipients"), RunReport::recipientsArray(result) },
            { QStringLiteral("steps"), report.stepsArray() }, { QStringLiteral("roundTrips"), roundTrips },
            { QStringLiteral("bytesSent"), bytesSent }, { QStringLiteral("queueId"), result.queueId() },
            { QStringLiteral("outboxId"), item.id },
            { QStringLiteral("outbox"),
                result.accepted ? QStringLiteral("sent") : OutboxItem::stateName(finished.state) } };
        o.insert(QStringLiteral("reply"),
            result.finalReply.isValid() ? QJsonValue(result.finalReply.summary())
                                        : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("error"),
            sendError.isError() ? QJsonValue(RunReport::errorObject(sendError))
                                : QJsonValue(QJsonValue::Null));
        if (!storeError.isEmpty()) {
            o.insert(QStringLiteral("storeError"), storeError);
        }
        printJson(o);
    }
    if (result.accepted) {
        for (const SmtpRecipientResult &r : result.recipients) {
            if (!r.accepted) {
                Cli::err(
                    QStringLiteral("epistle: warning: %1 was refused: %2").arg(r.address, r.reply.summary()));
            }
        }
        if (!storeError.isEmpty()) {
            Cli::err(QStringLiteral("epistle: warning: ") + storeError);
        }
        if (!json) {
            Cli::out(
                QStringLiteral("Sent to %1: %2")
                    .arg(result.acceptedRecipients().join(QLatin1String(", ")), result.finalReply.summary()));
        }
        return ExitCode::Ok;
    }
    if (!json) {
        Cli::err(QStringLiteral("epistle: %1").arg(sendError.toString()));
    }
    Cli::err(QStringLiteral("epistle: ") + outboxNote(finished, storeError));
    return sendError.isError() ? sendError.exitCode() : ExitCode::Software;
}
