#pragma once

#include "smtpreply.h"

#include <QByteArray>
#include <QList>
#include <QMap>

// What a server offered in its EHLO reply (RFC 5321 4.1.1.1), looked up by keyword.
class SmtpCapabilities
{
public:
    SmtpCapabilities() = default;
    // Reads the keywords of a positive EHLO reply; malformed keyword lines are skipped, never fatal.
    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);

    bool isEmpty() const { return m_keywords.isEmpty(); }
    // The domain the server named in the first line of its reply.
    QByteArray serverName() const { return m_serverName; }
    bool has(const QByteArray &keyword) const;
    QList<QByteArray> parameters(const QByteArray &keyword) const;
    QList<QByteArray> keywords() const { return m_order; }

    // SASL mechanisms from "AUTH" (and the pre-standard "AUTH=" form some servers still send), upper case.
    QList<QByteArray> authMechanisms() const;
    // RFC 1870: -1 when SIZE is not offered, 0 when offered without a limit (or with a value that is not a
    // usable number: negative or beyond 2^53), else the largest message the server accepts.
    qint64 sizeLimit() const;

    bool pipelining() const { return has("PIPELINING"); }
    bool chunking() const { return has("CHUNKING"); }
    bool eightBitMime() const { return has("8BITMIME"); }
    bool smtpUtf8() const { return has("SMTPUTF8"); }
    bool dsn() const { return has("DSN"); }
    bool startTls() const { return has("STARTTLS"); }
    bool enhancedStatusCodes() const { return has("ENHANCEDSTATUSCODES"); }

    // The capability lines as one string for display: "PIPELINING, SIZE 10240000, AUTH PLAIN LOGIN, ...".
    QString toDisplayString() const;

private:
    QByteArray m_serverName;
    QMap<QByteArray, QList<QByteArray>> m_keywords;
    QList<QByteArray> m_order;
};
