#include "helptext.h"

#include "cliutil.h"

using namespace CommandReference;

namespace {

const int Width = 80;
const int TermColumn = 30; // where descriptions start in a two-column list

// Not named tr(): lupdate would take tr(QT_TRANSLATE_NOOP(...)) for a tr() call and miss the sentence inside.
QString localized(const char *text)
{
    return CommandReference::translated(text);
}

// "  term          text..." with the text wrapped in its column; a long term gets the text on the next line.
QString twoColumns(const QString &term, const QString &text)
{
    const QString head = QStringLiteral("  ") + term;
    const QString body = HelpText::wrap(text, TermColumn, Width);
    if (head.size() + 2 <= TermColumn) {
        return head + body.mid(head.size());
    }
    return head + QLatin1Char('\n') + body;
}

QString optionList(const QList<QCommandLineOption> &options)
{
    QString out;
    for (const QCommandLineOption &o : options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp) {
            continue;
        }
        out += twoColumns(optionSynopsis(o), CliText::translatedOption(o.description()));
    }
    return out;
}

// The command's own options, then each group it takes whole.
QString optionSections(const QList<QCommandLineOption> &options)
{
    QString out;
    const QList<QCommandLineOption> own = ownOptions(options);
    if (!own.isEmpty()) {
        out += QLatin1Char('\n') + localized(QT_TRANSLATE_NOOP("CommandReference", "Options:"))
            + QLatin1Char('\n') + optionList(own);
    }
    for (const OptionGroup *g : groupsIn(options)) {
        out += QLatin1Char('\n') + localized(g->title) + QLatin1String(":\n") + optionList(g->options());
    }
    return out;
}

QString usageLine(const QString &words, const QString &synopsis)
{
    return localized(QT_TRANSLATE_NOOP("CommandReference", "Usage:")) + QStringLiteral(" epistle ") + words
        + (synopsis.isEmpty() ? QString() : QLatin1Char(' ') + synopsis) + QLatin1Char('\n');
}

QString exitCodesLine()
{
    QStringList codes;
    for (const Entry &e : exitCodes()) {
        codes.append(e.term + QLatin1Char(' ') + localized(e.brief));
    }
    return HelpText::wrap(localized(QT_TRANSLATE_NOOP("CommandReference", "Exit codes (sysexits.h):"))
            + QLatin1Char(' ') + codes.join(QLatin1String(", ")) + QLatin1Char('.'),
        0);
}

} // namespace

QString HelpText::wrap(const QString &text, int indent, int width)
{
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QString line;
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                out += pad + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out += (line.isEmpty() ? QString() : pad + line) + QLatin1Char('\n');
    }
    return out;
}

QString HelpText::overview()
{
    QString out = usageLine(QStringLiteral("[COMMAND] [OPTIONS]"), QString());
    out += QLatin1String("Epistle: ") + localized(programSummary()) + QLatin1String(".\n\n");
    for (const Entry &e : guiUsage()) {
        out += twoColumns(e.term, localized(e.text));
    }
    out += QLatin1Char('\n') + localized(QT_TRANSLATE_NOOP("CommandReference", "Commands:"))
        + QLatin1Char('\n');
    for (const Command &c : commands()) {
        if (c.actions.isEmpty()) {
            out += QStringLiteral("  ") + c.name + QLatin1Char(' ') + c.synopsis + QLatin1Char('\n');
            out += wrap(localized(c.summary), 6, Width);
        }
        for (const Action &a : c.actions) {
            out += QStringLiteral("  ") + c.name + QLatin1Char(' ') + a.name + QLatin1Char(' ') + a.synopsis
                + QLatin1Char('\n');
            out += wrap(localized(a.summary), 6, Width);
        }
    }
    out += QLatin1Char('\n') + localized(QT_TRANSLATE_NOOP("CommandReference", "Options:"))
        + QLatin1Char('\n') + optionList(programOptions());
    out += QLatin1Char('\n')
        + wrap(localized(QT_TRANSLATE_NOOP("CommandReference",
                   "connection, message and output stand for groups of options. epistle help COMMAND (or "
                   "epistle COMMAND --help) lists a command's options; man epistle says everything.")),
            0);
    out += exitCodesLine();
    return out;
}

QString HelpText::command(const Command &command, const Action *action)
{
    QString out;
    if (action) {
        out += usageLine(command.name + QLatin1Char(' ') + action->name, action->synopsis)
            + QLatin1Char('\n');
        out += wrap(localized(action->summary), 0, Width);
    } else {
        out += usageLine(
            command.name, command.actions.isEmpty() ? command.synopsis : QStringLiteral("ACTION"));
        out += QLatin1Char('\n') + wrap(localized(command.summary), 0, Width);
        if (!command.actions.isEmpty()) {
            out += QLatin1Char('\n');
            for (const Action &a : command.actions) {
                out += twoColumns(a.name + QLatin1Char(' ') + a.synopsis, localized(a.summary));
            }
        }
    }
    out += QLatin1Char('\n') + wrap(localized(command.description), 0, Width);
    if (action || command.options) {
        out += optionSections(optionsOf(command, action));
    } else {
        out += QLatin1Char('\n')
            + wrap(localized(QT_TRANSLATE_NOOP(
                                 "CommandReference", "epistle help %1 ACTION lists an action's options."))
                       .arg(command.name),
                0);
    }
    out += QLatin1Char('\n') + exitCodesLine();
    return out;
}
