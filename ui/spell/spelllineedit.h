#pragma once

#include "spellchecker.h"
#include "spellwords.h"

#include <QLineEdit>
#include <QPointer>

// A QLineEdit (the Subject) that underlines misspelled words with the same red wave as the message text and
// offers suggestions, "Add to dictionary", "Ignore" and the language in its context menu. Without a checker
// it is a plain QLineEdit.
class SpellLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SpellLineEdit(QWidget *parent = nullptr);

    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const { return m_checker; }
    // The words underlined now.
    QList<SpellWords::Range> misspelledRanges() const { return m_misspelled; }
    // The context menu for a click at 'pos' (widget coordinates); the caller owns it.
    QMenu *createSpellMenu(const QPoint &pos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    void check();
    void onCursorMoved();
    void replaceWord(const SpellWords::Range &word, const QString &replacement);

    QPointer<SpellChecker> m_checker;
    QList<SpellWords::Range> m_misspelled;
    // The word being typed (left alone until the cursor leaves it), or -1.
    int m_typingWordStart = -1;
    bool m_typing = false; // inside a key press or input method event
};
