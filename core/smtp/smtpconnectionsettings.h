#pragma once

#include "smtp.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>

// Who to log in as: the user name, and a password or an OAuth 2 bearer token (never written to disk here).
struct SmtpCredentials
{
    QString user;
    QString password;
    QString oauthToken; // for XOAUTH2 / OAUTHBEARER
    QString authorizationId; // SASL authzid, rarely needed

    bool isEmpty() const { return user.isEmpty() && password.isEmpty() && oauthToken.isEmpty(); }
};

// What a TLS peer must prove, beyond the system's CAs and the configured host name.
struct SmtpTlsPolicy
{
    // Extra trusted CAs (an account's --ca-file), added to the system ones.
    QList<QSslCertificate> caCertificates;
    // SHA-256 fingerprints (raw 32 bytes) of leaf certificates the person trusts for this host. When set,
    // the server's certificate must be one of them; a match also accepts an otherwise untrusted certificate.
    QList<QByteArray> pinnedSha256;
};

// Per-command deadlines in milliseconds. RFC 5321 4.5.3.2 gives the defaults; 0 keeps the default.
struct SmtpTimeouts
{
    int connect = 60 * 1000; // TCP connect, TLS handshake (RFC 5321 sets no figure)
    int greeting = 5 * 60 * 1000; // initial 220
    int command = 5 * 60 * 1000; // EHLO, MAIL, RCPT, RSET, AUTH, NOOP, VRFY, QUIT
    int dataStart = 2 * 60 * 1000; // the 354 after DATA
    int dataBlock = 3 * 60 * 1000; // each write of the message making no progress
    int dataEnd = 10 * 60 * 1000; // the reply after the final dot / BDAT LAST

    // One figure for every step, as --timeout sets it (connect included).
    static SmtpTimeouts uniform(int ms)
    {
        SmtpTimeouts t;
        t.connect = t.greeting = t.command = t.dataStart = t.dataBlock = t.dataEnd = ms;
        return t;
    }
};

// Everything needed to reach and log in to one SMTP server.
struct SmtpConnectionSettings
{
    QString host;
    quint16 port = 0; // 0 follows the security: 465, 587 or 25
    Smtp::Security security = Smtp::Security::StartTls;
    // The EHLO name; empty uses an address literal of the local end ("[192.0.2.1]"), which reveals no host
    // name.
    QString heloName;
    // "auto" (strongest offered), "none", or a SASL mechanism name such as "SCRAM-SHA-256".
    QByteArray authMechanism = "auto";
    SmtpCredentials credentials;
    SmtpTlsPolicy tls;
    SmtpTimeouts timeouts;
    // RFC 8689: every message through this account asks to travel over TLS all the way (REQUIRETLS), unless
    // the message itself says otherwise (SmtpOutgoingMessage::tlsRequirement).
    bool requireTls = false;
    // The application proxy by default (QNetworkProxy::DefaultProxy); SOCKS5 and HTTP CONNECT work.
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);

    quint16 effectivePort() const { return port ? port : Smtp::defaultPort(security); }
};
