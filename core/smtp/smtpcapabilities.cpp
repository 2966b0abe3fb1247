#include "smtpcapabilities.h"

#include <QString>

namespace {

// RFC 5321 4.1.1.1: ehlo-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-")
bool isKeyword(const QByteArray &word)
{
    if (word.isEmpty() || word.size() > 64) {
        return false;
    }
    for (int i = 0; i < word.size(); ++i) {
        const char c = word[i];
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !(i > 0 && c == '-')) {
            return false;
        }
    }
    return true;
}

} // namespace

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    const QList<QByteArray> &lines = reply.lines();
    if (lines.isEmpty()) {
        return caps;
    }
    caps.m_serverName = lines.first().trimmed().split(' ').value(0);
    for (int i = 1; i < lines.size(); ++i) {
        QList<QByteArray> words = lines.at(i).simplified().split(' ');
        QByteArray keyword = words.takeFirst().toUpper();
        // Pre-RFC 2554 servers announce "AUTH=LOGIN PLAIN"; treat it as AUTH, merged.
        if (keyword.startsWith("AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        if (!isKeyword(keyword)) {
            continue;
        }
        if (!caps.m_keywords.contains(keyword)) {
            caps.m_order.append(keyword);
        }
        QList<QByteArray> &params = caps.m_keywords[keyword];
        for (QByteArray &w : words) {
            if (!w.isEmpty() && !params.contains(w)) {
                params.append(w);
            }
        }
    }
    return caps;
}

bool SmtpCapabilities::has(const QByteArray &keyword) const
{
    return m_keywords.contains(keyword.toUpper());
}

QList<QByteArray> SmtpCapabilities::parameters(const QByteArray &keyword) const
{
    return m_keywords.value(keyword.toUpper());
}

QList<QByteArray> SmtpCapabilities::authMechanisms() const
{
    QList<QByteArray> out;
    for (const QByteArray &m : parameters("AUTH")) {
        const QByteArray upper = m.toUpper();
        if (!out.contains(upper)) {
            out.append(upper);
        }
    }
    return out;
}

qint64 SmtpCapabilities::sizeLimit() const
{
    if (!has("SIZE")) {
        return -1;
    }
    const QList<QByteArray> params = parameters("SIZE");
    if (params.isEmpty()) {
        return 0;
    }
    const QByteArray &value = params.first();
    if (value.isEmpty() || value.size() > 16) {
        return 0;
    }
    for (char c : value) {
        if (c < '0' || c > '9') {
            return 0;
        }
    }
    return value.toLongLong();
}

QString SmtpCapabilities::toDisplayString() const
{
    QStringList parts;
    for (const QByteArray &k : m_order) {
        QByteArray line = k;
        const QList<QByteArray> params = m_keywords.value(k);
        if (!params.isEmpty()) {
            line += ' ' + params.join(' ');
        }
        parts.append(QString::fromLatin1(line));
    }
    return parts.join(QLatin1String(", "));
}
