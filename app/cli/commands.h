#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

// The sub-commands of `epistle`; each takes the arguments after its name and returns an exit code.
namespace Commands {
int send(const QStringList &arguments);
int sendmail(const QStringList &arguments);
int test(const QStringList &arguments);
int help(const QStringList &arguments);
int outbox(const QStringList &arguments);
int drafts(const QStringList &arguments);
int accounts(const QStringList &arguments);

// The options each sub-command's parser registers. `epistle help`, the manual page and the shell completions
// are written from these same lists (commandreference.h), so an option added here appears in all of them.
QList<QCommandLineOption> sendOptions();
QList<QCommandLineOption> sendmailOptions();
QList<QCommandLineOption> testOptions();
QList<QCommandLineOption> outboxOptions();
QList<QCommandLineOption> draftsOptions();
QList<QCommandLineOption> helpOptions();
// 'action': list, show, add, edit, rename, remove, default or discover.
QList<QCommandLineOption> accountsOptions(const QString &action);
} // namespace Commands
