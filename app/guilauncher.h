#pragma once

// Hands `epistle` without a sub-command over to the window program, epistle-gui, in the same process
// (exec), with the same arguments: the command line itself links neither QtGui nor QtWidgets, so a send from
// a script starts in the time a QtCore program takes.
namespace GuiLauncher {
// Returns only when the window program cannot be started (an exit status for main, after saying why).
int exec(char **argv);
} // namespace GuiLauncher
