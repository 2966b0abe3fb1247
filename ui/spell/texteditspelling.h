#pragma once

#include <QObject>

class QMenu;
class QTextEdit;
class QWidget;
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

    // The editor outlives this object (its child). The events its children send while it is being destroyed
    // reach the filter when it is no longer a QTextEdit: those are told apart by plain pointers only.
    QTextEdit *m_edit;
    QWidget *m_editWidget;
    QObject *m_viewport;
    SpellChecker *m_checker;
    SpellHighlighter *m_highlighter;
};
