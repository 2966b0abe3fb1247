#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

// Exit codes of the command line (sysexits.h, as sendmail and msmtp use them).
namespace ExitCode {
enum : int {
    Ok = 0,
    Usage = 64,
    DataError = 65, // the message was refused (5xx) or cannot be built
    NoInput = 66, // a file to read does not exist
    Unavailable = 69, // cannot connect / service unavailable
    Software = 70,
    CantCreate = 73, // an output file cannot be written
    TempFail = 75, // 4xx, timeout
    Protocol = 76,
    NoPerm = 77, // authentication failed
    Config = 78 // unknown account, untrusted certificate, wrong security mode
};
}

// The command line's sentences for the translations: CliText::tr("...") (context "CliText" in epistle_*.ts).
// What scripts read is not translated: option names, JSON, the C:/S: transcript, the test's step names.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)

public:
    // An option's description as written, in English (the manual page, the shell completions and the
    // option's identity keep it so); `epistle help` shows it translated (context "CliOption", see
    // translatedOption()). Written as option(QT_TRANSLATE_NOOP("CliOption", "...")) so lupdate finds it.
    static QString option(const char *description) { return QString::fromUtf8(description); }
    static QString translatedOption(const QString &description)
    {
        return QCoreApplication::translate("CliOption", description.toUtf8().constData());
    }
};

// Small helpers shared by the sub-commands: printing, and reading files and secrets without echo.
namespace Cli {
void out(const QString &text); // a line on stdout
void err(const QString &text); // a line on stderr
int usageError(const QString &message); // "epistle: message" + hint, returns ExitCode::Usage
int fail(int code, const QString &message);
// fail(), or usageError() when 'code' is ExitCode::Usage: how a command ends on an error from a helper.
int exitWith(int code, const QString &message);
// Reads a whole file ("-" for stdin); false with 'error' set when it cannot.
bool readFile(const QString &path, QByteArray *data, QString *error);
// The first line of a password file (--password-file; "-" for stdin), without its line end. A regular file
// that other users may read or change is refused, as msmtp refuses it: a password file must be private
// (chmod 600). A pipe (--password-file <(pass show x)) or a device is read as it is. The bytes read are
// wiped.
bool readSecretFile(const QString &path, QString *secret, QString *error);
// Asks on the terminal with echo off; empty when stdin is not a terminal.
QString promptSecret(const QString &prompt);
// The options shared by every command that talks to a server or prints results (--trace, --json).
QList<QCommandLineOption> outputOptions();
void addOutputOptions(QCommandLineParser &parser);
// Runs a local event loop until the asynchronous call started by 'start' answers through its continuation
// (the keychain, a token refresh); the callee's own deadline bounds the wait.
template<typename Result>
Result waitFor(const std::function<void(QObject *context, std::function<void(const Result &)> done)> &start)
{
    QEventLoop loop;
    Result result {};
    bool done = false;
    start(&loop, [&](const Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}
} // namespace Cli
