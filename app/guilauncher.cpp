#include "guilauncher.h"

#include <QByteArray>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

int GuiLauncher::exec(char **argv)
{
    // The build tree keeps it beside `epistle`; an installation under libexec (EPISTLE_GUI_FROM_BINDIR is
    // the path from the installed bindir, so a relocated prefix works too).
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString dir = QFileInfo(self).absolutePath();
    const QString candidates[] = {
        dir + QStringLiteral("/epistle-gui"),
        dir + QStringLiteral("/" EPISTLE_GUI_FROM_BINDIR "/epistle-gui"),
    };
    for (const QString &candidate : candidates) {
        const QByteArray path = QFile::encodeName(QFileInfo(candidate).absoluteFilePath());
        if (::access(path.constData(), X_OK) != 0) {
            continue;
        }
        ::execv(path.constData(), argv);
        std::fprintf(stderr, "epistle: cannot start the window program %s: %s\n", path.constData(),
            std::strerror(errno));
        return 69; // EX_UNAVAILABLE
    }
    std::fprintf(stderr, "epistle: the window program (epistle-gui) is not installed beside %s\n",
        QFile::encodeName(self).constData());
    return 69;
}
