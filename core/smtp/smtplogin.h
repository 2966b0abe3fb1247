#pragma once

#include "sasl.h"
#include "smtpclient.h"

#include <memory>

// One AUTH exchange (RFC 4954) on a client: the AUTH line with the initial response, then one response per
// 334 challenge, bounded, until the server's final reply. Payloads never appear in transcripts.
class SmtpLogin
{
public:
    SmtpLogin(SmtpClient *client, std::unique_ptr<SaslMechanism> mechanism, SmtpClient::ReplyHandler done);

    // The mechanism for 'requested' ("auto" or a name) on this connection, or nullptr and *error saying why
    // not: credentials that cannot go on a line, no encryption to a remote server, a mechanism not offered.
    static std::unique_ptr<SaslMechanism> prepare(
        SmtpClient *client, const QByteArray &requested, SmtpError *error);

    // False (with the client's lastError set) when the mechanism fails before anything is sent.
    bool start();
    QByteArray mechanismName() const { return m_mechanism->name(); }

    // More challenges than this and the server is not going to let us in: stop.
    static constexpr int MaxChallenges = 10;

private:
    void onReply(const SmtpReply &reply);
    void respond(const QByteArray &response);

    SmtpClient *m_client;
    std::unique_ptr<SaslMechanism> m_mechanism;
    SmtpClient::ReplyHandler m_done;
    int m_challenges = 0;
    bool m_cancelled = false;
    QString m_mechanismError;
};
