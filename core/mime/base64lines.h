#pragma once

#include <QByteArray>
#include <QtGlobal>

// Base64 (RFC 2045 6.8) in lines of 76 characters joined by CRLF, produced chunk by chunk so a large
// attachment is encoded while it streams, with the output size known exactly in advance.
class Base64Lines
{
public:
    static constexpr int LineLength = 76; // RFC 2045 6.8: "no more than 76 characters" per line
    static constexpr int BytesPerLine = 57; // 57 input octets are exactly 76 characters

    // Size of encode(n octets): the lines are joined by CRLF and the last line has no CRLF of its own (the
    // MIME boundary or the end of the message supplies it). Zero for zero octets.
    static qint64 encodedSize(qint64 inputSize);

    // Size encodeChunk() writes for `inputSize` octets.
    static qint64 chunkEncodedSize(qint64 inputSize, bool firstChunk);

    // Encodes one chunk of a larger input. Every chunk but the last must be a multiple of 57 octets, so lines
    // never straddle chunks; a chunk that is not the first starts with the CRLF that ends the previous line.
    // `out` must have room for chunkEncodedSize(); returns the end of what was written.
    static char *encodeChunk(const char *in, qint64 inputSize, char *out, bool firstChunk);

    // The whole input at once (tests, small parts).
    static QByteArray encode(const QByteArray &data);
};
