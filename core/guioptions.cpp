#include "guioptions.h"

#include <QCoreApplication>

QList<QCommandLineOption> GuiOptions::all()
{
    // The context stays "GuiApp", where these sentences were first written and translated.
    return {
        { QStringLiteral("startup-time"),
            QCoreApplication::translate("GuiApp",
                "Print the time from launch to the composer "
                "window shown (also EPISTLE_STARTUP_TIME=1).") },
        { QStringLiteral("quit-after-startup"),
            QCoreApplication::translate("GuiApp",
                "With --startup-time: quit once the "
                "composer is shown (for benchmarks).") },
    };
}
