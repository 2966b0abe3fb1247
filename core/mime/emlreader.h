#pragma once

#include "mime/mailaddress.h"
#include "mime/mimemessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

// One MIME entity of a message read from bytes: its header fields, content type and parameters, and where its
// body lies in the message (decoded on request, so reading a large message does not copy its attachments).
class EmlPart
{
public:
    struct HeaderField
    {
        QByteArray name; // as written
        QByteArray value; // unfolded (RFC 5322 2.2.3), leading whitespace removed, not decoded
    };

    QList<HeaderField> headers;
    QByteArray mimeType = QByteArrayLiteral("text/plain"); // lower case; RFC 2045 5.2 default
    QMap<QByteArray, QString> contentTypeParameters; // names lower case, RFC 2231 / 2047 decoded
    QByteArray disposition; // "inline", "attachment" or empty
    QMap<QByteArray, QString> dispositionParameters;
    QByteArray transferEncoding = QByteArrayLiteral("7bit"); // lower case
    QString fileName; // filename, else the Content-Type name
    QByteArray contentId; // without angle brackets
    QByteArray charset; // lower case, from Content-Type
    std::vector<EmlPart> children; // multipart parts, or the message of message/rfc822

    // The first field of that name (case-insensitive), unfolded but not decoded; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // The same, RFC 2047 decoded (unstructured).
    QString decodedHeader(const QByteArray &name) const;

    bool isMultipart() const { return mimeType.startsWith("multipart/"); }
    bool isText() const { return mimeType.startsWith("text/"); }
    // Marked as an attachment, or carrying a file name.
    bool isAttachment() const { return disposition == "attachment" || !fileName.isEmpty(); }

    // The body as it is in the message (still transfer-encoded).
    QByteArray rawBody() const { return m_source.mid(m_bodyOffset, m_bodySize); }
    qint64 encodedSize() const { return m_bodySize; }
    // The body with its transfer encoding (base64, quoted-printable) undone.
    QByteArray decodedBody() const;
    // decodedBody().size(), computed without decoding a base64 body (attachment sizes for a list).
    qint64 decodedSize() const;
    // A text part's body decoded with its charset, line breaks as '\n'.
    QString text() const;

private:
    friend class EmlParser;
    QByteArray m_source;
    qint64 m_bodyOffset = 0;
    qint64 m_bodySize = 0;
};

// A message read back from RFC 5322 bytes (an .eml file, a saved draft, a --eml message to send).
class EmlMessage
{
public:
    EmlPart root;

    // The originator and destination fields (RFC 2047 names decoded; Bcc as a draft may hold it).
    AddressList from;
    AddressList sender;
    AddressList replyTo;
    AddressList to;
    AddressList cc;
    AddressList bcc;
    QString subject;
    QDateTime date;
    QByteArray messageId; // with angle brackets
    QByteArray inReplyTo;
    QList<QByteArray> references;

    // What was wrong with the input but got past: malformed addresses, missing boundaries, limits hit.
    QStringList problems;

    // The leaves of the MIME tree in order, depth first.
    QList<const EmlPart *> leaves() const;

    // Rebuilds a MimeMessage as far as the model can hold it: addresses, subject, threading, extra headers,
    // the plain and HTML bodies, inline images (by Content-ID) and attachments (in memory). What could not
    // be carried over is listed in *notes.
    MimeMessage toMimeMessage(QStringList *notes = nullptr) const;
};

// Parses RFC 5322 / MIME messages. Meant for hostile input (it is fuzzed): nesting depth, the number of parts
// and header fields are bounded, every step is linear in the input (times the bounded depth), and nothing
// the input says makes it fail; it always returns what it could make of the bytes.
class EmlReader
{
    Q_DECLARE_TR_FUNCTIONS(EmlReader)

public:
    struct Limits
    {
        int maxDepth = 32; // nested multiparts and message/rfc822
        int maxParts = 10000; // entities in the whole message
        int maxHeaderFields = 1000; // per entity; more are dropped (and noted)
    };

    static EmlMessage parse(const QByteArray &bytes, const Limits &limits);
    static EmlMessage parse(const QByteArray &bytes) { return parse(bytes, Limits()); }
    static EmlMessage readFile(const QString &path, QString *error = nullptr);

    // A structured MIME header value ("text/plain; charset=utf-8; name*=utf-8''a%20b"): the value in
    // lower case and the parameters, RFC 2231 continuations and charsets and RFC 2047 words decoded.
    struct HeaderValue
    {
        QByteArray value;
        QMap<QByteArray, QString> parameters;
    };
    static HeaderValue parseHeaderValue(const QByteArray &raw);
};
