#include "spelllogging.h"

Q_LOGGING_CATEGORY(lcSpell, "epistle.spell", QtInfoMsg)
