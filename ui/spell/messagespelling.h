#pragma once

#include <QObject>

class PersonalDictionary;
class QLineEdit;
class QMainWindow;
class QTextEdit;
class QToolButton;
class SpellBackend;
class SpellChecker;
class SpellLanguageMenu;
class SpellLineEdit;
class TextEditSpelling;
struct Draft;

// Spell checking for one message window, in the few calls a window needs: one SpellChecker for the message,
// attached to its text and its Subject, the "Spelling" menu, and a status-bar button that shows the
// language and opens that menu. The window passes the account's language and keeps the message's own
// choice (language, ignored words) with its draft.
class MessageSpelling : public QObject
{
    Q_OBJECT
public:
    MessageSpelling(SpellBackend *backend, PersonalDictionary *personal, QWidget *parent);

    SpellChecker *checker() const { return m_checker; }
    void attach(QTextEdit *edit);
    void attach(SpellLineEdit *edit);
    // Attaches the text and the Subject (when it is a SpellLineEdit), puts the "Spelling" menu in the
    // window's menu bar (after its own menus) and the language button in its status bar.
    void install(QMainWindow *window, QTextEdit *text, QLineEdit *subject);

    // The message's own choices, kept with its draft: its language and the words ignored in it.
    void saveTo(Draft &draft) const;
    // Takes them from a draft (a new message: none, so the account's language and no ignored words).
    void loadFrom(const Draft &draft);
    TextEditSpelling *textSpelling() const { return m_text; }
    SpellLanguageMenu *menu() const { return m_menu; }
    QToolButton *statusButton() const { return m_button; }

private:
    void updateButton();

    SpellChecker *m_checker;
    SpellLanguageMenu *m_menu;
    QToolButton *m_button;
    TextEditSpelling *m_text = nullptr;
};
