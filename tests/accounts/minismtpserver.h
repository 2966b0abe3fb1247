#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

// A small rule-driven SMTP server for the accounts tests (in-process, 127.0.0.1, port 0): each command gets
// the reply its rule says, so one scenario is a handful of settings rather than a transcript. It speaks real
// TLS (implicit or STARTTLS) with whatever certificate a test hands it, so certificate diagnoses are real.
// It records every command line it received (AUTH payloads included) so tests can check what was sent.
class MiniSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Tls { None, Implicit, StartTls };

    struct Rules
    {
        Tls tls = Tls::StartTls;
        QByteArray greeting = "220 mini.test ESMTP ready";
        bool silentGreeting = false; // never send a greeting (a port waiting for something else)
        QList<QByteArray> extensions = { "PIPELINING", "8BITMIME", "SIZE 10485760", "AUTH PLAIN LOGIN" };
        bool authOnlyAfterTls = false; // hide AUTH from EHLO until TLS is up (Postfix smtpd_tls_auth_only)
        QByteArray
            authBeforeTlsReply; // when set, AUTH before TLS gets this ("538 5.7.11 Encryption required")
        QByteArray authReply = "235 2.7.0 Authentication successful";
        QByteArray mailReply = "250 2.1.0 Ok";
        QByteArray rcptReply = "250 2.1.5 Ok";
    };

    explicit MiniSmtpServer(const Rules &rules, QObject *parent = nullptr);

    // Listens on 127.0.0.1, any free port.
    bool start();
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    bool loadCertificate(const QString &pemPath, const QString &keyPath);

    Rules &rules() { return m_rules; }
    // Every command line received, in order, across connections ("EHLO [127.0.0.1]", "AUTH PLAIN ...").
    QList<QByteArray> commands() const { return m_commands; }
    bool received(const QByteArray &prefix) const;
    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Session;
    void onReadyRead(QSslSocket *socket);
    void handleLine(QSslSocket *socket, const QByteArray &line);
    void reply(QSslSocket *socket, const QByteArray &text);

    Rules m_rules;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QByteArray> m_commands;
    int m_connections = 0;
};
