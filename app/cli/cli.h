#pragma once

#include <QStringList>

// The headless command line: `epistle send`, `epistle test`, ... (the contract in shared/design.md).
namespace Cli {
// Whether 'word' (the first argument) names a command-line sub-command rather than the GUI.
bool isCommand(const QString &word);
// Runs a sub-command; a QCoreApplication must exist. Returns the process exit code.
int run(const QStringList &arguments);
} // namespace Cli
