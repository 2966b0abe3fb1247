#include "spellchecker.h"

#include "personaldictionary.h"
#include "spellbackend.h"

#include <QLocale>

namespace {

// A message of a few hundred thousand different words is not a letter any more; start the cache afresh.
constexpr int MaxCachedVerdicts = 200000;

// "de-AT", "de_AT.UTF-8", "de_AT@euro" -> "de_AT".
QString normalized(const QString &language)
{
    QString name = language.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

} // namespace

SpellChecker::SpellChecker(SpellBackend *backend, PersonalDictionary *personal, QObject *parent)
    : QObject(parent), m_backend(backend), m_personal(personal)
{
    connect(m_backend, &SpellBackend::languagesFound, this, &SpellChecker::resolve);
    connect(m_backend, &SpellBackend::dictionaryLoaded, this, [this](const QString &language, bool ok) {
        if (language != m_dictionary || m_loaded) {
            return;
        }
        m_loaded = ok;
        if (!ok) {
            // The library listed it but could not open it: as good as not installed.
            m_dictionary.clear();
        }
        Q_EMIT languageChanged();
        Q_EMIT changed();
    });
    connect(m_personal, &PersonalDictionary::changed, this, &SpellChecker::changed);
    resolve();
}

void SpellChecker::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    Q_EMIT languageChanged();
    Q_EMIT changed();
}

void SpellChecker::setDefaultLanguage(const QString &language)
{
    m_default = normalized(language);
    resolve();
}

void SpellChecker::setLanguage(const QString &language)
{
    const QString chosen = normalized(language);
    if (chosen == m_chosen) {
        return;
    }
    m_chosen = chosen;
    resolve();
    Q_EMIT languageChanged();
    Q_EMIT edited();
}

void SpellChecker::restore(const QString &language, const QStringList &ignoredWords)
{
    const QSet<QString> ignored(ignoredWords.cbegin(), ignoredWords.cend());
    const QString chosen = normalized(language);
    if (ignored == m_ignored && chosen == m_chosen) {
        return;
    }
    m_ignored = ignored;
    m_chosen = chosen;
    // resolve() says changed() when the dictionary changes; the ignored words need it in any case.
    resolve();
    Q_EMIT languageChanged();
    Q_EMIT changed();
}

QString SpellChecker::language() const
{
    if (!m_chosen.isEmpty()) {
        return m_chosen;
    }
    return m_default.isEmpty() ? systemLanguage() : m_default;
}

SpellChecker::Status SpellChecker::status() const
{
    if (!m_enabled) {
        return Status::Off;
    }
    if (!m_backend->hasLanguageList()) {
        return Status::Loading;
    }
    if (m_dictionary.isEmpty()) {
        return Status::NoDictionary;
    }
    return m_loaded ? Status::Ready : Status::Loading;
}

QStringList SpellChecker::languages() const
{
    return m_backend->languages();
}

void SpellChecker::resolve()
{
    if (!m_backend->hasLanguageList()) {
        return;
    }
    const QString dictionary = dictionaryFor(language(), m_backend->languages());
    if (m_resolved && dictionary == m_dictionary) {
        return;
    }
    m_resolved = true;
    m_dictionary = dictionary;
    m_verdicts.clear();
    m_loaded = !dictionary.isEmpty() && m_backend->isLoaded(dictionary);
    if (!dictionary.isEmpty() && !m_loaded) {
        m_backend->load(dictionary);
    }
    Q_EMIT languageChanged();
    Q_EMIT changed();
}

bool SpellChecker::isAccepted(const QString &word) const
{
    if (m_ignored.contains(word)) {
        return true;
    }
    // Ignoring "teh" covers "Teh" at the start of a sentence, as the dictionaries do for their own words.
    if (!word.isEmpty() && word.at(0).isUpper() && m_ignored.contains(word.at(0).toLower() + word.mid(1))) {
        return true;
    }
    return m_personal->contains(word);
}

bool SpellChecker::isKnown(const QString &word) const
{
    return status() != Status::Ready || m_verdicts.contains(word) || isAccepted(word);
}

bool SpellChecker::isMisspelled(const QString &word)
{
    if (status() != Status::Ready || isAccepted(word)) {
        return false;
    }
    const auto known = m_verdicts.constFind(word);
    if (known != m_verdicts.constEnd()) {
        return *known;
    }
    if (m_verdicts.size() >= MaxCachedVerdicts) {
        m_verdicts.clear();
    }
    const bool misspelled = !m_backend->isCorrect(m_dictionary, word);
    m_verdicts.insert(word, misspelled);
    return misspelled;
}

QStringList SpellChecker::suggestions(const QString &word)
{
    if (status() != Status::Ready) {
        return {};
    }
    return m_backend->suggestions(m_dictionary, word);
}

bool SpellChecker::isInPersonalDictionary(const QString &word) const
{
    return m_personal->contains(word);
}

bool SpellChecker::addToDictionary(const QString &word)
{
    return m_personal->add(word);
}

bool SpellChecker::removeFromDictionary(const QString &word)
{
    return m_personal->remove(word);
}

void SpellChecker::ignore(const QString &word)
{
    if (word.isEmpty() || m_ignored.contains(word)) {
        return;
    }
    m_ignored.insert(word);
    Q_EMIT changed();
    Q_EMIT edited();
}

QStringList SpellChecker::ignoredWords() const
{
    QStringList words(m_ignored.cbegin(), m_ignored.cend());
    words.sort();
    return words;
}

QString SpellChecker::systemLanguage()
{
    const QLocale locale;
    if (locale.language() == QLocale::C) {
        return QStringLiteral("en_US");
    }
    return locale.name();
}

QString SpellChecker::dictionaryFor(const QString &language, const QStringList &available)
{
    const QString wanted = normalized(language);
    if (wanted.isEmpty()) {
        return {};
    }
    if (available.contains(wanted)) {
        return wanted;
    }
    const QString base = wanted.section(QLatin1Char('_'), 0, 0);
    QStringList sameLanguage;
    for (const QString &tag : available) {
        if (tag == base || tag.startsWith(base + QLatin1Char('_'))) {
            sameLanguage << tag;
        }
    }
    if (sameLanguage.isEmpty()) {
        return {};
    }
    // The language's home country first (de_DE, fr_FR), then its main dictionary as QLocale has it (en_US).
    const QString home = base + QLatin1Char('_') + base.toUpper();
    const QString main = QLocale(base).name();
    for (const QString &preferred : { home, main, base }) {
        if (sameLanguage.contains(preferred)) {
            return preferred;
        }
    }
    return sameLanguage.first();
}

QString SpellChecker::displayName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C) {
        return language;
    }
    // Qt names en_US "American English" and en_GB "British English": with the country after it, plain
    // "English" reads better ("English (United States)", as Thunderbird lists it).
    QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                         : locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    if (language.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty()) {
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    }
    return name.isEmpty() ? language : name;
}
