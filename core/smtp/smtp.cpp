#include "smtp.h"

#include <QString>

namespace Smtp {

quint16 defaultPort(Security security)
{
    switch (security) {
    case Security::Tls:
        return 465;
    case Security::StartTls:
        return 587;
    case Security::None:
        return 25;
    }
    return 25;
}

const char *securityName(Security security)
{
    switch (security) {
    case Security::Tls:
        return "tls";
    case Security::StartTls:
        return "starttls";
    case Security::None:
        return "none";
    }
    return "none";
}

bool securityFromName(const QString &name, Security *security)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tls") || n == QLatin1String("ssl") || n == QLatin1String("ssl/tls")) {
        *security = Security::Tls;
    } else if (n == QLatin1String("starttls")) {
        *security = Security::StartTls;
    } else if (n == QLatin1String("none") || n == QLatin1String("plain")) {
        *security = Security::None;
    } else {
        return false;
    }
    return true;
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
    case Step::Hello:
        return "ehlo";
    case Step::StartTls:
        return "starttls";
    case Step::Authenticate:
        return "auth";
    case Step::MailFrom:
        return "mail-from";
    case Step::RcptTo:
        return "rcpt-to";
    case Step::Data:
        return "data";
    case Step::Reset:
        return "rset";
    case Step::Verify:
        return "vrfy";
    case Step::Noop:
        return "noop";
    case Step::Quit:
        return "quit";
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
    case State::Handshake:
        return "handshake";
    case State::NotAuthenticated:
        return "not-authenticated";
    case State::Authenticated:
        return "authenticated";
    case State::Quitting:
        return "quitting";
    }
    return "disconnected";
}

} // namespace Smtp
