#include "shellcompletion.h"

#include "commandreference.h"

#include <QStringList>

using namespace CommandReference;

namespace {

// One place where options are typed: a command without actions, or one action of a command.
struct Context
{
    const Command *command;
    const Action *action; // nullptr for a command without actions
    QList<QCommandLineOption> options;
    Value argument; // its first positional argument
};

QList<Context> contexts()
{
    QList<Context> out;
    for (const Command &c : commands()) {
        if (c.actions.isEmpty()) {
            const Value argument = c.name == QLatin1String("help") ? Value::Command : Value::Text;
            out.append({ &c, nullptr, optionsOf(c), argument });
        }
        for (const Action &a : c.actions) {
            out.append({ &c, &a, optionsOf(c, &a), a.argument });
        }
    }
    return out;
}

QStringList longNames(const QList<QCommandLineOption> &options, bool withValueOnly)
{
    QStringList out;
    for (const QCommandLineOption &o : options) {
        if ((o.flags() & QCommandLineOption::HiddenFromHelp) || (withValueOnly && o.valueName().isEmpty())) {
            continue;
        }
        for (const QString &n : o.names()) {
            out.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        }
    }
    out.removeDuplicates();
    return out;
}

QString commandNames()
{
    QStringList names;
    for (const Command &c : commands()) {
        names.append(c.name);
    }
    return names.join(QLatin1Char(' '));
}

QString actionNames(const Command &c)
{
    QStringList names;
    for (const Action &a : c.actions) {
        names.append(a.name);
    }
    return names.join(QLatin1Char(' '));
}

// ---- bash ----

const char *BashHelpers
    = R"sh(# Candidates, one a line on stdin, that start with the word being completed; quoted for the shell.
_epistle_reply_lines()
{
    local line typed
    typed=$(dequote "$cur")
    COMPREPLY=()
    while IFS= read -r line; do
        [[ -n $line && $line == "$typed"* ]] && COMPREPLY+=("$(printf '%q' "$line")")
    done
    __ltrim_colon_completions "$cur"
}

# The saved accounts' names and the outbox's message ids, asked from epistle ($1) itself.
_epistle_accounts()
{
    "$1" accounts list --json 2>/dev/null | grep -o '"name":"\([^"\\]\|\\.\)*"' |
        sed -e 's/^"name":"//' -e 's/"$//' -e 's/\\"/"/g' -e 's/\\\\/\\/g'
}

_epistle_outbox_ids()
{
    "$1" outbox list --json 2>/dev/null | grep -o '"id":"[^"]*"' | sed -e 's/^"id":"//' -e 's/"$//'
}

_epistle_words()
{
    COMPREPLY=($(compgen -W "$1" -- "$cur"))
    __ltrim_colon_completions "$cur"
}
)sh";

const char *BashMain = R"sh(_epistle()
{
    local cur prev words cword split
    _init_completion -s -n : || return

    # The command, then its positional arguments (the first is the action of accounts, outbox, drafts).
    local epistle=$1 command= i
    local -a args=()
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        -*)
            if [[ ${words[i]} != *=* ]] && _epistle_takes_value "$command" "${words[i]}"; then
                ((i++))
            fi
            ;;
        *)
            if [[ -z $command ]]; then
                command=${words[i]}
            else
                args+=("${words[i]}")
            fi
            ;;
        esac
    done
    local action= count=${#args[@]}
    if [[ -n $(_epistle_actions "$command") ]]; then
        action=${args[0]}
        ((count > 0)) && ((count--))
    fi

    if [[ $prev == -* ]] && _epistle_takes_value "$command" "$prev"; then
        _epistle_value "$command" "$action" "$prev" "$epistle"
        return
    fi
    $split && return
    if [[ $cur == -* ]]; then
        _epistle_words "$(_epistle_options "$command" "$action")"
    elif [[ -z $command ]]; then
        _epistle_words '%1'
    else
        _epistle_argument "$command" "$action" "$count" "$epistle"
    fi
}
)sh";

QString bashCase(const QString &pattern, const QString &body)
{
    return QStringLiteral("    %1)\n        %2\n        ;;\n").arg(pattern, body);
}

QString bashValueAction(const QCommandLineOption &o)
{
    switch (valueOf(o)) {
    case Value::File:
        return QStringLiteral("_filedir");
    case Value::Account:
        return QStringLiteral("_epistle_reply_lines < <(_epistle_accounts \"$4\")");
    case Value::Choice:
        return QStringLiteral("_epistle_words '%1'").arg(choices(o).join(QLatin1Char(' ')));
    default:
        return {};
    }
}

QString bashArgumentAction(Value argument, const QString &countTest)
{
    switch (argument) {
    case Value::Account:
        return countTest + QStringLiteral("_epistle_reply_lines < <(_epistle_accounts \"$4\")");
    case Value::OutboxId:
        return countTest + QStringLiteral("_epistle_reply_lines < <(_epistle_outbox_ids \"$4\")");
    case Value::Command:
        return QStringLiteral("if (($3 == 0)); then _epistle_words '%1'; elif (($3 == 1)); then "
                              "_epistle_words \"$(_epistle_actions \"${args[0]}\")\"; fi")
            .arg(commandNames());
    default:
        return {};
    }
}

// "cmd/action" for the case patterns; actions that share their command's options (outbox, drafts) take
// them before the action too, so their options are matched as "cmd/*".
QString optionPattern(const Context &x)
{
    return x.command->name + QLatin1Char('/')
        + (x.action && x.action->options ? x.action->name : QStringLiteral("*"));
}

QString bashFunction(const QString &comment, const QString &name, const QString &word, const QString &cases,
    const QString &after = {})
{
    return QStringLiteral("# %1\n%2()\n{\n    case %3 in\n%4    esac\n%5}\n\n")
        .arg(comment, name, word, cases, after);
}

QString bashActionCases()
{
    QString out;
    for (const Command &c : commands()) {
        if (!c.actions.isEmpty()) {
            out += bashCase(c.name, QStringLiteral("echo '%1'").arg(actionNames(c)));
        }
    }
    return out;
}

QString bashTakesValueCases(const QList<Context> &all)
{
    QString out;
    for (const Command &c : commands()) {
        QList<QCommandLineOption> options; // of all its actions: the action is not known yet at this point
        for (const Context &x : all) {
            if (x.command == &c) {
                options += x.options;
            }
        }
        const QStringList valued = longNames(options, true);
        if (!valued.isEmpty()) {
            const QString prefix = c.name + QLatin1Char('/');
            out += bashCase(prefix + valued.join(QLatin1Char('|') + prefix), QStringLiteral("return 0"));
        }
    }
    return out;
}

QString bashOptionCases(const QList<Context> &all)
{
    QString out;
    QStringList done;
    for (const Context &x : all) {
        if (!done.contains(optionPattern(x))) {
            done.append(optionPattern(x));
            const QStringList names = longNames(x.options, false) << QStringLiteral("--help");
            out += bashCase(optionPattern(x), QStringLiteral("echo '%1'").arg(names.join(QLatin1Char(' '))));
        }
    }
    const QStringList program = longNames(programOptions(), false);
    return out
        + bashCase(QStringLiteral("*"), QStringLiteral("echo '%1'").arg(program.join(QLatin1Char(' '))));
}

// One case a kind of value, with every command, action and option that takes it as its pattern.
QString bashValueCases(const QList<Context> &all)
{
    QList<QPair<QString, QStringList>> cases;
    QStringList done;
    for (const Context &x : all) {
        if (done.contains(optionPattern(x))) {
            continue;
        }
        done.append(optionPattern(x));
        for (const QCommandLineOption &o : x.options) {
            const QString action = bashValueAction(o);
            if (action.isEmpty()) {
                continue;
            }
            auto found
                = std::find_if(cases.begin(), cases.end(), [&](const auto &c) { return c.first == action; });
            if (found == cases.end()) {
                cases.append({ action, {} });
                found = cases.end() - 1;
            }
            for (const QString &n : o.names()) {
                found->second.append(optionPattern(x) + QStringLiteral("/--") + n);
            }
        }
    }
    QString out;
    for (const auto &c : std::as_const(cases)) {
        out += bashCase(c.second.join(QLatin1Char('|')), c.first);
    }
    return out;
}

QString bashArgumentCases(const QList<Context> &all)
{
    QString out;
    for (const Command &c : commands()) {
        if (!c.actions.isEmpty()) {
            out += bashCase(
                c.name + QStringLiteral("/"), QStringLiteral("_epistle_words '%1'").arg(actionNames(c)));
        }
    }
    for (const Context &x : all) {
        const QString argument = bashArgumentAction(x.argument, QStringLiteral("(($3 == 0)) && "));
        if (!argument.isEmpty()) {
            out += bashCase(
                x.command->name + QLatin1Char('/') + (x.action ? x.action->name : QStringLiteral("*")),
                argument);
        }
    }
    return out;
}

QString bashFunctions()
{
    const QList<Context> all = contexts();
    return bashFunction(QStringLiteral("The actions of a command (empty: it has none)."),
               QStringLiteral("_epistle_actions"), QStringLiteral("$1"), bashActionCases())
        + bashFunction(QStringLiteral("Whether OPTION ($2) of COMMAND ($1) takes a value."),
            QStringLiteral("_epistle_takes_value"), QStringLiteral("$1/$2"), bashTakesValueCases(all),
            QStringLiteral("    return 1\n"))
        + bashFunction(QStringLiteral("The options of COMMAND ($1) and ACTION ($2)."),
            QStringLiteral("_epistle_options"), QStringLiteral("$1/$2"), bashOptionCases(all))
        + bashFunction(
            QStringLiteral("The value of OPTION ($3) of COMMAND ($1) and ACTION ($2); $4 is epistle."),
            QStringLiteral("_epistle_value"), QStringLiteral("$1/$2/$3"), bashValueCases(all))
        + bashFunction(
            QStringLiteral("The positional argument number $3 (from 0) after COMMAND ($1) and ACTION ($2)."),
            QStringLiteral("_epistle_argument"), QStringLiteral("$1/$2"), bashArgumentCases(all));
}

// ---- zsh ----

const char *ZshHelpers = R"sh(_epistle_accounts()
{
    local -a names
    names=(${(f)"$(${_epistle_program:-epistle} accounts list --json 2>/dev/null |
        grep -o '"name":"\([^"\\]\|\\.\)*"' | sed -e 's/^"name":"//' -e 's/"$//' -e 's/\\"/"/g' -e 's/\\\\/\\/g')"})
    _wanted accounts expl 'account' compadd -a names
}

_epistle_outbox_ids()
{
    local -a ids
    ids=(${(f)"$(${_epistle_program:-epistle} outbox list --json 2>/dev/null | grep -o '"id":"[^"]*"' |
        sed -e 's/^"id":"//' -e 's/"$//')"})
    _wanted outbox-ids expl 'outbox message' compadd -a ids
}
)sh";

// Text inside a single-quoted _arguments spec; 'brackets' also escapes what ends a description.
QString zshQuote(QString text, bool brackets)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    if (brackets) {
        text.replace(QLatin1Char('['), QLatin1String("\\[")).replace(QLatin1Char(']'), QLatin1String("\\]"));
    }
    text.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
}

QString zshValueAction(const QCommandLineOption &o)
{
    switch (valueOf(o)) {
    case Value::File:
        return QStringLiteral("_files");
    case Value::Account:
        return QStringLiteral("_epistle_accounts");
    case Value::Choice:
        return QLatin1Char('(') + choices(o).join(QLatin1Char(' ')) + QLatin1Char(')');
    default:
        return QStringLiteral(" ");
    }
}

// One _arguments spec an option: '*--to[A recipient.]:ADDR: ' or '--json[Print JSON.]'.
QString zshSpec(const QCommandLineOption &o)
{
    QString out;
    const QString description = QLatin1Char('[') + zshQuote(o.description(), true) + QLatin1Char(']');
    QStringList names;
    for (const QString &n : o.names()) {
        names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    }
    for (const QString &name : std::as_const(names)) {
        if (o.valueName().isEmpty()) {
            out += QStringLiteral(" \\\n        '")
                + (names.size() > 1 ? QLatin1Char('(') + names.join(QLatin1Char(' ')) + QLatin1Char(')')
                                    : QString())
                + name + description + QLatin1Char('\'');
        } else {
            out += QStringLiteral(" \\\n        '*") + name + description + QLatin1Char(':')
                + zshQuote(o.valueName(), false) + QLatin1Char(':') + zshQuote(zshValueAction(o), false)
                + QLatin1Char('\'');
        }
    }
    return out;
}

QString zshArgumentSpec(Value argument)
{
    switch (argument) {
    case Value::Account:
        return QStringLiteral(" \\\n        '1:account:_epistle_accounts'");
    case Value::OutboxId:
        return QStringLiteral(" \\\n        '1:outbox message:_epistle_outbox_ids'");
    case Value::Command:
        return QStringLiteral(
            " \\\n        '1:command:_epistle_commands' '2:action:_epistle_command_actions'");
    default:
        // Nothing to offer, said with an empty list: an empty action (' ') here would count as a match and
        // keep zsh from completing an option name alone.
        return QStringLiteral(" \\\n        '*:argument:( )'");
    }
}

QString zshDescribe(const QString &function, const QString &tag, const QString &label,
    const QList<QPair<QString, QString>> &items)
{
    QString out = function + QStringLiteral("()\n{\n    local -a items=(\n");
    for (const auto &item : items) {
        out += QStringLiteral("        '") + zshQuote(item.first, false) + QLatin1Char(':')
            + zshQuote(item.second, false) + QStringLiteral("'\n");
    }
    return out + QStringLiteral("    )\n    _describe -t %1 '%2' items\n}\n\n").arg(tag, label);
}

QString zshFunctions()
{
    QString out;
    QList<QPair<QString, QString>> commandItems;
    for (const Command &c : commands()) {
        commandItems.append({ c.name, translated(c.summary) });
    }
    out += zshDescribe(QStringLiteral("_epistle_commands"), QStringLiteral("commands"),
        QStringLiteral("epistle command"), commandItems);
    QString actionsOf = QStringLiteral("_epistle_command_actions()\n{\n    case $words[2] in\n");
    for (const Command &c : commands()) {
        if (c.actions.isEmpty()) {
            continue;
        }
        QList<QPair<QString, QString>> items;
        for (const Action &a : c.actions) {
            items.append({ a.name, translated(a.summary) });
        }
        out += zshDescribe(QStringLiteral("_epistle_actions_") + c.name, QStringLiteral("actions"),
            c.name + QStringLiteral(" action"), items);
        actionsOf += QStringLiteral("    %1) _epistle_actions_%1 ;;\n").arg(c.name);
    }
    out += actionsOf + QStringLiteral("    esac\n}\n\n");

    // One function a context, run with the words from the command (or the action) on.
    QString dispatch = QStringLiteral("_epistle_arguments()\n{\n    case $words[1] in\n");
    for (const Command &c : commands()) {
        if (c.actions.isEmpty()) {
            const Value argument = c.name == QLatin1String("help") ? Value::Command : Value::Text;
            out += QStringLiteral("_epistle_cmd_%1()\n{\n    _arguments -S").arg(c.name);
            for (const QCommandLineOption &o : optionsOf(c)) {
                out += zshSpec(o);
            }
            out += zshArgumentSpec(argument) + QStringLiteral("\n}\n\n");
            dispatch += QStringLiteral("    %1) _epistle_cmd_%1 ;;\n").arg(c.name);
            continue;
        }
        QString inner = QStringLiteral(
            "_epistle_cmd_%1()\n{\n    if ((CURRENT == 2)); then\n        _epistle_actions_%1\n"
            "        return\n    fi\n    shift words\n    ((CURRENT--))\n    case $words[1] in\n")
                            .arg(c.name);
        for (const Action &a : c.actions) {
            inner += QStringLiteral("    %1)\n        _arguments -S").arg(a.name);
            for (const QCommandLineOption &o : optionsOf(c, &a)) {
                inner += zshSpec(o).replace(QLatin1String("\n        '"), QLatin1String("\n            '"));
            }
            inner += zshArgumentSpec(a.argument)
                         .replace(QLatin1String("\n        '"), QLatin1String("\n            '"))
                + QStringLiteral("\n        ;;\n");
        }
        out += inner + QStringLiteral("    esac\n}\n\n");
        dispatch += QStringLiteral("    %1) _epistle_cmd_%1 ;;\n").arg(c.name);
    }
    return out + dispatch + QStringLiteral("    esac\n}\n\n");
}

} // namespace

QString ShellCompletion::bash()
{
    return QStringLiteral(
               "# bash completion for epistle(1), written by `epistle help --completion bash` from the\n"
               "# options each command registers (app/cli/commandreference.cpp).\n\n")
        + QString::fromUtf8(BashHelpers) + QLatin1Char('\n') + bashFunctions()
        + QString::fromUtf8(BashMain).arg(commandNames()) + QStringLiteral("complete -F _epistle epistle\n");
}

QString ShellCompletion::zsh()
{
    QString top = QStringLiteral("_epistle()\n{\n    local _epistle_program=$words[1]\n"
                                 "    local curcontext=$curcontext state state_descr line\n"
                                 "    typeset -A opt_args\n    _arguments -C");
    for (const QCommandLineOption &o : programOptions()) {
        top += zshSpec(o);
    }
    top += QStringLiteral(
        " \\\n        '1:command:_epistle_commands' \\\n        '*:: :->arguments' && return 0\n"
        "    curcontext=${curcontext%:*:*}:epistle-$words[1]:\n    _epistle_arguments\n}\n\n");
    return QStringLiteral("#compdef epistle\n# zsh completion for epistle(1), written by `epistle help "
                          "--completion zsh` "
                          "from the\n# options each command registers (app/cli/commandreference.cpp).\n\n")
        + QString::fromUtf8(ZshHelpers) + QLatin1Char('\n') + zshFunctions() + top
        + QStringLiteral("_epistle \"$@\"\n");
}
