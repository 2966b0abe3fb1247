#pragma once

#include <QLoggingCategory>

// Diagnostics of spell checking (dictionaries found and loaded, the personal word list), turned on with
// QT_LOGGING_RULES="epistle.spell.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSpell)
