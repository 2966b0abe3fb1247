#include "postfixserver.h"

#include "serverregistry.h"
#include "testcertificates.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

namespace {

QString script()
{
    return TestPaths::serversDirectory() + QStringLiteral("/postfix-instance");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray PostfixServer::Delivery::messageWithoutAddedHeaders() const
{
    return stripAddedHeaders(message);
}

PostfixServer::PostfixServer() = default;

PostfixServer::~PostfixServer()
{
    stop();
}

QString PostfixServer::unavailableReason()
{
    if (geteuid() != 0) {
        return QStringLiteral(
            "the Postfix test instance needs root (Postfix's master and Dovecot start as root)");
    }
    for (const char *program : { "/usr/sbin/postfix", "/usr/sbin/dovecot", "/usr/bin/python3" }) {
        if (!QFile::exists(QString::fromLatin1(program))) {
            return QStringLiteral("%1 is missing; run scripts/deps.sh").arg(QString::fromLatin1(program));
        }
    }
    return QString();
}

bool PostfixServer::start()
{
    return start(Options());
}

bool PostfixServer::start(const Options &options)
{
    stop();
    m_error = unavailableReason();
    if (!m_error.isEmpty()) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const TestCertificates certificates;
    if (!certificates.isValid()) {
        m_error = certificates.errorString();
        return false;
    }
    ServerRegistry::reapStale();
    m_dir = ServerRegistry::createInstanceDirectory(QStringLiteral("postfix"), &m_error);
    if (!m_dir) {
        return false;
    }
    // Armed before anything starts, so no window leaves daemons behind a killed test.
    m_watchdogPid = ServerRegistry::startWatchdog(
        { QStringLiteral("/bin/sh"), script(), QStringLiteral("destroy"), m_dir->path() });

    QStringList arguments { script(), QStringLiteral("start"), m_dir->path(), QStringLiteral("--certs"),
        certificates.directory(), QStringLiteral("--size"), QString::number(options.messageSizeLimit),
        QStringLiteral("--owner"), QString::number(QCoreApplication::applicationPid()) };
    for (const QString &line : options.mainCf) {
        arguments << QStringLiteral("--set") << line;
    }
    QString output;
    const bool started = ServerRegistry::run(QStringLiteral("/bin/sh"), arguments, 60000, &output);
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QString value = line.section(QLatin1Char('='), 1);
        if (line.startsWith(QStringLiteral("PLAIN="))) {
            m_plainPort = value.toUShort();
        } else if (line.startsWith(QStringLiteral("SUBMISSION="))) {
            m_submissionPort = value.toUShort();
        } else if (line.startsWith(QStringLiteral("SUBMISSIONS="))) {
            m_submissionsPort = value.toUShort();
        }
    }
    if (!started || !output.contains(QStringLiteral("READY")) || !m_plainPort || !m_submissionPort
        || !m_submissionsPort) {
        m_error = QStringLiteral("postfix-instance start failed:\n%1\n%2").arg(output, maillog());
        m_running = true; // so that stop() cleans up whatever did start
        stop();
        return false;
    }
    m_running = true;
    m_startMs = timer.elapsed();
    return true;
}

void PostfixServer::stop()
{
    if (!m_dir) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    ServerRegistry::stopWatchdog(m_watchdogPid);
    m_watchdogPid = 0;
    if (m_running) {
        QString output;
        if (!ServerRegistry::run(QStringLiteral("/bin/sh"),
                { script(), QStringLiteral("stop"), m_dir->path() }, 30000, &output)) {
            qWarning("PostfixServer: stop failed: %s", qPrintable(output));
        }
    }
    m_dir.reset();
    m_running = false;
    m_plainPort = m_submissionPort = m_submissionsPort = 0;
    m_stopMs = timer.elapsed();
}

QString PostfixServer::caFile() const
{
    return TestCertificates().caFile();
}

QSslCertificate PostfixServer::caCertificate() const
{
    return TestCertificates().caCertificate();
}

QSslConfiguration PostfixServer::clientTlsConfiguration() const
{
    return TestCertificates().clientConfiguration();
}

QString PostfixServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostfixServer::mailDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("mail")) : QString();
}

QString PostfixServer::maillog() const
{
    return m_dir ? QString::fromUtf8(readAll(m_dir->filePath(QStringLiteral("maillog")))) : QString();
}

QString PostfixServer::dovecotLog() const
{
    return m_dir ? QString::fromUtf8(readAll(m_dir->filePath(QStringLiteral("dovecot.log")))) : QString();
}

int PostfixServer::deliveredCount() const
{
    if (!m_dir) {
        return 0;
    }
    return int(QDir(mailDirectory()).entryList({ QStringLiteral("*.eml") }, QDir::Files).size());
}

bool PostfixServer::waitForDelivery(int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return deliveredCount() >= count; }, timeoutMs);
}

QList<PostfixServer::Delivery> PostfixServer::deliveredMessages() const
{
    QList<Delivery> deliveries;
    if (!m_dir) {
        return deliveries;
    }
    const QDir mail(mailDirectory());
    // NNNNNN.eml: the names sort in delivery order.
    const QStringList names = mail.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        Delivery delivery;
        delivery.fileName = mail.filePath(name);
        delivery.message = readAll(delivery.fileName);
        const QString base = name.chopped(4);
        const QJsonObject envelope
            = QJsonDocument::fromJson(readAll(mail.filePath(base + QStringLiteral(".json")))).object();
        delivery.sender = envelope.value(QStringLiteral("sender")).toString().toUtf8();
        const QJsonArray recipients = envelope.value(QStringLiteral("recipients")).toArray();
        for (const QJsonValue &recipient : recipients) {
            delivery.recipients.append(recipient.toString().toUtf8());
        }
        delivery.queueId = envelope.value(QStringLiteral("queue_id")).toString();
        delivery.clientHelo = envelope.value(QStringLiteral("client_helo")).toString();
        delivery.clientProtocol = envelope.value(QStringLiteral("client_protocol")).toString();
        delivery.saslMethod = envelope.value(QStringLiteral("sasl_method")).toString();
        delivery.saslUsername = envelope.value(QStringLiteral("sasl_username")).toString();
        delivery.size = envelope.value(QStringLiteral("size")).toInteger();
        deliveries.append(delivery);
    }
    return deliveries;
}

void PostfixServer::clearDeliveries()
{
    if (!m_dir) {
        return;
    }
    QDir mail(mailDirectory());
    const QStringList names
        = mail.entryList({ QStringLiteral("*.eml"), QStringLiteral("*.json") }, QDir::Files);
    for (const QString &name : names) {
        mail.remove(name);
    }
}

QByteArray PostfixServer::stripAddedHeaders(const QByteArray &message)
{
    QByteArray rest = message;
    bool receivedRemoved = false;
    for (;;) {
        // One header field: its first line and any continuation lines (RFC 5322 2.2.3).
        qsizetype end = rest.indexOf("\r\n");
        while (end >= 0 && end + 2 < rest.size() && (rest.at(end + 2) == ' ' || rest.at(end + 2) == '\t')) {
            end = rest.indexOf("\r\n", end + 2);
        }
        if (end < 0) {
            return rest;
        }
        const QByteArray name = rest.left(rest.indexOf(':')).toLower();
        const bool added = (name == "received" && !receivedRemoved) || name == "return-path"
            || name == "delivered-to" || name == "x-original-to";
        if (!added || rest.indexOf(':') < 0 || rest.indexOf(':') > end) {
            return rest;
        }
        receivedRemoved = receivedRemoved || name == "received";
        rest.remove(0, end + 2);
    }
}
