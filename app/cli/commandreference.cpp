#include "commandreference.h"

#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "guioptions.h"
#include "messageoptions.h"

#include "smtp/sasl.h"
#include "smtp/smtp.h"

#include <QCoreApplication>
#include <QMetaEnum>

// The prose here is the manual's and the help's; it says what the code does today. Sentences are marked
// with QT_TRANSLATE_NOOP so that the terminal help can be translated; the manual is written in English.

namespace CommandReference {
namespace {

Command sendCommand()
{
    return { QStringLiteral("send"),
        QStringLiteral("[connection] [message] [output] [--queue | --send-at TIME]"),
        QT_TRANSLATE_NOOP("CommandReference", "Send a message."),
        QT_TRANSLATE_NOOP("CommandReference",
            "Composes a message from the message options, or takes a prepared one with --eml, and sends it "
            "through the SMTP server the connection options name. Without --account or --server the default "
            "account is used.\n\n"
            "Every message goes through the outbox, the same one the composer window uses: it is put there "
            "first, then sent at once. When sending fails, standard error says what the server replied; "
            "the exit code says the rest, so the message is taken out of the outbox again, unless "
            "--keep-on-failure keeps it there for epistle outbox flush. A message that may have been "
            "delivered (the connection broke after its last byte left) always stays, marked so, and is never "
            "sent again on its own: check with the recipients, then epistle outbox retry ID or epistle "
            "outbox remove ID. --queue leaves the message in the outbox (epistle outbox flush sends it), "
            "--send-at keeps it there until the given time, and --dry-run writes the composed message "
            "instead of sending it."),
        Commands::sendOptions, {}, Commands::send };
}

Command testCommand()
{
    return { QStringLiteral("test"),
        QStringLiteral("[connection] [--from ADDR] [--rcpt ADDR] [--size BYTES]"),
        QT_TRANSLATE_NOOP("CommandReference", "Check a server's settings step by step without sending."),
        QT_TRANSLATE_NOOP("CommandReference",
            "Connects to the server and runs each step a send would: the connection, TLS (the certificate "
            "checked against the server's name), EHLO, STARTTLS, the login; with --from and --rcpt also MAIL "
            "FROM and RCPT TO, then RSET, so nothing is sent. Each step is printed with the server's reply "
            "and how long it took; a step that fails comes with a diagnosis and what to change. The exit "
            "status is 0 when every step passed, otherwise that of the first step that failed."),
        Commands::testOptions, {}, Commands::test };
}

Command sendmailCommand()
{
    return { QStringLiteral("sendmail"),
        QStringLiteral("[connection] [-t] [-f ADDR] [-a ACCOUNT] [--] [RECIPIENT...]"),
        QT_TRANSLATE_NOOP(
            "CommandReference", "Send the message on standard input, called as sendmail or msmtp is."),
        QT_TRANSLATE_NOOP("CommandReference",
            "For mail programs that hand a message to sendmail or msmtp: git send-email "
            "--sendmail-cmd=\"epistle "
            "sendmail\", mutt's set sendmail=\"epistle sendmail -a work\". The message is read from standard "
            "input and sent as it is, like epistle send --eml -: the recipients are the arguments, or with "
            "-t "
            "the message's To, Cc and Bcc fields (not both); the sender is -f ADDR, else the message's From "
            "field; -a ACCOUNT is --account. -N and -R ask for delivery notifications (--dsn-notify, "
            "--dsn-return; hdrs means headers). -i, -o..., -B, -F, -V and -e are accepted and ignored: the "
            "message is always read to its end, as msmtp reads it. The outbox, its keep rule and the exit "
            "codes are send's."),
        Commands::sendmailOptions, {}, Commands::sendmail };
}

Command accountsCommand()
{
    return { QStringLiteral("accounts"), QString(),
        QT_TRANSLATE_NOOP("CommandReference", "Manage the saved accounts."),
        QT_TRANSLATE_NOOP("CommandReference",
            "An account is a saved set of connection options with a sender address and a few extras "
            "(display name, Reply-To, signature, proxy, delivery notifications); send and test use one with "
            "--account NAME, and the default one when neither --account nor --server is given. The composer "
            "window shows the same accounts. NAME is the account's name or its id.\n\n"
            "Passwords and OAuth tokens go to the system keychain (Secret Service or KWallet), never to a "
            "file: add and edit store the one given with --password-env or --password-file there.\n\n"
            "Google and Microsoft accounts sign in with OAuth 2 instead of a password: add the account with "
            "--auth xoauth2 --oauth google (or microsoft, or custom with --oauth-authorize-url, "
            "--oauth-token-url and --oauth-scope), then run accounts login NAME once. The OAuth client id "
            "comes from --oauth-client-id, else from the one built into this package, else from the "
            "provider file; a client secret, where the provider needs one, from the environment variable "
            "--oauth-client-secret-env names (kept in the keychain).\n\n"
            "With --imap-server, every message the account sends is also saved in the Sent folder of that "
            "IMAP server, once the SMTP server accepted it: the folder the server marks as Sent (or a "
            "well-known name), the one --sent-folder names, or none with --sent-folder none. The IMAP login "
            "and password are the SMTP ones unless --imap-user names another login (whose password "
            "--imap-password-env or --imap-password-file puts in the keychain)."),
        nullptr,
        {
            { QStringLiteral("list"), QStringLiteral("[--json]"),
                QT_TRANSLATE_NOOP("CommandReference", "List the accounts; * marks the default one."),
                Value::Text, [] { return Commands::accountsOptions(QStringLiteral("list")); } },
            { QStringLiteral("show"), QStringLiteral("NAME [--json]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "Show an account's settings, and whether its password is saved (never the password)."),
                Value::Account, [] { return Commands::accountsOptions(QStringLiteral("show")); } },
            { QStringLiteral("add"), QStringLiteral("NAME [connection] --from ADDR [options]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "Save a new account; --server and --security are needed, the rest is optional."),
                Value::Text, [] { return Commands::accountsOptions(QStringLiteral("add")); } },
            { QStringLiteral("edit"), QStringLiteral("NAME [connection] [options]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "Change an account; what is not given keeps its value. The same options as add."),
                Value::Account, [] { return Commands::accountsOptions(QStringLiteral("edit")); } },
            { QStringLiteral("rename"), QStringLiteral("NAME NEW-NAME"),
                QT_TRANSLATE_NOOP("CommandReference", "Give an account another name."), Value::Account,
                [] { return Commands::accountsOptions(QStringLiteral("rename")); } },
            { QStringLiteral("remove"), QStringLiteral("NAME"),
                QT_TRANSLATE_NOOP(
                    "CommandReference", "Remove an account, and its password from the system keychain."),
                Value::Account, [] { return Commands::accountsOptions(QStringLiteral("remove")); } },
            { QStringLiteral("default"), QStringLiteral("NAME"),
                QT_TRANSLATE_NOOP("CommandReference", "Make an account the default one."), Value::Account,
                [] { return Commands::accountsOptions(QStringLiteral("default")); } },
            { QStringLiteral("discover"), QStringLiteral("ADDRESS [--json] [--timeout SECONDS] [--no-probe]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "Find the server settings for an e-mail address: DNS SRV records (RFC 6186), the "
                    "provider's autoconfig file, the settings of large providers Epistle knows, then a "
                    "probe of the usual server names; prints the command that saves the best."),
                Value::Text, [] { return Commands::accountsOptions(QStringLiteral("discover")); } },
            { QStringLiteral("login"), QStringLiteral("NAME [--no-browser] [--timeout SECONDS]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "Sign an OAuth 2 account in (one added with --oauth google|microsoft|custom): prints "
                    "\"Open this address in a browser to sign in: URL\" on standard error, opens the browser "
                    "unless --no-browser, waits for the provider's answer on 127.0.0.1 (5 minutes unless "
                    "--timeout), then keeps the refresh token in the system keychain and prints \"Signed in "
                    "as ADDR\". Exit 77 when the provider refuses, 75 when no answer comes in time. send "
                    "and test then refresh the access token as needed; a sign-in the provider revoked ends "
                    "with exit 77 and the login command to run again."),
                Value::Account, [] { return Commands::accountsOptions(QStringLiteral("login")); } },
        },
        Commands::accounts };
}

Command outboxCommand()
{
    return { QStringLiteral("outbox"), QString(),
        QT_TRANSLATE_NOOP("CommandReference", "List, send or remove the messages waiting to be sent."),
        QT_TRANSLATE_NOOP("CommandReference",
            "The outbox holds the messages that are queued, waiting for another try after a temporary "
            "failure, or that may have been sent already. It is shared with the composer window. ID is a "
            "message's id as list shows it, or a part of it that names one message. The connection options "
            "of flush and retry replace the account a message was queued with."),
        Commands::outboxOptions,
        {
            { QStringLiteral("list"), QStringLiteral("[--sent] [--json]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "List the outbox (with --sent: the sent messages and their delivery reports).") },
            { QStringLiteral("flush"), QStringLiteral("[connection] [--trace] [--json]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "Send every message that is due, first in first out, one connection per account; then "
                    "save the copies still owed to the IMAP servers' Sent folders.") },
            { QStringLiteral("retry"), QStringLiteral("ID [connection] [--trace] [--json]"),
                QT_TRANSLATE_NOOP("CommandReference",
                    "Send one message now, also one that may have been sent: the person's decision."),
                Value::OutboxId },
            { QStringLiteral("remove"), QStringLiteral("ID [--json]"),
                QT_TRANSLATE_NOOP("CommandReference", "Drop a message from the outbox."), Value::OutboxId },
        },
        Commands::outbox };
}

Command draftsCommand()
{
    return { QStringLiteral("drafts"), QString(),
        QT_TRANSLATE_NOOP("CommandReference", "List the drafts the composer saved."),
        QT_TRANSLATE_NOOP("CommandReference",
            "Drafts save themselves while a message is written in the composer window; a draft is closed, "
            "open in a window, or recoverable (its window was closed by a crash: the next start offers it "
            "back)."),
        Commands::draftsOptions,
        { { QStringLiteral("list"), QStringLiteral("[--json]"),
            QT_TRANSLATE_NOOP("CommandReference", "List the drafts, newest first.") } },
        Commands::drafts };
}

Command helpCommand()
{
    return { QStringLiteral("help"), QStringLiteral("[COMMAND [ACTION]]"),
        QT_TRANSLATE_NOOP("CommandReference", "Show the commands, or a command's options."),
        QT_TRANSLATE_NOOP("CommandReference",
            "Without a command: the commands and what they do. With one: its synopsis and every option it "
            "takes; epistle COMMAND --help says the same. --man and --completion write this manual page and "
            "the shell completions (the build installs them)."),
        Commands::helpOptions, {}, Commands::help };
}

QList<Command> makeCommands()
{
    return { sendCommand(), sendmailCommand(), testCommand(), accountsCommand(), outboxCommand(),
        draftsCommand(), helpCommand() };
}

QList<OptionGroup> makeGroups()
{
    return {
        { QStringLiteral("connection"), QT_TRANSLATE_NOOP("CommandReference", "Connection options"),
            QT_TRANSLATE_NOOP("CommandReference",
                "How to reach the SMTP server: a saved account (--account), or a server given in full "
                "(--server and --security, with --user and a password source for a login). Options given "
                "with --account replace that account's settings for this run; without --account or --server "
                "the default account is used.\n\n"
                "A password never comes from the command line itself: it comes from --password-env, "
                "--password-file, the system keychain (saved accounts) or a prompt on the terminal. "
                "--security starttls requires STARTTLS: Epistle never falls back to plain text. Certificates "
                "are checked against the server's name; --ca-file and --fingerprint add trust, nothing turns "
                "the check off. No password is sent before TLS, except to a server on this machine."),
            ConnectionOptions::options },
        { QStringLiteral("message"), QT_TRANSLATE_NOOP("CommandReference", "Message options"),
            QT_TRANSLATE_NOOP("CommandReference",
                "What to send: the sender, the recipients, the subject and the text, with attachments and "
                "inline images; or a prepared message (--eml), sent as it is but for its Bcc header fields, "
                "with the envelope from --from and --to or else from its headers. Addresses are written "
                "addr or \"Name <addr>\"; --to, --cc and --bcc also take comma-separated lists. Bcc "
                "recipients never appear in the headers."),
            MessageOptions::options },
        { QStringLiteral("output"), QT_TRANSLATE_NOOP("CommandReference", "Output options"),
            QT_TRANSLATE_NOOP("CommandReference",
                "The transcript of --trace has a C: line for each command and an S: line for each reply, "
                "with passwords and tokens redacted. The JSON object of --json (one line) says ok, the "
                "server and its TLS session, each recipient's result, each step with its reply and time, "
                "the round trips and bytes sent, and the error: its step, reply code, enhanced status code "
                "and message; with an account that keeps copies, sentCopy says whether the copy is in the "
                "IMAP server's Sent folder (ok, folder, uid) or what went wrong (the message itself is never "
                "sent again for it; outbox flush tries the copy again)."),
            Cli::outputOptions },
    };
}

bool contains(const QList<QCommandLineOption> &list, const QCommandLineOption &option)
{
    return std::any_of(
        list.cbegin(), list.cend(), [&](const QCommandLineOption &o) { return sameOption(o, option); });
}

} // namespace

bool sameOption(const QCommandLineOption &a, const QCommandLineOption &b)
{
    return a.names() == b.names() && a.description() == b.description() && a.valueName() == b.valueName();
}

const QList<Command> &commands()
{
    static const QList<Command> list = makeCommands();
    return list;
}

const Command *command(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

const QList<OptionGroup> &groups()
{
    static const QList<OptionGroup> list = makeGroups();
    return list;
}

QList<QCommandLineOption> programOptions()
{
    QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        translated(QT_TRANSLATE_NOOP(
            "CommandReference", "Show the commands (epistle help COMMAND: a command's options).")));
    QCommandLineOption version(
        QStringLiteral("version"), translated(QT_TRANSLATE_NOOP("CommandReference", "Print the version.")));
    return QList<QCommandLineOption> { help, version } + GuiOptions::all();
}

QList<QCommandLineOption> optionsOf(const Command &command, const Action *action)
{
    if (action && action->options) {
        return action->options();
    }
    return command.options ? command.options() : QList<QCommandLineOption>();
}

const OptionGroup *groupOf(const QCommandLineOption &option)
{
    for (const OptionGroup &g : groups()) {
        if (contains(g.options(), option)) {
            return &g;
        }
    }
    return nullptr;
}

QList<const OptionGroup *> groupsIn(const QList<QCommandLineOption> &options)
{
    QList<const OptionGroup *> out;
    for (const OptionGroup &g : groups()) {
        const QList<QCommandLineOption> members = g.options();
        if (std::all_of(members.cbegin(), members.cend(),
                [&](const QCommandLineOption &o) { return contains(options, o); })) {
            out.append(&g);
        }
    }
    return out;
}

QList<QCommandLineOption> ownOptions(const QList<QCommandLineOption> &options)
{
    QList<QCommandLineOption> taken;
    for (const OptionGroup *g : groupsIn(options)) {
        taken += g->options();
    }
    QList<QCommandLineOption> out;
    for (const QCommandLineOption &o : options) {
        if (!contains(taken, o)) {
            out.append(o);
        }
    }
    return out;
}

Value valueOf(const QCommandLineOption &option)
{
    const QString value = option.valueName();
    if (value.isEmpty()) {
        return Value::Text;
    }
    if (value == QLatin1String("FILE") || value == QLatin1String("PEM")) {
        return Value::File;
    }
    if (option.names().contains(QLatin1String("account"))) {
        return Value::Account;
    }
    return choices(option).isEmpty() ? Value::Text : Value::Choice;
}

QStringList choices(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    if (name == QLatin1String("security")) {
        QStringList out;
        const QMetaEnum modes = QMetaEnum::fromType<Smtp::Security>();
        for (int i = 0; i < modes.keyCount(); ++i) {
            out.append(QString::fromLatin1(Smtp::securityName(Smtp::Security(modes.value(i)))));
        }
        return out;
    }
    if (name == QLatin1String("auth")) {
        QStringList out { QStringLiteral("auto"), QStringLiteral("none") };
        for (const QByteArray &mechanism : SaslMechanisms::supported()) {
            out.append(QString::fromLatin1(mechanism).toLower());
        }
        return out;
    }
    // The other options with a fixed set of values name them in their description, which differs between
    // commands ("default" is an account's value only): offer the words this description names.
    QStringList words;
    if (name == QLatin1String("dsn-return")) {
        words = QStringList { QStringLiteral("default"), QStringLiteral("full"), QStringLiteral("headers") };
    } else if (name == QLatin1String("dsn-notify")) {
        words = QStringList { QStringLiteral("default"), QStringLiteral("never"), QStringLiteral("success"),
            QStringLiteral("failure"), QStringLiteral("delay") };
    } else if (name == QLatin1String("oauth")) {
        words = QStringList { QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("custom"),
            QStringLiteral("none") };
    } else if (name == QLatin1String("require-tls")) {
        words = QStringList { QStringLiteral("yes"), QStringLiteral("no") };
    } else if (name == QLatin1String("completion")) {
        words = QStringList { QStringLiteral("bash"), QStringLiteral("zsh") };
    } else if (name == QLatin1String("proxy")) {
        words = QStringList { QStringLiteral("none"), QStringLiteral("system"), QStringLiteral("socks5://"),
            QStringLiteral("http://") };
    }
    QStringList out;
    for (const QString &word : std::as_const(words)) {
        if (option.description().contains(word)) {
            out.append(word);
        }
    }
    return out;
}

QString optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &n : option.names()) {
        names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    }
    QString text = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty()) {
        text += QLatin1Char(' ') + option.valueName();
    }
    return text;
}

const char *programSummary()
{
    return QT_TRANSLATE_NOOP("CommandReference", "write and send mail through your own SMTP accounts");
}

const char *programDescription()
{
    return QT_TRANSLATE_NOOP("CommandReference",
        "Epistle is a mail composer for the desktop with a dependable SMTP engine. Started without a "
        "command, or with a mailto: URL (as the desktop does when a mail link is clicked), it opens the "
        "composer window. With a command it works without a window, the way msmtp and swaks are used: it "
        "sends a message, checks a server's settings step by step, manages the saved accounts, and shows "
        "the outbox and the drafts it shares with the composer window.\n\n"
        "What Epistle says is what the server replied: a message is reported sent only when the server "
        "accepted it with a definite 2xx reply, and one that may have been delivered is named so and never "
        "sent twice on its own.");
}

const QList<Entry> &guiUsage()
{
    static const QList<Entry> list {
        { QStringLiteral("epistle"), QT_TRANSLATE_NOOP("CommandReference", "Open the composer window.") },
        { QStringLiteral("epistle mailto:ADDR?subject=..."),
            QT_TRANSLATE_NOOP("CommandReference",
                "Open the composer filled in from a mailto: URL (RFC 6068: to, cc, bcc, subject, body; "
                "files named by attach= are listed and must be confirmed before sending).") },
    };
    return list;
}

const QList<Entry> &exitCodes()
{
    // sysexits.h, as sendmail and msmtp use them; the values are ExitCode's (cliutil.h).
    static const QList<Entry> list {
        { QString::number(ExitCode::Ok),
            QT_TRANSLATE_NOOP("CommandReference",
                "Success: the server accepted the message, every step of the test passed, or the command "
                "did what it was asked."),
            QT_TRANSLATE_NOOP("CommandReference", "success") },
        { QString::number(ExitCode::Usage),
            QT_TRANSLATE_NOOP("CommandReference",
                "Usage error: an unknown command or option, a missing or malformed value, options that do "
                "not go together."),
            QT_TRANSLATE_NOOP("CommandReference", "usage") },
        { QString::number(ExitCode::DataError),
            QT_TRANSLATE_NOOP("CommandReference",
                "The server refused the message, its sender or every recipient (a 5xx reply), or the "
                "message cannot be built as given."),
            QT_TRANSLATE_NOOP("CommandReference", "refused") },
        { QString::number(ExitCode::NoInput),
            QT_TRANSLATE_NOOP(
                "CommandReference", "A file to read cannot be read, or no outbox message has the given ID."),
            QT_TRANSLATE_NOOP("CommandReference", "cannot read") },
        { QString::number(ExitCode::Unavailable),
            QT_TRANSLATE_NOOP("CommandReference",
                "The server cannot be reached or refuses service: unknown host, connection refused, TLS "
                "handshake failed, STARTTLS not offered, greeting or EHLO refused; also a discovery that "
                "found nothing."),
            QT_TRANSLATE_NOOP("CommandReference", "unavailable") },
        { QString::number(ExitCode::Software), QT_TRANSLATE_NOOP("CommandReference", "An internal error."),
            QT_TRANSLATE_NOOP("CommandReference", "internal error") },
        { QString::number(ExitCode::CantCreate),
            QT_TRANSLATE_NOOP("CommandReference",
                "A file cannot be written: the --output file, the outbox, or the accounts file."),
            QT_TRANSLATE_NOOP("CommandReference", "cannot write") },
        { QString::number(ExitCode::TempFail),
            QT_TRANSLATE_NOOP("CommandReference",
                "Temporary failure: a 4xx reply, a timeout, a lost connection; also a message that may have "
                "been sent (the connection broke after its end had left). Trying again later may work."),
            QT_TRANSLATE_NOOP("CommandReference", "temporary failure") },
        { QString::number(ExitCode::Protocol),
            QT_TRANSLATE_NOOP("CommandReference",
                "Protocol error: the server broke the protocol (malformed or unsolicited replies, data "
                "injected before TLS)."),
            QT_TRANSLATE_NOOP("CommandReference", "protocol error") },
        { QString::number(ExitCode::NoPerm),
            QT_TRANSLATE_NOOP("CommandReference",
                "Authentication failed: the login was refused, the server's SCRAM signature did not "
                "verify, or an OAuth sign-in has expired or been revoked."),
            QT_TRANSLATE_NOOP("CommandReference", "authentication failed") },
        { QString::number(ExitCode::Config),
            QT_TRANSLATE_NOOP("CommandReference",
                "Configuration error: an unknown account, a certificate that is not trusted, the wrong "
                "security mode for the port, an unusable accounts file, no password to be had."),
            QT_TRANSLATE_NOOP("CommandReference", "configuration") },
    };
    return list;
}

const QList<Entry> &environment()
{
    static const QList<Entry> list {
        { QStringLiteral("EPISTLE_SMTP_LOG=FILE"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Append every SMTP session, of the window and of the command line, to FILE as C: and S: "
                "lines (the format of --trace), with passwords and tokens redacted.") },
        { QStringLiteral("EPISTLE_IMAP_LOG=FILE"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Append every IMAP session to FILE in the same way, with passwords and tokens redacted and "
                "message literals shown by their size only.") },
        { QStringLiteral("EPISTLE_STARTUP_TIME=1"),
            QT_TRANSLATE_NOOP("CommandReference", "The same as --startup-time.") },
        { QStringLiteral("EPISTLE_DEMO_SMTP=HOST:PORT"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Add an account named \"Local test server\" for a server on this machine without encryption "
                "or login, marked local-test-server in accounts.conf (the source tree's scripts/run sets it "
                "for its demo server, which keeps what it receives in demo-mail in the data folder). The "
                "first other account added becomes the default in its place.") },
        { QStringLiteral("XDG_CONFIG_HOME, XDG_DATA_HOME"),
            QT_TRANSLATE_NOOP("CommandReference", "Where the files below are (see FILES).") },
        { QStringLiteral("http_proxy, https_proxy, all_proxy, no_proxy"),
            QT_TRANSLATE_NOOP("CommandReference",
                "The proxy for accounts whose proxy is \"system\" (the default), along with the desktop's "
                "proxy settings.") },
        { QStringLiteral("QT_LOGGING_RULES"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Turn on diagnostics by area: epistle.smtp, epistle.mime, epistle.accounts, epistle.store, "
                "epistle.imap, epistle.oauth "
                "(e.g. QT_LOGGING_RULES=\"epistle.smtp.debug=true\").") },
        { QStringLiteral("LANGUAGE, LC_ALL, LC_MESSAGES, LANG"),
            QT_TRANSLATE_NOOP("CommandReference", "The language of the composer window.") },
    };
    return list;
}

const QList<Entry> &files()
{
    static const QList<Entry> list {
        { QStringLiteral("${XDG_CONFIG_HOME:-~/.config}/Epistle/epistle/accounts.conf"),
            QT_TRANSLATE_NOOP("CommandReference",
                "The accounts (no passwords). Written atomically; an entry that cannot be read is named by "
                "its line, and the others still work.") },
        { QStringLiteral("${XDG_CONFIG_HOME:-~/.config}/Epistle/epistle/certificates/"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Copies of the certificates trusted from the window's certificate screen, one SHA-256.pem "
                "each, so the account settings can say whose a pin is and until when (the pin itself is in "
                "accounts.conf).") },
        { QStringLiteral("${XDG_CONFIG_HOME:-~/.config}/Epistle/epistle/ui.conf"),
            QT_TRANSLATE_NOOP("CommandReference",
                "What the composer window remembers: addresses written to before, the servers' size "
                "limits.") },
        { QStringLiteral("${XDG_DATA_HOME:-~/.local/share}/Epistle/epistle/"),
            QT_TRANSLATE_NOOP("CommandReference",
                "The drafts, outbox and sent folders: one .eml file per message with a small JSON file "
                "beside it (envelope, state, delivery report); demo-mail holds what the local test server "
                "received.") },
        { QStringLiteral("The system keychain"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Passwords and OAuth tokens, under the service name \"epistle\" (Secret Service, e.g. GNOME "
                "Keyring or KWallet, through QtKeychain). Without a keychain they are kept for the session "
                "only.") },
    };
    return list;
}

const QList<Entry> &examples()
{
    static const QList<Entry> list {
        { QStringLiteral("export SMTP_PASSWORD='...'\n"
                         "epistle send --server smtp.example.org:587 --security starttls \\\n"
                         "    --user alice@example.org --password-env SMTP_PASSWORD \\\n"
                         "    --from 'Alice <alice@example.org>' --to bob@example.org \\\n"
                         "    --subject Hello --body 'Hi Bob' --trace"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Send through a submission server with STARTTLS and the strongest login mechanism it "
                "offers, showing every protocol step.") },
        { QStringLiteral("epistle test --server smtp.example.org:465 --security tls \\\n"
                         "    --user alice@example.org --password-env SMTP_PASSWORD --json"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Check a server's settings without sending anything; exit status 0 when every step "
                "passed.") },
        { QStringLiteral("epistle accounts discover alice@example.org\n"
                         "epistle accounts add work --server smtp.example.org:587 --security starttls \\\n"
                         "    --user alice@example.org --password-env SMTP_PASSWORD \\\n"
                         "    --from alice@example.org --name 'Alice Example'\n"
                         "epistle send --account work --to bob@example.org --subject Report \\\n"
                         "    --body-file notes.txt --attach report.pdf"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Find an address's settings, save them once as an account (the password goes to the "
                "keychain), then send with it by name.") },
        { QStringLiteral("epistle send --dry-run --output msg.eml --from a@example.org \\\n"
                         "    --to b@example.org --subject Report --body-file notes.txt"),
            QT_TRANSLATE_NOOP("CommandReference", "Write the exact bytes that would be sent.") },
        { QStringLiteral("epistle send --account work --eml - < msg.eml"),
            QT_TRANSLATE_NOOP("CommandReference",
                "Send a prepared message as it is, read from standard input (from another program, too): "
                "the envelope comes from its From, To, Cc and Bcc header fields, and the Bcc field is not "
                "sent.") },
        { QStringLiteral("epistle outbox list\nepistle outbox flush"),
            QT_TRANSLATE_NOOP("CommandReference", "See what waits in the outbox, and send it now.") },
        { QStringLiteral("xdg-mime default io.github.epistle.Epistle.desktop x-scheme-handler/mailto"),
            QT_TRANSLATE_NOOP("CommandReference", "Make Epistle the desktop's handler for mail links.") },
    };
    return list;
}

QStringList seeAlso()
{
    return { QStringLiteral("msmtp(1)"), QStringLiteral("swaks(1)"), QStringLiteral("xdg-mime(1)"),
        QStringLiteral("sysexits.h(3head)") };
}

QString translated(const char *text)
{
    return QCoreApplication::translate("CommandReference", text);
}

} // namespace CommandReference
