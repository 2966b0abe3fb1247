#pragma once

#include "smtpconnectionsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

// The client side of one SASL mechanism (RFC 4422): an optional initial response, then a response to each
// challenge. Challenges and responses are raw bytes; the SMTP layer does the base64.
class SaslMechanism
{
public:
    enum class Status { Continue, Done, Error };

    virtual ~SaslMechanism() = default;
    virtual QByteArray name() const = 0;
    // Whether the client speaks first (PLAIN, SCRAM, XOAUTH2...) so the response goes on the AUTH line.
    virtual bool clientFirst() const = 0;
    // RFC 4954 section 4: a mechanism that completes in one round trip with its initial response may lead a
    // pipelined group (PLAIN, EXTERNAL).
    virtual bool completesInOneStep() const { return false; }
    // Whether success needs the server's proof (SCRAM's server signature); a bare 235 is then not enough.
    virtual bool verifiesServer() const { return false; }

    // The initial response (for clientFirst() mechanisms).
    virtual Status start(QByteArray *initialResponse) = 0;
    virtual Status next(const QByteArray &challenge, QByteArray *response) = 0;
    // True once the exchange is complete from the client's side (for SCRAM: the server was verified).
    virtual bool isComplete() const = 0;
    virtual QString errorString() const = 0;
};

// Creates and ranks the mechanisms Epistle supports: GNU SASL for the classic ones, XOAUTH2 and
// OAUTHBEARER written here.
class SaslMechanisms
{
    Q_DECLARE_TR_FUNCTIONS(SaslMechanisms)

public:
    // Every mechanism that can be created, strongest first.
    static QList<QByteArray> supported();
    static bool isSupported(const QByteArray &name);
    // The strongest mechanism from 'offered' that the credentials allow (a token picks OAUTHBEARER/XOAUTH2,
    // a password the SCRAM family first); empty when none fits.
    static QByteArray choose(const QList<QByteArray> &offered, const SmtpCredentials &credentials);
    // nullptr (and 'error' set) when the mechanism is unknown or the credentials do not fit it. 'service' is
    // the GSSAPI / DIGEST-MD5 service name (RFC 4422 4): "smtp", or "imap" for the IMAP client.
    static std::unique_ptr<SaslMechanism> create(const QByteArray &name, const SmtpCredentials &credentials,
        const QString &host, quint16 port, QString *error,
        const QByteArray &service = QByteArrayLiteral("smtp"));
};
