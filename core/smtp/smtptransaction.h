#pragma once

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
    bool started = false;

    // The server's queue id when its reply names one ("250 2.0.0 Ok: queued as 4Fq1x2"), else empty.
    QString queueId() const;
    QStringList refusedRecipients() const;
    QStringList acceptedRecipients() const;
};

// Sends one message on a connected client: MAIL, every RCPT and the body in as few round trips as the server
// allows (one, with PIPELINING). The message goes when at least one recipient is accepted; when none is, the
// body is not sent (DATA is answered by a lone dot, a large BDAT is never started).
class SmtpTransaction : public QObject
{
    Q_OBJECT
public:
    SmtpTransaction(SmtpClient *client, const SmtpOutgoingMessage &message, QObject *parent = nullptr);

    // Queues the transaction. False when it is refused before anything is sent (result().error says why).
    bool start();
    const SmtpSendResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    // Marks the transaction failed from outside (the login failed under it, the connection broke).
    void abandon(const SmtpError &error);

Q_SIGNALS:
    void recipientAccepted(const QString &address, const SmtpReply &reply);
    void recipientRefused(const QString &address, const SmtpReply &reply);
    void bodyStarted();
    void messageAccepted(const SmtpReply &reply);
    void finished(const SmtpSendResult &result);

private:
    bool validate();
    void onMail(const SmtpReply &reply);
    void onRcpt(int index, const SmtpReply &reply);
    bool queueRcpt(int index);
    bool queueBody();
    void onFinalReply(const SmtpReply &reply);
    void finish(const SmtpError &error);

    QPointer<SmtpClient> m_client;
    SmtpOutgoingMessage m_message;
    SmtpSendResult m_result;
    bool m_pipelined = false;
    bool m_smtpUtf8 = false;
    SmtpReply m_mailReply;
    int m_repliesSeen = 0;
    int m_accepted = 0;
    bool m_finished = false;
};
