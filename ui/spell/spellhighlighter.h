#pragma once

#include <QElapsedTimer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <functional>

class SpellChecker;

// Underlines misspelled words in a QTextDocument (plain or rich text) with a red wave
// (QTextCharFormat::SpellCheckUnderline), leaving out quoted lines (">" or a rich-text quote), the signature
// below "-- " and what SpellWords leaves out. It never holds the window up: the words of an edit are checked
// at once within a few milliseconds, and whatever does not fit (a long paste, a new language, the first look
// at a 2,000-line draft) is checked in slices between events, the visible part first. The word being typed
// is left alone until the cursor leaves it, as other composers do.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

    SpellChecker *checker() const { return m_checker; }
    // The document position at the top of the view: work left waiting starts there.
    void setVisibleStart(int position);
    // The text cursor's position while the person types in the document, or -1 (no focus). Asked on each
    // edit, so the word being typed can be left alone.
    void setTypingCursor(std::function<int()> position);
    // To be called when the text cursor moved: the word left behind gets its check.
    void cursorMoved();

    // How long one turn of the event loop may spend checking (default 4 ms); a slow machine behaves like a
    // small budget, so tests set one to follow the sliced path on any machine.
    void setTurnBudget(qint64 nanoseconds);

    // Whether some blocks still wait for their check.
    bool isChecking() const;
    // Whether a format of a block's layout is this highlighter's underline (for tests and the context menu).
    static bool isMisspelledFormat(const QTextCharFormat &format);

Q_SIGNALS:
    // Every block is checked (nothing waits any more).
    void checkingFinished();

protected:
    void highlightBlock(const QString &text) override;

private:
    bool withinBudget();
    void scheduleSlice();
    void runSlice();
    void checkAgain();
    bool needsCheck(const QTextBlock &block) const;
    void rehighlightQuietly(const QTextBlock &block);

    SpellChecker *m_checker;
    QTextCharFormat m_format;
    std::function<int()> m_typingCursor;
    int m_generation = 0;
    int m_visibleStart = 0;
    QTimer m_slice;
    QElapsedTimer m_budget;
    qint64 m_turnBudget;
    bool m_budgetOpen = false;
    bool m_ownRehighlight = false; // a slice or cursorMoved() is checking, not an edit
    bool m_finishingTypedWord = false;
    // The block whose word at the cursor was left alone, and that word's start in it.
    QTextBlock m_skippedBlock;
    int m_skippedStart = -1;
};
