#pragma once

#include "testaccounts.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private Postfix 3.7 + Dovecot instance on 127.0.0.1 for integration tests: a real MTA
// with STARTTLS, implicit TLS, every common SASL mechanism, PIPELINING, CHUNKING, DSN,
// 8BITMIME, SMTPUTF8 and SIZE, which delivers every accepted message (any domain) into a
// directory the test reads back. Runs tests/servers/postfix-instance; needs root.
//
// Ports:  plainPort()       STARTTLS offered, not required; AUTH offered (loopback), not needed
//         submissionPort()  STARTTLS required before AUTH; AUTH required to send
//         submissionsPort() TLS from the first byte; AUTH required to send
// TLS:    server.pem of TestCertificates (localhost, 127.0.0.1, ::1); trust caFile().
// Users:  TestAccounts::alice(), TestAccounts::bob().
// Delivery: one file per message, as the client sent it (dot-unstuffed, CRLF), after one
//         Received: header that Postfix prepends; see stripAddedHeaders().
//
// Start one per test process (initTestCase) and reuse it: start and stop take about 0.4 s
// together. The destructor stops it; a watchdog stops it if the test process is killed.
class PostfixServer
{
public:
    struct Options
    {
        qint64 messageSizeLimit = 10240000; // message_size_limit, advertised as SIZE
        QStringList mainCf; // extra main.cf lines, e.g. "smtpd_discard_ehlo_keywords = chunking"
    };

    // One message as Postfix delivered it, with what Postfix knew about its session.
    struct Delivery
    {
        QByteArray message; // Received: + the message, CRLF line ends
        QByteArray sender; // envelope MAIL FROM (empty for <>)
        QList<QByteArray> recipients; // envelope RCPT TO, grouped and sorted by Postfix
        QString queueId;
        QString clientHelo;
        QString clientProtocol; // "SMTP" or "ESMTP" (the Received: line says ESMTPSA etc.)
        QString saslMethod; // e.g. "SCRAM-SHA-256"; empty when not authenticated
        QString saslUsername;
        qint64 size = 0;
        QString fileName;

        QByteArray messageWithoutAddedHeaders() const;
    };

    PostfixServer();
    ~PostfixServer();
    PostfixServer(const PostfixServer &) = delete;
    PostfixServer &operator=(const PostfixServer &) = delete;

    // Empty when this machine can run it, else why not (not root, Postfix missing...).
    static QString unavailableReason();

    bool start();
    bool start(const Options &options);
    void stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    // The name the certificate carries, for peer verification when connecting to host().
    QString tlsPeerName() const { return QStringLiteral("localhost"); }
    quint16 plainPort() const { return m_plainPort; }
    quint16 submissionPort() const { return m_submissionPort; }
    quint16 submissionsPort() const { return m_submissionsPort; }

    QString caFile() const;
    QSslCertificate caCertificate() const;
    // Qt's defaults with the test CA as the only trusted CA.
    QSslConfiguration clientTlsConfiguration() const;

    // alice (TestAccounts::alice()); bob has a non-ASCII password (TestAccounts::bob()).
    QString user() const { return TestAccounts::alice().user; }
    QString password() const { return TestAccounts::alice().password; }

    // Delivered messages in delivery order. Postfix delivers asynchronously: wait first.
    QList<Delivery> deliveredMessages() const;
    int deliveredCount() const;
    // Runs the event loop until at least count messages were delivered.
    bool waitForDelivery(int count, int timeoutMs = 10000) const;
    // Forgets what was delivered so far (wait for deliveries in flight first).
    void clearDeliveries();

    // Removes what Postfix added in front of a delivered message: its own Received: header
    // (the first one; a client's own Received: lines stay), and Return-Path, Delivered-To,
    // X-Original-To if a delivery agent added them (this instance's pipe adds none).
    static QByteArray stripAddedHeaders(const QByteArray &message);

    QString directory() const;
    QString mailDirectory() const;
    // Postfix's and Dovecot's logs, for failure messages.
    QString maillog() const;
    QString dovecotLog() const;
    qint64 startMilliseconds() const { return m_startMs; }
    qint64 stopMilliseconds() const { return m_stopMs; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_watchdogPid = 0;
    bool m_running = false;
    quint16 m_plainPort = 0;
    quint16 m_submissionPort = 0;
    quint16 m_submissionsPort = 0;
    QString m_error;
    qint64 m_startMs = 0;
    qint64 m_stopMs = 0;
};
