#include "cli.h"

#include "cliutil.h"
#include "commandreference.h"
#include "commands.h"

#include <QCoreApplication>

bool Cli::isCommand(const QString &word)
{
    // Everything but nothing, a mailto: URL and the GUI's own options is the command line's, so a mistyped
    // command gets a usage error instead of a window.
    if (word == QLatin1String("--help") || word == QLatin1String("-h")
        || word == QLatin1String("--version")) {
        return true;
    }
    return !word.isEmpty() && !word.startsWith(QLatin1Char('-'))
        && !word.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

int Cli::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--version")) {
        out(QStringLiteral("epistle ") + QStringLiteral(EPISTLE_VERSION));
        return ExitCode::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        return Commands::help({});
    }
    const CommandReference::Command *found = CommandReference::command(command);
    if (!found) {
        QStringList names;
        for (const CommandReference::Command &c : CommandReference::commands()) {
            names.append(c.name);
        }
        return usageError(
            QCoreApplication::translate("CommandReference", "unknown command \"%1\" (the commands: %2)")
                .arg(command, names.join(QLatin1String(", "))));
    }
    // "epistle send --help", "epistle accounts add --help": that command's (or action's) help.
    if (found->run != Commands::help
        && (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h")))) {
        QStringList words { command };
        if (!rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-'))) {
            words.append(rest.first());
        }
        return Commands::help(words);
    }
    return found->run(rest);
}
