#pragma once

#include <QCommandLineOption>
#include <QList>

// The options `epistle` accepts without a sub-command (the window's own, besides Qt's): the window parses
// them, and the command line's help and manual page list them, from this one list.
namespace GuiOptions {
QList<QCommandLineOption> all();
} // namespace GuiOptions
