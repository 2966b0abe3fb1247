#pragma once

// The desktop application: `epistle` with no sub-command, or with a mailto: URL (the desktop's mailto
// handler). Creates the QApplication and the shared AppContext, opens a composer (filled in from the URL),
// offers back drafts a crash left, and keeps running until the windows are closed and the outbox sender has
// nothing left in flight. With --startup-time (or EPISTLE_STARTUP_TIME=1) it prints how long it took from the
// process's start to the composer window on screen.
namespace GuiApp {
int run(int &argc, char **argv);
// Translations::install for the running application (the name the app's tests already call).
void installTranslators();
} // namespace GuiApp
