#include "store/draft.h"

#include "mime/addressparser.h"
#include "mime/mimeattachment.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Paths inside the draft's folder are kept relative, so a data folder that moved as a whole still works.
QString storedPath(const QString &path, const QString &directory)
{
    if (path.isEmpty() || directory.isEmpty()) {
        return path;
    }
    const QString relative = QDir(directory).relativeFilePath(path);
    return relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative) ? path : relative;
}

QString loadedPath(const QString &path, const QString &directory)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || directory.isEmpty()) {
        return path;
    }
    return QDir(directory).filePath(path);
}

QJsonArray toArray(const QList<QByteArray> &list)
{
    QJsonArray array;
    for (const QByteArray &item : list) {
        array.append(QString::fromUtf8(item));
    }
    return array;
}

} // namespace

DraftAttachment DraftAttachment::fromFile(const QString &path, const QString &fileName)
{
    DraftAttachment a;
    const QFileInfo info(path);
    a.filePath = info.absoluteFilePath();
    a.originalPath = a.filePath;
    a.fileName = fileName.isEmpty() ? info.fileName() : fileName;
    a.size = info.exists() ? info.size() : -1;
    a.lastModified = info.exists() ? info.lastModified().toUTC() : QDateTime();
    return a;
}

DraftAttachment DraftAttachment::fromData(
    const QByteArray &data, const QString &fileName, const QByteArray &mimeType)
{
    DraftAttachment a;
    a.data = data;
    a.fileName = fileName;
    a.mimeType = mimeType;
    a.size = data.size();
    return a;
}

bool DraftAttachment::operator==(const DraftAttachment &other) const
{
    return filePath == other.filePath && originalPath == other.originalPath && data == other.data
        && fileName == other.fileName && mimeType == other.mimeType && isInline == other.isInline
        && contentId == other.contentId && keepCopy == other.keepCopy;
}

bool Draft::isEmpty() const
{
    return from.trimmed().isEmpty() && to.trimmed().isEmpty() && cc.trimmed().isEmpty()
        && bcc.trimmed().isEmpty() && subject.trimmed().isEmpty() && plainText.trimmed().isEmpty()
        && html.trimmed().isEmpty() && attachments.isEmpty();
}

QString Draft::preview() const
{
    QString text = plainText.simplified();
    if (text.size() > 160) {
        text = text.left(159) + QChar(0x2026);
    }
    return text;
}

MimeMessage Draft::toMessage(QString *error) const
{
    MimeMessage message;
    QString localError;
    QString &why = error ? *error : localError;
    why.clear();
    auto parseList = [&](const QString &label, const QString &text, AddressList *out) {
        if (text.trimmed().isEmpty()) {
            *out = AddressList();
            return true;
        }
        const AddressParser::Result result = AddressParser::parseList(text);
        if (!result.ok()) {
            why = QStringLiteral("%1: %2").arg(label, result.error);
            return false;
        }
        *out = result.addresses;
        return true;
    };
    if (from.trimmed().isEmpty()) {
        why = tr("From: the message has no sender.");
        return message;
    }
    const AddressParser::Result sender = AddressParser::parseMailbox(from);
    if (!sender.ok() || sender.addresses.mailboxes().isEmpty()) {
        why = QStringLiteral("From: %1").arg(sender.error);
        return message;
    }
    message.setFrom(sender.addresses.mailboxes().first());
    AddressList list;
    if (!parseList(QStringLiteral("To"), to, &list)) {
        return message;
    }
    message.setTo(list);
    if (!parseList(QStringLiteral("Cc"), cc, &list)) {
        return message;
    }
    message.setCc(list);
    if (!parseList(QStringLiteral("Bcc"), bcc, &list)) {
        return message;
    }
    message.setBcc(list);
    if (!parseList(QStringLiteral("Reply-To"), replyTo, &list)) {
        return message;
    }
    message.setReplyTo(list);
    if (message.envelopeRecipients().isEmpty()) {
        why = tr("To: the message has no recipients.");
        return message;
    }
    message.setSubject(subject);
    message.setPlainText(plainText);
    message.setHtml(html);
    if (!inReplyTo.isEmpty()) {
        message.setInReplyTo(inReplyTo);
    }
    if (!references.isEmpty()) {
        message.setReferences(references);
    }
    for (const auto &header : extraHeaders) {
        QString headerError;
        if (!message.addHeader(header.first, header.second, &headerError)) {
            why = QStringLiteral("%1: %2").arg(QString::fromLatin1(header.first), headerError);
            return message;
        }
    }
    for (const DraftAttachment &a : attachments) {
        MimeAttachment attachment;
        if (!a.filePath.isEmpty()) {
            const QFileInfo info(a.filePath);
            if (!info.isFile() || !info.isReadable()) {
                why = tr("The attachment \"%1\" (%2) is missing or cannot be read.")
                          .arg(a.fileName, QDir::toNativeSeparators(a.filePath));
                return message;
            }
            attachment = MimeAttachment::fromFile(a.filePath, a.fileName, a.mimeType);
        } else {
            attachment = MimeAttachment::fromData(a.data, a.fileName, a.mimeType);
        }
        if (a.isInline && !a.contentId.isEmpty() && !html.isEmpty()) {
            message.addInlineImage(attachment, a.contentId);
            continue;
        }
        if (a.isInline) {
            attachment.setDisposition(MimeAttachment::Disposition::Inline);
        }
        message.addAttachment(attachment);
    }
    return message;
}

Draft Draft::fromMessage(const MimeMessage &message)
{
    Draft d;
    if (!message.from().isEmpty()) {
        d.from = message.from().toDisplayString();
    }
    d.to = AddressParser::formatList(message.to());
    d.cc = AddressParser::formatList(message.cc());
    d.bcc = AddressParser::formatList(message.bcc());
    d.replyTo = AddressParser::formatList(message.replyTo());
    d.subject = message.subject();
    d.plainText = message.plainText();
    d.html = message.html();
    d.inReplyTo = message.inReplyTo();
    d.references = message.references();
    d.extraHeaders = message.extraHeaders();
    auto add = [&d](const MimeAttachment &m, bool isInline) {
        DraftAttachment a = m.isFile() ? DraftAttachment::fromFile(m.filePath(), m.fileName())
                                       : DraftAttachment::fromData(m.data(), m.fileName(), m.mimeType());
        a.mimeType = m.mimeType();
        a.isInline = isInline || m.disposition() == MimeAttachment::Disposition::Inline;
        a.contentId = m.contentId();
        d.attachments.append(a);
    };
    for (const MimeAttachment &m : message.attachments()) {
        add(m, false);
    }
    for (const MimeAttachment &m : message.inlineImages()) {
        add(m, true);
    }
    return d;
}

QJsonObject Draft::toJson(const QString &draftDirectory) const
{
    QJsonArray files;
    for (const DraftAttachment &a : attachments) {
        QJsonObject o { { QStringLiteral("file"), storedPath(a.filePath, draftDirectory) },
            { QStringLiteral("original"), a.originalPath }, { QStringLiteral("name"), a.fileName },
            { QStringLiteral("mimeType"), QString::fromLatin1(a.mimeType) },
            { QStringLiteral("inline"), a.isInline }, { QStringLiteral("contentId"), a.contentId },
            { QStringLiteral("keepCopy"), a.keepCopy }, { QStringLiteral("size"), double(a.size) } };
        if (a.lastModified.isValid()) {
            o.insert(QStringLiteral("modified"), isoTime(a.lastModified));
        }
        files.append(o);
    }
    QJsonArray headers;
    for (const auto &h : extraHeaders) {
        headers.append(QJsonArray { QString::fromLatin1(h.first), h.second });
    }
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("id"), id },
        { QStringLiteral("revision"), revision },
        { QStringLiteral("account"), account },
        { QStringLiteral("created"), isoTime(created) },
        { QStringLiteral("modified"), isoTime(modified) },
        { QStringLiteral("fields"),
            QJsonObject { { QStringLiteral("from"), from }, { QStringLiteral("to"), to },
                { QStringLiteral("cc"), cc }, { QStringLiteral("bcc"), bcc },
                { QStringLiteral("replyTo"), replyTo } } },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("preview"), preview() },
        { QStringLiteral("hasHtml"), !html.isEmpty() },
        { QStringLiteral("inReplyTo"), QString::fromUtf8(inReplyTo) },
        { QStringLiteral("references"), toArray(references) },
        { QStringLiteral("headers"), headers },
        { QStringLiteral("attachments"), files },
        { QStringLiteral("spelling"),
            QJsonObject { { QStringLiteral("language"), spellLanguage },
                { QStringLiteral("ignored"), QJsonArray::fromStringList(spellIgnored) } } },
    };
}

Draft Draft::fromJson(const QJsonObject &o, const QString &draftDirectory)
{
    Draft d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.revision = o.value(QStringLiteral("revision")).toInt();
    d.account = o.value(QStringLiteral("account")).toString();
    d.created = fromIsoTime(o.value(QStringLiteral("created")));
    d.modified = fromIsoTime(o.value(QStringLiteral("modified")));
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    d.from = fields.value(QStringLiteral("from")).toString();
    d.to = fields.value(QStringLiteral("to")).toString();
    d.cc = fields.value(QStringLiteral("cc")).toString();
    d.bcc = fields.value(QStringLiteral("bcc")).toString();
    d.replyTo = fields.value(QStringLiteral("replyTo")).toString();
    d.subject = o.value(QStringLiteral("subject")).toString();
    const QJsonObject spelling = o.value(QStringLiteral("spelling")).toObject();
    d.spellLanguage = spelling.value(QStringLiteral("language")).toString();
    for (const QJsonValue &v : spelling.value(QStringLiteral("ignored")).toArray()) {
        d.spellIgnored.append(v.toString());
    }
    d.inReplyTo = o.value(QStringLiteral("inReplyTo")).toString().toUtf8();
    for (const QJsonValue &v : o.value(QStringLiteral("references")).toArray()) {
        d.references.append(v.toString().toUtf8());
    }
    for (const QJsonValue &v : o.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = v.toArray();
        d.extraHeaders.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString() });
    }
    for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject f = v.toObject();
        DraftAttachment a;
        a.filePath = loadedPath(f.value(QStringLiteral("file")).toString(), draftDirectory);
        a.originalPath = f.value(QStringLiteral("original")).toString();
        a.fileName = f.value(QStringLiteral("name")).toString();
        a.mimeType = f.value(QStringLiteral("mimeType")).toString().toLatin1();
        a.isInline = f.value(QStringLiteral("inline")).toBool();
        a.contentId = f.value(QStringLiteral("contentId")).toString();
        a.keepCopy = f.value(QStringLiteral("keepCopy")).toBool(true);
        a.size = qint64(f.value(QStringLiteral("size")).toDouble(-1));
        a.lastModified = fromIsoTime(f.value(QStringLiteral("modified")));
        d.attachments.append(a);
    }
    return d;
}

bool Draft::sameContent(const Draft &o) const
{
    return account == o.account && from == o.from && to == o.to && cc == o.cc && bcc == o.bcc
        && replyTo == o.replyTo && subject == o.subject && plainText == o.plainText && html == o.html
        && inReplyTo == o.inReplyTo && references == o.references && extraHeaders == o.extraHeaders
        && attachments == o.attachments && spellLanguage == o.spellLanguage && spellIgnored == o.spellIgnored;
}
