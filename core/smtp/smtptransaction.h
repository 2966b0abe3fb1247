#pragma once

#include "smtpcommands.h"
#include "smtperror.h"
#include "smtpreply.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QIODevice;
class SmtpClient;

// One message to send: the envelope (RFC 5321 reverse-path and forward-paths) and where its bytes come from.
struct SmtpOutgoingMessage
{
    QString from; // the envelope sender; empty for the null sender <>
    QStringList recipients; // To, Cc and Bcc together
    QIODevice *body = nullptr; // read from its current position while it is sent; not owned
    qint64 size = -1; // for SIZE and progress; -1 when unknown
    bool body8bit = false; // the bytes are 8bit MIME (BODY=8BITMIME)
    bool smtpUtf8 = false; // the headers are UTF-8 (RFC 6532), so SMTPUTF8 is needed
    QByteArray dsnReturn; // RFC 3461: "FULL" or "HDRS"
    QString dsnEnvelopeId;
    QList<QByteArray> dsnNotify; // for every recipient: NEVER, or SUCCESS / FAILURE / DELAY
    // RFC 8689. Required: MAIL carries REQUIRETLS, and a server that cannot promise TLS all the way gets
    // nothing. NotRequired: "TLS-Required: No" goes at the top of the message, and no REQUIRETLS even when
    // the account asks for it. Default: as the account says (SmtpConnectionSettings::requireTls).
    enum class TlsRequirement { Default, Required, NotRequired };
    TlsRequirement tlsRequirement = TlsRequirement::Default;
};

// What happened to one recipient.
struct SmtpRecipientResult
{
    QString address;
    bool accepted = false;
    SmtpReply reply;
};

// What happened to one message: taken or not, per recipient, and the server's final word.
struct SmtpSendResult
{
    bool accepted = false;
    QList<SmtpRecipientResult> recipients;
    SmtpReply finalReply;
    SmtpError error;
    // What went wrong on the way without stopping the message: a refused login in front of a message the
    // server queued anyway (its reply and the advice). Empty when nothing did.
    QList<SmtpError> warnings;
    bool started = false;

    // The server's queue id when its reply names one ("250 2.0.0 Ok: queued as 4Fq1x2"), else empty.
    QString queueId() const;
    QStringList refusedRecipients() const;
    QStringList acceptedRecipients() const;
};

// Sends one message on a connected client: MAIL, every RCPT and the body in as few round trips as the server
// allows (one, with PIPELINING). The message goes when at least one recipient is accepted; when none is, the
// body is not sent (DATA is answered by a lone dot, a large BDAT is never started).
//
// Its result is what its own final reply says, as the client hands it out once the flight is in step: a
// definite 2xx is "accepted" even when the login in front of it was refused (that refusal becomes a warning);
// anything else is not, with the most telling cause (the refused login, the sender, every recipient, the
// message). Once the end of the message has left, a session that ends without that settled reply makes it
// MessageMayHaveBeenSent, never a failure to retry.
class SmtpTransaction : public QObject
{
    Q_OBJECT
public:
    SmtpTransaction(SmtpClient *client, const SmtpOutgoingMessage &message, QObject *parent = nullptr);

    // Queues the transaction. False when it is refused before anything is sent (result().error says why).
    bool start();
    const SmtpSendResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    // The login queued in front of this transaction was refused (RFC 4954 4: AUTH PLAIN leads the group).
    void setLoginRefused(const SmtpError &error);
    // Ends the transaction because the session ended under it (the client's error).
    void abandon(const SmtpError &error);

Q_SIGNALS:
    void recipientAccepted(const QString &address, const SmtpReply &reply);
    void recipientRefused(const QString &address, const SmtpReply &reply);
    void bodyStarted();
    void messageAccepted(const SmtpReply &reply);
    void finished(const SmtpSendResult &result);

private:
    bool validate();
    SmtpMailParameters mailParameters() const;
    void onMail(const SmtpReply &reply);
    void onRcpt(int index, const SmtpReply &reply);
    bool queueRcpt(int index);
    bool queueBody();
    void onFinalReply(const SmtpReply &reply);
    SmtpError failureCause(const SmtpReply &reply) const;
    void finish(const SmtpError &error);

    QPointer<SmtpClient> m_client;
    SmtpOutgoingMessage m_message;
    SmtpSendResult m_result;
    bool m_pipelined = false;
    bool m_smtpUtf8 = false;
    bool m_endLeft = false;
    SmtpReply m_mailReply;
    SmtpError m_loginError;
    int m_accepted = 0;
    bool m_finished = false;
};
