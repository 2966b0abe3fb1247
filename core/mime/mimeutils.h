#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Small helpers the MIME classes share: lenient decoding of bytes other mailers wrote, random tokens,
// RFC 5322 dates and the clean-up of text a person typed into a header.
namespace MimeUtils {

// UTF-8 when the bytes are valid UTF-8 (RFC 6532), otherwise Windows-1252: the "8-bit" headers found in the
// wild are nearly always that superset of Latin-1.
QString decodeLenient(const QByteArray &bytes);

// Decodes bytes in a named charset (MIME name, any case, RFC 2231 language suffix allowed); falls back to
// decodeLenient() for an unknown or absent charset.
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);

// The octet two hex digits (either case) stand for, as "%41" and "=41" write it; -1 when either is not one.
int hexPair(char high, char low);

bool isAscii(const QByteArray &bytes);
bool isAscii(const QString &text);

// Random [0-9A-Za-z] characters from the system generator: boundaries and Message-IDs must be unpredictable
// so that no content (and no one) can anticipate them.
QByteArray randomToken(int length);

// RFC 5322 3.3 date-time in English whatever the locale: "Tue, 5 Mar 2024 09:07:03 +0200".
QByteArray formatDate(const QDateTime &dateTime);
// Lenient RFC 5322 date parser (also obsolete zones such as "GMT", "EST", "Z"); invalid QDateTime on failure.
QDateTime parseDate(const QByteArray &value);

// Makes text a person typed safe for a header: every run of CR/LF becomes one space (so nothing typed can
// start a new header line), NUL and the other C0 controls and DEL are removed, tab is kept, and an unpaired
// UTF-16 surrogate (which has no UTF-8 form) becomes U+FFFD.
QString sanitizeHeaderText(const QString &text);

// What ends a line, as the SMTP engine puts a message on the wire (RFC 5321 2.3.8: a bare CR or LF never
// reaches the server, it becomes CRLF): CRLF, a lone CR and a lone LF each end one line. The length of the
// line end that starts at 'i' (2 for CRLF, 1 for a lone CR or LF), 0 when none starts there.
int lineEndLength(const QByteArray &bytes, qsizetype i);

// Normalises line breaks to CRLF (RFC 2046 4.1.1: text is CRLF in canonical form): every line end of
// lineEndLength() becomes CRLF.
QByteArray toCrlf(const QByteArray &text);

} // namespace MimeUtils
