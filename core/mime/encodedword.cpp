#include "mime/encodedword.h"

#include "mime/mimeutils.h"

namespace {

// RFC 2047 5(3): in a phrase, the Q form may carry only letters, digits and "!*+-/" literally (and "_" for
// space). Using that subset everywhere keeps one encoder correct for every context.
bool isQLiteral(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '*'
        || c == '+' || c == '-' || c == '/';
}

int qCost(unsigned char c)
{
    return (isQLiteral(c) || c == ' ') ? 1 : 3;
}

const char hexDigits[] = "0123456789ABCDEF";

void appendQ(QByteArray &out, unsigned char c)
{
    if (c == ' ') {
        out += '_';
    } else if (isQLiteral(c)) {
        out += static_cast<char>(c);
    } else {
        out += '=';
        out += hexDigits[c >> 4];
        out += hexDigits[c & 15];
    }
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Parses an encoded word starting at `from` (which points at "=?"). On success sets the charset, the decoded
// octets and the index just past "?=".
bool parseWord(const QByteArray &s, int from, QByteArray *charset, QByteArray *octets, int *end)
{
    const int n = s.size();
    // Bound the scan: real words are <= 75 characters, careless mailers write longer ones, but nothing needs
    // kilobytes. The bound keeps decode() linear on hostile input.
    const int limit = qMin(n, from + 2048);
    int i = from + 2;
    const int charsetStart = i;
    while (i < limit && s[i] != '?' && !isWhitespace(s[i]))
        ++i;
    if (i >= limit || s[i] != '?' || i == charsetStart)
        return false;
    const QByteArray cs = s.mid(charsetStart, i - charsetStart);
    ++i;
    if (i + 1 >= limit || s[i + 1] != '?')
        return false;
    const char enc = s[i];
    if (enc != 'B' && enc != 'b' && enc != 'Q' && enc != 'q')
        return false;
    i += 2;
    const int textStart = i;
    // The text ends at the first "?=". In Q text a '?' can only appear encoded, in B never.
    while (i + 1 < limit && !(s[i] == '?' && s[i + 1] == '=')) {
        if (isWhitespace(s[i]))
            return false;
        ++i;
    }
    if (i + 1 >= limit)
        return false;
    const QByteArray text = s.mid(textStart, i - textStart);
    QByteArray out;
    if (enc == 'B' || enc == 'b') {
        // Lenient: missing padding and stray characters are tolerated, as every reader does.
        const auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding);
        out = result.decoded;
        if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            out = QByteArray::fromBase64(text);
    } else {
        out.reserve(text.size());
        for (int k = 0; k < text.size(); ++k) {
            const char c = text[k];
            if (c == '_') {
                out += ' ';
            } else if (c == '=' && k + 2 < text.size() && MimeUtils::hexPair(text[k + 1], text[k + 2]) >= 0) {
                out += static_cast<char>(MimeUtils::hexPair(text[k + 1], text[k + 2]));
                k += 2;
            } else {
                out += c;
            }
        }
    }
    *charset = cs;
    *octets = out;
    *end = i + 2;
    return true;
}

} // namespace

EncodedWord::Encoding EncodedWord::chooseEncoding(const QByteArray &utf8)
{
    qint64 q = 0;
    for (char c : utf8)
        q += qCost(static_cast<unsigned char>(c));
    const qint64 b = 4 * ((utf8.size() + 2) / 3);
    return q <= b ? Encoding::Q : Encoding::B;
}

QList<QByteArray> EncodedWord::encode(
    const QString &text, int firstWordMax, int otherWordMax, Encoding encoding)
{
    QList<QByteArray> words;
    if (text.isEmpty())
        return words;
    const QByteArray utf8 = text.toUtf8();
    if (encoding == Encoding::Auto)
        encoding = chooseEncoding(utf8);
    const bool useB = encoding == Encoding::B;
    const QByteArray prefix = useB ? QByteArrayLiteral("=?utf-8?B?") : QByteArrayLiteral("=?utf-8?Q?");

    int maxLength = qBound(MinWordLength, firstWordMax, MaxWordLength);
    const int otherMaxLength = qBound(MinWordLength, otherWordMax, MaxWordLength);
    QByteArray pending; // octets of the word being filled (B) ...
    int pendingQLength = 0; // ... and their Q length

    auto flush = [&]() {
        if (pending.isEmpty())
            return;
        QByteArray word = prefix;
        if (useB) {
            word += pending.toBase64();
        } else {
            for (char c : pending)
                appendQ(word, static_cast<unsigned char>(c));
        }
        word += "?=";
        words.append(word);
        pending.clear();
        pendingQLength = 0;
        maxLength = otherMaxLength;
    };

    // Walk the UTF-8 octets character by character: a lead byte and its continuation bytes stay together.
    const int n = utf8.size();
    int i = 0;
    while (i < n) {
        const unsigned char lead = static_cast<unsigned char>(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        const int charLength = qMin(length, n - i);
        int cost = 0;
        for (int k = 0; k < charLength; ++k)
            cost += qCost(static_cast<unsigned char>(utf8[i + k]));
        const int newLength = useB ? Overhead + 4 * ((pending.size() + charLength + 2) / 3)
                                   : Overhead + pendingQLength + cost;
        if (newLength > maxLength && !pending.isEmpty())
            flush();
        pending.append(utf8.constData() + i, charLength);
        pendingQLength += cost;
        i += charLength;
    }
    flush();
    return words;
}

bool EncodedWord::decodeWord(const QByteArray &word, QString *text)
{
    QByteArray charset, octets;
    int end = 0;
    if (!word.startsWith("=?") || !parseWord(word, 0, &charset, &octets, &end) || end != word.size())
        return false;
    *text = MimeUtils::decodeCharset(octets, charset);
    return true;
}

QString EncodedWord::decode(const QByteArray &value)
{
    QString result;
    QByteArray plain; // raw text waiting to be decoded
    QByteArray wordCharset; // charset of the pending encoded octets
    QByteArray wordOctets; // octets of adjacent encoded words in that charset
    QByteArray gap; // whitespace seen after an encoded word, dropped if another word follows

    auto flushWord = [&]() {
        if (!wordCharset.isEmpty() || !wordOctets.isEmpty())
            result += MimeUtils::decodeCharset(wordOctets, wordCharset);
        wordCharset.clear();
        wordOctets.clear();
    };
    auto flushPlain = [&]() {
        if (!plain.isEmpty())
            result += MimeUtils::decodeLenient(plain);
        plain.clear();
    };

    bool lastWasWord = false;
    const int n = value.size();
    int i = 0;
    while (i < n) {
        if (value[i] == '=' && i + 1 < n && value[i + 1] == '?') {
            QByteArray charset, octets;
            int end = 0;
            if (parseWord(value, i, &charset, &octets, &end)) {
                // RFC 2047 6.2: whitespace between two encoded words is not displayed.
                if (lastWasWord && plain.isEmpty()) {
                    gap.clear();
                } else {
                    flushWord();
                    plain += gap;
                    gap.clear();
                    flushPlain();
                }
                if (charset.toLower() != wordCharset.toLower() && !wordOctets.isEmpty())
                    flushWord();
                wordCharset = charset;
                wordOctets += octets;
                lastWasWord = true;
                i = end;
                continue;
            }
        }
        const char c = value[i];
        if (lastWasWord && isWhitespace(c) && plain.isEmpty()) {
            gap += c;
            ++i;
            continue;
        }
        if (lastWasWord) {
            flushWord();
            plain += gap;
            gap.clear();
            lastWasWord = false;
        }
        plain += c;
        ++i;
    }
    flushWord();
    plain += gap;
    flushPlain();
    return result;
}

bool EncodedWord::looksLikeEncodedWord(const QString &text)
{
    return text.contains(QLatin1String("=?")) || text.contains(QLatin1String("?="));
}
