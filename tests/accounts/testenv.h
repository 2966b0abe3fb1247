#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTcpServer>

// Real local services for the accounts tests: the test CA and certificates (tests/servers/make-certs.sh),
// a private Postfix (tests/servers/postfix-instance), dnsmasq on a spare loopback address, and a small
// HTTPS server. Everything listens on 127.x only. Kept here until tests/support offers the same.
namespace AccountsTest {

QString sourceDir(); // the repository root
// The test certificates (make-certs.sh output), generated once per build tree.
QString certsDir();
QString certPath(const QString &name); // certsDir()/name
QList<QSslCertificate> testCa();
// A server certificate signed by the test CA for 'dnsNames' (plus localhost and 127.0.0.1), made once into
// certsDir()/extra/<name>.pem and .key.
bool makeLeaf(const QString &name, const QStringList &dnsNames, QString *pemPath, QString *keyPath);
// A TCP port on 127.0.0.1 on which nothing listens (bound, then released).
quint16 closedPort();
// Runs a program to the end; its exit code (-1 when it did not start or timed out) and output.
int run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr,
    QByteArray *err = nullptr, int timeoutMs = 30000,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// A private Postfix + Dovecot instance (tests/servers/postfix-instance), stopped by the destructor.
// Ports: plain 25-like (STARTTLS offered, AUTH allowed on loopback), submission 587-like (STARTTLS required,
// AUTH only after TLS), submissions 465-like (implicit TLS). Users: tests/servers/users.conf.
class PostfixInstance
{
public:
    PostfixInstance() = default;
    ~PostfixInstance();
    PostfixInstance(const PostfixInstance &) = delete;
    PostfixInstance &operator=(const PostfixInstance &) = delete;

    // 'extra': more postfix-instance start options (--size N, --set 'k = v', --certs DIR).
    bool start(const QString &name, const QStringList &extra = {});
    void stop();
    QString errorString() const { return m_error; }
    QString directory() const { return m_dir; }
    quint16 plainPort() const { return m_plain; }
    quint16 submissionPort() const { return m_submission; }
    quint16 submissionsPort() const { return m_submissions; }

private:
    QString m_dir;
    QString m_error;
    quint16 m_plain = 0, m_submission = 0, m_submissions = 0;
};

// dnsmasq as an authoritative-enough DNS server for *.test on a spare loopback address, port 53 (QDnsLookup
// always asks port 53). Needs root. Stopped by the destructor.
class Dnsmasq
{
public:
    Dnsmasq() = default;
    ~Dnsmasq();
    Dnsmasq(const Dnsmasq &) = delete;
    Dnsmasq &operator=(const Dnsmasq &) = delete;

    // 'srvHosts': dnsmasq --srv-host values ("_submissions._tcp.a.test,mail.a.test,465,0,1").
    // 'extraArguments' go to dnsmasq as they are (--mx-host=DOMAIN,HOST,PREF for MX records).
    bool start(const QStringList &srvHosts, const QStringList &extraArguments = {});
    void stop();
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }
    QString log() const;

private:
    QProcess *m_process = nullptr;
    QHostAddress m_address;
    QString m_dir;
    QString m_error;
};

// A minimal HTTPS/1.1 server on 127.0.0.1: serves fixed bodies by path, with a certificate the test picks,
// records each request line and Host header. One request per connection.
class HttpsServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/xml";
    };

    explicit HttpsServer(QObject *parent = nullptr);
    bool start(const QString &pemPath, const QString &keyPath);
    void setResponse(const QString &path, const Response &response) { m_routes.insert(path, response); }
    QStringList requests() const { return m_requests; } // "GET /path Host: name"

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QString, Response> m_routes;
    QStringList m_requests;
};

} // namespace AccountsTest
