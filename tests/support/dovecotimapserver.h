#pragma once

#include "testaccounts.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private Dovecot 2.3 IMAP server on 127.0.0.1 for integration tests: IMAP with STARTTLS offered,
// IMAPS with TLS from the first byte, every common SASL mechanism (PLAIN, LOGIN, CRAM-MD5, DIGEST-MD5,
// SCRAM-SHA-1, SCRAM-SHA-256), LITERAL+, UIDPLUS, SPECIAL-USE with LIST-EXTENDED, and a Maildir the test
// reads back (Sent, Drafts, Trash, Junk marked by SPECIAL-USE). Messages are stored with CRLF line ends,
// byte for byte as the client sent them. Runs tests/servers/dovecot-imap-instance; needs root.
//
// TLS:    a certificate of TestCertificates (server.pem by default: localhost, 127.0.0.1, ::1); trust
// caFile(). Users:  TestAccounts::alice(), TestAccounts::bob().
//
// Start one per test process (initTestCase) and reuse it: start takes about 2 s (Dovecot's auth process
// is warmed up before it returns), stop well under one. The destructor stops it; a watchdog stops it if the
// test process is killed.
class DovecotImapServer
{
public:
    struct Options
    {
        QString certificate = QStringLiteral("server"); // a make-certs.sh base name: other-name, expired...
        QStringList config; // extra dovecot.conf lines
    };

    // One message as Dovecot stored it in a Maildir folder.
    struct StoredMessage
    {
        QByteArray bytes;
        QString fileName;
        QString flags; // the Maildir flags after ":2,": "S" for \Seen, "FS" for \Flagged \Seen...

        bool isSeen() const { return flags.contains(QLatin1Char('S')); }
    };

    DovecotImapServer();
    ~DovecotImapServer();
    DovecotImapServer(const DovecotImapServer &) = delete;
    DovecotImapServer &operator=(const DovecotImapServer &) = delete;

    // Empty when this machine can run it, else why not (not root, Dovecot's IMAP missing...).
    static QString unavailableReason();

    bool start();
    bool start(const Options &options);
    void stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    // The name the certificate carries, for peer verification when connecting to host().
    QString tlsPeerName() const { return QStringLiteral("localhost"); }
    quint16 imapPort() const { return m_imapPort; }
    quint16 imapsPort() const { return m_imapsPort; }
    QString caFile() const;
    QSslCertificate caCertificate() const;

    QString user() const { return TestAccounts::alice().user; }
    QString password() const { return TestAccounts::alice().password; }

    // The messages in a folder of a user ("INBOX", "Sent", "Copies/2025" in modified UTF-7), in the order
    // they were stored.
    QList<StoredMessage> messages(const QString &user, const QString &folder) const;
    // Whether the folder exists in the user's Maildir.
    bool hasFolder(const QString &user, const QString &folder) const;
    QString directory() const;
    QString log() const;

private:
    QString folderPath(const QString &user, const QString &folder) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_watchdogPid = 0;
    bool m_running = false;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    QString m_error;
};
