#include "accountfile.h"

#include "accountfileparser.h"

namespace {

QString problemPrefix(const QString &fileName, int line, const QString &account)
{
    QString p = fileName;
    if (line > 0) {
        //: Follows the accounts file's name; %1 is a line number
        p += AccountFile::tr(" line %1").arg(line);
    }
    if (!account.isEmpty()) {
        p += AccountFile::tr(" (account \"%1\")").arg(account);
    }
    return p;
}

QString quote(const QString &value)
{
    QString q = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\n':
            q += QLatin1String("\\n");
            break;
        case '\t':
            q += QLatin1String("\\t");
            break;
        case '\r':
            q += QLatin1String("\\r");
            break;
        case '"':
            q += QLatin1String("\\\"");
            break;
        case '\\':
            q += QLatin1String("\\\\");
            break;
        default:
            q += c;
        }
    }
    return q + QLatin1Char('"');
}

// Values are written bare when reading them back bare gives the same string.
QString formatValue(const QString &value)
{
    bool needsQuotes = value.isEmpty() || value.startsWith(QLatin1Char('"')) || value.trimmed() != value;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            needsQuotes = true;
        }
    }
    return needsQuotes ? quote(value) : value;
}

// One account's section, every field that differs from its default.
QString accountSection(const Account &a)
{
    QString out;
    const auto put = [&out](const char *key, const QString &value) {
        out += QLatin1String(key) + QLatin1String(" = ") + formatValue(value) + QLatin1Char('\n');
    };
    out += QStringLiteral("\n[account %1]\n").arg(quote(a.name));
    put("id", a.id);
    if (a.isDefault) {
        put("default", QStringLiteral("true"));
    }
    if (a.localTestServer) {
        put("local-test-server", QStringLiteral("true"));
    }
    if (!a.senderName.isEmpty()) {
        put("sender-name", a.senderName);
    }
    put("address", a.address);
    if (!a.user.isEmpty()) {
        put("user", a.user);
    }
    put("server", a.host);
    if (a.port) {
        put("port", QString::number(a.port));
    }
    put("security", QString::fromLatin1(Smtp::securityName(a.security)));
    put("auth", QString::fromLatin1(a.authMechanism.isEmpty() ? QByteArray("auto") : a.authMechanism));
    if (!a.heloName.isEmpty()) {
        put("helo", a.heloName);
    }
    if (a.timeoutSeconds > 0) {
        put("timeout", QString::number(a.timeoutSeconds));
    }
    if (!a.caFile.isEmpty()) {
        put("ca-file", a.caFile);
    }
    for (const QByteArray &pin : a.pinnedSha256) {
        put("fingerprint", Account::formatFingerprint(pin));
    }
    if (a.requireTls) {
        put("require-tls", QStringLiteral("yes"));
    }
    const std::pair<const char *, const QString *> oauthKeys[] = { { "oauth", &a.oauthProvider },
        { "oauth-client-id", &a.oauthClientId }, { "oauth-authorize-url", &a.oauthAuthorizeUrl },
        { "oauth-token-url", &a.oauthTokenUrl }, { "oauth-scope", &a.oauthScope } };
    for (const auto &[key, value] : oauthKeys) {
        if (!value->isEmpty()) {
            put(key, *value);
        }
    }
    if (a.proxyType != Account::ProxyType::System) {
        put("proxy", Account::proxyTypeName(a.proxyType));
    }
    if (!a.proxyHost.isEmpty()) {
        const QString host
            = a.proxyHost.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(a.proxyHost) : a.proxyHost;
        put("proxy-server", QStringLiteral("%1:%2").arg(host).arg(a.proxyPort));
    }
    if (!a.proxyUser.isEmpty()) {
        put("proxy-user", a.proxyUser);
    }
    if (!a.replyTo.isEmpty()) {
        put("reply-to", a.replyTo);
    }
    if (!a.signature.isEmpty()) {
        put("signature", a.signature);
    }
    if (!a.spellLanguage.isEmpty()) {
        put("spell-language", a.spellLanguage);
    }
    QStringList notify;
    for (const QByteArray &n : a.dsnNotify()) {
        notify << QString::fromLatin1(n).toLower();
    }
    if (!notify.isEmpty()) {
        put("dsn-notify", notify.join(QLatin1Char(',')));
    }
    if (a.dsnReturn != Account::DsnReturn::Default) {
        put("dsn-return", Account::dsnReturnName(a.dsnReturn));
    }
    a.imap.writeSettings(put);
    return out;
}

} // namespace

QString AccountFile::Problem::toString(const QString &fileName) const
{
    return problemPrefix(fileName, line, account) + QStringLiteral(": ") + message;
}

AccountFile::Parsed AccountFile::parse(const QByteArray &input)
{
    return AccountFileParser(input).run();
}

QByteArray AccountFile::serialize(const QList<Account> &accounts, const QList<Unreadable> &unreadable)
{
    QString out;
    out += QStringLiteral(
        "# Epistle's outgoing-mail accounts. You may edit this file while Epistle is not running.\n"
        "# One [account \"NAME\"] section per account, \"key = value\" lines; a value in double quotes may "
        "hold\n"
        "# \\n, \\t, \\\" and \\\\. Keep each id as it is: the password is in the system keychain under it.\n"
        "# Passwords are never written here.\n"
        "\n"
        "[epistle]\n");
    out += QStringLiteral("version = %1\n").arg(CurrentVersion);

    for (const Account &a : accounts) {
        out += accountSection(a);
    }
    QByteArray bytes = out.toUtf8();
    // Sections that could not be read go back exactly as they were, for the person to fix.
    for (const Unreadable &u : unreadable) {
        bytes += '\n';
        QByteArray text = u.text;
        while (text.endsWith("\n\n")) {
            text.chop(1);
        }
        bytes += text;
    }
    return bytes;
}
