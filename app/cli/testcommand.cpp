#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "oauthcli.h"
#include "report.h"

#include "accounts/connectiontest.h"
#include "smtp/smtptranscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace {
int runTest(
    const QCommandLineParser &parser, ConnectionTest *test, const QString &accountFrom, RunReport *report);
int printResult(const QCommandLineParser &parser, const ConnectionTest &test,
    const SmtpConnectionSettings &settings, const Account &account, const RunReport &report);
} // namespace

int Commands::test(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a server's settings step by step without sending."));
    ConnectionOptions::add(parser);
    Cli::addOutputOptions(parser);
    parser.addOptions({
        { QStringLiteral("from"), QStringLiteral("Also try MAIL FROM with ADDR (then RSET)."),
            QStringLiteral("ADDR") },
        { QStringLiteral("rcpt"), QStringLiteral("Also try RCPT TO with ADDR (then RSET)."),
            QStringLiteral("ADDR") },
        { QStringLiteral("size"),
            QStringLiteral("Announce a message of BYTES with MAIL FROM (checks the SIZE limit)."),
            QStringLiteral("BYTES") },
    });
    if (!parser.parse(QStringList { QStringLiteral("epistle test") } + arguments)) {
        return Cli::usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return Cli::usageError(
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));
    }
    SmtpConnectionSettings settings;
    QString error, accountFrom;
    Account account;
    if (const int rc = ConnectionOptions::resolve(parser, &settings, &error, &accountFrom, nullptr, &account);
        rc != ExitCode::Ok) {
        return rc == ExitCode::Usage ? Cli::usageError(error) : Cli::fail(rc, error);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    // A signed-in account whose token the server refuses gets one refresh and one more test, as a send does.
    const bool mayRefresh = account.usesOAuthSignIn() && !parser.isSet(QStringLiteral("password-env"))
        && !parser.isSet(QStringLiteral("password-file"));
    std::unique_ptr<ConnectionTest> run;
    std::unique_ptr<RunReport> runReport;
    for (int attempt = 0; attempt < 2; ++attempt) {
        run = std::make_unique<ConnectionTest>(settings);
        runReport = std::make_unique<RunReport>();
        if (const int rc = runTest(parser, run.get(), accountFrom, runReport.get()); rc != ExitCode::Ok) {
            return rc;
        }
        if (!mayRefresh || attempt > 0 || run->diagnosis().code != QLatin1String("oauth-token-refused")) {
            break;
        }
        if (!json) {
            Cli::err(QStringLiteral(
                "epistle: the server refused the access token; refreshing it and testing again"));
        }
        if (const int rc = OAuthCli::accessToken(account, true, &settings.credentials.oauthToken, &error);
            rc != ExitCode::Ok) {
            if (json) {
                printJson(QJsonObject { { QStringLiteral("ok"), false },
                    { QStringLiteral("diagnosis"),
                        QJsonObject { { QStringLiteral("code"), QStringLiteral("oauth-sign-in-expired") },
                            { QStringLiteral("message"), error } } } });
                return rc;
            }
            return Cli::fail(rc, error);
        }
    }
    return printResult(parser, *run, settings, account, *runReport);
}

namespace {

int runTest(const QCommandLineParser &parser, ConnectionTest *testObject, const QString &accountFrom,
    RunReport *runReport)
{
    RunReport &report = *runReport;
    ConnectionTest &test = *testObject;
    const bool json = parser.isSet(QStringLiteral("json"));
    QString from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : accountFrom;
    test.setSender(from);
    test.setTestRecipient(parser.value(QStringLiteral("rcpt")));
    if (parser.isSet(QStringLiteral("size"))) {
        bool ok = false;
        const qint64 size = parser.value(QStringLiteral("size")).toLongLong(&ok);
        if (!ok || size < 0) {
            return Cli::usageError(QStringLiteral("--size takes a number of bytes"));
        }
        if (from.isEmpty()) {
            return Cli::usageError(QStringLiteral("--size needs --from (it is announced with MAIL FROM)"));
        }
        test.setMessageSize(size);
    }
    QFile traceOut;
    SmtpTranscript transcript;
    if (parser.isSet(QStringLiteral("trace"))) {
        traceOut.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        transcript.setDevice(&traceOut);
    }
    QObject::connect(&test, &ConnectionTest::stepStarted, [&](ConnectionTest::StepId id) {
        if (id == ConnectionTest::StepId::Connect && test.client()) {
            report.watch(test.client());
            if (parser.isSet(QStringLiteral("trace"))) {
                test.client()->setTranscript(&transcript);
            }
        }
    });
    if (!json) {
        QObject::connect(&test, &ConnectionTest::stepFinished, [](const ConnectionTest::Step &step) {
            const QString mark = step.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL");
            QString line = QStringLiteral("%1 %2 %3 ms")
                               .arg(mark, ConnectionTest::stepName(step.id).leftJustified(15))
                               .arg(step.milliseconds, 5);
            if (!step.detail.isEmpty()) {
                line += QStringLiteral("  ")
                    + QString(step.detail).replace(QLatin1Char('\n'), QLatin1String(" / "));
            }
            Cli::out(line);
        });
    }
    QObject::connect(
        &test, &ConnectionTest::finished, qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    test.start();
    QCoreApplication::exec();
    return ExitCode::Ok;
}

int printResult(const QCommandLineParser &parser, const ConnectionTest &test,
    const SmtpConnectionSettings &settings, const Account &account, const RunReport &report)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const ConnectionTest::Diagnosis &d = test.diagnosis();
    if (json) {
        QJsonArray steps;
        for (const ConnectionTest::Step &s : test.steps()) {
            QJsonObject o { { QStringLiteral("step"), ConnectionTest::stepName(s.id) },
                { QStringLiteral("ok"), s.ok }, { QStringLiteral("ms"), s.milliseconds },
                { QStringLiteral("detail"), s.detail } };
            o.insert(QStringLiteral("reply"),
                s.reply.isValid() ? QJsonValue(s.reply.summary()) : QJsonValue(QJsonValue::Null));
            steps.append(o);
        }
        QJsonObject server = report.serverObject(settings);
        QJsonArray caps;
        for (const QByteArray &k : test.capabilities().keywords()) {
            QByteArray line = k;
            if (!test.capabilities().parameters(k).isEmpty()) {
                line += ' ' + test.capabilities().parameters(k).join(' ');
            }
            caps.append(QString::fromLatin1(line));
        }
        server.insert(QStringLiteral("capabilities"), caps);
        QJsonObject o { { QStringLiteral("ok"), test.passed() }, { QStringLiteral("server"), server },
            { QStringLiteral("steps"), steps } };
        if (test.passed()) {
            o.insert(QStringLiteral("diagnosis"), QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
        } else {
            QJsonObject diagnosis { { QStringLiteral("code"), d.code },
                { QStringLiteral("message"), d.message } };
            if (d.hasSuggestion) {
                QJsonObject suggested { { QStringLiteral("security"),
                                            QString::fromLatin1(Smtp::securityName(d.suggested.security)) },
                    { QStringLiteral("port"), d.suggested.effectivePort() },
                    { QStringLiteral("auth"), QString::fromLatin1(d.suggested.authMechanism.toLower()) } };
                if (!d.suggested.tls.pinnedSha256.isEmpty()) {
                    suggested.insert(QStringLiteral("fingerprint"),
                        SmtpTlsInfo::formatFingerprint(d.suggested.tls.pinnedSha256.first()));
                }
                diagnosis.insert(QStringLiteral("suggested"), suggested);
            }
            o.insert(QStringLiteral("diagnosis"), diagnosis);
            o.insert(QStringLiteral("error"), RunReport::errorObject(d.error));
        }
        printJson(o);
    } else if (!test.passed()) {
        Cli::err(QStringLiteral("epistle: %1 [%2]").arg(d.message, d.code));
        if (d.signInAgain && account.usesOAuthSignIn()) {
            Cli::err(OAuthCli::signInHint(account));
        }
        if (d.hasSuggestion && !d.suggested.tls.pinnedSha256.isEmpty()) {
            Cli::err(QStringLiteral("To trust this certificate for this server: --fingerprint %1")
                         .arg(SmtpTlsInfo::formatFingerprint(d.suggested.tls.pinnedSha256.first())));
        } else if (d.hasSuggestion) {
            Cli::err(QStringLiteral("Suggested: --security %1 --server %2:%3")
                         .arg(QString::fromLatin1(Smtp::securityName(d.suggested.security)), d.suggested.host)
                         .arg(d.suggested.effectivePort()));
        }
    } else {
        Cli::out(QStringLiteral("All steps passed."));
    }
    if (test.passed()) {
        return ExitCode::Ok;
    }
    return d.error.isError() ? d.error.exitCode() : ExitCode::Unavailable;
}

} // namespace
