// `epistle help [COMMAND [ACTION]]`, and the writers the build runs: --man, --completion bash|zsh.
#include "cliutil.h"
#include "commandreference.h"
#include "commands.h"
#include "helptext.h"
#include "manpage.h"
#include "shellcompletion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace {

// Written as is: the generated files end with their own newline.
void write(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

// The date on the manual page: SOURCE_DATE_EPOCH when the build sets it (reproducible builds), else today.
QDate manualDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()).date() : QDate::currentDate();
}

} // namespace

QList<QCommandLineOption> Commands::helpOptions()
{
    return {
        { QStringLiteral("man"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Write the manual page epistle(1) in roff on stdout.")) },
        { QStringLiteral("completion"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Write the completion script for bash or zsh on stdout.")),
            QStringLiteral("SHELL") },
    };
}

int Commands::help(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(helpOptions());
    if (!parser.parse(QStringList { QStringLiteral("epistle help") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("man"))) {
        write(ManPage::write(QStringLiteral(EPISTLE_VERSION), manualDate()));
        return ExitCode::Ok;
    }
    if (parser.isSet(QStringLiteral("completion"))) {
        const QString shell = parser.value(QStringLiteral("completion"));
        if (shell == QLatin1String("bash")) {
            write(ShellCompletion::bash());
        } else if (shell == QLatin1String("zsh")) {
            write(ShellCompletion::zsh());
        } else {
            return Cli::usageError(
                QCoreApplication::translate("CommandReference", "--completion takes bash or zsh"));
        }
        return ExitCode::Ok;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        write(HelpText::overview());
        return ExitCode::Ok;
    }
    const CommandReference::Command *command = CommandReference::command(words.first());
    if (!command) {
        return Cli::usageError(
            QCoreApplication::translate("CommandReference", "there is no command \"%1\"").arg(words.first()));
    }
    const CommandReference::Action *action = nullptr;
    if (words.size() > 1 && !command->actions.isEmpty()) {
        for (const CommandReference::Action &a : command->actions) {
            if (a.name == words.at(1)) {
                action = &a;
            }
        }
        if (!action) {
            return Cli::usageError(QCoreApplication::translate("CommandReference", "%1 has no action \"%2\"")
                                       .arg(command->name, words.at(1)));
        }
    }
    write(HelpText::command(*command, action));
    return ExitCode::Ok;
}
