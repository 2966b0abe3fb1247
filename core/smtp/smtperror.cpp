#include "smtperror.h"

#include <QMetaEnum>

SmtpError::SmtpError(Code code, Smtp::Step step, const QString &message, const SmtpReply &reply)
    : m_code(code), m_step(step), m_message(message), m_reply(reply)
{ }

QString SmtpError::codeName() const
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
    case RequireTlsNotOffered:
        return QStringLiteral("requiretls-not-offered");
    case ProtocolError:
        return QStringLiteral("protocol-error");
    case GreetingRefused:
        return QStringLiteral("greeting-refused");
    case HelloRefused:
        return QStringLiteral("hello-refused");
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
    case SenderRefused:
        return QStringLiteral("sender-refused");
    case AllRecipientsRefused:
        return QStringLiteral("all-recipients-refused");
    case MessageTooLarge:
        return QStringLiteral("message-too-large");
    case MessageRefused:
        return QStringLiteral("message-refused");
    case EightBitNotSupported:
        return QStringLiteral("8bit-not-supported");
    case ConnectionLost:
        return QStringLiteral("connection-lost");
    case MessageMayHaveBeenSent:
        return QStringLiteral("may-have-been-sent");
    case BodyReadError:
        return QStringLiteral("message-unreadable");
    case Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool SmtpError::isTemporary() const
{
    if (m_code == MessageMayHaveBeenSent) {
        return false;
    }
    if (m_reply.isValid() && m_reply.isTransientFailure()) {
        return true;
    }
    switch (m_code) {
    case Timeout:
    case NetworkError:
    case ConnectionLost:
    case ServiceUnavailable:
    case HostNotFound: // often no network at all; a wrong name fails the same way again and is capped
        return true;
    default:
        return false;
    }
}

int SmtpError::exitCode() const
{
    enum { Ok = 0, DataErr = 65, Unavailable = 69, TempFail = 75, Protocol = 76, NoPerm = 77, Config = 78 };
    if (m_code == NoError) {
        return Ok;
    }
    if (m_code == MessageMayHaveBeenSent) {
        return m_cause && m_cause->code() == ProtocolError ? Protocol : TempFail;
    }
    if (m_reply.isValid() && m_reply.isTransientFailure()) {
        return TempFail;
    }
    switch (m_code) {
    case NoError:
        return Ok;
    case InvalidInput:
    case SenderRefused:
    case AllRecipientsRefused:
    case MessageTooLarge:
    case MessageRefused:
    case EightBitNotSupported:
    case BodyReadError:
        return DataErr;
    case HostNotFound:
    case ConnectionRefused:
    case NetworkError:
    case TlsHandshakeFailed:
    case StartTlsNotOffered:
    case StartTlsRefused:
    case RequireTlsNotOffered:
    case GreetingRefused:
    case HelloRefused:
        return Unavailable;
    case Timeout:
    case ServiceUnavailable:
    case ConnectionLost:
    case MessageMayHaveBeenSent:
    case Cancelled:
        return TempFail;
    case ProtocolError:
        return Protocol;
    case AuthenticationFailed:
    case AuthServerNotVerified:
        return NoPerm;
    case TlsNotSpokenByServer:
    case TlsExpectedByServer:
    case CertificateUntrusted:
    case CertificatePinMismatch:
    case AuthNotOffered:
    case AuthMechanismNotOffered:
    case AuthMechanismUnsupported:
    case AuthRequiresTls:
        return Config;
    }
    return Unavailable;
}

SmtpError SmtpError::cause() const
{
    return m_cause ? *m_cause : *this;
}

void SmtpError::setCause(const SmtpError &cause)
{
    m_cause = std::make_shared<const SmtpError>(cause.cause());
}

void SmtpError::setCertificateProblem(const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    m_sslErrors = errors;
    m_chain = chain;
}

QString SmtpError::toString() const
{
    QString s = QLatin1Char('[') + QString::fromLatin1(Smtp::stepName(m_step)) + QLatin1String("] ");
    if (m_reply.isValid()) {
        s += m_reply.summary() + QLatin1String(": ");
    }
    return s + m_message;
}
