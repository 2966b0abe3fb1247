#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

// Keeps the accounts' passwords, OAuth tokens and proxy passwords in the system keychain (Secret Service or
// KWallet, through QtKeychain), asynchronously, under service "epistle" and the account's id. When no
// keychain can be reached (no D-Bus session, no Secret Service, a locked or refused keychain), it says so
// once (keychainUnavailable(), for a banner) and keeps secrets in this object's memory for the session only.
// A secret is never written to a file by this class, and QtKeychain's plaintext fallback is never enabled.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // OAuthToken is a bearer token the person pasted (an account without an OAuth sign-in). OAuthGrant is
    // what an OAuth 2 sign-in earned (OAuthGrant in oauthcredentials.h: the refresh token, the current access
    // token and its expiry, as JSON); OAuthClientSecret the secret of the OAuth client the account names.
    // ImapPassword is the IMAP server's password when its login differs from the SMTP one (else the
    // Password entry serves both).
    enum class Kind { Password, OAuthToken, ProxyPassword, OAuthGrant, OAuthClientSecret, ImapPassword };
    Q_ENUM(Kind)

    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    // Where a secret was found or put.
    enum class Storage { None, Keychain, Memory };
    Q_ENUM(Storage)

    struct Result
    {
        bool ok = false; // read: a secret was found; write/remove: done (possibly in memory only)
        bool notFound = false; // read: neither the keychain nor the session memory has it
        QString secret; // read only
        Storage storage = Storage::None;
        QString error; // why the keychain failed, even when the memory fallback made it ok
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);
    // Another keychain service name (tests use their own so they never touch the person's secrets).
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    // A keychain that does not answer within this time counts as unavailable (a hung D-Bus service;
    // QtKeychain itself would wait for ever). Default 60 s, long enough for a person to type the keyring's
    // password into an unlock prompt; a command line without a terminal can use less.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // The keychain entry name: the account id, with a suffix for tokens ("#oauth"), proxy passwords
    // ("#proxy"), OAuth 2 grants ("#oauth2"), OAuth client secrets ("#oauth-client") and IMAP passwords
    // ("#imap").
    static QString keyFor(const QString &accountId, Kind kind);

    // Each calls 'done' exactly once, later (never from inside the call), unless 'context' is destroyed
    // first.
    void read(const QString &accountId, Kind kind, QObject *context, Callback done);
    // Into the keychain; when that fails, into the session memory (the result is ok, storage Memory, with the
    // keychain's error) and keychainUnavailable() is emitted.
    void write(const QString &accountId, Kind kind, const QString &secret, QObject *context, Callback done);
    void remove(const QString &accountId, Kind kind, QObject *context, Callback done);
    // For this session only ("remember" unticked): kept in memory, so it is not asked for again until the
    // program ends, and taken out of the keychain, so an older remembered secret does not come back next
    // time. The result is ok with storage Memory; error says why the keychain entry could not be removed.
    void keepForSession(
        const QString &accountId, Kind kind, const QString &secret, QObject *context, Callback done);
    // Removes every secret of an account, of every kind (for AccountStore::remove).
    void removeAll(const QString &accountId, QObject *context, Callback done);

    // Finds out whether the keychain answers (reads a key that does not exist), for a banner at start-up.
    void probe(QObject *context = nullptr, std::function<void(Availability)> done = {});

    Availability availability() const { return m_availability; }
    bool isKeychainAvailable() const { return m_availability == Availability::Available; }
    // Why the keychain is not available, for the banner; empty while it is.
    QString unavailableReason() const { return m_reason; }
    // Whether a secret lives only in this session's memory (it will be asked for again next time).
    bool hasSessionSecret(const QString &accountId, Kind kind) const;

Q_SIGNALS:
    // The keychain could not be used; secrets are kept for this session only. Emitted when this becomes
    // known, and again if it recovers and then fails again.
    void keychainUnavailable(const QString &reason);
    void availabilityChanged(SecretStore::Availability availability);

private:
    enum class Op { Read, Write, Remove, RemoveFromKeychain };
    void run(Op op, const QString &key, const QString &secret, QObject *context, Callback done);
    Result outcome(Op op, const QString &key, const QString &secret, bool keychainOk, bool notFound,
        const QString &value, const QString &error);
    void markAvailable();
    void markUnavailable(const QString &reason);
    void wipeMemory();
    void removeKinds(const QString &accountId, QList<Kind> kinds, const std::shared_ptr<Result> &combined,
        const QPointer<QObject> &guard, bool hadContext, const Callback &done);

    QString m_service;
    int m_timeoutMs = 60000;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    // Secrets that could not go into the keychain: for this session, in this object only.
    QHash<QString, QString> m_memory;
};
