#include "manpage.h"

#include "commandreference.h"

#include <QStringList>

using namespace CommandReference;

namespace {

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + ManPage::escape(text) + QStringLiteral("\\fR");
}

// "--server HOST[:PORT]": the names bold, the value italic.
QString optionTag(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &n : option.names()) {
        names.append(bold((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n));
    }
    QString tag = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty()) {
        tag += QStringLiteral(" \\fI") + ManPage::escape(option.valueName()) + QStringLiteral("\\fR");
    }
    return tag;
}

QString paragraphs(const char *text)
{
    QStringList out;
    for (const QString &p : QString::fromUtf8(text).split(QLatin1String("\n\n"))) {
        out.append(QStringLiteral(".PP\n") + ManPage::escape(p) + QLatin1Char('\n'));
    }
    return out.join(QString());
}

QString optionItems(const QList<QCommandLineOption> &options)
{
    QString out;
    for (const QCommandLineOption &o : options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp) {
            continue;
        }
        out += QStringLiteral(".TP\n") + optionTag(o) + QLatin1Char('\n') + ManPage::escape(o.description())
            + QLatin1Char('\n');
    }
    return out;
}

QString entryItems(const QList<Entry> &entries, bool boldTerms)
{
    QString out;
    for (const Entry &e : entries) {
        out += QStringLiteral(".TP\n") + (boldTerms ? bold(e.term) : ManPage::escape(e.term))
            + QLatin1Char('\n') + ManPage::escape(QString::fromUtf8(e.text)) + QLatin1Char('\n');
    }
    return out;
}

// "It also takes the connection and output options."
QString groupSentence(const QList<const OptionGroup *> &groups, bool alone)
{
    if (groups.isEmpty()) {
        return {};
    }
    QStringList names;
    for (const OptionGroup *g : groups) {
        names.append(QStringLiteral("\\fI") + g->name + QStringLiteral("\\fR"));
    }
    const QString list = names.size() == 1
        ? names.first()
        : QStringList(names.mid(0, names.size() - 1)).join(QLatin1String(", ")) + QStringLiteral(" and ")
            + names.last();
    return QStringLiteral(".PP\n")
        + (alone ? QStringLiteral("It takes the ") : QStringLiteral("It also takes the ")) + list
        + QStringLiteral(" options (see below).\n");
}

// A command's or an action's options: its own as a list, the groups it takes by name.
QString optionBlock(const QList<QCommandLineOption> &options)
{
    const QList<QCommandLineOption> own = ownOptions(options);
    return optionItems(own) + groupSentence(groupsIn(options), own.isEmpty());
}

bool sameOptions(const QList<QCommandLineOption> &a, const QList<QCommandLineOption> &b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), sameOption);
}

QString synopsisLine(const QString &words, const QString &synopsis)
{
    return bold(words) + (synopsis.isEmpty() ? QString() : QLatin1Char(' ') + ManPage::escape(synopsis));
}

QString commandSection(const Command &c)
{
    QString out = QStringLiteral(".SS ") + c.name + QLatin1Char('\n');
    if (c.actions.isEmpty()) {
        out += synopsisLine(QStringLiteral("epistle ") + c.name, c.synopsis) + QStringLiteral("\n.br\n");
        out += ManPage::escape(QString::fromUtf8(c.summary)) + QLatin1Char('\n');
    } else {
        out += ManPage::escape(QString::fromUtf8(c.summary)) + QLatin1Char('\n');
    }
    out += paragraphs(c.description);
    for (const Action &a : c.actions) {
        out += QStringLiteral(".TP\n")
            + synopsisLine(QStringLiteral("epistle ") + c.name + QLatin1Char(' ') + a.name, a.synopsis)
            + QLatin1Char('\n') + ManPage::escape(QString::fromUtf8(a.summary)) + QLatin1Char('\n');
    }
    if (c.options) {
        out += optionBlock(c.options());
        return out;
    }
    // Actions with options of their own: each distinct list once, under the actions that take it.
    QList<const Action *> done;
    for (const Action &a : c.actions) {
        if (done.contains(&a)) {
            continue;
        }
        const QList<QCommandLineOption> options = optionsOf(c, &a);
        QStringList sharing;
        for (const Action &b : c.actions) {
            if (!done.contains(&b) && sameOptions(optionsOf(c, &b), options)) {
                sharing.append(bold(c.name + QLatin1Char(' ') + b.name));
                done.append(&b);
            }
        }
        if (options.isEmpty()) {
            continue;
        }
        out += QStringLiteral(".PP\nOptions of ") + sharing.join(QLatin1String(" and "))
            + QStringLiteral(":\n");
        out += optionBlock(options);
    }
    return out;
}

} // namespace

QString ManPage::escape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    out.replace(QLatin1Char('-'), QLatin1String("\\-"));
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
            line.prepend(QLatin1String("\\&"));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString ManPage::write(const QString &version, const QDate &date)
{
    QString out
        = QStringLiteral(".\\\" Written by `epistle help --man` from app/cli/commandreference.cpp.\n");
    out += QStringLiteral(".TH EPISTLE 1 %1 \"Epistle %2\" \"User Commands\"\n")
               .arg(date.toString(Qt::ISODate), escape(version));
    // Option names and paths must not be hyphenated, and ragged-right reads better than justified here.
    out += QStringLiteral(".nh\n.ad l\n");
    out += QStringLiteral(".SH NAME\nepistle \\- ") + escape(QString::fromUtf8(programSummary()))
        + QLatin1Char('\n');

    out += QStringLiteral(".SH SYNOPSIS\n");
    QStringList lines;
    lines.append(synopsisLine(QStringLiteral("epistle"), QStringLiteral("[mailto:URL]")));
    for (const Command &c : commands()) {
        if (c.actions.isEmpty()) {
            lines.append(synopsisLine(QStringLiteral("epistle ") + c.name, c.synopsis));
        }
        for (const Action &a : c.actions) {
            lines.append(
                synopsisLine(QStringLiteral("epistle ") + c.name + QLatin1Char(' ') + a.name, a.synopsis));
        }
    }
    out += lines.join(QLatin1String("\n.br\n")) + QLatin1Char('\n');

    out += QStringLiteral(".SH DESCRIPTION\n") + paragraphs(programDescription());
    out += entryItems(guiUsage(), true);
    out += QStringLiteral(".SH OPTIONS\n") + optionItems(programOptions());
    out += QStringLiteral(".SH COMMANDS\n");
    for (const Command &c : commands()) {
        out += commandSection(c);
    }
    for (const OptionGroup &g : groups()) {
        out += QStringLiteral(".SH ") + escape(QString::fromUtf8(g.title).toUpper()) + QLatin1Char('\n')
            + paragraphs(g.description) + optionItems(g.options());
    }
    out += QStringLiteral(".SH EXIT STATUS\n") + entryItems(exitCodes(), true);
    out += QStringLiteral(".SH ENVIRONMENT\n") + entryItems(environment(), true);
    out += QStringLiteral(".SH FILES\n") + entryItems(files(), false);
    out += QStringLiteral(".SH EXAMPLES\n");
    for (const Entry &e : examples()) {
        out += QStringLiteral(".PP\n") + escape(QString::fromUtf8(e.text))
            + QStringLiteral("\n.PP\n.RS 4\n.nf\n") + escape(e.term) + QStringLiteral("\n.fi\n.RE\n");
    }
    QStringList refs;
    for (const QString &ref : seeAlso()) {
        const qsizetype paren = ref.indexOf(QLatin1Char('('));
        refs.append(bold(ref.left(paren)) + escape(ref.mid(paren)));
    }
    out += QStringLiteral(".SH SEE ALSO\n") + refs.join(QLatin1String(",\n")) + QLatin1Char('\n');
    return out;
}
