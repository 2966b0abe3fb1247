#pragma once

#include "smtpclient.h"
#include "smtptransaction.h"

#include <QList>
#include <QObject>

// The one-shot "send mail": connect, secure, log in, send one or more messages over one connection, quit.
// It reports an explicit progress a GUI can bind to, and a result per message and per recipient.
//
// Flights. With PIPELINING and CHUNKING up to MaxTransactionsInFlight transactions go in one flight (behind
// AUTH PLAIN's initial response when that is the login, and with QUIT when they are the last). The next
// flight starts only once every transaction of this one has its settled result, that is once every reply of
// the flight came, one per command, with nothing extra (SmtpChannel). So a reply out of step can only
// unsettle the messages of its own flight: those whose end had left become MessageMayHaveBeenSent (exit 76),
// the others are not sent and may be tried again; messages of earlier flights keep their results. Without
// both extensions, one transaction at a time.
//
// A refused login in front of pipelined transactions does not decide their fate: each message's result is its
// own final reply (a message the server queued anyway is accepted, with the login's refusal as a warning);
// messages not yet started are not sent, with the login's error. error() never turns an accepted message into
// a failure: it is NoError when every message was accepted.
class SmtpSender : public QObject
{
    Q_OBJECT
public:
    enum class Progress {
        Idle,
        Connecting,
        Securing,
        Authenticating,
        SendingEnvelope,
        SendingBody,
        WaitingForServer,
        Finishing,
        Done,
        Failed
    };
    Q_ENUM(Progress)

    explicit SmtpSender(const SmtpConnectionSettings &settings, QObject *parent = nullptr);

    // Transactions in one flight when the server allows it (PIPELINING and CHUNKING).
    static constexpr int MaxTransactionsInFlight = 8;

    // The connection underneath: its signals give every protocol step (for transcripts, certificate
    // decisions).
    SmtpClient *client() const { return m_client; }

    // Sends every message; finished() follows exactly once. The messages' devices must outlive the send.
    void send(const QList<SmtpOutgoingMessage> &messages);
    // Stops at once; messages not yet accepted are reported as not sent.
    void cancel();

    Progress progress() const { return m_progress; }
    const QList<SmtpSendResult> &results() const { return m_results; }
    // The error that ended the connection, or the first message's error; NoError when all were accepted.
    SmtpError error() const;
    bool allAccepted() const;

Q_SIGNALS:
    void progressChanged(SmtpSender::Progress progress);
    void messageStarted(int index);
    void recipientAccepted(int index, const QString &address, const SmtpReply &reply);
    void recipientRefused(int index, const QString &address, const SmtpReply &reply);
    void bodyProgress(int index, qint64 sent, qint64 total);
    void messageAccepted(int index, const SmtpReply &reply);
    void messageFailed(int index, const SmtpError &error);
    void finished(bool allAccepted);

private:
    void setProgress(Progress progress);
    void onGreeting();
    void onFirstHello(const SmtpReply &reply);
    void onSecured(const SmtpReply &reply);
    void authenticateOrSend();
    void onAuthenticated(const SmtpReply &reply);
    bool overlapsTransactions() const;
    int inFlight() const { return m_nextToStart - m_finishedCount; }
    void startMore();
    void startMessage(int index);
    void onMessageFinished(int index, const SmtpSendResult &result);
    void quitOrFinish();
    void onClientError(const SmtpError &error);
    void finish();
    void failAll(const SmtpError &error);
    void failUnstarted(const SmtpError &error);

    SmtpConnectionSettings m_settings;
    SmtpClient *m_client;
    QList<SmtpOutgoingMessage> m_messages;
    QList<SmtpSendResult> m_results;
    QList<SmtpTransaction *> m_transactions;
    SmtpError m_error;
    SmtpError m_loginError;
    Progress m_progress = Progress::Idle;
    int m_nextToStart = 0;
    int m_finishedCount = 0;
    int m_bodyIndex = -1;
    bool m_dispatchingStart = false;
    bool m_authPending = false;
    bool m_quitQueued = false;
    bool m_finished = false;
    bool m_started = false;
};
