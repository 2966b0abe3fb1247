#pragma once

#include "imap.h"
#include "imapresponse.h"

struct ImapConnectionSettings;

#include <QAbstractSocket>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// A failure of the IMAP client as a value a person can act on: what went wrong, in which step, the server's
// response, and a sentence saying what to do (the sentences live in ImapWording).
class ImapError
{
    Q_GADGET
public:
    enum Code {
        NoError,
        InvalidInput, // a user name or folder name with CR/LF/NUL, a bad option
        HostNotFound,
        ConnectionRefused,
        NetworkError, // unreachable network, reset, proxy trouble
        Timeout,
        TlsHandshakeFailed,
        TlsNotSpokenByServer, // implicit TLS chosen, the server speaks plain IMAP (use STARTTLS)
        TlsExpectedByServer, // STARTTLS chosen, the server waits for a TLS handshake (use SSL/TLS)
        CertificateUntrusted, // chain, errors and fingerprint are attached
        CertificatePinMismatch,
        StartTlsNotOffered, // also: a PREAUTH greeting where STARTTLS is required
        StartTlsRefused,
        ProtocolError, // malformed or unsolicited responses, STARTTLS injection, floods, endless SASL
        GreetingRefused, // "* BYE" instead of a greeting
        ServiceUnavailable, // "* BYE" during the session, [UNAVAILABLE]
        AuthNotOffered, // LOGINDISABLED and no SASL mechanism that fits
        AuthMechanismNotOffered,
        AuthMechanismUnsupported, // a mechanism Epistle cannot do, or missing credentials for it
        AuthRequiresTls, // credentials would travel unencrypted to a remote host
        AuthenticationFailed,
        AuthServerNotVerified, // SCRAM: the server did not prove it knows the password
        FolderNotFound, // no Sent folder, and none could be made
        CreateFailed,
        AppendRefused,
        OverQuota, // RFC 5530 [OVERQUOTA]
        MessageTooLarge, // RFC 7889 [TOOBIG], [LIMIT], or larger than APPENDLIMIT
        CommandRefused, // BAD, or NO to a command that has no more specific code
        ConnectionLost,
        CopyMayHaveBeenSaved, // the whole message went out but the tagged reply never came
        MessageReadError, // the message could not be read: the connection was dropped mid-literal
        Cancelled
    };
    Q_ENUM(Code)

    ImapError() = default;
    ImapError(Code code, Imap::Step step, const QString &message, const ImapResponse &response = {});
    // What a socket error means for a connection with these settings: the name not found, nothing listening,
    // a plain-text server on a TLS port, a proxy, or the network. Certificate refusals and a closed
    // connection are the client's to describe (it knows the certificate and what was under way).
    static ImapError fromSocketError(QAbstractSocket::SocketError error, const QString &detail,
        const ImapConnectionSettings &settings, Imap::Step step);

    bool isError() const { return m_code != NoError; }
    Code code() const { return m_code; }
    Imap::Step step() const { return m_step; }
    // The server's response that decided the failure (tagged or BYE), when there was one.
    const ImapResponse &response() const { return m_response; }
    bool hasResponse() const { return m_hasResponse; }
    QString message() const { return m_message; }
    // A stable kebab-case identifier for JSON and scripts: "auth-failed", "over-quota"...
    QString codeName() const;

    // Whether trying again later may succeed on its own (timeouts, lost connections, [UNAVAILABLE], BYE).
    // CopyMayHaveBeenSaved counts: a retry that first looks for the message by its Message-ID is safe.
    bool isTemporary() const;
    // sysexits.h, as the SMTP side uses them: 65 refused, 69 unavailable, 75 temporary, 76 protocol,
    // 77 authentication, 78 configuration.
    int exitCode() const;

    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QList<QSslCertificate> certificateChain() const { return m_chain; }
    void setCertificateProblem(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);

    // "[append] NO [OVERQUOTA] Quota exceeded: ..." for logs.
    QString toString() const;

private:
    Code m_code = NoError;
    Imap::Step m_step = Imap::Step::None;
    QString m_message;
    ImapResponse m_response;
    bool m_hasResponse = false;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
};
Q_DECLARE_METATYPE(ImapError)
