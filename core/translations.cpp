#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

Q_LOGGING_CATEGORY(lcI18n, "epistle.i18n", QtInfoMsg)

// Installs a catalogue when it loads; QCoreApplication searches the one installed last first.
void installIfFound(
    QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(app);
    // Each of the locale's UI languages in turn (de_AT, then de), as Qt itself looks them up.
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        qCDebug(lcI18n) << "no" << name << "catalogue for" << locale.uiLanguages() << "in" << directory;
        delete translator;
        return;
    }
    // English is the source itself: only its plural forms, installed below, are needed.
    if (translator->language().startsWith(QLatin1String("en"))) {
        delete translator;
        return;
    }
    qCDebug(lcI18n) << "using" << translator->filePath();
    QCoreApplication::installTranslator(translator);
}

} // namespace

namespace Translations {

void install(QCoreApplication *app, const QLocale &locale)
{
    auto *plurals = new QTranslator(app);
    if (plurals->load(QStringLiteral(":/i18n/epistle_en.qm"))) {
        QCoreApplication::installTranslator(plurals);
    }
    // LANG=C (or LC_ALL=C) asks for the untranslated program, as gettext has it, even when LANGUAGE names
    // another language (which Qt would otherwise prefer).
    if (locale.language() == QLocale::C) {
        qCDebug(lcI18n) << "C locale: English";
        return;
    }
    installIfFound(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installIfFound(app, locale, QStringLiteral("epistle"), QStringLiteral(":/i18n"));
}

} // namespace Translations
