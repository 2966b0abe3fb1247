#include "spelllineedit.h"

#include "spellchecker.h"
#include "spellmenu.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTextLayout>

namespace {

// QLineEdit's cursor rectangle starts this far left of the cursor's x (QWidgetLineControl::rectForPos, the
// same since Qt 4), which is how the text's origin on screen is found without its private scroll offset.
constexpr int CursorRectLeftOffset = 5;

} // namespace

SpellLineEdit::SpellLineEdit(QWidget *parent) : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, [this] {
        // Text the program put there (a draft, a reply) counts whole at once; typed text leaves the word at
        // the cursor alone.
        if (!m_typing) {
            m_typingWordStart = -1;
        }
        check();
    });
    connect(this, &QLineEdit::cursorPositionChanged, this, &SpellLineEdit::onCursorMoved);
}

void SpellLineEdit::keyPressEvent(QKeyEvent *event)
{
    m_typing = true;
    QLineEdit::keyPressEvent(event);
    m_typing = false;
}

void SpellLineEdit::inputMethodEvent(QInputMethodEvent *event)
{
    m_typing = true;
    QLineEdit::inputMethodEvent(event);
    m_typing = false;
}

void SpellLineEdit::setSpellChecker(SpellChecker *checker)
{
    if (m_checker) {
        disconnect(m_checker, nullptr, this, nullptr);
    }
    m_checker = checker;
    if (m_checker) {
        connect(m_checker, &SpellChecker::changed, this, &SpellLineEdit::check);
    }
    check();
}

void SpellLineEdit::check()
{
    QList<SpellWords::Range> misspelled;
    const QString line = text();
    const int typingAt = m_typing ? cursorPosition() : -1;
    if (m_typing) {
        m_typingWordStart = -1;
    }
    if (m_checker) {
        for (const SpellWords::Range &word : SpellWords::words(line)) {
            if (typingAt > word.start && typingAt <= word.end()) {
                m_typingWordStart = word.start;
                continue;
            }
            if (m_typingWordStart == word.start && hasFocus()) {
                continue;
            }
            if (m_checker->isMisspelled(line.mid(word.start, word.length))) {
                misspelled << word;
            }
        }
    }
    if (misspelled != m_misspelled) {
        m_misspelled = misspelled;
        update();
    }
}

void SpellLineEdit::onCursorMoved()
{
    if (m_typingWordStart < 0) {
        return;
    }
    const SpellWords::Range word = SpellWords::wordAt(text(), cursorPosition());
    if (word.start == m_typingWordStart && cursorPosition() > word.start && hasFocus()) {
        return;
    }
    m_typingWordStart = -1;
    check();
}

void SpellLineEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    m_typingWordStart = -1;
    check();
}

void SpellLineEdit::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    if (m_misspelled.isEmpty() || echoMode() != QLineEdit::Normal) {
        return;
    }
    // The same text laid out the same way as QLineEdit's own layout, drawn with transparent letters: only
    // Qt's spelling wave shows, exactly as QTextEdit draws it in the message text.
    QTextLayout layout(displayText(), font());
    QTextOption option;
    option.setTextDirection(layoutDirection());
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    QTextCharFormat invisible;
    invisible.setForeground(Qt::transparent);
    QTextCharFormat wave = invisible;
    wave.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wave.setUnderlineColor(Qt::red);
    QList<QTextLayout::FormatRange> formats { { 0, int(displayText().size()), invisible } };
    for (const SpellWords::Range &word : std::as_const(m_misspelled)) {
        formats.append({ word.start, word.length, wave });
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid()) {
        return;
    }
    const QRect cursor = cursorRect();
    const QPointF origin(cursor.x() + CursorRectLeftOffset - line.cursorToX(cursorPosition()), cursor.y());
    QPainter painter(this);
    QStyleOptionFrame panel;
    initStyleOption(&panel);
    painter.setClipRect(style()->subElementRect(QStyle::SE_LineEditContents, &panel, this));
    layout.draw(&painter, origin);
}

QMenu *SpellLineEdit::createSpellMenu(const QPoint &pos)
{
    QMenu *menu = createStandardContextMenu();
    if (!m_checker) {
        return menu;
    }
    const SpellWords::Range word = SpellWords::wordAt(text(), cursorPositionAt(pos));
    if (!word.isEmpty()) {
        const QString w = text().mid(word.start, word.length);
        SpellMenu::addWordActions(menu, m_checker, w, [this, word, w](const QString &replacement) {
            // Only while the word is still there: the menu may have stayed open across an edit.
            if (text().mid(word.start, word.length) == w) {
                replaceWord(word, replacement);
            }
        });
    }
    menu->addSeparator();
    menu->addMenu(new SpellLanguageMenu(m_checker, menu));
    return menu;
}

void SpellLineEdit::replaceWord(const SpellWords::Range &word, const QString &replacement)
{
    // Through the selection, so that Ctrl+Z takes it back like any edit.
    setSelection(word.start, word.length);
    insert(replacement);
    // The cursor ends after the new word, which is not being typed.
    m_typingWordStart = -1;
    check();
}

void SpellLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createSpellMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}
