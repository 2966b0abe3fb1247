#include "mime/messagewriter.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "mime/addressparser.h"
#include "mime/base64lines.h"
#include "mime/headerfieldbuilder.h"
#include "mime/mimeutils.h"
#include "mime/quotedprintable.h"

#include <QFileInfo>
#include <QSaveFile>

#include <vector>

namespace MessageWriterDetail {

// One MIME entity of the message being planned.
struct Node
{
    QByteArray mimeType; // "text/plain", "multipart/mixed", ...
    QByteArray headers; // its header fields, each ending in CRLF
    // A leaf's body: in memory (text parts, already encoded) or streamed from an attachment.
    QByteArray body;
    bool rawBody = false; // 7bit/8bit text: the boundaries are checked against it
    bool streamed = false;
    MimeAttachment source;
    qint64 sourceSize = 0;
    // A multipart's children and boundary.
    std::vector<Node> children;
    QByteArray boundary;
    QList<HeaderFieldBuilder::Parameter> multipartParameters;

    bool isMultipart() const { return mimeType.startsWith("multipart/"); }
};

} // namespace MessageWriterDetail

using MessageWriterDetail::Node;

namespace {

enum class TextEncoding { SevenBit, EightBit, QuotedPrintable };

// RFC 2045 2.7/2.8 and RFC 5322 2.1.1: 7bit and 8bit data are lines of at most 998 octets with no NUL and
// no bare CR or LF. On top of that a line with trailing whitespace (stripped by some transports) or
// starting with "From " (rewritten to ">From " by mbox writers) goes out quoted-printable, which protects it.
TextEncoding chooseTextEncoding(const QByteArray &crlfText, bool allow8bit)
{
    bool ascii = true;
    const int n = crlfText.size();
    int lineStart = 0;
    for (int i = 0; i <= n; ++i) {
        const bool lineEnd = i == n || (crlfText[i] == '\r' && i + 1 < n && crlfText[i + 1] == '\n');
        if (!lineEnd) {
            const unsigned char c = static_cast<unsigned char>(crlfText[i]);
            if (c >= 0x80)
                ascii = false;
            else if ((c < 32 && c != '\t') || c == 127)
                return TextEncoding::QuotedPrintable;
            continue;
        }
        const int length = i - lineStart;
        if (length > HeaderFieldBuilder::MaxLineLength)
            return TextEncoding::QuotedPrintable;
        if (length > 0) {
            const char last = crlfText[i - 1];
            if (last == ' ' || last == '\t')
                return TextEncoding::QuotedPrintable;
            if (length >= 5 && std::memcmp(crlfText.constData() + lineStart, "From ", 5) == 0)
                return TextEncoding::QuotedPrintable;
        }
        lineStart = i + 2;
        ++i;
    }
    if (ascii)
        return TextEncoding::SevenBit;
    return allow8bit ? TextEncoding::EightBit : TextEncoding::QuotedPrintable;
}

QString describe(const Node &node)
{
    QString text = QString::fromLatin1(node.mimeType);
    if (node.isMultipart()) {
        QStringList children;
        for (const Node &child : node.children)
            children.append(describe(child));
        text += QLatin1Char('(') + children.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    return text;
}

void collect(Node &node, QList<Node *> *multiparts, QList<const QByteArray *> *rawBodies)
{
    if (node.isMultipart())
        multiparts->append(&node);
    if (node.rawBody)
        rawBodies->append(&node.body);
    for (Node &child : node.children)
        collect(child, multiparts, rawBodies);
}

// Plans a message before any byte of it is produced: checks its addresses, writes its header block and
// builds its MIME tree (mixed > related > alternative, each level only when needed) with a boundary for every
// multipart. The first problem it meets is kept as the error; everything else still gets planned.
class MessagePlan
{
    Q_DECLARE_TR_FUNCTIONS(MessageWriter)

public:
    MessagePlan(const MimeMessage &message, const MessageWriter::Options &options)
        : m_message(message), m_options(options)
    { }

    // Every address must be a valid addr-spec; an envelope address with a non-ASCII local part needs SMTPUTF8
    // whatever the headers look like.
    void checkAddresses(const MailAddress &envelopeSender, const QList<MailAddress> &envelopeRecipients);
    void writeHeaders(const QByteArray &messageId, const QDateTime &date);
    void buildBody();
    void assignBoundaries();

    QByteArray headers; // the message's own fields, without the root entity's Content-Type
    Node root;
    QList<QByteArray> boundaries;
    bool uses8bit = false;
    bool usesUtf8 = false;
    QString error;

private:
    void fail(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
        }
    }
    QByteArray checked(const HeaderFieldBuilder &field);
    void addAddressField(const char *name, const AddressList &list);
    void addUnstructuredField(const QByteArray &name, const QString &value, bool utf8);
    void writeRecipientFields();
    void writeExtraFields();
    Node textLeaf(const QString &text, const QByteArray &subtype);
    Node attachmentLeaf(const MimeAttachment &attachment);
    static Node multipart(const QByteArray &subtype, std::vector<Node> children);

    const MimeMessage &m_message;
    MessageWriter::Options m_options;
};

void MessagePlan::checkAddresses(
    const MailAddress &envelopeSender, const QList<MailAddress> &envelopeRecipients)
{
    // An invalid address would corrupt the header it is written into.
    if (m_message.from().isEmpty()) {
        fail(tr("The message has no sender (From)."));
    }
    QList<MailAddress> all = { m_message.from(), m_message.sender(), envelopeSender };
    for (const AddressList &list : { m_message.replyTo(), m_message.to(), m_message.cc(), m_message.bcc() }) {
        all.append(list.mailboxes());
    }
    for (const MailAddress &m : all) {
        QString problem;
        if (!m.isEmpty() && !AddressParser::isValidAddrSpec(m.address(), &problem)) {
            fail(tr("Invalid address \"%1\": %2").arg(m.address(), problem));
        }
    }
    QList<MailAddress> envelope = envelopeRecipients;
    envelope.append(envelopeSender);
    for (const MailAddress &m : envelope) {
        if (!m.isEmpty() && !m.hasAsciiLocalPart()) {
            usesUtf8 = true;
        }
    }
}

QByteArray MessagePlan::checked(const HeaderFieldBuilder &field)
{
    if (!field.error().isEmpty()) {
        fail(field.error());
    }
    if (field.usedUtf8()) {
        usesUtf8 = true;
    }
    return field.toByteArray();
}

void MessagePlan::addAddressField(const char *name, const AddressList &list)
{
    if (list.isEmpty()) {
        return;
    }
    HeaderFieldBuilder field(name, m_options.allowUtf8Headers);
    field.appendAddressList(list);
    headers += checked(field);
}

void MessagePlan::addUnstructuredField(const QByteArray &name, const QString &value, bool utf8)
{
    HeaderFieldBuilder field(name, utf8);
    field.appendUnstructured(value);
    headers += checked(field);
}

void MessagePlan::writeHeaders(const QByteArray &messageId, const QDateTime &date)
{
    // RFC 5322 3.6: the order is free; this is the usual one.
    headers += "Date: " + MimeUtils::formatDate(date) + "\r\n";
    addAddressField("From", m_message.from());
    if (!m_message.sender().isEmpty() && !m_message.sender().sameMailbox(m_message.from())) {
        addAddressField("Sender", m_message.sender());
    }
    addAddressField("Reply-To", m_message.replyTo());
    if (!m_message.subject().isEmpty()) {
        addUnstructuredField("Subject", m_message.subject(), m_options.allowUtf8Headers);
    }
    writeRecipientFields();
    headers += "Message-ID: " + messageId + "\r\n";
    writeExtraFields();
    headers += "MIME-Version: 1.0\r\n";
}

void MessagePlan::writeRecipientFields()
{
    if (m_message.to().isEmpty() && m_message.cc().isEmpty()) {
        // Only Bcc recipients (or none): RFC 5322 3.6.3 suggests an empty group, as every mailer writes it.
        AddressGroup undisclosed;
        undisclosed.name = QStringLiteral("undisclosed-recipients");
        AddressList list;
        list.append(undisclosed);
        addAddressField("To", list);
    } else {
        addAddressField("To", m_message.to());
        addAddressField("Cc", m_message.cc());
    }
    // Bcc is deliberately never written (RFC 5322 3.6.3, the first of its three ways): the recipients are
    // only in the envelope.
}

void MessagePlan::writeExtraFields()
{
    if (!m_message.inReplyTo().isEmpty()) {
        headers += "In-Reply-To: " + m_message.inReplyTo() + "\r\n";
    }
    if (!m_message.references().isEmpty()) {
        HeaderFieldBuilder field("References", false);
        for (const QByteArray &id : m_message.references()) {
            field.appendToken(id);
        }
        headers += checked(field);
    }
    if (!m_message.userAgent().isEmpty()) {
        addUnstructuredField("User-Agent", m_message.userAgent(), m_options.allowUtf8Headers);
    }
    for (const auto &extra : m_message.extraHeaders()) {
        const QString problem = MimeMessage::checkHeaderName(extra.first);
        if (!problem.isEmpty()) {
            fail(problem);
            continue;
        }
        addUnstructuredField(
            extra.first, MimeUtils::sanitizeHeaderText(extra.second), m_options.allowUtf8Headers);
    }
}

Node MessagePlan::textLeaf(const QString &text, const QByteArray &subtype)
{
    Node node;
    node.mimeType = "text/" + subtype;
    QByteArray bytes = MimeUtils::toCrlf(text.toUtf8());
    // A text body ends with a line break (added when missing): readers, signatures and SMTP's final CRLF all
    // expect one, and it keeps every transfer encoding decoding to the same text.
    if (!bytes.isEmpty() && !bytes.endsWith("\r\n")) {
        bytes += "\r\n";
    }
    HeaderFieldBuilder type("Content-Type", false);
    type.appendValueWithParameters(node.mimeType, { { "charset", QStringLiteral("utf-8") } });
    node.headers = type.toByteArray();
    switch (chooseTextEncoding(bytes, m_options.allow8bit)) {
    case TextEncoding::SevenBit:
        node.headers += "Content-Transfer-Encoding: 7bit\r\n";
        node.body = bytes;
        node.rawBody = true;
        break;
    case TextEncoding::EightBit:
        node.headers += "Content-Transfer-Encoding: 8bit\r\n";
        node.body = bytes;
        node.rawBody = true;
        uses8bit = true;
        break;
    case TextEncoding::QuotedPrintable:
        node.headers += "Content-Transfer-Encoding: quoted-printable\r\n";
        node.body = QuotedPrintable::encode(bytes);
        break;
    }
    return node;
}

Node MessagePlan::attachmentLeaf(const MimeAttachment &attachment)
{
    Node node;
    node.mimeType = attachment.mimeType();
    node.streamed = true;
    node.source = attachment;
    if (attachment.isFile()) {
        const QString path = attachment.filePath();
        const QFileInfo info(path);
        const QString label = tr("The attachment \"%1\" (%2)").arg(attachment.fileName(), path);
        if (!info.exists()) {
            fail(label + tr(" does not exist."));
        } else if (!info.isFile()) {
            fail(label + tr(" is not a regular file."));
        } else if (QFile probe(path); !probe.open(QIODevice::ReadOnly)) {
            fail(label + tr(" cannot be read: %1").arg(probe.errorString()));
        }
        node.sourceSize = info.size();
    } else {
        node.sourceSize = attachment.data().size();
    }
    const bool utf8 = m_options.allowUtf8Headers;
    QList<HeaderFieldBuilder::Parameter> typeParameters;
    QList<HeaderFieldBuilder::Parameter> dispositionParameters;
    if (!attachment.fileName().isEmpty()) {
        typeParameters.append({ "name", attachment.fileName(), HeaderFieldBuilder::ParameterStyle::Rfc2047 });
        dispositionParameters.append(
            { "filename", attachment.fileName(), HeaderFieldBuilder::ParameterStyle::FileName });
    }
    HeaderFieldBuilder type("Content-Type", utf8);
    type.appendValueWithParameters(node.mimeType, typeParameters);
    HeaderFieldBuilder disposition("Content-Disposition", utf8);
    const bool isInline = attachment.disposition() == MimeAttachment::Disposition::Inline;
    disposition.appendValueWithParameters(isInline ? "inline" : "attachment", dispositionParameters);
    node.headers = checked(type) + checked(disposition);
    if (!attachment.contentId().isEmpty()) {
        node.headers += "Content-ID: <" + attachment.contentId().toLatin1() + ">\r\n";
    }
    if (!attachment.description().isEmpty()) {
        HeaderFieldBuilder description("Content-Description", utf8);
        description.appendUnstructured(attachment.description());
        node.headers += checked(description);
    }
    node.headers += "Content-Transfer-Encoding: base64\r\n";
    return node;
}

Node MessagePlan::multipart(const QByteArray &subtype, std::vector<Node> children)
{
    Node node;
    node.mimeType = "multipart/" + subtype;
    node.children = std::move(children);
    return node;
}

void MessagePlan::buildBody()
{
    const QString html = m_message.html();
    const QString plain = m_message.effectivePlainText();
    QList<MimeAttachment> attachments = m_message.attachments();
    QList<MimeAttachment> inlineImages = m_message.inlineImages();
    if (html.isEmpty()) {
        // Without HTML nothing can show an inline image in place: send them as inline parts of the mixed.
        attachments = inlineImages + attachments;
        inlineImages.clear();
    }

    Node body;
    bool hasBody = true;
    if (!html.isEmpty()) {
        std::vector<Node> alternatives;
        alternatives.push_back(textLeaf(plain, "plain"));
        alternatives.push_back(textLeaf(html, "html"));
        body = multipart("alternative", std::move(alternatives));
        if (!inlineImages.isEmpty()) {
            // RFC 2387: the first part is the root the images belong to; "type" names it.
            std::vector<Node> related;
            related.push_back(std::move(body));
            for (const MimeAttachment &image : inlineImages) {
                related.push_back(attachmentLeaf(image));
            }
            body = multipart("related", std::move(related));
            body.multipartParameters.append({ "type", QStringLiteral("multipart/alternative") });
        }
    } else if (!plain.isEmpty() || attachments.isEmpty()) {
        body = textLeaf(plain, "plain");
    } else {
        hasBody = false; // attachments only: no empty text part in front of them
    }

    if (attachments.isEmpty()) {
        root = std::move(body);
        return;
    }
    std::vector<Node> parts;
    if (hasBody) {
        parts.push_back(std::move(body));
    }
    for (const MimeAttachment &attachment : attachments) {
        parts.push_back(attachmentLeaf(attachment));
    }
    root = multipart("mixed", std::move(parts));
}

void MessagePlan::assignBoundaries()
{
    // A boundary starts with "=_". Quoted-printable output contains '=' only before two hex digits or a line
    // break, and base64 output has no '_' and '=' only as final padding, so "=_" can occur in neither: parts
    // in those encodings can never contain a delimiter line. Header lines begin with a field name or
    // whitespace, never "--". Only 7bit/8bit text is sent as written; it is searched, and a boundary found in
    // it (which 28 random alphanumerics make astronomically unlikely) is replaced. All boundaries differ, and
    // since they have the same length none is a prefix of another (RFC 2046 5.1.1).
    QList<Node *> multiparts;
    QList<const QByteArray *> rawBodies;
    collect(root, &multiparts, &rawBodies);
    for (Node *node : multiparts) {
        for (int attempt = 0;; ++attempt) {
            const QByteArray candidate = "=_" + MimeUtils::randomToken(28);
            bool clash = boundaries.contains(candidate);
            for (const QByteArray *raw : rawBodies) {
                clash = clash || raw->contains(candidate);
            }
            if (!clash || attempt > 100) {
                node->boundary = candidate;
                boundaries.append(candidate);
                break;
            }
        }
        HeaderFieldBuilder type("Content-Type", false);
        QList<HeaderFieldBuilder::Parameter> parameters = node->multipartParameters;
        parameters.append({ "boundary", QString::fromLatin1(node->boundary) });
        type.appendValueWithParameters(node->mimeType, parameters);
        node->headers = type.toByteArray();
    }
}

} // namespace

qint64 MessageWriter::Segment::outputSize() const
{
    return streamed ? Base64Lines::encodedSize(sourceSize) : bytes.size();
}

MessageWriter::MessageWriter(const MimeMessage &message, QObject *parent)
    : MessageWriter(message, Options(), parent)
{ }

MessageWriter::MessageWriter(const MimeMessage &message, const Options &options, QObject *parent)
    : QIODevice(parent), m_options(options)
{
    build(message);
    if (!m_valid)
        setErrorString(m_buildError);
}

MessageWriter::~MessageWriter() = default;

void MessageWriter::fail(const QString &message)
{
    if (m_buildError.isEmpty())
        m_buildError = message;
}

void MessageWriter::build(const MimeMessage &message)
{
    m_date = message.date().isValid() ? message.date() : QDateTime::currentDateTime();
    m_messageId = message.messageId().isEmpty() ? MimeMessage::generateMessageId(message.idDomain())
                                                : message.messageId();
    m_envelopeSender = message.envelopeSender();
    m_envelopeRecipients = message.envelopeRecipients();

    MessagePlan plan(message, m_options);
    plan.checkAddresses(m_envelopeSender, m_envelopeRecipients);
    plan.writeHeaders(m_messageId, m_date);
    plan.buildBody();
    plan.assignBoundaries();
    fail(plan.error);
    m_uses8bit = plan.uses8bit;
    m_usesUtf8 = plan.usesUtf8;
    m_boundaries = plan.boundaries;
    m_structure = describe(plan.root);
    m_headerBlock = plan.headers + plan.root.headers;
    layOut(plan.root, true);
    m_totalSize = 0;
    for (const Segment &segment : std::as_const(m_segments)) {
        m_totalSize += segment.outputSize();
    }
    checkLineLengths();
    m_valid = m_buildError.isEmpty();
}

void MessageWriter::checkLineLengths()
{
    // RFC 5322 2.1.1: no line over 998 octets. The encoders guarantee it for everything they produce; only
    // values taken verbatim (a Message-ID or References given by the caller) could break it.
    for (const Segment &segment : std::as_const(m_segments)) {
        if (segment.streamed) {
            continue;
        }
        qsizetype lineStart = 0;
        while (lineStart < segment.bytes.size()) {
            qsizetype end = segment.bytes.indexOf("\r\n", lineStart);
            if (end < 0) {
                end = segment.bytes.size();
            }
            if (end - lineStart > HeaderFieldBuilder::MaxLineLength) {
                fail(tr("A line of the message would be longer than 998 octets: %1...")
                         .arg(QString::fromUtf8(segment.bytes.mid(lineStart, 60))));
                break;
            }
            lineStart = end + 2;
        }
    }
}

void MessageWriter::appendBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    if (!m_segments.isEmpty() && !m_segments.last().streamed) {
        m_segments.last().bytes += bytes;
        return;
    }
    Segment segment;
    segment.bytes = bytes;
    m_segments.append(segment);
}

void MessageWriter::layOut(const Node &node, bool top)
{
    appendBytes(top ? m_headerBlock + "\r\n" : node.headers + "\r\n");
    if (node.isMultipart()) {
        if (top) {
            appendBytes("This is a multi-part message in MIME format.\r\n");
        }
        for (const Node &child : node.children) {
            appendBytes("--" + node.boundary + "\r\n");
            layOut(child, false);
            // The CRLF before a delimiter belongs to the delimiter (RFC 2046 5.1.1), not to the part.
            appendBytes("\r\n");
        }
        appendBytes("--" + node.boundary + "--" + (top ? "\r\n" : ""));
        return;
    }
    if (node.streamed) {
        Segment segment;
        segment.streamed = true;
        segment.source = node.source;
        segment.sourceSize = node.sourceSize;
        m_segments.append(segment);
        return;
    }
    appendBytes(node.body);
}

void MessageWriter::resetReading()
{
    m_segmentIndex = 0;
    m_segmentOffset = 0;
    m_sourceRead = 0;
    m_sourceOpen = false;
    m_file.close();
    m_encodedPos = 0;
    m_encoded.resize(0);
    m_produced = 0;
    m_failed = false;
}

bool MessageWriter::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) || !(mode & QIODevice::ReadOnly)) {
        setErrorString(tr("A message writer can only be opened for reading."));
        return false;
    }
    if (!m_valid) {
        setErrorString(m_buildError);
        return false;
    }
    resetReading();
    // Unbuffered: this device already hands out data in chunks; a QIODevice buffer would only copy it again.
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void MessageWriter::close()
{
    m_file.close();
    m_sourceOpen = false;
    QIODevice::close();
}

qint64 MessageWriter::size() const
{
    return totalSize();
}

qint64 MessageWriter::bytesAvailable() const
{
    if (!isOpen() || m_failed)
        return QIODevice::bytesAvailable();
    return (m_totalSize - m_produced) + QIODevice::bytesAvailable();
}

bool MessageWriter::atEnd() const
{
    if (!isOpen())
        return true;
    return m_failed || (m_produced >= m_totalSize && QIODevice::bytesAvailable() == 0);
}

qint64 MessageWriter::writeData(const char *, qint64)
{
    return -1;
}

qint64 MessageWriter::failRead(const QString &message)
{
    m_failed = true;
    m_file.close();
    m_sourceOpen = false;
    setErrorString(message);
    return -1;
}

qint64 MessageWriter::readData(char *data, qint64 maxSize)
{
    if (m_failed) {
        return -1;
    }
    qint64 done = 0;
    while (done < maxSize && m_segmentIndex < m_segments.size() && !m_failed) {
        const Segment &segment = m_segments.at(m_segmentIndex);
        if (!segment.streamed) {
            const qint64 n = qMin(maxSize - done, qint64(segment.bytes.size()) - m_segmentOffset);
            std::memcpy(data + done, segment.bytes.constData() + m_segmentOffset, size_t(n));
            done += n;
            m_segmentOffset += n;
            if (m_segmentOffset == segment.bytes.size()) {
                ++m_segmentIndex;
                m_segmentOffset = 0;
            }
            continue;
        }
        if (m_encodedPos < m_encoded.size()) {
            const qint64 n = qMin(maxSize - done, qint64(m_encoded.size()) - m_encodedPos);
            std::memcpy(data + done, m_encoded.constData() + m_encodedPos, size_t(n));
            done += n;
            m_encodedPos += n;
            continue;
        }
        done += readAttachment(segment, data + done, maxSize - done);
    }
    m_produced += done;
    if (m_failed) {
        return done > 0 ? done : -1;
    }
    if (done == 0 && m_segmentIndex >= m_segments.size()) {
        return -1; // the end of the message
    }
    return done;
}

QString MessageWriter::attachmentLabel(const Segment &segment)
{
    return tr("The attachment \"%1\"").arg(segment.source.fileName())
        + (segment.source.isFile() ? QStringLiteral(" (%1)").arg(segment.source.filePath()) : QString());
}

qint64 MessageWriter::readAttachment(const Segment &segment, char *data, qint64 maxSize)
{
    if (!m_sourceOpen) {
        if (segment.source.isFile()) {
            m_file.setFileName(segment.source.filePath());
            if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                failRead(attachmentLabel(segment)
                    + tr(" could not be opened while the message was being written: %1")
                          .arg(m_file.errorString()));
                return 0;
            }
        }
        m_sourceOpen = true;
        m_sourceRead = 0;
    }
    if (m_sourceRead == segment.sourceSize) {
        finishAttachment(segment);
        return 0;
    }
    const qint64 chunk = qMin(ChunkSize, segment.sourceSize - m_sourceRead);
    const char *raw = nullptr;
    if (segment.source.isFile()) {
        if (!readFileChunk(segment, chunk)) {
            return 0;
        }
        raw = m_raw.constData();
    } else {
        raw = segment.source.data().constData() + m_sourceRead;
    }
    const bool first = m_sourceRead == 0;
    const qint64 encodedSize = Base64Lines::chunkEncodedSize(chunk, first);
    qint64 done = 0;
    if (maxSize >= encodedSize) {
        // Enough room: encode straight into the reader's buffer, no intermediate copy.
        Base64Lines::encodeChunk(raw, chunk, data, first);
        done = encodedSize;
    } else {
        if (m_encoded.capacity() < Base64Lines::chunkEncodedSize(ChunkSize, false)) {
            m_encoded.reserve(Base64Lines::chunkEncodedSize(ChunkSize, false)); // once: later chunks reuse it
        }
        m_encoded.resize(encodedSize);
        Base64Lines::encodeChunk(raw, chunk, m_encoded.data(), first);
        m_encodedPos = 0;
    }
    m_sourceRead += chunk;
    m_peakBuffer = qMax(m_peakBuffer, qint64(m_raw.capacity()) + qint64(m_encoded.capacity()));
    return done;
}

bool MessageWriter::readFileChunk(const Segment &segment, qint64 chunk)
{
    if (m_raw.size() < ChunkSize) {
        m_raw.reserve(ChunkSize);
        m_raw.resize(ChunkSize);
    }
    qint64 got = 0;
    while (got < chunk) {
        const qint64 r = m_file.read(m_raw.data() + got, chunk - got);
        if (r < 0) {
            failRead(attachmentLabel(segment) + tr(" could not be read: %1").arg(m_file.errorString()));
            return false;
        }
        if (r == 0) {
            failRead(attachmentLabel(segment)
                + tr(" changed while the message was being written: it had %1 bytes "
                     "when the message was prepared, but ended after %2.")
                      .arg(segment.sourceSize)
                      .arg(m_sourceRead + got));
            return false;
        }
        got += r;
    }
    return true;
}

void MessageWriter::finishAttachment(const Segment &segment)
{
    if (segment.source.isFile()) {
        // The size was promised in totalSize(): a file that grew would silently lose its end.
        char probe;
        const qint64 extra = m_file.read(&probe, 1);
        if (extra != 0) {
            failRead(extra < 0
                    ? attachmentLabel(segment) + tr(" could not be read: %1").arg(m_file.errorString())
                    : attachmentLabel(segment)
                        + tr(" grew while the message was being written (it had "
                             "%1 bytes when the message was prepared).")
                              .arg(segment.sourceSize));
            return;
        }
        m_file.close();
    }
    m_sourceOpen = false;
    m_sourceRead = 0;
    m_encoded.resize(0);
    m_encodedPos = 0;
    ++m_segmentIndex;
}

bool MessageWriter::writeTo(QIODevice *device)
{
    if (!isOpen() && !open(QIODevice::ReadOnly))
        return false;
    // Large enough that each attachment chunk is encoded directly into it.
    QByteArray buffer(4 * ChunkSize, Qt::Uninitialized);
    while (!atEnd()) {
        const qint64 n = read(buffer.data(), buffer.size());
        if (n < 0)
            break;
        qint64 offset = 0;
        while (offset < n) {
            const qint64 written = device->write(buffer.constData() + offset, n - offset);
            if (written <= 0) {
                setErrorString(tr("The message could not be written: %1").arg(device->errorString()));
                return false;
            }
            offset += written;
        }
    }
    if (m_failed)
        return false;
    if (m_produced != m_totalSize) {
        setErrorString(tr("The message ended after %1 of %2 bytes.").arg(m_produced).arg(m_totalSize));
        return false;
    }
    return true;
}

bool MessageWriter::writeToFile(
    const MimeMessage &message, const QString &path, const Options &options, QString *error)
{
    MessageWriter writer(message, options);
    if (!writer.isValid()) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // A device or a pipe (/dev/stdout, /dev/null): QSaveFile would try to replace it with a regular file.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot open %1: %2").arg(path, file.errorString());
            return false;
        }
        if (!writer.writeTo(&file)) {
            if (error)
                *error = writer.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    // Unbuffered, and synced before the rename: in Qt 6.4 a buffered write that meets a full disk can still
    // commit() and replace a good file with an empty one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writer.writeTo(&file)) {
        if (error)
            *error = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (::fsync(file.handle()) != 0) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
