#pragma once

#include "smtp/smtpconnectionsettings.h"
#include "smtp/smtptlsinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <functional>

class QAbstractSocket;
class QSslSocket;

// How Epistle decides whether to trust a TLS server, and how it says so, in one place for every protocol
// client (the IMAP client uses it; the SMTP engine has the same rules in SmtpClient): verify against the
// configured host name with the system CAs plus the account's, honour SHA-256 pins, and describe a refused
// certificate in words a person can act on.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    // Peer verification on, secure protocols only, the account's extra CAs added, and the name checked the
    // configured host (never a name the server announces).
    static void configure(QSslSocket *socket, const QString &host, const SmtpTlsPolicy &policy);
    // The session as it stands after the handshake: protocol, cipher, certificate and chain.
    static SmtpTlsInfo sessionInfo(const QSslSocket *socket);
    static QString protocolName(QSsl::SslProtocol protocol);
    // Whether a failed handshake's error text says the peer spoke plain text instead of TLS.
    static bool looksLikePlainPeer(const QString &handshakeError);
    // The peer is this machine and no proxy is in between: the one case where credentials may go before TLS.
    static bool isLoopbackPeer(const QAbstractSocket *socket);
    // The session for people: protocol, cipher, the certificate's subject, issuer, expiry and fingerprint,
    // and whether a pin or the person's decision made it trusted.
    static QString describeSession(const SmtpTlsInfo &info);

    // The refused certificate in words: another name, expired, not yet valid, or an unknown authority
    // with its fingerprint.
    static QString describeErrors(
        const QList<QSslError> &errors, const QString &host, const QSslCertificate &leaf);
    // One verification error in words a person can act on (never OpenSSL's own sentence), as "it is
    // self-signed", to follow "the certificate is not trusted: ".
    static QString describeError(const QSslError &error);
    // The certificate is not the one pinned for this account.
    static QString pinMismatch(const QString &host, const QByteArray &sha256);
    // The certificates of a CA file (PEM), or none and why: it does not exist, or holds no PEM certificate.
    static QList<QSslCertificate> readCaFile(const QString &path, QString *problem);
};

// The trust decision of one TLS connection, as both protocol clients make it: a pinned certificate is
// accepted (and only it, when pins are set), otherwise the person may accept exactly the certificate shown
// to them; anything else is refused with a sentence and the chain, for the person to decide next time.
class TlsPeerCheck
{
public:
    // Called with the errors and the chain so the person can decide; it may call accept(). Returns false
    // when the connection went away meanwhile (nothing more is done then).
    using AskPerson
        = std::function<bool(const QList<QSslError> &errors, const QList<QSslCertificate> &chain)>;

    TlsPeerCheck(QString host, SmtpTlsPolicy policy)
        : m_host(std::move(host)), m_policy(std::move(policy)) { }

    // Starts over for a new connection.
    void reset();
    // Accept this exact certificate for this host, this time (from AskPerson).
    void accept(const QSslCertificate &certificate) { m_accepted = certificate; }
    // QSslSocket::sslErrors: ignores the errors on the socket when a pin or the person accepts the
    // certificate; otherwise records the refusal.
    void onSslErrors(QSslSocket *socket, const QList<QSslError> &errors, const AskPerson &ask);
    // QSslSocket::encrypted: the session, or false when pins are set and the certificate is not one of them.
    bool onEncrypted(const QSslSocket *socket, SmtpTlsInfo *info);

    // Why the handshake was refused; empty when it was not the certificate.
    bool refused() const { return !m_refusal.isEmpty(); }
    bool pinMismatch() const { return m_pinMismatch; }
    QString refusal() const { return m_refusal; }
    QList<QSslError> errors() const { return m_errors; }
    QList<QSslCertificate> chain() const { return m_chain; }

private:
    void refuse(bool pinMismatch, const QString &why, const QList<QSslError> &errors,
        const QList<QSslCertificate> &chain);

    QString m_host;
    SmtpTlsPolicy m_policy;
    QSslCertificate m_accepted;
    QList<QSslError> m_acceptedErrors;
    QString m_refusal;
    bool m_pinMismatch = false;
    QList<QSslError> m_errors;
    QList<QSslCertificate> m_chain;
};
