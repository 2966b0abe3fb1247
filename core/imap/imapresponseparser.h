#pragma once

#include "imapresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

// Turns the bytes an IMAP server sends into complete responses (RFC 9051 7, 4.3 literals). It knows nothing
// of sockets, so fuzzers and tests drive it directly. Memory is bounded by the limits whatever the input: a
// response (its lines and literals together) larger than maxResponseSize, or a literal announced larger than
// maxLiteralSize, is an error the moment it is known, before its bytes are read. Lists nest at most
// maxNesting deep and are read without recursion.
class ImapResponseParser
{
public:
    struct Limits
    {
        qsizetype maxResponseSize = 1024 * 1024; // lines and literals of one response together
        qsizetype maxLiteralSize = 256 * 1024; // one literal ({n} or {n+} or ~{n})
        int maxNesting = 32; // parenthesized lists inside one another
        int maxValues = 65536; // values in one response, lists included
    };

    ImapResponseParser() = default;
    explicit ImapResponseParser(const Limits &limits) : m_limits(limits) { }

    // Consumes data and appends every response it completes to 'responses'. Returns false on an error; the
    // parser then stays in error and ignores further input until reset().
    bool feed(const char *data, qsizetype size, QList<ImapResponse> *responses);
    bool feed(const QByteArray &data, QList<ImapResponse> *responses);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes of an incomplete response held: STARTTLS requires none to be left over.
    qsizetype bufferedBytes() const { return m_line.size() + m_segmentBytes + m_literal.size(); }
    void reset();

    const Limits &limits() const { return m_limits; }

private:
    struct Segment
    {
        QByteArray bytes;
        bool literal = false;
    };

    bool takeLine(QByteArray line, QList<ImapResponse> *responses);
    bool fail(const QString &error);
    ImapResponse build() const;

    Limits m_limits;
    QByteArray m_line; // an unfinished line
    std::vector<Segment> m_segments; // the lines and literals of the response so far
    qsizetype m_segmentBytes = 0;
    qint64 m_literalLeft = -1; // bytes of the current literal still to come; -1 when reading lines
    QByteArray m_literal;
    QString m_error;
};
