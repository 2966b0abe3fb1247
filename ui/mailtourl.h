#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A mailto: URL (RFC 6068) taken apart into what the composer fills in. Pure: it reads no file and opens
// nothing, so the command line, the desktop's mailto handler and the tests all get the same answer.
class MailtoUrl
{
    Q_DECLARE_TR_FUNCTIONS(MailtoUrl)

public:
    // Addresses as they appeared (percent-decoded, UTF-8), one list entry per comma-separated address.
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString subject;
    QString body; // line breaks normalised to '\n'
    QString inReplyTo; // with its angle brackets, when the link names a message to reply to
    // Local files the link asks to attach ("attach" / "attachment", a path or a file: URL on this machine).
    // The composer shows them and asks; they are never sent without the person seeing them.
    QStringList attachments;
    // Header fields the link set that are not taken over (RFC 6068 7: only safe ones are), and
    // attachments refused (not local, not absolute): for telling the person.
    QStringList ignored;
    // Set when the text is not a mailto: URL at all.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    bool isEmpty() const;

    static bool isMailto(const QString &text);
    static MailtoUrl parse(const QString &text);
};
