#include "imaperror.h"

#include "imapconnectionsettings.h"
#include "imapwording.h"
#include "tlstrust.h"

ImapError::ImapError(Code code, Imap::Step step, const QString &message, const ImapResponse &response)
    : m_code(code)
    , m_step(step)
    , m_message(message)
    , m_response(response)
    , m_hasResponse(!response.wire().isEmpty())
{ }

ImapError ImapError::fromSocketError(QAbstractSocket::SocketError error, const QString &detail,
    const ImapConnectionSettings &settings, Imap::Step step)
{
    const QString where = settings.host + QLatin1Char(':') + QString::number(settings.effectivePort());
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ImapError(HostNotFound, Imap::Step::Resolve, ImapWording::hostNotFound(settings.host));
    case QAbstractSocket::ConnectionRefusedError:
        return ImapError(ConnectionRefused, Imap::Step::Connect, ImapWording::connectionRefused(where));
    case QAbstractSocket::SslHandshakeFailedError:
        if (settings.security == Smtp::Security::Tls && TlsTrust::looksLikePlainPeer(detail)) {
            return ImapError(TlsNotSpokenByServer, Imap::Step::TlsHandshake,
                ImapWording::tlsNotSpoken(settings.effectivePort()));
        }
        return ImapError(
            TlsHandshakeFailed, Imap::Step::TlsHandshake, ImapWording::tlsHandshakeFailed(where, detail));
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return ImapError(NetworkError, Imap::Step::Connect, ImapWording::proxyFailed(where, detail));
    default:
        return ImapError(NetworkError, step, ImapWording::connectionFailed(where, detail));
    }
}

QString ImapError::codeName() const
{
    // Spelled out rather than derived from the enum so renaming a C++ identifier never breaks a script.
    switch (m_code) {
    case NoError:
        return QStringLiteral("ok");
    case InvalidInput:
        return QStringLiteral("invalid-input");
    case HostNotFound:
        return QStringLiteral("host-not-found");
    case ConnectionRefused:
        return QStringLiteral("connection-refused");
    case NetworkError:
        return QStringLiteral("network-error");
    case Timeout:
        return QStringLiteral("timeout");
    case TlsHandshakeFailed:
        return QStringLiteral("tls-handshake-failed");
    case TlsNotSpokenByServer:
        return QStringLiteral("tls-not-spoken-by-server");
    case TlsExpectedByServer:
        return QStringLiteral("tls-expected-by-server");
    case CertificateUntrusted:
        return QStringLiteral("certificate-untrusted");
    case CertificatePinMismatch:
        return QStringLiteral("certificate-pin-mismatch");
    case StartTlsNotOffered:
        return QStringLiteral("starttls-not-offered");
    case StartTlsRefused:
        return QStringLiteral("starttls-refused");
    case ProtocolError:
        return QStringLiteral("protocol-error");
    case GreetingRefused:
        return QStringLiteral("greeting-refused");
    case ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case AuthNotOffered:
        return QStringLiteral("auth-not-offered");
    case AuthMechanismNotOffered:
        return QStringLiteral("auth-mechanism-not-offered");
    case AuthMechanismUnsupported:
        return QStringLiteral("auth-mechanism-unsupported");
    case AuthRequiresTls:
        return QStringLiteral("auth-requires-tls");
    case AuthenticationFailed:
        return QStringLiteral("auth-failed");
    case AuthServerNotVerified:
        return QStringLiteral("auth-server-not-verified");
    case FolderNotFound:
        return QStringLiteral("folder-not-found");
    case CreateFailed:
        return QStringLiteral("create-failed");
    case AppendRefused:
        return QStringLiteral("append-refused");
    case OverQuota:
        return QStringLiteral("over-quota");
    case MessageTooLarge:
        return QStringLiteral("message-too-large");
    case CommandRefused:
        return QStringLiteral("command-refused");
    case ConnectionLost:
        return QStringLiteral("connection-lost");
    case CopyMayHaveBeenSaved:
        return QStringLiteral("may-have-been-saved");
    case MessageReadError:
        return QStringLiteral("message-unreadable");
    case Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool ImapError::isTemporary() const
{
    // RFC 5530: these codes say the failure is the server's passing state, not the request.
    const QByteArray code = m_response.code();
    if (code == "UNAVAILABLE" || code == "INUSE" || code == "SERVERBUG") {
        return true;
    }
    switch (m_code) {
    case Timeout:
    case NetworkError:
    case ConnectionLost:
    case ServiceUnavailable:
    case HostNotFound: // often no network at all
    case CopyMayHaveBeenSaved:
        return true;
    default:
        return false;
    }
}

int ImapError::exitCode() const
{
    enum { Ok = 0, DataErr = 65, Unavailable = 69, TempFail = 75, Protocol = 76, NoPerm = 77, Config = 78 };
    switch (m_code) {
    case NoError:
        return Ok;
    case InvalidInput:
    case AppendRefused:
    case OverQuota:
    case MessageTooLarge:
    case MessageReadError:
        return isTemporary() ? TempFail : DataErr;
    case HostNotFound:
    case ConnectionRefused:
    case NetworkError:
    case TlsHandshakeFailed:
    case StartTlsNotOffered:
    case StartTlsRefused:
    case GreetingRefused:
        return Unavailable;
    case Timeout:
    case ServiceUnavailable:
    case ConnectionLost:
    case CopyMayHaveBeenSaved:
    case Cancelled:
        return TempFail;
    case ProtocolError:
    case CommandRefused:
        return Protocol;
    case AuthenticationFailed:
    case AuthServerNotVerified:
        return isTemporary() ? TempFail : NoPerm;
    case TlsNotSpokenByServer:
    case TlsExpectedByServer:
    case CertificateUntrusted:
    case CertificatePinMismatch:
    case AuthNotOffered:
    case AuthMechanismNotOffered:
    case AuthMechanismUnsupported:
    case AuthRequiresTls:
    case FolderNotFound:
    case CreateFailed:
        return Config;
    }
    return Unavailable;
}

void ImapError::setCertificateProblem(const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    m_sslErrors = errors;
    m_chain = chain;
}

QString ImapError::toString() const
{
    QString s = QLatin1Char('[') + QString::fromLatin1(Imap::stepName(m_step)) + QLatin1String("] ");
    if (m_hasResponse) {
        s += m_response.summary() + QLatin1String(": ");
    }
    return s + m_message;
}
