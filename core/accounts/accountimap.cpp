#include "accountimap.h"

#include "account.h"

#include <QFile>
#include <QSslCertificate>

namespace {

const QLatin1String AutoWord("auto");
const QLatin1String NoneWord("none");

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

} // namespace

QString AccountImap::loginUser(const Account &account) const
{
    return user.isEmpty() ? account.loginUser() : user;
}

bool AccountImap::sharesSmtpSecret(const Account &account) const
{
    // A token is issued to the person, not to a protocol: it logs in to both servers.
    return account.usesOAuthToken() || loginUser(account) == account.loginUser();
}

QString AccountImap::noServerMessage(const QString &accountName)
{
    return tr("The account \"%1\" has no IMAP server any more, so the copy cannot be saved; give the "
              "account one, then try the copy again.")
        .arg(accountName);
}

QString AccountImap::sentFolderSetting() const
{
    switch (sentCopy) {
    case SentCopy::Auto:
        break;
    case SentCopy::Folder:
        return sentFolder;
    case SentCopy::None:
        return NoneWord;
    }
    return AutoWord;
}

bool AccountImap::setSentFolderSetting(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return false;
    }
    if (t.compare(AutoWord, Qt::CaseInsensitive) == 0) {
        sentCopy = SentCopy::Auto;
        sentFolder.clear();
    } else if (t.compare(NoneWord, Qt::CaseInsensitive) == 0) {
        sentCopy = SentCopy::None;
        sentFolder.clear();
    } else {
        sentCopy = SentCopy::Folder;
        sentFolder = t;
    }
    return true;
}

ImapConnectionSettings AccountImap::toConnectionSettings(
    const Account &account, const SmtpCredentials &credentials, QString *error) const
{
    // The SMTP side already knows how to read the CA file and build the proxy: take them from there.
    const SmtpConnectionSettings smtp = account.toConnectionSettings({}, error);
    ImapConnectionSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.tls.caCertificates = smtp.tls.caCertificates;
    if (host.compare(account.host, Qt::CaseInsensitive) == 0) {
        s.tls.pinnedSha256 = smtp.tls.pinnedSha256;
    }
    s.proxy = smtp.proxy;
    if (account.timeoutSeconds > 0) {
        s.timeouts = ImapTimeouts::uniform(account.timeoutSeconds * 1000);
    }
    s.credentials = credentials;
    if (s.credentials.user.isEmpty()) {
        s.credentials.user = loginUser(account);
    }
    if (account.usesOAuthToken()) {
        // RFC 7628 / Google's XOAUTH2: the same SASL mechanism over IMAP's AUTHENTICATE.
        s.authMechanism = account.authMechanism.toUpper();
    }
    return s;
}

ImapSentCopyOptions AccountImap::copyOptions() const
{
    ImapSentCopyOptions o;
    o.discoverFolder = sentCopy != SentCopy::Folder;
    if (sentCopy == SentCopy::Folder) {
        o.folder = sentFolder;
    }
    return o;
}

QStringList AccountImap::validate() const
{
    QStringList problems;
    if (!isConfigured()) {
        return problems;
    }
    for (const QString &field : { host, user, sentFolder }) {
        if (hasLineBreak(field)) {
            problems << tr("An IMAP field holds a line break: \"%1\".").arg(field.simplified());
            break;
        }
    }
    if (security == Smtp::Security::None) {
        problems << tr("The IMAP server must be reached with TLS or STARTTLS.");
    }
    if (sentCopy == SentCopy::Folder && sentFolder.trimmed().isEmpty()) {
        problems << tr("Name the folder that takes the copies of sent mail, or choose \"auto\".");
    }
    return problems;
}

AccountImap::Read AccountImap::readSetting(const QString &key, const QString &value, QString *problem)
{
    if (key == QLatin1String("imap-server")) {
        host = value;
    } else if (key == QLatin1String("imap-port")) {
        bool ok = false;
        const uint p = value.toUInt(&ok);
        if (!value.isEmpty() && (!ok || p == 0 || p > 65535)) {
            *problem = tr("imap-port must be a number from 1 to 65535 (or empty), found \"%1\"").arg(value);
            return Read::Bad;
        }
        port = quint16(p);
    } else if (key == QLatin1String("imap-security")) {
        Smtp::Security s = Smtp::Security::Tls;
        if (!Smtp::securityFromName(value, &s) || s == Smtp::Security::None) {
            *problem = tr("imap-security must be tls or starttls, found \"%1\"").arg(value);
            return Read::Bad;
        }
        security = s;
    } else if (key == QLatin1String("imap-user")) {
        user = value;
    } else if (key == QLatin1String("sent-folder")) {
        if (!setSentFolderSetting(value)) {
            *problem = tr("sent-folder must be auto, none or a folder name");
            return Read::Bad;
        }
    } else {
        return Read::Unknown;
    }
    return Read::Read;
}

void AccountImap::writeSettings(const std::function<void(const char *, const QString &)> &put) const
{
    if (!isConfigured()) {
        if (sentCopy == SentCopy::None) {
            put("sent-folder", sentFolderSetting()); // "do not save", chosen before a server was named
        }
        return;
    }
    put("imap-server", host);
    if (port) {
        put("imap-port", QString::number(port));
    }
    put("imap-security", QString::fromLatin1(Smtp::securityName(security)));
    if (!user.isEmpty()) {
        put("imap-user", user);
    }
    put("sent-folder", sentFolderSetting());
}
