#pragma once

#include <QByteArray>

// Quoted-printable (RFC 2045 6.7): the transfer encoding for text that is mostly ASCII. Pure functions, so
// tests and fuzzers drive them directly.
class QuotedPrintable
{
public:
    enum class Mode {
        Text, // CRLF is a line break and stays one; a lone CR or LF is encoded (=0D, =0A)
        Binary // every octet is data: CR and LF are encoded too, and only soft line breaks appear
    };

    // RFC 2045 6.7 (5): encoded lines are at most 76 characters, excluding CRLF.
    static constexpr int MaxLineLength = 76;

    // Encodes with soft line breaks ("=" CRLF) so no line exceeds 76 characters. Besides what 6.7 requires
    // ('=', controls, 8-bit octets, and a space or tab before a line break or at the end), it also encodes
    // the "F" of a "From " and a "." at the start of a line, which mbox files and some SMTP relays mangle.
    // A text that does not end with CRLF gives output that does not end with CRLF either.
    static QByteArray encode(const QByteArray &data, Mode mode = Mode::Text);

    // Decodes leniently, as readers must (RFC 2045 6.7 notes): lowercase hex is accepted, an '=' that does
    // not start a valid sequence is kept as is, whitespace a transport appended to a line is dropped, and
    // soft breaks are accepted with LF as well as CRLF. Never fails; linear in the input.
    static QByteArray decode(const QByteArray &data);
};
