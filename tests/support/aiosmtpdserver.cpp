#include "aiosmtpdserver.h"

#include "serverregistry.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> toByteArrays(const QJsonValue &value)
{
    QList<QByteArray> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        list.append(item.toString().toUtf8());
    }
    return list;
}

} // namespace

AiosmtpdServer::AiosmtpdServer() = default;

AiosmtpdServer::~AiosmtpdServer()
{
    stop();
}

QString AiosmtpdServer::unavailableReason()
{
    if (!QFile::exists(TestPaths::systemPython())) {
        return QStringLiteral("%1 is missing; run scripts/deps.sh").arg(TestPaths::systemPython());
    }
    if (!QFile::exists(QStringLiteral("/usr/lib/python3/dist-packages/aiosmtpd/__init__.py"))) {
        return QStringLiteral("python3-aiosmtpd is missing; run scripts/deps.sh");
    }
    return QString();
}

bool AiosmtpdServer::start()
{
    return start(Options());
}

bool AiosmtpdServer::start(const Options &options)
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
    m_dir = ServerRegistry::createInstanceDirectory(QStringLiteral("aiosmtpd"), &m_error);
    if (!m_dir) {
        return false;
    }

    static const char *const tlsNames[] = { "none", "starttls", "require-starttls", "implicit" };
    QStringList arguments { TestPaths::serversDirectory() + QStringLiteral("/aiosmtpd_server.py"),
        QStringLiteral("--maildir"), m_dir->filePath(QStringLiteral("mail")), QStringLiteral("--tls"),
        QString::fromLatin1(tlsNames[int(options.tls)]), QStringLiteral("--size"),
        QString::number(options.sizeLimit), QStringLiteral("--parent-pid"),
        QString::number(QCoreApplication::applicationPid()), QStringLiteral("--pidfile"),
        m_dir->filePath(QStringLiteral("server.pid")) };
    if (options.tls != Tls::None) {
        arguments << QStringLiteral("--cert") << certificates.certificateFile(options.certificate)
                  << QStringLiteral("--key") << certificates.keyFile(options.certificate);
    }
    if (options.auth) {
        arguments << QStringLiteral("--auth");
    }
    if (options.authRequired) {
        arguments << QStringLiteral("--auth-required");
    }
    if (options.authWithoutTls) {
        arguments << QStringLiteral("--auth-without-tls");
    }
    if (options.smtputf8) {
        arguments << QStringLiteral("--smtputf8");
    }
    if (!options.oauthIntrospectUrl.isEmpty()) {
        arguments << QStringLiteral("--oauth-introspect") << options.oauthIntrospectUrl;
    }
    if (!options.hostName.isEmpty()) {
        arguments << QStringLiteral("--hostname") << options.hostName;
    }

    m_process = std::make_unique<QProcess>();
    // stderr to a file: nothing has to read it while the test runs.
    m_process->setStandardErrorFile(m_dir->filePath(QStringLiteral("server.log")));
    m_process->start(TestPaths::systemPython(), arguments);
    QByteArray out;
    m_port = ServerRegistry::waitForReadyLine(m_process.get(), &out);
    if (!m_port) {
        m_error = QStringLiteral("aiosmtpd_server.py did not start (%1): %2 %3")
                      .arg(m_process->errorString(), QString::fromUtf8(out), log());
        stop();
        return false;
    }
    m_startMs = timer.elapsed();
    return true;
}

void AiosmtpdServer::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM: the script closes its listener and exits
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
    m_dir.reset();
    m_port = 0;
}

bool AiosmtpdServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString AiosmtpdServer::caFile() const
{
    return TestCertificates().caFile();
}

QSslConfiguration AiosmtpdServer::clientTlsConfiguration() const
{
    return TestCertificates().clientConfiguration();
}

QString AiosmtpdServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString AiosmtpdServer::log() const
{
    return m_dir ? QString::fromUtf8(readAll(m_dir->filePath(QStringLiteral("server.log")))) : QString();
}

int AiosmtpdServer::messageCount() const
{
    if (!m_dir) {
        return 0;
    }
    return int(QDir(m_dir->filePath(QStringLiteral("mail")))
                   .entryList({ QStringLiteral("*.eml") }, QDir::Files)
                   .size());
}

bool AiosmtpdServer::waitForMessages(int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return messageCount() >= count; }, timeoutMs);
}

QList<AiosmtpdServer::Message> AiosmtpdServer::messages() const
{
    QList<Message> messages;
    if (!m_dir) {
        return messages;
    }
    const QDir mail(m_dir->filePath(QStringLiteral("mail")));
    const QStringList names = mail.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        Message message;
        message.fileName = mail.filePath(name);
        message.content = readAll(message.fileName);
        message.envelope
            = QJsonDocument::fromJson(readAll(mail.filePath(name.chopped(4) + QStringLiteral(".json"))))
                  .object();
        message.mailFrom = message.envelope.value(QStringLiteral("mail_from")).toString().toUtf8();
        message.rcptTos = toByteArrays(message.envelope.value(QStringLiteral("rcpt_tos")));
        message.mailOptions = toByteArrays(message.envelope.value(QStringLiteral("mail_options")));
        message.rcptOptions = toByteArrays(message.envelope.value(QStringLiteral("rcpt_options")));
        messages.append(message);
    }
    return messages;
}

void AiosmtpdServer::clearMessages()
{
    if (!m_dir) {
        return;
    }
    QDir mail(m_dir->filePath(QStringLiteral("mail")));
    const QStringList names
        = mail.entryList({ QStringLiteral("*.eml"), QStringLiteral("*.json") }, QDir::Files);
    for (const QString &name : names) {
        mail.remove(name);
    }
}
