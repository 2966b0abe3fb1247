#pragma once

#include "imapclient.h"
#include "imapmailbox.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Which folder receives the copies of sent mail, and how it was chosen: the one the server marks \Sent
// (RFC 6154, returned by LIST with or without RETURN (SPECIAL-USE)), else one with a name people and other
// programs give it ("Sent", "Sent Items", "Gesendet"...), else the configured name, to be created.
struct ImapSentFolder
{
    enum class How {
        SpecialUse, // the server marks it \Sent
        ByName, // an existing folder with a well-known name
        Configured, // the name from the settings (discovery off, or nothing found)
    };

    QString name; // for people
    QByteArray wireName; // for commands: as LIST returned it, or the configured name in modified UTF-7
    How how = How::Configured;
    bool exists = false; // LIST returned it; false means it has to be created

    // The mailboxes of a LIST result, in the server's order; malformed entries are skipped.
    static QList<ImapMailbox> mailboxes(const ImapCommandResult &listResult);
    // The choice above from a LIST result. 'configured' is used when nothing fits (and wins over a
    // well-known name when a folder of exactly that name exists).
    static ImapSentFolder choose(const QList<ImapMailbox> &mailboxes, const QString &configured);
    // The configured name itself, not looked up.
    static ImapSentFolder configuredFolder(const QString &name);
};
