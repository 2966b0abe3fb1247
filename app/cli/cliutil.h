#pragma once

#include <QCommandLineParser>
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

// Small helpers shared by the sub-commands: printing, and reading files and secrets without echo.
namespace Cli {
void out(const QString &text); // a line on stdout
void err(const QString &text); // a line on stderr
int usageError(const QString &message); // "epistle: message" + hint, returns ExitCode::Usage
int fail(int code, const QString &message);
// Reads a whole file ("-" for stdin); false with 'error' set when it cannot.
bool readFile(const QString &path, QByteArray *data, QString *error);
// Asks on the terminal with echo off; empty when stdin is not a terminal.
QString promptSecret(const QString &prompt);
// Adds the options shared by every command that talks to a server or prints results.
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
