#include "cliutil.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fflush(stderr);
}

int usageError(const QString &message)
{
    err(QStringLiteral("epistle: ") + message);
    err(QStringLiteral("Try 'epistle help' for the commands and options."));
    return ExitCode::Usage;
}

int fail(int code, const QString &message)
{
    err(QStringLiteral("epistle: ") + message);
    return code;
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read standard input");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    *data = file.readAll();
    return true;
}

QString promptSecret(const QString &prompt)
{
    if (!isatty(STDIN_FILENO)) {
        return {};
    }
    fputs(prompt.toUtf8().constData(), stderr);
    fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[1024];
    const char *line = fgets(buffer, sizeof buffer, stdin);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    fputs("\n", stderr);
    if (!line) {
        return {};
    }
    QString s = QString::fromUtf8(line);
    while (s.endsWith(QLatin1Char('\n')) || s.endsWith(QLatin1Char('\r'))) {
        s.chop(1);
    }
    memset(buffer, 0, sizeof buffer);
    return s;
}

QList<QCommandLineOption> outputOptions()
{
    return {
        { QStringLiteral("trace"), QStringLiteral("Print the protocol transcript (C:/S:) on stderr.") },
        { QStringLiteral("json"), QStringLiteral("Print one JSON object with the outcome on stdout.") },
    };
}

void addOutputOptions(QCommandLineParser &parser)
{
    parser.addOptions(outputOptions());
}

} // namespace Cli
