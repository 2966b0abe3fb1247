#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class PersonalDictionary;
class SpellBackend;

// Spell checking for one message: its language, the words the person chose to ignore in it, and the
// verdict on each word (cached, since a message says the same words again and again). The language is the
// one chosen for this message, else the account's, else the desktop's; a language without a dictionary
// underlines nothing and says so (status() NoDictionary). Words in the personal dictionary are always right.
// Widgets (SpellHighlighter, SpellLineEdit) ask it about words and redo their underlines on changed().
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Off, // the person switched checking off for this message
        Loading, // the dictionaries are being found or loaded: nothing is underlined yet
        Ready,
        NoDictionary, // none installed for language()
    };
    Q_ENUM(Status)

    SpellChecker(SpellBackend *backend, PersonalDictionary *personal, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // The account's language (empty: the desktop's).
    void setDefaultLanguage(const QString &language);
    // The language chosen for this message (empty: the default). Saved with the draft.
    void setLanguage(const QString &language);
    QString chosenLanguage() const { return m_chosen; }
    // The language and ignored words of a draft being opened (not an edit: no edited()).
    void restore(const QString &language, const QStringList &ignoredWords);
    // The language wanted, as a locale name ("de_AT"), and the dictionary that serves it ("de_DE"; empty
    // when none does).
    QString language() const;
    QString dictionary() const { return m_dictionary; }
    Status status() const;
    // The languages that have a dictionary.
    QStringList languages() const;

    // Whether a word needs a look: false for a right, ignored or personal word, and while not Ready.
    // Asks the dictionary when the verdict is not known yet; isKnown() says whether that would happen.
    bool isMisspelled(const QString &word);
    bool isKnown(const QString &word) const;
    // What the word might be instead, best first (asks the dictionary: up to a fifth of a second).
    QStringList suggestions(const QString &word);

    bool isInPersonalDictionary(const QString &word) const;
    bool addToDictionary(const QString &word);
    bool removeFromDictionary(const QString &word);
    PersonalDictionary *personalDictionary() const { return m_personal; }

    // Ignored in this message only.
    void ignore(const QString &word);
    QStringList ignoredWords() const;

    // The desktop's language for spelling: the locale's name, American English for the C locale.
    static QString systemLanguage();
    // The dictionary of 'available' that serves 'language': the same name, else one of the same language
    // (de_AT -> de_DE, en_GB -> en_US when there is no en_GB). Empty when none.
    static QString dictionaryFor(const QString &language, const QStringList &available);
    // "English (United States)", "Deutsch (Deutschland)": each language in its own words.
    static QString displayName(const QString &language);

Q_SIGNALS:
    // The verdicts may differ now (language, dictionary loaded, words added or ignored, on or off): look
    // again.
    void changed();
    // language(), dictionary() or status() changed (for menus).
    void languageChanged();
    // The person chose a language or ignored a word: the message changed (the draft keeps both).
    void edited();

private:
    void resolve();
    bool isAccepted(const QString &word) const;

    SpellBackend *m_backend;
    PersonalDictionary *m_personal;
    bool m_enabled = true;
    QString m_default;
    QString m_chosen;
    QString m_dictionary;
    bool m_resolved = false; // the dictionary was chosen from the backend's list
    bool m_loaded = false;
    QSet<QString> m_ignored;
    QHash<QString, bool> m_verdicts; // word -> misspelled, for m_dictionary
};
