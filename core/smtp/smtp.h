#pragma once

#include <QMetaObject>

// The vocabulary shared by every part of the SMTP engine: security modes, session states, protocol steps.
namespace Smtp {
Q_NAMESPACE

// How the connection is protected (RFC 8314 prefers Tls).
enum class Security {
    Tls, // implicit TLS from the first byte (port 465)
    StartTls, // plain connect, then STARTTLS, required: never a silent fall back to plain text (port 587)
    None // no encryption, chosen explicitly (port 25)
};
Q_ENUM_NS(Security)

// The session's short list of states, as KSMTP has them.
enum class State {
    Disconnected,
    Connecting, // TCP (and for implicit TLS the handshake)
    Handshake, // greeting, EHLO, STARTTLS
    NotAuthenticated,
    Authenticated,
    Quitting
};
Q_ENUM_NS(State)

// The protocol step an event or a failure belongs to.
enum class Step {
    None,
    Resolve,
    Connect,
    TlsHandshake,
    Greeting,
    Hello,
    StartTls,
    Authenticate,
    MailFrom,
    RcptTo,
    Data,
    Reset,
    Verify,
    Noop,
    Quit
};
Q_ENUM_NS(Step)

// The default port for a security mode: 465 for implicit TLS, 587 for STARTTLS submission, 25 for plain.
quint16 defaultPort(Security security);

// Stable lower-case names used on the command line and in JSON ("tls", "starttls", "none"; "mail-from", ...).
const char *securityName(Security security);
bool securityFromName(const QString &name, Security *security);
const char *stepName(Step step);
const char *stateName(State state);

} // namespace Smtp
