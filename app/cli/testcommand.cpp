// `epistle test`: parse the request, run ConnectionTest step by step, report (lines or --json) and exit.
#include "cliutil.h"
#include "commands.h"
#include "connectionoptions.h"
#include "imapcli.h"
#include "oauthcli.h"
#include "report.h"

#include "accounts/connectiontest.h"
#include "accounts/secretmemory.h"
#include "smtp/smtptranscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <memory>

QList<QCommandLineOption> Commands::testOptions()
{
    return ConnectionOptions::options() + Cli::outputOptions()
        + QList<QCommandLineOption> {
              { QStringLiteral("from"),
                  CliText::option(
                      QT_TRANSLATE_NOOP("CliOption", "Also try MAIL FROM with ADDR (then RSET).")),
                  QStringLiteral("ADDR") },
              { QStringLiteral("rcpt"),
                  CliText::option(QT_TRANSLATE_NOOP("CliOption", "Also try RCPT TO with ADDR (then RSET).")),
                  QStringLiteral("ADDR") },
              { QStringLiteral("size"),
                  CliText::option(QT_TRANSLATE_NOOP(
                      "CliOption", "Announce a message of BYTES with MAIL FROM (checks the SIZE limit).")),
                  QStringLiteral("BYTES") },
          };
}

namespace {

// What `epistle test` was asked to check.
struct TestRequest
{
    QCommandLineParser parser;
    SmtpConnectionSettings settings;
    Account account; // the saved account, when --account (or the default) named one
    QString from; // MAIL FROM to try (--from, else the account's address)
    qint64 size = -1; // SIZE to announce, -1 for none
    bool json = false;
    bool trace = false;
};

int parseRequest(const QStringList &arguments, TestRequest *request, QString *error)
{
    QCommandLineParser &parser = request->parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a server's settings step by step without sending."));
    parser.addOptions(Commands::testOptions());
    if (!parser.parse(QStringList { QStringLiteral("epistle test") } + arguments)) {
        *error = parser.errorText();
        return ExitCode::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = CliText::tr("unexpected argument: %1").arg(parser.positionalArguments().first());
        return ExitCode::Usage;
    }
    QString accountFrom;
    if (const int rc = ConnectionOptions::resolve(
            parser, &request->settings, error, &accountFrom, nullptr, &request->account);
        rc != ExitCode::Ok) {
        return rc;
    }
    request->json = parser.isSet(QStringLiteral("json"));
    request->trace = parser.isSet(QStringLiteral("trace"));
    request->from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : accountFrom;
    if (parser.isSet(QStringLiteral("size"))) {
        bool ok = false;
        request->size = parser.value(QStringLiteral("size")).toLongLong(&ok);
        if (!ok || request->size < 0) {
            *error = CliText::tr("--size takes a number of bytes");
            return ExitCode::Usage;
        }
        if (request->from.isEmpty()) {
            *error = CliText::tr("--size needs --from (it is announced with MAIL FROM)");
            return ExitCode::Usage;
        }
    }
    return ExitCode::Ok;
}

void printStepLine(const ConnectionTest::Step &step)
{
    const QString mark = step.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL");
    QString line = QStringLiteral("%1 %2 %3 ms")
                       .arg(mark, ConnectionTest::stepName(step.id).leftJustified(15))
                       .arg(step.milliseconds, 5);
    if (!step.detail.isEmpty()) {
        line += QStringLiteral("  ") + QString(step.detail).replace(QLatin1Char('\n'), QLatin1String(" / "));
    }
    Cli::out(line);
}

// Runs the test to its end: the steps as lines while they happen (unless --json), the transcript with
// --trace.
void runTest(const TestRequest &request, ConnectionTest *test, RunReport *report)
{
    QFile traceOut;
    SmtpTranscript transcript;
    if (request.trace) {
        traceOut.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        transcript.setDevice(&traceOut);
    }
    QObject::connect(test, &ConnectionTest::stepStarted, [&](ConnectionTest::StepId id) {
        if (id == ConnectionTest::StepId::Connect && test->client()) {
            report->watch(test->client());
            if (request.trace) {
                test->client()->setTranscript(&transcript);
            }
        }
    });
    if (!request.json) {
        QObject::connect(test, &ConnectionTest::stepFinished, &printStepLine);
    }
    QObject::connect(
        test, &ConnectionTest::finished, qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    test->start();
    QCoreApplication::exec();
}

QJsonArray stepsJson(const ConnectionTest &test)
{
    QJsonArray steps;
    for (const ConnectionTest::Step &s : test.steps()) {
        QJsonObject o { { QStringLiteral("step"), ConnectionTest::stepName(s.id) },
            { QStringLiteral("ok"), s.ok }, { QStringLiteral("ms"), s.milliseconds },
            { QStringLiteral("detail"), s.detail } };
        o.insert(QStringLiteral("reply"),
            s.reply.isValid() ? QJsonValue(s.reply.summary()) : QJsonValue(QJsonValue::Null));
        steps.append(o);
    }
    return steps;
}

QJsonObject diagnosisJson(const ConnectionTest::Diagnosis &d)
{
    QJsonObject diagnosis { { QStringLiteral("code"), d.code }, { QStringLiteral("message"), d.message } };
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
    if (d.needsLogin) {
        diagnosis.insert(QStringLiteral("needsLogin"), true);
    }
    return diagnosis;
}

void printJsonReport(const TestRequest &request, const ConnectionTest &test, const RunReport &report,
    const ImapCli::TestOutcome &imap)
{
    QJsonObject server = report.serverObject(request.settings);
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
        { QStringLiteral("steps"), stepsJson(test) } };
    if (test.passed()) {
        o.insert(QStringLiteral("diagnosis"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    } else {
        o.insert(QStringLiteral("diagnosis"), diagnosisJson(test.diagnosis()));
        o.insert(QStringLiteral("error"), RunReport::errorObject(test.diagnosis().error));
    }
    // The IMAP part: null without an IMAP server; "ok" above is both parts.
    o.insert(QStringLiteral("imap"), imap.json);
    o.insert(QStringLiteral("ok"), test.passed() && (!imap.ran || imap.passed));
    printJson(o);
}

void printHumanReport(const ConnectionTest &test, const Account &account)
{
    if (test.passed()) {
        Cli::out(CliText::tr("All steps passed."));
        return;
    }
    const ConnectionTest::Diagnosis &d = test.diagnosis();
    Cli::err(QStringLiteral("epistle: %1 [%2]").arg(d.message, d.code));
    if (d.signInAgain && account.usesOAuthSignIn()) {
        Cli::err(OAuthCli::signInHint(account));
    }
    if (d.hasSuggestion && !d.suggested.tls.pinnedSha256.isEmpty()) {
        Cli::err(CliText::tr("To trust this certificate for this server: --fingerprint %1")
                     .arg(SmtpTlsInfo::formatFingerprint(d.suggested.tls.pinnedSha256.first())));
    } else if (d.hasSuggestion) {
        Cli::err(CliText::tr("Suggested: --security %1 --server %2:%3")
                     .arg(QString::fromLatin1(Smtp::securityName(d.suggested.security)), d.suggested.host)
                     .arg(d.suggested.effectivePort()));
    } else if (d.needsLogin) {
        Cli::err(CliText::tr("Suggested: --user NAME with --password-env VARIABLE or --password-file FILE"));
    }
}

// A signed-in account whose token the server refuses gets one refresh and one more test, as a send does;
// not when the token came from --password-env/--password-file.
bool mayRefreshToken(const TestRequest &request)
{
    return request.account.usesOAuthSignIn() && !request.parser.isSet(QStringLiteral("password-env"))
        && !request.parser.isSet(QStringLiteral("password-file"));
}

// The refresh after a refused token; Ok, or the exit code with the sign-in's failure reported.
int refreshToken(TestRequest *request)
{
    QString error;
    SecretMemory::wipe(request->settings.credentials.oauthToken); // the refused one; its test has ended
    const int rc
        = OAuthCli::accessToken(request->account, true, &request->settings.credentials.oauthToken, &error);
    if (rc == ExitCode::Ok) {
        return rc;
    }
    if (request->json) {
        printJson(QJsonObject { { QStringLiteral("ok"), false },
            { QStringLiteral("diagnosis"), diagnosisJson(ConnectionTest::signInExpired(error)) } });
        return rc;
    }
    return Cli::fail(rc, error);
}

} // namespace

int Commands::test(const QStringList &arguments)
{
    TestRequest request;
    QString error;
    if (const int rc = parseRequest(arguments, &request, &error); rc != ExitCode::Ok) {
        return Cli::exitWith(rc, error);
    }
    std::unique_ptr<ConnectionTest> run;
    std::unique_ptr<RunReport> report;
    for (int attempt = 0; attempt < 2; ++attempt) {
        run = std::make_unique<ConnectionTest>(request.settings);
        run->setSender(request.from);
        run->setTestRecipient(request.parser.value(QStringLiteral("rcpt")));
        if (request.size >= 0) {
            run->setMessageSize(request.size);
        }
        report = std::make_unique<RunReport>();
        runTest(request, run.get(), report.get());
        if (attempt > 0 || !mayRefreshToken(request)
            || run->diagnosis().code != QLatin1String("oauth-token-refused")) {
            break;
        }
        if (!request.json) {
            Cli::err(
                CliText::tr("epistle: the server refused the access token; refreshing it and testing again"));
        }
        if (const int rc = refreshToken(&request); rc != ExitCode::Ok) {
            SecretMemory::wipe(request.settings.credentials);
            return rc;
        }
    }
    const ConnectionTest &test = *run;
    // Then the server that keeps the copies of sent mail, with the same secret when the login is the same.
    if (!request.json && !test.passed()) {
        printHumanReport(test, request.account);
    }
    const ImapCli::TestOutcome imap
        = ImapCli::runTest(request.account, request.settings.credentials, request.json, request.trace);
    SecretMemory::wipe(request.settings.credentials); // the test's copies share its buffer
    if (request.json) {
        printJsonReport(request, test, *report, imap);
    } else if (test.passed() && (!imap.ran || imap.passed)) {
        printHumanReport(test, request.account);
    }
    if (test.passed()) {
        return imap.ran ? imap.exitCode : ExitCode::Ok;
    }
    return test.diagnosis().error.isError() ? test.diagnosis().error.exitCode() : ExitCode::Unavailable;
}
