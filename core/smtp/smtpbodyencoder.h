#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

// Turns a message read from a device into what may go on the wire: CRLF line ends only (a bare CR or LF never
// reaches the server, closing the door on SMTP smuggling), and for DATA lines starting with "." get one more
// (RFC 5321 4.5.2) and the ".\r\n" terminator. Works in chunks, so a message of any size streams through.
class SmtpBodyEncoder
{
    Q_DECLARE_TR_FUNCTIONS(SmtpBodyEncoder)

public:
    enum class Mode { Data, Bdat };

    // 'expectedSize' (when known) tells the end of the message from a failure: a sequential device may
    // answer read() with -1 at its end (as QIODevice allows), which before that size is an error.
    SmtpBodyEncoder(QIODevice *source, Mode mode, qint64 expectedSize = -1);

    // Bytes that go before the source's, encoded alike (a header field the client adds at the top).
    void setPrefix(const QByteArray &prefix) { m_prefix = prefix; }
    // Reads up to maxSourceBytes from the source and appends the encoded bytes to 'out'. Returns false when
    // the source fails (errorString() says why); the transfer must then be aborted, never ended early.
    bool read(qint64 maxSourceBytes, QByteArray *out);
    // True once the whole output, terminator included, was produced.
    bool atEnd() const { return m_finished; }
    // A sequential source that has no data right now but is not finished: wait for its readyRead.
    bool isWaitingForSource() const { return m_waiting; }
    qint64 sourceBytesRead() const { return m_sourceRead; }
    qint64 bytesProduced() const { return m_produced; }
    QString errorString() const { return m_error; }

    // The whole transformation at once, for tests and fuzzers.
    static QByteArray encode(const QByteArray &message, Mode mode);

private:
    void encodeChunk(const char *data, qsizetype size, QByteArray *out);
    void finish(QByteArray *out);

    QIODevice *m_source;
    Mode m_mode;
    qint64 m_expectedSize = -1;
    bool m_atLineStart = true;
    bool m_pendingCr = false;
    bool m_finished = false;
    bool m_waiting = false;
    qint64 m_sourceRead = 0;
    qint64 m_produced = 0;
    QString m_error;
    QByteArray m_buffer;
    QByteArray m_prefix;
};
