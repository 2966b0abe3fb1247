#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The checks a composer runs before a message leaves: no recipients, an address that does not parse, an
// empty subject, an attachment mentioned but missing, a message larger than the server takes, files a mail
// link attached. Pure (no widgets), so each rule is tested on its own; the composer asks or explains.
class PreSendCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreSendCheck)

public:
    enum class Kind {
        NoAccount,
        NoRecipients,
        InvalidAddress,
        EmptySubject,
        AttachmentMentioned,
        TooLarge,
        LinkAttachments
    };
    // Blocking: the message cannot go until it is fixed. Question: the person may send anyway.
    enum class Severity { Blocking, Question };

    struct Issue
    {
        Kind kind = Kind::NoRecipients;
        Severity severity = Severity::Blocking;
        QString text; // what is wrong and what to do, for the dialog
        QString field; // "to", "cc", "bcc", "subject", "attachments", "from": where to put the focus
    };

    struct Input
    {
        bool hasAccount = true;
        QString to;
        QString cc;
        QString bcc;
        QString subject;
        QString bodyText; // the plain text the person wrote (quoted lines and signature are skipped)
        int attachmentCount = 0; // files attached (not inline images)
        qint64 messageSize = -1; // the exact size as it will be sent; -1 unknown
        qint64 sizeLimit = -1; // the server's SIZE (RFC 1870); -1 or 0 unknown / no limit
        QStringList linkAttachments; // files a mailto: link attached that the person has not confirmed
    };

    // Every issue, blocking ones first, in the order a person would fix them.
    static QList<Issue> run(const Input &input);

    // The words that mean "there is an attachment", from a translatable list ("attach, attached, ...").
    static QStringList attachmentKeywords();
    // Whether 'text' (the person's own words: quoted "> " lines and the signature after "-- " are skipped)
    // mentions an attachment; the word found goes to 'keyword'.
    static bool mentionsAttachment(const QString &text, QString *keyword = nullptr);

    // "1.2 MB": sizes as the composer shows them.
    static QString formatSize(qint64 bytes);
};
