#pragma once

#include "spellbackend.h"

#include <QHash>
#include <QSet>
#include <QThread>

struct str_enchant_dict;

// SpellBackend on Enchant 2, which picks hunspell, nuspell or aspell for each language (as GNOME's editors
// and Evolution do). Finding the dictionaries and loading one happen on a thread of its own, so the window
// never waits for them; checks and suggestions then run on the caller's thread, each dictionary used by one
// thread at a time. Words the person added through other Enchant programs (their personal word lists under
// ~/.config/enchant) count as correct here too.
class EnchantBackend : public SpellBackend
{
    Q_OBJECT
public:
    explicit EnchantBackend(QObject *parent = nullptr);
    ~EnchantBackend() override;

    bool hasLanguageList() const override { return m_listed; }
    QStringList languages() const override { return m_languages; }
    void load(const QString &language) override;
    bool isLoaded(const QString &language) const override { return m_dicts.contains(language); }
    bool isCorrect(const QString &language, const QString &word) override;
    QStringList suggestions(const QString &language, const QString &word) override;

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker;
    bool m_listed = false;
    QStringList m_languages;
    QHash<QString, str_enchant_dict *> m_dicts;
    QSet<QString> m_loading;
};
