#pragma once

#include "smtp/smtp.h"

#include <QMetaObject>

// The vocabulary of the IMAP client: session states and protocol steps. Security modes are the SMTP engine's
// (Smtp::Security): an account chooses implicit TLS, required STARTTLS or none the same way for both.
namespace Imap {
Q_NAMESPACE

// RFC 9051 3: the connection's states, as the client sees them.
enum class State {
    Disconnected,
    Connecting, // TCP (and for implicit TLS the handshake)
    NotAuthenticated, // greeting read; CAPABILITY, STARTTLS, login
    Authenticated,
    Selected, // after EXAMINE
    LoggingOut
};
Q_ENUM_NS(State)

// The protocol step an event or a failure belongs to.
enum class Step {
    None,
    Resolve,
    Connect,
    TlsHandshake,
    Greeting,
    Capability,
    StartTls,
    Authenticate,
    List,
    Create,
    Examine,
    Search,
    Append,
    Noop,
    Logout
};
Q_ENUM_NS(Step)

// 993 for implicit TLS (RFC 8314), 143 for STARTTLS and for none.
quint16 defaultPort(Smtp::Security security);
// Stable lower-case names for JSON and transcripts ("append", "list", ...; "not-authenticated", ...).
const char *stepName(Step step);
const char *stateName(State state);

} // namespace Imap
