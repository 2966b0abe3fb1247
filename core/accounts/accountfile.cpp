#include "accountfile.h"

#include <QSet>
#include <QStringDecoder>
#include <QUuid>
#include <utility>

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

// Reads a double-quoted string starting at text[0] == '"'. Returns false for a missing closing quote or an
// unknown escape. 'end' is the index after the closing quote.
bool unquote(const QString &text, QString *out, qsizetype *end, QString *error)
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
            *error = AccountFile::tr("unknown escape \\%1 in a quoted value (use \\n, \\t, \\\" or \\\\)")
                         .arg(text.at(i));
            return false;
        }
    }
    *error = AccountFile::tr("a quoted value has no closing quote");
    return false;
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

bool parseBool(const QString &text, bool *value)
{
    const QString t = text.toLower();
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

// One section being read.
struct Section
{
    enum Kind { Preamble, Header, AccountSection, Unknown } kind = Preamble;
    int line = 0;
    QList<QByteArray> rawLines;
    Account account;
    QSet<QString> keysSeen;
    bool bad = false;
    bool hadId = false;
};

// The OAuth 2 sign-in's keys (oauth = google|microsoft|custom, oauth-client-id, oauth-authorize-url,
// oauth-token-url, oauth-scope); their values are checked with the whole account (Account::validate).
bool parseOAuthKey(const QString &key, const QString &value, Account *a)
{
    if (key == QLatin1String("oauth")) {
        a->oauthProvider = value.toLower();
    } else if (key == QLatin1String("oauth-client-id")) {
        a->oauthClientId = value;
    } else if (key == QLatin1String("oauth-authorize-url")) {
        a->oauthAuthorizeUrl = value;
    } else if (key == QLatin1String("oauth-token-url")) {
        a->oauthTokenUrl = value;
    } else if (key == QLatin1String("oauth-scope")) {
        a->oauthScope = value;
    } else {
        return false;
    }
    return true;
}

} // namespace

QString AccountFile::Problem::toString(const QString &fileName) const
{
    return problemPrefix(fileName, line, account) + QStringLiteral(": ") + message;
}

AccountFile::Parsed AccountFile::parse(const QByteArray &input)
{
    Parsed result;
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3); // a BOM some editors add
    }
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }

    QSet<QString> names; // case-folded
    QSet<QString> ids;
    bool versionSeen = false;
    Section section;

    const auto problem = [&](int line, const QString &message) {
        result.problems.append(
            { line, section.kind == Section::AccountSection ? section.account.name : QString(), message });
    };
    const auto badSection = [&](int line, const QString &message) {
        problem(line, message);
        section.bad = true;
    };

    const auto closeSection = [&](int nextLine) {
        Q_UNUSED(nextLine);
        if (section.kind == Section::AccountSection && !section.bad) {
            Account &a = section.account;
            if (a.address.isEmpty()) {
                badSection(section.line, tr("no address (add \"address = you@example.org\")"));
            } else if (a.host.isEmpty()) {
                badSection(section.line, tr("no server (add \"server = smtp.example.org\")"));
            } else {
                const QStringList invalid = a.validate();
                if (!invalid.isEmpty()) {
                    badSection(section.line, invalid.first());
                }
            }
            if (!section.bad && names.contains(a.name.toCaseFolded())) {
                badSection(section.line, tr("another account above has the same name"));
            }
            if (!section.bad && section.hadId && ids.contains(a.id)) {
                badSection(section.line, tr("another account above has the same id"));
            }
        }
        switch (section.kind) {
        case Section::Preamble:
        case Section::Header:
            break;
        case Section::AccountSection:
            if (!section.bad) {
                if (!section.hadId) {
                    // Written by hand without an id: one derived from the name, so that it is the same at
                    // every load until Epistle next writes the file (and the id with it) — reading never
                    // rewrites.
                    static const QUuid space(QStringLiteral("{5b1e7a52-2f4c-4c55-9a0e-6d2c1f0b7e11}"));
                    section.account.id = QUuid::createUuidV5(space, section.account.name.toUtf8())
                                             .toString(QUuid::WithoutBraces);
                    result.idsAssigned = true;
                    if (ids.contains(section.account.id)) {
                        section.account.id = Account::newId();
                    }
                }
                names.insert(section.account.name.toCaseFolded());
                ids.insert(section.account.id);
                result.accounts.append(section.account);
                break;
            }
            Q_FALLTHROUGH();
        case Section::Unknown: {
            Unreadable u;
            u.line = section.line;
            if (section.kind == Section::AccountSection) {
                u.name = section.account.name;
                u.id = section.hadId ? section.account.id : QString();
            }
            for (const QByteArray &raw : std::as_const(section.rawLines)) {
                u.text += raw + '\n';
            }
            result.unreadable.append(u);
            break;
        }
        }
        section = Section();
    };

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNo = int(index) + 1;
        QByteArray raw = lines.at(index);
        if (raw.endsWith('\r')) {
            raw.chop(1);
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(raw);
        const QString line = text.trimmed();
        const bool undecodable = decoder.hasError();

        if (line.startsWith(QLatin1Char('[')) && !undecodable) {
            closeSection(lineNo);
            section.line = lineNo;
            section.rawLines.append(raw);
            if (!line.endsWith(QLatin1Char(']'))) {
                section.kind = Section::Unknown;
                problem(lineNo, tr("a section header must end with ]"));
                continue;
            }
            const QString inner = line.mid(1, line.size() - 2).trimmed();
            if (inner.compare(QLatin1String("epistle"), Qt::CaseInsensitive) == 0) {
                section.kind = Section::Header;
                continue;
            }
            if (inner.startsWith(QLatin1String("account"), Qt::CaseInsensitive)
                && (inner.size() == 7 || inner.at(7).isSpace())) {
                section.kind = Section::AccountSection;
                QString name = inner.mid(7).trimmed();
                if (name.startsWith(QLatin1Char('"'))) {
                    QString unquoted, error;
                    qsizetype end = 0;
                    if (!unquote(name, &unquoted, &end, &error)) {
                        badSection(lineNo, error);
                        continue;
                    }
                    if (!name.mid(end).trimmed().isEmpty()) {
                        badSection(lineNo, tr("unexpected text after the account's quoted name"));
                        continue;
                    }
                    name = unquoted;
                }
                section.account.name = name;
                if (name.trimmed().isEmpty()) {
                    badSection(lineNo, tr("the account has no name: write [account \"NAME\"]"));
                }
                continue;
            }
            section.kind = Section::Unknown;
            problem(lineNo, tr("unknown section [%1] (expected [epistle] or [account \"NAME\"])").arg(inner));
            continue;
        }

        if (section.kind == Section::Preamble) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))) {
                continue; // our own header comment; rewritten on save
            }
            // Text before any section belongs to nothing: keep it aside, verbatim.
            section.kind = Section::Unknown;
            section.line = lineNo;
            section.rawLines.append(raw);
            problem(lineNo, tr("text outside any section"));
            continue;
        }
        section.rawLines.append(raw);
        if (undecodable) {
            badSection(lineNo, tr("the line is not valid UTF-8"));
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))
            || section.kind == Section::Unknown) {
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            badSection(lineNo, tr("expected \"key = value\", found \"%1\"").arg(line.left(60)));
            continue;
        }
        const QString key = line.left(eq).trimmed().toLower();
        QString value = line.mid(eq + 1).trimmed();
        if (value.startsWith(QLatin1Char('"'))) {
            QString unquoted, error;
            qsizetype end = 0;
            if (!unquote(value, &unquoted, &end, &error)) {
                badSection(lineNo, QStringLiteral("%1: %2").arg(key, error));
                continue;
            }
            if (!value.mid(end).trimmed().isEmpty()) {
                badSection(lineNo, tr("%1: unexpected text after the closing quote").arg(key));
                continue;
            }
            value = unquoted;
        }

        if (section.kind == Section::Header) {
            if (key == QLatin1String("version")) {
                bool ok = false;
                const int v = value.toInt(&ok);
                versionSeen = true;
                if (!ok || v < 1) {
                    problem(lineNo, tr("version must be a whole number, found \"%1\"").arg(value));
                    result.newerVersion = true; // unknown: do not write over it
                } else {
                    result.version = v;
                    result.newerVersion = v > CurrentVersion;
                }
            } else if (result.version <= CurrentVersion) {
                problem(lineNo, tr("unknown setting \"%1\" in [epistle]").arg(key));
            }
            continue;
        }

        // An account's section.
        if (section.keysSeen.contains(key) && key != QLatin1String("fingerprint")) {
            badSection(lineNo, tr("\"%1\" is set twice").arg(key));
            continue;
        }
        section.keysSeen.insert(key);
        Account &a = section.account;
        if (key == QLatin1String("id")) {
            if (value.isEmpty() || value.contains(QLatin1Char(' '))) {
                badSection(lineNo, tr("id must be a single word"));
                continue;
            }
            a.id = value;
            section.hadId = true;
        } else if (key == QLatin1String("default")) {
            if (!parseBool(value, &a.isDefault)) {
                badSection(lineNo, tr("default must be true or false, found \"%1\"").arg(value));
            }
        } else if (key == QLatin1String("sender-name")) {
            a.senderName = value;
        } else if (key == QLatin1String("address")) {
            a.address = value;
        } else if (key == QLatin1String("user")) {
            a.user = value;
        } else if (key == QLatin1String("server")) {
            a.host = value;
        } else if (key == QLatin1String("port")) {
            if (!value.isEmpty() && !parsePort(value, &a.port)) {
                badSection(
                    lineNo, tr("port must be a number from 1 to 65535 (or empty), found \"%1\"").arg(value));
            }
        } else if (key == QLatin1String("security")) {
            if (!Smtp::securityFromName(value, &a.security)) {
                badSection(lineNo, tr("security must be tls, starttls or none, found \"%1\"").arg(value));
            }
        } else if (key == QLatin1String("auth")) {
            if (value.isEmpty() || value.contains(QLatin1Char(' '))) {
                badSection(
                    lineNo, tr("auth must be auto, none or a mechanism name, found \"%1\"").arg(value));
            } else {
                const QString lower = value.toLower();
                a.authMechanism = (lower == QLatin1String("auto") || lower == QLatin1String("none"))
                    ? lower.toLatin1()
                    : value.toUpper().toLatin1();
            }
        } else if (key == QLatin1String("helo")) {
            a.heloName = value;
        } else if (key == QLatin1String("timeout")) {
            bool ok = false;
            const int t = value.toInt(&ok);
            if (!ok || t < 0 || t > 3600) {
                badSection(lineNo,
                    tr("timeout must be seconds from 1 to 3600 (0 for the default), found "
                       "\"%1\"")
                        .arg(value));
            } else {
                a.timeoutSeconds = t;
            }
        } else if (key == QLatin1String("ca-file")) {
            a.caFile = value;
        } else if (key == QLatin1String("fingerprint")) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QByteArray digest;
                if (!Account::parseFingerprint(part.trimmed(), &digest)) {
                    badSection(lineNo,
                        tr("fingerprint must be a SHA-256 digest (64 hex digits, colons "
                           "allowed), found \"%1\"")
                            .arg(part.trimmed().left(100)));
                    break;
                }
                a.pinnedSha256.append(digest);
            }
        } else if (key == QLatin1String("proxy")) {
            if (!Account::proxyTypeFromName(value, &a.proxyType)) {
                badSection(lineNo, tr("proxy must be none, system, socks5 or http, found \"%1\"").arg(value));
            }
        } else if (key == QLatin1String("proxy-server")) {
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            QString host = colon > 0 ? value.left(colon) : QString();
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
                host = host.mid(1, host.size() - 2);
            }
            if (host.isEmpty() || !parsePort(value.mid(colon + 1), &a.proxyPort)) {
                badSection(lineNo, tr("proxy-server must be HOST:PORT, found \"%1\"").arg(value));
            } else {
                a.proxyHost = host;
            }
        } else if (key == QLatin1String("proxy-user")) {
            a.proxyUser = value;
        } else if (key == QLatin1String("reply-to")) {
            a.replyTo = value;
        } else if (key == QLatin1String("signature")) {
            a.signature = value;
        } else if (key.startsWith(QLatin1String("oauth"))) {
            if (!parseOAuthKey(key, value, &a)) {
                badSection(lineNo, tr("unknown setting \"%1\"").arg(key));
            }
        } else if (key == QLatin1String("dsn-notify")) {
            a.dsnOnSuccess = a.dsnOnFailure = a.dsnOnDelay = false;
            for (const QString &part : value.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString p = part.trimmed();
                if (p == QLatin1String("success")) {
                    a.dsnOnSuccess = true;
                } else if (p == QLatin1String("failure")) {
                    a.dsnOnFailure = true;
                } else if (p == QLatin1String("delay")) {
                    a.dsnOnDelay = true;
                } else if (p != QLatin1String("default")) {
                    badSection(lineNo,
                        tr("dsn-notify takes success, failure and delay (comma-separated) "
                           "or default, found \"%1\"")
                            .arg(p));
                    break;
                }
            }
        } else if (key == QLatin1String("dsn-return")) {
            const QString v = value.toLower();
            if (v == QLatin1String("full")) {
                a.dsnReturn = Account::DsnReturn::Full;
            } else if (v == QLatin1String("headers") || v == QLatin1String("hdrs")) {
                a.dsnReturn = Account::DsnReturn::Headers;
            } else if (v == QLatin1String("default") || v.isEmpty()) {
                a.dsnReturn = Account::DsnReturn::Default;
            } else {
                badSection(
                    lineNo, tr("dsn-return must be full, headers or default, found \"%1\"").arg(value));
            }
        } else {
            badSection(lineNo, tr("unknown setting \"%1\"").arg(key));
        }
    }
    closeSection(int(lines.size()) + 1);
    Q_UNUSED(versionSeen);

    // Exactly one default: the first one marked, or the first account.
    bool haveDefault = false;
    for (Account &a : result.accounts) {
        if (a.isDefault && haveDefault) {
            a.isDefault = false;
        }
        haveDefault = haveDefault || a.isDefault;
    }
    if (!haveDefault && !result.accounts.isEmpty()) {
        result.accounts.first().isDefault = true;
    }
    return result;
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

    const auto put = [&out](const char *key, const QString &value) {
        out += QLatin1String(key) + QLatin1String(" = ") + formatValue(value) + QLatin1Char('\n');
    };
    for (const Account &a : accounts) {
        out += QStringLiteral("\n[account %1]\n").arg(quote(a.name));
        put("id", a.id);
        if (a.isDefault) {
            put("default", QStringLiteral("true"));
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
            const QString host = a.proxyHost.contains(QLatin1Char(':'))
                ? QStringLiteral("[%1]").arg(a.proxyHost)
                : a.proxyHost;
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
        QStringList notify;
        for (const QByteArray &n : a.dsnNotify()) {
            notify << QString::fromLatin1(n).toLower();
        }
        if (!notify.isEmpty()) {
            put("dsn-notify", notify.join(QLatin1Char(',')));
        }
        if (a.dsnReturn != Account::DsnReturn::Default) {
            put("dsn-return",
                a.dsnReturn == Account::DsnReturn::Full ? QStringLiteral("full") : QStringLiteral("headers"));
        }
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
