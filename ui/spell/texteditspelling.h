#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QTextEdit;
class SpellChecker;
class SpellHighlighter;

// Spell checking for a QTextEdit: a SpellHighlighter on its document, told where the view starts (so the
// visible text is checked first) and where the person types; and the context menu with suggestions, "Add to
// dictionary", "Ignore" and the language, around the editor's own Cut/Copy/Paste.
class TextEditSpelling : public QObject
{
    Q_OBJECT
public:
    TextEditSpelling(QTextEdit *edit, SpellChecker *checker);

    SpellHighlighter *highlighter() const { return m_highlighter; }
    // The context menu for a click at 'pos' (viewport coordinates); the caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibleStart();

    QPointer<QTextEdit> m_edit;
    SpellChecker *m_checker;
    SpellHighlighter *m_highlighter;
};
