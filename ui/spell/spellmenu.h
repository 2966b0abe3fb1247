#pragma once

#include <QMenu>

#include <functional>

class SpellChecker;

// The spelling part of a text field's context menu, the same for the message text and the Subject: for a
// misspelled word its suggestions (choosing one replaces the word), "Add to dictionary" and "Ignore"; for a
// word of the personal dictionary, "Remove from dictionary".
namespace SpellMenu {

// Puts the actions for 'word' at the top of 'menu' (nothing for a word that is neither misspelled nor the
// person's own). 'replace' puts a suggestion in the word's place.
void addWordActions(QMenu *menu, SpellChecker *checker, const QString &word,
    const std::function<void(const QString &)> &replace);

} // namespace SpellMenu

// The "Spelling" menu of one message: checking on or off, and its language among the installed
// dictionaries. When the language wanted has none, it says so here, once and quietly, instead of
// underlining anything.
class SpellLanguageMenu : public QMenu
{
    Q_OBJECT
public:
    SpellLanguageMenu(SpellChecker *checker, QWidget *parent = nullptr);

    // Fills the menu from the checker's state (also done each time it opens).
    void rebuild();

private:
    SpellChecker *m_checker;
};
