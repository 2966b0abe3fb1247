#pragma once

#include "mime/mimemessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QList>

namespace MessageWriterDetail {
struct Node;
}

// Turns a MimeMessage into RFC 5322 / MIME bytes as a sequential, read-only QIODevice, so the SMTP engine
// (DATA/BDAT) or a file can pull the message chunk by chunk: attachments are read from disk and
// base64-encoded while they are sent, never held whole. Everything else (headers, text parts) is prepared up
// front, which is what makes totalSize() exact before the first byte is read.
class MessageWriter : public QIODevice
{
    Q_OBJECT
public:
    // What the receiving server allows. Both default to false: the conservative 7-bit form every server
    // accepts.
    struct Options
    {
        // RFC 6152 8BITMIME offered: text parts may be sent as 8bit (lines still at most 998 octets).
        bool allow8bit = false;
        // RFC 6531 SMTPUTF8 offered: headers carry UTF-8 as is (RFC 6532) instead of RFC 2047 encoded words.
        bool allowUtf8Headers = false;
    };

    // Raw octets an attachment is read in; a multiple of 57 so each chunk is whole base64 lines.
    static constexpr qint64 ChunkSize = 57 * 1024;

    explicit MessageWriter(const MimeMessage &message, QObject *parent = nullptr);
    MessageWriter(const MimeMessage &message, const Options &options, QObject *parent = nullptr);
    ~MessageWriter() override;

    // False when the message cannot be written (invalid address, unreadable attachment, ...): errorString()
    // says why, and open() fails.
    bool isValid() const { return m_valid; }

    // The exact number of octets the device produces, known before reading; -1 when !isValid().
    qint64 totalSize() const { return m_valid ? m_totalSize : -1; }
    // Octets handed out so far (for progress: bytesProduced() / totalSize()).
    qint64 bytesProduced() const { return m_produced; }
    // True once reading failed (an attachment vanished, shrank, grew or could not be read): read() then
    // returns -1 for good and errorString() says which file and why. At the end of a complete message read()
    // returns -1 too, with hasFailed() false and bytesProduced() == totalSize().
    bool hasFailed() const { return m_failed; }

    // What MAIL FROM must declare: BODY=8BITMIME when a part went out as 8bit, SMTPUTF8 when a header carries
    // raw UTF-8 or an envelope address has a non-ASCII local part.
    bool requires8BitMime() const { return m_uses8bit; }
    bool requiresSmtpUtf8() const { return m_usesUtf8; }

    // The Message-ID and Date written into the headers (generated when the message had none).
    QByteArray messageId() const { return m_messageId; }
    QDateTime date() const { return m_date; }

    // The SMTP envelope, from the message (MimeMessage::envelopeSender / envelopeRecipients).
    MailAddress envelopeSender() const { return m_envelopeSender; }
    QList<MailAddress> envelopeRecipients() const { return m_envelopeRecipients; }

    // The MIME tree as text, e.g. "multipart/mixed(multipart/alternative(text/plain,text/html),image/png)".
    QString structure() const { return m_structure; }
    // Boundaries in use, outermost first.
    QList<QByteArray> boundaries() const { return m_boundaries; }
    // The message's own header block (without the blank line that ends it).
    QByteArray headerBlock() const { return m_headerBlock; }

    // The most the device has buffered at once while streaming an attachment (its raw chunk plus its
    // encoded form): bounded by ChunkSize, whatever the attachment's size.
    qint64 peakBufferSize() const { return m_peakBuffer; }

    // Writes the whole message to `device` (opening this writer if needed). False on a read or write
    // error, with errorString() saying which file and why.
    bool writeTo(QIODevice *device);
    // Writes the message to a file atomically (QSaveFile): a failure never leaves a partial file behind. A
    // path that is not a regular file (/dev/null, /dev/stdout, a pipe) is written to directly.
    static bool writeToFile(
        const MimeMessage &message, const QString &path, const Options &options, QString *error = nullptr);

    bool isSequential() const override { return true; }
    // Read-only; every open() starts the message from its first byte again (e.g. to retry a send).
    bool open(OpenMode mode) override;
    void close() override;
    // The total size, so progress bars and BDAT chunking work with size() as with a file.
    qint64 size() const override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Segment
    {
        QByteArray bytes; // in-memory output
        bool streamed = false; // base64 of `source`, encoded while reading
        MimeAttachment source;
        qint64 sourceSize = 0;
        qint64 outputSize() const;
    };

    void build(const MimeMessage &message);
    // The planned tree as segments: bytes in memory, and attachments streamed from their source.
    void layOut(const MessageWriterDetail::Node &node, bool top);
    void appendBytes(const QByteArray &bytes);
    void checkLineLengths();
    void fail(const QString &message);
    qint64 failRead(const QString &message);
    // Reading a streamed attachment: at most maxSize octets of its base64 into 'data' (what does not fit
    // waits in m_encoded), opening and closing its file on the way.
    qint64 readAttachment(const Segment &segment, char *data, qint64 maxSize);
    bool readFileChunk(const Segment &segment, qint64 chunk);
    void finishAttachment(const Segment &segment);
    static QString attachmentLabel(const Segment &segment);
    void resetReading();

    Options m_options;
    bool m_valid = false;
    QString m_buildError;
    QList<Segment> m_segments;
    qint64 m_totalSize = 0;
    bool m_uses8bit = false;
    bool m_usesUtf8 = false;
    QByteArray m_messageId;
    QDateTime m_date;
    MailAddress m_envelopeSender;
    QList<MailAddress> m_envelopeRecipients;
    QString m_structure;
    QList<QByteArray> m_boundaries;
    QByteArray m_headerBlock;

    // Reading state.
    int m_segmentIndex = 0;
    qint64 m_segmentOffset = 0; // in-memory segments: octets of the segment delivered
    qint64 m_sourceRead = 0; // streamed segments: raw octets consumed
    bool m_sourceOpen = false;
    QFile m_file;
    QByteArray m_raw;
    QByteArray m_encoded;
    qint64 m_encodedPos = 0;
    qint64 m_produced = 0;
    qint64 m_peakBuffer = 0;
    bool m_failed = false;
};
