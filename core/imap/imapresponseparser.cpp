#include "imapresponseparser.h"

#include "imapwording.h"

#include <cstring>
#include <limits>

namespace {

// The literal announced at the end of a line: "{n}", "{n+}" (RFC 7888) or "~{n}" (RFC 3516 literal8).
// Returns the marker's length, or 0 when the line does not end with one.
qsizetype literalMarker(const QByteArray &line, quint64 *size)
{
    if (!line.endsWith('}')) {
        return 0;
    }
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0) {
        return 0;
    }
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+')) {
        digits.chop(1);
    }
    if (digits.isEmpty()) {
        return 0;
    }
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return 0;
        }
    }
    // Any number of digits is a literal; one too long to count is too large to read.
    bool ok = false;
    *size = digits.size() <= 19 ? digits.toULongLong(&ok) : 0;
    if (!ok) {
        *size = std::numeric_limits<quint64>::max();
    }
    const bool eight = open > 0 && line.at(open - 1) == '~';
    return line.size() - open + (eight ? 1 : 0);
}

// Reads the values of one response across its text lines and literals, iteratively: nesting costs a
// stack entry, never a C++ call frame.
class ValueReader
{
public:
    struct Piece
    {
        const QByteArray *bytes;
        bool literal;
    };

    ValueReader(std::vector<Piece> pieces, const ImapResponseParser::Limits &limits)
        : m_pieces(std::move(pieces)), m_limits(limits)
    { }

    // The next word of the first line (tag, status, keyword), up to a space; empty at the end.
    QByteArray word()
    {
        const QByteArray &s = *m_pieces[0].bytes;
        const qsizetype start = m_pos;
        while (m_pos < s.size() && s.at(m_pos) != ' ') {
            ++m_pos;
        }
        const QByteArray w = s.mid(start, m_pos - start);
        if (m_pos < s.size()) {
            ++m_pos;
        }
        return w;
    }
    bool peek(char c) const
    {
        const QByteArray &s = *m_pieces[0].bytes;
        return m_index == 0 && m_pos < s.size() && s.at(m_pos) == c;
    }
    // The rest of the first line, from the current position.
    QByteArray restOfLine() const
    {
        const QByteArray &s = *m_pieces[0].bytes;
        return m_pos < s.size() ? s.mid(m_pos) : QByteArray();
    }
    void skipTo(qsizetype pos) { m_pos = pos; }
    qsizetype position() const { return m_pos; }
    bool hasLiterals() const { return m_pieces.size() > 1; }

    // Everything from here to the end of the response as values; false when the grammar was broken.
    bool values(std::vector<ImapValue> *out)
    {
        std::vector<std::vector<ImapValue>> stack(1);
        bool ok = true;
        int count = 0;
        while (m_index < m_pieces.size()) {
            const QByteArray &s = *m_pieces[m_index].bytes;
            if (m_pos >= s.size()) {
                ++m_index;
                m_pos = 0;
                continue;
            }
            const char c = s.at(m_pos);
            if (c == ' ') {
                ++m_pos;
                continue;
            }
            if (++count > m_limits.maxValues) {
                ok = false;
                break;
            }
            if (c == '(') {
                if (int(stack.size()) > m_limits.maxNesting) {
                    ok = false;
                    break;
                }
                stack.emplace_back();
                ++m_pos;
            } else if (c == ')') {
                ++m_pos;
                if (stack.size() == 1) {
                    ok = false; // a stray ")": skipped
                    continue;
                }
                closeList(&stack);
            } else if (c == '"') {
                ok = quoted(s, &stack.back()) && ok;
            } else if (!literal(s, &stack.back())) {
                atom(s, &stack.back());
            }
        }
        ok = ok && stack.size() == 1;
        while (stack.size() > 1) {
            closeList(&stack); // keep what an unclosed list held
        }
        *out = std::move(stack.front());
        return ok;
    }

private:
    static void closeList(std::vector<std::vector<ImapValue>> *stack)
    {
        std::vector<ImapValue> items = std::move(stack->back());
        stack->pop_back();
        stack->back().emplace_back(std::move(items));
    }

    bool quoted(const QByteArray &s, std::vector<ImapValue> *into)
    {
        QByteArray text;
        qsizetype i = m_pos + 1;
        for (; i < s.size(); ++i) {
            const char c = s.at(i);
            if (c == '\\' && i + 1 < s.size()) {
                text += s.at(++i);
            } else if (c == '"') {
                break;
            } else {
                text += c;
            }
        }
        const bool closed = i < s.size();
        m_pos = closed ? i + 1 : s.size();
        into->emplace_back(ImapValue::Type::String, std::move(text));
        return closed;
    }

    bool literal(const QByteArray &s, std::vector<ImapValue> *into)
    {
        quint64 size = 0;
        const qsizetype marker = literalMarker(s, &size);
        const bool atMarker = marker > 0 && m_pos == s.size() - marker;
        if (!atMarker || m_index + 1 >= m_pieces.size() || !m_pieces[m_index + 1].literal) {
            return false;
        }
        into->emplace_back(ImapValue::Type::String, *m_pieces[m_index + 1].bytes);
        m_index += 2;
        m_pos = 0;
        return true;
    }

    void atom(const QByteArray &s, std::vector<ImapValue> *into)
    {
        const qsizetype start = m_pos;
        bool digits = true;
        while (m_pos < s.size()) {
            const char c = s.at(m_pos);
            if (c == ' ' || c == '(' || c == ')' || c == '"') {
                break;
            }
            if (c == '[') {
                // BODY[HEADER.FIELDS (DATE)]: a section is part of its atom, spaces and all.
                const qsizetype close = s.indexOf(']', m_pos);
                m_pos = close < 0 ? s.size() : close + 1;
                digits = false;
                continue;
            }
            digits = digits && c >= '0' && c <= '9';
            ++m_pos;
        }
        QByteArray text = s.mid(start, m_pos - start);
        if (text.compare("NIL", Qt::CaseInsensitive) == 0) {
            into->emplace_back(ImapValue::Type::Nil, QByteArray());
        } else {
            const bool number = digits && !text.isEmpty() && text.size() <= 20;
            into->emplace_back(number ? ImapValue::Type::Number : ImapValue::Type::Atom, std::move(text));
        }
    }

    std::vector<Piece> m_pieces;
    const ImapResponseParser::Limits &m_limits;
    size_t m_index = 0;
    qsizetype m_pos = 0;
};

ImapResponse::Status statusOf(const QByteArray &word)
{
    const QByteArray upper = word.toUpper();
    if (upper == "OK") {
        return ImapResponse::Status::Ok;
    }
    if (upper == "NO") {
        return ImapResponse::Status::No;
    }
    if (upper == "BAD") {
        return ImapResponse::Status::Bad;
    }
    if (upper == "PREAUTH") {
        return ImapResponse::Status::PreAuth;
    }
    if (upper == "BYE") {
        return ImapResponse::Status::Bye;
    }
    return ImapResponse::Status::None;
}

} // namespace

bool ImapResponseParser::feed(const QByteArray &data, QList<ImapResponse> *responses)
{
    return feed(data.constData(), data.size(), responses);
}

bool ImapResponseParser::feed(const char *data, qsizetype size, QList<ImapResponse> *responses)
{
    if (hasError()) {
        return false;
    }
    qsizetype pos = 0;
    while (pos < size) {
        if (m_literalLeft >= 0) {
            const qsizetype take = qsizetype(qMin<qint64>(m_literalLeft, size - pos));
            m_literal.append(data + pos, take);
            pos += take;
            m_literalLeft -= take;
            if (m_literalLeft == 0) {
                m_segmentBytes += m_literal.size();
                m_segments.push_back({ std::move(m_literal), true });
                m_literal.clear();
                m_literalLeft = -1;
            }
            continue;
        }
        const char *nl = static_cast<const char *>(memchr(data + pos, '\n', size_t(size - pos)));
        const qsizetype end = nl ? nl - data : size;
        if (m_segmentBytes + m_line.size() + (end - pos) > m_limits.maxResponseSize) {
            return fail(ImapWording::responseTooLarge(m_limits.maxResponseSize));
        }
        m_line.append(data + pos, end - pos);
        if (!nl) {
            break;
        }
        pos = end + 1;
        QByteArray line = std::move(m_line);
        m_line.clear();
        // RFC 9051 wants CRLF; a bare LF is tolerated on input (never produced on output).
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (!takeLine(std::move(line), responses)) {
            return false;
        }
    }
    return true;
}

bool ImapResponseParser::takeLine(QByteArray line, QList<ImapResponse> *responses)
{
    quint64 literalSize = 0;
    const bool literal = literalMarker(line, &literalSize) > 0;
    m_segmentBytes += line.size();
    m_segments.push_back({ std::move(line), false });
    if (literal) {
        if (literalSize > quint64(m_limits.maxLiteralSize)
            || m_segmentBytes + qint64(literalSize) > m_limits.maxResponseSize) {
            return fail(ImapWording::literalTooLarge(literalSize, m_limits.maxLiteralSize));
        }
        m_literalLeft = qint64(literalSize);
        if (m_literalLeft == 0) {
            m_segments.push_back({ QByteArray(), true });
            m_literalLeft = -1;
        }
        return true;
    }
    responses->append(build());
    m_segments.clear();
    m_segmentBytes = 0;
    return true;
}

ImapResponse ImapResponseParser::build() const
{
    ImapResponse r;
    std::vector<ValueReader::Piece> pieces;
    for (const Segment &segment : m_segments) {
        pieces.push_back({ &segment.bytes, segment.literal });
        r.m_wire += segment.bytes;
        if (!segment.literal) {
            r.m_wire += "\r\n";
        }
    }
    ValueReader reader(std::move(pieces), m_limits);
    if (reader.peek('+')) {
        // RFC 9051 7.5: "+" SP (resp-text / base64); some servers leave out the space.
        r.m_kind = ImapResponse::Kind::Continuation;
        reader.skipTo(1);
        r.m_text = reader.restOfLine();
        if (r.m_text.startsWith(' ')) {
            r.m_text.remove(0, 1);
        }
        r.m_wellFormed = !reader.hasLiterals();
        return r;
    }
    const QByteArray first = reader.word();
    if (first == "*") {
        r.m_kind = ImapResponse::Kind::Untagged;
    } else {
        r.m_kind = ImapResponse::Kind::Tagged;
        r.m_tag = first;
        r.m_wellFormed = !first.isEmpty();
    }
    const qsizetype afterTag = reader.position();
    QByteArray word = reader.word();
    r.m_status = statusOf(word);
    if (r.m_status != ImapResponse::Status::None) {
        // resp-text: an optional "[code data]", then text to the end of the line.
        QByteArray rest = reader.restOfLine();
        if (rest.startsWith('[')) {
            const qsizetype close = rest.indexOf(']');
            const QByteArray inside = close < 0 ? rest.mid(1) : rest.mid(1, close - 1);
            const qsizetype space = inside.indexOf(' ');
            r.m_code = (space < 0 ? inside : inside.left(space)).toUpper();
            r.m_codeData = space < 0 ? QByteArray() : inside.mid(space + 1);
            rest = close < 0 ? QByteArray() : rest.mid(close + 1);
            r.m_wellFormed = r.m_wellFormed && close >= 0;
            if (rest.startsWith(' ')) {
                rest.remove(0, 1);
            }
        }
        r.m_text = rest;
        r.m_wellFormed = r.m_wellFormed && !reader.hasLiterals();
        return r;
    }
    if (r.m_kind == ImapResponse::Kind::Tagged) {
        // A tagged response is always a status (RFC 9051 7.1); keep the rest as text for the error.
        reader.skipTo(afterTag);
        r.m_text = reader.restOfLine();
        r.m_wellFormed = false;
        return r;
    }
    bool isNumber = !word.isEmpty() && word.size() <= 20;
    for (const char c : word) {
        isNumber = isNumber && c >= '0' && c <= '9';
    }
    if (isNumber) {
        r.m_hasNumber = true;
        r.m_number = word.toULongLong(&isNumber);
        word = reader.word();
    }
    r.m_keyword = word.toUpper();
    r.m_wellFormed = r.m_wellFormed && isNumber == r.m_hasNumber && !r.m_keyword.isEmpty();
    r.m_wellFormed = reader.values(&r.m_values) && r.m_wellFormed;
    return r;
}

bool ImapResponseParser::fail(const QString &error)
{
    m_error = error;
    m_line.clear();
    m_segments.clear();
    m_segmentBytes = 0;
    m_literal.clear();
    m_literalLeft = -1;
    return false;
}

void ImapResponseParser::reset()
{
    m_line.clear();
    m_segments.clear();
    m_segmentBytes = 0;
    m_literal.clear();
    m_literalLeft = -1;
    m_error.clear();
}
