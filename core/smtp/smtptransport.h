#pragma once

#include "smtpconnectionsettings.h"
#include "smtperror.h"
#include "smtptlsinfo.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <functional>

class QSslSocket;

// The byte stream under an SmtpClient: TCP through the configured proxy, TLS from the first byte or after
// STARTTLS, the certificate checked against the configured host name (never the banner's) and the account's
// pins, and the plain-words cause of any socket failure. It knows nothing of SMTP commands: the client reads
// and writes bytes and keeps the protocol's state.
class SmtpTransport : public QObject
{
    Q_OBJECT
public:
    using SocketFactory = std::function<QSslSocket *(QObject *parent)>;

    explicit SmtpTransport(const SmtpConnectionSettings &settings, QObject *parent = nullptr);
    ~SmtpTransport() override;

    void setSocketFactory(SocketFactory factory) { m_socketFactory = std::move(factory); }

    // Connects; for Security::Tls the handshake follows at once.
    void open();
    // Takes over a connected socket (plain or encrypted) and becomes its parent.
    void adopt(QSslSocket *socket);
    // RFC 3207: the TLS handshake on the open connection, after the server's 220 to STARTTLS.
    void startTls();
    // Drops the connection at once; no signal follows.
    void abort();
    // Closes after what was written has gone (after QUIT's reply).
    void close();

    bool isOpen() const;
    bool isEncrypted() const;
    // True when the peer is this machine and no proxy is in between.
    bool isPeerLoopback() const;
    QString localAddressLiteral() const;

    qint64 bytesAvailable() const;
    qint64 read(char *data, qint64 maxSize);
    void write(const QByteArray &bytes);
    qint64 bytesToWrite() const;

    SmtpTlsInfo tlsInfo() const { return m_tlsInfo; }
    // From a certificateErrors() handler: accept this exact certificate for this host, this time.
    void acceptCertificate(const QSslCertificate &certificate) { m_acceptedCertificate = certificate; }
    // Why the socket failed, as the step it interrupted would tell it.
    SmtpError error(Smtp::Step step) const;
    // Whether the last socket error is the peer closing the connection (not a reset, not a TLS alert).
    bool closedByPeer() const;

Q_SIGNALS:
    void connected();
    // TLS is up and the certificate passed (or was accepted); tlsInfo() describes it.
    void encrypted();
    void certificateErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    void readyRead();
    void bytesWritten();
    // The socket reported an error: error() and closedByPeer() say which. Not emitted after abort().
    void failed();
    // The connection is gone (the peer closed, or close() finished). Not emitted after abort().
    void closed();
    // The certificate is not the one pinned for this account: the connection must end.
    void refused(const SmtpError &error);

private:
    void setup(QSslSocket *socket);
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void release();
    // Linux TCP_QUICKACK: acknowledge what arrives now rather than after the delayed-ACK timer.
    void quickAck();

    SmtpConnectionSettings m_settings;
    SocketFactory m_socketFactory;
    QPointer<QSslSocket> m_socket;
    SmtpTlsInfo m_tlsInfo;
    QSslCertificate m_acceptedCertificate;
    SmtpError m_certificateError;
    quint64 m_generation = 0;
};
