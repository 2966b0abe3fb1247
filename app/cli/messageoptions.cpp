#include "messageoptions.h"

#include "cliutil.h"
#include "mime/addressparser.h"

#include <QFileInfo>

QList<QCommandLineOption> MessageOptions::options()
{
    return {
        { QStringLiteral("from"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "The sender, \"Name <addr>\" or addr.")),
            QStringLiteral("ADDR") },
        { QStringLiteral("to"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "A recipient (repeatable; a comma-separated list works too).")),
            QStringLiteral("ADDR") },
        { QStringLiteral("cc"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "A copy recipient (repeatable).")),
            QStringLiteral("ADDR") },
        { QStringLiteral("bcc"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "A blind copy recipient (repeatable; never in the headers).")),
            QStringLiteral("ADDR") },
        { QStringLiteral("reply-to"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "Where replies should go.")),
            QStringLiteral("ADDR") },
        { QStringLiteral("subject"), CliText::option(QT_TRANSLATE_NOOP("CliOption", "The subject.")),
            QStringLiteral("TEXT") },
        { QStringLiteral("body"), CliText::option(QT_TRANSLATE_NOOP("CliOption", "The plain-text body.")),
            QStringLiteral("TEXT") },
        { QStringLiteral("body-file"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "Read the plain-text body (UTF-8) from FILE, or - for stdin.")),
            QStringLiteral("FILE") },
        { QStringLiteral("html-file"),
            CliText::option(QT_TRANSLATE_NOOP(
                "CliOption", "An HTML body (UTF-8); a plain-text alternative is made from it.")),
            QStringLiteral("FILE") },
        { QStringLiteral("attach"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption", "Attach FILE (repeatable).")),
            QStringLiteral("FILE") },
        { QStringLiteral("inline"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "Add FILE as an inline image; the HTML refers to it as cid:<its file name> (repeatable).")),
            QStringLiteral("FILE") },
        { QStringLiteral("header"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Add a header line \"Name: value\" (repeatable).")),
            QStringLiteral("LINE") },
        { QStringLiteral("eml"),
            CliText::option(QT_TRANSLATE_NOOP("CliOption",
                "Send the prepared message in FILE (- for stdin) as it is, without its Bcc header "
                "fields.")),
            QStringLiteral("FILE") },
    };
}

void MessageOptions::add(QCommandLineParser &parser)
{
    parser.addOptions(options());
}

static bool parseAddresses(const QStringList &values, const QString &option, AddressList *out, QString *error)
{
    for (const QString &v : values) {
        const AddressParser::Result r = AddressParser::parseList(v);
        if (!r.ok()) {
            *error = QStringLiteral("--%1: %2").arg(option, r.error);
            return false;
        }
        out->append(r.addresses);
    }
    return true;
}

int MessageOptions::build(const QCommandLineParser &parser, MimeMessage *message, QString *error,
    const QString &defaultFrom, const QString &defaultFromName)
{
    MimeMessage &m = *message;
    if (parser.isSet(QStringLiteral("from"))) {
        const AddressParser::Result r = AddressParser::parseMailbox(parser.value(QStringLiteral("from")));
        if (!r.ok()) {
            *error = QStringLiteral("--from: ") + r.error;
            return ExitCode::Usage;
        }
        m.setFrom(r.addresses.mailboxes().value(0));
    } else if (!defaultFrom.isEmpty()) {
        m.setFrom(MailAddress(defaultFrom, defaultFromName));
    } else {
        *error = CliText::tr("say who the message is from: --from ADDR");
        return ExitCode::Usage;
    }
    AddressList to, cc, bcc, replyTo;
    if (!parseAddresses(parser.values(QStringLiteral("to")), QStringLiteral("to"), &to, error)
        || !parseAddresses(parser.values(QStringLiteral("cc")), QStringLiteral("cc"), &cc, error)
        || !parseAddresses(parser.values(QStringLiteral("bcc")), QStringLiteral("bcc"), &bcc, error)
        || !parseAddresses(
            parser.values(QStringLiteral("reply-to")), QStringLiteral("reply-to"), &replyTo, error)) {
        return ExitCode::Usage;
    }
    m.setTo(to);
    m.setCc(cc);
    m.setBcc(bcc);
    if (!replyTo.isEmpty()) {
        m.setReplyTo(replyTo);
    }
    if (to.mailboxes().isEmpty() && cc.mailboxes().isEmpty() && bcc.mailboxes().isEmpty()) {
        *error = CliText::tr("say who receives the message: --to ADDR (or --cc, --bcc)");
        return ExitCode::Usage;
    }
    m.setSubject(parser.value(QStringLiteral("subject")));

    if (parser.isSet(QStringLiteral("body")) && parser.isSet(QStringLiteral("body-file"))) {
        *error = CliText::tr("give --body or --body-file, not both");
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("body"))) {
        m.setPlainText(parser.value(QStringLiteral("body")));
    } else if (parser.isSet(QStringLiteral("body-file"))) {
        QByteArray data;
        if (!Cli::readFile(parser.value(QStringLiteral("body-file")), &data, error)) {
            return ExitCode::NoInput;
        }
        m.setPlainText(QString::fromUtf8(data));
    }
    if (parser.isSet(QStringLiteral("html-file"))) {
        QByteArray data;
        if (!Cli::readFile(parser.value(QStringLiteral("html-file")), &data, error)) {
            return ExitCode::NoInput;
        }
        m.setHtml(QString::fromUtf8(data));
    }
    for (const QString &path : parser.values(QStringLiteral("attach"))) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            *error = CliText::tr("--attach: cannot read %1").arg(path);
            return ExitCode::NoInput;
        }
        m.addAttachment(MimeAttachment::fromFile(path));
    }
    for (const QString &path : parser.values(QStringLiteral("inline"))) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            *error = CliText::tr("--inline: cannot read %1").arg(path);
            return ExitCode::NoInput;
        }
        if (!parser.isSet(QStringLiteral("html-file"))) {
            *error = CliText::tr("--inline images need an HTML body (--html-file) that refers to them");
            return ExitCode::Usage;
        }
        MimeAttachment image = MimeAttachment::fromFile(path);
        m.addInlineImage(image, image.fileName());
    }
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        QString why;
        if (!m.addHeaderLine(line, &why)) {
            *error = QStringLiteral("--header \"%1\": %2").arg(line, why);
            return ExitCode::Usage;
        }
    }
    const QStringList problems = m.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1String("; "));
        return ExitCode::DataError;
    }
    return ExitCode::Ok;
}
