#include "smtpreply.h"

namespace {

// RFC 3463 section 2: class "." subject "." detail, class 2, 4 or 5, subject and detail 1 to 3 digits.
int enhancedCodeLength(const QByteArray &line, int replyClass)
{
    const int n = int(line.size());
    if (n < 5 || line[0] < '2' || line[0] > '5' || line[0] - '0' != replyClass || line[1] != '.') {
        return 0;
    }
    int i = 2;
    for (int part = 0; part < 2; ++part) {
        const int start = i;
        while (i < n && i - start < 4 && line[i] >= '0' && line[i] <= '9') {
            ++i;
        }
        const int digits = i - start;
        if (digits < 1 || digits > 3) {
            return 0;
        }
        if (part == 0) {
            if (i >= n || line[i] != '.') {
                return 0;
            }
            ++i;
        }
    }
    if (i < n && line[i] != ' ') {
        return 0;
    }
    return i;
}

QByteArray stripEnhancedCode(const QByteArray &line, int replyClass)
{
    const int len = enhancedCodeLength(line, replyClass);
    if (len == 0) {
        return line;
    }
    return line.mid(len < line.size() ? len + 1 : len);
}

} // namespace

SmtpReply::SmtpReply(int code, QList<QByteArray> lines) : m_code(code), m_lines(std::move(lines))
{
    if (!m_lines.isEmpty()) {
        const int len = enhancedCodeLength(m_lines.first(), codeClass());
        if (len > 0) {
            m_enhancedCode = m_lines.first().left(len);
        }
    }
}

QByteArray SmtpReply::text() const
{
    QByteArray out;
    for (const QByteArray &line : m_lines) {
        if (!out.isEmpty()) {
            out += '\n';
        }
        out += stripEnhancedCode(line, codeClass());
    }
    return out;
}

QString SmtpReply::message() const
{
    const QByteArray raw = text();
    QString s = QString::fromUtf8(raw);
    // Servers send Latin-1 too; a replacement character means the bytes were not UTF-8.
    if (s.contains(QChar::ReplacementCharacter)) {
        s = QString::fromLatin1(raw);
    }
    for (QChar &c : s) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n')) {
            c = QChar(0xFFFD);
        }
    }
    return s;
}

QByteArray SmtpReply::toWire() const
{
    QByteArray out;
    const QByteArray code = QByteArray::number(m_code);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        out += code;
        out += i + 1 < m_lines.size() ? '-' : ' ';
        out += m_lines.at(i);
        out += "\r\n";
    }
    if (m_lines.isEmpty()) {
        out = code + "\r\n";
    }
    return out;
}

QString SmtpReply::summary() const
{
    QString s = QString::number(m_code);
    if (!m_enhancedCode.isEmpty()) {
        s += QLatin1Char(' ') + QString::fromLatin1(m_enhancedCode);
    }
    const QString text = message().replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    if (!text.isEmpty()) {
        s += QLatin1Char(' ') + text;
    }
    return s;
}

bool SmtpReplyParser::feed(const QByteArray &data, QList<SmtpReply> *replies)
{
    return feed(data.constData(), data.size(), replies);
}

bool SmtpReplyParser::feed(const char *data, qsizetype size, QList<SmtpReply> *replies)
{
    if (hasError()) {
        return false;
    }
    qsizetype pos = 0;
    while (pos < size) {
        const char *nl = static_cast<const char *>(memchr(data + pos, '\n', size_t(size - pos)));
        if (!nl) {
            // Keep at most one line's worth (plus its CR) of an unfinished line.
            if (m_partialLine.size() + (size - pos) > m_limits.maxLineLength + 1) {
                return fail(tr("The server sent a line longer than %1 bytes").arg(m_limits.maxLineLength));
            }
            m_partialLine.append(data + pos, size - pos);
            break;
        }
        const qsizetype end = nl - data;
        QByteArray line;
        if (m_partialLine.isEmpty()) {
            line = QByteArray(data + pos, end - pos);
        } else {
            line = m_partialLine;
            line.append(data + pos, end - pos);
            m_partialLine.clear();
        }
        pos = end + 1;
        // RFC 5321 2.3.8 wants CRLF; a bare LF is tolerated on input (never produced on output).
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.size() > m_limits.maxLineLength) {
            return fail(tr("The server sent a line longer than %1 bytes").arg(m_limits.maxLineLength));
        }
        if (!takeLine(line, replies)) {
            return false;
        }
    }
    return true;
}

bool SmtpReplyParser::takeLine(const QByteArray &line, QList<SmtpReply> *replies)
{
    // RFC 5321 4.2: Reply-code = %x32-35 %x30-35 %x30-39, then SP, "-" or the end of the line.
    const auto printable
        = [](const QByteArray &l) { return QString::fromLatin1(l.left(40)).toHtmlEscaped().simplified(); };
    if (line.size() < 3 || line[0] < '2' || line[0] > '5' || line[1] < '0' || line[1] > '5' || line[2] < '0'
        || line[2] > '9') {
        return fail(tr("The server sent a line that is not an SMTP reply: \"%1\"").arg(printable(line)));
    }
    if (line.size() > 3 && line[3] != ' ' && line[3] != '-') {
        return fail(tr("The server sent a malformed reply code: \"%1\"").arg(printable(line)));
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (!m_lines.isEmpty() && code != m_code) {
        return fail(
            tr("The server changed the reply code from %1 to %2 inside one reply").arg(m_code).arg(code));
    }
    m_code = code;
    const bool last = line.size() == 3 || line[3] == ' ';
    QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
    m_replySize += text.size() + 4;
    if (m_replySize > m_limits.maxReplySize) {
        return fail(tr("The server sent a reply larger than %1 bytes").arg(m_limits.maxReplySize));
    }
    m_lines.append(std::move(text));
    if (m_lines.size() > m_limits.maxLines) {
        return fail(tr("The server sent a reply of more than %1 lines").arg(m_limits.maxLines));
    }
    if (last) {
        replies->append(SmtpReply(m_code, std::move(m_lines)));
        m_lines.clear();
        m_code = 0;
        m_replySize = 0;
    }
    return true;
}

bool SmtpReplyParser::fail(const QString &error)
{
    m_error = error;
    m_partialLine.clear();
    m_lines.clear();
    m_replySize = 0;
    return false;
}

void SmtpReplyParser::reset()
{
    m_partialLine.clear();
    m_lines.clear();
    m_code = 0;
    m_replySize = 0;
    m_error.clear();
}
