#pragma once

#include "testaccounts.h"
#include "testcertificates.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// aiosmtpd (Python) on 127.0.0.1 as a second, independent server implementation, with the
// options a test switches per case: STARTTLS offered or required, implicit TLS, AUTH PLAIN
// and LOGIN (TestAccounts users), SMTPUTF8, SIZE. Every accepted message is kept with its
// envelope. Runs tests/servers/aiosmtpd_server.py with /usr/bin/python3; no root needed.
// Not offered by aiosmtpd 1.4: CHUNKING, DSN, other SASL mechanisms.
class AiosmtpdServer
{
public:
    enum class Tls {
        None, // plain; no STARTTLS offered
        StartTls, // STARTTLS offered
        RequireStartTls, // STARTTLS offered; anything but EHLO/NOOP/QUIT before it is refused (530)
        Implicit, // TLS from the first byte
    };

    struct Options
    {
        Tls tls = Tls::None;
        TestCertificates::Kind certificate = TestCertificates::Kind::Server;
        bool auth = false; // offer AUTH PLAIN LOGIN (after TLS only, unless authWithoutTls)
        bool authRequired = false; // refuse MAIL before AUTH (implies auth)
        bool authWithoutTls = false; // offer AUTH on an unencrypted connection too
        bool smtputf8 = false;
        qint64 sizeLimit = 33554432; // advertised as SIZE; 0 for no limit
        QString hostName; // banner/EHLO name; default aiosmtpd.epistle.test
        // Offer XOAUTH2 and OAUTHBEARER too, accepting only tokens this OAuth provider's introspection
        // endpoint calls valid (OAuthProviderServer::url("/introspect")).
        QString oauthIntrospectUrl;
    };

    // One accepted message: the bytes (dot-unstuffed, CRLF, nothing added) and its envelope.
    struct Message
    {
        QByteArray content;
        QByteArray mailFrom;
        QList<QByteArray> rcptTos;
        QList<QByteArray> mailOptions; // as aiosmtpd parsed them: upper-cased
        QList<QByteArray> rcptOptions; // all recipients' options, in order
        // Everything aiosmtpd_server.py recorded: also mail_from_raw, recipients[{address,
        // options, raw}], smtp_utf8, helo, auth_login, tls{version, cipher}, peer.
        QJsonObject envelope;
        QString fileName;
    };

    AiosmtpdServer();
    ~AiosmtpdServer();
    AiosmtpdServer(const AiosmtpdServer &) = delete;
    AiosmtpdServer &operator=(const AiosmtpdServer &) = delete;

    // Empty when this machine can run it, else why not.
    static QString unavailableReason();

    bool start();
    bool start(const Options &options);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString tlsPeerName() const { return QStringLiteral("localhost"); }
    quint16 port() const { return m_port; }
    QString caFile() const;
    QSslConfiguration clientTlsConfiguration() const;
    QString user() const { return TestAccounts::alice().user; }
    QString password() const { return TestAccounts::alice().password; }

    QList<Message> messages() const;
    int messageCount() const;
    // Runs the event loop until at least count messages were stored.
    bool waitForMessages(int count, int timeoutMs = 10000) const;
    void clearMessages();

    // The server's stderr (aiosmtpd warnings and errors).
    QString log() const;
    QString directory() const;
    qint64 startMilliseconds() const { return m_startMs; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
    qint64 m_startMs = 0;
};
