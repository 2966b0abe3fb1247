#pragma once

#include "imapresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A mailbox (folder) as a LIST response describes it (RFC 9051 7.3.1), and the conversion of mailbox names
// between what people read and what goes on the wire: modified UTF-7 (RFC 3501 5.1.3).
struct ImapMailbox
{
    QString name; // decoded, for people: "Gesendete Objekte", "[Gmail]/Sent Mail"
    QByteArray wireName; // exactly as the server sent it: commands use this, never a re-encoding
    QChar delimiter; // hierarchy delimiter, or null when the server has none (NIL)
    QList<QByteArray> attributes; // "\Sent", "\HasNoChildren", ... as sent

    bool hasAttribute(const QByteArray &attribute) const;
    // \Noselect and \NonExistent mailboxes cannot hold messages.
    bool isSelectable() const;
    // The last level of the name: "Sent" for "INBOX.Sent" or "[Gmail]/Sent".
    QString leafName() const;

    // Reads "* LIST (attributes) delimiter name ..."; false for anything else, or a malformed one.
    static bool fromListResponse(const ImapResponse &response, ImapMailbox *mailbox);

    // Modified UTF-7: printable ASCII stays ('&' becomes "&-"), everything else goes as "&" + base64 of
    // UTF-16 with ',' for '/' + "-".
    static QByteArray encodeName(const QString &name);
    // The reverse; names that are not valid modified UTF-7 are taken as UTF-8 (some servers send that),
    // never dropped.
    static QString decodeName(const QByteArray &wire);
};
