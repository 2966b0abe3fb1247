#include "outgoingmessage.h"

#include "cliutil.h"
#include "emlsource.h"
#include "messageoptions.h"

#include "mime/addressparser.h"
#include "mime/emlreader.h"
#include "mime/mimeutils.h"

#include <QDir>
#include <QTemporaryFile>
#include <algorithm>
#include <unistd.h>

namespace {

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) >= 0x80; });
}

// What the bytes of a prepared message need from the server: 8-bit in the header block asks for SMTPUTF8,
// anywhere for 8BITMIME. The body is read in chunks only until its first 8-bit byte.
void scanEightBit(QFile *file, qint64 headerLength, bool *eightBit, bool *utf8Headers)
{
    *utf8Headers = hasEightBit(file->peek(headerLength));
    *eightBit = *utf8Headers;
    file->seek(headerLength);
    while (!*eightBit && !file->atEnd()) {
        *eightBit = hasEightBit(file->read(256 * 1024));
    }
    file->seek(0);
}

// A pipe (standard input, a process substitution) can be read once only, and a prepared message is read
// more than once (its header block, an 8-bit scan, the copy into the outbox): its bytes go to a temporary
// file first, read in pieces so a large message costs no memory. nullptr with 'error' set when a read or a
// write failed, or when nothing came.
std::unique_ptr<QTemporaryFile> spooled(QIODevice *source, const QString &name, QString *error, int *code)
{
    auto copy = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("epistle-eml-XXXXXX")));
    const auto cannotKeep = [&] {
        *error = CliText::tr("--eml: cannot keep the message from %1 in a temporary file: %2")
                     .arg(name, copy->errorString());
        *code = ExitCode::CantCreate;
        return nullptr;
    };
    if (!copy->open()) {
        return cannotKeep();
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = source->read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = CliText::tr("--eml: cannot read %1: %2").arg(name, source->errorString());
            *code = ExitCode::NoInput;
            return nullptr;
        }
        if (n == 0) {
            break;
        }
        if (copy->write(buffer.constData(), n) != n) {
            return cannotKeep();
        }
        total += n;
    }
    if (total == 0) {
        *error = CliText::tr("--eml: %1 was empty: there is no message to send").arg(name);
        *code = ExitCode::NoInput;
        return nullptr;
    }
    if (!copy->flush() || !copy->seek(0)) {
        return cannotKeep();
    }
    return copy;
}

} // namespace

OutgoingMessage::~OutgoingMessage() = default;

int OutgoingMessage::compose(const QCommandLineParser &parser, const Account &account, QString *error)
{
    if (const int rc = MessageOptions::build(parser, &m_message, error, account.address, account.senderName);
        rc != ExitCode::Ok) {
        return rc;
    }
    // The account's Reply-To applies unless the command line gives one. (Its signature is the composer's: a
    // script's body goes out exactly as given.)
    if (!parser.isSet(QStringLiteral("reply-to")) && !account.replyTo.isEmpty()) {
        const AddressParser::Result replyTo = AddressParser::parseList(account.replyTo);
        if (replyTo.ok()) {
            m_message.setReplyTo(replyTo.addresses);
        }
    }
    m_writer = std::make_unique<MessageWriter>(m_message);
    if (!m_writer->isValid()) {
        *error = m_writer->errorString();
        return ExitCode::DataError;
    }
    messageId = m_writer->messageId();
    subject = m_message.subject();
    return ExitCode::Ok;
}

int OutgoingMessage::writeTo(const QString &path, QString *error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        if (!m_writer->writeTo(&out)) {
            *error = m_writer->errorString();
            return ExitCode::DataError;
        }
        return ExitCode::Ok;
    }
    if (!MessageWriter::writeToFile(m_message, path, MessageWriter::Options(), error)) {
        return ExitCode::CantCreate;
    }
    return ExitCode::Ok;
}

int OutgoingMessage::open(QString *error)
{
    if (!m_writer) {
        return ExitCode::Ok; // a prepared .eml: open since readEml()
    }
    if (!m_writer->open(QIODevice::ReadOnly)) {
        *error = m_writer->errorString();
        return ExitCode::DataError;
    }
    smtp.from = m_writer->envelopeSender().address();
    for (const MailAddress &a : m_writer->envelopeRecipients()) {
        smtp.recipients << a.address();
    }
    smtp.body = m_writer.get();
    smtp.size = m_writer->totalSize();
    smtp.body8bit = m_writer->requires8BitMime();
    smtp.smtpUtf8 = m_writer->requiresSmtpUtf8();
    return ExitCode::Ok;
}

void OutgoingMessage::release()
{
    smtp.body = nullptr;
    m_writer.reset();
    m_eml.reset();
}

int OutgoingMessage::readEml(const QCommandLineParser &parser, const QString &accountFrom, QString *error)
{
    const QString path = parser.value(QStringLiteral("eml"));
    const bool standardInput = path == QLatin1String("-");
    m_eml = std::make_unique<QFile>(path);
    const bool opened = standardInput
        ? m_eml->open(STDIN_FILENO, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)
        : m_eml->open(QIODevice::ReadOnly);
    if (!opened) {
        *error = CliText::tr("--eml: cannot read %1: %2").arg(path, m_eml->errorString());
        return ExitCode::NoInput;
    }
    if (m_eml->isSequential()) {
        const QString name = standardInput ? CliText::tr("standard input") : path;
        int code = ExitCode::Ok;
        std::unique_ptr<QTemporaryFile> copy = spooled(m_eml.get(), name, error, &code);
        if (!copy) {
            return code;
        }
        m_eml = std::move(copy);
    }
    const qint64 size = m_eml->size();
    const qint64 headerLength = EmlSource::headerLength(m_eml->peek(1024 * 1024), size);
    if (headerLength < 0) {
        // Its envelope and its Bcc could not be read: better nothing sent than a Bcc list shown to all.
        *error = CliText::tr("--eml: %1 has no blank line after its header fields within the first 1 MiB; "
                             "it does not look like a message")
                     .arg(path);
        return ExitCode::DataError;
    }
    int code = ExitCode::Ok;
    if (!resolveEmlEnvelope(parser, accountFrom, m_eml->peek(headerLength), error, &code)) {
        return code;
    }
    scanEightBit(m_eml.get(), headerLength, &smtp.body8bit, &smtp.smtpUtf8);
    // Bcc recipients are in the envelope; their header goes, as sendmail -t and msmtp do.
    if (EmlSource *withoutBcc = EmlSource::withoutBcc(m_eml.get(), headerLength, m_eml.get())) {
        smtp.body = withoutBcc;
        smtp.size = withoutBcc->size();
    } else {
        smtp.body = m_eml.get();
        smtp.size = size;
    }
    return ExitCode::Ok;
}

bool OutgoingMessage::resolveEmlEnvelope(const QCommandLineParser &parser, const QString &accountFrom,
    const QByteArray &headerBlock, QString *error, int *code)
{
    // Its line ends as the wire will have them, so the envelope sees the header fields the server sees.
    const EmlMessage headers = EmlReader::parse(MimeUtils::toCrlf(headerBlock) + "\r\n");
    subject = headers.subject;
    if (parser.isSet(QStringLiteral("from"))) {
        MimeMessage envelope;
        if (const int rc = MessageOptions::build(parser, &envelope, error, accountFrom);
            rc != ExitCode::Ok && parser.isSet(QStringLiteral("to"))) {
            *code = rc;
            return false;
        }
        smtp.from = envelope.from().address();
    } else {
        const QList<MailAddress> sender = headers.sender.mailboxes();
        const QList<MailAddress> from = headers.from.mailboxes();
        smtp.from = !sender.isEmpty() ? sender.first().address() : from.value(0).address();
        if (smtp.from.isEmpty()) {
            smtp.from = accountFrom;
        }
    }
    if (parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("cc"))
        || parser.isSet(QStringLiteral("bcc"))) {
        MimeMessage envelope;
        envelope.setFrom(MailAddress(smtp.from.isEmpty() ? QStringLiteral("x@invalid") : smtp.from));
        if (const int rc = MessageOptions::build(parser, &envelope, error, smtp.from); rc != ExitCode::Ok) {
            *code = rc;
            return false;
        }
        for (const MailAddress &a : envelope.envelopeRecipients()) {
            smtp.recipients << a.address();
        }
    } else {
        for (const AddressList *list : { &headers.to, &headers.cc, &headers.bcc }) {
            for (const MailAddress &a : list->mailboxes()) {
                if (!smtp.recipients.contains(a.address(), Qt::CaseInsensitive)) {
                    smtp.recipients << a.address();
                }
            }
        }
    }
    if (smtp.from.isEmpty() || smtp.recipients.isEmpty()) {
        *error = CliText::tr("--eml: the message names no sender or no recipients; give --from and --to");
        *code = ExitCode::Usage;
        return false;
    }
    return true;
}
