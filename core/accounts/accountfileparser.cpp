#include "accountfileparser.h"

#include "mime/addressparser.h"

#include <QStringDecoder>
#include <QUuid>

bool AccountFile::parseBool(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")
        || t == QLatin1String("on")) {
        *value = true;
    } else if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")
        || t == QLatin1String("off")) {
        *value = false;
    } else {
        return false;
    }
    return true;
}

namespace {

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint p = text.toUInt(&ok);
    if (!ok || p == 0 || p > 65535) {
        return false;
    }
    *port = quint16(p);
    return true;
}

bool isCommentOrBlank(const QString &line)
{
    return line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'));
}

} // namespace

bool AccountFileParser::unquote(const QString &text, QString *out, qsizetype *end, QString *error)
{
    out->clear();
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            *end = i + 1;
            return true;
        }
        if (c != QLatin1Char('\\')) {
            out->append(c);
            continue;
        }
        if (++i >= text.size()) {
            break;
        }
        switch (text.at(i).unicode()) {
        case 'n':
            out->append(QLatin1Char('\n'));
            break;
        case 't':
            out->append(QLatin1Char('\t'));
            break;
        case 'r':
            out->append(QLatin1Char('\r'));
            break;
        case '"':
            out->append(QLatin1Char('"'));
            break;
        case '\\':
            out->append(QLatin1Char('\\'));
            break;
        default:
            *error = tr("unknown escape \\%1 in a quoted value (use \\n, \\t, \\\" or \\\\)").arg(text.at(i));
            return false;
        }
    }
    *error = tr("a quoted value has no closing quote");
    return false;
}

AccountFileParser::AccountFileParser(const QByteArray &input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3); // a BOM some editors add
    }
    m_lines = data.split('\n');
    if (!m_lines.isEmpty() && m_lines.last().isEmpty()) {
        m_lines.removeLast();
    }
}

AccountFile::Parsed AccountFileParser::run()
{
    for (qsizetype index = 0; index < m_lines.size(); ++index) {
        readLine(int(index) + 1, m_lines.at(index));
    }
    closeSection();
    chooseDefault();
    return m_result;
}

void AccountFileParser::problem(int line, const QString &message)
{
    m_result.problems.append(
        { line, m_section.kind == Section::AccountSection ? m_section.account.name : QString(), message });
}

void AccountFileParser::badSection(int line, const QString &message)
{
    problem(line, message);
    m_section.bad = true;
}

void AccountFileParser::readLine(int lineNo, const QByteArray &rawLine)
{
    QByteArray raw = rawLine;
    if (raw.endsWith('\r')) {
        raw.chop(1);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(raw);
    const QString line = text.trimmed();
    const bool undecodable = decoder.hasError();

    if (line.startsWith(QLatin1Char('[')) && !undecodable) {
        closeSection();
        m_section.line = lineNo;
        m_section.rawLines.append(raw);
        readSectionHeader(lineNo, line);
        return;
    }
    if (m_section.kind == Section::Preamble) {
        if (isCommentOrBlank(line)) {
            return; // our own header comment; rewritten on save
        }
        // Text before any section belongs to nothing: keep it aside, verbatim.
        m_section.kind = Section::Unknown;
        m_section.line = lineNo;
        m_section.rawLines.append(raw);
        problem(lineNo, tr("text outside any section"));
        return;
    }
    m_section.rawLines.append(raw);
    if (undecodable) {
        badSection(lineNo, tr("the line is not valid UTF-8"));
        return;
    }
    if (isCommentOrBlank(line) || m_section.kind == Section::Unknown) {
        return;
    }
    readKeyValue(lineNo, line);
}

void AccountFileParser::readSectionHeader(int lineNo, const QString &line)
{
    if (!line.endsWith(QLatin1Char(']'))) {
        m_section.kind = Section::Unknown;
        problem(lineNo, tr("a section header must end with ]"));
        return;
    }
    const QString inner = line.mid(1, line.size() - 2).trimmed();
    if (inner.compare(QLatin1String("epistle"), Qt::CaseInsensitive) == 0) {
        m_section.kind = Section::Header;
        return;
    }
    if (inner.startsWith(QLatin1String("account"), Qt::CaseInsensitive)
        && (inner.size() == 7 || inner.at(7).isSpace())) {
        m_section.kind = Section::AccountSection;
        readAccountHeader(lineNo, inner);
        return;
    }
    m_section.kind = Section::Unknown;
    problem(lineNo, tr("unknown section [%1] (expected [epistle] or [account \"NAME\"])").arg(inner));
}

void AccountFileParser::readAccountHeader(int lineNo, const QString &inner)
{
    QString name = inner.mid(7).trimmed();
    if (name.startsWith(QLatin1Char('"'))) {
        QString unquoted, error;
        qsizetype end = 0;
        if (!unquote(name, &unquoted, &end, &error)) {
            badSection(lineNo, error);
            return;
        }
        if (!name.mid(end).trimmed().isEmpty()) {
            badSection(lineNo, tr("unexpected text after the account's quoted name"));
            return;
        }
        name = unquoted;
    }
    m_section.account.name = name;
    if (name.trimmed().isEmpty()) {
        badSection(lineNo, tr("the account has no name: write [account \"NAME\"]"));
    }
}

void AccountFileParser::readKeyValue(int lineNo, const QString &line)
{
    const qsizetype eq = line.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        badSection(lineNo, tr("expected \"key = value\", found \"%1\"").arg(line.left(60)));
        return;
    }
    const QString key = line.left(eq).trimmed().toLower();
    QString value = line.mid(eq + 1).trimmed();
    if (value.startsWith(QLatin1Char('"'))) {
        QString unquoted, error;
        qsizetype end = 0;
        if (!unquote(value, &unquoted, &end, &error)) {
            badSection(lineNo, QStringLiteral("%1: %2").arg(key, error));
            return;
        }
        if (!value.mid(end).trimmed().isEmpty()) {
            badSection(lineNo, tr("%1: unexpected text after the closing quote").arg(key));
            return;
        }
        value = unquoted;
    }
    if (m_section.kind == Section::Header) {
        readVersion(lineNo, key, value);
    } else {
        readAccountSetting(lineNo, key, value);
    }
}

void AccountFileParser::readVersion(int lineNo, const QString &key, const QString &value)
{
    if (key != QLatin1String("version")) {
        if (m_result.version <= AccountFile::CurrentVersion) {
            problem(lineNo, tr("unknown setting \"%1\" in [epistle]").arg(key));
        }
        return;
    }
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < 1) {
        problem(lineNo, tr("version must be a whole number, found \"%1\"").arg(value));
        m_result.newerVersion = true; // unknown: do not write over it
        return;
    }
    m_result.version = v;
    m_result.newerVersion = v > AccountFile::CurrentVersion;
}

void AccountFileParser::readAccountSetting(int lineNo, const QString &key, const QString &value)
{
    if (m_section.keysSeen.contains(key) && key != QLatin1String("fingerprint")) {
        badSection(lineNo, tr("\"%1\" is set twice").arg(key));
        return;
    }
    m_section.keysSeen.insert(key);
    QString why;
    Setting setting = readProfileSetting(key, value, &why);
    if (setting == Setting::Unknown) {
        setting = readServerSetting(key, value, &why);
    }
    if (setting == Setting::Unknown) {
        setting = readExtraSetting(key, value, &why);
    }
    if (setting == Setting::Unknown) {
        setting = readOAuthSetting(key, value);
    }
    if (setting == Setting::Unknown) {
        switch (m_section.account.imap.readSetting(key, value, &why)) {
        case AccountImap::Read::Read:
            setting = Setting::Read;
            break;
        case AccountImap::Read::Bad:
            setting = Setting::Bad;
            break;
        case AccountImap::Read::Unknown:
            break;
        }
    }
    if (setting == Setting::Unknown) {
        badSection(lineNo, tr("unknown setting \"%1\"").arg(key));
    } else if (setting == Setting::Bad) {
        badSection(lineNo, why);
    }
}

// Who the account is: id, default, sender name, address, login.
AccountFileParser::Setting AccountFileParser::readProfileSetting(
    const QString &key, const QString &value, QString *problem)
{
    Account &a = m_section.account;
    if (key == QLatin1String("id")) {
        if (value.isEmpty() || value.contains(QLatin1Char(' '))) {
            *problem = tr("id must be a single word");
            return Setting::Bad;
        }
        a.id = value;
        m_section.hadId = true;
    } else if (key == QLatin1String("default")) {
        if (!AccountFile::parseBool(value, &a.isDefault)) {
            *problem = tr("default must be true or false, found \"%1\"").arg(value);
            return Setting::Bad;
        }
    } else if (key == QLatin1String("local-test-server")) {
        if (!AccountFile::parseBool(value, &a.localTestServer)) {
            *problem = tr("local-test-server must be true or false, found \"%1\"").arg(value);
            return Setting::Bad;
        }
    } else if (key == QLatin1String("sender-name")) {
        a.senderName = value;
    } else if (key == QLatin1String("address")) {
        a.address = value;
    } else if (key == QLatin1String("user")) {
        a.user = value;
    } else {
        return Setting::Unknown;
    }
    return Setting::Read;
}

// How to reach the server: server, port, security, auth, helo, timeout, ca-file, fingerprint.
AccountFileParser::Setting AccountFileParser::readServerSetting(
    const QString &key, const QString &value, QString *problem)
{
    Account &a = m_section.account;
    if (key == QLatin1String("server")) {
        a.host = value;
    } else if (key == QLatin1String("port")) {
        if (!value.isEmpty() && !parsePort(value, &a.port)) {
            *problem = tr("port must be a number from 1 to 65535 (or empty), found \"%1\"").arg(value);
            return Setting::Bad;
        }
    } else if (key == QLatin1String("security")) {
        if (!Smtp::securityFromName(value, &a.security)) {
            *problem = tr("security must be tls, starttls or none, found \"%1\"").arg(value);
            return Setting::Bad;
        }
    } else if (key == QLatin1String("auth")) {
        if (value.isEmpty() || value.contains(QLatin1Char(' '))) {
            *problem = tr("auth must be auto, none or a mechanism name, found \"%1\"").arg(value);
            return Setting::Bad;
        }
        const QString lower = value.toLower();
        a.authMechanism = (lower == QLatin1String("auto") || lower == QLatin1String("none"))
            ? lower.toLatin1()
            : value.toUpper().toLatin1();
    } else if (key == QLatin1String("helo")) {
        a.heloName = value;
    } else if (key == QLatin1String("timeout")) {
        bool ok = false;
        const int t = value.toInt(&ok);
        if (!ok || t < 0 || t > 3600) {
            *problem
                = tr("timeout must be seconds from 1 to 3600 (0 for the default), found \"%1\"").arg(value);
            return Setting::Bad;
        }
        a.timeoutSeconds = t;
    } else if (key == QLatin1String("ca-file")) {
        a.caFile = value;
    } else if (key == QLatin1String("fingerprint")) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QByteArray digest;
            if (!Account::parseFingerprint(part.trimmed(), &digest)) {
                *problem
                    = tr("fingerprint must be a SHA-256 digest (64 hex digits, colons allowed), found \"%1\"")
                          .arg(part.trimmed().left(100));
                return Setting::Bad;
            }
            a.pinnedSha256.append(digest);
        }
    } else if (key == QLatin1String("require-tls")) {
        if (!AccountFile::parseBool(value, &a.requireTls)) {
            *problem = tr("require-tls must be yes or no, found \"%1\"").arg(value);
            return Setting::Bad;
        }
    } else {
        return Setting::Unknown;
    }
    return Setting::Read;
}

// The rest of the profile: proxy, reply-to, signature, spelling language, delivery notifications.
AccountFileParser::Setting AccountFileParser::readExtraSetting(
    const QString &key, const QString &value, QString *problem)
{
    Account &a = m_section.account;
    if (key == QLatin1String("proxy")) {
        if (!Account::proxyTypeFromName(value, &a.proxyType)) {
            *problem = tr("proxy must be none, system, socks5 or http, found \"%1\"").arg(value);
            return Setting::Bad;
        }
    } else if (key == QLatin1String("proxy-server")) {
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
            host = host.mid(1, host.size() - 2);
        }
        if (host.isEmpty() || !parsePort(value.mid(colon + 1), &a.proxyPort)) {
            *problem = tr("proxy-server must be HOST:PORT, found \"%1\"").arg(value);
            return Setting::Bad;
        }
        a.proxyHost = host;
    } else if (key == QLatin1String("proxy-user")) {
        a.proxyUser = value;
    } else if (key == QLatin1String("reply-to")) {
        a.replyTo = value;
    } else if (key == QLatin1String("signature")) {
        a.signature = value;
    } else if (key == QLatin1String("spell-language")) {
        a.spellLanguage = value;
    } else if (key == QLatin1String("dsn-notify")) {
        QString unknown;
        if (!a.setDsnNotify(value, &unknown)) {
            *problem
                = tr("dsn-notify takes success, failure and delay (comma-separated) or default, found \"%1\"")
                      .arg(unknown);
            return Setting::Bad;
        }
    } else if (key == QLatin1String("dsn-return")) {
        if (!Account::dsnReturnFromName(value, &a.dsnReturn)) {
            *problem = tr("dsn-return must be full, headers or default, found \"%1\"").arg(value);
            return Setting::Bad;
        }
    } else {
        return Setting::Unknown;
    }
    return Setting::Read;
}

// The OAuth 2 sign-in: oauth = google|microsoft|custom, oauth-client-id, oauth-authorize-url,
// oauth-token-url, oauth-scope. Their values are checked with the whole account (Account::validate).
AccountFileParser::Setting AccountFileParser::readOAuthSetting(const QString &key, const QString &value)
{
    Account &a = m_section.account;
    if (key == QLatin1String("oauth")) {
        a.oauthProvider = value.toLower();
    } else if (key == QLatin1String("oauth-client-id")) {
        a.oauthClientId = value;
    } else if (key == QLatin1String("oauth-authorize-url")) {
        a.oauthAuthorizeUrl = value;
    } else if (key == QLatin1String("oauth-token-url")) {
        a.oauthTokenUrl = value;
    } else if (key == QLatin1String("oauth-scope")) {
        a.oauthScope = value;
    } else {
        return Setting::Unknown;
    }
    return Setting::Read;
}

void AccountFileParser::closeSection()
{
    switch (m_section.kind) {
    case Section::Preamble:
    case Section::Header:
        break;
    case Section::AccountSection:
        checkAccount();
        if (!m_section.bad) {
            keepAccount();
            break;
        }
        keepUnreadable();
        break;
    case Section::Unknown:
        keepUnreadable();
        break;
    }
    m_section = Section();
}

// An account section read without a problem so far: is it a usable account, and the only one of its name?
void AccountFileParser::checkAccount()
{
    if (m_section.bad) {
        return;
    }
    Account &a = m_section.account;
    if (!a.address.isEmpty() && !AddressParser::isValidAddrSpec(a.address)) {
        // "Alice <alice@example.org>", as accounts add stored it before it parsed --from: the address, and
        // the name unless sender-name gives one. Written back the right way with the next change.
        a.setSender(a.address, !a.senderName.isEmpty());
    }
    if (a.address.isEmpty()) {
        badSection(m_section.line, tr("no address (add \"address = you@example.org\")"));
    } else if (a.host.isEmpty()) {
        badSection(m_section.line, tr("no server (add \"server = smtp.example.org\")"));
    } else if (const QStringList invalid = a.validate(); !invalid.isEmpty()) {
        badSection(m_section.line, invalid.first());
    }
    if (!m_section.bad && m_names.contains(a.name.toCaseFolded())) {
        badSection(m_section.line, tr("another account above has the same name"));
    }
    if (!m_section.bad && m_section.hadId && m_ids.contains(a.id)) {
        badSection(m_section.line, tr("another account above has the same id"));
    }
}

void AccountFileParser::keepAccount()
{
    Account &a = m_section.account;
    if (!m_section.hadId) {
        // Written by hand without an id: one derived from the name, so that it is the same at every load
        // until Epistle next writes the file (and the id with it) — reading never rewrites.
        static const QUuid space(QStringLiteral("{5b1e7a52-2f4c-4c55-9a0e-6d2c1f0b7e11}"));
        a.id = QUuid::createUuidV5(space, a.name.toUtf8()).toString(QUuid::WithoutBraces);
        m_result.idsAssigned = true;
        if (m_ids.contains(a.id)) {
            a.id = Account::newId();
        }
    }
    m_names.insert(a.name.toCaseFolded());
    m_ids.insert(a.id);
    m_result.accounts.append(a);
}

void AccountFileParser::keepUnreadable()
{
    AccountFile::Unreadable u;
    u.line = m_section.line;
    if (m_section.kind == Section::AccountSection) {
        u.name = m_section.account.name;
        u.id = m_section.hadId ? m_section.account.id : QString();
    }
    for (const QByteArray &raw : std::as_const(m_section.rawLines)) {
        u.text += raw + '\n';
    }
    m_result.unreadable.append(u);
}

// Exactly one default: the first one marked, or the first account.
void AccountFileParser::chooseDefault()
{
    bool haveDefault = false;
    for (Account &a : m_result.accounts) {
        if (a.isDefault && haveDefault) {
            a.isDefault = false;
        }
        haveDefault = haveDefault || a.isDefault;
    }
    if (!haveDefault && !m_result.accounts.isEmpty()) {
        m_result.accounts.first().isDefault = true;
    }
}
