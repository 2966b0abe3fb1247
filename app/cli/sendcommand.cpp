#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "messageoptions.h"
#include "report.h"

#include "mime/emlreader.h"
#include "mime/messagewriter.h"
#include "smtp/smtpsender.h"
#include "smtp/smtptranscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace {

// A prepared .eml: its bytes as they are, and whether they need 8BITMIME / SMTPUTF8.
struct PreparedMessage
{
    QFile *file = nullptr;
    qint64 size = 0;
    bool eightBit = false;
    bool utf8Headers = false;
};

bool scanEml(const QString &path, PreparedMessage *out, QString *error)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--eml: cannot read %1: %2").arg(path, file->errorString());
        delete file;
        return false;
    }
    bool inHeaders = true;
    QByteArray previous;
    while (!file->atEnd()) {
        const QByteArray chunk = file->read(64 * 1024);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const uchar c = uchar(chunk[i]);
            if (inHeaders && c == '\n' && (previous.endsWith("\n") || previous.endsWith("\n\r"))) {
                inHeaders = false;
            }
            if (c >= 0x80) {
                out->eightBit = true;
                out->utf8Headers = out->utf8Headers || inHeaders;
            }
            previous = (previous + char(c)).right(2);
        }
    }
    out->size = file->size();
    file->seek(0);
    out->file = file;
    return true;
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
        {QStringLiteral("dry-run"), QStringLiteral("Compose the message and write it out instead of sending it.")},
        {QStringLiteral("output"), QStringLiteral("With --dry-run: write the message to FILE (- for stdout)."),
         QStringLiteral("FILE")},
        {QStringLiteral("dsn-notify"), QStringLiteral("Ask for delivery status notifications: never, or a list of "
                                                      "success,failure,delay (RFC 3461)."),
         QStringLiteral("WHEN")},
        {QStringLiteral("dsn-return"), QStringLiteral("full or headers: what a bounce returns."), QStringLiteral("WHAT")},
    });
    if (!parser.parse(QStringList{QStringLiteral("epistle send")} + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return Cli::usageError(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("output")) && !dryRun) {
        return Cli::usageError(QStringLiteral("--output goes with --dry-run"));
    }

    SmtpConnectionSettings settings;
    QString error;
    QString accountFrom, accountName;
    if (!dryRun) {
        const int rc = ConnectionOptions::resolve(parser, &settings, &error, &accountFrom, &accountName);
        if (rc != ExitCode::Ok) {
            return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
        }
    }

    // The message: composed from the options, or a prepared .eml sent as it is.
    SmtpOutgoingMessage outgoing;
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
        QByteArray head = emlFile->peek(1024 * 1024);
        const qsizetype end = head.indexOf("\n\r\n") >= 0 ? head.indexOf("\n\r\n") : head.indexOf("\n\n");
        if (end >= 0) {
            head.truncate(end + 1);
        }
        const EmlMessage headers = EmlReader::parse(head + "\r\n");
        if (parser.isSet(QStringLiteral("from"))) {
            MimeMessage envelope;
            if (const int rc = MessageOptions::build(parser, &envelope, &error, accountFrom); rc != ExitCode::Ok
                && parser.isSet(QStringLiteral("to"))) {
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
        if (parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("cc")) || parser.isSet(QStringLiteral("bcc"))) {
            MimeMessage envelope;
            envelope.setFrom(MailAddress(outgoing.from.isEmpty() ? QStringLiteral("x@invalid") : outgoing.from));
            if (const int rc = MessageOptions::build(parser, &envelope, &error, outgoing.from); rc != ExitCode::Ok) {
                return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
            }
            for (const MailAddress &a : envelope.envelopeRecipients()) {
                outgoing.recipients << a.address();
            }
        } else {
            for (const AddressList *list : {&headers.to, &headers.cc, &headers.bcc}) {
                for (const MailAddress &a : list->mailboxes()) {
                    if (!outgoing.recipients.contains(a.address(), Qt::CaseInsensitive)) {
                        outgoing.recipients << a.address();
                    }
                }
            }
        }
        if (outgoing.from.isEmpty() || outgoing.recipients.isEmpty()) {
            return Cli::usageError(QStringLiteral("--eml: the message names no sender or no recipients; give --from and --to"));
        }
        outgoing.body = emlFile.get();
        outgoing.size = prepared.size;
        outgoing.body8bit = prepared.eightBit;
        outgoing.smtpUtf8 = prepared.utf8Headers;
        if (dryRun) {
            return Cli::usageError(QStringLiteral("--dry-run composes a message; with --eml there is nothing to compose"));
        }
    } else {
        MimeMessage message;
        if (const int rc = MessageOptions::build(parser, &message, &error, accountFrom); rc != ExitCode::Ok) {
            return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
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
                printJson(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("messageId"), QString::fromLatin1(messageId)},
                                      {QStringLiteral("output"), path},
                                      {QStringLiteral("bytes"), QFile(path).size()}});
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
    }
    if (parser.isSet(QStringLiteral("dsn-notify"))) {
        for (const QString &n : parser.value(QStringLiteral("dsn-notify")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
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

    SmtpSender sender(settings);
    RunReport report;
    report.watch(sender.client());
    QFile traceOut;
    SmtpTranscript transcript;
    if (parser.isSet(QStringLiteral("trace"))) {
        traceOut.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        transcript.setDevice(&traceOut);
        sender.client()->setTranscript(&transcript);
    }
    QObject::connect(sender.client(), &SmtpClient::insecureAuthentication, [](const QString &warning) {
        Cli::err(QStringLiteral("epistle: warning: ") + warning);
    });
    QObject::connect(sender.client(), &SmtpClient::warning,
                     [](const QString &warning) { Cli::err(QStringLiteral("epistle: warning: ") + warning); });
    QObject::connect(&sender, &SmtpSender::finished, qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    sender.send({outgoing});
    QCoreApplication::exec();

    const SmtpSendResult result = sender.results().value(0);
    const SmtpError sendError = result.accepted ? SmtpError() : (result.error.isError() ? result.error : sender.error());
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), result.accepted},
                      {QStringLiteral("messageId"), QString::fromLatin1(messageId)},
                      {QStringLiteral("server"), report.serverObject(settings)},
                      {QStringLiteral("recipients"), RunReport::recipientsArray(result)},
                      {QStringLiteral("steps"), report.stepsArray()},
                      {QStringLiteral("roundTrips"), sender.client()->roundTrips()},
                      {QStringLiteral("bytesSent"), sender.client()->bytesWritten()},
                      {QStringLiteral("queueId"), result.queueId()}};
        o.insert(QStringLiteral("reply"), result.finalReply.isValid() ? QJsonValue(result.finalReply.summary())
                                                                      : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("error"), sendError.isError() ? QJsonValue(RunReport::errorObject(sendError))
                                                              : QJsonValue(QJsonValue::Null));
        printJson(o);
    }
    if (result.accepted) {
        for (const SmtpRecipientResult &r : result.recipients) {
            if (!r.accepted) {
                Cli::err(QStringLiteral("epistle: warning: %1 was refused: %2").arg(r.address, r.reply.summary()));
            }
        }
        if (!json) {
            Cli::out(QStringLiteral("Sent to %1: %2")
                         .arg(result.acceptedRecipients().join(QLatin1String(", ")), result.finalReply.summary()));
        }
        return ExitCode::Ok;
    }
    if (!json) {
        Cli::err(QStringLiteral("epistle: %1").arg(sendError.toString()));
    }
    return sendError.isError() ? sendError.exitCode() : ExitCode::Software;
}
