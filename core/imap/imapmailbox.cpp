#include "imapmailbox.h"

namespace {

bool isDirect(char16_t u)
{
    return u >= 0x20 && u <= 0x7e && u != u'&';
}

// The base64 part of "&...-": UTF-16 big-endian code units.
bool decodeShifted(const QByteArray &encoded, QString *out)
{
    if (encoded.isEmpty()) {
        return false; // "&-" is handled by the caller; "&" followed at once by "-" only means '&'
    }
    QByteArray b64 = encoded;
    b64.replace(',', '/');
    while (b64.size() % 4) {
        b64 += '=';
    }
    const auto result = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &decoded = result.decoded;
    if (!result || decoded.size() % 2 != 0) {
        return false;
    }
    QString text;
    for (qsizetype i = 0; i < decoded.size(); i += 2) {
        const char16_t unit = char16_t((uchar(decoded.at(i)) << 8) | uchar(decoded.at(i + 1)));
        if (isDirect(unit)) {
            return false; // RFC 3501: printable ASCII must not be encoded
        }
        text += QChar(unit);
    }
    // Unpaired surrogates are not text.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()) {
                return false;
            }
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    *out += text;
    return true;
}

} // namespace

bool ImapMailbox::hasAttribute(const QByteArray &attribute) const
{
    for (const QByteArray &a : attributes) {
        if (a.compare(attribute, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool ImapMailbox::isSelectable() const
{
    return !hasAttribute("\\Noselect") && !hasAttribute("\\NonExistent");
}

QString ImapMailbox::leafName() const
{
    if (delimiter.isNull()) {
        return name;
    }
    return name.section(delimiter, -1);
}

bool ImapMailbox::fromListResponse(const ImapResponse &response, ImapMailbox *mailbox)
{
    // mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox [SP ext]
    const std::vector<ImapValue> &v = response.values();
    if (response.keyword() != "LIST" || v.size() < 3 || !v[0].isList()) {
        return false;
    }
    if (!(v[1].isNil() || (v[1].type() == ImapValue::Type::String && v[1].bytes().size() == 1))) {
        return false;
    }
    if (!v[2].isText() || v[2].bytes().isEmpty()) {
        return false;
    }
    ImapMailbox m;
    for (const ImapValue &flag : v[0].items()) {
        if (flag.type() == ImapValue::Type::Atom) {
            m.attributes.append(flag.bytes());
        }
    }
    if (!v[1].isNil()) {
        m.delimiter = QLatin1Char(v[1].bytes().at(0));
    }
    m.wireName = v[2].bytes();
    m.name = decodeName(m.wireName);
    *mailbox = m;
    return true;
}

QByteArray ImapMailbox::encodeName(const QString &name)
{
    QByteArray out;
    QString pending;
    const auto flush = [&] {
        if (pending.isEmpty()) {
            return;
        }
        QByteArray utf16;
        for (const QChar c : std::as_const(pending)) {
            utf16 += char(c.unicode() >> 8);
            utf16 += char(c.unicode() & 0xff);
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (const QChar c : name) {
        if (c == QLatin1Char('&')) {
            flush();
            out += "&-";
        } else if (isDirect(c.unicode())) {
            flush();
            out += char(c.unicode());
        } else {
            pending += c;
        }
    }
    flush();
    return out;
}

QString ImapMailbox::decodeName(const QByteArray &wire)
{
    QString out;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        const char c = wire.at(i);
        if (uchar(c) > 0x7e || uchar(c) < 0x20) {
            return QString::fromUtf8(wire); // not modified UTF-7 at all
        }
        if (c != '&') {
            out += QLatin1Char(c);
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0) {
            return QString::fromUtf8(wire);
        }
        if (end == i + 1) {
            out += QLatin1Char('&');
        } else if (!decodeShifted(wire.mid(i + 1, end - i - 1), &out)) {
            return QString::fromUtf8(wire);
        }
        i = end;
    }
    return out;
}
