#pragma once

#include "smtp.h"
#include "smtpreply.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <memory>

// A failure as a value a person can act on: what went wrong, in which step, the server's reply, and a
// sentence.
class SmtpError
{
    Q_GADGET
public:
    enum Code {
        NoError,
        InvalidInput, // CR/LF/NUL in an address, EHLO name or parameter; a bad option
        HostNotFound,
        ConnectionRefused,
        NetworkError, // unreachable network, reset, proxy trouble
        Timeout, // a per-command deadline passed
        TlsHandshakeFailed,
        TlsNotSpokenByServer, // implicit TLS chosen, the server speaks plain SMTP (use STARTTLS)
        TlsExpectedByServer, // STARTTLS/plain chosen, the server waits for a TLS handshake (use TLS)
        CertificateUntrusted, // chain, errors and fingerprint are attached
        CertificatePinMismatch,
        StartTlsNotOffered,
        StartTlsRefused,
        RequireTlsNotOffered, // the message must travel over TLS only (RFC 8689) and the server cannot
                              // promise it
        ProtocolError, // malformed or unsolicited reply, STARTTLS response injection, endless SASL
        GreetingRefused, // 554 (or any non-220) greeting
        HelloRefused,
        ServiceUnavailable, // 421: the server is closing the connection
        AuthNotOffered,
        AuthMechanismNotOffered,
        AuthMechanismUnsupported, // a mechanism Epistle cannot do, or missing credentials for it
        AuthRequiresTls, // credentials would travel unencrypted to a remote host
        AuthenticationFailed,
        AuthServerNotVerified, // SCRAM: the server did not prove it knows the password
        SenderRefused,
        AllRecipientsRefused,
        MessageTooLarge,
        MessageRefused, // the reply to the end of data was negative
        EightBitNotSupported, // 8-bit body or UTF-8 addresses, and the server lacks 8BITMIME/SMTPUTF8
        ConnectionLost,
        MessageMayHaveBeenSent, // the end of the message left but no final reply settled it; see cause()
        BodyReadError, // the message source could not be read: the transfer was aborted
        Cancelled
    };
    Q_ENUM(Code)

    SmtpError() = default;
    SmtpError(Code code, Smtp::Step step, const QString &message, const SmtpReply &reply = {});

    bool isError() const { return m_code != NoError; }
    Code code() const { return m_code; }
    Smtp::Step step() const { return m_step; }
    const SmtpReply &reply() const { return m_reply; }
    // The enhanced status code of the reply, e.g. "5.7.8", or empty.
    QByteArray enhancedCode() const { return m_reply.enhancedCode(); }
    // A plain sentence saying what happened and, where there is one, what to change.
    QString message() const { return m_message; }
    // A stable kebab-case identifier for JSON and scripts: "auth-failed", "starttls-not-offered"...
    QString codeName() const;

    // Whether trying again later may succeed on its own (4xx replies, timeouts, lost connections). Never for
    // MessageMayHaveBeenSent: trying again could deliver twice.
    bool isTemporary() const;
    // sysexits.h, as sendmail and msmtp use: 65 refused, 69 unavailable, 75 temporary, 76 protocol,
    // 77 authentication, 78 configuration. MessageMayHaveBeenSent is 76 when the server broke the protocol
    // (replies that cannot be matched to their commands), else 75.
    int exitCode() const;

    // For MessageMayHaveBeenSent: the failure that left the message unsettled (a timeout, a lost connection,
    // a protocol error). For a message whose end had not left it is the whole story. Otherwise *this.
    SmtpError cause() const;
    void setCause(const SmtpError &cause);

    // For CertificateUntrusted / CertificatePinMismatch: what the person needs to decide on trust.
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QList<QSslCertificate> certificateChain() const { return m_chain; }
    void setCertificateProblem(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);

    // "[auth] 535 5.7.8 Authentication failed: ..." for logs.
    QString toString() const;

private:
    Code m_code = NoError;
    Smtp::Step m_step = Smtp::Step::None;
    QString m_message;
    SmtpReply m_reply;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
    std::shared_ptr<const SmtpError> m_cause;
};
Q_DECLARE_METATYPE(SmtpError)
