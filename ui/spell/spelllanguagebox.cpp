#include "spelllanguagebox.h"

#include "spellbackend.h"
#include "spellchecker.h"

SpellLanguageBox::SpellLanguageBox(SpellBackend *backend, QWidget *parent)
    : QComboBox(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("spellLanguage"));
    setAccessibleName(tr("Spelling language"));
    connect(m_backend, &SpellBackend::languagesFound, this, &SpellLanguageBox::fill);
    connect(this, &QComboBox::activated, this, [this] { m_language = currentData().toString(); });
    fill();
}

QString SpellLanguageBox::language() const
{
    return m_language;
}

void SpellLanguageBox::setLanguage(const QString &language)
{
    m_language = language;
    fill();
}

void SpellLanguageBox::fill()
{
    clear();
    addItem(tr("The desktop's language (%1)").arg(SpellChecker::displayName(SpellChecker::systemLanguage())),
        QString());
    const QStringList languages = m_backend->languages();
    for (const QString &language : languages) {
        addItem(SpellChecker::displayName(language), language);
    }
    if (!m_language.isEmpty() && !languages.contains(m_language)) {
        addItem(m_backend->hasLanguageList()
                ? tr("%1 (no dictionary installed)").arg(SpellChecker::displayName(m_language))
                : SpellChecker::displayName(m_language),
            m_language);
    }
    setCurrentIndex(findData(m_language));
}
