#include "mime/quotedprintable.h"

#include "mime/mimeutils.h"

#include <cstring>

namespace {

const char hexDigits[] = "0123456789ABCDEF";

// RFC 2045 6.7 (2): printable ASCII other than '=' may stand for itself; space and tab may too, except at the
// end of a line (handled by the caller).
bool isLiteral(unsigned char c)
{
    return (c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t';
}

class Encoder
{
public:
    explicit Encoder(QByteArray &out) : m_out(out) { }

    // Encodes one line's octets (no line break inside), folding with soft breaks.
    void line(const char *data, int n)
    {
        m_column = 0;
        for (int i = 0; i < n; ++i) {
            const unsigned char c = static_cast<unsigned char>(data[i]);
            const bool last = i == n - 1;
            bool encode = !isLiteral(c);
            // 6.7 (3): a space or tab that would end a line is encoded so transports cannot strip it.
            if (last && (c == ' ' || c == '\t'))
                encode = true;
            const int width = encode ? 3 : 1;
            // A token that is not the last one must leave room for the soft break's '='.
            const int limit = last ? QuotedPrintable::MaxLineLength : QuotedPrintable::MaxLineLength - 1;
            if (m_column + width > limit) {
                m_out += "=\r\n";
                m_column = 0;
            }
            if (m_column == 0 && !encode) {
                // A line that starts with "From " is rewritten to ">From " by mbox writers; one starting with
                // '.' is dot-stuffed by SMTP (RFC 5321 4.5.2) and mishandled by a few relays. Encoding the
                // first character costs two bytes and removes both risks.
                if (c == '.' || (c == 'F' && n - i >= 5 && std::memcmp(data + i, "From ", 5) == 0))
                    encode = true;
            }
            if (encode) {
                m_out += '=';
                m_out += hexDigits[c >> 4];
                m_out += hexDigits[c & 15];
                m_column += 3;
            } else {
                m_out += static_cast<char>(c);
                m_column += 1;
            }
        }
    }

private:
    QByteArray &m_out;
    int m_column = 0;
};

} // namespace

QByteArray QuotedPrintable::encode(const QByteArray &data, Mode mode)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 8 + 16);
    Encoder encoder(out);
    if (mode == Mode::Binary) {
        encoder.line(data.constData(), data.size());
        return out;
    }
    const int n = data.size();
    int start = 0;
    for (int i = 0; i + 1 < n; ++i) {
        if (data[i] == '\r' && data[i + 1] == '\n') {
            encoder.line(data.constData() + start, i - start);
            out += "\r\n";
            start = i + 2;
            ++i;
        }
    }
    encoder.line(data.constData() + start, n - start);
    return out;
}

QByteArray QuotedPrintable::decode(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    const int n = data.size();
    // Where trailing literal whitespace on the current output line begins; RFC 2045 6.7 (3): a reader must
    // delete trailing whitespace, since it can only have been added by a transport.
    int literalSpaceStart = -1;
    int i = 0;
    while (i < n) {
        const char c = data[i];
        if (c == '=') {
            if (const int octet = i + 2 < n ? MimeUtils::hexPair(data[i + 1], data[i + 2]) : -1; octet >= 0) {
                out += static_cast<char>(octet);
                literalSpaceStart = -1;
                i += 3;
                continue;
            }
            // Soft line break: "=" then optional transport whitespace then CRLF, LF or the end.
            int j = i + 1;
            while (j < n && (data[j] == ' ' || data[j] == '\t'))
                ++j;
            if (j == n) {
                i = n;
                continue;
            }
            if (data[j] == '\n') {
                i = j + 1;
                literalSpaceStart = -1;
                continue;
            }
            if (data[j] == '\r' && j + 1 < n && data[j + 1] == '\n') {
                i = j + 2;
                literalSpaceStart = -1;
                continue;
            }
            out += '=';
            literalSpaceStart = -1;
            ++i;
            continue;
        }
        if (c == '\r' && i + 1 < n && data[i + 1] == '\n') {
            if (literalSpaceStart >= 0)
                out.truncate(literalSpaceStart);
            out += "\r\n";
            literalSpaceStart = -1;
            i += 2;
            continue;
        }
        if (c == '\n') {
            if (literalSpaceStart >= 0)
                out.truncate(literalSpaceStart);
            out += '\n';
            literalSpaceStart = -1;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t') {
            if (literalSpaceStart < 0)
                literalSpaceStart = out.size();
        } else {
            literalSpaceStart = -1;
        }
        out += c;
        ++i;
    }
    if (literalSpaceStart >= 0)
        out.truncate(literalSpaceStart);
    return out;
}
