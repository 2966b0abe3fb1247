#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A minimal HTTP CONNECT or SOCKS5 (RFC 1928, no authentication) proxy on 127.0.0.1 for tests: it tunnels
// bytes both ways and counts connections. Through it the client cannot know its peer is this machine, so
// loopback exemptions must not apply.
class TunnelProxy : public QTcpServer
{
    Q_OBJECT
public:
    enum class Kind { HttpConnect, Socks5 };
    explicit TunnelProxy(Kind kind = Kind::HttpConnect, QObject *parent = nullptr)
        : QTcpServer(parent), m_kind(kind)
    { }
    bool listen() { return QTcpServer::listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return serverPort(); }
    int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        ++m_connections;
        auto *request = new QByteArray;
        connect(client, &QTcpSocket::readyRead, this, [this, client, request] {
            if (client->property("tunnel").isValid()) {
                return;
            }
            request->append(client->readAll());
            QString host;
            quint16 port = 0;
            QByteArray rest;
            QByteArray answer;
            if (m_kind == Kind::Socks5) {
                // Greeting: VER NMETHODS METHODS; then VER CMD RSV ATYP ADDR PORT.
                if (request->size() < 2 || request->size() < 2 + uchar(request->at(1))) {
                    return;
                }
                const int greeting = 2 + uchar(request->at(1));
                if (!client->property("greeted").isValid()) {
                    client->write(QByteArray("\x05\x00", 2));
                    client->setProperty("greeted", true);
                }
                const QByteArray req = request->mid(greeting);
                if (req.size() < 5) {
                    return;
                }
                int addressEnd = 0;
                if (req[3] == 1) {
                    addressEnd = 4 + 4;
                    if (req.size() < addressEnd + 2) {
                        return;
                    }
                    host = QStringLiteral("%1.%2.%3.%4")
                               .arg(uchar(req[4]))
                               .arg(uchar(req[5]))
                               .arg(uchar(req[6]))
                               .arg(uchar(req[7]));
                } else if (req[3] == 3) {
                    addressEnd = 5 + uchar(req[4]);
                    if (req.size() < addressEnd + 2) {
                        return;
                    }
                    host = QString::fromLatin1(req.mid(5, uchar(req[4])));
                } else {
                    client->abort();
                    return;
                }
                port = quint16(uchar(req[addressEnd]) << 8 | uchar(req[addressEnd + 1]));
                rest = req.mid(addressEnd + 2);
                answer = QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10);
            } else {
                const qsizetype end = request->indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                const QList<QByteArray> words = request->left(request->indexOf("\r\n")).split(' ');
                rest = request->mid(end + 4);
                const QByteArray target = words.value(1);
                host = QString::fromLatin1(target.left(target.lastIndexOf(':')));
                port = quint16(target.mid(target.lastIndexOf(':') + 1).toUInt());
                answer = "HTTP/1.1 200 Connection established\r\n\r\n";
            }
            delete request;
            auto *upstream = new QTcpSocket(this);
            client->setProperty("tunnel", true);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest, answer] {
                client->write(answer);
                if (!rest.isEmpty()) {
                    upstream->write(rest);
                }
                if (client->bytesAvailable()) {
                    upstream->write(client->readAll());
                }
            });
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState) {
                    upstream->write(client->readAll());
                }
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(host, port);
        });
    }

private:
    Kind m_kind;
    int m_connections = 0;
};
