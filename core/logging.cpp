#include "logging.h"

Q_LOGGING_CATEGORY(lcSmtp, "epistle.smtp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMime, "epistle.mime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "epistle.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "epistle.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImap, "epistle.imap", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "epistle.oauth", QtInfoMsg)
