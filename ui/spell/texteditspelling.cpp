#include "texteditspelling.h"

#include "spellchecker.h"
#include "spellhighlighter.h"
#include "spellmenu.h"
#include "spellwords.h"

#include <QEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>

TextEditSpelling::TextEditSpelling(QTextEdit *edit, SpellChecker *checker)
    : QObject(edit)
    , m_edit(edit)
    , m_editWidget(edit)
    , m_viewport(edit->viewport())
    , m_checker(checker)
    , m_highlighter(new SpellHighlighter(checker, edit->document()))
{
    m_highlighter->setParent(this);
    m_highlighter->setTypingCursor(
        [this] { return m_editWidget->hasFocus() ? m_edit->textCursor().position() : -1; });
    connect(m_edit, &QTextEdit::cursorPositionChanged, m_highlighter, &SpellHighlighter::cursorMoved);
    connect(
        m_edit->verticalScrollBar(), &QScrollBar::valueChanged, this, &TextEditSpelling::updateVisibleStart);
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_edit->viewport()->mapToGlobal(pos));
    });
}

bool TextEditSpelling::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == m_editWidget) {
        // Leaving the field finishes the word being typed.
        m_highlighter->cursorMoved();
    } else if (event->type() == QEvent::Resize && watched == m_viewport) {
        updateVisibleStart();
    }
    return QObject::eventFilter(watched, event);
}

void TextEditSpelling::updateVisibleStart()
{
    m_highlighter->setVisibleStart(m_edit->cursorForPosition(QPoint(0, 0)).position());
}

QMenu *TextEditSpelling::createContextMenu(const QPoint &pos)
{
    const QPoint documentPos
        = pos + QPoint(m_edit->horizontalScrollBar()->value(), m_edit->verticalScrollBar()->value());
    QMenu *menu = m_edit->createStandardContextMenu(documentPos);
    const QTextCursor at = m_edit->cursorForPosition(pos);
    const QTextBlock block = at.block();
    const SpellWords::Range word = SpellWords::wordAt(block.text(), at.position() - block.position());
    // Only an underlined word gets suggestions: not one in a quote or the signature, nor the one being typed.
    bool underlined = false;
    if (!word.isEmpty() && block.layout()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            underlined = underlined
                || (SpellHighlighter::isMisspelledFormat(range.format) && range.start == word.start);
        }
    }
    const QString w = block.text().mid(word.start, word.length);
    if (!word.isEmpty() && (underlined || m_checker->isInPersonalDictionary(w))) {
        const int position = block.position() + word.start;
        SpellMenu::addWordActions(menu, m_checker, w, [this, position, w](const QString &replacement) {
            QTextCursor c(m_edit->document());
            c.setPosition(position);
            c.setPosition(position + int(w.size()), QTextCursor::KeepAnchor);
            // The menu may have stayed open across an edit: only the same word is replaced.
            if (c.selectedText() != w) {
                return;
            }
            // The word keeps its formatting (bold, a link): the replacement takes its first letter's format.
            QTextCursor first(m_edit->document());
            first.setPosition(position + 1);
            c.insertText(replacement, first.charFormat());
        });
    }
    menu->addSeparator();
    menu->addMenu(new SpellLanguageMenu(m_checker, menu));
    return menu;
}
