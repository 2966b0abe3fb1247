#include "minismtpserver.h"

#include <QFile>
#include <QSslSocket>
#include <utility>

namespace {
// Per-connection state, kept on the socket itself so it dies with it.
const char *const AuthStep = "mini_auth_step"; // 0 none, 1 LOGIN wants user, 2 LOGIN wants password, 3 PLAIN
const char *const Buffer = "mini_buffer";
} // namespace

MiniSmtpServer::MiniSmtpServer(const Rules &rules, QObject *parent) : QTcpServer(parent), m_rules(rules) { }

bool MiniSmtpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void MiniSmtpServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool MiniSmtpServer::loadCertificate(const QString &pemPath, const QString &keyPath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemPath);
    QFile keyFile(keyPath);
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    m_certificate = certs.first();
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
    return !m_key.isNull();
}

bool MiniSmtpServer::received(const QByteArray &prefix) const
{
    for (const QByteArray &c : m_commands) {
        if (c.startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

void MiniSmtpServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    // A client that gives up on the handshake is not the server's problem.
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &) { socket->abort(); });
    if (m_rules.tls == Tls::Implicit) {
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            if (!m_rules.silentGreeting) {
                reply(socket, m_rules.greeting);
            }
        });
        socket->startServerEncryption();
    } else if (!m_rules.silentGreeting) {
        reply(socket, m_rules.greeting);
    }
}

void MiniSmtpServer::reply(QSslSocket *socket, const QByteArray &text)
{
    socket->write(text + "\r\n");
}

void MiniSmtpServer::onReadyRead(QSslSocket *socket)
{
    QByteArray buffer = socket->property(Buffer).toByteArray() + socket->readAll();
    qsizetype nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
        QByteArray line = buffer.left(nl);
        buffer.remove(0, nl + 1);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        handleLine(socket, line);
        if (socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
    }
    socket->setProperty(Buffer, buffer);
}

void MiniSmtpServer::handleLine(QSslSocket *socket, const QByteArray &line)
{
    m_commands << line;
    const int authStep = socket->property(AuthStep).toInt();
    if (authStep == 1) {
        socket->setProperty(AuthStep, 2);
        reply(socket, "334 UGFzc3dvcmQ6");
        return;
    }
    if (authStep == 2 || authStep == 3) {
        socket->setProperty(AuthStep, 0);
        reply(socket, m_rules.authReply);
        return;
    }
    const QByteArray upper = line.toUpper();
    const bool encrypted = socket->isEncrypted();
    if (upper.startsWith("EHLO")) {
        QList<QByteArray> lines = { "mini.test greets you" };
        for (const QByteArray &e : std::as_const(m_rules.extensions)) {
            if (e.startsWith("AUTH") && m_rules.authOnlyAfterTls && !encrypted) {
                continue;
            }
            lines << e;
        }
        if (m_rules.tls == Tls::StartTls && !encrypted) {
            lines << "STARTTLS";
        }
        QByteArray out;
        for (int i = 0; i < lines.size(); ++i) {
            out += "250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i) + "\r\n";
        }
        socket->write(out);
    } else if (upper.startsWith("HELO")) {
        reply(socket, "250 mini.test");
    } else if (upper == "STARTTLS" && m_rules.tls == Tls::StartTls && !encrypted) {
        reply(socket, "220 2.0.0 Ready to start TLS");
        socket->startServerEncryption();
    } else if (upper.startsWith("AUTH ")) {
        if (!encrypted && !m_rules.authBeforeTlsReply.isEmpty()) {
            reply(socket, m_rules.authBeforeTlsReply);
            return;
        }
        const QList<QByteArray> parts = line.split(' ');
        const QByteArray mechanism = parts.value(1).toUpper();
        if (mechanism == "PLAIN") {
            if (parts.size() > 2) {
                reply(socket, m_rules.authReply);
            } else {
                socket->setProperty(AuthStep, 3);
                reply(socket, "334 ");
            }
        } else if (mechanism == "LOGIN") {
            if (parts.size() > 2) {
                socket->setProperty(AuthStep, 2);
                reply(socket, "334 UGFzc3dvcmQ6");
            } else {
                socket->setProperty(AuthStep, 1);
                reply(socket, "334 VXNlcm5hbWU6");
            }
        } else {
            reply(socket, "504 5.5.4 Unrecognized authentication type");
        }
    } else if (upper.startsWith("MAIL FROM:")) {
        reply(socket, m_rules.mailReply);
    } else if (upper.startsWith("RCPT TO:")) {
        reply(socket, m_rules.rcptReply);
    } else if (upper == "RSET") {
        reply(socket, "250 2.0.0 Ok");
    } else if (upper == "NOOP") {
        reply(socket, "250 2.0.0 Ok");
    } else if (upper == "QUIT") {
        reply(socket, "221 2.0.0 Bye");
        socket->disconnectFromHost();
    } else {
        reply(socket, "502 5.5.2 Error: command not recognized");
    }
}
