#include "smtplogin.h"

SmtpLogin::SmtpLogin(
    SmtpClient *client, std::unique_ptr<SaslMechanism> mechanism, SmtpClient::ReplyHandler done)
    : m_client(client), m_mechanism(std::move(mechanism)), m_done(std::move(done))
{ }

bool SmtpLogin::start()
{
    QByteArray line = "AUTH " + m_mechanism->name();
    QByteArray logLine = line;
    bool oneStep = false;
    if (m_mechanism->clientFirst()) {
        QByteArray initial;
        if (m_mechanism->start(&initial) == SaslMechanism::Status::Error) {
            return m_client->refuse(
                SmtpError::AuthMechanismUnsupported, Smtp::Step::Authenticate, m_mechanism->errorString());
        }
        // RFC 4954 4: "=" stands for an empty initial response.
        line += ' ' + (initial.isEmpty() ? QByteArray("=") : initial.toBase64());
        logLine += " [redacted]";
        oneStep = m_mechanism->completesInOneStep();
    }
    m_client->enqueueLine(
        Smtp::Step::Authenticate, line + "\r\n", m_client->timeoutFor(Smtp::Step::Authenticate),
        [this](const SmtpReply &reply) { onReply(reply); }, !oneStep, SmtpClient::TagNone, logLine);
    return true;
}

void SmtpLogin::onReply(const SmtpReply &reply)
{
    SmtpClient *client = m_client;
    if (reply.code() == 334) {
        if (++m_challenges > MaxChallenges) {
            client->fail(SmtpError(SmtpError::ProtocolError, Smtp::Step::Authenticate,
                tr("The server sent more than %1 authentication challenges; "
                   "Epistle stopped instead of going round in circles")
                    .arg(MaxChallenges),
                reply));
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
            client->fail(SmtpError(SmtpError::ProtocolError, Smtp::Step::Authenticate,
                tr("The server's authentication challenge is not valid base64"), reply));
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
            client->fail(SmtpError(SmtpError::AuthServerNotVerified, Smtp::Step::Authenticate,
                tr("The server accepted the login without proving it knows the password "
                   "(no SCRAM server signature). Epistle does not trust this server."),
                reply));
            return;
        }
        if (m_cancelled) {
            client->fail(SmtpError(SmtpError::ProtocolError, Smtp::Step::Authenticate,
                tr("The server accepted a cancelled login"), reply));
            return;
        }
        const QByteArray name = m_mechanism->name();
        SmtpClient::ReplyHandler done = std::move(m_done);
        client->setState(Smtp::State::Authenticated);
        Q_EMIT client->authenticated(name);
        if (done) {
            done(reply);
        }
        return;
    }

    if (m_cancelled && m_mechanism->verifiesServer()) {
        client->fail(
            SmtpError(SmtpError::AuthServerNotVerified, Smtp::Step::Authenticate, m_mechanismError, reply));
        return;
    }
    SmtpClient::ReplyHandler done = std::move(m_done);
    if (done) {
        done(reply);
    }
}

void SmtpLogin::respond(const QByteArray &response)
{
    m_client->enqueueLine(
        Smtp::Step::Authenticate, response + "\r\n", m_client->timeoutFor(Smtp::Step::Authenticate),
        [this](const SmtpReply &reply) { onReply(reply); }, true, SmtpClient::TagNone,
        response == "*" ? QByteArray("*") : QByteArray("[redacted]"));
}
