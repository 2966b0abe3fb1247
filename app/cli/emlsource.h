#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

// A prepared .eml read for sending, with its Bcc header fields left out: the Bcc recipients are in the
// envelope, and the header would tell every other recipient about them. The rest streams from the file.
class EmlSource : public QIODevice
{
    Q_OBJECT
public:
    // How many bytes of the message are its header block (up to and including the last header line's end),
    // from its first bytes 'head' and its size: the first blank line ends it. A line ends where the wire will
    // end it (MimeUtils::lineEndLength: CRLF, a lone CR, a lone LF), so what is a header field here is one
    // for the server too. A message with no blank line is all header fields (RFC 5322 3.5) when 'head' is all
    // of it; -1 when the header block does not end within 'head'.
    static qint64 headerLength(const QByteArray &head, qint64 fileSize);
    // Wraps the opened file whose header block is headerLength bytes; nullptr (the file untouched) when that
    // block has no Bcc field.
    static EmlSource *withoutBcc(QFile *file, qint64 headerLength, QObject *parent = nullptr);
    // The header block without its Bcc fields (continuation lines included), its line ends made CRLF as the
    // wire makes them.
    static QByteArray stripBcc(const QByteArray &headerBlock, bool *stripped);

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_header.size() + m_file->size() - m_bodyOffset; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    EmlSource(QFile *file, QByteArray header, qint64 bodyOffset, QObject *parent);
    QFile *m_file;
    QByteArray m_header;
    qint64 m_headerPos = 0;
    qint64 m_bodyOffset;
};
