#pragma once

#include "accounts/account.h"
#include "smtp/smtpconnectionsettings.h"
#include "store/outboxsender.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

// The command line's side of OAuth 2 sign-in: the --oauth options of `accounts add/edit`, `accounts login`
// (the browser sign-in, contract in shared/design.md), and tokens for --account runs (refreshed as needed).
namespace OAuthCli {

// The --oauth options of `accounts add/edit` (listed by help, the manual page and the completions too).
QList<QCommandLineOption> options();
// The options of `accounts login`.
QList<QCommandLineOption> loginOptions();
// --oauth, --oauth-client-id, --oauth-authorize-url, --oauth-token-url, --oauth-scope into the account's
// fields. Returns ExitCode::Ok or an exit code with 'error'.
int applyOptions(const QCommandLineParser &parser, Account *account, QString *error);
// --oauth-client-secret-env VAR: the client secret into the keychain. Ok when not given.
int saveClientSecret(const QCommandLineParser &parser, const Account &account, QString *error);

// An access token for a login with 'account' (its sign-in refreshed when it expires within a minute, or
// when 'forceRefresh'); ExitCode::Ok, or 77 (sign in again), 75 (provider unreachable), 78 (set-up).
int accessToken(const Account &account, bool forceRefresh, QString *token, QString *error);
// For OutboxSender::setRefusedTokenResolver: the settings 'resolver' gives for the message, with a token
// from a forced refresh of its account's sign-in (nothing, for an account that does not sign in).
OutboxSender::Resolver refusedTokenResolver(const OutboxSender::Resolver &resolver);
// "Sign in again: epistle accounts login "NAME"", the command that fixes an expired sign-in.
QString signInHint(const Account &account);

// For `accounts show`: "signed in as ADDR with google", "expired: ... (epistle accounts login NAME)",
// "not signed in ..."; 'code' gets signed-in, expired, signed-out or unknown (for --json).
QString describeSignIn(const Account &account, QString *code);

// `epistle accounts login NAME [--no-browser] [--timeout SECONDS] [--redirect-port PORT]`.
int login(const QStringList &arguments);

} // namespace OAuthCli
