#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A scripted SMTP server for the store's tests, on 127.0.0.1 and a free port. Each connection follows the
// next SessionPlan (the default plan when none is left). Besides scripted replies it can hold the greeting,
// stall in the middle of DATA (it stops reading, so the client's writes back up), and hold, drop or refuse
// the reply to the final dot (or BDAT LAST, with CHUNKING), for every message of a session or for its n-th
// one: the points where a crash or a lost connection decides between "not sent" and "may have been sent". It
// counts every message whose end arrived (what a real server might have delivered).
class OutboxTestServer : public QObject
{
    Q_OBJECT
public:
    enum class AfterDot {
        Reply, // send dotReply
        Hold, // say nothing until release(); emits dotHeld
        Disconnect, // close the connection without a reply
        Silence // say nothing, ever (the client's timeout)
    };

    struct SessionPlan
    {
        bool holdGreeting = false; // accept, then wait for releaseGreeting()
        bool pipelining = true;
        bool chunking = false;
        QByteArray mailReply = "250 2.1.0 Ok";
        // Per recipient address; absent addresses get 250.
        QHash<QString, QByteArray> rcptReplies;
        QByteArray dataReply = "354 End data with <CR><LF>.<CR><LF>";
        qint64 stallAfterBodyBytes = -1; // stop reading once this much of the body arrived (-1: never)
        AfterDot afterDot = AfterDot::Reply;
        QByteArray dotReply = "250 2.0.0 Ok: queued as Q%1"; // %1: the message's number
        int dotReplyDelayMs = 0; // think this long before the reply to the final dot
        // For the n-th message of the session (1 for the first): another reply, or another thing to do.
        QHash<int, QByteArray> dotReplies;
        QHash<int, AfterDot> afterDots;
    };

    struct Received
    {
        int session = 0;
        QString from;
        QStringList recipients;
        QByteArray body; // dot-unstuffed, CRLF line ends
    };

    explicit OutboxTestServer(QObject *parent = nullptr);
    ~OutboxTestServer() override;

    bool listen();
    quint16 port() const;

    void addPlan(const SessionPlan &plan) { m_plans.append(plan); }
    void setDefaultPlan(const SessionPlan &plan) { m_default = plan; }

    // Lets a held greeting or held final reply go on.
    void releaseGreeting(int session);
    void release(int session, const QByteArray &reply = "250 2.0.0 Ok: queued as HELD");
    // Drops a connection at once.
    void drop(int session);

    int connections() const { return m_connections; }
    // Messages whose final dot arrived, and those answered with 2xx.
    QList<Received> received() const { return m_received; }
    int dotsReceived() const { return int(m_received.size()); }
    int accepted() const { return m_accepted; }
    // How often a message whose body contains 'marker' arrived complete.
    int count(const QByteArray &marker) const;

Q_SIGNALS:
    void connected(int session);
    void greetingHeld(int session);
    void bodyBytes(int session, qint64 bytes);
    void stalled(int session);
    void dotReceived(int session);
    void dotHeld(int session);
    void replied(int session, const QByteArray &reply);

private:
    struct Session
    {
        int number = 0;
        QPointer<QTcpSocket> socket;
        SessionPlan plan;
        QByteArray buffer;
        bool inData = false;
        bool stalled = false;
        bool greeted = false;
        QString from;
        QStringList recipients;
        QByteArray body;
        qint64 bodyBytes = 0;
        bool holding = false;
        bool mailOk = false;
        int messages = 0; // ends of data seen in this session
        qint64 chunkLeft = -1; // BDAT: bytes of the current chunk still to read (-1: none)
        bool chunkLast = false;
        bool chunking = false; // between the first BDAT of a message and its LAST
    };

    void onConnection();
    void onReadyRead(Session *session);
    void processLine(Session *session, const QByteArray &line);
    void startChunk(Session *session, const QByteArray &line);
    void readChunk(Session *session);
    void endOfData(Session *session);
    void write(Session *session, const QByteArray &line);
    Session *find(int session);

    QTcpServer m_server;
    QList<SessionPlan> m_plans;
    SessionPlan m_default;
    QList<Session *> m_sessions;
    QList<Received> m_received;
    int m_connections = 0;
    int m_accepted = 0;
};
