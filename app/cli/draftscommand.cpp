#include "cliutil.h"
#include "commands.h"
#include "report.h"
#include "storecli.h"

#include "store/mailstore.h"

#include <QJsonArray>

namespace {

QString openStateName(DraftStore::OpenState state)
{
    switch (state) {
    case DraftStore::OpenState::Closed:
        return QStringLiteral("closed");
    case DraftStore::OpenState::OpenHere:
    case DraftStore::OpenState::OpenElsewhere:
        return QStringLiteral("open");
    case DraftStore::OpenState::Abandoned:
        return QStringLiteral("recoverable");
    }
    return QStringLiteral("closed");
}

} // namespace

QList<QCommandLineOption> Commands::draftsOptions()
{
    return { { QStringLiteral("json"),
        CliText::option(QT_TRANSLATE_NOOP("CliOption", "One JSON object on stdout.")) } };
}

int Commands::drafts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drafts: list"));
    parser.addOptions(draftsOptions());
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    if (!parser.parse(QStringList { QStringLiteral("epistle drafts") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") || args.size() > 1) {
        return Cli::usageError(CliText::tr("drafts takes: list"));
    }
    MailStore store;
    QString error;
    StoreCli::openStore(&store, &error); // listing works on a read-only folder too
    QStringList problems;
    const QList<Draft> drafts = store.drafts()->list(&problems);
    for (const QString &problem : problems) {
        Cli::err(CliText::tr("epistle: warning: ") + problem);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Draft &d : drafts) {
            array.append(QJsonObject { { QStringLiteral("id"), d.id },
                { QStringLiteral("subject"), d.subject }, { QStringLiteral("from"), d.from },
                { QStringLiteral("to"), d.to }, { QStringLiteral("cc"), d.cc },
                { QStringLiteral("bcc"), d.bcc }, { QStringLiteral("account"), d.account },
                { QStringLiteral("modified"), d.modified.toString(Qt::ISODate) },
                { QStringLiteral("created"), d.created.toString(Qt::ISODate) },
                { QStringLiteral("revision"), d.revision },
                { QStringLiteral("attachments"), int(d.attachments.size()) },
                { QStringLiteral("state"), openStateName(store.drafts()->openState(d.id)) } });
        }
        printJson(QJsonObject { { QStringLiteral("drafts"), array } });
        return ExitCode::Ok;
    }
    if (drafts.isEmpty()) {
        Cli::out(CliText::tr("No drafts."));
        return ExitCode::Ok;
    }
    for (const Draft &d : drafts) {
        const DraftStore::OpenState state = store.drafts()->openState(d.id);
        Cli::out(CliText::tr("%1  %2  to %3  \"%4\"%5%6")
                     .arg(d.id, StoreCli::formatTime(d.modified), d.to.isEmpty() ? QStringLiteral("-") : d.to,
                         d.subject,
                         d.attachments.isEmpty()
                             ? QString()
                             : CliText::tr("  %n attachment(s)", nullptr, int(d.attachments.size())),
                         state == DraftStore::OpenState::Closed
                             ? QString()
                             : QStringLiteral("  [%1]").arg(openStateName(state))));
    }
    return ExitCode::Ok;
}
