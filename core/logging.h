#pragma once

#include <QLoggingCategory>

// The logging categories of the core, one per area, so diagnostics can be turned on with QT_LOGGING_RULES
// (e.g. QT_LOGGING_RULES="epistle.smtp.debug=true") instead of being printed unconditionally.
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)
Q_DECLARE_LOGGING_CATEGORY(lcMime)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImap)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
