#pragma once

#include "imap.h"
#include "smtp/smtpconnectionsettings.h"

#include <QByteArray>
#include <QNetworkProxy>
#include <QString>

// Per-command deadlines of the IMAP client in milliseconds. RFC 9051 5.4 gives servers at least 30 minutes
// before they log an idle client out; these are the client's own, much shorter, limits.
struct ImapTimeouts
{
    int connect = 60 * 1000; // TCP connect, TLS handshake
    int greeting = 2 * 60 * 1000;
    int command
        = 2 * 60 * 1000; // CAPABILITY, LOGIN, LIST, CREATE, EXAMINE, SEARCH, LOGOUT; restarts on progress
    int appendBlock = 3 * 60 * 1000; // each write of the message making no progress
    int appendEnd = 10 * 60 * 1000; // the tagged reply once the whole message has gone

    // One figure for every step, as --timeout sets it.
    static ImapTimeouts uniform(int ms)
    {
        ImapTimeouts t;
        t.connect = t.greeting = t.command = t.appendBlock = t.appendEnd = ms;
        return t;
    }
};

// Everything needed to reach and log in to one IMAP server. Credentials, TLS policy and proxy are the same
// types the SMTP engine uses, so an account can hand its own to both (the login is often the same).
struct ImapConnectionSettings
{
    QString host;
    quint16 port = 0; // 0 follows the security: 993, or 143
    Smtp::Security security = Smtp::Security::Tls;
    // "auto" (strongest offered, the LOGIN command as a last resort over TLS), "login" (the LOGIN command),
    // or a SASL mechanism name such as "SCRAM-SHA-256".
    QByteArray authMechanism = "auto";
    SmtpCredentials credentials;
    SmtpTlsPolicy tls;
    ImapTimeouts timeouts;
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);

    quint16 effectivePort() const { return port ? port : Imap::defaultPort(security); }
};
