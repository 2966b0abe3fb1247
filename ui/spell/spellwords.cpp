#include "spellwords.h"

#include <QTextBoundaryFinder>

namespace {

// Longer "words" are pasted data (base64, hashes), not language; hunspell refuses them anyway.
constexpr int MaxWordLength = 64;

bool isOpeningPunctuation(QChar c)
{
    return c == QLatin1Char('(') || c == QLatin1Char('<') || c == QLatin1Char('[') || c == QLatin1Char('"')
        || c == QLatin1Char('\'') || c.category() == QChar::Punctuation_InitialQuote
        || c.category() == QChar::Punctuation_Open;
}

// A run of text without blanks that is an address of some kind as a whole: a URL, an e-mail address, a path.
bool isAddressLike(QStringView chunk)
{
    while (!chunk.isEmpty() && isOpeningPunctuation(chunk.front())) {
        chunk = chunk.mid(1);
    }
    if (chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive)
        || chunk.startsWith(u"mailto:", Qt::CaseInsensitive) || chunk.contains(QLatin1Char('\\'))) {
        return true;
    }
    const qsizetype at = chunk.indexOf(QLatin1Char('@'));
    if (at >= 0 && at + 1 < chunk.size() && chunk.at(at + 1).isLetterOrNumber()) {
        return true;
    }
    return chunk.startsWith(QLatin1Char('/')) || chunk.startsWith(u"~/");
}

// Whether a word that the boundary rules found is one a dictionary can judge.
bool isCheckable(QStringView word)
{
    if (word.size() < 2 || word.size() > MaxWordLength) {
        return false;
    }
    int letters = 0;
    int upper = 0;
    bool capitalInside = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit() || c == QLatin1Char('_') || c == QLatin1Char('.')) {
            return false;
        }
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper()) {
                ++upper;
                capitalInside = capitalInside || i > 0;
            }
        }
    }
    if (letters == 0) {
        return false;
    }
    // "NASA", "ASAP": acronyms. "iPhone", "GitHub", "QLineEdit": names a dictionary does not hold.
    return upper != letters && !capitalInside;
}

// The spans of 'line' (between blanks) that are addresses as a whole.
QList<SpellWords::Range> addressSpans(QStringView line)
{
    QList<SpellWords::Range> spans;
    int start = -1;
    for (int i = 0; i <= line.size(); ++i) {
        const bool blank = i == line.size() || line.at(i).isSpace();
        if (!blank && start < 0) {
            start = i;
        } else if (blank && start >= 0) {
            if (isAddressLike(line.mid(start, i - start))) {
                spans.append({ start, i - start });
            }
            start = -1;
        }
    }
    return spans;
}

bool overlaps(const SpellWords::Range &a, const QList<SpellWords::Range> &spans)
{
    for (const SpellWords::Range &s : spans) {
        if (a.start < s.end() && s.start < a.end()) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace SpellWords {

QList<Range> words(QStringView line)
{
    QList<Range> out;
    if (line.isEmpty()) {
        return out;
    }
    const QList<Range> skipped = addressSpans(line);
    // Unicode word boundaries (UAX #29): "don't" and "don’t" stay one word, "well-known" is two.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, line.data(), line.size());
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            const Range word { int(start), int(end - start) };
            if (isCheckable(line.mid(start, end - start)) && !overlaps(word, skipped)) {
                out.append(word);
            }
        }
        start = end;
    }
    return out;
}

Range wordAt(QStringView line, int position)
{
    for (const Range &word : words(line)) {
        if (position >= word.start && position <= word.end()) {
            return word;
        }
    }
    return {};
}

bool isQuotedLine(QStringView line)
{
    return line.trimmed().startsWith(QLatin1Char('>'));
}

bool isSignatureSeparator(QStringView line)
{
    return line == u"-- " || line == u"--" || line == QStringView(u"--\u00A0");
}

} // namespace SpellWords
