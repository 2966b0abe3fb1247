#include "spellhighlighter.h"

#include "spellchecker.h"
#include "spellwords.h"

#include <QTextDocument>

namespace {

// What one turn of the event loop may spend on dictionary look-ups; the frame budget is 16 ms and the text
// layout needs its share.
constexpr qint64 BudgetNanoseconds = 4'000'000;
// A line this long is pasted data (base64, a log), not prose: not checked, so that typing in it stays fast.
constexpr int MaxCheckedBlockLength = 10000;

enum BlockState { Text = 0, Signature = 1 };

// Marks a block as checked for one generation of the checker's verdicts (language, word lists).
class CheckedBlock : public QTextBlockUserData
{
public:
    int generation = -1;
};

// Marks the underline as this highlighter's, so tests and menus can tell it from the person's underline.
constexpr int SpellProperty = QTextFormat::UserProperty + 100;

} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document), m_checker(checker), m_turnBudget(BudgetNanoseconds)
{
    m_format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_format.setUnderlineColor(Qt::red);
    m_format.setProperty(SpellProperty, true);
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &SpellHighlighter::runSlice);
    connect(m_checker, &SpellChecker::changed, this, &SpellHighlighter::checkAgain);
}

bool SpellHighlighter::isMisspelledFormat(const QTextCharFormat &format)
{
    return format.boolProperty(SpellProperty);
}

void SpellHighlighter::setVisibleStart(int position)
{
    m_visibleStart = position;
}

void SpellHighlighter::setTurnBudget(qint64 nanoseconds)
{
    m_turnBudget = nanoseconds;
}

void SpellHighlighter::setTypingCursor(std::function<int()> position)
{
    m_typingCursor = std::move(position);
}

bool SpellHighlighter::isChecking() const
{
    return m_slice.isActive();
}

void SpellHighlighter::checkAgain()
{
    // Every block is due again; the underlines already shown stay until their block's turn comes.
    ++m_generation;
    scheduleSlice();
}

bool SpellHighlighter::withinBudget()
{
    if (!m_budgetOpen) {
        m_budgetOpen = true;
        m_budget.start();
        // The budget is per turn of the event loop: the next turn starts afresh.
        QTimer::singleShot(0, this, [this] { m_budgetOpen = false; });
    }
    return m_budget.nsecsElapsed() < m_turnBudget;
}

void SpellHighlighter::scheduleSlice()
{
    if (!m_slice.isActive()) {
        m_slice.start();
    }
}

bool SpellHighlighter::needsCheck(const QTextBlock &block) const
{
    const auto *data = static_cast<const CheckedBlock *>(block.userData());
    return !data || data->generation != m_generation;
}

void SpellHighlighter::rehighlightQuietly(const QTextBlock &block)
{
    // New underlines are not an edit: without this, QTextDocument would report its contents changed (and the
    // composer would save a draft nobody touched). The layout is told directly, so the view still updates.
    const bool wasBlocked = document()->blockSignals(true);
    m_ownRehighlight = true;
    rehighlightBlock(block);
    m_ownRehighlight = false;
    document()->blockSignals(wasBlocked);
}

void SpellHighlighter::runSlice()
{
    QTextDocument *doc = document();
    if (!doc) {
        return;
    }
    // From the top of the view to the end, then from the start: what the person sees comes first.
    const QTextBlock first
        = doc->findBlock(m_visibleStart).isValid() ? doc->findBlock(m_visibleStart) : doc->begin();
    for (int pass = 0; pass < 2; ++pass) {
        QTextBlock block = pass == 0 ? first : doc->begin();
        const QTextBlock stop = pass == 0 ? QTextBlock() : first;
        for (; block.isValid() && block != stop; block = block.next()) {
            if (!needsCheck(block)) {
                continue;
            }
            if (!withinBudget()) {
                scheduleSlice();
                return;
            }
            rehighlightQuietly(block);
        }
    }
    Q_EMIT checkingFinished();
}

void SpellHighlighter::cursorMoved()
{
    if (!m_skippedBlock.isValid()) {
        return;
    }
    const int cursor = m_typingCursor ? m_typingCursor() : -1;
    const QTextBlock block = m_skippedBlock;
    if (cursor >= block.position() && cursor <= block.position() + block.length() - 1) {
        const SpellWords::Range word = SpellWords::wordAt(block.text(), cursor - block.position());
        if (!word.isEmpty() && word.start == m_skippedStart && cursor > block.position() + word.start) {
            return;
        }
    }
    m_skippedBlock = QTextBlock();
    m_skippedStart = -1;
    m_finishingTypedWord = true;
    rehighlightQuietly(block);
    m_finishingTypedWord = false;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const bool signature = previousBlockState() == Signature || SpellWords::isSignatureSeparator(text);
    setCurrentBlockState(signature ? Signature : Text);
    auto *data = static_cast<CheckedBlock *>(currentBlockUserData());
    if (!data) {
        data = new CheckedBlock;
        setCurrentBlockUserData(data);
    }
    // A check that is not an edit (an idle slice, a language change) keeps waiting only for the word already
    // waiting: the cursor resting after a finished word does not make it "being typed" again.
    const int waitingStart = block == m_skippedBlock ? m_skippedStart : -1;
    if (block == m_skippedBlock) {
        m_skippedBlock = QTextBlock();
        m_skippedStart = -1;
    }
    data->generation = m_generation;
    if (m_checker->status() != SpellChecker::Status::Ready || signature || text.size() > MaxCheckedBlockLength
        || SpellWords::isQuotedLine(text)
        || block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0) {
        return;
    }
    // The word the person is typing right now (the cursor inside it or just after it) waits for the cursor
    // to leave (cursorMoved() then checks the block with every word).
    const int cursor = !m_finishingTypedWord && m_typingCursor ? m_typingCursor() - block.position() : -1;
    // A paste or a whole new text reaches here block after block in one call: past the budget, the blocks
    // away from the cursor wait for a slice (the one being typed in is always done at once).
    const bool atCursor = cursor >= 0 && cursor < block.length();
    int typedStart = -1;
    if (atCursor) {
        const SpellWords::Range typed = SpellWords::wordAt(text, cursor);
        if (!typed.isEmpty() && cursor > typed.start && (!m_ownRehighlight || typed.start == waitingStart)) {
            // Recorded before any budget cut, so the slice that finishes this block still knows the word.
            typedStart = typed.start;
            m_skippedBlock = block;
            m_skippedStart = typed.start;
        }
    }
    if (!m_ownRehighlight && !atCursor && !withinBudget()) {
        data->generation = -1;
        scheduleSlice();
        return;
    }
    for (const SpellWords::Range &word : SpellWords::words(text)) {
        if (word.start == typedStart) {
            continue;
        }
        const QString w = text.mid(word.start, word.length);
        // An edit's block stops at the budget and the rest waits for a slice; a slice finishes the block it
        // took (it starts again from the block's first word, so stopping there too would never end on a
        // machine slow enough that a few words take the whole budget).
        if (!m_ownRehighlight && !m_checker->isKnown(w) && !withinBudget()) {
            // The rest of this block waits for a slice.
            data->generation = -1;
            scheduleSlice();
            return;
        }
        if (m_checker->isMisspelled(w)) {
            setFormat(word.start, word.length, m_format);
        }
    }
}
