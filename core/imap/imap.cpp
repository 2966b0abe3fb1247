#include "imap.h"

namespace Imap {

quint16 defaultPort(Smtp::Security security)
{
    return security == Smtp::Security::Tls ? 993 : 143;
}

const char *stepName(Step step)
{
    switch (step) {
    case Step::None:
        return "none";
    case Step::Resolve:
        return "resolve";
    case Step::Connect:
        return "connect";
    case Step::TlsHandshake:
        return "tls";
    case Step::Greeting:
        return "greeting";
    case Step::Capability:
        return "capability";
    case Step::StartTls:
        return "starttls";
    case Step::Authenticate:
        return "login";
    case Step::List:
        return "list";
    case Step::Create:
        return "create";
    case Step::Examine:
        return "examine";
    case Step::Search:
        return "search";
    case Step::Append:
        return "append";
    case Step::Noop:
        return "noop";
    case Step::Logout:
        return "logout";
    }
    return "none";
}

const char *stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return "disconnected";
    case State::Connecting:
        return "connecting";
    case State::NotAuthenticated:
        return "not-authenticated";
    case State::Authenticated:
        return "authenticated";
    case State::Selected:
        return "selected";
    case State::LoggingOut:
        return "logging-out";
    }
    return "disconnected";
}

} // namespace Imap
