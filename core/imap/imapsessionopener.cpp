#include "imapsessionopener.h"

#include "imapwording.h"

ImapSessionOpener::ImapSessionOpener(ImapClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(client, &ImapClient::errorOccurred, this, &ImapSessionOpener::fail);
    connect(client, &ImapClient::authenticated, this, [this](const QByteArray &name) { m_mechanism = name; });
}

void ImapSessionOpener::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        Q_EMIT stageChanged(stage);
    }
}

void ImapSessionOpener::start()
{
    m_done = false;
    setStage(Stage::Connecting);
    m_client->connectToServer([this](const ImapCommandResult &greeting) { onGreeting(greeting); });
}

void ImapSessionOpener::onGreeting(const ImapCommandResult &greeting)
{
    const Smtp::Security security = m_client->settings().security;
    if (greeting.completion.status() == ImapResponse::Status::PreAuth) {
        if (security == Smtp::Security::StartTls && !m_client->isEncrypted()) {
            // RFC 9051 6.2.1: STARTTLS exists only before authentication, so PREAUTH on a connection that
            // must be encrypted leaves it in plain text: the known STARTTLS-stripping trick.
            fail(ImapError(ImapError::StartTlsNotOffered, Imap::Step::StartTls,
                ImapWording::preauthWithoutTls(m_client->peerDescription()), greeting.completion));
            return;
        }
        withCapabilities(&ImapSessionOpener::finishOpened);
        return;
    }
    if (security == Smtp::Security::StartTls) {
        withCapabilities(&ImapSessionOpener::secure);
        return;
    }
    withCapabilities(&ImapSessionOpener::authenticate);
}

void ImapSessionOpener::withCapabilities(void (ImapSessionOpener::*next)())
{
    if (m_client->capabilitiesKnown()) {
        (this->*next)();
        return;
    }
    const bool queued = m_client->capability([this, next](const ImapCommandResult &result) {
        if (!result.isOk()) {
            fail(ImapError(ImapError::CommandRefused, Imap::Step::Capability,
                ImapWording::commandRefused(QStringLiteral("CAPABILITY"), result.completion.summary()),
                result.completion));
            return;
        }
        (this->*next)();
    });
    if (!queued) {
        fail(m_client->lastError());
    }
}

void ImapSessionOpener::secure()
{
    setStage(Stage::Securing);
    if (!m_client->capabilities().startTls()) {
        fail(ImapError(ImapError::StartTlsNotOffered, Imap::Step::StartTls,
            ImapWording::startTlsNotOffered(m_client->peerDescription())));
        return;
    }
    const bool queued = m_client->startTls([this](const ImapCommandResult &result) {
        if (!m_client->isEncrypted()) {
            fail(ImapError(ImapError::StartTlsRefused, Imap::Step::StartTls,
                ImapWording::startTlsRefused(result.completion.summary()), result.completion));
            return;
        }
        withCapabilities(&ImapSessionOpener::authenticate);
    });
    if (!queued) {
        fail(m_client->lastError());
    }
}

void ImapSessionOpener::authenticate()
{
    setStage(Stage::Authenticating);
    const QByteArray mechanism = m_client->settings().authMechanism;
    if (!m_client->authenticate(mechanism, [this](const ImapCommandResult &r) { onLogin(r); })) {
        fail(m_client->lastError());
    }
}

void ImapSessionOpener::onLogin(const ImapCommandResult &result)
{
    if (!result.isOk()) {
        fail(ImapError(ImapError::AuthenticationFailed, Imap::Step::Authenticate,
            ImapWording::loginRefused(result.completion), result.completion));
        return;
    }
    withCapabilities(&ImapSessionOpener::finishOpened);
}

void ImapSessionOpener::finishOpened()
{
    if (m_done) {
        return;
    }
    m_done = true;
    setStage(Stage::Ready);
    Q_EMIT opened();
}

void ImapSessionOpener::fail(const ImapError &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    setStage(Stage::Failed);
    Q_EMIT failed(error);
}
