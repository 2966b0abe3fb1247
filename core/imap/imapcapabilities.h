#pragma once

#include "imapresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a server said it can do (RFC 9051 7.2.2), from a CAPABILITY response or a [CAPABILITY ...] code,
// looked up case-insensitively.
class ImapCapabilities
{
public:
    ImapCapabilities() = default;
    // From the values of "* CAPABILITY ..." or the arguments of a [CAPABILITY ...] response code.
    static ImapCapabilities fromResponse(const ImapResponse &response);
    static ImapCapabilities fromAtoms(const QList<QByteArray> &atoms);

    bool isEmpty() const { return m_atoms.isEmpty(); }
    bool has(const QByteArray &capability) const;
    QList<QByteArray> atoms() const { return m_atoms; }

    // SASL mechanisms from "AUTH=...", upper case, in the server's order.
    QList<QByteArray> authMechanisms() const;
    bool loginDisabled() const { return has("LOGINDISABLED"); }
    bool startTls() const { return has("STARTTLS"); }
    bool saslInitialResponse() const { return has("SASL-IR"); } // RFC 4959
    // RFC 7888: any literal may be non-synchronizing (LITERAL+), or those up to 4096 octets (LITERAL-).
    bool literalPlus() const { return has("LITERAL+"); }
    bool literalMinus() const { return has("LITERAL-"); }
    bool nonSynchronizingLiteral(qint64 size) const
    {
        return literalPlus() || (literalMinus() && size <= 4096);
    }
    bool specialUse() const { return has("SPECIAL-USE"); } // RFC 6154
    bool createSpecialUse() const { return has("CREATE-SPECIAL-USE"); }
    bool listExtended() const { return has("LIST-EXTENDED"); } // RFC 5258
    bool uidPlus() const { return has("UIDPLUS"); } // RFC 4315
    // RFC 7889 APPENDLIMIT=n: -1 when not announced (or announced without a number for every mailbox).
    qint64 appendLimit() const;

    // The atoms as one line for display.
    QString toDisplayString() const;

private:
    QList<QByteArray> m_atoms;
};
