#pragma once

#include "store/mailstore.h"
#include "store/outboxsender.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSet>
#include <QString>

// What `epistle send`, `epistle outbox` and `epistle drafts` share: opening the mail store (with crash
// recovery, reported on stderr), finding connection settings for an outbox message, and the JSON of items.
namespace StoreCli {

// Opens the store in AppDataLocation (sent-folder cap from QSettings "store/sentCapacityMB"), resolving what
// a crash left behind; notes for the person go to stderr. False with 'error' when the folder is unusable.
bool openStore(MailStore *store, QString *error);

// Where the password of a connection given on the command line comes from (the variable's name or the file's
// path, never the secret), so `epistle outbox flush` can read it again for a message queued with --server.
void addPasswordSource(const QCommandLineParser &parser, QJsonObject *connection);

// Settings for outbox messages: from the command line's connection options when 'parser' has any (--server or
// --account), else from each message's account or stored connection.
OutboxSender::Resolver resolver(const QCommandLineParser &parser);
bool hasConnectionOptions(const QCommandLineParser &parser);

// The ids and names of the saved accounts: an outbox message naming neither was left by a removed account.
QSet<QString> accountKeys();
// The id of the saved account called (or with the id) 'nameOrId'; false with 'error' when there is none.
bool findAccount(const QString &nameOrId, QString *id, QString *error);
// For a message whose account was removed: what it means and the command that sends it from another one.
QString accountRemovedAdvice(const QString &id);
// After `accounts remove`: says which outbox messages still wait for the removed account (on stderr).
void noteWaitingMessages(const QString &accountId, const QString &accountName);

QJsonObject itemJson(const OutboxItem &item);
QJsonObject failureJson(const OutboxFailure &failure);

// "in 5 min", "2025-01-02 14:05" for lists.
QString formatTime(const QDateTime &time);

} // namespace StoreCli
