#include "cli.h"

#include "cliutil.h"
#include "commands.h"

int Commands::help(const QStringList &)
{
    Cli::out(QStringLiteral(
        "Usage:\n"
        "  epistle                                  open the composer\n"
        "  epistle mailto:ADDR?subject=...          open the composer, filled in (RFC 6068)\n"
        "  epistle send [connection] [message] [output]\n"
        "  epistle test [connection] [--from ADDR] [--rcpt ADDR] [--size BYTES]\n"
        "  epistle outbox list [--sent] | flush [connection] | retry ID [connection] | remove ID   [--json]\n"
        "  epistle drafts list [--json]\n"
        "  epistle accounts list [--json] | show NAME [--json] | remove NAME | default NAME\n"
        "                   | add NAME [connection] --from ADDR [--name \"Display Name\"] [profile]\n"
        "                   | edit NAME [connection] [--from ADDR] [profile] | rename NAME NEW\n"
        "                   | discover ADDRESS [--json] [--timeout SECONDS] [--no-probe]\n"
        "                   | login NAME [--no-browser] [--timeout SECONDS] [--redirect-port PORT]\n"
        "  epistle help [COMMAND]\n"
        "\n"
        "connection: --account NAME | --server HOST[:PORT] --security tls|starttls|none\n"
        "            [--user USER] [--password-env VAR | --password-file FILE]\n"
        "            [--auth "
        "auto|none|plain|login|cram-md5|digest-md5|scram-sha-1|scram-sha-256|xoauth2|oauthbearer]\n"
        "            [--ca-file PEM] [--fingerprint SHA256] [--helo NAME] [--timeout SECONDS]\n"
        "message:    --from ADDR --to ADDR... [--cc ADDR...] [--bcc ADDR...] [--reply-to ADDR] --subject "
        "TEXT\n"
        "            [--body TEXT | --body-file FILE|-] [--html-file FILE] [--attach FILE...] [--inline "
        "FILE...]\n"
        "            [--header \"Name: value\"...] [--dsn-notify WHEN] [--dsn-return full|headers]\n"
        "            or --eml FILE --from ADDR --to ADDR...\n"
        "profile:    [--reply-to ADDR] [--signature-file FILE] [--proxy "
        "none|system|socks5://H:P|http://H:P]\n"
        "            [--proxy-user USER] [--dsn-notify WHEN] [--dsn-return full|headers] [--default]\n"
        "            [--auth xoauth2|oauthbearer --oauth google|microsoft|custom [--oauth-authorize-url URL\n"
        "             --oauth-token-url URL --oauth-scope \"SCOPES\"] [--oauth-client-id ID]\n"
        "             [--oauth-client-secret-env VAR]]   (then: epistle accounts login NAME)\n"
        "            (add/edit save --password-env/--password-file in the system keychain, never in a file;\n"
        "             without --account or --server, send and test use the default account)\n"
        "output:     --trace | --json | --dry-run [--output FILE] | --queue | --send-at TIME\n"
        "            (send puts every message in the outbox first; --queue leaves it there, --send-at TIME\n"
        "             keeps it until then; a message that failed stays there with its error)\n"
        "\n"
        "Exit codes (sysexits.h): 0 sent, 64 usage, 65 refused, 69 unavailable, 75 temporary failure,\n"
        "76 protocol error, 77 authentication failed (also: an OAuth sign-in expired or revoked),\n"
        "78 configuration (unknown account, untrusted "
        "certificate,\n"
        "wrong mode)."));
    return ExitCode::Ok;
}

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
    // "epistle send --help" and the like: the usage, not an unknown option.
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        return Commands::help({ command });
    }
    if (command == QLatin1String("send")) {
        return Commands::send(rest);
    }
    if (command == QLatin1String("test")) {
        return Commands::test(rest);
    }
    if (command == QLatin1String("outbox")) {
        return Commands::outbox(rest);
    }
    if (command == QLatin1String("drafts")) {
        return Commands::drafts(rest);
    }
    if (command == QLatin1String("accounts")) {
        return Commands::accounts(rest);
    }
    if (command == QLatin1String("--version")) {
        out(QStringLiteral("epistle ") + QStringLiteral(EPISTLE_VERSION));
        return ExitCode::Ok;
    }
    if (command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h")) {
        return Commands::help(rest);
    }
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}
