#pragma once

#include "smtp.h"
#include "smtpcapabilities.h"
#include "smtpcommands.h"
#include "smtpconnectionsettings.h"
#include "smtperror.h"
#include "smtpreply.h"
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
class SmtpTransport;
class SmtpBodyUpload;
class SmtpLogin;
class SmtpTranscript;

// A connection to one SMTP server with the classic low-level operations of Go's net/smtp Client, each once,
// event-driven on the caller's thread (never a blocking wait). Operations queue commands and return at once;
// the handler gets the server's reply. Commands go out in pipelined groups where the server allows
// (RFC 2920), so calls made in one go leave in one write. Transport failures (timeouts, lost connection,
// bad certificates, malformed replies, 421) arrive once through errorOccurred() and end the connection.
class SmtpClient : public QObject
{
    Q_OBJECT
public:
    using ReplyHandler = std::function<void(const SmtpReply &)>;
    using SocketFactory = std::function<QSslSocket *(QObject *parent)>;

    explicit SmtpClient(const SmtpConnectionSettings &settings, QObject *parent = nullptr);
    ~SmtpClient() override;

    const SmtpConnectionSettings &settings() const { return m_settings; }
    // Lets tests hand in their own socket; the default creates a QSslSocket.
    void setSocketFactory(SocketFactory factory);
    // Records the session as C:/S: lines (EPISTLE_SMTP_LOG does this for every client).
    void setTranscript(SmtpTranscript *transcript);

    // Connects (and for Security::Tls completes the handshake) and reads the greeting.
    void connectToServer(ReplyHandler onGreeting = {});
    // Takes over an already connected socket, plain or encrypted. Unless the greeting was already read by the
    // caller, it is read next. The client becomes the socket's parent.
    void adoptSocket(QSslSocket *socket, bool greetingRead = false, ReplyHandler onGreeting = {});

    // Each returns false, with lastError() set and nothing sent, when the call is refused up front.
    bool hello(ReplyHandler done = {}); // EHLO, then HELO when EHLO gets 500/502
    bool startTls(ReplyHandler done = {}); // STARTTLS, TLS handshake, EHLO again; done gets the new EHLO
    // AUTH with the settings' credentials; mechanism "auto" picks the strongest offered. done gets the final
    // reply.
    bool authenticate(const QByteArray &mechanism = "auto", ReplyHandler done = {});
    bool mail(const QString &from, const SmtpMailParameters &parameters = {}, ReplyHandler done = {});
    bool rcpt(const QString &to, const SmtpRcptParameters &parameters = {}, ReplyHandler done = {});
    // The message body from 'body' (read in chunks while it is sent); 'size' is for progress (-1 unknown).
    // done gets the reply to the final dot (or to a refused DATA).
    bool data(QIODevice *body, qint64 size, ReplyHandler done = {});
    // The same with RFC 3030 BDAT chunks; small bodies go in one "BDAT n LAST" within the pipelined group.
    bool bdat(QIODevice *body, qint64 size, ReplyHandler done = {});
    bool reset(ReplyHandler done = {});
    bool verify(const QString &address, ReplyHandler done = {});
    bool noop(ReplyHandler done = {});
    bool quit(ReplyHandler done = {});
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

private:
    friend class SmtpLogin;
    friend class SmtpBodyUpload;

    struct Command
    {
        enum class Kind { Line, Body };
        Kind kind = Kind::Line;
        Smtp::Step step = Smtp::Step::None;
        QByteArray bytes; // the line with CRLF
        QByteArray logLine; // as shown in transcripts
        bool endsGroup = true; // RFC 2920: wait for this reply before writing on
        bool waitForReplies = false; // write only when nothing is pending (a large BDAT waits for RCPTs)
        int timeout = 0;
        ReplyHandler handler;
    };
    struct Pending
    {
        Smtp::Step step = Smtp::Step::None;
        QDeadlineTimer deadline;
        ReplyHandler handler;
        bool finalData = false; // the reply that says whether the message was taken
        qint64 sentAt = 0; // m_clock time the command left
    };

    bool refuse(const SmtpError &error);
    bool requireReady(Smtp::Step step);
    void enqueue(Command command);
    void enqueueLine(Smtp::Step step, const QByteArray &line, int timeout, ReplyHandler handler,
        bool endsGroup = true, const QByteArray &logLine = {});
    void expectReply(Pending pending);
    void schedulePump();
    void pump();
    bool pumpBody(QByteArray *out);
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
    void fail(const SmtpError &error);
    void retireLogin(std::unique_ptr<SmtpLogin> login);
    void setState(Smtp::State state);
    void setupTransport();
    void resetSession();
    void expectGreeting(ReplyHandler onGreeting);
    void startEhlo(bool fallbackAllowed, ReplyHandler done);
    void startBody(QIODevice *device, qint64 size, bool bdat, ReplyHandler done);
    bool hasFinalDataPending() const;
    int timeoutFor(Smtp::Step step) const;

    SmtpConnectionSettings m_settings;
    SmtpTransport *m_transport;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_capabilities;
    SmtpReply m_greeting;
    SmtpError m_lastError;
    Smtp::State m_state = Smtp::State::Disconnected;
    std::deque<Command> m_outgoing;
    std::deque<Pending> m_pending;
    std::unique_ptr<SmtpBodyUpload> m_body;
    std::unique_ptr<SmtpBodyUpload> m_retiredBody;
    std::unique_ptr<SmtpLogin> m_login;
    std::vector<std::unique_ptr<SmtpLogin>> m_retiredLogins;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_phaseStart = 0; // when the connect or the TLS handshake began
    bool m_lastWrittenEndsGroup = true;
    bool m_pumpScheduled = false;
    bool m_dispatching = false;
    bool m_tlsStarting = false;
    bool m_transactionUtf8 = false;
    int m_transactionAccepted = 0;
    bool m_quitSent = false;
    bool m_failed = false;
    QPointer<SmtpTranscript> m_transcript;
    SmtpTranscript *m_envTranscript = nullptr;
    ReplyHandler m_startTlsDone;
    quint64 m_generation = 0;
    int m_roundTrips = 0;
    qint64 m_bytesWritten = 0;
};
