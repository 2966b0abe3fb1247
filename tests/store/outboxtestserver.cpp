#include "outboxtestserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <utility>

OutboxTestServer::OutboxTestServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &OutboxTestServer::onConnection);
}

OutboxTestServer::~OutboxTestServer()
{
    for (Session *s : std::as_const(m_sessions)) {
        if (s->socket) {
            s->socket->abort();
        }
        delete s;
    }
}

bool OutboxTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 OutboxTestServer::port() const
{
    return m_server.serverPort();
}

int OutboxTestServer::count(const QByteArray &marker) const
{
    int n = 0;
    for (const Received &r : m_received) {
        if (r.body.contains(marker)) {
            ++n;
        }
    }
    return n;
}

OutboxTestServer::Session *OutboxTestServer::find(int session)
{
    for (Session *s : std::as_const(m_sessions)) {
        if (s->number == session) {
            return s;
        }
    }
    return nullptr;
}

void OutboxTestServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *s = new Session;
        s->number = ++m_connections;
        s->socket = socket;
        s->plan = m_plans.isEmpty() ? m_default : m_plans.takeFirst();
        // A small read buffer: when the session stops reading, the client's writes back up quickly.
        socket->setReadBufferSize(64 * 1024);
        socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 32 * 1024);
        m_sessions.append(s);
        connect(socket, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT connected(s->number);
        if (s->plan.holdGreeting) {
            Q_EMIT greetingHeld(s->number);
        } else {
            s->greeted = true;
            write(s, "220 localhost ESMTP store test server");
        }
    }
}

void OutboxTestServer::releaseGreeting(int session)
{
    Session *s = find(session);
    if (s && !s->greeted) {
        s->greeted = true;
        write(s, "220 localhost ESMTP store test server");
        onReadyRead(s);
    }
}

void OutboxTestServer::release(int session, const QByteArray &reply)
{
    Session *s = find(session);
    if (s && s->holding) {
        s->holding = false;
        if (reply.startsWith('2')) {
            ++m_accepted;
        }
        write(s, reply);
        onReadyRead(s);
    }
}

void OutboxTestServer::drop(int session)
{
    Session *s = find(session);
    if (s && s->socket) {
        s->socket->abort();
    }
}

void OutboxTestServer::write(Session *s, const QByteArray &line)
{
    if (s->socket && s->socket->state() == QAbstractSocket::ConnectedState) {
        s->socket->write(line + "\r\n");
        s->socket->flush();
        Q_EMIT replied(s->number, line);
    }
}

void OutboxTestServer::onReadyRead(Session *s)
{
    if (!s->socket || s->stalled || s->holding || !s->greeted) {
        return;
    }
    s->buffer += s->socket->readAll();
    for (;;) {
        if (s->stalled || s->holding || !s->socket) {
            return;
        }
        if (s->chunkLeft >= 0) {
            if (s->buffer.isEmpty() && s->chunkLeft > 0) {
                break;
            }
            readChunk(s);
            continue;
        }
        const qsizetype end = s->buffer.indexOf("\r\n");
        if (end < 0) {
            break;
        }
        const QByteArray line = s->buffer.left(end);
        s->buffer.remove(0, end + 2);
        processLine(s, line);
    }
    if (s->inData && s->plan.stallAfterBodyBytes >= 0 && s->bodyBytes >= s->plan.stallAfterBodyBytes
        && !s->stalled) {
        s->stalled = true;
        Q_EMIT stalled(s->number);
    }
}

void OutboxTestServer::processLine(Session *s, const QByteArray &line)
{
    if (s->inData) {
        if (line == ".") {
            endOfData(s);
            return;
        }
        const QByteArray unstuffed = line.startsWith('.') ? line.mid(1) : line;
        s->body += unstuffed + "\r\n";
        const qint64 before = s->bodyBytes;
        s->bodyBytes += line.size() + 2;
        if (before / 65536 != s->bodyBytes / 65536) {
            Q_EMIT bodyBytes(s->number, s->bodyBytes);
        }
        if (s->plan.stallAfterBodyBytes >= 0 && s->bodyBytes >= s->plan.stallAfterBodyBytes && !s->stalled) {
            Q_EMIT bodyBytes(s->number, s->bodyBytes);
            s->stalled = true;
            Q_EMIT stalled(s->number);
        }
        return;
    }
    const QByteArray upper = line.left(4).toUpper();
    if (upper == "EHLO") {
        QByteArray reply = "250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n";
        if (s->plan.pipelining) {
            reply += "250-PIPELINING\r\n";
        }
        if (s->plan.chunking) {
            reply += "250-CHUNKING\r\n";
        }
        write(s, reply + "250 SIZE 100000000");
    } else if (upper == "HELO") {
        write(s, "250 localhost");
    } else if (upper == "MAIL") {
        const qsizetype open = line.indexOf('<'), close = line.indexOf('>');
        s->from = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        s->recipients.clear();
        s->body.clear();
        s->bodyBytes = 0;
        s->mailOk = s->plan.mailReply.startsWith('2');
        write(s, s->plan.mailReply);
    } else if (upper == "RCPT") {
        const qsizetype open = line.indexOf('<'), close = line.indexOf('>');
        const QString address = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        if (!s->mailOk) {
            write(s, "503 5.5.1 Error: need MAIL command");
            return;
        }
        const QByteArray reply = s->plan.rcptReplies.value(address, "250 2.1.5 Ok");
        if (reply.startsWith('2')) {
            s->recipients.append(address);
        }
        write(s, reply);
    } else if (upper == "DATA") {
        if (!s->mailOk) {
            write(s, "503 5.5.1 Error: need MAIL command");
            return;
        }
        if (s->recipients.isEmpty()) {
            write(s, "554 5.5.1 No valid recipients");
            return;
        }
        write(s, s->plan.dataReply);
        if (s->plan.dataReply.startsWith("354")) {
            s->inData = true;
        }
    } else if (upper == "BDAT") {
        startChunk(s, line);
    } else if (upper == "RSET") {
        s->recipients.clear();
        s->mailOk = false;
        write(s, "250 2.0.0 Ok");
    } else if (upper == "NOOP") {
        write(s, "250 2.0.0 Ok");
    } else if (upper == "QUIT") {
        write(s, "221 2.0.0 Bye");
        s->socket->disconnectFromHost();
    } else {
        write(s, "502 5.5.2 Command not recognised");
    }
}

void OutboxTestServer::startChunk(Session *s, const QByteArray &line)
{
    const QList<QByteArray> words = line.simplified().split(' ');
    s->chunkLeft = words.value(1).toLongLong();
    s->chunkLast = words.value(2).toUpper() == "LAST";
    if (!s->chunking) {
        s->chunking = true; // the first chunk of a message
        s->body.clear();
        s->bodyBytes = 0;
    }
}

void OutboxTestServer::readChunk(Session *s)
{
    const QByteArray part = s->buffer.left(s->chunkLeft);
    s->buffer.remove(0, part.size());
    s->body += part;
    s->bodyBytes += part.size();
    s->chunkLeft -= part.size();
    if (s->plan.stallAfterBodyBytes >= 0 && s->bodyBytes >= s->plan.stallAfterBodyBytes && !s->stalled) {
        s->stalled = true;
        Q_EMIT stalled(s->number);
    }
    if (s->chunkLeft > 0) {
        return;
    }
    s->chunkLeft = -1;
    if (s->chunkLast) {
        s->chunking = false;
    }
    if (!s->mailOk || s->recipients.isEmpty()) {
        write(s, s->mailOk ? "554 5.5.1 No valid recipients" : "503 5.5.1 Error: need MAIL command");
        return;
    }
    if (!s->chunkLast) {
        write(s, "250 2.0.0 Ok: " + QByteArray::number(part.size()) + " octets received");
        return;
    }
    endOfData(s);
}

void OutboxTestServer::endOfData(Session *s)
{
    s->inData = false;
    ++s->messages;
    m_received.append({ s->number, s->from, s->recipients, s->body });
    Q_EMIT dotReceived(s->number);
    switch (s->plan.afterDots.value(s->messages, s->plan.afterDot)) {
    case AfterDot::Reply: {
        QByteArray reply = s->plan.dotReplies.value(s->messages, s->plan.dotReply);
        reply.replace("%1", QByteArray::number(m_received.size()));
        if (s->plan.dotReplyDelayMs > 0) {
            s->holding = true; // what the client pipelined after the dot waits too
            const int number = s->number;
            QTimer::singleShot(
                s->plan.dotReplyDelayMs, this, [this, number, reply] { release(number, reply); });
            break;
        }
        if (reply.startsWith('2')) {
            ++m_accepted;
        }
        write(s, reply);
        if (reply.startsWith("421") && s->socket) {
            s->socket->disconnectFromHost();
        }
        break;
    }
    case AfterDot::Hold:
        s->holding = true;
        Q_EMIT dotHeld(s->number);
        break;
    case AfterDot::Disconnect:
        if (s->socket) {
            s->socket->abort();
        }
        break;
    case AfterDot::Silence:
        s->holding = true;
        break;
    }
}
