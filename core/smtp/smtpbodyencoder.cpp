#include "smtpbodyencoder.h"

#include <QBuffer>

SmtpBodyEncoder::SmtpBodyEncoder(QIODevice *source, Mode mode, qint64 expectedSize)
    : m_source(source), m_mode(mode), m_expectedSize(expectedSize)
{ }

bool SmtpBodyEncoder::read(qint64 maxSourceBytes, QByteArray *out)
{
    if (m_finished) {
        return true;
    }
    m_waiting = false;
    if (!m_prefix.isEmpty()) {
        const qsizetype before = out->size();
        encodeChunk(m_prefix.constData(), m_prefix.size(), out);
        m_produced += out->size() - before;
        m_prefix.clear();
    }
    if (!m_source || !m_source->isReadable()) {
        m_error = tr("The message could not be read: its source is not open for reading");
        return false;
    }
    m_buffer.resize(qsizetype(qMin<qint64>(maxSourceBytes, 1 << 20)));
    const qint64 n = m_source->read(m_buffer.data(), m_buffer.size());
    const bool sizeReached = m_expectedSize >= 0 && m_sourceRead == m_expectedSize;
    if (n < 0 && !(sizeReached || (m_expectedSize < 0 && m_source->atEnd()))) {
        m_error = tr("The message could not be read: %1").arg(m_source->errorString());
        return false;
    }
    if (n < 0) {
        const qsizetype before = out->size();
        finish(out);
        m_produced += out->size() - before;
        return true;
    }
    if (n > 0) {
        m_sourceRead += n;
        const qsizetype before = out->size();
        encodeChunk(m_buffer.constData(), qsizetype(n), out);
        m_produced += out->size() - before;
        return true;
    }
    if (m_source->isSequential() && !m_source->atEnd()) {
        m_waiting = true;
        return true;
    }
    if (m_source->isSequential() && m_source->bytesAvailable() > 0) {
        m_waiting = true;
        return true;
    }
    const qsizetype before = out->size();
    finish(out);
    m_produced += out->size() - before;
    return true;
}

void SmtpBodyEncoder::encodeChunk(const char *data, qsizetype size, QByteArray *out)
{
    // Worst case every byte doubles (a LF becomes CRLF, a dot at a line start gets another).
    const qsizetype base = out->size();
    out->resize(base + size * 2 + 2);
    char *dst = out->data() + base;
    const char *p = data;
    const char *end = data + size;
    const bool stuff = m_mode == Mode::Data;
    while (p < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        if (m_atLineStart && stuff && *p == '.') {
            *dst++ = '.';
        }
        // Copy the run of ordinary bytes in one go; line ends are rare by comparison.
        const char *run = p;
        while (p < end && *p != '\r' && *p != '\n') {
            ++p;
        }
        if (p > run) {
            memcpy(dst, run, size_t(p - run));
            dst += p - run;
            m_atLineStart = false;
        }
        if (p < end) {
            // RFC 5321 2.3.8: only CRLF ends a line; a bare CR or bare LF becomes CRLF too.
            m_pendingCr = *p == '\r';
            *dst++ = '\r';
            *dst++ = '\n';
            m_atLineStart = true;
            ++p;
        }
    }
    out->resize(dst - out->constData());
}

void SmtpBodyEncoder::finish(QByteArray *out)
{
    // The message must end with CRLF so the terminator (or the server's view of the last line) is intact.
    if (!m_atLineStart) {
        out->append("\r\n");
        m_atLineStart = true;
    }
    if (m_mode == Mode::Data) {
        out->append(".\r\n");
    }
    m_finished = true;
}

QByteArray SmtpBodyEncoder::encode(const QByteArray &message, Mode mode)
{
    QByteArray copy = message;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    SmtpBodyEncoder encoder(&buffer, mode);
    QByteArray out;
    while (!encoder.atEnd()) {
        if (!encoder.read(64 * 1024, &out)) {
            break;
        }
    }
    return out;
}
