#include "dovecotimapserver.h"

#include "serverregistry.h"
#include "testcertificates.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <unistd.h>

namespace {

QString script()
{
    return TestPaths::serversDirectory() + QStringLiteral("/dovecot-imap-instance");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

DovecotImapServer::DovecotImapServer() = default;

DovecotImapServer::~DovecotImapServer()
{
    stop();
}

QString DovecotImapServer::unavailableReason()
{
    if (geteuid() != 0) {
        return QStringLiteral("the Dovecot test instance needs root (Dovecot's master starts as root)");
    }
    for (const char *program : { "/usr/sbin/dovecot", "/usr/lib/dovecot/imap", "/usr/bin/python3" }) {
        if (!QFile::exists(QString::fromLatin1(program))) {
            return QStringLiteral("%1 is missing; run scripts/deps.sh").arg(QString::fromLatin1(program));
        }
    }
    return QString();
}

bool DovecotImapServer::start()
{
    return start(Options());
}

bool DovecotImapServer::start(const Options &options)
{
    stop();
    m_error = unavailableReason();
    if (!m_error.isEmpty()) {
        return false;
    }
    const TestCertificates certificates;
    if (!certificates.isValid()) {
        m_error = certificates.errorString();
        return false;
    }
    ServerRegistry::reapStale();
    m_dir = ServerRegistry::createInstanceDirectory(QStringLiteral("dovecot"), &m_error);
    if (!m_dir) {
        return false;
    }
    // Armed before anything starts, so no window leaves daemons behind a killed test.
    m_watchdogPid = ServerRegistry::startWatchdog(
        { QStringLiteral("/bin/sh"), script(), QStringLiteral("destroy"), m_dir->path() });
    QStringList arguments { script(), QStringLiteral("start"), m_dir->path(), QStringLiteral("--certs"),
        certificates.directory(), QStringLiteral("--cert"), options.certificate, QStringLiteral("--owner"),
        QString::number(QCoreApplication::applicationPid()) };
    for (const QString &line : options.config) {
        arguments << QStringLiteral("--set") << line;
    }
    QString output;
    const bool started = ServerRegistry::run(QStringLiteral("/bin/sh"), arguments, 60000, &output);
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QString value = line.section(QLatin1Char('='), 1);
        if (line.startsWith(QStringLiteral("IMAP="))) {
            m_imapPort = value.toUShort();
        } else if (line.startsWith(QStringLiteral("IMAPS="))) {
            m_imapsPort = value.toUShort();
        }
    }
    m_running = true; // so that stop() cleans up whatever did start
    if (!started || !output.contains(QStringLiteral("READY")) || !m_imapPort || !m_imapsPort) {
        m_error = QStringLiteral("dovecot-imap-instance start failed:\n%1\n%2").arg(output, log());
        stop();
        return false;
    }
    return true;
}

void DovecotImapServer::stop()
{
    if (!m_dir) {
        return;
    }
    ServerRegistry::stopWatchdog(m_watchdogPid);
    m_watchdogPid = 0;
    if (m_running) {
        QString output;
        if (!ServerRegistry::run(QStringLiteral("/bin/sh"),
                { script(), QStringLiteral("stop"), m_dir->path() }, 30000, &output)) {
            qWarning("DovecotImapServer: stop failed: %s", qPrintable(output));
        }
    }
    m_dir.reset();
    m_running = false;
    m_imapPort = m_imapsPort = 0;
}

QString DovecotImapServer::caFile() const
{
    return TestCertificates().caFile();
}

QSslCertificate DovecotImapServer::caCertificate() const
{
    return TestCertificates().caCertificate();
}

QString DovecotImapServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString DovecotImapServer::log() const
{
    return m_dir ? QString::fromUtf8(readAll(m_dir->filePath(QStringLiteral("dovecot.log")))) : QString();
}

QString DovecotImapServer::folderPath(const QString &user, const QString &folder) const
{
    // Maildir++: INBOX is the user's directory itself, other folders ".Name" with "." between levels.
    const QString home = m_dir->filePath(QStringLiteral("mail/") + user);
    if (folder.compare(QStringLiteral("INBOX"), Qt::CaseInsensitive) == 0) {
        return home;
    }
    return home + QStringLiteral("/.") + QString(folder).replace(QLatin1Char('/'), QLatin1Char('.'));
}

bool DovecotImapServer::hasFolder(const QString &user, const QString &folder) const
{
    return m_dir && QDir(folderPath(user, folder)).exists(QStringLiteral("cur"));
}

QList<DovecotImapServer::StoredMessage> DovecotImapServer::messages(
    const QString &user, const QString &folder) const
{
    QList<StoredMessage> out;
    if (!m_dir) {
        return out;
    }
    for (const QString &sub : { QStringLiteral("new"), QStringLiteral("cur") }) {
        const QDir dir(folderPath(user, folder) + QLatin1Char('/') + sub);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            StoredMessage m;
            m.fileName = dir.filePath(name);
            m.bytes = readAll(m.fileName);
            const qsizetype info = name.lastIndexOf(QStringLiteral(":2,"));
            m.flags = info >= 0 ? name.mid(info + 3) : QString();
            out.append(m);
        }
    }
    // Dovecot names a delivery "<seconds>.M<microseconds>P<pid>.<host>,...": ordered by those two numbers,
    // the list is in delivery order (the names themselves do not sort that way).
    const auto when = [](const StoredMessage &m) {
        const QString name = QFileInfo(m.fileName).fileName();
        const qint64 seconds = name.section(QLatin1Char('.'), 0, 0).toLongLong();
        const QString rest = name.section(QLatin1Char('.'), 1, 1);
        const qint64 micro = rest.startsWith(QLatin1Char('M'))
            ? rest.mid(1).section(QLatin1Char('P'), 0, 0).toLongLong()
            : 0;
        return seconds * 1000000 + micro;
    };
    std::sort(out.begin(), out.end(),
        [&](const StoredMessage &a, const StoredMessage &b) { return when(a) < when(b); });
    return out;
}
