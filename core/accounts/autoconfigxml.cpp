#include "autoconfigxml.h"

#include "imap/imap.h"
#include "oauthprovider.h"

#include <QXmlStreamReader>

namespace {

bool securityFromSocketType(const QString &socketType, Smtp::Security *security)
{
    const QString t = socketType.trimmed().toUpper();
    if (t == QLatin1String("SSL") || t == QLatin1String("TLS")) {
        *security = Smtp::Security::Tls;
    } else if (t == QLatin1String("STARTTLS")) {
        *security = Smtp::Security::StartTls;
    } else if (t == QLatin1String("PLAIN")) {
        *security = Smtp::Security::None;
    } else {
        return false;
    }
    return true;
}

// The autoconfig authentication list names kinds of login, in the provider's order of preference; Epistle
// chooses the SASL mechanism itself, so only "password", "token" or "nothing" matters here.
QByteArray mechanismFor(const QStringList &authentication)
{
    if (authentication.isEmpty()) {
        return "auto";
    }
    bool password = false, oauth = false, none = false;
    for (const QString &a : authentication) {
        const QString v = a.trimmed().toLower();
        if (v == QLatin1String("password-cleartext") || v == QLatin1String("password-encrypted")
            || v == QLatin1String("plain") || v == QLatin1String("secure") || v == QLatin1String("ntlm")
            || v == QLatin1String("gssapi")) {
            password = true;
        } else if (v == QLatin1String("oauth2")) {
            oauth = true;
        } else if (v == QLatin1String("none") || v == QLatin1String("client-ip-address")
            || v == QLatin1String("smtp-after-pop")) {
            none = true;
        }
    }
    if (password) {
        return "auto"; // many providers list OAuth2 first and still take app passwords
    }
    if (oauth) {
        return "XOAUTH2";
    }
    if (none) {
        return "none";
    }
    return "auto";
}

void readOAuth2(QXmlStreamReader &reader, AutoconfigXml::OAuth2 *oauth)
{
    while (reader.readNextStartElement()) {
        const auto field = reader.name();
        QString *target = field == QLatin1String("issuer") ? &oauth->issuer
            : field == QLatin1String("scope")              ? &oauth->scope
            : field == QLatin1String("authURL")            ? &oauth->authUrl
            : field == QLatin1String("tokenURL")           ? &oauth->tokenUrl
            : field == QLatin1String("clientId")           ? &oauth->clientId
                                                           : nullptr;
        if (target) {
            *target = reader.readElementText().trimmed();
        } else {
            reader.skipCurrentElement();
        }
    }
}

// One <outgoingServer type="smtp"> or <incomingServer type="imap"> (others are skipped): kept when it is
// complete and its security known; an IMAP server only with TLS or STARTTLS.
void readServer(QXmlStreamReader &reader, AutoconfigXml::Provider *provider)
{
    const bool outgoing = reader.name() == QLatin1String("outgoingServer");
    const auto type = reader.attributes().value(QLatin1String("type"));
    const bool wanted
        = type.compare(outgoing ? QLatin1String("smtp") : QLatin1String("imap"), Qt::CaseInsensitive) == 0;
    AutoconfigXml::OutgoingServer server;
    bool socketKnown = true;
    bool portOk = true;
    while (reader.readNextStartElement()) {
        const auto field = reader.name();
        if (field == QLatin1String("hostname")) {
            server.hostname = reader.readElementText().trimmed();
        } else if (field == QLatin1String("port")) {
            bool ok = false;
            const uint p = reader.readElementText().trimmed().toUInt(&ok);
            portOk = ok && p > 0 && p <= 65535;
            server.port = portOk ? quint16(p) : 0;
        } else if (field == QLatin1String("socketType")) {
            socketKnown = securityFromSocketType(reader.readElementText(), &server.security);
        } else if (field == QLatin1String("username")) {
            server.username = reader.readElementText().trimmed();
        } else if (field == QLatin1String("authentication")) {
            server.authentication << reader.readElementText().trimmed();
        } else {
            reader.skipCurrentElement();
        }
    }
    server.authMechanism = mechanismFor(server.authentication);
    if (!wanted || !socketKnown || !portOk || server.hostname.isEmpty()
        || server.hostname.contains(QLatin1Char(' '))) {
        return;
    }
    if (outgoing) {
        if (!server.port) {
            server.port = Smtp::defaultPort(server.security);
        }
        provider->outgoing << server;
    } else if (server.security != Smtp::Security::None) {
        if (!server.port) {
            server.port = Imap::defaultPort(server.security);
        }
        provider->imap << server;
    }
}

} // namespace

QString AutoconfigXml::oauthProviderOf(const Provider &provider)
{
    return OAuthProvider::forIssuer(provider.oauth2.issuer);
}

bool AutoconfigXml::parse(const QByteArray &xml, Provider *provider, QString *error)
{
    *provider = Provider();
    QXmlStreamReader reader(xml);
    // No DTDs or external entities are ever resolved by QXmlStreamReader; entity expansion is bounded too.
    if (!reader.readNextStartElement()) {
        *error = reader.hasError() ? reader.errorString() : tr("the document is empty");
        return false;
    }
    if (reader.name() != QLatin1String("clientConfig")) {
        *error = tr("not an autoconfig document (the root is <%1>, not <clientConfig>)")
                     .arg(reader.name().toString());
        return false;
    }
    bool sawProvider = false;
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("oAuth2")) {
            readOAuth2(reader, &provider->oauth2);
            continue;
        }
        if (reader.name() != QLatin1String("emailProvider") || sawProvider) {
            reader.skipCurrentElement();
            continue;
        }
        sawProvider = true;
        provider->id = reader.attributes().value(QLatin1String("id")).toString();
        while (reader.readNextStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("domain")) {
                const QString d = reader.readElementText().trimmed().toLower();
                if (!d.isEmpty()) {
                    provider->domains << d;
                }
            } else if (name == QLatin1String("displayName")) {
                provider->displayName = reader.readElementText().trimmed();
            } else if (name == QLatin1String("outgoingServer") || name == QLatin1String("incomingServer")) {
                readServer(reader, provider);
            } else if (name == QLatin1String("filesSentMail")) {
                provider->filesSentMail
                    = reader.readElementText().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive)
                    == 0;
            } else {
                reader.skipCurrentElement();
            }
        }
    }
    if (reader.hasError()) {
        *error = tr("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return false;
    }
    if (!sawProvider) {
        *error = tr("no <emailProvider> in the document");
        return false;
    }
    if (provider->outgoing.isEmpty()) {
        *error = tr("no usable <outgoingServer type=\"smtp\"> in the document");
        return false;
    }
    return true;
}

QString AutoconfigXml::substitute(const QString &text, const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString local = at >= 0 ? address.left(at) : address;
    const QString domain = at >= 0 ? address.mid(at + 1) : QString();
    QString out = text;
    out.replace(QLatin1String("%EMAILADDRESS%"), address, Qt::CaseInsensitive);
    out.replace(QLatin1String("%EMAILLOCALPART%"), local, Qt::CaseInsensitive);
    out.replace(QLatin1String("%EMAILDOMAIN%"), domain, Qt::CaseInsensitive);
    return out;
}
