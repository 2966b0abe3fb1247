#include "cli/cli.h"
#include "guilauncher.h"
#include "translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!Cli::isCommand(first)) {
        // No sub-command, or a mailto: URL from the desktop's handler: the composer.
        return GuiLauncher::exec(argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Epistle"));
    QCoreApplication::setApplicationName(QStringLiteral("epistle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EPISTLE_VERSION));
    // The application proxy follows the environment (http_proxy, all_proxy, ...), as users expect.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // The command line speaks the person's language too (LANG=de_DE.UTF-8). What scripts read does not:
    // a --json run is English throughout (its error messages included), and the C:/S: transcript and the
    // exit codes are the same in every language. The manual page and the shell completions the build
    // writes (help --man, --completion) are English too, whatever the builder's locale.
    const QStringList args = app.arguments();
    const bool english = args.contains(QLatin1String("--json")) || args.contains(QLatin1String("--man"))
        || args.contains(QLatin1String("--completion"));
    Translations::install(&app, english ? QLocale::c() : QLocale());
    return Cli::run(app.arguments().mid(1));
}
