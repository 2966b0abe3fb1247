#pragma once

#include "testcertificates.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStringList>

#include <memory>
#include <vector>

class QSslSocket;

// A scripted SMTP server for transcript tests: it plays "S:"/"C:" scripts against the client
// under test, in the same thread and event loop, checks the client's bytes exactly and
// records every deviation as an error a test can print.
//
// Script format, one directive a line; blank lines and lines starting with '#' are ignored:
//   S: text        send text + CRLF; consecutive S: lines go out in one write (one segment)
//   C: text        read one line from the client; it must be text + CRLF byte for byte
//                  (a bare LF, a missing CR, any other byte is a mismatch)
//   C~: regex      read one line (CRLF required); the text before CRLF, decoded as UTF-8,
//                  must match the regular expression as a whole (for nonces, dates, ids)
//   R: bytes       send bytes exactly, nothing added (partial lines, bare LF...)
//   X: starttls    start server-side TLS now (after the S: 220 was sent); continue once
//                  encrypted. Bytes the client sent after its STARTTLS line and before the
//                  handshake are an error (RFC 3207 5: no pipelining across STARTTLS).
//   X: expect-tls-failure   right after X: starttls, or first in an implicit-TLS script: the
//                  client must refuse the certificate and drop the connection during the
//                  handshake; a completed handshake is an error
//   X: close       close the connection (pending output is flushed first)
//   X: abort       reset the connection at once, dropping pending output
//   X: wait MS     pause MS milliseconds (a timer; nothing blocks)
//   X: slow MS     from here on S:/R: bytes are sent one at a time, MS ms apart (0: off)
//   X: data        read a DATA body up to and including the CRLF.CRLF that ends it; store
//                  the raw bytes, still dot-stuffed, in receivedMessages()
//   X: bdat N      read exactly N bytes (a BDAT chunk) and add them to the current message
//   X: bdat-end    close that message into receivedMessages()
//   X: expect-close   the client must close the connection now, sending nothing more
//   X: expect-quiet MS   the client must send nothing for MS milliseconds (e.g. before the
//                  greeting, or while it should be waiting for a reply)
//   X: flood BYTES LINE   send LINE + CRLF over and over, whole lines, until at least BYTES
//                  bytes went out, refilling as the socket drains (never all in memory);
//                  the client closing the connection ends the flood (then X: expect-close)
//   X: silent      send and check nothing more, keep the connection open (timeouts)
// Escapes in S:, C:, R: and the flood line: \r \n \t \\ \xNN (C~: is a regular expression
// and keeps its own escapes).
// At the end of a script the connection stays open; anything the client sends then is an
// error, unless the script ended with X: close, X: abort or X: silent.
//
// Each connection plays the next script: the first connection the first script, and so on;
// a connection beyond the last script is an error.
class FakeSmtpServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Plain, // plain TCP; a script may upgrade with X: starttls
        ImplicitTls, // TLS from the first byte (port 465 style)
    };
    Q_ENUM(Mode)

    explicit FakeSmtpServer(QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    // Scripts replace (set...) or extend (add...) the list; each returns false, and records
    // the parse error in errors(), when a line is not a valid directive.
    bool setScript(const QList<QByteArray> &lines);
    bool setScripts(const QList<QList<QByteArray>> &scripts);
    bool addScript(const QList<QByteArray> &lines, const QString &name = QString());
    // The whole script as one text (a raw string literal reads well in a test).
    bool setScriptText(const QByteArray &text);
    bool addScriptText(const QByteArray &text, const QString &name = QString());
    bool loadScriptFile(const QString &path);
    bool addScriptFile(const QString &path);
    int scriptCount() const;

    // The certificate presented for implicit TLS and X: starttls (default: Kind::Server);
    // setTlsConfiguration() replaces the whole configuration (protocols, ciphers...).
    void setCertificate(TestCertificates::Kind kind);
    void setTlsConfiguration(const QSslConfiguration &configuration);
    QSslConfiguration tlsConfiguration() const;

    // Listens on address:0 (127.0.0.1 by default); the kernel picks the port.
    bool listen(Mode mode = Mode::Plain, const QHostAddress &address = QHostAddress::LocalHost);
    void close();
    quint16 port() const;
    QHostAddress address() const;
    Mode mode() const { return m_mode; }

    // Runs the event loop until every script has finished (or failed), at most timeoutMs;
    // true when all finished without an error. On false, print report().
    bool waitForDone(int timeoutMs = 5000);
    bool isDone() const;
    int connectionCount() const;
    QStringList errors() const { return m_errors; }
    // Errors, then where each connection stands, what it holds unread and its transcript.
    QString report() const;

    // Everything read from the clients, decrypted, all connections in order, or one of them.
    QByteArray receivedBytes() const;
    QByteArray receivedBytes(int connection) const;
    // X: data and X: bdat/bdat-end messages, raw, in the order they completed.
    QList<QByteArray> receivedMessages() const { return m_messages; }

    // A raw DATA body from receivedMessages() as the message it carries: the terminating
    // ".\r\n" removed and the dot-stuffing undone (RFC 5321 4.5.2).
    static QByteArray decodeDataBody(const QByteArray &raw);
    // A script as tests write it, indented inside a raw string literal: each line trimmed, empty ones dropped
    // (so trailing spaces are not part of a directive; write them as escapes).
    static QList<QByteArray> indentedScript(const QByteArray &text);
    // The script escapes both ways: escape() makes bytes printable for messages.
    static QByteArray escape(const QByteArray &bytes);
    static bool unescape(const QByteArray &text, QByteArray *bytes, QString *error);

Q_SIGNALS:
    void scriptFinished(int connection);
    // The connection ended, whoever closed it.
    void clientDisconnected(int connection);
    void allScriptsFinished();
    void errorOccurred(const QString &error);

private:
    struct Step
    {
        enum Kind {
            Send,
            Expect,
            ExpectMatch,
            Raw,
            StartTls,
            ExpectTlsFailure,
            Close,
            Abort,
            Wait,
            Slow,
            Data,
            Bdat,
            BdatEnd,
            ExpectClose,
            ExpectQuiet,
            Flood,
            Silent,
        };
        Kind kind = Send;
        QByteArray bytes;
        QRegularExpression pattern;
        qint64 number = 0;
        int line = 0;
        QByteArray source;
    };
    struct Script
    {
        QString name;
        QList<Step> steps;
    };
    class Connection;
    friend class Connection;

    bool parse(const QList<QByteArray> &lines, const QString &name, Script *script);
    void incomingConnection(qintptr descriptor);
    void recordError(const QString &error);
    void checkAllFinished();

    Mode m_mode = Mode::Plain;
    QList<Script> m_scripts;
    QStringList m_errors;
    QList<QByteArray> m_messages;
    QSslConfiguration m_tlsConfiguration;
    bool m_tlsConfigured = false;
    class Listener;
    std::unique_ptr<Listener> m_listener;
    std::vector<std::unique_ptr<Connection>> m_connections;
    int m_unexpectedConnections = 0;
};
