#include "serverregistry.h"

#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <sys/types.h>

namespace ServerRegistry {

void reapStale()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    QString output;
    if (!run(QStringLiteral("/bin/sh"),
            { TestPaths::serversDirectory() + QStringLiteral("/postfix-instance"), QStringLiteral("reap"),
                TestPaths::serverRegistryDirectory() },
            60000, &output)) {
        qWarning("ServerRegistry: reaping stale test servers failed: %s", qPrintable(output));
    } else if (!output.isEmpty()) {
        qInfo("%s", qPrintable(output.trimmed()));
    }
}

std::unique_ptr<QTemporaryDir> createInstanceDirectory(const QString &kind, QString *error)
{
    const QString registry = TestPaths::serverRegistryDirectory();
    if (!QDir().mkpath(registry)) {
        *error = QStringLiteral("cannot create %1").arg(registry);
        return nullptr;
    }
    // Daemons running as other users (postfix, nobody, dovecot) must reach their instance.
    QFile::setPermissions(registry,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    auto directory
        = std::make_unique<QTemporaryDir>(registry + QLatin1Char('/') + kind + QStringLiteral("-XXXXXX"));
    if (!directory->isValid()) {
        *error = QStringLiteral("cannot create an instance directory in %1: %2")
                     .arg(registry, directory->errorString());
        return nullptr;
    }
    QFile owner(directory->filePath(QStringLiteral("owner.pid")));
    if (!owner.open(QIODevice::WriteOnly)
        || owner.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n') <= 0) {
        *error = QStringLiteral("cannot write %1").arg(owner.fileName());
        return nullptr;
    }
    return directory;
}

bool run(const QString &program, const QStringList &arguments, int timeoutMs, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        *output += QStringLiteral("\n%1 did not finish within %2 ms (%3)")
                       .arg(program)
                       .arg(timeoutMs)
                       .arg(process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

qint64 startWatchdog(const QStringList &command)
{
    qint64 pid = 0;
    QStringList arguments { TestPaths::serversDirectory() + QStringLiteral("/watchdog.py"),
        QString::number(QCoreApplication::applicationPid()), QStringLiteral("--") };
    arguments += command;
    if (!QProcess::startDetached(TestPaths::systemPython(), arguments, QString(), &pid)) {
        qWarning("ServerRegistry: cannot start the watchdog; a killed test may leave servers running");
        return 0;
    }
    return pid;
}

void stopWatchdog(qint64 pid)
{
    if (pid > 0) {
        ::kill(pid_t(pid), SIGTERM);
    }
}

quint16 waitForReadyLine(QProcess *process, QByteArray *output)
{
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains('\n') && waited.elapsed() < 20000 && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(200);
        out += process->readAllStandardOutput();
    }
    *output = out;
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    return line.startsWith("READY ") ? line.mid(6).toUShort() : 0;
}

} // namespace ServerRegistry
