#pragma once

#include "imapclient.h"
#include "smtp/sasl.h"

#include <memory>

// Logging a client in: the choice (the strongest SASL mechanism offered that the credentials allow, the
// LOGIN command only as a last resort, nothing before TLS unless the server is on loopback), and one
// AUTHENTICATE exchange (RFC 9051 6.2.2): the command with the initial response when the server has
// SASL-IR (RFC 4959), then one response per "+" challenge, bounded, until the completion. Payloads never
// appear in transcripts.
class ImapLogin
{
public:
    // What ImapClient::authenticate() and login() do; false (with the client's lastError set) when the login
    // is refused before anything is sent.
    static bool begin(ImapClient *client, const QByteArray &mechanism, ImapClient::Handler done);
    static bool beginLoginCommand(ImapClient *client, ImapClient::Handler done);

    ImapLogin(ImapClient *client, std::unique_ptr<SaslMechanism> mechanism, ImapClient::Handler done);

    bool start();
    QByteArray mechanismName() const { return m_mechanism->name(); }

    // More challenges than this and the server is not going to let us in: stop.
    static constexpr int MaxChallenges = 10;

private:
    // Connected, no login running, a clean user name, and TLS or loopback.
    static bool mayLogIn(ImapClient *client);
    static bool beginSasl(ImapClient *client, const QByteArray &name, ImapClient::Handler done);
    void onChallenge(const ImapResponse &response);
    void onCompletion(const ImapCommandResult &result);
    void respond(const QByteArray &line);

    ImapClient *m_client;
    std::unique_ptr<SaslMechanism> m_mechanism;
    ImapClient::Handler m_done;
    QByteArray m_pendingInitialResponse; // client-first without SASL-IR: sent on the first (empty) "+"
    bool m_initialPending = false;
    int m_challenges = 0;
    bool m_cancelled = false;
    QString m_mechanismError;
};
