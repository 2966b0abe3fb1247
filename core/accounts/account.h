#pragma once

#include "accountimap.h"
#include "smtp/smtp.h"
#include "smtp/smtpconnectionsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One outgoing-mail account as the person set it up: who the mail is from, which server takes it and how to
// reach it. A value type the UI edits and AccountStore keeps. The password (or OAuth token) is never part of
// it: SecretStore keeps that in the system keychain under id().
struct Account
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    enum class ProxyType {
        None, // connect directly, whatever the system says
        System, // the application proxy (the system's, or http_proxy/all_proxy from the environment)
        Socks5,
        Http // HTTP CONNECT
    };
    Q_ENUM(ProxyType)

    // What a bounce returns (RFC 3461 RET): the server's default, the full message, or its headers only.
    enum class DsnReturn { Default, Full, Headers };
    Q_ENUM(DsnReturn)

    // Stable for the account's whole life: the keychain key and what drafts and the outbox refer to, so a
    // rename never loses the password. AccountStore assigns it.
    QString id;
    // The profile's name, unique in the store, shown in the account picker and used by --account.
    QString name;
    bool isDefault = false;
    // Made by the demo set-up (scripts/run) for its server on this machine: mail sent through it never
    // leaves the computer. The first real account added takes the default from it (AccountStore::add).
    bool localTestServer = false;

    // The sender as the person wants to appear: "Alice Example" <alice@example.org>.
    QString senderName;
    QString address;
    // The login name; empty logs in with the address, which is what most providers expect.
    QString user;

    QString host;
    quint16 port = 0; // 0 follows the security: 465, 587 or 25
    Smtp::Security security = Smtp::Security::StartTls;
    // "auto" (strongest offered), "none" (never log in), or a SASL mechanism name ("SCRAM-SHA-256",
    // "XOAUTH2").
    QByteArray authMechanism = "auto";
    QString heloName; // empty: an address literal, which reveals no host name
    int timeoutSeconds = 0; // 0: RFC 5321's per-command defaults
    QString caFile; // extra trusted CA certificates (PEM), for a company CA
    // SHA-256 digests (raw 32 bytes) of server certificates the person chose to trust for this server.
    QList<QByteArray> pinnedSha256;
    // RFC 8689: every message asks to travel over TLS all the way (MAIL FROM ... REQUIRETLS), and is not sent
    // where the server cannot promise it. A message may say otherwise (send --require-tls no).
    bool requireTls = false;

    // OAuth 2 sign-in: the provider that signs the person in ("google", "microsoft" or "custom"); empty for a
    // password or a pasted token. Only where to sign in is kept here: the tokens are in the keychain
    // (SecretStore::Kind::OAuthGrant), the client secret too (Kind::OAuthClientSecret).
    QString oauthProvider;
    QString oauthClientId; // empty: the one the packager built in, or the provider file's
    QString oauthAuthorizeUrl; // "custom" only: the authorization endpoint
    QString oauthTokenUrl; // "custom" only: the token endpoint
    QString oauthScope; // space-separated; empty: the provider's own

    ProxyType proxyType = ProxyType::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser; // its password is a secret too: SecretStore::Kind::ProxyPassword

    QString replyTo;
    QString signature; // plain text, appended by the composer
    QString spellLanguage; // spell checking's language for its messages ("de_DE"); empty: the desktop's

    // Delivery status notifications (RFC 3461) to ask for; none set leaves it to the server.
    bool dsnOnSuccess = false;
    bool dsnOnFailure = false;
    bool dsnOnDelay = false;
    DsnReturn dsnReturn = DsnReturn::Default;

    // The copy in the server's Sent folder (IMAP): none until a server is set.
    AccountImap imap;

    // The login name actually used: user, or the address when user is empty.
    QString loginUser() const { return user.isEmpty() ? address : user; }
    quint16 effectivePort() const { return port ? port : Smtp::defaultPort(security); }
    // Whether logging in needs a secret from the keychain (false for auth "none").
    bool needsSecret() const;
    // Whether the secret is an OAuth 2 bearer token rather than a password.
    bool usesOAuthToken() const;
    // Whether tokens come from an OAuth 2 sign-in (accounts login, "Sign in with ..."), refreshed as needed.
    bool usesOAuthSignIn() const { return !oauthProvider.isEmpty() && usesOAuthToken(); }
    // "Alice Example <alice@example.org>", or the bare address.
    QString fromHeader() const;
    // The sender as people write it, as `send --from` takes it: "alice@example.org", "Alice Example
    // <alice@example.org>", "alice@example.org (Alice Example)". Sets the address, and the display name when
    // the text has one and 'keepName' is false. False, nothing changed, with the reason in 'error', for
    // anything but exactly one mailbox (no @, a list, a group, a line break).
    bool setSender(const QString &text, bool keepName, QString *error = nullptr);

    // RCPT TO NOTIFY= keywords for these preferences: empty (server default), or SUCCESS/FAILURE/DELAY.
    QList<QByteArray> dsnNotify() const;
    // RFC 3461 NOTIFY as people write it (the accounts file, --dsn-notify): "default" (nothing asked),
    // "never", or a comma-separated list of success, failure and delay, in any case. The keywords in upper
    // case, empty for "default"; false with the first word that is none of these in 'unknown' ("never" mixed
    // with others counts as unknown).
    static bool parseDsnNotify(const QString &text, QList<QByteArray> *keywords, QString *unknown = nullptr);
    // The preferences from such text; "never" has no place in an account (it is the server's default for
    // nobody), so it is refused like an unknown word. False, nothing changed, with the word in 'unknown'.
    bool setDsnNotify(const QString &text, QString *unknown = nullptr);
    // MAIL FROM RET= keyword: empty, "FULL" or "HDRS".
    QByteArray dsnReturnKeyword() const;
    // "default", "full", "headers" (what the accounts file and the command line write); reading also takes
    // "hdrs" and an empty text (default), in any case.
    static QString dsnReturnName(DsnReturn dsnReturn);
    static bool dsnReturnFromName(const QString &name, DsnReturn *dsnReturn);

    // What the SMTP engine needs to reach and log in to this account's server. 'credentials' carries the
    // secret; an empty user there is filled with loginUser(). With auth "none" no credentials are passed on.
    // The extra CA file is read here: when it cannot be read, 'error' (if given) says why and the settings
    // come back without it (so the server's certificate will not verify, rather than being trusted blindly).
    SmtpConnectionSettings toConnectionSettings(const SmtpCredentials &credentials = {},
        QString *error = nullptr, const QString &proxyPassword = {}) const;

    // What makes the account unusable, one sentence each (empty when it is fine): no address, no server, ...
    QStringList validate() const;

    // A new random id (a UUID without braces).
    static QString newId();

    // "none", "system", "socks5", "http".
    static QString proxyTypeName(ProxyType type);
    static bool proxyTypeFromName(const QString &name, ProxyType *type);
    // SHA-256 fingerprints: "AB:CD:..." <-> raw 32 bytes. False for anything but 64 hex digits (colons and
    // spaces allowed).
    static QString formatFingerprint(const QByteArray &sha256);
    static bool parseFingerprint(const QString &text, QByteArray *sha256);

    bool operator==(const Account &other) const;
    bool operator!=(const Account &other) const { return !(*this == other); }
};
Q_DECLARE_METATYPE(Account)
