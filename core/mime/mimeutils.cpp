#include "mime/mimeutils.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTimeZone>

namespace MimeUtils {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

} // namespace

int hexPair(char high, char low)
{
    const int h = hexDigit(high);
    const int l = hexDigit(low);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
}

QString decodeLenient(const QByteArray &bytes)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252.decode(bytes);
    return QString::fromLatin1(bytes);
}

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    QByteArray name = charset.trimmed();
    // RFC 2231 5: "utf-8*en" carries a language after the star.
    const int star = name.indexOf('*');
    if (star >= 0)
        name.truncate(star);
    if (name.isEmpty())
        return decodeLenient(bytes);
    const QByteArray lower = name.toLower();
    if (lower == "us-ascii" || lower == "ascii" || lower == "utf-8" || lower == "utf8")
        return decodeLenient(bytes); // mislabelled 8-bit data is common; utf-8 is a superset of ascii
    if (lower == "iso-8859-1" || lower == "latin1" || lower == "iso8859-1") {
        // Real mailers label Windows-1252 as ISO-8859-1 (HTML5 does the same mapping).
        name = "windows-1252";
    }
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return decodeLenient(bytes);
    return decoder.decode(bytes);
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QByteArray randomToken(int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray token(length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        token[i] = alphabet[random->bounded(62)];
    return token;
}

static const char *const dayNames[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char *const monthNames[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

QByteArray formatDate(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.isValid() ? dateTime : QDateTime::currentDateTime();
    const QDate date = local.date();
    const QTime time = local.time();
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const int absOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %d %s %04d %02d:%02d:%02d %c%02d%02d",
        dayNames[date.dayOfWeek() - 1], date.day(), monthNames[date.month() - 1], date.year(), time.hour(),
        time.minute(), time.second(), offsetMinutes < 0 ? '-' : '+', absOffset / 60, absOffset % 60);
    return QByteArray(buffer);
}

QDateTime parseDate(const QByteArray &value)
{
    // Tokens: drop comments and the optional day name; accept "," and runs of whitespace as separators.
    QByteArray cleaned;
    int depth = 0;
    for (char c : value) {
        if (c == '(') {
            ++depth;
            continue;
        }
        if (c == ')' && depth > 0) {
            --depth;
            continue;
        }
        if (depth == 0)
            cleaned += (c == ',' || c == '\t' || c == '\r' || c == '\n') ? ' ' : c;
    }
    QList<QByteArray> tokens = cleaned.simplified().split(' ');
    if (!tokens.isEmpty() && !tokens.first().isEmpty()
        && !std::isdigit(static_cast<unsigned char>(tokens.first()[0])))
        tokens.removeFirst(); // day of week
    if (tokens.size() < 4)
        return {};
    bool ok = false;
    const int day = tokens[0].toInt(&ok);
    if (!ok)
        return {};
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (tokens[1].left(3).compare(monthNames[i], Qt::CaseInsensitive) == 0)
            month = i + 1;
    }
    int year = tokens[2].toInt(&ok);
    if (!ok || month == 0)
        return {};
    if (tokens[2].size() <= 2) // RFC 5322 4.3 obsolete two-digit years
        year += year < 50 ? 2000 : 1900;
    else if (tokens[2].size() == 3)
        year += 1900;
    const QList<QByteArray> hms = tokens[3].split(':');
    if (hms.size() < 2)
        return {};
    const int hour = hms[0].toInt();
    const int minute = hms[1].toInt();
    const int second = hms.size() > 2 ? hms[2].toInt() : 0;
    int offsetSeconds = 0;
    if (tokens.size() > 4) {
        const QByteArray zone = tokens[4].toUpper();
        if ((zone.startsWith('+') || zone.startsWith('-')) && zone.size() == 5) {
            const int hhmm = zone.mid(1).toInt(&ok);
            if (ok)
                offsetSeconds = (zone[0] == '-' ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60);
        } else {
            // RFC 5322 4.3 obs-zone
            static const struct
            {
                const char *name;
                int hours;
            } zones[] = { { "UT", 0 }, { "GMT", 0 }, { "Z", 0 }, { "EST", -5 }, { "EDT", -4 }, { "CST", -6 },
                { "CDT", -5 }, { "MST", -7 }, { "MDT", -6 }, { "PST", -8 }, { "PDT", -7 } };
            for (const auto &z : zones) {
                if (zone == z.name)
                    offsetSeconds = z.hours * 3600;
            }
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

QString sanitizeHeaderText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool inBreak = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        // An unpaired surrogate has no UTF-8 form; make the model hold what will actually be written.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            inBreak = false;
            continue;
        }
        if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            inBreak = false;
            continue;
        }
        if (u == '\r' || u == '\n') {
            if (!inBreak)
                out += QLatin1Char(' ');
            inBreak = true;
            continue;
        }
        inBreak = false;
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            continue;
        // Unicode line and paragraph separators end a line in some readers: treat them like a line break.
        if (u == 0x2028 || u == 0x2029 || u == 0x85) {
            out += QLatin1Char(' ');
            continue;
        }
        out += c;
    }
    return out;
}

int lineEndLength(const QByteArray &bytes, qsizetype i)
{
    if (i >= bytes.size()) {
        return 0;
    }
    if (bytes[i] == '\r') {
        return i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : 1;
    }
    return bytes[i] == '\n' ? 1 : 0;
}

QByteArray toCrlf(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32 + 2);
    for (qsizetype i = 0; i < text.size();) {
        if (const int end = lineEndLength(text, i); end > 0) {
            out += "\r\n";
            i += end;
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace MimeUtils
