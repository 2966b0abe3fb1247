#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"

#include <algorithm>
#include <optional>

// `epistle sendmail`: the command line mail programs call as they call sendmail or msmtp (git send-email's
// --sendmail-cmd, mutt's $sendmail): the message on standard input, the recipients as arguments (or -t: from
// its header fields), sendmail's single-dash flags. It is `epistle send --eml -` underneath, so the outbox,
// the keep rule and the exit codes are send's.

namespace {

// sendmail's flags Epistle has nothing to do for: -i and -oi (a line with a lone dot does not end the
// message: Epistle always reads to the end), the other -o options, -B (the body type: Epistle looks at the
// bytes), -F (a full name for a From field Epistle does not add), -V and -e. msmtp ignores them too.
bool ignoredFlag(QChar flag)
{
    return flag == QLatin1Char('i') || flag == QLatin1Char('o') || flag == QLatin1Char('B')
        || flag == QLatin1Char('F') || flag == QLatin1Char('V') || flag == QLatin1Char('e');
}

// The flags that take a value, glued (-fADDR) or as the next argument (-f ADDR).
bool takesValue(QChar flag)
{
    return flag == QLatin1Char('f') || flag == QLatin1Char('r') || flag == QLatin1Char('a')
        || flag == QLatin1Char('N') || flag == QLatin1Char('R') || flag == QLatin1Char('F')
        || flag == QLatin1Char('B') || flag == QLatin1Char('V');
}

std::optional<QCommandLineOption> longOption(const QList<QCommandLineOption> &options, const QString &name)
{
    const auto it = std::find_if(options.cbegin(), options.cend(),
        [&](const QCommandLineOption &o) { return o.names().contains(name); });
    return it == options.cend() ? std::nullopt : std::optional<QCommandLineOption>(*it);
}

struct Translation
{
    QStringList sendArguments;
    QStringList recipients;
    QString sender;
    bool fromHeaders = false;
};

// sendmail's arguments as send's; false with 'error' set on a usage error.
bool translate(const QStringList &arguments, Translation *t, QString *error)
{
    const QList<QCommandLineOption> options = Commands::sendmailOptions();
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (optionsEnded || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            t->recipients << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (a.startsWith(QLatin1String("--"))) {
            const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
            const std::optional<QCommandLineOption> option = longOption(options, name);
            if (!option) {
                *error = CliText::tr("epistle sendmail does not take --%1").arg(name);
                return false;
            }
            t->sendArguments << a;
            if (!option->valueName().isEmpty() && !a.contains(QLatin1Char('='))) {
                if (i + 1 >= arguments.size()) {
                    *error = CliText::tr("--%1 needs a value").arg(name);
                    return false;
                }
                t->sendArguments << arguments.at(++i);
            }
            continue;
        }
        const QChar flag = a.at(1);
        QString value;
        if (takesValue(flag)) {
            value = a.mid(2);
            if (value.isEmpty()) {
                if (i + 1 >= arguments.size()) {
                    *error = CliText::tr("-%1 needs a value").arg(flag);
                    return false;
                }
                value = arguments.at(++i);
            }
        }
        if (a == QLatin1String("-t")) {
            t->fromHeaders = true;
        } else if (flag == QLatin1Char('f') || flag == QLatin1Char('r')) {
            t->sender = value;
        } else if (flag == QLatin1Char('a')) {
            t->sendArguments << QStringLiteral("--account") << value;
        } else if (flag == QLatin1Char('N')) {
            t->sendArguments << QStringLiteral("--dsn-notify") << value.toLower();
        } else if (flag == QLatin1Char('R')) {
            const QString ret = value.toLower();
            t->sendArguments << QStringLiteral("--dsn-return")
                             << (ret == QLatin1String("hdrs") ? QStringLiteral("headers") : ret);
        } else if (!ignoredFlag(flag)) {
            *error = CliText::tr("epistle sendmail does not know the flag %1 (it takes -t, -f ADDR, -a "
                                 "ACCOUNT, -N, -R, and ignores -i, -o..., -B, -F, -V, -e)")
                         .arg(a);
            return false;
        }
    }
    if (t->fromHeaders && !t->recipients.isEmpty()) {
        // sendmail leaves such recipients out, msmtp adds them: either would surprise someone.
        *error = CliText::tr("give the recipients as arguments or -t, not both");
        return false;
    }
    if (!t->fromHeaders && t->recipients.isEmpty()) {
        *error = CliText::tr("no recipients: name them as arguments, or give -t to take them from the "
                             "message's To, Cc and Bcc fields");
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> Commands::sendmailOptions()
{
    // send's own descriptions, so the manual describes each option once.
    QList<QCommandLineOption> options = ConnectionOptions::options() + Cli::outputOptions();
    for (const QCommandLineOption &o : sendOptions()) {
        if (o.names().contains(QLatin1String("queue")) || o.names().contains(QLatin1String("keep-on-failure"))
            || o.names().contains(QLatin1String("require-tls"))) {
            options << o;
        }
    }
    return options;
}

int Commands::sendmail(const QStringList &arguments)
{
    Translation t;
    QString error;
    if (!translate(arguments, &t, &error)) {
        return Cli::usageError(error);
    }
    QStringList send { QStringLiteral("--eml"), QStringLiteral("-") };
    send << t.sendArguments;
    if (!t.sender.isEmpty()) {
        send << QStringLiteral("--from") << t.sender;
    }
    for (const QString &r : std::as_const(t.recipients)) {
        send << QStringLiteral("--to") << r;
    }
    return Commands::send(send);
}
