#pragma once

#include "smtp/smtp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads Thunderbird's autoconfig format (clientConfig version 1.1, as served from
// https://autoconfig.<domain>/mail/config-v1.1.xml and shipped in resources/providers/) for what Epistle
// needs: the provider's domains, its outgoing (SMTP) servers in the order the provider prefers them, and its
// IMAP servers (for the copy of sent mail). POP3 and anything else in the file are skipped. Pure: bytes in,
// values out.
class AutoconfigXml
{
    Q_DECLARE_TR_FUNCTIONS(AutoconfigXml)

public:
    struct OutgoingServer
    {
        QString hostname; // may hold %EMAILDOMAIN%
        quint16 port = 0;
        Smtp::Security security = Smtp::Security::StartTls;
        QString username; // a template: %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%
        QStringList authentication; // as written: password-cleartext, password-encrypted, OAuth2, none, ...
        // What Epistle's "auth" should be: "auto" for passwords (the strongest offered mechanism is
        // chosen at login), "XOAUTH2" when the provider only takes OAuth 2, "none" for none/client-IP.
        QByteArray authMechanism = "auto";
    };

    // The <oAuth2> element beside <emailProvider> (as in Mozilla's ISPDB): who signs the person in.
    // clientId is Epistle's own addition, for a distribution or an administrator that registered a client.
    struct OAuth2
    {
        QString issuer; // "accounts.google.com"
        QString scope;
        QString authUrl;
        QString tokenUrl;
        QString clientId;
    };

    // An <incomingServer type="imap">: the same fields.
    using ImapServer = OutgoingServer;

    struct Provider
    {
        QString id;
        QString displayName;
        QStringList domains; // lower case
        QList<OutgoingServer> outgoing;
        QList<ImapServer> imap; // TLS or STARTTLS only, the provider's order
        // Epistle's own <filesSentMail>true</filesSentMail>: the provider's SMTP server puts what it sends
        // in the Sent folder itself (Gmail, Microsoft), so a copy of Epistle's own would be a second one.
        bool filesSentMail = false;
        OAuth2 oauth2; // empty issuer: none given
    };

    // False with 'error' set when the XML is malformed, is not a clientConfig, or has no usable SMTP server.
    static bool parse(const QByteArray &xml, Provider *provider, QString *error);

    // "google" / "microsoft" when the provider signs in with a built-in OAuth provider (its <oAuth2> issuer),
    // else empty.
    static QString oauthProviderOf(const Provider &provider);

    // Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% with the parts of 'address'.
    static QString substitute(const QString &text, const QString &address);
};
