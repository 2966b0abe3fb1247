#include "testenv.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

namespace AccountsTest {

QString sourceDir()
{
    const QString env = qEnvironmentVariable("EPISTLE_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(EPISTLE_SOURCE_DIR) : env;
}

int run(const QString &program, const QStringList &arguments, QByteArray *out, QByteArray *err, int timeoutMs,
    const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        if (err) {
            *err = p.errorString().toUtf8();
        }
        return -1;
    }
    p.closeWriteChannel();
    // Spin the event loop while waiting: the program may talk to a server living in this very process.
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning) {
        loop.exec();
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(3000);
        if (err) {
            *err = "timed out: " + p.readAllStandardError();
        }
        return -1;
    }
    if (out) {
        *out = p.readAllStandardOutput();
    }
    if (err) {
        *err = p.readAllStandardError();
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString certsDir()
{
    static QString dir;
    if (dir.isEmpty()) {
        const QString wanted = QStringLiteral(EPISTLE_ACCOUNTS_TEST_BUILD_DIR "/certs");
        QByteArray err;
        if (run(sourceDir() + QLatin1String("/tests/servers/make-certs.sh"), { wanted }, nullptr, &err)
            != 0) {
            qWarning("make-certs.sh failed: %s", err.constData());
        }
        dir = wanted;
    }
    return dir;
}

QString certPath(const QString &name)
{
    return certsDir() + QLatin1Char('/') + name;
}

QList<QSslCertificate> testCa()
{
    return QSslCertificate::fromPath(certPath(QStringLiteral("ca.pem")));
}

bool makeLeaf(const QString &name, const QStringList &dnsNames, QString *pemPath, QString *keyPath)
{
    const QString dir = certsDir() + QLatin1String("/extra");
    QDir().mkpath(dir);
    *pemPath = dir + QLatin1Char('/') + name + QLatin1String(".pem");
    *keyPath = dir + QLatin1Char('/') + name + QLatin1String(".key");
    QStringList san;
    for (const QString &d : dnsNames) {
        san << QStringLiteral("DNS:") + d;
    }
    san << QStringLiteral("DNS:localhost") << QStringLiteral("IP:127.0.0.1");
    const QString sanLine = san.join(QLatin1String(", "));
    // Regenerated when the names change (the SAN line is kept next to the certificate).
    QFile stamp(dir + QLatin1Char('/') + name + QLatin1String(".san"));
    if (QFile::exists(*pemPath) && stamp.open(QIODevice::ReadOnly)
        && QString::fromUtf8(stamp.readAll()) == sanLine) {
        return true;
    }
    stamp.close();
    const QString ext = dir + QLatin1Char('/') + name + QLatin1String(".ext");
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly)) {
        return false;
    }
    extFile.write("basicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature\n"
                  "extendedKeyUsage = serverAuth\nsubjectAltName = "
        + sanLine.toUtf8() + '\n');
    extFile.close();
    const QString csr = dir + QLatin1Char('/') + name + QLatin1String(".csr");
    QByteArray err;
    if (run(QStringLiteral("openssl"),
            { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                *keyPath },
            nullptr, &err)
            != 0
        || run(QStringLiteral("openssl"),
               { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), *keyPath,
                   QStringLiteral("-subj"), QStringLiteral("/O=Epistle tests/CN=") + dnsNames.value(0),
                   QStringLiteral("-out"), csr },
               nullptr, &err)
            != 0
        || run(QStringLiteral("openssl"),
               { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                   QStringLiteral("-CA"), certPath(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
                   certPath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                   QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-extfile"), ext,
                   QStringLiteral("-out"), *pemPath },
               nullptr, &err)
            != 0) {
        qWarning("openssl failed: %s", err.constData());
        return false;
    }
    QFile::setPermissions(*keyPath,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (stamp.open(QIODevice::WriteOnly)) {
        stamp.write(sanLine.toUtf8());
    }
    return true;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// ---- Postfix

PostfixInstance::~PostfixInstance()
{
    stop();
}

bool PostfixInstance::start(const QString &name, const QStringList &extra)
{
    const QString script = sourceDir() + QLatin1String("/tests/servers/postfix-instance");
    // Instances of test processes that died without stopping theirs.
    run(script, { QStringLiteral("reap") }, nullptr, nullptr, 60000);
    m_dir = QStringLiteral("/tmp/epistle-servers/accounts-%1-%2")
                .arg(name)
                .arg(QCoreApplication::applicationPid());
    QDir(m_dir).removeRecursively();
    QDir().mkpath(m_dir);
    QByteArray out, err;
    QStringList args = { QStringLiteral("start"), m_dir, QStringLiteral("--owner"),
        QString::number(QCoreApplication::applicationPid()) };
    if (!extra.join(QLatin1Char(' ')).contains(QLatin1String("--certs"))) {
        args << QStringLiteral("--certs") << certsDir();
    }
    args << extra;
    const int rc = run(script, args, &out, &err, 120000);
    if (rc != 0 || !out.contains("READY")) {
        m_error = QString::fromUtf8(err + out);
        return false;
    }
    for (const QByteArray &line : out.split('\n')) {
        const QByteArray value = line.mid(line.indexOf('=') + 1);
        if (line.startsWith("PLAIN=")) {
            m_plain = quint16(value.toUInt());
        } else if (line.startsWith("SUBMISSION=")) {
            m_submission = quint16(value.toUInt());
        } else if (line.startsWith("SUBMISSIONS=")) {
            m_submissions = quint16(value.toUInt());
        }
    }
    return m_plain && m_submission && m_submissions;
}

void PostfixInstance::stop()
{
    if (m_dir.isEmpty()) {
        return;
    }
    run(sourceDir() + QLatin1String("/tests/servers/postfix-instance"), { QStringLiteral("stop"), m_dir },
        nullptr, nullptr, 60000);
    QDir(m_dir).removeRecursively();
    m_dir.clear();
}

// ---- dnsmasq

Dnsmasq::~Dnsmasq()
{
    stop();
}

namespace {
// A minimal DNS query for 'name' (type SRV), to see whether the server answers yet.
QByteArray srvQuery(const QByteArray &name)
{
    QByteArray q("\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 12);
    for (const QByteArray &label : name.split('.')) {
        q += char(label.size()) + label;
    }
    q += QByteArray("\x00\x00\x21\x00\x01", 5);
    return q;
}
} // namespace

bool Dnsmasq::start(const QStringList &srvHosts, const QStringList &extraArguments)
{
    // A loopback address of our own, so parallel test runs (and a system resolver on 127.0.0.53) never meet.
    auto *rng = QRandomGenerator::global();
    m_address
        = QHostAddress(QStringLiteral("127.53.%1.%2").arg(rng->bounded(1, 250)).arg(rng->bounded(1, 250)));
    m_dir = QStringLiteral(EPISTLE_ACCOUNTS_TEST_BUILD_DIR "/dnsmasq-%1")
                .arg(QCoreApplication::applicationPid());
    QDir().mkpath(m_dir);
    QStringList args = { QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
        QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"), QStringLiteral("--no-poll"),
        QStringLiteral("--bind-interfaces"), QStringLiteral("--listen-address=") + m_address.toString(),
        QStringLiteral("--port=53"), QStringLiteral("--local=/test/"), QStringLiteral("--local=/invalid/"),
        QStringLiteral("--pid-file=") + m_dir + QLatin1String("/dnsmasq.pid"),
        QStringLiteral("--log-queries"),
        QStringLiteral("--log-facility=") + m_dir + QLatin1String("/dnsmasq.log") };
    for (const QString &srv : srvHosts) {
        args << QStringLiteral("--srv-host=") + srv;
    }
    args << extraArguments;
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral("/usr/sbin/dnsmasq"), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = m_process->errorString();
        return false;
    }
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    const QByteArray query = srvQuery("_probe._tcp.ready.test");
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QString::fromUtf8(m_process->readAll());
            return false;
        }
        probe.writeDatagram(query, m_address, 53);
        if (probe.waitForReadyRead(100)) {
            probe.receiveDatagram();
            return true;
        }
    }
    m_error = QStringLiteral("dnsmasq did not answer: ") + log();
    return false;
}

QString Dnsmasq::log() const
{
    QFile f(m_dir + QLatin1String("/dnsmasq.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void Dnsmasq::stop()
{
    if (!m_process) {
        return;
    }
    // Only the process this object started, by its own handle.
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    delete m_process;
    m_process = nullptr;
    QDir(m_dir).removeRecursively();
}

// ---- HTTPS

HttpsServer::HttpsServer(QObject *parent) : QTcpServer(parent) { }

bool HttpsServer::start(const QString &pemPath, const QString &keyPath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemPath);
    QFile keyFile(keyPath);
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    m_certificate = certs.first();
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
    return !m_key.isNull() && listen(QHostAddress::LocalHost, 0);
}

void HttpsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n")) {
            return;
        }
        const QList<QByteArray> lines = request.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        QByteArray host;
        for (const QByteArray &l : lines) {
            if (l.toLower().startsWith("host:")) {
                host = l.mid(5).trimmed();
            }
        }
        const QString path = QString::fromLatin1(first.value(1)).section(QLatin1Char('?'), 0, 0);
        m_requests << QStringLiteral("%1 %2 Host: %3")
                          .arg(QString::fromLatin1(first.value(0)), path, QString::fromLatin1(host));
        const auto it = m_routes.constFind(path);
        const Response response
            = it != m_routes.constEnd() ? *it : Response { 404, "not found\n", "text/plain" };
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status)
            + (response.status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + response.contentType
            + "\r\nContent-Length: " + QByteArray::number(response.body.size())
            + "\r\nConnection: close\r\n\r\n";
        socket->write(head + response.body);
        socket->disconnectFromHost();
    });
    socket->startServerEncryption();
}

} // namespace AccountsTest
