#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A minimal HTTP CONNECT proxy on 127.0.0.1 for tests: it tunnels bytes both ways and counts connections.
// Through it the client cannot know its peer is this machine, so loopback exemptions must not apply.
class TunnelProxy : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
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
            const qsizetype end = request->indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QList<QByteArray> words = request->left(request->indexOf("\r\n")).split(' ');
            const QByteArray rest = request->mid(end + 4);
            delete request;
            const QByteArray target = words.value(1);
            auto *upstream = new QTcpSocket(this);
            client->setProperty("tunnel", true);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
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
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(QString::fromLatin1(target.left(target.lastIndexOf(':'))),
                                    quint16(target.mid(target.lastIndexOf(':') + 1).toUInt()));
        });
    }

private:
    int m_connections = 0;
};
