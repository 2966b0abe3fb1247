#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// The dictionary library behind spell checking, kept small so that tests can put a word list of their own in
// its place: which languages have a dictionary, and for a loaded one whether a word is spelled right and
// what it might be instead. Loading a dictionary takes a noticeable moment (a third of a second for
// hunspell's English), so it happens in the background and dictionaryLoaded() says when it is done. One
// backend serves every window of the app.
class SpellBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether the list of languages is known yet (languagesFound() when it becomes known).
    virtual bool hasLanguageList() const = 0;
    // The languages that have a dictionary, as locale names ("en_US", "de_DE"), sorted.
    virtual QStringList languages() const = 0;

    // Starts loading the dictionary of 'language' (one of languages()); dictionaryLoaded() follows, also when
    // it was loaded already. Loading twice is harmless.
    virtual void load(const QString &language) = 0;
    virtual bool isLoaded(const QString &language) const = 0;

    // Only for a loaded language.
    virtual bool isCorrect(const QString &language, const QString &word) = 0;
    virtual QStringList suggestions(const QString &language, const QString &word) = 0;

Q_SIGNALS:
    void languagesFound();
    // 'ok' false when the library could not open it after all.
    void dictionaryLoaded(const QString &language, bool ok);
};
