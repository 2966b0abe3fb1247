#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Finds the words of one line of text that spell checking looks at, and leaves out what no dictionary
// holds: web and e-mail addresses, file paths, host and file names, words with digits or underscores, words
// in capitals (acronyms) or with a capital inside (code and brand names), and single letters.
namespace SpellWords {

struct Range
{
    int start = 0;
    int length = 0;

    int end() const { return start + length; }
    bool isEmpty() const { return length == 0; }
    bool operator==(const Range &other) const { return start == other.start && length == other.length; }
};

// The words to check in 'line', in order.
QList<Range> words(QStringView line);

// The word of 'line' that touches 'position' (the position inside it or just after its last letter), or an
// empty range; a word that is left out counts as none.
Range wordAt(QStringView line, int position);

// Whether a line of plain text is quoted from another message (RFC 3676 4.5: it starts with ">").
bool isQuotedLine(QStringView line);

// Whether a line is the separator above a signature (RFC 3676 4.3: "-- "); a rich-text editor may give it
// back with a no-break space or without its blank.
bool isSignatureSeparator(QStringView line);

} // namespace SpellWords
