#pragma once

#include "smtp.h"
#include "smtpcapabilities.h"
#include "smtpconnectionsettings.h"
#include "smtperror.h"
#include "smtpreply.h"
#include "smtpreplyqueue.h"
#include "smtptlsinfo.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QSslSocket;
class SmtpBodyUpload;
class SmtpLogin;
class SmtpTranscript;
class SmtpTransport;

// The session under an SmtpClient, as qtbase splits its protocol classes: the channel keeps the transport,
// the state, the commands waiting to be written and the replies waiting to come, and writes what the client
// queues in pipelined groups where the server allows (RFC 2920). The protocol handlers (SmtpClient's
// operations through SmtpCommands, SmtpLogin, SmtpBodyUpload) own the wire format.
//
// Every reply is checked against the command it answers (SmtpReplyQueue). The reply that says whether a
// message was taken (to the final dot, to BDAT LAST) reaches its handler only once the flight it came in is
// known to be in step: all commands written so far answered, one reply each, nothing more buffered. A reply
// with no command waiting or one its command cannot get is a protocol error; the verdicts held for that
// flight are dropped, and errorOccurred() says MessageMayHaveBeenSent (cause ProtocolError). Any other
// failure (timeout, lost connection, 421) first hands out the verdicts already received, since nothing says
// they were misread, and is MessageMayHaveBeenSent when the end of a message had left without a verdict.
// Transport failures arrive once through errorOccurred() and end the connection.
class SmtpChannel : public QObject
{
    Q_OBJECT
public:
    using ReplyHandler = std::function<void(const SmtpReply &)>;
    using SocketFactory = std::function<QSslSocket *(QObject *parent)>;

    ~SmtpChannel() override;

    const SmtpConnectionSettings &settings() const { return m_settings; }
    // Lets tests hand in their own socket; the default creates a QSslSocket.
    void setSocketFactory(SocketFactory factory);
    // Records the session as C:/S: lines (EPISTLE_SMTP_LOG does this for every client).
    void setTranscript(SmtpTranscript *transcript);
    // Cancels everything at once: the connection is dropped and errorOccurred(Cancelled) is emitted.
    void abort();

    // Whether the last EHLO offered 'name', and its parameters.
    bool extension(const QByteArray &name, QList<QByteArray> *parameters = nullptr) const;
    const SmtpCapabilities &capabilities() const { return m_capabilities; }
    SmtpReply greeting() const { return m_greeting; }
    SmtpTlsInfo tlsInfo() const;
    bool isEncrypted() const;
    // True when the peer is this machine and no proxy is in between: credentials may then go unencrypted.
    bool isPeerLoopback() const;
    Smtp::State state() const { return m_state; }
    SmtpError lastError() const { return m_lastError; }
    bool isConnected() const;
    // Nothing waiting to be written or answered.
    bool isIdle() const;
    // How often the client waited for the server: TCP connect, each TLS handshake, and each flight of
    // commands whose replies it needed before going on (one per pipelined group).
    int roundTrips() const { return m_roundTrips; }
    // Bytes written to the connection (before encryption), commands and message data together.
    qint64 bytesWritten() const { return m_bytesWritten; }
    QString peerDescription() const; // "host:port"
    QString localAddressLiteral() const; // "[192.0.2.1]" / "[IPv6:...]"

    // Call from a certificateErrors() handler to accept this exact certificate for this host, this time.
    void acceptCertificate(const QSslCertificate &certificate);

    // Bodies up to this size go with their BDAT command inside the pipelined group.
    static constexpr qint64 InlineBodyLimit = 1024 * 1024;

Q_SIGNALS:
    void stateChanged(Smtp::State state);
    // A command as written (credentials replaced by "[redacted]"), without CRLF.
    void commandSent(const QByteArray &line);
    // A message body went out: DATA (dot-stuffed, terminator included) or one BDAT chunk.
    void bodyChunkSent(qint64 octets, bool bdat, bool last);
    void replyReceived(const SmtpReply &reply);
    // A step is over: its reply (invalid for connect and TLS) and the milliseconds since its command left.
    void stepFinished(Smtp::Step step, const SmtpReply &reply, qint64 milliseconds);
    void tlsEstablished(const SmtpTlsInfo &info);
    void authenticated(const QByteArray &mechanism);
    // A message body starts going out (the device given to data() or bdat()).
    void bodyStarted(QIODevice *device);
    // The end of that message (the final dot, BDAT LAST) is being handed to the network, content and all:
    // from now on, without a settled final reply, it may have been delivered.
    void messageEndSent(QIODevice *device);
    // Bytes of the body handed to the network so far, of 'total' (-1 unknown).
    void bodyProgress(qint64 sent, qint64 total);
    // The server's certificate did not verify. A handler may call acceptCertificate() on the spot; otherwise
    // the connection fails with SmtpError::CertificateUntrusted carrying these errors and the chain.
    void certificateErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    // Credentials are about to travel unencrypted because the account chose no encryption.
    void insecureAuthentication(const QString &warning);
    // Something worth telling the person that does not stop the session (a DSN request the server ignores).
    void warning(const QString &text);
    void errorOccurred(const SmtpError &error);
    void disconnected();

protected:
    friend class SmtpLogin;
    friend class SmtpBodyUpload;

    struct Command
    {
        bool body = false; // a data()/bdat() body: its handler starts the upload
        Smtp::Step step = Smtp::Step::None;
        QByteArray bytes; // the line with CRLF
        QByteArray logLine; // as shown in transcripts
        bool endsGroup = true; // RFC 2920: wait for this reply before writing on
        bool waitForReplies = false; // write only when nothing is pending (a large BDAT waits for RCPTs)
        int timeout = 0;
        ReplyHandler handler;
    };
    // One mail transaction's own state, from its MAIL to its body.
    struct Envelope
    {
        bool smtpUtf8 = false; // MAIL carried SMTPUTF8: RCPT may carry UTF-8 addresses
        bool senderAccepted = false;
        int recipientsAccepted = 0;
        bool loginRefused = false; // a login queued ahead of this MAIL was refused
        SmtpReply loginReply;
        QByteArray bodyPrefix; // header fields the client puts at the top of the message (TLS-Required: No)
    };

    explicit SmtpChannel(const SmtpConnectionSettings &settings, QObject *parent = nullptr);

    // Connects (and for Security::Tls completes the handshake); the greeting goes to onGreeting.
    void openConnection(ReplyHandler onGreeting);
    void adoptConnection(QSslSocket *socket, bool greetingRead, ReplyHandler onGreeting);
    // RFC 3207: after the server's 220 to STARTTLS, the handshake; afterHandshake runs once it is verified.
    void beginTls(std::function<void()> afterHandshake);
    void setCapabilities(const SmtpCapabilities &capabilities) { m_capabilities = capabilities; }
    void setQuitSent() { m_quitSent = true; }
    // QUIT's reply came: the connection closes once the read it came in is through.
    void setQuitAnswered() { m_quitAnswered = true; }
    bool isTlsStarting() const { return m_tlsStarting; }

    bool refuse(const SmtpError &error);
    bool requireReady(Smtp::Step step);
    void enqueue(Command command);
    void enqueueLine(Smtp::Step step, const QByteArray &line, int timeout, ReplyHandler handler,
        bool endsGroup = true, const QByteArray &logLine = {});
    int timeoutFor(Smtp::Step step) const;
    void fail(const SmtpError &error);
    void setState(Smtp::State state);
    void retireLogin(std::unique_ptr<SmtpLogin> login);
    void startBody(QIODevice *device, qint64 size, bool bdat, std::shared_ptr<const Envelope> envelope,
        ReplyHandler done);

    std::unique_ptr<SmtpLogin> m_login;

private:
    void expectReply(SmtpReplyQueue::Entry entry);
    void settleFlight();
    void schedulePump();
    void pump();
    bool pumpBody(QByteArray *out);
    void endBody();
    void writeOut(const QByteArray &bytes);
    void armTimer();
    void onTimeout();
    SmtpError timeoutError() const;
    void onReadyRead();
    void dispatch(const SmtpReply &reply, bool moreBuffered);
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onSocketDisconnected();
    void onBytesWritten();
    void setupTransport();
    void resetSession();
    void expectGreeting(ReplyHandler onGreeting);

    SmtpConnectionSettings m_settings;
    SmtpTransport *m_transport;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_capabilities;
    SmtpReply m_greeting;
    SmtpError m_lastError;
    Smtp::State m_state = Smtp::State::Disconnected;
    std::deque<Command> m_outgoing;
    SmtpReplyQueue m_replies;
    std::unique_ptr<SmtpBodyUpload> m_body;
    std::unique_ptr<SmtpBodyUpload> m_retiredBody;
    std::vector<std::unique_ptr<SmtpLogin>> m_retiredLogins;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_phaseStart = 0; // when the connect or the TLS handshake began
    bool m_lastWrittenEndsGroup = true;
    bool m_pumpScheduled = false;
    bool m_dispatching = false;
    bool m_tlsStarting = false;
    std::function<void()> m_afterTls;
    bool m_quitSent = false;
    bool m_quitAnswered = false;
    bool m_failed = false;
    QPointer<SmtpTranscript> m_transcript;
    SmtpTranscript *m_envTranscript = nullptr;
    quint64 m_generation = 0;
    int m_roundTrips = 0;
    qint64 m_bytesWritten = 0;
};
