#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// The instance directories of the real test servers (Postfix+Dovecot, aiosmtpd), all under
// TestPaths::serverRegistryDirectory(), each recording the test process that owns it; and
// the clean-up of instances whose owner died before it could stop them.
namespace ServerRegistry {

// Stops and deletes every instance whose owner process is gone (`postfix-instance reap`);
// runs once per process, before its first server starts.
void reapStale();

// A fresh, world-traversable instance directory such as /tmp/epistle-servers/postfix-Ab12Cd
// holding owner.pid (this process). Null, with *error set, when it cannot be made.
std::unique_ptr<QTemporaryDir> createInstanceDirectory(const QString &kind, QString *error);

// Runs program with arguments, waits up to timeoutMs; true on exit code 0. *output gets
// stdout and stderr together.
bool run(const QString &program, const QStringList &arguments, int timeoutMs, QString *output);

// Reads a started test server's stdout until its first line, "READY <port>" (20 s at most); the port, or 0
// with *output holding what it printed instead.
quint16 waitForReadyLine(QProcess *process, QByteArray *output);

// Starts tests/servers/watchdog.py, which runs command if this process dies without calling
// stopWatchdog(). Returns its pid, or 0.
qint64 startWatchdog(const QStringList &command);
void stopWatchdog(qint64 pid);

} // namespace ServerRegistry
