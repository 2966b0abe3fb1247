#include "smtplogin.h"

#include "smtpadvice.h"

SmtpLogin::SmtpLogin(
    SmtpChannel *channel, std::unique_ptr<SaslMechanism> mechanism, SmtpChannel::ReplyHandler done)
    : m_client(channel), m_mechanism(std::move(mechanism)), m_done(std::move(done))
{ }

namespace {

// The offered mechanisms "auto" may pick from on this connection.
QList<QByteArray> eligibleForAuto(const SmtpChannel *channel)
{
    QList<QByteArray> eligible = channel->capabilities().authMechanisms();
    if (!channel->isEncrypted()) {
        eligible.removeAll("NTLM");
        if (!channel->isPeerLoopback()) {
            eligible.removeAll("PLAIN");
            eligible.removeAll("LOGIN");
        }
    }
    return eligible;
}

} // namespace

QByteArray SmtpLogin::autoMechanism(const SmtpChannel *channel)
{
    return SaslMechanisms::choose(eligibleForAuto(channel), channel->settings().credentials);
}

std::unique_ptr<SaslMechanism> SmtpLogin::prepare(
    SmtpChannel *channel, const QByteArray &requested, SmtpError *error)
{
    const SmtpConnectionSettings &settings = channel->settings();
    const SmtpCredentials &credentials = settings.credentials;
    for (const QString &s : { credentials.user, credentials.authorizationId }) {
        if (s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n')) || s.contains(QChar(0))) {
            *error = SmtpAdvice::userNameHasLineBreak();
            return nullptr;
        }
    }
    const QString peer = channel->peerDescription();
    const bool encrypted = channel->isEncrypted();
    const bool loopback = channel->isPeerLoopback();
    // On loopback nothing leaves this machine: local test servers and relays may take credentials in the
    // clear. Elsewhere only an account explicitly without encryption may, and the person is warned.
    if (!encrypted && !loopback && settings.security != Smtp::Security::None) {
        *error = SmtpAdvice::authRequiresTls(peer);
        return nullptr;
    }
    const QList<QByteArray> offered = channel->capabilities().authMechanisms();
    const QString offeredText = QString::fromLatin1(offered.join(", "));
    QByteArray name = requested.toUpper();
    if (name.isEmpty() || name == "AUTO") {
        if (offered.isEmpty()) {
            *error
                = SmtpAdvice::authNotOffered(peer, channel->capabilities().startTls(), encrypted, loopback);
            return nullptr;
        }
        name = autoMechanism(channel);
        if (name.isEmpty()) {
            const QByteArray withoutRules = SaslMechanisms::choose(offered, credentials);
            *error = withoutRules.isEmpty() ? SmtpAdvice::noMechanismFits(offeredText)
                : withoutRules == "NTLM"    ? SmtpAdvice::mechanismNeedsTls(peer, withoutRules)
                                            : SmtpAdvice::passwordMechanismsWithoutTls(peer, offeredText);
            return nullptr;
        }
    } else if (!offered.contains(name)) {
        *error = SmtpAdvice::mechanismNotOffered(peer, name, offeredText);
        return nullptr;
    } else if (name == "NTLM" && !encrypted) {
        *error = SmtpAdvice::mechanismNeedsTls(peer, name);
        return nullptr;
    }
    QString why;
    std::unique_ptr<SaslMechanism> mechanism
        = SaslMechanisms::create(name, credentials, settings.host, settings.effectivePort(), &why);
    if (!mechanism) {
        *error = SmtpAdvice::mechanismFailed(why);
        return nullptr;
    }
    if (!encrypted && !loopback) {
        Q_EMIT channel->insecureAuthentication(SmtpAdvice::insecureAuthenticationWarning(peer));
    }
    return mechanism;
}

bool SmtpLogin::start()
{
    QByteArray line = "AUTH " + m_mechanism->name();
    QByteArray logLine = line;
    bool oneStep = false;
    if (m_mechanism->clientFirst()) {
        QByteArray initial;
        if (m_mechanism->start(&initial) == SaslMechanism::Status::Error) {
            return m_client->refuse(SmtpAdvice::mechanismFailed(m_mechanism->errorString()));
        }
        // RFC 4954 4: "=" stands for an empty initial response.
        line += ' ' + (initial.isEmpty() ? QByteArray("=") : initial.toBase64());
        logLine += " [redacted]";
        oneStep = m_mechanism->completesInOneStep();
    }
    m_client->enqueueLine(
        Smtp::Step::Authenticate, line, m_client->timeoutFor(Smtp::Step::Authenticate),
        [this](const SmtpReply &reply) { onReply(reply); }, !oneStep, logLine);
    return true;
}

void SmtpLogin::onReply(const SmtpReply &reply)
{
    SmtpChannel *client = m_client;
    if (reply.code() == 334) {
        if (++m_challenges > MaxChallenges) {
            client->fail(SmtpAdvice::tooManyChallenges(MaxChallenges, reply));
            return;
        }
        if (m_cancelled) {
            // We already sent "*"; a server that keeps asking is answered the same way until the cap.
            respond("*");
            return;
        }
        const QByteArray text = reply.lines().value(0).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            client->fail(SmtpAdvice::challengeNotBase64(reply));
            return;
        }
        QByteArray response;
        if (m_mechanism->next(*decoded, &response) == SaslMechanism::Status::Error) {
            // RFC 4954 4: "*" cancels the exchange; the server answers 501 and the session goes on.
            m_cancelled = true;
            m_mechanismError = m_mechanism->errorString();
            respond("*");
            return;
        }
        respond(response.toBase64());
        return;
    }

    if (reply.isPositive()) {
        if (m_mechanism->verifiesServer() && !m_mechanism->isComplete()) {
            client->fail(SmtpAdvice::serverNotVerified(reply));
            return;
        }
        if (m_cancelled) {
            client->fail(SmtpAdvice::cancelledLoginAccepted(reply));
            return;
        }
        const QByteArray name = m_mechanism->name();
        SmtpChannel::ReplyHandler done = std::move(m_done);
        client->setState(Smtp::State::Authenticated);
        Q_EMIT client->authenticated(name);
        if (done) {
            done(reply);
        }
        return;
    }

    if (m_cancelled && m_mechanism->verifiesServer()) {
        client->fail(SmtpAdvice::serverSignatureWrong(m_mechanismError, reply));
        return;
    }
    SmtpChannel::ReplyHandler done = std::move(m_done);
    if (done) {
        done(reply);
    }
}

void SmtpLogin::respond(const QByteArray &response)
{
    m_client->enqueueLine(
        Smtp::Step::Authenticate, response, m_client->timeoutFor(Smtp::Step::Authenticate),
        [this](const SmtpReply &reply) { onReply(reply); }, true,
        response == "*" ? QByteArray("*") : QByteArray("[redacted]"));
}
