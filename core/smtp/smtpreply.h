#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// One complete server reply: the three-digit code, the enhanced status code when present, and its text lines.
class SmtpReply
{
public:
    SmtpReply() = default;
    SmtpReply(int code, QList<QByteArray> lines);

    bool isValid() const { return m_code >= 200 && m_code <= 599; }
    int code() const { return m_code; }
    int codeClass() const { return m_code / 100; }
    bool isPositive() const { return codeClass() == 2; }
    bool isIntermediate() const { return codeClass() == 3; }
    bool isTransientFailure() const { return codeClass() == 4; }
    bool isPermanentFailure() const { return codeClass() == 5; }

    // RFC 3463 / RFC 2034 "class.subject.detail" taken from the first line, e.g. "5.7.8"; empty when absent.
    QByteArray enhancedCode() const { return m_enhancedCode; }
    // The text after "NNN-" / "NNN " of each line, exactly as received.
    const QList<QByteArray> &lines() const { return m_lines; }
    // The lines joined by '\n' with the enhanced code removed from the start of each line.
    QByteArray text() const;
    // text() for people: UTF-8 when it is valid UTF-8, otherwise Latin-1, control characters replaced.
    QString message() const;
    // The reply as it appeared on the wire, CRLF line ends ("250-a\r\n250 b\r\n").
    QByteArray toWire() const;
    // One-line summary for logs and errors: "550 5.1.1 No such user".
    QString summary() const;

    bool operator==(const SmtpReply &other) const
    {
        return m_code == other.m_code && m_lines == other.m_lines;
    }

private:
    int m_code = 0;
    QByteArray m_enhancedCode;
    QList<QByteArray> m_lines;
};
Q_DECLARE_METATYPE(SmtpReply)

// Turns the bytes a server sends into complete replies. It knows nothing of sockets, so fuzzers and
// transcript tests drive it directly; its memory is bounded by the limits whatever the input.
class SmtpReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(SmtpReplyParser)

public:
    struct Limits
    {
        int maxLineLength = 4096; // a line (without CRLF) longer than this is an error
        int maxReplySize = 65536; // the sum of a reply's lines
        int maxLines = 512; // lines in one reply
    };

    SmtpReplyParser() = default;
    explicit SmtpReplyParser(const Limits &limits) : m_limits(limits) { }

    // Consumes data and appends every reply it completes to 'replies'. Returns false on a protocol error;
    // the parser then stays in error and ignores further input until reset().
    bool feed(const QByteArray &data, QList<SmtpReply> *replies);
    bool feed(const char *data, qsizetype size, QList<SmtpReply> *replies);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes of an incomplete line or reply held: STARTTLS requires none to be left over.
    qsizetype bufferedBytes() const { return m_partialLine.size() + m_replySize; }
    bool isIdle() const { return bufferedBytes() == 0 && m_lines.isEmpty(); }
    void reset();

private:
    bool takeLine(const QByteArray &line, QList<SmtpReply> *replies);
    bool fail(const QString &error);

    Limits m_limits;
    QByteArray m_partialLine;
    QList<QByteArray> m_lines;
    int m_code = 0;
    qsizetype m_replySize = 0;
    QString m_error;
};
