#include "smtpclient.h"

#include "sasl.h"
#include "smtpadvice.h"
#include "smtplogin.h"

#include <QIODevice>

SmtpClient::SmtpClient(const SmtpConnectionSettings &settings, QObject *parent)
    : SmtpChannel(settings, parent)
{ }

SmtpClient::~SmtpClient() = default;

void SmtpClient::connectToServer(ReplyHandler onGreeting)
{
    if (isConnected()) {
        refuse(SmtpAdvice::alreadyConnected());
        return;
    }
    m_envelope.reset();
    m_envelopesBehindLogin.clear();
    openConnection(std::move(onGreeting));
}

void SmtpClient::adoptSocket(QSslSocket *socket, bool greetingRead, ReplyHandler onGreeting)
{
    m_envelope.reset();
    m_envelopesBehindLogin.clear();
    adoptConnection(socket, greetingRead, std::move(onGreeting));
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
    const QString name = settings().heloName.isEmpty() ? localAddressLiteral() : settings().heloName;
    const SmtpCommand ehlo = SmtpCommands::hello("EHLO", name);
    if (!ehlo.isValid()) {
        refuse(ehlo.error);
        fail(ehlo.error);
        return;
    }
    auto shared = std::make_shared<ReplyHandler>(std::move(done));
    const auto finish = [this, shared](const SmtpReply &reply, bool ehloReply) {
        if (reply.isPositive()) {
            setCapabilities(ehloReply ? SmtpCapabilities::fromEhloReply(reply) : SmtpCapabilities());
            if (state() == Smtp::State::Handshake) {
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
            beginTls([this, shared] { startEhlo(true, std::move(*shared)); });
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
        onLoginFinished(reply);
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

QByteArray SmtpClient::autoMechanism() const
{
    return SmtpLogin::autoMechanism(this);
}

void SmtpClient::onLoginFinished(const SmtpReply &reply)
{
    // RFC 4954 4: MAIL may follow AUTH in one group. A transaction queued behind a refused login must not
    // send its body on a 354 (see data()).
    for (const std::weak_ptr<Envelope> &weak : m_envelopesBehindLogin) {
        if (const std::shared_ptr<Envelope> envelope = weak.lock(); envelope && !reply.isPositive()) {
            envelope->loginRefused = true;
            envelope->loginReply = reply;
        }
    }
    m_envelopesBehindLogin.clear();
}

std::shared_ptr<SmtpClient::Envelope> SmtpClient::currentEnvelope()
{
    if (!m_envelope) {
        m_envelope = std::make_shared<Envelope>(); // RCPT or a body without MAIL: the server will say no
    }
    return m_envelope;
}

bool SmtpClient::mail(const QString &from, const SmtpMailParameters &parameters, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::MailFrom)) {
        return false;
    }
    const SmtpCommand command
        = SmtpCommands::mailFrom(from, parameters, capabilities(), isEncrypted(), peerDescription());
    if (!command.isValid()) {
        return refuse(command.error);
    }
    for (const QString &text : command.warnings) {
        Q_EMIT warning(text);
    }
    m_envelope = std::make_shared<Envelope>();
    m_envelope->smtpUtf8 = command.smtpUtf8;
    if (parameters.tlsNotRequired) {
        m_envelope->bodyPrefix = SmtpTlsNotRequiredField;
    }
    if (m_login) {
        m_envelopesBehindLogin.push_back(m_envelope);
    }
    enqueueLine(
        Smtp::Step::MailFrom, command.line, timeoutFor(Smtp::Step::MailFrom),
        [envelope = m_envelope, done = std::move(done)](const SmtpReply &reply) {
            envelope->senderAccepted = reply.isPositive();
            if (done) {
                done(reply);
            }
        },
        false);
    return true;
}

bool SmtpClient::rcpt(const QString &to, const SmtpRcptParameters &parameters, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::RcptTo)) {
        return false;
    }
    const std::shared_ptr<Envelope> envelope = currentEnvelope();
    const SmtpCommand command = SmtpCommands::rcptTo(to, parameters, capabilities(), envelope->smtpUtf8);
    if (!command.isValid()) {
        return refuse(command.error);
    }
    for (const QString &text : command.warnings) {
        Q_EMIT warning(text);
    }
    enqueueLine(
        Smtp::Step::RcptTo, command.line, timeoutFor(Smtp::Step::RcptTo),
        [envelope, done = std::move(done)](const SmtpReply &reply) {
            if (reply.isPositive()) {
                ++envelope->recipientsAccepted;
            }
            if (done) {
                done(reply);
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
    enqueueLine(Smtp::Step::Data, "DATA", settings().timeouts.dataStart,
        [this, shared, device, size, envelope = currentEnvelope()](const SmtpReply &reply) {
            if (reply.code() != 354) {
                if (*shared) {
                    (*shared)(reply);
                }
                return;
            }
            if (envelope->loginRefused) {
                // A lone dot would deliver an empty message to recipients accepted without a login: the
                // session ends here instead, and the message was not sent.
                fail(SmtpAdvice::loginRefusedBodyWithheld(envelope->loginReply));
                return;
            }
            if (!device) {
                fail(SmtpAdvice::bodyGone());
                return;
            }
            startBody(device, size, false, envelope, std::move(*shared));
        });
    return true;
}

bool SmtpClient::bdat(QIODevice *body, qint64 size, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Data)) {
        return false;
    }
    if (!capabilities().chunking()) {
        return refuse(SmtpAdvice::chunkingNotOffered());
    }
    if (!body || !body->isReadable()) {
        return refuse(SmtpAdvice::bodyNotReadable());
    }
    Command c;
    c.body = true;
    c.step = Smtp::Step::Data;
    // A large body waits for the envelope's replies, so it is never sent when its transaction cannot take it.
    c.waitForReplies = size < 0 || size > InlineBodyLimit;
    QPointer<QIODevice> device = body;
    c.handler = [this, device, size, wait = c.waitForReplies, envelope = currentEnvelope(),
                    done = std::move(done)](const SmtpReply &) mutable {
        if (wait
            && (envelope->loginRefused || !envelope->senderAccepted || envelope->recipientsAccepted == 0)) {
            if (done) {
                done(SmtpReply()); // nothing was sent; the transaction's replies say why
            }
            return;
        }
        startBody(device, size, true, envelope, std::move(done));
    };
    enqueue(std::move(c));
    return true;
}

bool SmtpClient::reset(ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Reset)) {
        return false;
    }
    m_envelope.reset();
    enqueueLine(Smtp::Step::Reset, "RSET", timeoutFor(Smtp::Step::Reset), std::move(done), false);
    return true;
}

bool SmtpClient::verify(const QString &address, ReplyHandler done)
{
    if (!requireReady(Smtp::Step::Verify)) {
        return false;
    }
    const SmtpCommand command = SmtpCommands::verify(address, capabilities());
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
    setQuitSent();
    enqueueLine(Smtp::Step::Quit, "QUIT", timeoutFor(Smtp::Step::Quit),
        [this, done = std::move(done)](const SmtpReply &reply) {
            // The connection closes once this read is through: a reply after QUIT's is still caught.
            setQuitAnswered();
            if (done) {
                done(reply);
            }
        });
    return true;
}
