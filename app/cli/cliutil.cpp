#include "cliutil.h"

#include "accounts/secretmemory.h"

#include <QFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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
    err(CliText::tr("Try 'epistle help' for the commands and options."));
    return ExitCode::Usage;
}

int fail(int code, const QString &message)
{
    err(QStringLiteral("epistle: ") + message);
    return code;
}

int exitWith(int code, const QString &message)
{
    return code == ExitCode::Usage ? usageError(message) : fail(code, message);
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read standard input");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    *data = file.readAll();
    return true;
}

namespace {

// The longest first line read from a password file: a password or a token, never a document.
constexpr qsizetype MaxSecretFileBytes = 64 * 1024;

// Reads up to the first line end (or the end, or the cap) into 'buffer', allocated once beforehand so that no
// byte of the secret is left behind in a block given up by a reallocation.
bool readFirstLine(int fd, QByteArray *buffer, QString *error)
{
    buffer->resize(MaxSecretFileBytes);
    qsizetype used = 0;
    char *data = buffer->data();
    while (used < MaxSecretFileBytes && !memchr(data, '\n', size_t(used))) {
        const ssize_t n = ::read(fd, data + used, size_t(MaxSecretFileBytes - used));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            *error = QString::fromLocal8Bit(strerror(errno));
            return false;
        }
        if (n == 0) {
            break;
        }
        used += n;
    }
    buffer->truncate(used); // shrinking never moves the bytes
    return true;
}

} // namespace

bool readSecretFile(const QString &path, QString *secret, QString *error)
{
    const bool standardInput = path == QLatin1String("-");
    const int fd = standardInput
        ? STDIN_FILENO
        : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    struct stat info
    {
    };
    // The permissions of what was opened, not of what the name points to a moment later.
    if (!standardInput && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)
        && (info.st_mode & (S_IRWXG | S_IRWXO))) {
        ::close(fd);
        *error = QStringLiteral("%1 is open to other users (mode %2): a password file must be private; "
                                "chmod 600 %1")
                     .arg(path)
                     .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return false;
    }
    QByteArray buffer;
    QString readError;
    const bool ok = readFirstLine(fd, &buffer, &readError);
    if (!standardInput) {
        ::close(fd);
    }
    if (!ok) {
        SecretMemory::wipe(buffer);
        *error = QStringLiteral("cannot read %1: %2").arg(path, readError);
        return false;
    }
    qsizetype length = buffer.indexOf('\n');
    if (length < 0) {
        length = buffer.size();
    }
    if (length > 0 && buffer.at(length - 1) == '\r') {
        --length;
    }
    *secret = QString::fromUtf8(buffer.constData(), length);
    SecretMemory::wipe(buffer);
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
    explicit_bzero(buffer, sizeof buffer);
    return s;
}

QList<QCommandLineOption> outputOptions()
{
    return {
        { QStringLiteral("trace"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Print the protocol transcript (C:/S:) on stderr.")) },
        { QStringLiteral("json"),
            CliText::option(
                QT_TRANSLATE_NOOP("CliOption", "Print one JSON object with the outcome on stdout.")) },
    };
}

void addOutputOptions(QCommandLineParser &parser)
{
    parser.addOptions(outputOptions());
}

} // namespace Cli
