#include "emlsource.h"

#include "mime/mimeutils.h"

QByteArray EmlSource::stripBcc(const QByteArray &headerBlock, bool *stripped)
{
    *stripped = false;
    const QByteArray crlf = MimeUtils::toCrlf(headerBlock);
    QByteArray out;
    bool skipping = false;
    qsizetype pos = 0;
    while (pos < crlf.size()) {
        const qsizetype nl = crlf.indexOf('\n', pos); // after toCrlf every LF ends a line, and only there
        const qsizetype end = nl < 0 ? crlf.size() : nl + 1;
        const QByteArray line = crlf.mid(pos, end - pos);
        pos = end;
        const bool continuation = !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
        if (!continuation) {
            // RFC 5322 3.6.3: "Bcc:" (any case, optional space before the colon).
            const qsizetype colon = line.indexOf(':');
            skipping = colon > 0 && line.left(colon).trimmed().toLower() == "bcc";
            *stripped = *stripped || skipping;
        }
        if (!skipping) {
            out += line;
        }
    }
    return out;
}

qint64 EmlSource::headerLength(const QByteArray &head, qint64 fileSize)
{
    qsizetype pos = 0;
    while (pos < head.size()) {
        if (MimeUtils::lineEndLength(head, pos) > 0) {
            return pos; // a blank line: the header block is everything before it
        }
        while (pos < head.size() && MimeUtils::lineEndLength(head, pos) == 0) {
            ++pos;
        }
        pos += MimeUtils::lineEndLength(head, pos); // 0 at the end of 'head'
    }
    return fileSize > head.size() ? -1 : head.size();
}

EmlSource *EmlSource::withoutBcc(QFile *file, qint64 headerLength, QObject *parent)
{
    bool stripped = false;
    const QByteArray header = stripBcc(file->peek(headerLength), &stripped);
    if (!stripped) {
        return nullptr;
    }
    return new EmlSource(file, header, headerLength, parent);
}

EmlSource::EmlSource(QFile *file, QByteArray header, qint64 bodyOffset, QObject *parent)
    : QIODevice(parent), m_file(file), m_header(std::move(header)), m_bodyOffset(bodyOffset)
{
    m_file->seek(m_bodyOffset);
    open(QIODevice::ReadOnly);
}

qint64 EmlSource::bytesAvailable() const
{
    return (m_header.size() - m_headerPos) + (m_file->size() - m_file->pos()) + QIODevice::bytesAvailable();
}

bool EmlSource::atEnd() const
{
    return m_headerPos >= m_header.size() && m_file->atEnd() && QIODevice::bytesAvailable() == 0;
}

qint64 EmlSource::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    if (m_headerPos < m_header.size()) {
        const qint64 n = qMin(maxSize, qint64(m_header.size()) - m_headerPos);
        memcpy(data, m_header.constData() + m_headerPos, size_t(n));
        m_headerPos += n;
        done = n;
    }
    if (done < maxSize) {
        const qint64 n = m_file->read(data + done, maxSize - done);
        if (n < 0) {
            setErrorString(m_file->errorString());
            return done > 0 ? done : -1;
        }
        done += n;
    }
    return done;
}
