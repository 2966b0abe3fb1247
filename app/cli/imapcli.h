#pragma once

#include "accounts/account.h"
#include "imap/imapsentcopy.h"
#include "store/outboxitem.h"
#include "store/sentcopyqueue.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <functional>

class MailStore;

// The command line's side of the copy in the server's Sent folder (issue 16): the accounts options
// (--imap-server, --imap-security, --imap-user, --sent-folder, the IMAP password when its login differs), the
// account's IMAP settings with their secret, and saving the copies a send or a flush left owed, with the
// "sentCopy" JSON that reports them.
namespace ImapCli {

QList<QCommandLineOption> accountOptions();
// The IMAP options given, written into the account; options not given leave its fields alone. An exit code
// with 'error' for a malformed value, or IMAP options without a server.
int applyToAccount(const QCommandLineParser &parser, Account *account, QString *error);
// --imap-password-env / --imap-password-file into the keychain's IMAP entry. Ok when neither is given.
int saveSecret(const QCommandLineParser &parser, const Account &account, QString *error, bool *saved);

// For accounts show/list: null when the account has no IMAP server.
QJsonValue accountJson(const Account &account);
// " --imap-server HOST:PORT --imap-security tls [--imap-user U] --sent-folder X": what accounts add takes
// for these settings (empty when there is no IMAP server).
QString optionsFor(const AccountImap &imap);
void printAccount(const Account &account, const std::function<void(const QString &, const QString &)> &line);

// What ImapSentCopy needs for the account's copies: its settings with the secret (the SMTP one when the
// login is the same, else the keychain's IMAP password), and where the copy goes. Empty 'settings.host' and
// an 'error' when it cannot be had.
QString resolve(
    const Account &account, const SmtpCredentials &smtpCredentials, ImapConnectionSettings *settings);
// A resolver for the copies of messages sent from saved accounts: the account found by the item's account id
// or name, its SMTP secret through 'smtpResolver' (the keychain, or an OAuth refresh), then resolve().
SentCopyQueue::Resolver resolver(const std::function<void(const OutboxItem &,
        const std::function<void(const SmtpConnectionSettings &, const QString &)> &)> &smtpResolver);

// The outcome of one copy, as `send --json` reports it: {"ok": true, "folder", "uid"} or {"ok": false,
// "error": {...}}; null when no copy was wanted.
struct CopyOutcome
{
    bool attempted = false;
    OutboxItem item;
    ImapSentCopyResult result;
    QString storeError;
};
QJsonValue outcomeJson(const CopyOutcome &outcome);
// Saves the copies owed for the sent messages 'ids' now, or with no ids every copy still owed (pending or
// failed: the person asked), with --trace their transcripts on stderr, and waits. One outcome per attempt.
QList<CopyOutcome> saveCopies(
    MailStore &store, const QStringList &ids, const SentCopyQueue::Resolver &resolver, bool trace);
// What the sent folder owes: every message whose copy is pending or failed.
QStringList owedCopies(const MailStore &store);
// A line on stderr for a copy that failed: what happened, and that the message itself was sent.
void reportFailure(const CopyOutcome &outcome);

// `epistle test` with an account that keeps copies: the IMAP part of the server test (connect, TLS, login,
// the Sent folder), its steps printed as lines like the SMTP ones (unless 'json'), with --trace its
// transcript. 'ran' false when the account has no IMAP server.
struct TestOutcome
{
    bool ran = false;
    bool passed = false;
    int exitCode = 0;
    QJsonValue json; // {"ok", "server", "steps", "sentFolder", "diagnosis", "error"}, or null
};
TestOutcome runTest(const Account &account, const SmtpCredentials &smtpCredentials, bool json, bool trace);

} // namespace ImapCli
