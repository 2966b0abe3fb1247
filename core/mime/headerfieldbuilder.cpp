#include "mime/headerfieldbuilder.h"

#include "mime/addressparser.h"
#include "mime/encodedword.h"
#include "mime/mimeutils.h"

namespace {

// RFC 2045 5.1 tspecials, which force a parameter value into a quoted-string.
bool isTokenChar(char c)
{
    if (c <= 32 || c >= 127)
        return false;
    return !QByteArray("()<>@,;:\\\"/[]?=").contains(c);
}

bool isToken(const QByteArray &value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

// RFC 2231 7 attribute-char, minus '{' and '}' which some readers treat as special.
bool isAttributeChar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '#'
        || c == '$' || c == '&' || c == '+' || c == '-' || c == '.' || c == '^' || c == '_' || c == '`'
        || c == '|' || c == '~';
}

// The octets of a UTF-8 string split into pieces that each hold whole characters.
QList<QByteArray> utf8Characters(const QByteArray &utf8)
{
    QList<QByteArray> chars;
    int i = 0;
    const int n = utf8.size();
    while (i < n) {
        const unsigned char lead = static_cast<unsigned char>(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        const int take = qMin(length, n - i);
        chars.append(utf8.mid(i, take));
        i += take;
    }
    return chars;
}

const char hexDigits[] = "0123456789ABCDEF";

// A line holding one continuation "name*NN*=value;" must stay within 78 columns: 1 (fold space) + name +
// up to 5 ("*NN*=") + value + 1 (';').
int continuationBudget(const QByteArray &name)
{
    return HeaderFieldBuilder::FoldColumn - 1 - name.size() - 5 - 1;
}

} // namespace

HeaderFieldBuilder::HeaderFieldBuilder(const QByteArray &name, bool utf8Headers)
    : m_out(name + ':'), m_nameLength(name.size()), m_column(name.size() + 1), m_utf8(utf8Headers)
{ }

void HeaderFieldBuilder::appendToken(const QByteArray &token, const QByteArray &separator)
{
    if (!MimeUtils::isAscii(token))
        m_usedUtf8 = true;
    const QByteArray sep = separator.isEmpty() ? QByteArrayLiteral(" ") : separator;
    if (m_hasToken && m_column + sep.size() + token.size() > FoldColumn) {
        // RFC 5322 2.2.3: folding is a CRLF inserted before whitespace; unfolding removes just the CRLF.
        m_out += "\r\n";
        m_column = 0;
    }
    m_out += sep;
    m_out += token;
    m_column += sep.size() + token.size();
    m_hasToken = true;
}

void HeaderFieldBuilder::appendEncodedWords(
    const QString &text, const QByteArray &before, const QByteArray &after)
{
    // Every continuation line is " " + word (+ `after`); the first word must also fit after what is already
    // on the current line, or else it starts a new line.
    const int otherMax = qMin(int(EncodedWord::MaxWordLength), FoldColumn - 1 - before.size() - after.size());
    int firstMax = FoldColumn - m_column - 1 - before.size() - after.size();
    if (firstMax < EncodedWord::MinWordLength)
        firstMax = m_hasToken ? otherMax : EncodedWord::MinWordLength;
    const QList<QByteArray> words = EncodedWord::encode(text, firstMax, otherMax);
    for (int i = 0; i < words.size(); ++i) {
        QByteArray token = words[i];
        if (i == 0)
            token.prepend(before);
        if (i == words.size() - 1)
            token.append(after);
        appendToken(token);
    }
}

void HeaderFieldBuilder::appendUnstructured(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool encode = (!m_utf8 && !MimeUtils::isAscii(utf8)) || EncodedWord::looksLikeEncodedWord(text);
    // Split into tokens: each is the whitespace before a word plus the word; folding goes before a token.
    QList<QByteArray> tokens;
    int i = 0;
    const int n = utf8.size();
    while (i < n) {
        const int start = i;
        while (i < n && (utf8[i] == ' ' || utf8[i] == '\t'))
            ++i;
        while (i < n && utf8[i] != ' ' && utf8[i] != '\t')
            ++i;
        tokens.append(utf8.mid(start, i - start));
    }
    // A word too long for any line cannot be folded: encoded words can be split anywhere.
    for (const QByteArray &t : tokens) {
        if (m_nameLength + 2 + t.size() > MaxLineLength - 2)
            encode = true;
    }
    if (encode) {
        appendEncodedWords(text, {}, {});
        return;
    }
    for (int k = 0; k < tokens.size(); ++k) {
        QByteArray token = tokens[k];
        int ws = 0;
        while (ws < token.size() && (token[ws] == ' ' || token[ws] == '\t'))
            ++ws;
        if (k == 0) {
            // The space after the colon is not part of the value (every reader strips it).
            appendToken(token.mid(ws), " " + token.left(ws));
        } else {
            appendToken(token.mid(ws), token.left(ws));
        }
    }
}

void HeaderFieldBuilder::appendPhrase(const QString &phrase, const QByteArray &after)
{
    if (phrase.isEmpty()) {
        if (!after.isEmpty())
            appendToken("\"\"" + after);
        return;
    }
    const bool ascii = MimeUtils::isAscii(phrase);
    const QString quotedForm = AddressParser::quotePhraseIfNeeded(phrase);
    if ((!ascii && !m_utf8) || EncodedWord::looksLikeEncodedWord(phrase)
        || quotedForm.toUtf8().size() > MaxLineLength - 100) {
        // RFC 2047 5(3): encoded words may replace the words of a phrase. What follows the phrase (a group's
        // ':') is set apart by a space: RFC 5322 allows CFWS there, and parsers such as Python's email
        // package expect an encoded word to end at whitespace.
        appendEncodedWords(phrase, {}, {});
        if (!after.isEmpty())
            appendToken(after);
        return;
    }
    if (quotedForm.startsWith(QLatin1Char('"'))) {
        appendToken(quotedForm.toUtf8() + after);
        return;
    }
    const QList<QByteArray> words = quotedForm.toUtf8().split(' ');
    for (int i = 0; i < words.size(); ++i)
        appendToken(i == words.size() - 1 ? words[i] + after : words[i]);
}

QByteArray HeaderFieldBuilder::addressBytes(const MailAddress &mailbox)
{
    if (m_utf8)
        return mailbox.address().toUtf8();
    if (!mailbox.hasAsciiLocalPart()) {
        if (m_error.isEmpty())
            m_error = tr("The address %1 has non-ASCII characters before the @; it can only be sent "
                         "through a server that offers SMTPUTF8")
                          .arg(mailbox.address());
        return mailbox.address().toUtf8();
    }
    const QString ace = mailbox.aceAddress();
    if (ace.isEmpty()) {
        if (m_error.isEmpty())
            m_error = tr("The domain of %1 is not a valid international domain name").arg(mailbox.address());
        return mailbox.address().toUtf8();
    }
    return ace.toLatin1();
}

void HeaderFieldBuilder::appendMailbox(const MailAddress &mailbox, const QByteArray &after)
{
    const QByteArray address = addressBytes(mailbox);
    if (mailbox.name().isEmpty()) {
        appendToken(address + after);
        return;
    }
    appendPhrase(mailbox.name());
    appendToken('<' + address + '>' + after);
}

void HeaderFieldBuilder::appendAddressList(const AddressList &list)
{
    const QList<AddressList::Entry> &entries = list.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QByteArray comma = i + 1 < entries.size() ? QByteArrayLiteral(",") : QByteArray();
        const AddressList::Entry &entry = entries[i];
        if (!entry.isGroup) {
            appendMailbox(entry.mailbox, comma);
            continue;
        }
        const QList<MailAddress> &members = entry.group.members;
        if (members.isEmpty()) {
            appendPhrase(entry.group.name, ":;" + comma);
            continue;
        }
        appendPhrase(entry.group.name, ":");
        for (int m = 0; m < members.size(); ++m)
            appendMailbox(members[m], m + 1 < members.size() ? QByteArrayLiteral(",") : ";" + comma);
    }
}

QList<QByteArray> HeaderFieldBuilder::parameterTokens(const Parameter &parameter, bool *quotedWords) const
{
    if (quotedWords)
        *quotedWords = false;
    QList<QByteArray> tokens;
    const QByteArray utf8 = parameter.value.toUtf8();
    const bool ascii = MimeUtils::isAscii(utf8);
    const int budget = continuationBudget(parameter.name);

    if (parameter.style == ParameterStyle::Rfc2047 && !ascii && !m_utf8) {
        // Encoded words inside a quoted-string break RFC 2047 5, but they are what Outlook and other old
        // readers understand for the name of an attachment; the RFC 2231 filename sits beside it for the
        // rest.
        const QByteArray before = parameter.name + "=\"";
        const int firstMax = qMin(int(EncodedWord::MaxWordLength), FoldColumn - 1 - before.size() - 2);
        const int otherMax = qMin(int(EncodedWord::MaxWordLength), FoldColumn - 1 - 2);
        const QList<QByteArray> words = EncodedWord::encode(parameter.value, firstMax, otherMax);
        for (int i = 0; i < words.size(); ++i) {
            QByteArray token = words[i];
            if (i == 0)
                token.prepend(before);
            if (i == words.size() - 1)
                token.append('"');
            tokens.append(token);
        }
        if (quotedWords)
            *quotedWords = true;
        return tokens;
    }

    const bool needsRfc2231 = parameter.style != ParameterStyle::Rfc2047 && !ascii && !m_utf8;
    if (!needsRfc2231) {
        const QByteArray single = parameter.name + '=' + (isToken(utf8) ? utf8 : quoted(utf8));
        // One line: " " + token + ";" within 78 columns; the Rfc2047 style keeps long values whole (they
        // are only a fallback) unless they would not fit in a line at all.
        const bool fits = single.size() + 2 <= FoldColumn
            || (parameter.style == ParameterStyle::Rfc2047 && single.size() < MaxLineLength - 100);
        if (fits) {
            tokens.append(single);
            return tokens;
        }
        if (ascii) {
            // RFC 2231 3: name*0="..."; name*1="..." -- split between characters, never inside an escape.
            QByteArray segment;
            int index = 0;
            for (char c : utf8) {
                const QByteArray piece = (c == '"' || c == '\\') ? QByteArray(1, '\\') + c : QByteArray(1, c);
                if (segment.size() + piece.size() + 2 > budget) {
                    tokens.append(parameter.name + '*' + QByteArray::number(index++) + "=\"" + segment + '"');
                    segment.clear();
                }
                segment += piece;
            }
            tokens.append(parameter.name + '*' + QByteArray::number(index) + "=\"" + segment + '"');
            return tokens;
        }
        // Long UTF-8 value in RFC 6532 mode: fall through to RFC 2231, which is ASCII and folds.
    }

    // RFC 2231 4: charset'language'percent-encoded octets; continuations (3) split between characters so
    // that even readers decoding each piece alone see whole characters.
    QList<QByteArray> encodedChars;
    for (const QByteArray &ch : utf8Characters(utf8)) {
        QByteArray e;
        for (char c : ch) {
            const unsigned char u = static_cast<unsigned char>(c);
            if (isAttributeChar(u)) {
                e += c;
            } else {
                e += '%';
                e += hexDigits[u >> 4];
                e += hexDigits[u & 15];
            }
        }
        encodedChars.append(e);
    }
    QByteArray all = "utf-8''";
    for (const QByteArray &e : encodedChars)
        all += e;
    if (parameter.name.size() + 2 + all.size() + 2 <= FoldColumn) {
        tokens.append(parameter.name + "*=" + all);
        return tokens;
    }
    QByteArray segment = "utf-8''";
    int index = 0;
    for (const QByteArray &e : encodedChars) {
        if (segment.size() + e.size() > budget) {
            tokens.append(parameter.name + '*' + QByteArray::number(index++) + "*=" + segment);
            segment.clear();
        }
        segment += e;
    }
    tokens.append(parameter.name + '*' + QByteArray::number(index) + "*=" + segment);
    return tokens;
}

void HeaderFieldBuilder::appendValueWithParameters(
    const QByteArray &value, const QList<Parameter> &parameters)
{
    appendToken(value);
    for (const Parameter &p : parameters) {
        bool quotedWords = false;
        const QList<QByteArray> tokens = parameterTokens(p, &quotedWords);
        for (int i = 0; i < tokens.size(); ++i) {
            // ';' separates parameters (and RFC 2231 continuations, which are parameters of their own); the
            // encoded words of one quoted-string are separated by folding whitespace only.
            if (i == 0 || !quotedWords) {
                m_out += ';';
                ++m_column;
            }
            appendToken(tokens[i]);
        }
    }
}

QByteArray HeaderFieldBuilder::toByteArray() const
{
    return m_out + "\r\n";
}
