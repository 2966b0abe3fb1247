#include "mime/emlreader.h"

#include "mime/addressparser.h"
#include "mime/encodedword.h"
#include "mime/mimeutils.h"
#include "mime/quotedprintable.h"

#include <QByteArrayMatcher>
#include <QFile>
#include <QRegularExpression>

#include <cstring>
#include <map>

namespace {

QByteArray percentDecode(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (int i = 0; i < in.size(); ++i) {
        const int octet = in[i] == '%' && i + 2 < in.size() ? MimeUtils::hexPair(in[i + 1], in[i + 2]) : -1;
        if (octet >= 0) {
            out += char(octet);
            i += 2;
        } else {
            out += in[i];
        }
    }
    return out;
}

QByteArray stripAngles(const QByteArray &id)
{
    QByteArray v = id.trimmed();
    if (v.startsWith('<'))
        v.remove(0, 1);
    const int close = v.indexOf('>');
    if (close >= 0)
        v.truncate(close);
    return v.trimmed();
}

QList<QByteArray> messageIds(const QByteArray &value)
{
    QList<QByteArray> ids;
    int from = 0;
    while (ids.size() < 1000) {
        const int open = value.indexOf('<', from);
        if (open < 0)
            break;
        const int close = value.indexOf('>', open);
        if (close < 0)
            break;
        ids.append(value.mid(open, close - open + 1));
        from = close + 1;
    }
    return ids;
}

} // namespace

// Does the actual parsing; a class so it can fill EmlPart's private members.
class EmlParser
{
public:
    EmlParser(const QByteArray &source, const EmlReader::Limits &limits, QStringList *problems)
        : m_source(source), m_limits(limits), m_problems(problems)
    { }

    void parsePart(EmlPart *part, qint64 start, qint64 end, int depth, bool inDigest)
    {
        ++m_parts;
        part->m_source = m_source;
        const qint64 bodyStart = parseHeaders(part, start, end);
        part->m_bodyOffset = bodyStart;
        part->m_bodySize = end - bodyStart;

        const QByteArray contentType = part->header("Content-Type");
        if (contentType.isEmpty()) {
            // RFC 2046 5.1.5: in a digest the default is message/rfc822.
            part->mimeType = inDigest ? QByteArrayLiteral("message/rfc822") : QByteArrayLiteral("text/plain");
        } else {
            const EmlReader::HeaderValue value = EmlReader::parseHeaderValue(contentType);
            const int slash = value.value.indexOf('/');
            if (slash <= 0 || slash == value.value.size() - 1) {
                problem(EmlReader::tr("Malformed Content-Type \"%1\"; read as text/plain")
                            .arg(MimeUtils::decodeLenient(contentType.left(100))));
                part->mimeType = "text/plain";
            } else {
                part->mimeType = value.value;
            }
            part->contentTypeParameters = value.parameters;
            part->charset = value.parameters.value("charset").toLatin1().toLower();
        }
        const QByteArray encoding = part->header("Content-Transfer-Encoding").trimmed().toLower();
        if (!encoding.isEmpty())
            part->transferEncoding = encoding;
        const QByteArray disposition = part->header("Content-Disposition");
        if (!disposition.isEmpty()) {
            const EmlReader::HeaderValue value = EmlReader::parseHeaderValue(disposition);
            part->disposition = value.value;
            part->dispositionParameters = value.parameters;
        }
        part->fileName = part->dispositionParameters.value("filename");
        if (part->fileName.isEmpty())
            part->fileName = part->contentTypeParameters.value("name");
        part->contentId = stripAngles(part->header("Content-ID"));

        if (part->isMultipart()) {
            if (depth >= m_limits.maxDepth) {
                problem(EmlReader::tr("Multipart nesting deeper than %1 levels; the rest is not parsed")
                            .arg(m_limits.maxDepth));
                return;
            }
            parseMultipart(part, bodyStart, end, depth);
        } else if (part->mimeType == "message/rfc822" || part->mimeType == "message/global") {
            const bool plainEncoding = part->transferEncoding == "7bit" || part->transferEncoding == "8bit"
                || part->transferEncoding == "binary";
            if (depth < m_limits.maxDepth && plainEncoding && m_parts < m_limits.maxParts) {
                part->children.emplace_back();
                parsePart(&part->children.back(), bodyStart, end, depth + 1, false);
            }
        }
    }

private:
    void problem(const QString &text)
    {
        if (m_problems->size() < 100)
            m_problems->append(text);
    }

    // Reads the header block; returns where the body starts.
    qint64 parseHeaders(EmlPart *part, qint64 start, qint64 end)
    {
        const char *data = m_source.constData();
        qint64 pos = start;
        bool dropped = false;
        while (pos < end) {
            const void *nl = std::memchr(data + pos, '\n', size_t(end - pos));
            const qint64 lineEnd = nl ? static_cast<const char *>(nl) - data : end;
            const qint64 next = nl ? lineEnd + 1 : end;
            qint64 contentEnd = lineEnd;
            if (contentEnd > pos && data[contentEnd - 1] == '\r')
                --contentEnd;
            if (contentEnd == pos)
                return next; // the empty line ending the header block
            const char first = data[pos];
            if (first == ' ' || first == '\t') {
                // A continuation line: unfolding removes only the line break (RFC 5322 2.2.3).
                if (!part->headers.isEmpty() && !dropped)
                    part->headers.last().value.append(data + pos, int(contentEnd - pos));
                pos = next;
                continue;
            }
            const void *colonPtr = std::memchr(data + pos, ':', size_t(contentEnd - pos));
            if (!colonPtr || colonPtr == data + pos) {
                // Not a header line: the body starts here (as if the empty line were missing).
                if (pos != start)
                    problem(EmlReader::tr(
                        "A line in the header block is not a header field; the body is taken to "
                        "start there"));
                return pos;
            }
            const qint64 colon = static_cast<const char *>(colonPtr) - data;
            if (part->headers.size() >= m_limits.maxHeaderFields) {
                if (!dropped)
                    problem(EmlReader::tr("More than %1 header fields; the rest are ignored")
                                .arg(m_limits.maxHeaderFields));
                dropped = true;
                pos = next;
                continue;
            }
            EmlPart::HeaderField field;
            field.name = QByteArray(data + pos, int(colon - pos)).trimmed();
            field.value = QByteArray(data + colon + 1, int(contentEnd - colon - 1));
            part->headers.append(field);
            pos = next;
        }
        // Headers only, no body.
        for (EmlPart::HeaderField &field : part->headers)
            (void)field;
        return end;
    }

    void parseMultipart(EmlPart *part, qint64 bodyStart, qint64 end, int depth)
    {
        const QByteArray boundary = part->contentTypeParameters.value("boundary").toUtf8();
        if (boundary.isEmpty()) {
            problem(EmlReader::tr("A %1 part has no boundary").arg(QString::fromLatin1(part->mimeType)));
            return;
        }
        const QByteArray delimiter = "--" + boundary;
        const QByteArrayMatcher matcher(delimiter);
        const char *data = m_source.constData();
        const bool digest = part->mimeType == "multipart/digest";

        qint64 partStart = -1; // where the current part's content starts
        qint64 searchFrom = bodyStart;
        bool closed = false;
        while (searchFrom < end) {
            const qint64 found = matcher.indexIn(m_source.constData(), int(end), int(searchFrom));
            if (found < 0)
                break;
            searchFrom = found + 1;
            // RFC 2046 5.1.1: a delimiter starts a line ...
            if (found != bodyStart && data[found - 1] != '\n')
                continue;
            qint64 after = found + delimiter.size();
            const bool isClose
                = after + 1 < end + 1 && after + 2 <= end && data[after] == '-' && data[after + 1] == '-';
            if (isClose)
                after += 2;
            // ... and is followed only by whitespace up to the line end; otherwise it is a longer boundary.
            qint64 k = after;
            while (k < end && (data[k] == ' ' || data[k] == '\t'))
                ++k;
            if (k < end && data[k] != '\r' && data[k] != '\n' && !isClose)
                continue;
            if (k < end && data[k] == '\r')
                ++k;
            if (k < end && data[k] == '\n')
                ++k;
            if (partStart >= 0) {
                // The line break before the delimiter belongs to the delimiter.
                qint64 partEnd = found;
                if (partEnd > partStart && data[partEnd - 1] == '\n')
                    --partEnd;
                if (partEnd > partStart && data[partEnd - 1] == '\r')
                    --partEnd;
                if (!addChild(part, partStart, partEnd, depth, digest))
                    return;
            }
            if (isClose) {
                closed = true;
                break;
            }
            partStart = k;
            searchFrom = k;
        }
        if (!closed) {
            if (partStart < 0) {
                problem(EmlReader::tr("The boundary of a %1 part never appears")
                            .arg(QString::fromLatin1(part->mimeType)));
                return;
            }
            problem(EmlReader::tr("A %1 part is not closed by its final boundary")
                        .arg(QString::fromLatin1(part->mimeType)));
            addChild(part, partStart, end, depth, digest);
        }
    }

    bool addChild(EmlPart *part, qint64 start, qint64 end, int depth, bool digest)
    {
        if (m_parts >= m_limits.maxParts) {
            if (!m_partsLimitNoted)
                problem(EmlReader::tr("More than %1 parts; the rest are not parsed").arg(m_limits.maxParts));
            m_partsLimitNoted = true;
            return false;
        }
        part->children.emplace_back();
        parsePart(&part->children.back(), start, end, depth + 1, digest);
        return true;
    }

    QByteArray m_source;
    EmlReader::Limits m_limits;
    QStringList *m_problems;
    int m_parts = 0;
    bool m_partsLimitNoted = false;
};

QByteArray EmlPart::header(const QByteArray &name) const
{
    for (const HeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value.trimmed();
    }
    return {};
}

QString EmlPart::decodedHeader(const QByteArray &name) const
{
    return EncodedWord::decode(header(name));
}

QByteArray EmlPart::decodedBody() const
{
    const QByteArray raw = rawBody();
    if (transferEncoding == "base64")
        return QByteArray::fromBase64(raw); // skips line breaks and stray characters, as readers do
    if (transferEncoding == "quoted-printable")
        return QuotedPrintable::decode(raw);
    return raw;
}

qint64 EmlPart::decodedSize() const
{
    if (transferEncoding == "base64") {
        // Every 4 alphabet characters are 3 octets; a trailing group of 2 or 3 gives 1 or 2 (padding and
        // anything outside the alphabet are skipped, as QByteArray::fromBase64 does).
        qint64 characters = 0;
        const char *data = m_source.constData() + m_bodyOffset;
        for (qint64 i = 0; i < m_bodySize; ++i) {
            const char c = data[i];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                || c == '/')
                ++characters;
        }
        const qint64 rest = characters % 4;
        return characters / 4 * 3 + (rest >= 2 ? rest - 1 : 0);
    }
    if (transferEncoding == "quoted-printable")
        return decodedBody().size();
    return m_bodySize;
}

QString EmlPart::text() const
{
    QString text = MimeUtils::decodeCharset(decodedBody(), charset);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

namespace {

// Walks a structured header value (Content-Type, Content-Disposition): the value, then "; name=value"
// parameters, skipping white space and comments (RFC 2045 5.1) between tokens.
class HeaderValueScanner
{
public:
    explicit HeaderValueScanner(const QByteArray &raw) : m_raw(raw) { }

    bool atEnd() const { return m_i >= m_raw.size(); }

    // The value up to the first ';', comment or white space, in lower case.
    QByteArray value()
    {
        skipSpaceAndComments();
        const int start = m_i;
        while (m_i < m_raw.size() && m_raw[m_i] != ';' && m_raw[m_i] != '(' && m_raw[m_i] != ' '
            && m_raw[m_i] != '\t') {
            ++m_i;
        }
        const QByteArray value = m_raw.mid(start, m_i - start).toLower();
        skipToSemicolon();
        return value;
    }

    // The next parameter: its name in lower case (empty when there is none) and its value, unquoted. False
    // when it has no '=' (and is skipped).
    bool parameter(QByteArray *name, QByteArray *value)
    {
        ++m_i; // ';'
        skipSpaceAndComments();
        const int nameStart = m_i;
        while (m_i < m_raw.size() && m_raw[m_i] != '=' && m_raw[m_i] != ';' && m_raw[m_i] != ' '
            && m_raw[m_i] != '\t') {
            ++m_i;
        }
        *name = m_raw.mid(nameStart, m_i - nameStart).toLower();
        skipSpaceAndComments();
        if (m_i >= m_raw.size() || m_raw[m_i] != '=') {
            skipToSemicolon();
            return false;
        }
        ++m_i;
        skipSpaceAndComments();
        *value = m_i < m_raw.size() && m_raw[m_i] == '"' ? quoted() : unquoted();
        skipToSemicolon();
        return true;
    }

private:
    void skipSpaceAndComments()
    {
        const int n = m_raw.size();
        while (m_i < n) {
            const char c = m_raw[m_i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++m_i;
            } else if (c == '(') {
                skipComment();
            } else {
                break;
            }
        }
    }

    void skipComment()
    {
        int depth = 0;
        while (m_i < m_raw.size()) {
            if (m_raw[m_i] == '\\') {
                m_i += 2;
                continue;
            }
            if (m_raw[m_i] == '(') {
                ++depth;
            } else if (m_raw[m_i] == ')' && --depth == 0) {
                ++m_i;
                return;
            }
            ++m_i;
        }
    }

    void skipToSemicolon()
    {
        while (m_i < m_raw.size() && m_raw[m_i] != ';') {
            ++m_i;
        }
    }

    QByteArray quoted()
    {
        QByteArray value;
        const int n = m_raw.size();
        ++m_i;
        while (m_i < n && m_raw[m_i] != '"') {
            if (m_raw[m_i] == '\\' && m_i + 1 < n) {
                ++m_i;
            }
            if (m_raw[m_i] != '\r' && m_raw[m_i] != '\n') {
                value += m_raw[m_i];
            }
            ++m_i;
        }
        ++m_i;
        return value;
    }

    QByteArray unquoted()
    {
        const int start = m_i;
        skipToSemicolon();
        return m_raw.mid(start, m_i - start).trimmed();
    }

    const QByteArray &m_raw;
    int m_i = 0;
};

// Collects parameters as they come (plain, RFC 2231 extended "name*", continued "name*N" / "name*N*") and
// puts each together, decoded, at the end.
class ParameterSet
{
public:
    void add(const QByteArray &name, const QByteArray &value)
    {
        const int star = name.indexOf('*');
        if (star < 0) {
            if (!m_plain.contains(name)) {
                m_plain.insert(name, value);
            }
            return;
        }
        const QByteArray base = name.left(star);
        const QByteArray rest = name.mid(star + 1);
        if (rest.isEmpty()) {
            m_extended.insert(base, value); // name*=charset'lang'value
            return;
        }
        const bool encoded = rest.endsWith('*');
        bool ok = false;
        const int index = (encoded ? rest.chopped(1) : rest).toInt(&ok);
        if (ok && index >= 0 && index <= 999) {
            m_continued[base][index] = Piece { encoded, value };
        }
    }

    void decodeInto(QMap<QByteArray, QString> *parameters) const
    {
        for (auto it = m_plain.constBegin(); it != m_plain.constEnd(); ++it) {
            const QByteArray &value = it.value();
            // Encoded words in a quoted value break RFC 2047 5 but are what old mailers write for file names.
            parameters->insert(it.key(),
                value.contains("=?") ? EncodedWord::decode(value) : MimeUtils::decodeLenient(value));
        }
        for (const auto &entry : m_continued) {
            QByteArray charset;
            const auto [octets, pieces] = joinPieces(entry.second, &charset);
            if (pieces > 0) {
                parameters->insert(entry.first, MimeUtils::decodeCharset(octets, charset));
            }
        }
        for (auto it = m_extended.constBegin(); it != m_extended.constEnd(); ++it) {
            QByteArray charset;
            const QByteArray octets = decodeExtended(it.value(), &charset);
            parameters->insert(it.key(), MimeUtils::decodeCharset(octets, charset));
        }
    }

private:
    struct Piece
    {
        bool encoded = false;
        QByteArray value;
    };

    // charset'language'octets (RFC 2231 4)
    static QByteArray decodeExtended(const QByteArray &value, QByteArray *charset)
    {
        const int first = value.indexOf('\'');
        const int second = first >= 0 ? value.indexOf('\'', first + 1) : -1;
        if (second < 0) {
            return percentDecode(value);
        }
        *charset = value.left(first);
        return percentDecode(value.mid(second + 1));
    }

    // The octets of name*0, name*1, ... up to the first missing piece (RFC 2231 3), and how many there were.
    static std::pair<QByteArray, int> joinPieces(const std::map<int, Piece> &pieces, QByteArray *charset)
    {
        QByteArray octets;
        int expected = 0;
        for (const auto &piece : pieces) {
            if (piece.first != expected) {
                break;
            }
            ++expected;
            if (!piece.second.encoded) {
                octets += piece.second.value;
            } else {
                octets += piece.first == 0 ? decodeExtended(piece.second.value, charset)
                                           : percentDecode(piece.second.value);
            }
        }
        return { octets, expected };
    }

    std::map<QByteArray, std::map<int, Piece>> m_continued;
    QMap<QByteArray, QByteArray> m_extended;
    QMap<QByteArray, QByteArray> m_plain;
};

} // namespace

EmlReader::HeaderValue EmlReader::parseHeaderValue(const QByteArray &raw)
{
    HeaderValue result;
    HeaderValueScanner scanner(raw);
    result.value = scanner.value();
    ParameterSet parameters;
    for (int count = 0; !scanner.atEnd() && count < 200; ++count) {
        QByteArray name, value;
        if (scanner.parameter(&name, &value) && !name.isEmpty()) {
            parameters.add(name, value);
        }
    }
    parameters.decodeInto(&result.parameters);
    return result;
}

EmlMessage EmlReader::parse(const QByteArray &bytes, const Limits &limits)
{
    EmlMessage message;
    EmlParser parser(bytes, limits, &message.problems);
    parser.parsePart(&message.root, 0, bytes.size(), 0, false);

    const EmlPart &root = message.root;
    auto addresses = [&](const char *name) {
        AddressList list;
        for (const EmlPart::HeaderField &field : root.headers) {
            if (field.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            const AddressParser::Result result
                = AddressParser::parseList(MimeUtils::decodeLenient(field.value),
                    AddressParser::DecodeEncodedWords | AddressParser::SkipInvalid);
            list.append(result.addresses);
            for (const QString &p : result.problems) {
                if (message.problems.size() < 100)
                    message.problems.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(name), p));
            }
        }
        return list;
    };
    message.from = addresses("From");
    message.sender = addresses("Sender");
    message.replyTo = addresses("Reply-To");
    message.to = addresses("To");
    message.cc = addresses("Cc");
    message.bcc = addresses("Bcc");
    message.subject = root.decodedHeader("Subject").trimmed();
    message.date = MimeUtils::parseDate(root.header("Date"));
    const QList<QByteArray> ids = messageIds(root.header("Message-ID"));
    message.messageId = ids.value(0);
    message.inReplyTo = messageIds(root.header("In-Reply-To")).value(0);
    message.references = messageIds(root.header("References"));
    return message;
}

EmlMessage EmlReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    if (error)
        error->clear();
    return parse(file.readAll());
}

QList<const EmlPart *> EmlMessage::leaves() const
{
    QList<const EmlPart *> result;
    std::function<void(const EmlPart &)> walk = [&](const EmlPart &part) {
        if (part.children.empty() || !part.isMultipart()) {
            result.append(&part);
            return;
        }
        for (const EmlPart &child : part.children)
            walk(child);
    };
    walk(root);
    return result;
}

MimeMessage EmlMessage::toMimeMessage(QStringList *notes) const
{
    QStringList localNotes;
    QStringList &out = notes ? *notes : localNotes;
    MimeMessage message;

    const QList<MailAddress> fromBoxes = from.mailboxes();
    if (!fromBoxes.isEmpty())
        message.setFrom(fromBoxes.first());
    if (fromBoxes.size() > 1)
        out.append(EmlReader::tr(
            "The message has %n From addresses; only the first is kept.", nullptr, int(fromBoxes.size())));
    if (!sender.mailboxes().isEmpty())
        message.setSender(sender.mailboxes().first());
    message.setReplyTo(replyTo);
    message.setTo(to);
    message.setCc(cc);
    message.setBcc(bcc);
    message.setSubject(subject);
    message.setDate(date);
    message.setMessageId(messageId);
    message.setInReplyTo(inReplyTo);
    message.setReferences(references);
    message.setUserAgent(root.decodedHeader("User-Agent").trimmed());

    // Header fields that describe a delivery rather than the message are not carried into a new one.
    static const QList<QByteArray> transport = { "received", "return-path", "delivered-to", "x-original-to",
        "dkim-signature", "authentication-results", "received-spf", "x-mailer", "mime-version" };
    for (const EmlPart::HeaderField &field : root.headers) {
        const QByteArray lower = field.name.toLower();
        if (transport.contains(lower) || lower.startsWith("arc-") || lower.startsWith("content-"))
            continue;
        if (!MimeMessage::checkHeaderName(field.name).isEmpty())
            continue; // written from the model (From, Subject, ...) or not a valid name
        message.addHeader(field.name, EncodedWord::decode(field.value.trimmed()));
    }

    bool havePlain = false;
    bool haveHtml = false;
    int unnamed = 0;
    auto addAttachment = [&](const EmlPart &part, bool asInline) {
        QString name = part.fileName;
        if (name.isEmpty()) {
            ++unnamed;
            name = part.mimeType == "message/rfc822" ? QStringLiteral("message-%1.eml").arg(unnamed)
                                                     : QStringLiteral("part-%1").arg(unnamed);
        }
        const QByteArray data = part.mimeType == "message/rfc822" && !part.children.empty()
            ? part.rawBody()
            : part.decodedBody();
        MimeAttachment attachment = MimeAttachment::fromData(data, name, part.mimeType);
        if (asInline && !part.contentId.isEmpty()) {
            message.addInlineImage(attachment, QString::fromLatin1(part.contentId));
        } else {
            if (part.disposition == "inline")
                attachment.setDisposition(MimeAttachment::Disposition::Inline);
            message.addAttachment(attachment);
        }
    };
    std::function<void(const EmlPart &, bool)> walk = [&](const EmlPart &part, bool inRelated) {
        if (part.isMultipart()) {
            if (part.mimeType == "multipart/related" && !part.children.empty()) {
                // RFC 2387: the first part is the root (the "start" parameter is rarely used).
                walk(part.children.front(), false);
                for (size_t i = 1; i < part.children.size(); ++i)
                    walk(part.children[i], true);
                return;
            }
            for (const EmlPart &child : part.children)
                walk(child, inRelated);
            return;
        }
        const bool bodyCandidate = part.disposition != "attachment" && part.fileName.isEmpty() && !inRelated;
        if (bodyCandidate && part.mimeType == "text/plain" && !havePlain) {
            message.setPlainText(part.text());
            havePlain = true;
            return;
        }
        if (bodyCandidate && part.mimeType == "text/html" && !haveHtml) {
            message.setHtml(part.text());
            haveHtml = true;
            return;
        }
        addAttachment(part, inRelated);
    };
    walk(root, false);
    if (!root.isMultipart() && root.mimeType != "text/plain" && root.mimeType != "text/html")
        out.append(EmlReader::tr("The message body is %1; it was kept as an attachment.")
                       .arg(QString::fromLatin1(root.mimeType)));
    return message;
}
