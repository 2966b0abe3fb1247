#include "guiapp.h"

// epistle-gui: the window. People start it as `epistle` (no sub-command, or a mailto: URL), which hands over
// to this program, so that the command line never loads the GUI libraries.
int main(int argc, char **argv)
{
    return GuiApp::run(argc, argv);
}
