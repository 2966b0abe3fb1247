#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <memory>

class QSslSocket;

// One SMTP reply as TestSmtpClient read it.
struct TestSmtpReply
{
    int code = 0; // 0 when no complete reply arrived (timeout, closed connection)
    QList<QByteArray> lines; // each line without its CRLF
    QByteArray raw; // the bytes as received

    bool isPositive() const { return code >= 200 && code < 400; }
    // The text of every line after the code and separator, joined by '\n'.
    QByteArray text() const;
};

// A deliberately small SMTP client for tests that exercise servers and fixtures without
// core/smtp (which is what is under test elsewhere). Calls look synchronous, but each wait
// runs the event loop (QTest::qWaitFor, never waitFor*), so it can talk to a FakeSmtpServer
// in the same thread as well as to Postfix or aiosmtpd.
class TestSmtpClient
{
public:
    explicit TestSmtpClient(int timeoutMs = 10000);
    ~TestSmtpClient();

    // Trust for TLS: typically TestCertificates().clientConfiguration().
    void setTlsConfiguration(const QSslConfiguration &configuration);

    // Connects and reads the greeting; true when it is a 220 reply.
    bool connectToHost(const QString &host, quint16 port);
    // Implicit TLS: handshake (verified against the configuration, with peerName or host
    // as the name), then the greeting.
    bool connectToHostEncrypted(const QString &host, quint16 port, const QString &peerName = QString());
    // STARTTLS, a 220, then the handshake; true when encrypted.
    bool startTls(const QString &peerName = QString());
    TestSmtpReply greeting() const { return m_greeting; }

    // Sends line + CRLF and reads the reply.
    TestSmtpReply command(const QByteArray &line);
    // EHLO; the reply's keyword lines (the first line, the host name, left out).
    QList<QByteArray> ehlo(const QByteArray &name = "client.epistle.test");
    bool hasExtension(const QByteArray &keyword) const;
    bool authPlain(const QString &user, const QString &password);
    // MAIL FROM, RCPT TO each, DATA with the message dot-stuffed (CRLF line ends expected);
    // true when the server accepted the message. lastReply() holds the final reply.
    bool sendMail(const QByteArray &from, const QList<QByteArray> &recipients, const QByteArray &message);
    bool quit();

    bool writeRaw(const QByteArray &bytes);
    TestSmtpReply readReply();
    // Waits until the server closes the connection.
    bool waitForDisconnected();
    void abort();

    TestSmtpReply lastReply() const { return m_lastReply; }
    QList<QByteArray> extensions() const { return m_extensions; }
    QString errorString() const { return m_error; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    bool isEncrypted() const;
    QSslSocket *socket() const { return m_socket.get(); }
    // C:/S: lines of the session, for failure messages.
    QByteArray transcript() const { return m_transcript; }

private:
    bool waitForEncrypted(const QString &peerName);

    int m_timeoutMs;
    std::unique_ptr<QSslSocket> m_socket;
    QSslConfiguration m_tlsConfiguration;
    TestSmtpReply m_greeting;
    TestSmtpReply m_lastReply;
    QList<QByteArray> m_extensions;
    QList<QSslError> m_sslErrors;
    QString m_error;
    QByteArray m_transcript;
};
