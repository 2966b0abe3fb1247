#include "smtpclient.h"

#include "sasl.h"
#include "smtpbodyencoder.h"
#include "smtplogin.h"
#include "smtptranscript.h"

#include <QHostAddress>
#include <QIODevice>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>
#include <algorithm>

namespace {

constexpr qint64 ReadChunk = 64 * 1024;
// The socket's write buffer is kept below this while a body streams, so memory stays flat and the event
// loop never spends long in one go.
constexpr qint64 WriteHighWater = 512 * 1024;
constexpr qint64 BdatChunk = 1024 * 1024;
constexpr int MaxBdatChunksInFlight = 8;

bool hasControlOrAngle(const QString &s)
{
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            return true;
        }
    }
    return false;
}

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

// RFC 3461 4: xtext encodes '+', '=' and anything outside printable ASCII as "+HH".
QByteArray xtext(const QByteArray &in)
{
    QByteArray out;
    for (char ch : in) {
        const uchar c = uchar(ch);
        if (c < 33 || c > 126 || c == '+' || c == '=') {
            out += '+' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        } else {
            out += ch;
        }
    }
    return out;
}

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    default:
        return SmtpClient::tr("TLS (old version)");
    }
}

QString describeSslErrors(const QList<QSslError> &errors, const QString &host, const QSslCertificate &leaf)
{
    const QString fingerprint = SmtpTlsInfo::formatFingerprint(SmtpTlsInfo::fingerprint(leaf));
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch: {
            QStringList names = leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
            names += leaf.subjectAlternativeNames().values(QSsl::IpAddressEntry);
            if (names.isEmpty()) {
                names = leaf.subjectInfo(QSslCertificate::CommonName);
            }
            return SmtpClient::tr(
                "The server's certificate is for %1, not for %2. Check the server name in the "
                "settings; only trust this certificate if you know why the names differ.")
                .arg(names.join(QLatin1String(", ")), host);
        }
        case QSslError::CertificateExpired:
            return SmtpClient::tr(
                "The server's certificate for %1 expired on %2. The server's administrator must "
                "renew it.")
                .arg(host, leaf.expiryDate().toString(Qt::ISODate));
        case QSslError::CertificateNotYetValid:
            return SmtpClient::tr(
                "The server's certificate for %1 is not valid before %2. Check this computer's "
                "date and time.")
                .arg(host, leaf.effectiveDate().toString(Qt::ISODate));
        default:
            break;
        }
    }
    QStringList texts;
    for (const QSslError &e : errors) {
        texts << e.errorString();
    }
    return SmtpClient::tr("The server's certificate for %1 is not signed by an authority this system trusts "
                          "(%2). If you set this server up yourself, compare its SHA-256 fingerprint %3 and "
                          "trust this certificate, or give its CA file.")
        .arg(host, texts.join(QLatin1String("; ")), fingerprint);
}

} // namespace

SmtpClient::SmtpClient(const SmtpConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_timer.setSingleShot(true);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
    const QString logPath = qEnvironmentVariable("EPISTLE_SMTP_LOG");
    if (!logPath.isEmpty()) {
        m_envTranscript = SmtpTranscript::openLogFile(logPath, this);
        if (m_envTranscript) {
            m_envTranscript->attach(this);
        }
    }
}

SmtpClient::~SmtpClient()
{
    ++m_generation;
    m_login.reset();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpClient::setTranscript(SmtpTranscript *transcript)
{
    m_transcript = transcript;
    if (transcript) {
        transcript->attach(this);
    }
}

// ---- connection ----

void SmtpClient::setupSocket(QSslSocket *socket)
{
    if (m_socket && m_socket != socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = socket;
    socket->setParent(this);
    // A server can send without end; the socket must not buffer without end on our behalf.
    socket->setReadBufferSize(ReadChunk);
    connect(socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    connect(socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(socket, &QSslSocket::bytesWritten, this, &SmtpClient::onBytesWritten);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &SmtpClient::onBytesWritten);
    connect(socket, &QAbstractSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(socket, &QAbstractSocket::disconnected, this, &SmtpClient::onSocketDisconnected);

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

void SmtpClient::connectToServer(ReplyHandler onGreeting)
{
    if (isConnected()) {
        refuse(SmtpError::InvalidInput, Smtp::Step::Connect, tr("Already connected"));
        return;
    }
    m_failed = false;
    m_lastError = {};
    m_quitSent = false;
    m_parser.reset();
    m_capabilities = {};
    m_tlsInfo = SmtpTlsInfo();
    m_certificateError = {};
    m_outgoing.clear();
    m_pending.clear();
    m_lastWrittenEndsGroup = true;
    m_roundTrips = 0;
    m_bytesWritten = 0;
    ++m_generation;

    QSslSocket *socket = m_socketFactory ? m_socketFactory(this) : new QSslSocket(this);
    setupSocket(socket);
    socket->setProxy(m_settings.proxy);
    setState(Smtp::State::Connecting);
    expectGreeting(std::move(onGreeting));
    m_timer.start(m_settings.timeouts.connect);
    m_phaseStart = m_clock.elapsed();
    const quint16 port = m_settings.effectivePort();
    if (m_settings.security == Smtp::Security::Tls) {
        socket->connectToHostEncrypted(m_settings.host, port, m_settings.host);
    } else {
        socket->connectToHost(m_settings.host, port);
    }
}

void SmtpClient::adoptSocket(QSslSocket *socket, bool greetingRead, ReplyHandler onGreeting)
{
    m_failed = false;
    m_lastError = {};
    m_quitSent = false;
    m_parser.reset();
    m_outgoing.clear();
    m_pending.clear();
    m_lastWrittenEndsGroup = true;
    ++m_generation;
    setupSocket(socket);
    if (socket->isEncrypted()) {
        onEncrypted();
    }
    setState(Smtp::State::Handshake);
    if (!greetingRead) {
        expectGreeting(std::move(onGreeting));
        m_pending.front().deadline = QDeadlineTimer(m_settings.timeouts.greeting);
        armTimer();
        if (socket->bytesAvailable() > 0) {
            QMetaObject::invokeMethod(this, &SmtpClient::onReadyRead, Qt::QueuedConnection);
        }
    }
}

void SmtpClient::expectGreeting(ReplyHandler onGreeting)
{
    Pending greeting;
    greeting.step = Smtp::Step::Greeting;
    greeting.deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    greeting.handler = [this, onGreeting = std::move(onGreeting)](const SmtpReply &reply) {
        if (reply.code() != 220) {
            fail(SmtpError(SmtpError::GreetingRefused, Smtp::Step::Greeting,
                tr("The server at %1 refused the connection in its greeting.").arg(peerDescription()),
                reply));
            return;
        }
        m_greeting = reply;
        if (onGreeting) {
            onGreeting(reply);
        }
    };
    m_pending.push_back(std::move(greeting));
}

void SmtpClient::onConnected()
{
    ++m_roundTrips;
    Q_EMIT stepFinished(Smtp::Step::Connect, SmtpReply(), m_clock.elapsed() - m_phaseStart);
    m_phaseStart = m_clock.elapsed();
    if (m_settings.security == Smtp::Security::Tls) {
        return; // the greeting comes after the handshake
    }
    setState(Smtp::State::Handshake);
    if (!m_pending.empty() && m_pending.front().step == Smtp::Step::Greeting) {
        m_pending.front().deadline = QDeadlineTimer(m_settings.timeouts.greeting);
        m_pending.front().sentAt = m_clock.elapsed();
    }
    armTimer();
}

void SmtpClient::onEncrypted()
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
        SmtpError error(SmtpError::CertificatePinMismatch, Smtp::Step::TlsHandshake,
            tr("The certificate of %1 is not the one trusted for this account (fingerprint %2). "
               "It may have been renewed, or someone is in between. Check it before trusting it.")
                .arg(m_settings.host, SmtpTlsInfo::formatFingerprint(m_tlsInfo.sha256())));
        error.setCertificateProblem({}, m_tlsInfo.chain);
        fail(error);
        return;
    }
    m_tlsInfo.pinned = !pins.isEmpty();
    ++m_roundTrips;
    Q_EMIT stepFinished(Smtp::Step::TlsHandshake, SmtpReply(), m_clock.elapsed() - m_phaseStart);
    Q_EMIT tlsEstablished(m_tlsInfo);

    if (m_tlsStarting) {
        m_tlsStarting = false;
        ReplyHandler done = std::move(m_startTlsDone);
        // RFC 3207 4.2: forget everything learnt before TLS; only the new EHLO counts.
        m_capabilities = {};
        startEhlo(true, std::move(done));
        schedulePump();
        return;
    }
    setState(Smtp::State::Handshake);
    if (!m_pending.empty() && m_pending.front().step == Smtp::Step::Greeting) {
        m_pending.front().deadline = QDeadlineTimer(m_settings.timeouts.greeting);
        m_pending.front().sentAt = m_clock.elapsed();
    }
    armTimer();
}

void SmtpClient::onSslErrors(const QList<QSslError> &errors)
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
        m_certificateError = SmtpError(SmtpError::CertificatePinMismatch, Smtp::Step::TlsHandshake,
            tr("The certificate of %1 is not the one trusted for this account (fingerprint %2). It may "
               "have been renewed, or someone is in between. Check it before trusting it.")
                .arg(m_settings.host, SmtpTlsInfo::formatFingerprint(SmtpTlsInfo::fingerprint(leaf))));
        m_certificateError.setCertificateProblem(errors, chain);
        return;
    }
    m_acceptedCertificate = QSslCertificate();
    const quint64 generation = m_generation;
    Q_EMIT certificateErrors(errors, chain);
    if (generation != m_generation || !m_socket) {
        return;
    }
    if (!m_acceptedCertificate.isNull() && m_acceptedCertificate == leaf) {
        socket->ignoreSslErrors(errors);
        m_tlsInfo.acceptedErrors = errors;
        return;
    }
    m_certificateError = SmtpError(SmtpError::CertificateUntrusted, Smtp::Step::TlsHandshake,
        describeSslErrors(errors, m_settings.host, leaf));
    m_certificateError.setCertificateProblem(errors, chain);
}

void SmtpClient::acceptCertificate(const QSslCertificate &certificate)
{
    m_acceptedCertificate = certificate;
}

SmtpError SmtpClient::socketError(Smtp::Step step) const
{
    const QAbstractSocket::SocketError code
        = m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError;
    const QString detail = m_socket ? m_socket->errorString() : QString();
    const QString where = peerDescription();
    const quint16 port = m_settings.effectivePort();
    switch (code) {
    case QAbstractSocket::HostNotFoundError:
        return SmtpError(SmtpError::HostNotFound, Smtp::Step::Resolve,
            tr("The server name %1 could not be found. Check its spelling, and that this "
               "computer is online.")
                .arg(m_settings.host));
    case QAbstractSocket::ConnectionRefusedError:
        return SmtpError(SmtpError::ConnectionRefused, Smtp::Step::Connect,
            tr("Nothing accepts connections at %1. Check the port: mail submission uses 465 "
               "(SSL/TLS) or 587 (STARTTLS).")
                .arg(where));
    case QAbstractSocket::SslHandshakeFailedError: {
        if (m_certificateError.isError()) {
            return m_certificateError;
        }
        const QString lower = detail.toLower();
        const bool plainPeer = lower.contains(QLatin1String("wrong version number"))
            || lower.contains(QLatin1String("packet length too long"))
            || lower.contains(QLatin1String("unknown protocol"))
            || lower.contains(QLatin1String("record layer failure"))
            || lower.contains(QLatin1String("http request"));
        if (plainPeer && m_settings.security == Smtp::Security::Tls) {
            return SmtpError(SmtpError::TlsNotSpokenByServer, Smtp::Step::TlsHandshake,
                tr("The server on port %1 does not speak TLS from the first byte; choose "
                   "STARTTLS instead of SSL/TLS (or port 465 for SSL/TLS).")
                    .arg(port));
        }
        return SmtpError(SmtpError::TlsHandshakeFailed, Smtp::Step::TlsHandshake,
            tr("The TLS handshake with %1 failed: %2").arg(where, detail));
    }
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return SmtpError(SmtpError::NetworkError, Smtp::Step::Connect,
            tr("The proxy did not connect Epistle to %1: %2").arg(where, detail));
    case QAbstractSocket::RemoteHostClosedError:
        return SmtpError(
            SmtpError::ConnectionLost, step, tr("The server at %1 closed the connection.").arg(where));
    default:
        return SmtpError(
            SmtpError::NetworkError, step, tr("The connection to %1 failed: %2").arg(where, detail));
    }
}

void SmtpClient::onSocketError()
{
    if (m_failed || !m_socket) {
        return;
    }
    const QAbstractSocket::SocketError code = m_socket->error();
    if (code == QAbstractSocket::RemoteHostClosedError) {
        onSocketDisconnected();
        return;
    }
    if (m_state == Smtp::State::Disconnected) {
        return;
    }
    Smtp::Step step = m_pending.empty() ? Smtp::Step::Connect : m_pending.front().step;
    if (m_state == Smtp::State::Connecting || m_tlsStarting) {
        step = m_tlsStarting || m_settings.security == Smtp::Security::Tls ? Smtp::Step::TlsHandshake
                                                                           : Smtp::Step::Connect;
    }
    SmtpError error = socketError(step);
    const bool finalData
        = std::any_of(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.finalData; });
    if (finalData && error.code() != SmtpError::Timeout) {
        error = SmtpError(SmtpError::MessageMayHaveBeenSent, Smtp::Step::Data,
            tr("The connection broke after the whole message was sent, before the server "
               "said whether it took it (%1). It may have been delivered: check before "
               "sending it again.")
                .arg(error.message()));
    }
    fail(error);
}

void SmtpClient::onSocketDisconnected()
{
    if (m_failed || m_state == Smtp::State::Disconnected) {
        return;
    }
    const bool onlyQuitLeft = m_quitSent && !m_body
        && std::all_of(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.tag == TagQuit; });
    if (onlyQuitLeft) {
        // The server hung up after QUIT (or instead of answering it): that is how a session ends.
        m_pending.clear();
        m_outgoing.clear();
        m_timer.stop();
        setState(Smtp::State::Disconnected);
        Q_EMIT disconnected();
        return;
    }
    const bool finalData
        = std::any_of(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.finalData; });
    if (finalData) {
        fail(SmtpError(SmtpError::MessageMayHaveBeenSent, Smtp::Step::Data,
            tr("The server at %1 closed the connection after the whole message was sent, before "
               "saying whether it took it. It may have been delivered: check before sending it "
               "again.")
                .arg(peerDescription())));
        return;
    }
    Smtp::Step step
        = m_body ? Smtp::Step::Data : (m_pending.empty() ? Smtp::Step::None : m_pending.front().step);
    if (m_tlsStarting || (m_state == Smtp::State::Connecting && m_settings.security == Smtp::Security::Tls)) {
        fail(socketError(Smtp::Step::TlsHandshake).code() == SmtpError::ConnectionLost
                ? SmtpError(SmtpError::TlsHandshakeFailed, Smtp::Step::TlsHandshake,
                    tr("The server at %1 closed the connection during the TLS handshake.")
                        .arg(peerDescription()))
                : socketError(Smtp::Step::TlsHandshake));
        return;
    }
    QString message = tr("The server at %1 closed the connection").arg(peerDescription());
    if (step == Smtp::Step::Data) {
        message += tr(" while the message was being sent; it was not delivered.");
    } else {
        message += QLatin1Char('.');
    }
    fail(SmtpError(SmtpError::ConnectionLost, step, message));
}

// ---- state, errors, timers ----

void SmtpClient::setState(Smtp::State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool SmtpClient::refuse(SmtpError::Code code, Smtp::Step step, const QString &message)
{
    m_lastError = SmtpError(code, step, message);
    return false;
}

void SmtpClient::fail(const SmtpError &error)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_lastError = error;
    ++m_generation;
    m_outgoing.clear();
    m_pending.clear();
    m_body.reset();
    m_tlsStarting = false;
    m_timer.stop();
    // The login object may be the caller; it is released after the signal, when nothing of it runs.
    std::unique_ptr<SmtpLogin> login = std::move(m_login);
    QPointer<QSslSocket> socket = m_socket;
    if (socket) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_socket = nullptr;
    setState(Smtp::State::Disconnected);
    Q_EMIT errorOccurred(error);
    Q_EMIT disconnected();
    retireLogin(std::move(login));
}

void SmtpClient::retireLogin(std::unique_ptr<SmtpLogin> login)
{
    // A login ends from inside its own code; it is freed later, or with the client, never under its feet.
    if (!login) {
        return;
    }
    m_retiredLogins.push_back(std::move(login));
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (!m_login || generation != m_generation) {
                m_retiredLogins.clear();
            }
        },
        Qt::QueuedConnection);
}

void SmtpClient::abort()
{
    fail(SmtpError(SmtpError::Cancelled, m_pending.empty() ? Smtp::Step::None : m_pending.front().step,
        tr("Cancelled.")));
}

int SmtpClient::timeoutFor(Smtp::Step step) const
{
    const SmtpTimeouts &t = m_settings.timeouts;
    switch (step) {
    case Smtp::Step::Greeting:
        return t.greeting;
    case Smtp::Step::Data:
        return t.dataStart;
    default:
        return t.command;
    }
}

void SmtpClient::armTimer()
{
    if (m_failed) {
        m_timer.stop();
        return;
    }
    if (m_state == Smtp::State::Connecting || m_tlsStarting) {
        return; // the connect/handshake deadline runs
    }
    if (m_body) {
        m_timer.start(m_settings.timeouts.dataBlock);
        return;
    }
    if (m_pending.empty()) {
        m_timer.stop();
        return;
    }
    const QDeadlineTimer &deadline = m_pending.front().deadline;
    if (deadline.isForever()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(0, deadline.remainingTime())));
}

void SmtpClient::onTimeout()
{
    if (m_failed) {
        return;
    }
    const int seconds = qMax(1, m_settings.timeouts.command / 1000);
    if (m_state == Smtp::State::Connecting || m_tlsStarting) {
        const bool tls = m_tlsStarting || (m_socket && m_socket->state() == QAbstractSocket::ConnectedState);
        fail(SmtpError(SmtpError::Timeout, tls ? Smtp::Step::TlsHandshake : Smtp::Step::Connect,
            tls ? tr("The TLS handshake with %1 did not finish within %2 s.")
                      .arg(peerDescription())
                      .arg(m_settings.timeouts.connect / 1000)
                : tr("No connection to %1 within %2 s: the server is down, or a firewall "
                     "drops the traffic.")
                      .arg(peerDescription())
                      .arg(m_settings.timeouts.connect / 1000)));
        return;
    }
    if (m_body) {
        fail(SmtpError(SmtpError::Timeout, Smtp::Step::Data,
            tr("The server stopped taking the message for %1 s; it was not delivered.")
                .arg(m_settings.timeouts.dataBlock / 1000)));
        return;
    }
    if (m_pending.empty()) {
        return;
    }
    const Pending &head = m_pending.front();
    if (!head.deadline.hasExpired()) {
        armTimer();
        return;
    }
    if (head.finalData) {
        fail(SmtpError(SmtpError::MessageMayHaveBeenSent, Smtp::Step::Data,
            tr("The whole message was sent but the server did not say whether it took it "
               "within %1 s. It may have been delivered: check before sending it again.")
                .arg(m_settings.timeouts.dataEnd / 1000)));
        return;
    }
    if (head.step == Smtp::Step::Greeting) {
        const quint16 port = m_settings.effectivePort();
        const int greetingSeconds = m_settings.timeouts.greeting / 1000;
        if (m_settings.security != Smtp::Security::Tls && !isEncrypted()) {
            const bool tlsPort = port == 465;
            fail(
                SmtpError(tlsPort ? SmtpError::TlsExpectedByServer : SmtpError::Timeout, Smtp::Step::Greeting,
                    tlsPort ? tr("The server on port 465 sent no greeting within %1 s: it expects "
                                 "TLS from the first byte; choose SSL/TLS instead of STARTTLS.")
                                  .arg(greetingSeconds)
                            : tr("The server at %1 accepted the connection but sent no greeting "
                                 "within %2 s. If this port expects TLS from the first byte "
                                 "(usually 465), choose SSL/TLS.")
                                  .arg(peerDescription())
                                  .arg(greetingSeconds)));
            return;
        }
        fail(SmtpError(SmtpError::Timeout, Smtp::Step::Greeting,
            tr("The server at %1 sent no greeting within %2 s.")
                .arg(peerDescription())
                .arg(greetingSeconds)));
        return;
    }
    fail(SmtpError(SmtpError::Timeout, head.step,
        tr("The server at %1 did not answer %2 within %3 s.")
            .arg(peerDescription(), QString::fromLatin1(Smtp::stepName(head.step)).toUpper())
            .arg(head.step == Smtp::Step::Data ? m_settings.timeouts.dataStart / 1000 : seconds)));
}

// ---- reading ----

void SmtpClient::onReadyRead()
{
    if (m_failed || !m_socket) {
        return;
    }
    if (m_tlsStarting) {
        return; // QSslSocket owns the bytes until the handshake is over
    }
    const quint64 generation = m_generation;
    m_dispatching = true;
    char buffer[ReadChunk];
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        if (m_state == Smtp::State::Quitting && m_pending.empty()) {
            continue; // whatever follows the QUIT reply is not our business
        }
        QList<SmtpReply> replies;
        const bool ok = m_parser.feed(buffer, n, &replies);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const bool more = i + 1 < replies.size() || m_parser.bufferedBytes() > 0 || !ok
                || (m_socket && m_socket->bytesAvailable() > 0);
            dispatch(replies.at(i), more);
            if (generation != m_generation || m_failed || m_tlsStarting) {
                m_dispatching = false;
                return;
            }
        }
        if (!ok) {
            m_dispatching = false;
            fail(SmtpError(SmtpError::ProtocolError,
                m_pending.empty() ? Smtp::Step::None : m_pending.front().step, m_parser.errorString()));
            return;
        }
    }
    m_dispatching = false;
    pump();
}

void SmtpClient::dispatch(const SmtpReply &reply, bool moreBuffered)
{
    Q_EMIT replyReceived(reply);
    if (m_failed) {
        return;
    }
    if (m_pending.empty()) {
        fail(SmtpError(SmtpError::ProtocolError, Smtp::Step::None,
            tr("The server sent a reply to a command Epistle never sent: %1").arg(reply.summary()), reply));
        return;
    }
    Pending pending = std::move(m_pending.front());
    m_pending.pop_front();
    if (m_pending.empty() && !m_body) {
        ++m_roundTrips; // every reply of this flight is in
    }
    Q_EMIT stepFinished(pending.step, reply, m_clock.elapsed() - pending.sentAt);
    if (m_failed) {
        return;
    }
    if (reply.code() == 421 && pending.tag != TagQuit) {
        fail(SmtpError(SmtpError::ServiceUnavailable, pending.step,
            tr("The server at %1 is closing the connection (421); nothing more was sent. "
               "Try again later.")
                .arg(peerDescription()),
            reply));
        return;
    }
    if (pending.tag == TagStartTls && reply.code() == 220 && moreBuffered) {
        // RFC 3207 / CVE-2011-0411: bytes after the 220 were sent before TLS and could be forged by anyone on
        // the path. They are never read as replies after the handshake.
        fail(SmtpError(SmtpError::ProtocolError, Smtp::Step::StartTls,
            tr("The server (or something in between) sent more data right after agreeing to "
               "STARTTLS. That is how TLS-stripping attacks inject replies; Epistle stopped."),
            reply));
        return;
    }
    if (pending.handler) {
        pending.handler(reply);
    }
    if (!m_failed && !m_dispatching) {
        pump();
    }
    if (!m_failed) {
        armTimer();
    }
}

// ---- writing ----

void SmtpClient::enqueue(Command command, bool front)
{
    if (front) {
        m_outgoing.push_front(std::move(command));
    } else {
        m_outgoing.push_back(std::move(command));
    }
    schedulePump();
}

void SmtpClient::enqueueLine(Smtp::Step step, const QByteArray &line, int timeout, ReplyHandler handler,
    bool endsGroup, int tag, const QByteArray &logLine)
{
    Command c;
    c.step = step;
    c.bytes = line;
    c.logLine = logLine.isEmpty() ? line.chopped(2) : logLine;
    c.timeout = timeout;
    c.handler = std::move(handler);
    c.endsGroup = endsGroup;
    c.kindTag = tag;
    enqueue(std::move(c));
}

void SmtpClient::schedulePump()
{
    // Calls made in one go (MAIL, RCPT..., BDAT, QUIT) are collected and leave in one write.
    if (m_pumpScheduled || m_dispatching) {
        return;
    }
    m_pumpScheduled = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            m_pumpScheduled = false;
            if (generation == m_generation) {
                pump();
            }
        },
        Qt::QueuedConnection);
}

void SmtpClient::pump()
{
    if (m_failed || !m_socket || m_tlsStarting || m_socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    if (m_settings.security == Smtp::Security::Tls && !m_socket->isEncrypted()) {
        return;
    }
    const quint64 generation = m_generation;
    QByteArray out;
    while (!m_failed && generation == m_generation) {
        if (m_body) {
            if (!pumpBody(&out)) {
                return;
            }
            if (m_body) {
                break; // waiting for the socket to drain or the source to have data
            }
            continue;
        }
        if (m_outgoing.empty()) {
            break;
        }
        Command &next = m_outgoing.front();
        if (!m_pending.empty()
            && (!m_capabilities.pipelining() || m_lastWrittenEndsGroup || next.waitForReplies)) {
            break;
        }
        Command c = std::move(next);
        m_outgoing.pop_front();
        if (c.kind == Command::Kind::Body) {
            c.handler(SmtpReply()); // sets up m_body; the chunks follow in this same write
            continue;
        }
        out += c.bytes;
        Q_EMIT commandSent(c.logLine);
        if (m_failed || generation != m_generation) {
            return;
        }
        if (c.kindTag == TagQuit) {
            setState(Smtp::State::Quitting);
        }
        Pending p;
        p.step = c.step;
        p.deadline = QDeadlineTimer(c.timeout);
        p.sentAt = m_clock.elapsed();
        p.handler = std::move(c.handler);
        p.tag = c.kindTag;
        m_pending.push_back(std::move(p));
        m_lastWrittenEndsGroup = c.endsGroup;
    }
    if (!m_failed && generation == m_generation) {
        writeOut(out);
        armTimer();
    }
}

void SmtpClient::writeOut(const QByteArray &bytes)
{
    if (!bytes.isEmpty() && m_socket) {
        m_bytesWritten += bytes.size();
        m_socket->write(bytes);
    }
}

void SmtpClient::onBytesWritten()
{
    if (m_body) {
        armTimer(); // progress: the data-block deadline starts again
        schedulePump();
    }
}

// ---- bodies ----

bool SmtpClient::pumpBody(QByteArray *out)
{
    Body &body = *m_body;
    // Signal handlers may cancel (and so free the body) at any emit: check after each one.
    const quint64 generation = m_generation;
    const auto gone = [&] { return generation != m_generation || !m_body; };
    const auto fill = [&]() { return (m_socket ? m_socket->bytesToWrite() : 0) + out->size(); };
    while (fill() < WriteHighWater) {
        if (!body.bdat) {
            if (m_transactionAccepted == 0 && body.encoder->sourceBytesRead() == 0) {
                // RFC 2920 3.1: DATA was accepted though no recipient was; a lone dot ends it harmlessly.
                out->append(".\r\n");
                Q_EMIT commandSent(".");
                if (gone()) {
                    return false;
                }
                finishBody();
                return true;
            }
            if (!body.encoder->read(ReadChunk, out)) {
                const QString why = body.encoder->errorString();
                writeOut(*out);
                out->clear();
                fail(SmtpError(SmtpError::BodyReadError, Smtp::Step::Data,
                    why + tr(". The transfer was stopped, so no partial message was delivered.")));
                return false;
            }
            Q_EMIT bodyProgress(body.encoder->sourceBytesRead(), body.total);
            if (gone()) {
                return false;
            }
            if (body.encoder->atEnd()) {
                Q_EMIT bodyChunkSent(body.encoder->bytesProduced(), false, true);
                if (gone()) {
                    return false;
                }
                finishBody();
                return true;
            }
            if (body.encoder->isWaitingForSource()) {
                return true;
            }
            continue;
        }

        // BDAT: without PIPELINING every chunk waits for its reply; with it a bounded number is in flight.
        if (!m_pending.empty()
            && (!m_capabilities.pipelining() || body.chunksPending >= MaxBdatChunksInFlight)) {
            return true;
        }
        QByteArray chunk;
        bool last = false;
        if (m_transactionAccepted == 0 && body.encoder->sourceBytesRead() == 0
            && body.total > InlineBodyLimit) {
            last = true; // the envelope failed; send nothing but the closing empty chunk
        } else {
            while (chunk.size() < BdatChunk && !body.encoder->atEnd()) {
                if (!body.encoder->read(qMin<qint64>(ReadChunk, BdatChunk - chunk.size()), &chunk)) {
                    const QString why = body.encoder->errorString();
                    writeOut(*out);
                    out->clear();
                    fail(SmtpError(SmtpError::BodyReadError, Smtp::Step::Data,
                        why
                            + tr(". The transfer was stopped, so no partial message was "
                                 "delivered.")));
                    return false;
                }
                if (body.encoder->isWaitingForSource()) {
                    break;
                }
            }
            if (chunk.isEmpty() && body.encoder->isWaitingForSource()) {
                return true;
            }
            last = body.encoder->atEnd();
        }
        const QByteArray command = "BDAT " + QByteArray::number(chunk.size()) + (last ? " LAST" : "");
        out->append(command + "\r\n");
        out->append(chunk);
        Q_EMIT commandSent(command);
        if (gone()) {
            return false;
        }
        Q_EMIT bodyChunkSent(chunk.size(), true, last);
        if (gone()) {
            return false;
        }
        Q_EMIT bodyProgress(body.encoder->sourceBytesRead(), body.total);
        if (gone()) {
            return false;
        }

        auto failure = std::make_shared<SmtpReply>();
        Pending p;
        p.step = Smtp::Step::Data;
        p.finalData = last;
        p.sentAt = m_clock.elapsed();
        p.deadline = QDeadlineTimer(last ? m_settings.timeouts.dataEnd : m_settings.timeouts.dataBlock);
        ++body.chunksPending;
        if (last) {
            p.handler = [done = std::move(body.done), first = body.firstFailure](const SmtpReply &reply) {
                if (done) {
                    done(first->isValid() ? *first : reply);
                }
            };
        } else {
            p.handler = [this, first = body.firstFailure](const SmtpReply &reply) {
                if (m_body) {
                    --m_body->chunksPending;
                }
                if (!reply.isPositive() && !first->isValid()) {
                    *first = reply;
                }
            };
        }
        m_pending.push_back(std::move(p));
        m_lastWrittenEndsGroup = false;
        if (last) {
            m_body.reset();
            return true;
        }
    }
    return true;
}

void SmtpClient::finishBody()
{
    // DATA only: the reply to the final dot decides whether the message was taken.
    Pending p;
    p.step = Smtp::Step::Data;
    p.finalData = m_body->encoder->sourceBytesRead() > 0 || m_transactionAccepted > 0;
    p.deadline = QDeadlineTimer(m_settings.timeouts.dataEnd);
    p.sentAt = m_clock.elapsed();
    p.handler = std::move(m_body->done);
    Q_EMIT bodyProgress(m_body->encoder->sourceBytesRead(), m_body->total);
    m_pending.push_back(std::move(p));
    m_body.reset();
    // RFC 2920 3.1: the message content may be followed by the next group in the same write.
    m_lastWrittenEndsGroup = false;
}

// ---- operations ----

bool SmtpClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_failed;
}

bool SmtpClient::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool SmtpClient::isPeerLoopback() const
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

bool SmtpClient::isIdle() const
{
    return m_outgoing.empty() && m_pending.empty() && !m_body;
}

QString SmtpClient::peerDescription() const
{
    return m_settings.host + QLatin1Char(':') + QString::number(m_settings.effectivePort());
}

QString SmtpClient::localAddressLiteral() const
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

bool SmtpClient::extension(const QByteArray &name, QList<QByteArray> *parameters) const
{
    if (parameters) {
        *parameters = m_capabilities.parameters(name);
    }
    return m_capabilities.has(name);
}

bool SmtpClient::requireReady(Smtp::Step step)
{
    if (!isConnected() || m_tlsStarting) {
        return refuse(SmtpError::InvalidInput, step, tr("Not connected to a server."));
    }
    return true;
}

bool SmtpClient::hello(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Hello)) {
        return false;
    }
    startEhlo(true, std::move(done));
    return true;
}

void SmtpClient::startEhlo(bool fallbackAllowed, ReplyHandler done)
{
    QString name = m_settings.heloName.isEmpty() ? localAddressLiteral() : m_settings.heloName;
    for (QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            refuse(SmtpError::InvalidInput, Smtp::Step::Hello,
                tr("The EHLO name \"%1\" may only hold printable ASCII without spaces.")
                    .arg(name.toHtmlEscaped()));
            fail(m_lastError);
            return;
        }
    }
    const QByteArray ascii = name.toLatin1();
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    enqueueLine(
        Smtp::Step::Hello, "EHLO " + ascii + "\r\n", timeoutFor(Smtp::Step::Hello),
        [this, ascii, fallbackAllowed, shared](const SmtpReply &reply) {
            if (reply.isPositive()) {
                m_capabilities = SmtpCapabilities::fromEhloReply(reply);
                if (m_state == Smtp::State::Handshake) {
                    setState(Smtp::State::NotAuthenticated);
                }
                if (*shared) {
                    (*shared)(reply);
                }
                return;
            }
            // RFC 5321 4.1.4: an old server that does not know EHLO says 500/502; HELO then.
            if (fallbackAllowed && (reply.code() == 500 || reply.code() == 502)) {
                enqueueLine(
                    Smtp::Step::Hello, "HELO " + ascii + "\r\n", timeoutFor(Smtp::Step::Hello),
                    [this, shared](const SmtpReply &helo) {
                        if (helo.isPositive()) {
                            m_capabilities = {};
                            if (m_state == Smtp::State::Handshake) {
                                setState(Smtp::State::NotAuthenticated);
                            }
                        }
                        if (*shared) {
                            (*shared)(helo);
                        }
                    },
                    true, TagHelo);
                return;
            }
            if (*shared) {
                (*shared)(reply);
            }
        },
        true, TagEhlo);
}

bool SmtpClient::startTls(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::StartTls)) {
        return false;
    }
    if (isEncrypted()) {
        return refuse(
            SmtpError::InvalidInput, Smtp::Step::StartTls, tr("The connection is already encrypted."));
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    enqueueLine(
        Smtp::Step::StartTls, "STARTTLS\r\n", timeoutFor(Smtp::Step::StartTls),
        [this, shared](const SmtpReply &reply) {
            if (reply.code() != 220) {
                if (*shared) {
                    (*shared)(reply);
                }
                return;
            }
            m_tlsStarting = true;
            m_startTlsDone = std::move(*shared);
            m_capabilities = {};
            m_parser.reset();
            m_socket->setPeerVerifyName(m_settings.host);
            m_timer.start(m_settings.timeouts.connect);
            m_phaseStart = m_clock.elapsed();
            m_socket->startClientEncryption();
        },
        true, TagStartTls);
    return true;
}

bool SmtpClient::authenticate(const QByteArray &mechanism, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Authenticate)) {
        return false;
    }
    if (m_login) {
        return refuse(SmtpError::InvalidInput, Smtp::Step::Authenticate, tr("A login is already running."));
    }
    const SmtpCredentials &credentials = m_settings.credentials;
    for (const QString &s : { credentials.user, credentials.authorizationId }) {
        if (s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n')) || s.contains(QChar(0))) {
            return refuse(SmtpError::InvalidInput, Smtp::Step::Authenticate,
                tr("The user name contains a line break or NUL character."));
        }
    }
    if (!isEncrypted()) {
        if (isPeerLoopback()) {
            // Nothing leaves this machine: local test servers and relays may take credentials in the clear.
        } else if (m_settings.security == Smtp::Security::None) {
            Q_EMIT insecureAuthentication(
                tr("This account uses no encryption: the password goes to %1 readable by anyone on "
                   "the network path.")
                    .arg(peerDescription()));
        } else {
            return refuse(SmtpError::AuthRequiresTls, Smtp::Step::Authenticate,
                tr("Epistle will not send the password to %1 before the connection is "
                   "encrypted. Use STARTTLS or SSL/TLS.")
                    .arg(peerDescription()));
        }
    }
    const QList<QByteArray> offered = m_capabilities.authMechanisms();
    const QString offeredText = QString::fromLatin1(offered.join(", "));
    QByteArray name = mechanism.toUpper();
    if (name.isEmpty() || name == "AUTO") {
        if (offered.isEmpty()) {
            QString why;
            if (!isEncrypted() && m_capabilities.startTls()) {
                why = tr("The server at %1 offers authentication only after the connection is "
                         "encrypted (it offers STARTTLS). Choose STARTTLS or SSL/TLS.")
                          .arg(peerDescription());
            } else if (isEncrypted() || isPeerLoopback()) {
                why = tr("The server at %1 does not offer authentication at all (no AUTH in its EHLO "
                         "reply). It may not need a login from here, or it is not a submission "
                         "server: try port 587 or 465, or turn authentication off.")
                          .arg(peerDescription());
            } else {
                why = tr("The server at %1 offers no authentication before the connection is "
                         "encrypted. Use STARTTLS or SSL/TLS.")
                          .arg(peerDescription());
            }
            return refuse(SmtpError::AuthNotOffered, Smtp::Step::Authenticate, why);
        }
        name = SaslMechanisms::choose(offered, credentials);
        if (name.isEmpty()) {
            return refuse(SmtpError::AuthMechanismUnsupported, Smtp::Step::Authenticate,
                tr("The server offers %1; none of them works with the credentials given "
                   "(a password or a token is missing).")
                    .arg(offeredText));
        }
    } else if (!offered.contains(name)) {
        return refuse(SmtpError::AuthMechanismNotOffered, Smtp::Step::Authenticate,
            offered.isEmpty() ? tr("The server at %1 does not offer %2 (it offers no authentication at this "
                                   "point).")
                                    .arg(peerDescription(), QString::fromLatin1(name))
                              : tr("The server does not offer %1; it offers %2. Choose one of those, or "
                                   "\"auto\".")
                                    .arg(QString::fromLatin1(name), offeredText));
    }
    QString error;
    std::unique_ptr<SaslMechanism> mech
        = SaslMechanisms::create(name, credentials, m_settings.host, m_settings.effectivePort(), &error);
    if (!mech) {
        return refuse(SmtpError::AuthMechanismUnsupported, Smtp::Step::Authenticate, error);
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    m_login = std::make_unique<SmtpLogin>(this, std::move(mech), [this, shared](const SmtpReply &reply) {
        // The login is over; free it once its handler has returned.
        retireLogin(std::move(m_login));
        if (*shared) {
            (*shared)(reply);
        }
    });
    if (!m_login->start()) {
        m_login.reset();
        return false;
    }
    return true;
}

QByteArray SmtpClient::encodeAddress(const QString &address, bool utf8, Smtp::Step step, bool *ok)
{
    *ok = false;
    if (hasControlOrAngle(address)) {
        refuse(SmtpError::InvalidInput, step,
            tr("The address \"%1\" contains a line break, control character or angle bracket.")
                .arg(QString(address)
                         .replace(QLatin1Char('\r'), QLatin1String("\\r"))
                         .replace(QLatin1Char('\n'), QLatin1String("\\n"))
                         .remove(QChar(0))));
        return {};
    }
    if (isAscii(address) || utf8) {
        *ok = true;
        return address.toUtf8();
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString local = at >= 0 ? address.left(at) : address;
    const QString domain = at >= 0 ? address.mid(at + 1) : QString();
    if (!isAscii(local)) {
        refuse(SmtpError::EightBitNotSupported, step,
            tr("The server does not accept internationalized addresses (no SMTPUTF8), and \"%1\" "
               "has non-ASCII characters before the @.")
                .arg(address));
        return {};
    }
    // RFC 5890: without SMTPUTF8 a Unicode domain goes as its A-label (xn--...).
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty()) {
        refuse(SmtpError::InvalidInput, step,
            tr("The domain of \"%1\" is not a valid domain name.").arg(address));
        return {};
    }
    *ok = true;
    return local.toLatin1() + '@' + ace;
}

bool SmtpClient::mail(const QString &from, const SmtpMailParameters &parameters, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::MailFrom)) {
        return false;
    }
    bool utf8 = parameters.smtpUtf8;
    if (utf8 && !m_capabilities.smtpUtf8()) {
        return refuse(SmtpError::EightBitNotSupported, Smtp::Step::MailFrom,
            tr("The message has UTF-8 headers, and the server does not accept them (no "
               "SMTPUTF8)."));
    }
    if (!isAscii(from) && m_capabilities.smtpUtf8()) {
        const qsizetype at = from.lastIndexOf(QLatin1Char('@'));
        utf8 = utf8 || !isAscii(at >= 0 ? from.left(at) : from);
    }
    bool ok = false;
    const QByteArray address = encodeAddress(from, utf8, Smtp::Step::MailFrom, &ok);
    if (!ok) {
        return false;
    }
    QByteArray line = "MAIL FROM:<" + address + '>';
    const qint64 limit = m_capabilities.sizeLimit();
    if (limit >= 0 && parameters.size >= 0) {
        if (limit > 0 && parameters.size > limit) {
            return refuse(SmtpError::MessageTooLarge, Smtp::Step::MailFrom,
                tr("The message is %1 bytes; the server accepts at most %2 bytes. Send smaller "
                   "attachments, or a link to the files.")
                    .arg(parameters.size)
                    .arg(limit));
        }
        line += " SIZE=" + QByteArray::number(parameters.size);
    }
    if (parameters.body8bit) {
        if (!m_capabilities.eightBitMime()) {
            return refuse(SmtpError::EightBitNotSupported, Smtp::Step::MailFrom,
                tr("The message has 8-bit content, and the server does not accept it (no "
                   "8BITMIME)."));
        }
        line += " BODY=8BITMIME";
    }
    if (utf8) {
        line += " SMTPUTF8";
    }
    if (!parameters.dsnReturn.isEmpty() || !parameters.dsnEnvelopeId.isEmpty()) {
        if (m_capabilities.dsn()) {
            const QByteArray ret = parameters.dsnReturn.toUpper();
            if (!ret.isEmpty()) {
                if (ret != "FULL" && ret != "HDRS") {
                    return refuse(
                        SmtpError::InvalidInput, Smtp::Step::MailFrom, tr("RET must be FULL or HDRS."));
                }
                line += " RET=" + ret;
            }
            if (!parameters.dsnEnvelopeId.isEmpty()) {
                line += " ENVID=" + xtext(parameters.dsnEnvelopeId.toUtf8());
            }
        } else {
            Q_EMIT warning(tr("The server does not offer delivery status notifications (DSN); the "
                              "request was left out."));
        }
    }
    m_transactionUtf8 = utf8;
    m_transactionAccepted = 0;
    enqueueLine(Smtp::Step::MailFrom, line + "\r\n", timeoutFor(Smtp::Step::MailFrom), std::move(done), false,
        TagMail);
    return true;
}

bool SmtpClient::rcpt(const QString &to, const SmtpRcptParameters &parameters, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::RcptTo)) {
        return false;
    }
    if (to.isEmpty()) {
        return refuse(SmtpError::InvalidInput, Smtp::Step::RcptTo, tr("A recipient address is empty."));
    }
    bool ok = false;
    const QByteArray address = encodeAddress(to, m_transactionUtf8, Smtp::Step::RcptTo, &ok);
    if (!ok) {
        return false;
    }
    QByteArray line = "RCPT TO:<" + address + '>';
    if (!parameters.notify.isEmpty() || !parameters.originalRecipient.isEmpty()) {
        if (m_capabilities.dsn()) {
            if (!parameters.notify.isEmpty()) {
                QList<QByteArray> notify;
                for (const QByteArray &n : parameters.notify) {
                    const QByteArray u = n.toUpper();
                    if (u != "NEVER" && u != "SUCCESS" && u != "FAILURE" && u != "DELAY") {
                        return refuse(SmtpError::InvalidInput, Smtp::Step::RcptTo,
                            tr("NOTIFY takes NEVER, or SUCCESS, FAILURE and DELAY."));
                    }
                    notify << u;
                }
                if (notify.contains("NEVER") && notify.size() > 1) {
                    return refuse(SmtpError::InvalidInput, Smtp::Step::RcptTo,
                        tr("NOTIFY=NEVER cannot be combined with other values."));
                }
                line += " NOTIFY=" + notify.join(',');
            }
            if (!parameters.originalRecipient.isEmpty() && isAscii(parameters.originalRecipient)
                && !hasControlOrAngle(parameters.originalRecipient)) {
                line += " ORCPT=rfc822;" + xtext(parameters.originalRecipient.toLatin1());
            }
        } else {
            Q_EMIT warning(tr("The server does not offer delivery status notifications (DSN); the "
                              "request for %1 was left out.")
                               .arg(to));
        }
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    enqueueLine(
        Smtp::Step::RcptTo, line + "\r\n", timeoutFor(Smtp::Step::RcptTo),
        [this, shared](const SmtpReply &reply) {
            if (reply.isPositive()) {
                ++m_transactionAccepted;
            }
            if (*shared) {
                (*shared)(reply);
            }
        },
        false, TagRcpt);
    return true;
}

bool SmtpClient::data(QIODevice *body, qint64 size, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Data)) {
        return false;
    }
    if (!body || !body->isReadable()) {
        return refuse(SmtpError::BodyReadError, Smtp::Step::Data, tr("The message is not open for reading."));
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    QPointer<QIODevice> device = body;
    enqueueLine(
        Smtp::Step::Data, "DATA\r\n", m_settings.timeouts.dataStart,
        [this, shared, device, size](const SmtpReply &reply) {
            if (reply.code() != 354) {
                if (*shared) {
                    (*shared)(reply);
                }
                return;
            }
            if (!device) {
                fail(SmtpError(SmtpError::BodyReadError, Smtp::Step::Data,
                    tr("The message source went away before it was sent.")));
                return;
            }
            m_body = std::make_unique<Body>();
            m_body->encoder = std::make_unique<SmtpBodyEncoder>(device, SmtpBodyEncoder::Mode::Data, size);
            m_body->device = device;
            m_body->total = size;
            m_body->done = std::move(*shared);
            connect(device, &QIODevice::readyRead, this, &SmtpClient::schedulePump, Qt::UniqueConnection);
            Q_EMIT bodyStarted(device);
        },
        true, TagData);
    return true;
}

bool SmtpClient::bdat(QIODevice *body, qint64 size, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Data)) {
        return false;
    }
    if (!m_capabilities.chunking()) {
        return refuse(SmtpError::InvalidInput, Smtp::Step::Data,
            tr("The server does not offer CHUNKING (BDAT); use DATA."));
    }
    if (!body || !body->isReadable()) {
        return refuse(SmtpError::BodyReadError, Smtp::Step::Data, tr("The message is not open for reading."));
    }
    Command c;
    c.kind = Command::Kind::Body;
    c.step = Smtp::Step::Data;
    // A large body waits for the envelope's replies, so it is never sent when every recipient was refused.
    c.waitForReplies = size < 0 || size > InlineBodyLimit;
    QPointer<QIODevice> device = body;
    c.handler = [this, device, size, done = std::move(done)](const SmtpReply &) mutable {
        m_body = std::make_unique<Body>();
        m_body->encoder = std::make_unique<SmtpBodyEncoder>(device, SmtpBodyEncoder::Mode::Bdat, size);
        m_body->device = device;
        m_body->total = size;
        m_body->bdat = true;
        m_body->done = std::move(done);
        m_body->firstFailure = std::make_shared<SmtpReply>();
        if (device) {
            connect(device, &QIODevice::readyRead, this, &SmtpClient::schedulePump, Qt::UniqueConnection);
        }
        Q_EMIT bodyStarted(device);
    };
    enqueue(std::move(c));
    return true;
}

bool SmtpClient::reset(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Reset)) {
        return false;
    }
    m_transactionAccepted = 0;
    m_transactionUtf8 = false;
    enqueueLine(Smtp::Step::Reset, "RSET\r\n", timeoutFor(Smtp::Step::Reset), std::move(done), false);
    return true;
}

bool SmtpClient::verify(const QString &address, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Verify)) {
        return false;
    }
    if (hasControlOrAngle(address)) {
        return refuse(SmtpError::InvalidInput, Smtp::Step::Verify,
            tr("The address contains a line break, control character or angle bracket."));
    }
    const QByteArray encoded
        = m_capabilities.smtpUtf8() && !isAscii(address) ? address.toUtf8() + " SMTPUTF8" : address.toUtf8();
    enqueueLine(
        Smtp::Step::Verify, "VRFY " + encoded + "\r\n", timeoutFor(Smtp::Step::Verify), std::move(done));
    return true;
}

bool SmtpClient::noop(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Noop)) {
        return false;
    }
    enqueueLine(Smtp::Step::Noop, "NOOP\r\n", timeoutFor(Smtp::Step::Noop), std::move(done));
    return true;
}

bool SmtpClient::quit(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Quit)) {
        return false;
    }
    m_quitSent = true;
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    enqueueLine(
        Smtp::Step::Quit, "QUIT\r\n", timeoutFor(Smtp::Step::Quit),
        [this, shared](const SmtpReply &reply) {
            if (*shared) {
                (*shared)(reply);
            }
            if (m_socket) {
                m_socket->disconnectFromHost();
            }
        },
        true, TagQuit);
    return true;
}
