#include "account.h"

#include "mime/addressparser.h"
#include "oauthprovider.h"
#include "tlstrust.h"

#include <QSslCertificate>
#include <QUuid>

bool Account::needsSecret() const
{
    return authMechanism.compare("none", Qt::CaseInsensitive) != 0;
}

bool Account::usesOAuthToken() const
{
    const QByteArray m = authMechanism.toUpper();
    return m == "XOAUTH2" || m == "OAUTHBEARER";
}

QString Account::fromHeader() const
{
    if (senderName.isEmpty()) {
        return address;
    }
    // The composer encodes the display name properly (RFC 2047); this is for showing it.
    return QStringLiteral("%1 <%2>").arg(senderName, address);
}

bool Account::setSender(const QString &text, bool keepName, QString *error)
{
    const AddressParser::Result parsed = AddressParser::parseMailbox(text);
    if (!parsed.ok()) {
        if (error) {
            *error = parsed.error;
        }
        return false;
    }
    const MailAddress mailbox = parsed.addresses.mailboxes().value(0);
    address = mailbox.address();
    if (!keepName && !mailbox.name().isEmpty()) {
        senderName = mailbox.name();
    }
    return true;
}

QList<QByteArray> Account::dsnNotify() const
{
    QList<QByteArray> notify;
    if (dsnOnSuccess) {
        notify << "SUCCESS";
    }
    if (dsnOnFailure) {
        notify << "FAILURE";
    }
    if (dsnOnDelay) {
        notify << "DELAY";
    }
    return notify;
}

bool Account::parseDsnNotify(const QString &text, QList<QByteArray> *keywords, QString *unknown)
{
    keywords->clear();
    bool never = false;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed().toLower();
        if (word == QLatin1String("success") || word == QLatin1String("failure")
            || word == QLatin1String("delay") || word == QLatin1String("never")) {
            never = never || word == QLatin1String("never");
            if (!keywords->contains(word.toUpper().toLatin1())) {
                keywords->append(word.toUpper().toLatin1());
            }
        } else if (word != QLatin1String("default")) {
            if (unknown) {
                *unknown = part.trimmed();
            }
            return false;
        }
    }
    if (never && keywords->size() > 1) {
        // RFC 3461 4.1: NEVER stands alone.
        if (unknown) {
            *unknown = QStringLiteral("never");
        }
        return false;
    }
    return true;
}

bool Account::setDsnNotify(const QString &text, QString *unknown)
{
    QList<QByteArray> keywords;
    if (!parseDsnNotify(text, &keywords, unknown)) {
        return false;
    }
    if (keywords.contains("NEVER")) {
        if (unknown) {
            *unknown = QStringLiteral("never");
        }
        return false;
    }
    dsnOnSuccess = keywords.contains("SUCCESS");
    dsnOnFailure = keywords.contains("FAILURE");
    dsnOnDelay = keywords.contains("DELAY");
    return true;
}

QByteArray Account::dsnReturnKeyword() const
{
    switch (dsnReturn) {
    case DsnReturn::Default:
        return {};
    case DsnReturn::Full:
        return "FULL";
    case DsnReturn::Headers:
        return "HDRS";
    }
    return {};
}

QString Account::dsnReturnName(DsnReturn dsnReturn)
{
    switch (dsnReturn) {
    case DsnReturn::Default:
        break;
    case DsnReturn::Full:
        return QStringLiteral("full");
    case DsnReturn::Headers:
        return QStringLiteral("headers");
    }
    return QStringLiteral("default");
}

bool Account::dsnReturnFromName(const QString &name, DsnReturn *dsnReturn)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("full")) {
        *dsnReturn = DsnReturn::Full;
    } else if (n == QLatin1String("headers") || n == QLatin1String("hdrs")) {
        *dsnReturn = DsnReturn::Headers;
    } else if (n == QLatin1String("default") || n.isEmpty()) {
        *dsnReturn = DsnReturn::Default;
    } else {
        return false;
    }
    return true;
}

SmtpConnectionSettings Account::toConnectionSettings(
    const SmtpCredentials &credentials, QString *error, const QString &proxyPassword) const
{
    SmtpConnectionSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.heloName = heloName;
    s.authMechanism = authMechanism.isEmpty() ? QByteArray("auto") : authMechanism;
    if (needsSecret()) {
        s.credentials = credentials;
        if (s.credentials.user.isEmpty()) {
            s.credentials.user = loginUser();
        }
    }
    if (timeoutSeconds > 0) {
        s.timeouts = SmtpTimeouts::uniform(timeoutSeconds * 1000);
    }
    if (!caFile.isEmpty()) {
        s.tls.caCertificates = TlsTrust::readCaFile(caFile, error);
    }
    s.tls.pinnedSha256 = pinnedSha256;
    s.requireTls = requireTls;
    switch (proxyType) {
    case ProxyType::None:
        s.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        break;
    case ProxyType::System:
        s.proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
        break;
    case ProxyType::Socks5:
    case ProxyType::Http:
        s.proxy = QNetworkProxy(
            proxyType == ProxyType::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxyHost,
            proxyPort, proxyUser, proxyPassword);
        break;
    }
    return s;
}

QStringList Account::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty()) {
        problems << tr("The account has no name.");
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    QString why;
    if (address.isEmpty()) {
        problems << tr("The account has no sender address.");
    } else if (at <= 0 || at == address.size() - 1) {
        problems << tr("The sender address \"%1\" is not an address (name@domain).").arg(address);
    } else if (!AddressParser::isValidAddrSpec(address, &why)) {
        // What the engine would refuse at every send: better said once, now. (The display name has a field
        // of its own.)
        problems << tr("The sender address cannot be used: %1").arg(why);
    }
    if (host.isEmpty()) {
        problems << tr("The account has no server.");
    }
    for (const QString &field :
        { address, user, host, heloName, senderName, replyTo, proxyHost, proxyUser }) {
        // A line break in any of these would end up in a header or a command line.
        if (field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'))
            || field.contains(QChar(0))) {
            problems << tr("A field holds a line break: \"%1\".").arg(field.simplified());
            break;
        }
    }
    if ((proxyType == ProxyType::Socks5 || proxyType == ProxyType::Http)
        && (proxyHost.isEmpty() || !proxyPort)) {
        problems << tr("The %1 proxy needs a server and a port.").arg(proxyTypeName(proxyType));
    }
    if (timeoutSeconds < 0 || timeoutSeconds > 3600) {
        problems << tr("The timeout must be between 1 and 3600 seconds (0 for the default).");
    }
    if (!oauthProvider.isEmpty()) {
        problems << OAuthProvider::validateAccount(*this);
    }
    for (const QByteArray &pin : pinnedSha256) {
        if (pin.size() != 32) {
            problems << tr("A pinned fingerprint is not a SHA-256 digest.");
            break;
        }
    }
    problems << imap.validate();
    return problems;
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Account::proxyTypeName(ProxyType type)
{
    switch (type) {
    case ProxyType::None:
        return QStringLiteral("none");
    case ProxyType::System:
        return QStringLiteral("system");
    case ProxyType::Socks5:
        return QStringLiteral("socks5");
    case ProxyType::Http:
        return QStringLiteral("http");
    }
    return QStringLiteral("system");
}

bool Account::proxyTypeFromName(const QString &name, ProxyType *type)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("none")) {
        *type = ProxyType::None;
    } else if (n == QLatin1String("system")) {
        *type = ProxyType::System;
    } else if (n == QLatin1String("socks5") || n == QLatin1String("socks")) {
        *type = ProxyType::Socks5;
    } else if (n == QLatin1String("http")) {
        *type = ProxyType::Http;
    } else {
        return false;
    }
    return true;
}

QString Account::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

bool Account::parseFingerprint(const QString &text, QByteArray *sha256)
{
    QByteArray hex = text.toLatin1();
    hex.replace(':', QByteArray()).replace(' ', QByteArray());
    const QByteArray raw = QByteArray::fromHex(hex);
    if (raw.size() != 32 || raw.toHex() != hex.toLower()) {
        return false;
    }
    *sha256 = raw;
    return true;
}

bool Account::operator==(const Account &o) const
{
    return id == o.id && name == o.name && isDefault == o.isDefault && senderName == o.senderName
        && address == o.address && user == o.user && host == o.host && port == o.port
        && security == o.security && authMechanism == o.authMechanism && heloName == o.heloName
        && timeoutSeconds == o.timeoutSeconds && caFile == o.caFile && pinnedSha256 == o.pinnedSha256
        && requireTls == o.requireTls && proxyType == o.proxyType && proxyHost == o.proxyHost
        && proxyPort == o.proxyPort && proxyUser == o.proxyUser && replyTo == o.replyTo
        && signature == o.signature && spellLanguage == o.spellLanguage && dsnOnSuccess == o.dsnOnSuccess
        && dsnOnFailure == o.dsnOnFailure && dsnOnDelay == o.dsnOnDelay && dsnReturn == o.dsnReturn
        && oauthProvider == o.oauthProvider && oauthClientId == o.oauthClientId
        && oauthAuthorizeUrl == o.oauthAuthorizeUrl && oauthTokenUrl == o.oauthTokenUrl
        && oauthScope == o.oauthScope && localTestServer == o.localTestServer && imap == o.imap;
}
