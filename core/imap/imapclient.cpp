#include "imapclient.h"

#include "imaplogin.h"
#include "imaptranscript.h"
#include "imapwording.h"
#include "logging.h"

#include <QIODevice>
#include <QSslSocket>

namespace {

constexpr qint64 ReadChunk = 64 * 1024;
// The socket's write buffer is kept below this while a message streams, so memory stays flat.
constexpr qint64 WriteHighWater = 512 * 1024;

} // namespace

ImapClient::ImapClient(const ImapConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_peerCheck(settings.host, settings.tls)
{
    m_timer.setSingleShot(true);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &ImapClient::onTimeout);
    // EPISTLE_IMAP_LOG=FILE records every session, as EPISTLE_SMTP_LOG does for SMTP.
    if (ImapTranscript *transcript = ImapTranscript::fromEnvironment(this)) {
        transcript->attach(this);
    }
}

ImapClient::~ImapClient()
{
    ++m_generation;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

// ---- connection ----

void ImapClient::setupSocket(QSslSocket *socket)
{
    m_socket = socket;
    socket->setParent(this);
    // A server can send without end; the socket must not buffer without end on our behalf.
    socket->setReadBufferSize(ReadChunk);
    connect(socket, &QSslSocket::connected, this, &ImapClient::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &ImapClient::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &ImapClient::onSslErrors);
    connect(socket, &QSslSocket::readyRead, this, &ImapClient::onReadyRead);
    connect(socket, &QSslSocket::bytesWritten, this, &ImapClient::schedulePump);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &ImapClient::schedulePump);
    connect(socket, &QAbstractSocket::errorOccurred, this, &ImapClient::onSocketError);
    connect(socket, &QAbstractSocket::disconnected, this, &ImapClient::onSocketDisconnected);
    TlsTrust::configure(socket, m_settings.host, m_settings.tls);
}

void ImapClient::connectToServer(Handler onGreeting)
{
    if (isConnected()) {
        refuse(ImapError::InvalidInput, Imap::Step::Connect, ImapWording::alreadyConnected());
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_failed = false;
    m_lastError = {};
    m_session = Session();
    m_peerCheck.reset();
    ++m_generation;

    QSslSocket *socket = m_socketFactory ? m_socketFactory(this) : new QSslSocket(this);
    setupSocket(socket);
    socket->setProxy(m_settings.proxy);
    setState(Imap::State::Connecting);
    m_session.greetingHandler = std::move(onGreeting);
    m_session.awaitingGreeting = true;
    armTimer(m_settings.timeouts.connect);
    m_phaseStart = m_clock.elapsed();
    if (m_settings.security == Smtp::Security::Tls) {
        socket->connectToHostEncrypted(m_settings.host, m_settings.effectivePort(), m_settings.host);
    } else {
        socket->connectToHost(m_settings.host, m_settings.effectivePort());
    }
}

void ImapClient::onConnected()
{
    ++m_session.roundTrips;
    Q_EMIT stepFinished(Imap::Step::Connect, ImapResponse(), m_clock.elapsed() - m_phaseStart);
    m_phaseStart = m_clock.elapsed();
    if (m_settings.security != Smtp::Security::Tls) {
        armTimer(m_settings.timeouts.greeting);
    }
}

void ImapClient::onEncrypted()
{
    if (!m_socket || m_failed) {
        return;
    }
    if (!m_peerCheck.onEncrypted(m_socket, &m_session.tlsInfo)) {
        ImapError error(ImapError::CertificatePinMismatch, Imap::Step::TlsHandshake, m_peerCheck.refusal());
        error.setCertificateProblem({}, m_peerCheck.chain());
        fail(error);
        return;
    }
    ++m_session.roundTrips;
    const quint64 generation = m_generation;
    Q_EMIT stepFinished(Imap::Step::TlsHandshake, ImapResponse(), m_clock.elapsed() - m_phaseStart);
    Q_EMIT tlsEstablished(m_session.tlsInfo);
    if (generation != m_generation) {
        return;
    }
    m_phaseStart = m_clock.elapsed();
    if (m_tlsStarting) {
        // RFC 9051 6.2.1: whatever the server said before TLS is forgotten; only what it says now counts.
        m_tlsStarting = false;
        m_session.capabilities = {};
        m_session.capabilitiesKnown = false;
        complete();
        return;
    }
    armTimer(m_settings.timeouts.greeting);
}

void ImapClient::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_socket) {
        return;
    }
    const quint64 generation = m_generation;
    m_peerCheck.onSslErrors(
        m_socket, errors, [this, generation](const QList<QSslError> &e, const QList<QSslCertificate> &chain) {
            Q_EMIT certificateErrors(e, chain);
            return generation == m_generation && m_socket;
        });
}

ImapError ImapClient::socketError(Imap::Step step) const
{
    const QAbstractSocket::SocketError code
        = m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError;
    if (code == QAbstractSocket::SslHandshakeFailedError && m_peerCheck.refused()) {
        ImapError error(
            m_peerCheck.pinMismatch() ? ImapError::CertificatePinMismatch : ImapError::CertificateUntrusted,
            Imap::Step::TlsHandshake, m_peerCheck.refusal());
        error.setCertificateProblem(m_peerCheck.errors(), m_peerCheck.chain());
        return error;
    }
    if (code == QAbstractSocket::RemoteHostClosedError) {
        return lostConnection(step);
    }
    return ImapError::fromSocketError(code, m_socket ? m_socket->errorString() : QString(), m_settings, step);
}

ImapError ImapClient::lostConnection(Imap::Step step) const
{
    const QString where = peerDescription();
    if (m_session.stream && m_session.stream->done) {
        return ImapError(ImapError::CopyMayHaveBeenSaved, Imap::Step::Append,
            ImapWording::appendOutcomeUnknown(where), m_session.bye);
    }
    if (m_tlsStarting || (m_settings.security == Smtp::Security::Tls && !isEncrypted())) {
        return ImapError(
            ImapError::TlsHandshakeFailed, Imap::Step::TlsHandshake, ImapWording::closedDuringTls(where));
    }
    if (m_session.stream) {
        return ImapError(ImapError::ConnectionLost, Imap::Step::Append,
            ImapWording::closedDuringAppend(where, m_session.bye.message()), m_session.bye);
    }
    return ImapError(ImapError::ConnectionLost, step,
        ImapWording::connectionClosed(where, m_session.bye.message()), m_session.bye);
}

void ImapClient::onSocketError()
{
    if (m_failed || !m_socket || m_state == Imap::State::Disconnected) {
        return;
    }
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onSocketDisconnected();
        return;
    }
    ImapError error = socketError(currentStep());
    if (m_session.stream && m_session.stream->done && error.code() != ImapError::Timeout) {
        error = lostConnection(Imap::Step::Append);
    }
    fail(error);
}

void ImapClient::onSocketDisconnected()
{
    if (m_failed || m_state == Imap::State::Disconnected) {
        return;
    }
    if (m_state == Imap::State::LoggingOut) {
        // The server hung up after LOGOUT (or instead of completing it): that is how a session ends.
        m_session.queue.clear();
        m_session.current.reset();
        m_timer.stop();
        setState(Imap::State::Disconnected);
        Q_EMIT disconnected();
        return;
    }
    fail(lostConnection(currentStep()));
}

// ---- state, errors, timers ----

void ImapClient::setState(Imap::State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

Imap::Step ImapClient::currentStep() const
{
    if (m_session.current) {
        return m_session.current->command.step();
    }
    if (m_tlsStarting || (m_state == Imap::State::Connecting && isConnected())) {
        return m_settings.security == Smtp::Security::Tls && !isEncrypted() ? Imap::Step::TlsHandshake
                                                                            : Imap::Step::Greeting;
    }
    return m_state == Imap::State::Connecting ? Imap::Step::Connect : Imap::Step::None;
}

bool ImapClient::refuse(ImapError::Code code, Imap::Step step, const QString &message)
{
    m_lastError = ImapError(code, step, message);
    return false;
}

void ImapClient::fail(const ImapError &error)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_lastError = error;
    ++m_generation;
    m_session.queue.clear();
    m_session.current.reset();
    m_session.stream.reset();
    m_session.awaitingGreeting = false;
    m_tlsStarting = false;
    m_timer.stop();
    retireLogin();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = nullptr;
    qCDebug(lcImap, "%s", qPrintable(error.toString()));
    setState(Imap::State::Disconnected);
    Q_EMIT errorOccurred(error);
    Q_EMIT disconnected();
}

void ImapClient::retireLogin()
{
    // A login ends from inside its own code; it is freed later, or with the client, never under its feet.
    if (!m_login) {
        return;
    }
    m_retiredLogins.push_back(std::move(m_login));
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_login) {
                m_retiredLogins.clear();
            }
        },
        Qt::QueuedConnection);
}

void ImapClient::abort()
{
    fail(ImapError(ImapError::Cancelled, currentStep(), ImapWording::cancelled()));
}

void ImapClient::armTimer(int milliseconds)
{
    if (m_failed) {
        m_timer.stop();
        return;
    }
    m_timer.start(qMax(0, milliseconds));
}

void ImapClient::onTimeout()
{
    if (m_failed) {
        return;
    }
    const QString where = peerDescription();
    const ImapTimeouts &t = m_settings.timeouts;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        fail(ImapError(
            ImapError::Timeout, Imap::Step::Connect, ImapWording::connectTimeout(where, t.connect / 1000)));
        return;
    }
    if (m_tlsStarting || (m_settings.security == Smtp::Security::Tls && !isEncrypted())) {
        fail(ImapError(
            ImapError::Timeout, Imap::Step::TlsHandshake, ImapWording::tlsTimeout(where, t.connect / 1000)));
        return;
    }
    if (m_session.awaitingGreeting) {
        const bool tlsPort = !isEncrypted() && m_settings.effectivePort() == 993;
        fail(ImapError(tlsPort ? ImapError::TlsExpectedByServer : ImapError::Timeout, Imap::Step::Greeting,
            ImapWording::greetingTimeout(where, t.greeting / 1000, !isEncrypted(), tlsPort)));
        return;
    }
    if (m_session.stream) {
        fail(m_session.stream->done ? ImapError(ImapError::CopyMayHaveBeenSaved, Imap::Step::Append,
                 ImapWording::appendNoAnswer(where, t.appendEnd / 1000))
                                    : ImapError(ImapError::Timeout, Imap::Step::Append,
                                        ImapWording::appendStalled(where, t.appendBlock / 1000)));
        return;
    }
    if (m_session.current && m_session.current->command.isLogout()) {
        onSocketDisconnected(); // a server that does not complete LOGOUT is left as it is
        return;
    }
    if (m_session.current) {
        const Imap::Step step = m_session.current->command.step();
        fail(ImapError(ImapError::Timeout, step,
            ImapWording::commandTimeout(where, QString::fromLatin1(Imap::stepName(step)).toUpper(),
                m_session.current->timeout / 1000)));
    }
}

// ---- reading ----

void ImapClient::onReadyRead()
{
    if (m_failed || !m_socket || m_tlsStarting) {
        return; // during the handshake QSslSocket owns the bytes
    }
    const quint64 generation = m_generation;
    m_dispatching = true;
    char buffer[ReadChunk];
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        QList<ImapResponse> responses;
        const bool ok = m_session.parser.feed(buffer, n, &responses);
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const bool more = i + 1 < responses.size() || m_session.parser.bufferedBytes() > 0 || !ok
                || (m_socket && m_socket->bytesAvailable() > 0);
            dispatch(responses.at(i), more);
            if (generation != m_generation || m_failed || m_tlsStarting) {
                m_dispatching = false;
                return;
            }
        }
        if (!ok) {
            m_dispatching = false;
            fail(ImapError(ImapError::ProtocolError, currentStep(), m_session.parser.errorString()));
            return;
        }
    }
    m_dispatching = false;
    pump();
}

void ImapClient::dispatch(const ImapResponse &response, bool moreBuffered)
{
    Q_EMIT responseReceived(response);
    if (m_failed) {
        return;
    }
    if (response.code() == "ALERT") {
        Q_EMIT alert(response.message());
        if (m_failed) {
            return;
        }
    }
    if (m_session.awaitingGreeting) {
        onGreeting(response);
        return;
    }
    if (m_session.current && !m_session.stream) {
        armTimer(m_session.current->timeout); // progress: the command's deadline starts again
    }
    switch (response.kind()) {
    case ImapResponse::Kind::Continuation:
        onContinuation(response);
        return;
    case ImapResponse::Kind::Untagged:
        onUntagged(response);
        return;
    case ImapResponse::Kind::Tagged:
        onCompletion(response, moreBuffered);
        return;
    }
}

void ImapClient::onGreeting(const ImapResponse &response)
{
    m_session.awaitingGreeting = false;
    const ImapResponse::Status status = response.status();
    const bool greeting = response.isUntagged()
        && (status == ImapResponse::Status::Ok || status == ImapResponse::Status::PreAuth
            || status == ImapResponse::Status::Bye);
    if (!greeting) {
        fail(ImapError(ImapError::ProtocolError, Imap::Step::Greeting,
            ImapWording::notAGreeting(peerDescription(), response.summary()), response));
        return;
    }
    ++m_session.roundTrips;
    Q_EMIT stepFinished(Imap::Step::Greeting, response, m_clock.elapsed() - m_phaseStart);
    if (m_failed) {
        return;
    }
    if (response.isBye()) {
        fail(ImapError(ImapError::GreetingRefused, Imap::Step::Greeting,
            ImapWording::greetingRefused(peerDescription(), response.message()), response));
        return;
    }
    m_session.greeting = response;
    noteCapabilities(response);
    setState(
        status == ImapResponse::Status::PreAuth ? Imap::State::Authenticated : Imap::State::NotAuthenticated);
    m_timer.stop();
    Handler handler = std::move(m_session.greetingHandler);
    if (handler) {
        ImapCommandResult result;
        result.completion = response;
        handler(result);
    }
}

void ImapClient::onUntagged(const ImapResponse &response)
{
    m_session.untaggedBytes += response.wire().size();
    if (++m_session.untaggedCount > MaxUntaggedResponses || m_session.untaggedBytes > MaxUntaggedBytes) {
        fail(ImapError(ImapError::ProtocolError, currentStep(),
            ImapWording::flood(peerDescription(), m_session.untaggedCount, m_session.untaggedBytes)));
        return;
    }
    if (response.isBye()) {
        m_session.bye = response;
        if (m_state == Imap::State::LoggingOut) {
            return; // the goodbye to LOGOUT
        }
        // RFC 9051 7.1.5: the server is closing the connection now, whatever it was doing.
        ImapError error = lostConnection(currentStep());
        if (error.code() == ImapError::ConnectionLost) {
            error = ImapError(ImapError::ServiceUnavailable, error.step(), error.message(), response);
        }
        fail(error);
        return;
    }
    if (response.isBad() || response.isNo()) {
        qCDebug(lcImap, "untagged %s", qPrintable(response.summary()));
    }
    noteCapabilities(response);
    if (m_session.current && m_session.current->command.collects().contains(response.keyword())) {
        m_session.current->result.data.append(response);
    }
}

void ImapClient::noteCapabilities(const ImapResponse &response)
{
    const bool data = response.isUntagged() && response.keyword() == "CAPABILITY";
    const bool code
        = response.status() == ImapResponse::Status::Ok || response.status() == ImapResponse::Status::PreAuth;
    if (data || (code && response.code() == "CAPABILITY")) {
        m_session.capabilities = ImapCapabilities::fromResponse(response);
        m_session.capabilitiesKnown = true;
        ++m_capabilityGeneration;
    }
}

void ImapClient::onContinuation(const ImapResponse &response)
{
    if (m_session.current && m_session.current->awaitingGoAhead) {
        m_session.current->awaitingGoAhead = false;
        ++m_session.roundTrips;
        writePieces();
        return;
    }
    if (m_session.current && m_session.current->onContinuation && !m_session.stream) {
        ++m_session.roundTrips;
        const auto handler = m_session.current->onContinuation;
        handler(response);
        return;
    }
    fail(ImapError(ImapError::ProtocolError, currentStep(),
        ImapWording::unexpectedContinuation(response.summary()), response));
}

void ImapClient::onCompletion(const ImapResponse &response, bool moreBuffered)
{
    if (!m_session.current || m_session.current->tag.isEmpty() || response.tag() != m_session.current->tag) {
        fail(ImapError(ImapError::ProtocolError, currentStep(),
            ImapWording::unknownTag(QString::fromLatin1(response.tag().left(40)), response.summary()),
            response));
        return;
    }
    noteCapabilities(response);
    m_session.current->result.completion = response;
    m_session.current->completed = true;
    if (m_session.current->command.isStartTls() && response.isOk()) {
        if (moreBuffered) {
            // RFC 9051 11.1 / CVE-2011-0411: bytes after the OK were sent before TLS and could be forged by
            // anyone on the path. They are never read as responses after the handshake.
            fail(ImapError(
                ImapError::ProtocolError, Imap::Step::StartTls, ImapWording::startTlsInjection(), response));
            return;
        }
        m_tlsStarting = true;
        m_session.parser.reset();
        m_session.capabilities = {};
        m_socket->setPeerVerifyName(m_settings.host);
        armTimer(m_settings.timeouts.connect);
        m_phaseStart = m_clock.elapsed();
        m_socket->startClientEncryption();
        return;
    }
    if (m_session.stream && !m_session.stream->done) {
        // RFC 7888 4: a server answering before the end of a non-synchronizing literal still reads all of
        // it; the literal goes out in full, or the rest of the message would be read as commands.
        return;
    }
    if (m_session.current->awaitingGoAhead || m_session.current->literalAnnounced) {
        m_session.current->awaitingGoAhead = false; // refused instead of "+": the literal is never sent
    }
    complete();
}

void ImapClient::complete()
{
    std::unique_ptr<Running> command = std::move(m_session.current);
    m_session.stream.reset();
    m_session.untaggedBytes = 0;
    m_session.untaggedCount = 0;
    m_timer.stop();
    ++m_session.roundTrips;
    const quint64 generation = m_generation;
    Q_EMIT stepFinished(
        command->command.step(), command->result.completion, m_clock.elapsed() - command->sentAt);
    if (generation != m_generation) {
        return;
    }
    if (command->command.isLogout() && m_socket) {
        m_socket->disconnectFromHost();
    }
    if (command->handler) {
        command->handler(command->result);
    }
    if (generation == m_generation && !m_failed) {
        schedulePump();
    }
}

// ---- writing ----

bool ImapClient::requireConnected(Imap::Step step)
{
    if (!isConnected() || m_session.awaitingGreeting) {
        return refuse(ImapError::InvalidInput, step, ImapWording::notConnected());
    }
    return true;
}

bool ImapClient::submit(const ImapCommand &command, Handler done, ContinuationHandler onContinuation)
{
    if (!requireConnected(command.step())) {
        return false;
    }
    if (!command.isValid()) {
        return refuse(command.errorCode(), command.step(), command.errorString());
    }
    Running r;
    r.command = command;
    r.handler = std::move(done);
    r.onContinuation = std::move(onContinuation);
    r.timeout = m_settings.timeouts.command;
    m_session.queue.push_back(std::move(r));
    schedulePump();
    return true;
}

void ImapClient::schedulePump()
{
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

void ImapClient::pump()
{
    if (m_failed || !m_socket || m_tlsStarting || m_session.awaitingGreeting
        || m_socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    if (m_session.stream && !m_session.stream->done) {
        pumpStream();
        return;
    }
    if (m_session.current || m_session.queue.empty()) {
        return;
    }
    m_session.current = std::make_unique<Running>(std::move(m_session.queue.front()));
    m_session.queue.pop_front();
    m_session.current->tag = 'A' + QByteArray::number(++m_tagCounter);
    m_session.current->sentAt = m_clock.elapsed();
    if (m_session.current->command.isLogout()) {
        setState(Imap::State::LoggingOut);
    }
    writePieces();
}

bool ImapClient::emitLine(const QByteArray &log)
{
    const quint64 generation = m_generation;
    Q_EMIT commandSent(log);
    return generation == m_generation && !m_failed;
}

void ImapClient::writePieces()
{
    Running &c = *m_session.current;
    const QList<ImapCommand::Piece> &pieces = c.command.pieces();
    QByteArray out;
    QByteArray log;
    if (!c.lineStarted) {
        c.lineStarted = true;
        out = log = c.tag + ' ';
    }
    while (c.next < pieces.size()) {
        const ImapCommand::Piece &p = pieces.at(c.next);
        if (p.kind == ImapCommand::Piece::Kind::Text) {
            out += p.bytes;
            log += p.log;
            ++c.next;
            continue;
        }
        const qint64 size = p.kind == ImapCommand::Piece::Kind::Literal ? p.bytes.size() : p.size;
        if (!c.literalAnnounced) {
            // RFC 9051 4.3 / RFC 7888: the literal's length ends the line; "+" means no go-ahead is needed.
            const bool nonSync = m_session.capabilities.nonSynchronizingLiteral(size);
            const QByteArray marker = '{' + QByteArray::number(size) + (nonSync ? "+}" : "}");
            writeOut(out + marker + "\r\n");
            if (!emitLine(log + marker)) {
                return;
            }
            out.clear();
            log.clear();
            c.literalAnnounced = true;
            if (!nonSync) {
                c.awaitingGoAhead = true;
                armTimer(c.timeout);
                return;
            }
        }
        c.literalAnnounced = false;
        ++c.next;
        if (p.kind == ImapCommand::Piece::Kind::Literal) {
            writeOut(p.bytes);
            const quint64 generation = m_generation;
            Q_EMIT literalSent(size, p.secret);
            if (generation != m_generation) {
                return;
            }
            continue;
        }
        startStream(size);
        return;
    }
    writeOut(out + "\r\n");
    if (!emitLine(log)) {
        return;
    }
    armTimer(m_session.stream ? m_settings.timeouts.appendEnd : c.timeout);
    if (c.completed) {
        complete(); // answered early, while its literal was still going out
    }
}

void ImapClient::startStream(qint64 size)
{
    m_session.stream = std::make_unique<Stream>();
    m_session.stream->device = m_session.current->command.device();
    m_session.stream->total = size;
    if (m_session.stream->device) {
        connect(m_session.stream->device, &QIODevice::readyRead, this, &ImapClient::schedulePump,
            Qt::UniqueConnection);
    }
    pumpStream();
}

void ImapClient::pumpStream()
{
    Stream &s = *m_session.stream;
    const quint64 generation = m_generation;
    while (s.sent < s.total && m_socket && m_socket->bytesToWrite() < WriteHighWater) {
        if (!s.device) {
            fail(ImapError(ImapError::MessageReadError, Imap::Step::Append, ImapWording::messageGone()));
            return;
        }
        // An owned chunk: QIODevice::write may keep a reference to a large QByteArray instead of copying it.
        QByteArray chunk(qMin<qint64>(ReadChunk, s.total - s.sent), Qt::Uninitialized);
        const qint64 n = s.device->read(chunk.data(), chunk.size());
        if (n < 0 || (n == 0 && (!s.device->isSequential() || !s.device->isOpen()))) {
            // The literal's length was promised: a short message cannot be sent, and the connection must
            // go so that nothing after it is read as a command.
            fail(ImapError(ImapError::MessageReadError, Imap::Step::Append,
                ImapWording::messageEnded(s.sent, s.total, s.device->errorString())));
            return;
        }
        if (n == 0) {
            break; // a sequential source has nothing yet: readyRead brings us back
        }
        chunk.truncate(n);
        writeOut(chunk);
        s.sent += n;
        Q_EMIT appendProgress(s.sent, s.total);
        if (generation != m_generation) {
            return;
        }
    }
    armTimer(m_settings.timeouts.appendBlock);
    if (s.sent == s.total) {
        s.done = true;
        Q_EMIT literalSent(s.total, false);
        if (generation == m_generation) {
            writePieces(); // the rest of the command: its CRLF
        }
    }
}

void ImapClient::writeOut(const QByteArray &bytes)
{
    if (!bytes.isEmpty() && m_socket) {
        m_session.bytesWritten += bytes.size();
        m_socket->write(bytes);
    }
}

void ImapClient::sendContinuationLine(const QByteArray &line, const QByteArray &log)
{
    writeOut(line + "\r\n");
    emitLine(log);
}

// ---- operations ----

bool ImapClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_failed;
}

bool ImapClient::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool ImapClient::isPeerLoopback() const
{
    return TlsTrust::isLoopbackPeer(m_socket);
}

QString ImapClient::peerDescription() const
{
    return m_settings.host + QLatin1Char(':') + QString::number(m_settings.effectivePort());
}

bool ImapClient::capability(Handler done)
{
    return submit(ImapCommand::capability(), std::move(done));
}

bool ImapClient::startTls(Handler done)
{
    if (isEncrypted()) {
        return refuse(ImapError::InvalidInput, Imap::Step::StartTls, ImapWording::alreadyEncrypted());
    }
    return submit(ImapCommand::startTls(), std::move(done));
}

bool ImapClient::authenticate(const QByteArray &mechanism, Handler done)
{
    return ImapLogin::begin(this, mechanism, std::move(done));
}

bool ImapClient::login(Handler done)
{
    return ImapLogin::beginLoginCommand(this, std::move(done));
}

void ImapClient::onAuthenticated(const QByteArray &mechanism, int capabilityGeneration)
{
    // RFC 9051 6.2.2: capabilities may change with the login; without new ones in the reply, ask again.
    if (capabilityGeneration == m_capabilityGeneration) {
        m_session.capabilitiesKnown = false;
    }
    setState(Imap::State::Authenticated);
    Q_EMIT authenticated(mechanism);
}

bool ImapClient::list(const QByteArray &pattern, bool returnSpecialUse, Handler done)
{
    const bool extended
        = returnSpecialUse && m_session.capabilities.listExtended() && m_session.capabilities.specialUse();
    return submit(ImapCommand::list(pattern, extended), std::move(done));
}

bool ImapClient::create(const QByteArray &mailbox, const QList<QByteArray> &specialUse, Handler done)
{
    return submit(ImapCommand::create(
                      mailbox, m_session.capabilities.createSpecialUse() ? specialUse : QList<QByteArray>()),
        std::move(done));
}

bool ImapClient::examine(const QByteArray &mailbox, Handler done)
{
    return submit(
        ImapCommand::examine(mailbox), [this, done = std::move(done)](const ImapCommandResult &result) {
            if (result.isOk()) {
                setState(Imap::State::Selected);
            }
            if (done) {
                done(result);
            }
        });
}

bool ImapClient::uidSearchHeader(const QByteArray &field, const QByteArray &value, Handler done)
{
    return submit(ImapCommand::uidSearchHeader(field, value), std::move(done));
}

bool ImapClient::append(const QByteArray &mailbox, QIODevice *message, qint64 size,
    const QList<QByteArray> &flags, const QDateTime &internalDate, Handler done)
{
    const qint64 limit = m_session.capabilities.appendLimit();
    if (limit >= 0 && size > limit && isConnected()) {
        return refuse(
            ImapError::MessageTooLarge, Imap::Step::Append, ImapWording::tooLargeForServer(size, limit));
    }
    return submit(ImapCommand::append(mailbox, message, size, flags, internalDate), std::move(done));
}

bool ImapClient::noop(Handler done)
{
    return submit(ImapCommand::noop(), std::move(done));
}

bool ImapClient::logout(Handler done)
{
    return submit(ImapCommand::logout(), std::move(done));
}
