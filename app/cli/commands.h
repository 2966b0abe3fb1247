#pragma once

#include <QStringList>

// The sub-commands of `epistle`; each takes the arguments after its name and returns an exit code.
namespace Commands {
int send(const QStringList &arguments);
int test(const QStringList &arguments);
int help(const QStringList &arguments);
int outbox(const QStringList &arguments);
int drafts(const QStringList &arguments);
int accounts(const QStringList &arguments);
} // namespace Commands
