#pragma once

#include <QLocale>

class QCoreApplication;

// Loads the translations for the language the person chose (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, read through
// QLocale): Epistle's own catalogue from the resources (:/i18n/epistle_<language>.qm), Qt's qtbase catalogue
// when the system has it (qt6-translations-l10n: the command line parser's and the standard dialogs' words),
// and the English plural forms underneath ("%n draft(s)" -> "1 draft", "3 drafts"). The app and the command
// line both call it right after creating their application object; with LANG=C or English the source stays.
// The command line passes QLocale::c() for --json, whose output is the same on every machine.
namespace Translations {
void install(QCoreApplication *app, const QLocale &locale = QLocale());
} // namespace Translations
