#include "smtpclient.h"

#include "smtpadvice.h"
#include "smtpbodyupload.h"
#include "smtplogin.h"
#include "smtptranscript.h"
#include "smtptransport.h"

#include <QIODevice>
#include <algorithm>

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

} // namespace

SmtpClient::SmtpClient(const SmtpConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_transport(new SmtpTransport(settings, this))
{
    setupTransport();
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
    m_transport->disconnect(this);
    m_transport->abort();
}

void SmtpClient::setTranscript(SmtpTranscript *transcript)
{
    m_transcript = transcript;
    if (transcript) {
        transcript->attach(this);
    }
}

// ---- connection ----

void SmtpClient::setupTransport()
{
    connect(m_transport, &SmtpTransport::connected, this, &SmtpClient::onConnected);
    connect(m_transport, &SmtpTransport::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_transport, &SmtpTransport::certificateErrors, this, &SmtpClient::certificateErrors);
    connect(m_transport, &SmtpTransport::refused, this, &SmtpClient::fail);
    connect(m_transport, &SmtpTransport::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_transport, &SmtpTransport::bytesWritten, this, &SmtpClient::onBytesWritten);
    connect(m_transport, &SmtpTransport::failed, this, &SmtpClient::onSocketError);
    connect(m_transport, &SmtpTransport::closed, this, &SmtpClient::onSocketDisconnected);
}

void SmtpClient::setSocketFactory(SocketFactory factory)
{
    m_transport->setSocketFactory(std::move(factory));
}

SmtpTlsInfo SmtpClient::tlsInfo() const
{
    return m_transport->tlsInfo();
}

void SmtpClient::acceptCertificate(const QSslCertificate &certificate)
{
    m_transport->acceptCertificate(certificate);
}

void SmtpClient::resetSession()
{
    m_failed = false;
    m_lastError = {};
    m_quitSent = false;
    m_parser.reset();
    m_outgoing.clear();
    m_pending.clear();
    m_lastWrittenEndsGroup = true;
    ++m_generation;
}

void SmtpClient::connectToServer(ReplyHandler onGreeting)
{
    if (isConnected()) {
        refuse(SmtpAdvice::alreadyConnected());
        return;
    }
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

void SmtpClient::adoptSocket(QSslSocket *socket, bool greetingRead, ReplyHandler onGreeting)
{
    resetSession();
    m_transport->adopt(socket);
    setState(Smtp::State::Handshake);
    if (!greetingRead) {
        expectGreeting(std::move(onGreeting));
        m_pending.front().deadline = QDeadlineTimer(m_settings.timeouts.greeting);
        armTimer();
        if (m_transport->bytesAvailable() > 0) {
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
            fail(SmtpAdvice::greetingRefused(peerDescription(), reply));
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
    ++m_roundTrips;
    Q_EMIT stepFinished(Smtp::Step::TlsHandshake, SmtpReply(), m_clock.elapsed() - m_phaseStart);
    Q_EMIT tlsEstablished(m_transport->tlsInfo());

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

bool SmtpClient::hasFinalDataPending() const
{
    return std::any_of(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.finalData; });
}

void SmtpClient::onSocketError()
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
    Smtp::Step step = m_pending.empty() ? Smtp::Step::Connect : m_pending.front().step;
    if (m_state == Smtp::State::Connecting || m_tlsStarting) {
        step = m_tlsStarting || m_settings.security == Smtp::Security::Tls ? Smtp::Step::TlsHandshake
                                                                           : Smtp::Step::Connect;
    }
    SmtpError error = m_transport->error(step);
    if (hasFinalDataPending() && error.code() != SmtpError::Timeout) {
        error = SmtpAdvice::mayHaveBeenSentBroken(error);
    }
    fail(error);
}

void SmtpClient::onSocketDisconnected()
{
    if (m_failed || m_state == Smtp::State::Disconnected) {
        return;
    }
    const bool onlyQuitLeft = m_quitSent && !m_body
        && std::all_of(
            m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.step == Smtp::Step::Quit; });
    if (onlyQuitLeft) {
        // The server hung up after QUIT (or instead of answering it): that is how a session ends.
        m_pending.clear();
        m_outgoing.clear();
        m_timer.stop();
        setState(Smtp::State::Disconnected);
        Q_EMIT disconnected();
        return;
    }
    if (hasFinalDataPending()) {
        fail(SmtpAdvice::mayHaveBeenSentClosed(peerDescription()));
        return;
    }
    const Smtp::Step step
        = m_body ? Smtp::Step::Data : (m_pending.empty() ? Smtp::Step::None : m_pending.front().step);
    if (m_tlsStarting || (m_state == Smtp::State::Connecting && m_settings.security == Smtp::Security::Tls)) {
        const SmtpError handshake = m_transport->error(Smtp::Step::TlsHandshake);
        fail(handshake.code() == SmtpError::ConnectionLost ? SmtpAdvice::tlsHandshakeClosed(peerDescription())
                                                           : handshake);
        return;
    }
    fail(SmtpAdvice::connectionClosed(step, peerDescription(), step == Smtp::Step::Data));
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

bool SmtpClient::refuse(const SmtpError &error)
{
    m_lastError = error;
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
    // An upload may be the caller (a read error, a handler cancelling): it is released later, like a login.
    m_retiredBody = std::move(m_body);
    m_tlsStarting = false;
    m_timer.stop();
    // The login object may be the caller; it is released after the signal, when nothing of it runs.
    std::unique_ptr<SmtpLogin> login = std::move(m_login);
    m_transport->abort();
    setState(Smtp::State::Disconnected);
    Q_EMIT errorOccurred(error);
    Q_EMIT disconnected();
    retireLogin(std::move(login));
}

void SmtpClient::retireLogin(std::unique_ptr<SmtpLogin> login)
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

void SmtpClient::abort()
{
    fail(SmtpAdvice::cancelled(m_pending.empty() ? Smtp::Step::None : m_pending.front().step));
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
    const bool handshake = m_state == Smtp::State::Connecting || m_tlsStarting;
    if (!handshake && !m_body) {
        if (m_pending.empty()) {
            return;
        }
        if (!m_pending.front().deadline.hasExpired()) {
            armTimer();
            return;
        }
    }
    fail(timeoutError());
}

SmtpError SmtpClient::timeoutError() const
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
    const Pending &head = m_pending.front();
    if (head.finalData) {
        return SmtpAdvice::mayHaveBeenSentTimeout(t.dataEnd / 1000);
    }
    if (head.step == Smtp::Step::Greeting) {
        const bool encrypted = m_settings.security == Smtp::Security::Tls || isEncrypted();
        return SmtpAdvice::greetingTimeout(
            peerDescription(), m_settings.effectivePort(), t.greeting / 1000, encrypted);
    }
    const int seconds = head.step == Smtp::Step::Data ? t.dataStart / 1000 : qMax(1, t.command / 1000);
    return SmtpAdvice::commandTimeout(head.step, peerDescription(), seconds);
}

// ---- reading ----

void SmtpClient::onReadyRead()
{
    if (m_failed) {
        return;
    }
    if (m_tlsStarting) {
        return; // QSslSocket owns the bytes until the handshake is over
    }
    const quint64 generation = m_generation;
    m_dispatching = true;
    char buffer[ReadChunk];
    while (m_transport->bytesAvailable() > 0) {
        const qint64 n = m_transport->read(buffer, sizeof buffer);
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
                || m_transport->bytesAvailable() > 0;
            dispatch(replies.at(i), more);
            if (generation != m_generation || m_failed || m_tlsStarting) {
                m_dispatching = false;
                return;
            }
        }
        if (!ok) {
            m_dispatching = false;
            fail(SmtpAdvice::malformedReply(
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
        fail(SmtpAdvice::unsolicitedReply(reply));
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
    if (reply.code() == 421 && pending.step != Smtp::Step::Quit) {
        fail(SmtpAdvice::serviceClosing(pending.step, peerDescription(), reply));
        return;
    }
    if (pending.step == Smtp::Step::StartTls && reply.code() == 220 && moreBuffered) {
        // RFC 3207 / CVE-2011-0411: bytes after the 220 were sent before TLS and could be forged by anyone on
        // the path. They are never read as replies after the handshake.
        fail(SmtpAdvice::startTlsInjection(reply));
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

void SmtpClient::enqueue(Command command)
{
    m_outgoing.push_back(std::move(command));
    schedulePump();
}

void SmtpClient::enqueueLine(Smtp::Step step, const QByteArray &line, int timeout, ReplyHandler handler,
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

void SmtpClient::expectReply(Pending pending)
{
    m_pending.push_back(std::move(pending));
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
        if (c.step == Smtp::Step::Quit) {
            setState(Smtp::State::Quitting);
        }
        Pending p;
        p.step = c.step;
        p.deadline = QDeadlineTimer(c.timeout);
        p.sentAt = m_clock.elapsed();
        p.handler = std::move(c.handler);
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
    if (!bytes.isEmpty() && m_transport->isOpen()) {
        m_bytesWritten += bytes.size();
        m_transport->write(bytes);
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

void SmtpClient::startBody(QIODevice *device, qint64 size, bool bdat, ReplyHandler done)
{
    m_body = std::make_unique<SmtpBodyUpload>(this, device, size, bdat, std::move(done));
    if (device) {
        connect(device, &QIODevice::readyRead, this, &SmtpClient::schedulePump, Qt::UniqueConnection);
    }
    Q_EMIT bodyStarted(device);
}

bool SmtpClient::pumpBody(QByteArray *out)
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

bool SmtpClient::isConnected() const
{
    return m_transport->isOpen() && !m_failed;
}

bool SmtpClient::isEncrypted() const
{
    return m_transport->isEncrypted();
}

bool SmtpClient::isPeerLoopback() const
{
    return m_transport->isPeerLoopback();
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
    return m_transport->localAddressLiteral();
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
        return refuse(SmtpAdvice::notConnected(step));
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
    const QString name = m_settings.heloName.isEmpty() ? localAddressLiteral() : m_settings.heloName;
    const SmtpCommand ehlo = SmtpCommands::hello("EHLO", name);
    if (!ehlo.isValid()) {
        refuse(ehlo.error);
        fail(m_lastError);
        return;
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    const auto finish = [this, shared](const SmtpReply &reply, bool ehloReply) {
        if (reply.isPositive()) {
            m_capabilities = ehloReply ? SmtpCapabilities::fromEhloReply(reply) : SmtpCapabilities();
            if (m_state == Smtp::State::Handshake) {
                setState(Smtp::State::NotAuthenticated);
            }
        }
        if (*shared) {
            (*shared)(reply);
        }
    };
    enqueueLine(Smtp::Step::Hello, ehlo.line, timeoutFor(Smtp::Step::Hello),
        [this, name, fallbackAllowed, finish](const SmtpReply &reply) {
            // RFC 5321 4.1.4: an old server that does not know EHLO says 500/502; HELO then.
            if (!reply.isPositive() && fallbackAllowed && (reply.code() == 500 || reply.code() == 502)) {
                enqueueLine(Smtp::Step::Hello, SmtpCommands::hello("HELO", name).line,
                    timeoutFor(Smtp::Step::Hello), [finish](const SmtpReply &helo) { finish(helo, false); });
                return;
            }
            finish(reply, true);
        });
}

bool SmtpClient::startTls(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::StartTls)) {
        return false;
    }
    if (isEncrypted()) {
        return refuse(SmtpAdvice::alreadyEncrypted());
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    enqueueLine(Smtp::Step::StartTls, "STARTTLS", timeoutFor(Smtp::Step::StartTls),
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
            m_timer.start(m_settings.timeouts.connect);
            m_phaseStart = m_clock.elapsed();
            m_transport->startTls();
        });
    return true;
}

bool SmtpClient::authenticate(const QByteArray &mechanism, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Authenticate)) {
        return false;
    }
    if (m_login) {
        return refuse(SmtpAdvice::loginRunning());
    }
    SmtpError refusal;
    std::unique_ptr<SaslMechanism> mech = SmtpLogin::prepare(this, mechanism, &refusal);
    if (!mech) {
        return refuse(refusal);
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

bool SmtpClient::mail(const QString &from, const SmtpMailParameters &parameters, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::MailFrom)) {
        return false;
    }
    const SmtpCommand command = SmtpCommands::mailFrom(from, parameters, m_capabilities);
    if (!command.isValid()) {
        return refuse(command.error);
    }
    for (const QString &text : command.warnings) {
        Q_EMIT warning(text);
    }
    m_transactionUtf8 = command.smtpUtf8;
    m_transactionAccepted = 0;
    enqueueLine(Smtp::Step::MailFrom, command.line, timeoutFor(Smtp::Step::MailFrom), std::move(done), false);
    return true;
}

bool SmtpClient::rcpt(const QString &to, const SmtpRcptParameters &parameters, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::RcptTo)) {
        return false;
    }
    const SmtpCommand command = SmtpCommands::rcptTo(to, parameters, m_capabilities, m_transactionUtf8);
    if (!command.isValid()) {
        return refuse(command.error);
    }
    for (const QString &text : command.warnings) {
        Q_EMIT warning(text);
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    enqueueLine(
        Smtp::Step::RcptTo, command.line, timeoutFor(Smtp::Step::RcptTo),
        [this, shared](const SmtpReply &reply) {
            if (reply.isPositive()) {
                ++m_transactionAccepted;
            }
            if (*shared) {
                (*shared)(reply);
            }
        },
        false);
    return true;
}

bool SmtpClient::data(QIODevice *body, qint64 size, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Data)) {
        return false;
    }
    if (!body || !body->isReadable()) {
        return refuse(SmtpAdvice::bodyNotReadable());
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    QPointer<QIODevice> device = body;
    enqueueLine(Smtp::Step::Data, "DATA", m_settings.timeouts.dataStart,
        [this, shared, device, size](const SmtpReply &reply) {
            if (reply.code() != 354) {
                if (*shared) {
                    (*shared)(reply);
                }
                return;
            }
            if (!device) {
                fail(SmtpAdvice::bodyGone());
                return;
            }
            startBody(device, size, false, std::move(*shared));
        });
    return true;
}

bool SmtpClient::bdat(QIODevice *body, qint64 size, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Data)) {
        return false;
    }
    if (!m_capabilities.chunking()) {
        return refuse(SmtpAdvice::chunkingNotOffered());
    }
    if (!body || !body->isReadable()) {
        return refuse(SmtpAdvice::bodyNotReadable());
    }
    Command c;
    c.kind = Command::Kind::Body;
    c.step = Smtp::Step::Data;
    // A large body waits for the envelope's replies, so it is never sent when every recipient was refused.
    c.waitForReplies = size < 0 || size > InlineBodyLimit;
    QPointer<QIODevice> device = body;
    c.handler = [this, device, size, done = std::move(done)](
                    const SmtpReply &) mutable { startBody(device, size, true, std::move(done)); };
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
    enqueueLine(Smtp::Step::Reset, "RSET", timeoutFor(Smtp::Step::Reset), std::move(done), false);
    return true;
}

bool SmtpClient::verify(const QString &address, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Verify)) {
        return false;
    }
    const SmtpCommand command = SmtpCommands::verify(address, m_capabilities);
    if (!command.isValid()) {
        return refuse(command.error);
    }
    enqueueLine(Smtp::Step::Verify, command.line, timeoutFor(Smtp::Step::Verify), std::move(done));
    return true;
}

bool SmtpClient::noop(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Noop)) {
        return false;
    }
    enqueueLine(Smtp::Step::Noop, "NOOP", timeoutFor(Smtp::Step::Noop), std::move(done));
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
        Smtp::Step::Quit, "QUIT", timeoutFor(Smtp::Step::Quit), [this, shared](const SmtpReply &reply) {
            if (*shared) {
                (*shared)(reply);
            }
            m_transport->close();
        });
    return true;
}
