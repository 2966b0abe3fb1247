#pragma once

#include "sasl.h"
#include "smtpchannel.h"

#include <memory>

// One AUTH exchange (RFC 4954) on a channel: the AUTH line with the initial response, then one response per
// 334 challenge, bounded, until the server's final reply. Payloads never appear in transcripts. It also owns
// the rules for choosing a mechanism: credentials go unencrypted only to loopback or to an account chosen
// without encryption; "auto" then never picks PLAIN or LOGIN, which show the password, for a remote server
// (someone in between could have removed the safer ones from the unprotected EHLO); NTLM only over TLS.
class SmtpLogin
{
public:
    SmtpLogin(SmtpChannel *channel, std::unique_ptr<SaslMechanism> mechanism, SmtpChannel::ReplyHandler done);

    // The mechanism for 'requested' ("auto" or a name) on this connection, or nullptr and *error saying why
    // not: credentials that cannot go on a line, no encryption to a remote server, a mechanism not offered.
    static std::unique_ptr<SaslMechanism> prepare(
        SmtpChannel *channel, const QByteArray &requested, SmtpError *error);
    // What "auto" picks on this connection: empty when no offered mechanism may be used.
    static QByteArray autoMechanism(const SmtpChannel *channel);

    // False (with the client's lastError set) when the mechanism fails before anything is sent.
    bool start();
    QByteArray mechanismName() const { return m_mechanism->name(); }

    // More challenges than this and the server is not going to let us in: stop.
    static constexpr int MaxChallenges = 10;

private:
    void onReply(const SmtpReply &reply);
    void respond(const QByteArray &response);

    SmtpChannel *m_client;
    std::unique_ptr<SaslMechanism> m_mechanism;
    SmtpChannel::ReplyHandler m_done;
    int m_challenges = 0;
    bool m_cancelled = false;
    QString m_mechanismError;
};
