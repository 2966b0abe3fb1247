#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// RFC 2047 encoded words ("=?utf-8?Q?...?="): how non-ASCII text travels in 7-bit headers, and how the
// headers other mailers wrote are turned back into text. Pure functions, so tests and fuzzers drive them.
class EncodedWord
{
public:
    enum class Encoding { Auto, B, Q };

    // RFC 2047 2: an encoded word is at most 75 characters long.
    static constexpr int MaxWordLength = 75;
    // "=?utf-8?Q?" + "?=": what every word spends before its payload.
    static constexpr int Overhead = 12;
    // The smallest first word encode() accepts: room for one 4-byte UTF-8 character in Q form.
    static constexpr int MinWordLength = Overhead + 12;

    // Encodes text as UTF-8 encoded words. The first word is at most firstWordMax characters so it can finish
    // the current header line, the others at most otherWordMax (both clamped to [MinWordLength, 75]). A word
    // never ends inside a UTF-8 sequence or a surrogate pair, so every word decodes on its own (RFC 2047 5:
    // "each encoded-word MUST represent an integral number of characters"). The Q form uses only the
    // characters RFC 2047 5(3) allows in a phrase, so the words are valid in display names as well as in
    // unstructured text. Auto picks the shorter of B and Q for the whole text.
    static QList<QByteArray> encode(const QString &text, int firstWordMax = MaxWordLength,
        int otherWordMax = MaxWordLength, Encoding encoding = Encoding::Auto);

    // Q if its output is no longer than B's (it stays readable), otherwise B.
    static Encoding chooseEncoding(const QByteArray &utf8);

    // Decodes an unstructured header value: encoded words anywhere (also the non-conforming ones glued to
    // other text), whitespace between adjacent encoded words dropped (RFC 2047 6.2), adjacent words in the
    // same charset joined before decoding (so a UTF-8 sequence split across words by a careless mailer
    // survives), raw 8-bit bytes read as UTF-8 (RFC 6532) or Windows-1252. Never fails: what is not a valid
    // word stays as is.
    static QString decode(const QByteArray &value);

    // Decodes one encoded word; false when `word` is not one (then `text` is unchanged).
    static bool decodeWord(const QByteArray &word, QString *text);

    // True when text contains something a reader would take for the start of an encoded word; such text must
    // itself be encoded to survive a round trip.
    static bool looksLikeEncodedWord(const QString &text);
};
