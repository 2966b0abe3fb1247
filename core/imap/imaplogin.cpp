#include "imaplogin.h"

#include "imapwording.h"

namespace {

bool hasLineBreakOrNul(const QByteArray &s)
{
    return s.contains('\r') || s.contains('\n') || s.contains('\0');
}

} // namespace

bool ImapLogin::mayLogIn(ImapClient *client)
{
    if (!client->requireConnected(Imap::Step::Authenticate)) {
        return false;
    }
    if (client->m_login) {
        return client->refuse(ImapError::InvalidInput, Imap::Step::Authenticate, ImapWording::loginRunning());
    }
    const SmtpCredentials &credentials = client->settings().credentials;
    for (const QString &s : { credentials.user, credentials.authorizationId }) {
        if (hasLineBreakOrNul(s.toUtf8())) {
            return client->refuse(
                ImapError::InvalidInput, Imap::Step::Authenticate, ImapWording::lineBreakInUserName());
        }
    }
    if (!client->isEncrypted() && !client->isPeerLoopback()) {
        return client->refuse(ImapError::AuthRequiresTls, Imap::Step::Authenticate,
            ImapWording::loginBeforeTls(client->peerDescription()));
    }
    return true;
}

bool ImapLogin::begin(ImapClient *client, const QByteArray &mechanism, ImapClient::Handler done)
{
    if (!mayLogIn(client)) {
        return false;
    }
    const SmtpCredentials &credentials = client->settings().credentials;
    const ImapCapabilities &capabilities = client->capabilities();
    const QList<QByteArray> offered = capabilities.authMechanisms();
    const QString where = client->peerDescription();
    QByteArray name = mechanism.toUpper();
    if (name.isEmpty() || name == "AUTO") {
        name = SaslMechanisms::choose(offered, credentials);
        const bool passwordOnly = !credentials.password.isEmpty() && credentials.oauthToken.isEmpty();
        if (name.isEmpty() && passwordOnly && !capabilities.loginDisabled()) {
            return beginLoginCommand(client, std::move(done)); // RFC 9051 6.2.3: LOGIN, the last resort
        }
        if (name.isEmpty()) {
            return client->refuse(
                offered.isEmpty() ? ImapError::AuthNotOffered : ImapError::AuthMechanismUnsupported,
                Imap::Step::Authenticate,
                ImapWording::noUsableLogin(where, offered, capabilities.loginDisabled()));
        }
    } else if (name == "LOGIN" && !offered.contains(name)) {
        // "login" asks for the password in the clear over TLS: the LOGIN command does that too.
        if (capabilities.loginDisabled()) {
            return client->refuse(ImapError::AuthNotOffered, Imap::Step::Authenticate,
                ImapWording::noUsableLogin(where, offered, true));
        }
        return beginLoginCommand(client, std::move(done));
    } else if (!offered.contains(name)) {
        return client->refuse(ImapError::AuthMechanismNotOffered, Imap::Step::Authenticate,
            ImapWording::mechanismNotOffered(QString::fromLatin1(name), offered));
    }
    return beginSasl(client, name, std::move(done));
}

bool ImapLogin::beginSasl(ImapClient *client, const QByteArray &name, ImapClient::Handler done)
{
    const ImapConnectionSettings &settings = client->settings();
    QString error;
    std::unique_ptr<SaslMechanism> sasl = SaslMechanisms::create(name, settings.credentials, settings.host,
        settings.effectivePort(), &error, QByteArrayLiteral("imap"));
    if (!sasl) {
        return client->refuse(ImapError::AuthMechanismUnsupported, Imap::Step::Authenticate, error);
    }
    const int generation = client->m_capabilityGeneration;
    client->m_login = std::make_unique<ImapLogin>(client, std::move(sasl),
        [client, name, generation, done = std::move(done)](const ImapCommandResult &result) {
            client->retireLogin();
            if (result.isOk()) {
                client->onAuthenticated(name, generation);
            }
            if (done) {
                done(result);
            }
        });
    if (!client->m_login->start()) {
        client->m_login.reset();
        return false;
    }
    return true;
}

bool ImapLogin::beginLoginCommand(ImapClient *client, ImapClient::Handler done)
{
    if (!mayLogIn(client)) {
        return false;
    }
    const SmtpCredentials &credentials = client->settings().credentials;
    const int generation = client->m_capabilityGeneration;
    return client->submit(ImapCommand::login(credentials.user.toUtf8(), credentials.password.toUtf8()),
        [client, generation, done = std::move(done)](const ImapCommandResult &result) {
            if (result.isOk()) {
                client->onAuthenticated("LOGIN", generation);
            }
            if (done) {
                done(result);
            }
        });
}

ImapLogin::ImapLogin(ImapClient *client, std::unique_ptr<SaslMechanism> mechanism, ImapClient::Handler done)
    : m_client(client), m_mechanism(std::move(mechanism)), m_done(std::move(done))
{ }

bool ImapLogin::start()
{
    QByteArray initial;
    bool inline_ = false;
    if (m_mechanism->clientFirst()) {
        if (m_mechanism->start(&initial) == SaslMechanism::Status::Error) {
            return m_client->refuse(
                ImapError::AuthMechanismUnsupported, Imap::Step::Authenticate, m_mechanism->errorString());
        }
        // RFC 4959: with SASL-IR the initial response rides on the command; otherwise it answers the first
        // "+".
        inline_ = m_client->capabilities().saslInitialResponse();
        m_pendingInitialResponse = initial;
        m_initialPending = !inline_;
    }
    return m_client->submit(
        ImapCommand::authenticate(m_mechanism->name(), inline_ ? &initial : nullptr),
        [this](const ImapCommandResult &result) { onCompletion(result); },
        [this](const ImapResponse &challenge) { onChallenge(challenge); });
}

void ImapLogin::onChallenge(const ImapResponse &response)
{
    if (++m_challenges > MaxChallenges) {
        m_client->fail(ImapError(ImapError::ProtocolError, Imap::Step::Authenticate,
            ImapWording::tooManyChallenges(MaxChallenges), response));
        return;
    }
    if (m_cancelled) {
        respond("*"); // we already cancelled; a server that keeps asking is answered the same way
        return;
    }
    if (m_initialPending) {
        // A client-first mechanism without SASL-IR: the server's first "+" is empty, and asks for it.
        m_initialPending = false;
        respond(m_pendingInitialResponse.toBase64());
        return;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(response.text().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        m_client->fail(ImapError(
            ImapError::ProtocolError, Imap::Step::Authenticate, ImapWording::badChallenge(), response));
        return;
    }
    QByteArray answer;
    if (m_mechanism->next(*decoded, &answer) == SaslMechanism::Status::Error) {
        // RFC 9051 6.2.2: "*" cancels the exchange; the server answers BAD and the session goes on.
        m_cancelled = true;
        m_mechanismError = m_mechanism->errorString();
        respond("*");
        return;
    }
    respond(answer.toBase64());
}

void ImapLogin::respond(const QByteArray &line)
{
    m_client->sendContinuationLine(line, line == "*" ? QByteArray("*") : QByteArray("[redacted]"));
}

void ImapLogin::onCompletion(const ImapCommandResult &result)
{
    ImapClient *client = m_client;
    if (result.isOk()) {
        if (m_mechanism->verifiesServer() && !m_mechanism->isComplete()) {
            client->fail(ImapError(ImapError::AuthServerNotVerified, Imap::Step::Authenticate,
                ImapWording::serverNotVerified(), result.completion));
            return;
        }
        if (m_cancelled) {
            client->fail(ImapError(ImapError::ProtocolError, Imap::Step::Authenticate,
                ImapWording::cancelledLoginAccepted(), result.completion));
            return;
        }
    } else if (m_cancelled && m_mechanism->verifiesServer()) {
        client->fail(ImapError(
            ImapError::AuthServerNotVerified, Imap::Step::Authenticate, m_mechanismError, result.completion));
        return;
    }
    ImapClient::Handler done = std::move(m_done);
    if (done) {
        done(result);
    }
}
