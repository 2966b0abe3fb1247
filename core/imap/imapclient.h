#pragma once

#include "imap.h"
#include "imapcapabilities.h"
#include "imapcommand.h"
#include "imapconnectionsettings.h"
#include "imaperror.h"
#include "imapresponse.h"
#include "imapresponseparser.h"
#include "smtp/smtptlsinfo.h"
#include "tlstrust.h"

#include <QByteArray>
#include <QDateTime>
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
class ImapLogin;

// What one command got back: its completion (for the greeting: the greeting itself) and the untagged data
// responses of the kinds it asked for (LIST for list(), SEARCH for uidSearch(), ...), in order.
struct ImapCommandResult
{
    ImapResponse completion;
    QList<ImapResponse> data;

    bool isOk() const { return completion.isOk(); }
};

// A connection to one IMAP server with the operations needed to file a message (RFC 9051), each once,
// event-driven on the caller's thread (never a blocking wait). Operations queue a command and return at
// once; commands go one at a time, and the handler gets the tagged completion with the data the command
// collected. Transport failures (timeouts, lost connection, bad certificates, malformed responses, BYE,
// floods) arrive once through errorOccurred() and end the connection; a NO or BAD is the handler's to judge.
//
// Mailbox names are given as they go on the wire (modified UTF-7: ImapMailbox::encodeName, or the wireName
// a LIST returned). Commands are built by ImapCommand, which refuses CR, LF and NUL before anything is sent.
class ImapClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ImapCommandResult &)>;
    // Gets each "+" continuation request of a command that is not a literal's go-ahead (SASL challenges).
    using ContinuationHandler = std::function<void(const ImapResponse &)>;
    using SocketFactory = std::function<QSslSocket *(QObject *parent)>;

    explicit ImapClient(const ImapConnectionSettings &settings, QObject *parent = nullptr);
    ~ImapClient() override;

    const ImapConnectionSettings &settings() const { return m_settings; }
    // Lets tests hand in their own socket; the default creates a QSslSocket.
    void setSocketFactory(SocketFactory factory) { m_socketFactory = std::move(factory); }

    // Connects (for implicit TLS including the handshake) and reads the greeting (OK, PREAUTH or BYE).
    void connectToServer(Handler onGreeting = {});

    // Each returns false, with lastError() set and nothing sent, when the call is refused up front.
    bool capability(Handler done = {});
    // STARTTLS, then the TLS handshake; done is called once encrypted (or with the refusal). Capabilities
    // learnt before are forgotten (RFC 9051 6.2.1): ask again.
    bool startTls(Handler done = {});
    // AUTHENTICATE with the settings' credentials, or the LOGIN command: "auto" picks the strongest SASL
    // mechanism offered and uses LOGIN only when none fits and the server allows it. Never before TLS unless
    // the server is on loopback. done gets the completion.
    bool authenticate(const QByteArray &mechanism = "auto", Handler done = {});
    // The LOGIN command (RFC 9051 6.2.3) with the settings' user and password, also never before TLS.
    bool login(Handler done = {});
    // LIST "" pattern, with RETURN (SPECIAL-USE) when asked and the server has LIST-EXTENDED and SPECIAL-USE.
    bool list(const QByteArray &pattern = "*", bool returnSpecialUse = true, Handler done = {});
    // CREATE, with USE (\Sent ...) when given and the server has CREATE-SPECIAL-USE (RFC 6154 3).
    bool create(const QByteArray &mailbox, const QList<QByteArray> &specialUse = {}, Handler done = {});
    bool examine(const QByteArray &mailbox, Handler done = {});
    // UID SEARCH HEADER field "value": the SEARCH data is in the result.
    bool uidSearchHeader(const QByteArray &field, const QByteArray &value, Handler done = {});
    // APPEND mailbox (flags) "date" {size}: the message is read from 'message' (from its current position,
    // exactly 'size' bytes) while it is sent, so it is never whole in memory. With LITERAL+ (or LITERAL- for
    // small ones) it follows at once; otherwise after the server's go-ahead. A message larger than the
    // server's APPENDLIMIT is refused up front.
    bool append(const QByteArray &mailbox, QIODevice *message, qint64 size,
        const QList<QByteArray> &flags = {}, const QDateTime &internalDate = {}, Handler done = {});
    bool noop(Handler done = {});
    // LOGOUT; the connection closes once the server has said goodbye.
    bool logout(Handler done = {});
    // Queues any command (the operations above build theirs with ImapCommand); false, with lastError()
    // set, when the command is invalid or there is no connection.
    bool submit(const ImapCommand &command, Handler done = {}, ContinuationHandler onContinuation = {});
    // Writes one line while a command waits for it (a SASL response); 'log' is what transcripts show.
    void sendContinuationLine(const QByteArray &line, const QByteArray &log);
    // Cancels everything at once: the connection is dropped and errorOccurred(Cancelled) is emitted.
    void abort();

    const ImapCapabilities &capabilities() const { return m_session.capabilities; }
    // False after a login whose completion did not carry the new capabilities: ask with capability().
    bool capabilitiesKnown() const { return m_session.capabilitiesKnown; }
    ImapResponse greeting() const { return m_session.greeting; }
    SmtpTlsInfo tlsInfo() const { return m_session.tlsInfo; }
    bool isEncrypted() const;
    // True when the peer is this machine and no proxy is in between: credentials may then go unencrypted.
    bool isPeerLoopback() const;
    Imap::State state() const { return m_state; }
    ImapError lastError() const { return m_lastError; }
    bool isConnected() const;
    // Nothing waiting to be written or answered.
    bool isIdle() const { return !m_session.current && m_session.queue.empty(); }
    // How often the client waited for the server: TCP connect, each TLS handshake, each command.
    int roundTrips() const { return m_session.roundTrips; }
    qint64 bytesWritten() const { return m_session.bytesWritten; }
    QString peerDescription() const; // "host:port"

    // Call from a certificateErrors() handler to accept this exact certificate for this host, this time.
    void acceptCertificate(const QSslCertificate &certificate) { m_peerCheck.accept(certificate); }

    // Untagged data a command may hold back before the server is treated as flooding it.
    static constexpr qint64 MaxUntaggedBytes = 16 * 1024 * 1024;
    static constexpr int MaxUntaggedResponses = 100000;

Q_SIGNALS:
    void stateChanged(Imap::State state);
    // A line as written, without CRLF; credentials replaced by "[redacted]".
    void commandSent(const QByteArray &line);
    // A literal went out: 'octets' bytes (a message body, or a credential when 'redacted').
    void literalSent(qint64 octets, bool redacted);
    void responseReceived(const ImapResponse &response);
    // A step is over: its completion (invalid for connect and TLS) and the milliseconds it took.
    void stepFinished(Imap::Step step, const ImapResponse &completion, qint64 milliseconds);
    void tlsEstablished(const SmtpTlsInfo &info);
    void authenticated(const QByteArray &mechanism);
    // Bytes of an APPENDed message handed to the network so far, of 'total'.
    void appendProgress(qint64 sent, qint64 total);
    // The server's certificate did not verify. A handler may call acceptCertificate() on the spot; otherwise
    // the connection fails with ImapError::CertificateUntrusted carrying these errors and the chain.
    void certificateErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    // RFC 9051 7.1: text the server marked [ALERT], which must be shown to the person.
    void alert(const QString &text);
    void errorOccurred(const ImapError &error);
    void disconnected();

private:
    friend class ImapLogin;

    // The command on the wire now, or waiting for its turn.
    struct Running
    {
        ImapCommand command;
        QByteArray tag;
        int next = 0; // the piece to write next
        Handler handler;
        ContinuationHandler onContinuation;
        bool lineStarted = false;
        bool literalAnnounced = false;
        bool awaitingGoAhead = false;
        int timeout = 0;
        qint64 sentAt = 0;
        ImapCommandResult result;
        bool completed = false; // the completion arrived (held back while a literal still streams)
    };
    struct Stream
    {
        QPointer<QIODevice> device;
        qint64 total = 0;
        qint64 sent = 0;
        bool done = false; // every byte and the CRLF after it handed to the socket
    };

    bool refuse(ImapError::Code code, Imap::Step step, const QString &message);
    bool requireConnected(Imap::Step step);
    void schedulePump();
    void pump();
    void writePieces();
    void startStream(qint64 size);
    void pumpStream();
    void writeOut(const QByteArray &bytes);
    void armTimer(int milliseconds);
    void onTimeout();
    void onReadyRead();
    void dispatch(const ImapResponse &response, bool moreBuffered);
    void onGreeting(const ImapResponse &response);
    void onUntagged(const ImapResponse &response);
    void onContinuation(const ImapResponse &response);
    void onCompletion(const ImapResponse &response, bool moreBuffered);
    void complete();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onSocketDisconnected();
    void fail(const ImapError &error);
    ImapError socketError(Imap::Step step) const;
    ImapError lostConnection(Imap::Step step) const;
    void setState(Imap::State state);
    void setupSocket(QSslSocket *socket);
    void noteCapabilities(const ImapResponse &response);
    bool emitLine(const QByteArray &log);
    void onAuthenticated(const QByteArray &mechanism, int capabilityGeneration);
    void retireLogin();
    Imap::Step currentStep() const;

    ImapConnectionSettings m_settings;
    SocketFactory m_socketFactory;
    QPointer<QSslSocket> m_socket;
    // What one connection learnt and holds; a new connection starts from a fresh one.
    struct Session
    {
        ImapResponseParser parser;
        ImapCapabilities capabilities;
        bool capabilitiesKnown = false;
        ImapResponse greeting;
        ImapResponse bye;
        SmtpTlsInfo tlsInfo;
        std::deque<Running> queue;
        std::unique_ptr<Running> current;
        std::unique_ptr<Stream> stream;
        Handler greetingHandler;
        bool awaitingGreeting = false;
        qint64 untaggedBytes = 0; // since the last completion: a flood is bounded
        int untaggedCount = 0;
        int roundTrips = 0;
        qint64 bytesWritten = 0;
    };
    Session m_session;
    ImapError m_lastError;
    Imap::State m_state = Imap::State::Disconnected;
    std::unique_ptr<ImapLogin> m_login;
    std::vector<std::unique_ptr<ImapLogin>> m_retiredLogins;
    int m_capabilityGeneration = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_phaseStart = 0;
    bool m_pumpScheduled = false;
    bool m_dispatching = false;
    bool m_tlsStarting = false;
    bool m_failed = false;
    int m_tagCounter = 0;
    TlsPeerCheck m_peerCheck;
    quint64 m_generation = 0;
};
