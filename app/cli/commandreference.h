#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

// Everything `epistle help`, the manual page epistle(1) and the shell completions say about the command
// line, in one place: each sub-command with its synopsis and prose and the very option list its parser
// registers (Commands::sendOptions() and the like), the exit codes, the environment and the files. The
// writers (HelpText, ManPage, ShellCompletion) only lay this out; none of them knows an option by name.
namespace CommandReference {

using OptionList = QList<QCommandLineOption> (*)();

// What a positional argument or an option's value is, so that completion can offer candidates.
enum class Value {
    Text, // anything: nothing to offer
    File,
    Account, // a saved account's name (from `epistle accounts list --json`)
    OutboxId, // a message waiting in the outbox (from `epistle outbox list --json`)
    Command, // a sub-command's name (`epistle help COMMAND`)
    Choice, // one of choices(option)
};

// One verb of a command with several ("accounts add", "outbox retry").
struct Action
{
    QString name;
    QString synopsis; // what follows "epistle COMMAND ACTION"
    const char *summary; // one line, English (QT_TRANSLATE_NOOP; translated for the terminal only)
    Value argument = Value::Text; // what its positional arguments are
    OptionList options = nullptr; // its own parser's options; nullptr: the command's
};

// One sub-command (send, test, accounts, outbox, drafts, help).
struct Command
{
    QString name;
    QString synopsis; // what follows "epistle COMMAND" when it has no actions
    const char *summary;
    const char *description; // paragraphs, separated by blank lines
    OptionList options = nullptr; // nullptr when each action registers its own
    QList<Action> actions;
    int (*run)(const QStringList &arguments) = nullptr;
};

// Options several commands share (connection, message, output): described once in the manual, and named
// as a group in a command's synopsis.
struct OptionGroup
{
    QString name; // "connection", as the synopses write it: [connection]
    const char *title;
    const char *description;
    OptionList options;
};

// A paragraph of the manual other than a command's: exit codes, environment, files.
struct Entry
{
    QString term; // "78", "EPISTLE_SMTP_LOG=FILE", "~/.config/Epistle/epistle/accounts.conf"
    const char *text;
    const char *brief = nullptr; // a few words, where the help's overview lists the entries on one line
};

// The sub-commands, in the order the help and the manual present them.
const QList<Command> &commands();
const Command *command(const QString &name);
const QList<OptionGroup> &groups();

// The options of `epistle` itself (GUI: --startup-time ...; and --help, --version).
QList<QCommandLineOption> programOptions();

// Whether two options are the same: names, value and description.
bool sameOption(const QCommandLineOption &a, const QCommandLineOption &b);
// The options 'command' (and 'action', when it has actions) accepts, in registration order.
QList<QCommandLineOption> optionsOf(const Command &command, const Action *action = nullptr);
// The group an option of a command belongs to (same names and description), or nullptr for its own.
const OptionGroup *groupOf(const QCommandLineOption &option);
// The groups a list of options takes whole, and the options that remain (the command's own).
QList<const OptionGroup *> groupsIn(const QList<QCommandLineOption> &options);
QList<QCommandLineOption> ownOptions(const QList<QCommandLineOption> &options);

// What an option's value is, and for Value::Choice the words completion offers.
Value valueOf(const QCommandLineOption &option);
QStringList choices(const QCommandLineOption &option);

// "--server HOST[:PORT]", "--dry-run", "-h, --help".
QString optionSynopsis(const QCommandLineOption &option);

const char *programSummary(); // the manual's NAME line
const char *programDescription(); // paragraphs
const QList<Entry> &guiUsage(); // "epistle", "epistle mailto:URL"
const QList<Entry> &exitCodes();
const QList<Entry> &environment();
const QList<Entry> &files();
const QList<Entry> &examples(); // term: the command line; text: what it does
QStringList seeAlso(); // "msmtp(1)", ...

// A text of this reference for the terminal: translated when a translator is installed.
QString translated(const char *text);
} // namespace CommandReference
