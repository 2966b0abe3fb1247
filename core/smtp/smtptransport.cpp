#include "smtptransport.h"

#include "smtpadvice.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {

// A server can send without end; the socket must not buffer without end on the client's behalf.
constexpr qint64 ReadBufferSize = 64 * 1024;

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    default:
        return SmtpTransport::tr("TLS (old version)");
    }
}

// What OpenSSL says when the peer answered a ClientHello in plain text.
bool looksLikePlainPeer(const QString &detail)
{
    const QString lower = detail.toLower();
    return lower.contains(QLatin1String("wrong version number"))
        || lower.contains(QLatin1String("packet length too long"))
        || lower.contains(QLatin1String("unknown protocol"))
        || lower.contains(QLatin1String("record layer failure"))
        || lower.contains(QLatin1String("http request"));
}

} // namespace

SmtpTransport::SmtpTransport(const SmtpConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{ }

SmtpTransport::~SmtpTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpTransport::setup(QSslSocket *socket)
{
    release();
    m_socket = socket;
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferSize);
    connect(socket, &QSslSocket::connected, this, &SmtpTransport::connected);
    connect(socket, &QSslSocket::encrypted, this, &SmtpTransport::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &SmtpTransport::onSslErrors);
    // Every read acknowledges at once (see onEncrypted).
    connect(socket, &QSslSocket::readyRead, this, &SmtpTransport::quickAck);
    connect(socket, &QSslSocket::readyRead, this, &SmtpTransport::readyRead);
    connect(socket, &QSslSocket::bytesWritten, this, &SmtpTransport::bytesWritten);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &SmtpTransport::bytesWritten);
    connect(socket, &QAbstractSocket::errorOccurred, this, &SmtpTransport::failed);
    connect(socket, &QAbstractSocket::disconnected, this, &SmtpTransport::closed);

    QSslConfiguration config = socket->sslConfiguration();
    if (!m_settings.tls.caCertificates.isEmpty()) {
        config.addCaCertificates(m_settings.tls.caCertificates);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::SecureProtocols);
    socket->setSslConfiguration(config);
    // Verify against the configured host name, never the name the server announces in its banner.
    socket->setPeerVerifyName(m_settings.host);
}

void SmtpTransport::release()
{
    ++m_generation;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = nullptr;
}

void SmtpTransport::open()
{
    m_tlsInfo = SmtpTlsInfo();
    m_certificateError = {};
    QSslSocket *socket = m_socketFactory ? m_socketFactory(this) : new QSslSocket(this);
    setup(socket);
    socket->setProxy(m_settings.proxy);
    const quint16 port = m_settings.effectivePort();
    if (m_settings.security == Smtp::Security::Tls) {
        socket->connectToHostEncrypted(m_settings.host, port, m_settings.host);
    } else {
        socket->connectToHost(m_settings.host, port);
    }
}

void SmtpTransport::adopt(QSslSocket *socket)
{
    if (socket == m_socket) {
        return;
    }
    setup(socket);
    if (socket->isEncrypted()) {
        onEncrypted();
    }
}

void SmtpTransport::startTls()
{
    if (!m_socket) {
        return;
    }
    m_socket->setPeerVerifyName(m_settings.host);
    m_socket->startClientEncryption();
}

void SmtpTransport::abort()
{
    release();
}

void SmtpTransport::close()
{
    if (m_socket) {
        m_socket->disconnectFromHost();
    }
}

bool SmtpTransport::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SmtpTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool SmtpTransport::isPeerLoopback() const
{
    if (!m_socket) {
        return false;
    }
    QNetworkProxy proxy = m_socket->proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        proxy = QNetworkProxy::applicationProxy();
    }
    if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy) {
        return false;
    }
    return m_socket->peerAddress().isLoopback();
}

QString SmtpTransport::localAddressLiteral() const
{
    QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress(QHostAddress::LocalHost);
    bool ok = false;
    const quint32 v4 = local.toIPv4Address(&ok);
    if (ok) {
        return QLatin1Char('[') + QHostAddress(v4).toString() + QLatin1Char(']');
    }
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        local.setScopeId(QString());
        return QStringLiteral("[IPv6:") + local.toString() + QLatin1Char(']');
    }
    return QStringLiteral("[127.0.0.1]");
}

qint64 SmtpTransport::bytesAvailable() const
{
    return m_socket ? m_socket->bytesAvailable() : 0;
}

qint64 SmtpTransport::read(char *data, qint64 maxSize)
{
    return m_socket ? m_socket->read(data, maxSize) : -1;
}

void SmtpTransport::write(const QByteArray &bytes)
{
    if (m_socket) {
        m_socket->write(bytes);
    }
}

qint64 SmtpTransport::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void SmtpTransport::onEncrypted()
{
    QSslSocket *socket = m_socket;
    if (!socket) {
        return;
    }
    m_tlsInfo.encrypted = true;
    m_tlsInfo.protocol = protocolName(socket->sessionProtocol());
    m_tlsInfo.cipher = socket->sessionCipher().name();
    m_tlsInfo.cipherBits = socket->sessionCipher().usedBits();
    m_tlsInfo.peerCertificate = socket->peerCertificate();
    m_tlsInfo.chain = socket->peerCertificateChain();
    const QList<QByteArray> &pins = m_settings.tls.pinnedSha256;
    if (!pins.isEmpty() && !pins.contains(m_tlsInfo.sha256())) {
        Q_EMIT refused(SmtpAdvice::certificatePinMismatch(m_settings.host, {}, m_tlsInfo.chain));
        return;
    }
    m_tlsInfo.pinned = !pins.isEmpty();
    // The server's Nagle holds a small write behind one this side has not acknowledged yet, and this side's
    // delayed ACK waits ~40 ms to acknowledge, as it has nothing to send while it waits for a reply. It bites
    // twice: TLS 1.3 session tickets right after the handshake hold back the greeting of an implicit-TLS
    // port, and a pipelined flight's replies, which Postfix writes in two parts (what it had when it ran out
    // of input, then the last BDAT's reply once its queue file is safe), hold back the last reply: 40 ms a
    // flight, most of an outbox flush's time. So every read acknowledges at once (the kernel leaves quick-ACK
    // mode by itself, so each read re-arms it): one small packet a read, nothing else.
    // The tickets carry no application data, so QSslSocket's readyRead never sees them: watch the TCP socket
    // under it (its child), whose readyRead comes after QSslSocket has read the bytes; an ACK the kernel
    // holds back then goes out at once.
    quickAck();
    if (auto *plain = socket->findChild<QTcpSocket *>()) {
        connect(plain, &QTcpSocket::readyRead, this, &SmtpTransport::quickAck, Qt::UniqueConnection);
    }
    Q_EMIT encrypted();
}

void SmtpTransport::quickAck()
{
#ifdef Q_OS_LINUX
    const qintptr descriptor = m_socket ? m_socket->socketDescriptor() : -1;
    if (descriptor >= 0) {
        const int on = 1;
        ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#endif
}

void SmtpTransport::onSslErrors(const QList<QSslError> &errors)
{
    QSslSocket *socket = m_socket;
    if (!socket) {
        return;
    }
    const QSslCertificate leaf = socket->peerCertificate();
    const QList<QSslCertificate> chain = socket->peerCertificateChain();
    const QList<QByteArray> &pins = m_settings.tls.pinnedSha256;
    if (!pins.isEmpty()) {
        if (pins.contains(SmtpTlsInfo::fingerprint(leaf))) {
            // The person trusted exactly this certificate for this account: its errors are known and
            // accepted.
            socket->ignoreSslErrors(errors);
            m_tlsInfo.acceptedErrors = errors;
            return;
        }
        m_certificateError = SmtpAdvice::certificatePinMismatch(m_settings.host, errors, chain);
        return;
    }
    m_acceptedCertificate = QSslCertificate();
    const quint64 generation = m_generation;
    Q_EMIT certificateErrors(errors, chain);
    if (generation != m_generation || !m_socket) {
        return; // the handler cancelled
    }
    if (!m_acceptedCertificate.isNull() && m_acceptedCertificate == leaf) {
        socket->ignoreSslErrors(errors);
        m_tlsInfo.acceptedErrors = errors;
        return;
    }
    m_certificateError = SmtpAdvice::certificateUntrusted(m_settings.host, errors, chain);
}

bool SmtpTransport::closedByPeer() const
{
    return m_socket && m_socket->error() == QAbstractSocket::RemoteHostClosedError;
}

SmtpError SmtpTransport::error(Smtp::Step step) const
{
    const QAbstractSocket::SocketError code
        = m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError;
    const QString detail = m_socket ? m_socket->errorString() : QString();
    const QString where = m_settings.host + QLatin1Char(':') + QString::number(m_settings.effectivePort());
    switch (code) {
    case QAbstractSocket::HostNotFoundError:
        return SmtpAdvice::hostNotFound(m_settings.host);
    case QAbstractSocket::ConnectionRefusedError:
        return SmtpAdvice::connectionRefused(where);
    case QAbstractSocket::SslHandshakeFailedError:
        if (m_certificateError.isError()) {
            return m_certificateError;
        }
        if (looksLikePlainPeer(detail) && m_settings.security == Smtp::Security::Tls) {
            return SmtpAdvice::tlsNotSpokenByServer(m_settings.effectivePort());
        }
        return SmtpAdvice::tlsHandshakeFailed(where, detail);
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return SmtpAdvice::proxyFailed(where, detail);
    case QAbstractSocket::RemoteHostClosedError:
        return SmtpAdvice::connectionClosed(step, where, false);
    default:
        return SmtpAdvice::networkError(step, where, detail);
    }
}
