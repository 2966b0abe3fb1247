#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// A file sent with a message, as an attachment or as an inline image of the HTML body: either a file on disk
// (streamed when the message is written, never read whole) or data in memory.
class MimeAttachment
{
public:
    enum class Disposition {
        Attachment, // RFC 2183: shown as a file to save
        Inline // shown in the body; inline images are referenced from the HTML by "cid:" + contentId()
    };

    MimeAttachment() = default;

    // The name defaults to the file's own name and the type to what QMimeDatabase finds from the name and
    // the first bytes. The size is taken now; MessageWriter checks it again and refuses a file that changed.
    static MimeAttachment fromFile(
        const QString &path, const QString &fileName = {}, const QByteArray &mimeType = {});
    static MimeAttachment fromData(
        const QByteArray &data, const QString &fileName, const QByteArray &mimeType = {});

    bool isNull() const { return m_kind == Kind::None; }
    bool isFile() const { return m_kind == Kind::File; }
    QString filePath() const { return m_path; }
    QByteArray data() const { return m_data; }

    // The name readers offer when saving. Sanitised: no line breaks or control characters (header
    // injection), and no '/' or '\' (a file name, not a path).
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    static QString sanitizeFileName(const QString &fileName);

    // "type/subtype"; application/octet-stream when unknown or malformed.
    QByteArray mimeType() const { return m_mimeType; }
    void setMimeType(const QByteArray &mimeType);

    // Octets of the content (for a file: when fromFile() looked at it).
    qint64 size() const { return m_size; }

    Disposition disposition() const { return m_disposition; }
    void setDisposition(Disposition disposition) { m_disposition = disposition; }

    // Content-ID without the angle brackets (RFC 2392: "cid:" + this in the HTML).
    QString contentId() const { return m_contentId; }
    void setContentId(const QString &contentId);

    // Optional Content-Description (RFC 2045 8).
    QString description() const { return m_description; }
    void setDescription(const QString &description);

private:
    enum class Kind { None, File, Data };
    Kind m_kind = Kind::None;
    QString m_path;
    QByteArray m_data;
    QString m_fileName;
    QByteArray m_mimeType = QByteArrayLiteral("application/octet-stream");
    qint64 m_size = 0;
    Disposition m_disposition = Disposition::Attachment;
    QString m_contentId;
    QString m_description;
};
Q_DECLARE_METATYPE(MimeAttachment)
