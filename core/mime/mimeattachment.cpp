#include "mime/mimeattachment.h"

#include "mime/mimeutils.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace {

bool isMimeToken(const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    for (char c : token) {
        if (c <= 32 || c >= 127 || QByteArray("()<>@,;:\\\"/[]?=").contains(c))
            return false;
    }
    return true;
}

} // namespace

MimeAttachment MimeAttachment::fromFile(
    const QString &path, const QString &fileName, const QByteArray &mimeType)
{
    MimeAttachment attachment;
    attachment.m_kind = Kind::File;
    attachment.m_path = path;
    const QFileInfo info(path);
    attachment.m_size = info.exists() ? info.size() : 0;
    attachment.setFileName(fileName.isEmpty() ? info.fileName() : fileName);
    if (mimeType.isEmpty()) {
        QMimeDatabase db;
        attachment.setMimeType(db.mimeTypeForFile(path).name().toLatin1());
    } else {
        attachment.setMimeType(mimeType);
    }
    return attachment;
}

MimeAttachment MimeAttachment::fromData(
    const QByteArray &data, const QString &fileName, const QByteArray &mimeType)
{
    MimeAttachment attachment;
    attachment.m_kind = Kind::Data;
    attachment.m_data = data;
    attachment.m_size = data.size();
    attachment.setFileName(fileName);
    if (mimeType.isEmpty()) {
        QMimeDatabase db;
        attachment.setMimeType(db.mimeTypeForFileNameAndData(fileName, data).name().toLatin1());
    } else {
        attachment.setMimeType(mimeType);
    }
    return attachment;
}

QString MimeAttachment::sanitizeFileName(const QString &fileName)
{
    QString name = MimeUtils::sanitizeHeaderText(fileName);
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    name.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return name;
}

void MimeAttachment::setFileName(const QString &fileName)
{
    m_fileName = sanitizeFileName(fileName);
}

void MimeAttachment::setMimeType(const QByteArray &mimeType)
{
    // RFC 2045 5.1: type "/" subtype, both tokens; anything else would corrupt the Content-Type field.
    const QByteArray lower = mimeType.trimmed().toLower();
    const int slash = lower.indexOf('/');
    if (slash > 0 && isMimeToken(lower.left(slash)) && isMimeToken(lower.mid(slash + 1)))
        m_mimeType = lower;
    else
        m_mimeType = QByteArrayLiteral("application/octet-stream");
}

void MimeAttachment::setContentId(const QString &contentId)
{
    // A msg-id (RFC 2392, RFC 5322 3.6.4) is printable ASCII without spaces or angle brackets.
    QString id;
    for (QChar c : contentId) {
        const char16_t u = c.unicode();
        if (u > 32 && u < 127 && u != '<' && u != '>' && u != '"' && u != '\\')
            id += c;
    }
    m_contentId = id;
}

void MimeAttachment::setDescription(const QString &description)
{
    m_description = MimeUtils::sanitizeHeaderText(description);
}
