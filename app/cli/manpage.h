#pragma once

#include <QDate>
#include <QString>

// The manual page epistle(1) in roff (man macros), written from CommandReference at build time
// (`epistle help --man`), in English whatever the locale.
namespace ManPage {
// 'date' goes in the title line: the build passes the source's date, so the page is reproducible.
QString write(const QString &version, const QDate &date);
// Text escaped for roff: backslashes, hyphens as \-, a leading period or quote made inert.
QString escape(const QString &text);
} // namespace ManPage
