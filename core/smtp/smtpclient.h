#pragma once

#include "smtpchannel.h"
#include "smtpcommands.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;
class QSslSocket;

// A connection to one SMTP server with the classic low-level operations of Go's net/smtp Client, each once,
// event-driven on the caller's thread (never a blocking wait). Operations queue commands and return at once;
// the handler gets the server's reply. Commands go out in pipelined groups where the server allows
// (RFC 2920), so calls made in one go leave in one write. SmtpChannel, underneath, checks every reply against
// its command and settles a message's verdict only once its flight is in step; its signals report every step.
//
// Each MAIL starts a transaction with its own state (sender and recipients accepted, SMTPUTF8, whether a
// login queued before it failed), so overlapping pipelined transactions never share a counter. A body goes
// only where its own transaction can take it: after a refused login DATA's 354 ends the session (a lone dot
// would deliver an empty message to the recipients accepted without it); a large BDAT body whose envelope
// failed is not sent at all.
class SmtpClient : public SmtpChannel
{
    Q_OBJECT
public:
    explicit SmtpClient(const SmtpConnectionSettings &settings, QObject *parent = nullptr);
    ~SmtpClient() override;

    // Connects (and for Security::Tls completes the handshake) and reads the greeting.
    void connectToServer(ReplyHandler onGreeting = {});
    // Takes over an already connected socket, plain or encrypted. Unless the greeting was already read by the
    // caller, it is read next. The client becomes the socket's parent.
    void adoptSocket(QSslSocket *socket, bool greetingRead = false, ReplyHandler onGreeting = {});

    // Each returns false, with lastError() set and nothing sent, when the call is refused up front.
    bool hello(ReplyHandler done = {}); // EHLO, then HELO when EHLO gets 500/502
    bool startTls(ReplyHandler done = {}); // STARTTLS, TLS handshake, EHLO again; done gets the new EHLO
    // AUTH with the settings' credentials; mechanism "auto" picks the strongest offered (see
    // autoMechanism()). done gets the final reply.
    bool authenticate(const QByteArray &mechanism = "auto", ReplyHandler done = {});
    // What "auto" picks on this connection now: the strongest offered mechanism the credentials allow, never
    // PLAIN or LOGIN without TLS to a remote server, NTLM only over TLS. Empty when none may be used.
    QByteArray autoMechanism() const;
    bool mail(const QString &from, const SmtpMailParameters &parameters = {}, ReplyHandler done = {});
    bool rcpt(const QString &to, const SmtpRcptParameters &parameters = {}, ReplyHandler done = {});
    // The message body from 'body' (read in chunks while it is sent); 'size' is for progress (-1 unknown).
    // done gets the settled reply to the final dot (or the refusal of DATA).
    bool data(QIODevice *body, qint64 size, ReplyHandler done = {});
    // The same with RFC 3030 BDAT chunks; small bodies go in one "BDAT n LAST" within the pipelined group.
    // done gets the settled reply to BDAT LAST, the first refused chunk's reply (no chunk follows a refused
    // one), or an invalid reply when a large body was not sent because its envelope failed.
    bool bdat(QIODevice *body, qint64 size, ReplyHandler done = {});
    bool reset(ReplyHandler done = {});
    bool verify(const QString &address, ReplyHandler done = {});
    bool noop(ReplyHandler done = {});
    bool quit(ReplyHandler done = {});

private:
    void startEhlo(bool fallbackAllowed, ReplyHandler done);
    void onLoginFinished(const SmtpReply &reply);
    std::shared_ptr<Envelope> currentEnvelope();

    std::shared_ptr<Envelope> m_envelope; // the transaction MAIL started last
    std::vector<std::weak_ptr<Envelope>> m_envelopesBehindLogin; // MAILs queued while a login ran
};
