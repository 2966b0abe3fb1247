#pragma once

#include "mime/mimemessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A file that belongs to a draft. By default the draft keeps its own copy (in the draft's folder), so the
// message can still be sent when the original is edited, moved or deleted; keepCopy = false refers to the
// original instead (a very large file the person does not want copied), and a change to it is then reported.
struct DraftAttachment
{
    QString filePath; // the file that is sent: the draft's copy once the draft is saved, else the original
    QString originalPath; // where the person picked it from
    QByteArray data; // content held in memory (e.g. from a forwarded message); written to the draft's folder
    QString fileName; // the name readers see
    QByteArray mimeType; // empty: guessed from the name and content
    bool isInline = false; // an inline image of the HTML body, shown through cid:contentId
    QString contentId;
    bool keepCopy = true;
    qint64 size = -1; // as attached; a referenced file of another size has changed
    QDateTime lastModified; // of a referenced file, as attached
    QString problem; // set when loading: the file is missing, unreadable or changed

    // Attaches a file on disk (copied into the draft when it is saved).
    static DraftAttachment fromFile(const QString &path, const QString &fileName = {});
    static DraftAttachment fromData(
        const QByteArray &data, const QString &fileName, const QByteArray &mimeType = {});

    bool operator==(const DraftAttachment &other) const;
};

// A message being written, exactly as the composer holds it: the address fields as typed (a half-typed
// address must survive a crash too), subject, bodies, attachments, and the account it will go from.
// DraftStore saves it; toMessage() turns it into the message to send once it is complete.
struct Draft
{
    Q_DECLARE_TR_FUNCTIONS(Draft)

public:
    QString id; // empty until first saved
    QString account; // the account it will be sent from (AccountStore name); may be empty
    // The address fields as the person typed them (RFC 5322 address lists, possibly incomplete).
    QString from;
    QString to;
    QString cc;
    QString bcc;
    QString replyTo;
    QString subject;
    QString plainText;
    QString html;
    QByteArray inReplyTo;
    QList<QByteArray> references;
    QList<QPair<QByteArray, QString>> extraHeaders;
    QList<DraftAttachment> attachments;
    // Spell checking of this message: the language chosen for it (empty: the account's, else the desktop's)
    // and the words the person chose to ignore in it.
    QString spellLanguage;
    QStringList spellIgnored;
    QDateTime created;
    QDateTime modified;
    int revision = 0; // counts saves; the sidecar and the .eml of one revision always belong together

    // Nothing typed and nothing attached: not worth keeping.
    bool isEmpty() const;
    // The first characters of the text, for lists.
    QString preview() const;
    // The message to send. Fails (with 'error' naming the field) while an address does not parse, From or
    // every recipient is missing, or an attachment is gone.
    MimeMessage toMessage(QString *error) const;
    // The fields of an existing message (reply, forward, "edit as new"); attachments in memory or on disk.
    static Draft fromMessage(const MimeMessage &message);

    // The sidecar without the bodies (they live in the .eml); paths inside 'draftDirectory' are stored
    // relative to it so a moved data folder still works.
    QJsonObject toJson(const QString &draftDirectory) const;
    static Draft fromJson(const QJsonObject &object, const QString &draftDirectory);

    // Content equality (ignores id, revision and timestamps): whether there is anything new to save.
    bool sameContent(const Draft &other) const;
};
