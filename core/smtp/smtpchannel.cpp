#include "smtpchannel.h"

#include "smtpadvice.h"
#include "smtpbodyupload.h"
#include "smtplogin.h"
#include "smtptranscript.h"
#include "smtptransport.h"

#include <QIODevice>

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

} // namespace

SmtpChannel::SmtpChannel(const SmtpConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_transport(new SmtpTransport(settings, this))
{
    setupTransport();
    m_timer.setSingleShot(true);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &SmtpChannel::onTimeout);
    const QString logPath = qEnvironmentVariable("EPISTLE_SMTP_LOG");
    if (!logPath.isEmpty()) {
        m_envTranscript = SmtpTranscript::openLogFile(logPath, this);
        if (m_envTranscript) {
            m_envTranscript->attach(this);
        }
    }
}

SmtpChannel::~SmtpChannel()
{
    ++m_generation;
    m_login.reset();
    m_transport->disconnect(this);
    m_transport->abort();
}

void SmtpChannel::setTranscript(SmtpTranscript *transcript)
{
    m_transcript = transcript;
    if (transcript) {
        transcript->attach(this);
    }
}

// ---- connection ----

void SmtpChannel::setupTransport()
{
    connect(m_transport, &SmtpTransport::connected, this, &SmtpChannel::onConnected);
    connect(m_transport, &SmtpTransport::encrypted, this, &SmtpChannel::onEncrypted);
    connect(m_transport, &SmtpTransport::certificateErrors, this, &SmtpChannel::certificateErrors);
    connect(m_transport, &SmtpTransport::refused, this, &SmtpChannel::fail);
    connect(m_transport, &SmtpTransport::readyRead, this, &SmtpChannel::onReadyRead);
    connect(m_transport, &SmtpTransport::bytesWritten, this, &SmtpChannel::onBytesWritten);
    connect(m_transport, &SmtpTransport::failed, this, &SmtpChannel::onSocketError);
    connect(m_transport, &SmtpTransport::closed, this, &SmtpChannel::onSocketDisconnected);
}

void SmtpChannel::setSocketFactory(SocketFactory factory)
{
    m_transport->setSocketFactory(std::move(factory));
}

SmtpTlsInfo SmtpChannel::tlsInfo() const
{
    return m_transport->tlsInfo();
}

void SmtpChannel::acceptCertificate(const QSslCertificate &certificate)
{
    m_transport->acceptCertificate(certificate);
}

void SmtpChannel::resetSession()
{
    m_failed = false;
    m_lastError = {};
    m_quitSent = false;
    m_quitAnswered = false;
    m_parser.reset();
    m_outgoing.clear();
    m_replies.clear();
    m_lastWrittenEndsGroup = true;
    ++m_generation;
}

void SmtpChannel::openConnection(ReplyHandler onGreeting)
{
    resetSession();
    m_capabilities = {};
    m_roundTrips = 0;
    m_bytesWritten = 0;
    setState(Smtp::State::Connecting);
    expectGreeting(std::move(onGreeting));
    m_timer.start(m_settings.timeouts.connect);
    m_phaseStart = m_clock.elapsed();
    m_transport->open();
}

void SmtpChannel::adoptConnection(QSslSocket *socket, bool greetingRead, ReplyHandler onGreeting)
{
    resetSession();
    m_transport->adopt(socket);
    setState(Smtp::State::Handshake);
    if (!greetingRead) {
        expectGreeting(std::move(onGreeting));
        m_replies.head().deadline = QDeadlineTimer(m_settings.timeouts.greeting);
        armTimer();
        if (m_transport->bytesAvailable() > 0) {
            QMetaObject::invokeMethod(this, &SmtpChannel::onReadyRead, Qt::QueuedConnection);
        }
    }
}

void SmtpChannel::beginTls(std::function<void()> afterHandshake)
{
    m_tlsStarting = true;
    m_afterTls = std::move(afterHandshake);
    m_capabilities = {};
    m_parser.reset();
    m_timer.start(m_settings.timeouts.connect);
    m_phaseStart = m_clock.elapsed();
    m_transport->startTls();
}

void SmtpChannel::expectGreeting(ReplyHandler onGreeting)
{
    SmtpReplyQueue::Entry greeting;
    greeting.step = Smtp::Step::Greeting;
    greeting.kind = SmtpReplyQueue::Kind::Greeting;
    greeting.deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    greeting.handler = [this, onGreeting = std::move(onGreeting)](const SmtpReply &reply) {
        if (reply.code() != 220) {
            fail(SmtpAdvice::greetingRefused(peerDescription(), reply));
            return;
        }
        m_greeting = reply;
        if (onGreeting) {
            onGreeting(reply);
        }
    };
    m_replies.push(std::move(greeting));
}

void SmtpChannel::onConnected()
{
    ++m_roundTrips;
    Q_EMIT stepFinished(Smtp::Step::Connect, SmtpReply(), m_clock.elapsed() - m_phaseStart);
    m_phaseStart = m_clock.elapsed();
    if (m_settings.security == Smtp::Security::Tls) {
        return; // the greeting comes after the handshake
    }
    setState(Smtp::State::Handshake);
    if (m_replies.headStep() == Smtp::Step::Greeting) {
        m_replies.head().deadline = QDeadlineTimer(m_settings.timeouts.greeting);
        m_replies.head().sentAt = m_clock.elapsed();
    }
    armTimer();
}

void SmtpChannel::onEncrypted()
{
    ++m_roundTrips;
    Q_EMIT stepFinished(Smtp::Step::TlsHandshake, SmtpReply(), m_clock.elapsed() - m_phaseStart);
    Q_EMIT tlsEstablished(m_transport->tlsInfo());

    if (m_tlsStarting) {
        m_tlsStarting = false;
        // RFC 3207 4.2: forget everything learnt before TLS; only the new EHLO counts.
        m_capabilities = {};
        const std::function<void()> after = std::move(m_afterTls);
        if (after) {
            after();
        }
        schedulePump();
        return;
    }
    setState(Smtp::State::Handshake);
    if (m_replies.headStep() == Smtp::Step::Greeting) {
        m_replies.head().deadline = QDeadlineTimer(m_settings.timeouts.greeting);
        m_replies.head().sentAt = m_clock.elapsed();
    }
    armTimer();
}

void SmtpChannel::onSocketError()
{
    if (m_failed) {
        return;
    }
    if (m_transport->closedByPeer()) {
        onSocketDisconnected();
        return;
    }
    if (m_state == Smtp::State::Disconnected) {
        return;
    }
    Smtp::Step step = m_replies.headStep(Smtp::Step::Connect);
    if (m_state == Smtp::State::Connecting || m_tlsStarting) {
        step = m_tlsStarting || m_settings.security == Smtp::Security::Tls ? Smtp::Step::TlsHandshake
                                                                           : Smtp::Step::Connect;
    }
    fail(m_transport->error(step));
}

void SmtpChannel::onSocketDisconnected()
{
    if (m_failed || m_state == Smtp::State::Disconnected) {
        return;
    }
    if (m_quitSent && !m_body && m_replies.onlyQuitLeft()) {
        // The server hung up after QUIT (or instead of answering it): that is how a session ends. The
        // verdicts already received stand: nothing came that they could be confused with.
        m_timer.stop();
        settleFlight();
        if (m_failed) {
            return;
        }
        m_replies.clear();
        m_outgoing.clear();
        setState(Smtp::State::Disconnected);
        Q_EMIT disconnected();
        return;
    }
    if (m_tlsStarting || (m_state == Smtp::State::Connecting && m_settings.security == Smtp::Security::Tls)) {
        const SmtpError handshake = m_transport->error(Smtp::Step::TlsHandshake);
        fail(handshake.code() == SmtpError::ConnectionLost ? SmtpAdvice::tlsHandshakeClosed(peerDescription())
                                                           : handshake);
        return;
    }
    const Smtp::Step step = m_body ? Smtp::Step::Data : m_replies.headStep();
    fail(SmtpAdvice::connectionClosed(step, peerDescription(), step == Smtp::Step::Data));
}

// ---- state, errors, timers ----

void SmtpChannel::setState(Smtp::State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool SmtpChannel::refuse(const SmtpError &error)
{
    m_lastError = error;
    return false;
}

void SmtpChannel::fail(const SmtpError &error)
{
    if (m_failed) {
        return;
    }
    // A protocol error means the replies can no longer be matched to their commands: verdicts received in
    // this flight are not to be trusted. Anything else leaves them standing.
    const bool outOfStep = error.code() == SmtpError::ProtocolError;
    std::vector<SmtpReplyQueue::Held> held = m_replies.takeHeld();
    bool unsettled = m_replies.hasUnsettledMessage();
    for (const SmtpReplyQueue::Held &h : held) {
        unsettled = unsettled || (outOfStep && h.contentLeft);
    }
    const bool wrap = unsettled && error.code() != SmtpError::Cancelled
        && error.code() != SmtpError::MessageMayHaveBeenSent;
    const SmtpError final = wrap ? SmtpAdvice::mayHaveBeenSent(error) : error;
    m_failed = true;
    m_lastError = final;
    ++m_generation;
    m_outgoing.clear();
    m_replies.clear();
    // An upload may be the caller (a read error, a handler cancelling): it is released later, like a login.
    m_retiredBody = std::move(m_body);
    m_tlsStarting = false;
    m_timer.stop();
    // The login object may be the caller; it is released after the signal, when nothing of it runs.
    std::unique_ptr<SmtpLogin> login = std::move(m_login);
    m_transport->abort();
    setState(Smtp::State::Disconnected);
    if (!outOfStep) {
        for (const SmtpReplyQueue::Held &h : held) {
            h.handler(h.reply);
        }
    }
    Q_EMIT errorOccurred(final);
    Q_EMIT disconnected();
    retireLogin(std::move(login));
}

void SmtpChannel::retireLogin(std::unique_ptr<SmtpLogin> login)
{
    // A login (or an upload) ends from inside its own code; it is freed later, or with the client, never
    // under its feet.
    if (login) {
        m_retiredLogins.push_back(std::move(login));
    }
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (!m_login || generation != m_generation) {
                m_retiredLogins.clear();
            }
            m_retiredBody.reset();
        },
        Qt::QueuedConnection);
}

void SmtpChannel::abort()
{
    fail(SmtpAdvice::cancelled(m_replies.headStep()));
}

int SmtpChannel::timeoutFor(Smtp::Step step) const
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

void SmtpChannel::armTimer()
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
    if (m_replies.isEmpty()) {
        m_timer.stop();
        return;
    }
    // RFC 2920 3.2: the server may hold every reply of a group until its last command is done.
    const QDeadlineTimer deadline = m_replies.latestDeadline();
    if (deadline.isForever()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(0, deadline.remainingTime())));
}

void SmtpChannel::onTimeout()
{
    if (m_failed) {
        return;
    }
    const bool handshake = m_state == Smtp::State::Connecting || m_tlsStarting;
    if (!handshake && !m_body) {
        if (m_replies.isEmpty()) {
            return;
        }
        if (!m_replies.latestDeadline().hasExpired()) {
            armTimer();
            return;
        }
    }
    fail(timeoutError());
}

SmtpError SmtpChannel::timeoutError() const
{
    const SmtpTimeouts &t = m_settings.timeouts;
    if (m_state == Smtp::State::Connecting || m_tlsStarting) {
        const bool tls = m_tlsStarting || m_transport->isOpen();
        return tls ? SmtpAdvice::tlsHandshakeTimeout(peerDescription(), t.connect / 1000)
                   : SmtpAdvice::connectTimeout(peerDescription(), t.connect / 1000);
    }
    if (m_body) {
        return SmtpAdvice::bodyStalled(t.dataBlock / 1000);
    }
    const SmtpReplyQueue::Entry &head = m_replies.head();
    if (head.step == Smtp::Step::Greeting) {
        const bool encrypted = m_settings.security == Smtp::Security::Tls || isEncrypted();
        return SmtpAdvice::greetingTimeout(
            peerDescription(), m_settings.effectivePort(), t.greeting / 1000, encrypted, m_settings.security);
    }
    const qint64 waited = (m_clock.elapsed() - head.sentAt) / 1000;
    return SmtpAdvice::commandTimeout(head.step, peerDescription(), int(qMax<qint64>(1, waited)));
}

// ---- reading ----

void SmtpChannel::onReadyRead()
{
    if (m_failed) {
        return;
    }
    if (m_tlsStarting) {
        return; // QSslSocket owns the bytes until the handshake is over
    }
    char buffer[ReadChunk];
    if (m_quitAnswered) {
        // QUIT's reply settled the last flight in an earlier read; the connection is closing.
        while (m_transport->read(buffer, sizeof buffer) > 0) { }
        return;
    }
    const quint64 generation = m_generation;
    m_dispatching = true;
    while (m_transport->bytesAvailable() > 0) {
        const qint64 n = m_transport->read(buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        QList<SmtpReply> replies;
        const bool ok = m_parser.feed(buffer, n, &replies);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const bool more = i + 1 < replies.size() || m_parser.bufferedBytes() > 0 || !ok
                || m_transport->bytesAvailable() > 0;
            dispatch(replies.at(i), more);
            if (generation != m_generation || m_failed || m_tlsStarting) {
                m_dispatching = false;
                return;
            }
        }
        if (!ok) {
            m_dispatching = false;
            fail(SmtpAdvice::malformedReply(m_replies.headStep(), m_parser.errorString()));
            return;
        }
    }
    m_dispatching = false;
    if (m_quitAnswered) {
        m_transport->close();
        return;
    }
    pump();
}

void SmtpChannel::dispatch(const SmtpReply &reply, bool moreBuffered)
{
    Q_EMIT replyReceived(reply);
    if (m_failed) {
        return;
    }
    SmtpReplyQueue::Match match = m_replies.take(reply);
    if (match.status == SmtpReplyQueue::Match::NoCommandWaiting) {
        fail(SmtpAdvice::unsolicitedReply(reply));
        return;
    }
    SmtpReplyQueue::Entry &entry = match.entry;
    if (m_replies.isEmpty() && !m_body) {
        ++m_roundTrips; // every reply of this flight is in
    }
    Q_EMIT stepFinished(entry.step, reply, m_clock.elapsed() - entry.sentAt);
    if (m_failed) {
        return;
    }
    if (match.status == SmtpReplyQueue::Match::Impossible) {
        fail(SmtpAdvice::impossibleReply(entry.step, reply));
        return;
    }
    if (entry.kind == SmtpReplyQueue::Kind::MessageEnd) {
        // A verdict on a message, even a 421: handed out once the flight is in step (or the session ends
        // without a sign that the replies were misread).
        m_replies.hold(std::move(entry.handler), reply, entry.contentLeft);
    }
    if (reply.code() == 421) {
        fail(SmtpAdvice::serviceClosing(entry.step, peerDescription(), reply));
        return;
    }
    if (entry.kind == SmtpReplyQueue::Kind::StartTls && reply.code() == 220 && moreBuffered) {
        // RFC 3207 / CVE-2011-0411: bytes after the 220 were sent before TLS and could be forged by anyone on
        // the path. They are never read as replies after the handshake.
        fail(SmtpAdvice::startTlsInjection(reply));
        return;
    }
    if (entry.kind != SmtpReplyQueue::Kind::MessageEnd && entry.handler) {
        entry.handler(reply);
    }
    if (!m_failed && m_replies.isEmpty() && !m_body && !moreBuffered) {
        settleFlight();
    }
    if (!m_failed && !m_dispatching) {
        pump();
    }
    if (!m_failed) {
        armTimer();
    }
}

void SmtpChannel::settleFlight()
{
    // Every command written has its reply and nothing more came: the verdicts of this flight are final.
    const quint64 generation = m_generation;
    for (const SmtpReplyQueue::Held &h : m_replies.takeHeld()) {
        h.handler(h.reply);
        if (generation != m_generation || m_failed) {
            return;
        }
    }
}

// ---- writing ----

void SmtpChannel::enqueue(Command command)
{
    m_outgoing.push_back(std::move(command));
    schedulePump();
}

void SmtpChannel::enqueueLine(Smtp::Step step, const QByteArray &line, int timeout, ReplyHandler handler,
    bool endsGroup, const QByteArray &logLine)
{
    Command c;
    c.step = step;
    c.bytes = line + "\r\n";
    c.logLine = logLine.isEmpty() ? line : logLine;
    c.timeout = timeout;
    c.handler = std::move(handler);
    c.endsGroup = endsGroup;
    enqueue(std::move(c));
}

void SmtpChannel::expectReply(SmtpReplyQueue::Entry entry)
{
    m_replies.push(std::move(entry));
}

void SmtpChannel::schedulePump()
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

void SmtpChannel::pump()
{
    if (m_failed || m_tlsStarting || !m_transport->isOpen()) {
        return;
    }
    if (m_settings.security == Smtp::Security::Tls && !m_transport->isEncrypted()) {
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
        if (!m_replies.isEmpty()
            && (!m_capabilities.pipelining() || m_lastWrittenEndsGroup || next.waitForReplies)) {
            break;
        }
        Command c = std::move(next);
        m_outgoing.pop_front();
        if (c.body) {
            c.handler(SmtpReply()); // sets up m_body; the chunks follow in this same write
            continue;
        }
        out += c.bytes;
        Q_EMIT commandSent(c.logLine);
        if (m_failed || generation != m_generation) {
            return;
        }
        if (c.step == Smtp::Step::Quit) {
            setState(Smtp::State::Quitting);
        }
        SmtpReplyQueue::Entry e;
        e.step = c.step;
        e.kind = c.step == Smtp::Step::StartTls  ? SmtpReplyQueue::Kind::StartTls
            : c.step == Smtp::Step::Authenticate ? SmtpReplyQueue::Kind::Auth
            : c.step == Smtp::Step::Data         ? SmtpReplyQueue::Kind::DataCommand
            : c.step == Smtp::Step::Quit         ? SmtpReplyQueue::Kind::Quit
                                                 : SmtpReplyQueue::Kind::Command;
        e.deadline = QDeadlineTimer(c.timeout);
        e.sentAt = m_clock.elapsed();
        e.handler = std::move(c.handler);
        m_replies.push(std::move(e));
        m_lastWrittenEndsGroup = c.endsGroup;
    }
    if (!m_failed && generation == m_generation) {
        writeOut(out);
        armTimer();
    }
}

void SmtpChannel::writeOut(const QByteArray &bytes)
{
    if (!bytes.isEmpty() && m_transport->isOpen()) {
        m_bytesWritten += bytes.size();
        m_transport->write(bytes);
    }
}

void SmtpChannel::onBytesWritten()
{
    if (m_body) {
        armTimer(); // progress: the data-block deadline starts again
        schedulePump();
    }
}

// ---- bodies ----

void SmtpChannel::startBody(
    QIODevice *device, qint64 size, bool bdat, std::shared_ptr<const Envelope> envelope, ReplyHandler done)
{
    m_body = std::make_unique<SmtpBodyUpload>(this, device, size, bdat, std::move(envelope), std::move(done));
    if (device) {
        connect(device, &QIODevice::readyRead, this, &SmtpChannel::schedulePump, Qt::UniqueConnection);
    }
    Q_EMIT bodyStarted(device);
}

void SmtpChannel::endBody()
{
    // Called from a chunk's reply handler, never from inside the upload: it may go now, but is kept until
    // the event loop like a failed one.
    m_retiredBody = std::move(m_body);
}

bool SmtpChannel::pumpBody(QByteArray *out)
{
    switch (m_body->pump(out)) {
    case SmtpBodyUpload::Status::Stopped:
        return false;
    case SmtpBodyUpload::Status::Finished:
        m_body.reset();
        return true;
    case SmtpBodyUpload::Status::Going:
        return true;
    }
    return true;
}

// ---- operations ----

bool SmtpChannel::isConnected() const
{
    return m_transport->isOpen() && !m_failed;
}

bool SmtpChannel::isEncrypted() const
{
    return m_transport->isEncrypted();
}

bool SmtpChannel::isPeerLoopback() const
{
    return m_transport->isPeerLoopback();
}

bool SmtpChannel::isIdle() const
{
    return m_outgoing.empty() && m_replies.isEmpty() && !m_body;
}

QString SmtpChannel::peerDescription() const
{
    return m_settings.host + QLatin1Char(':') + QString::number(m_settings.effectivePort());
}

QString SmtpChannel::localAddressLiteral() const
{
    return m_transport->localAddressLiteral();
}

bool SmtpChannel::extension(const QByteArray &name, QList<QByteArray> *parameters) const
{
    if (parameters) {
        *parameters = m_capabilities.parameters(name);
    }
    return m_capabilities.has(name);
}

bool SmtpChannel::requireReady(Smtp::Step step)
{
    if (!isConnected() || m_tlsStarting) {
        return refuse(SmtpAdvice::notConnected(step));
    }
    return true;
}
