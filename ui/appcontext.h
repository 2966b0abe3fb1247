#pragma once

#include "serverlimits.h"
#include "store/mailstore.h"
#include "store/outboxsender.h"
#include "store/sentcopyqueue.h"
#include "undosendsetting.h"

#include <QHash>
#include <QObject>

#include <QPointer>
#include <QSet>
#include <functional>

class AccountListModel;
class OAuthCredentials;
class AccountStore;
class DraftListModel;
class OutboxModel;
class PersonalDictionary;
class RecentAddresses;
class SecretStore;
class SentModel;
class SmtpSender;
class SmtpTranscript;
class SpellBackend;
struct Account;

// What the windows of one running Epistle share, created once by the application and handed to each
// window: the account store and its list model, the keychain, the mail store with its outbox sender and
// models, the recent addresses, and the transcript of the latest session. It holds no state of its own
// beyond what these core objects own; it also answers the outbox sender's question "which settings, which
// password?" — from the keychain, or by asking the person.
class AppContext : public QObject
{
    Q_OBJECT
public:
    struct Paths
    {
        QString accountsFile; // empty: AccountStore's default (AppConfigLocation)
        QString storeDirectory; // empty: MailStore's default (AppDataLocation)
        QString uiSettings; // empty: AppConfigLocation/ui.conf
        QString keychainService; // empty: "epistle"
        QString personalDictionary; // empty: personal-dictionary.txt in the store's folder
    };

    explicit AppContext(QObject *parent = nullptr);
    AppContext(const Paths &paths, QObject *parent = nullptr);
    ~AppContext() override;

    // Loads the accounts and opens the mail store (resolving what a crash left). False when the store cannot
    // be used at all; errorString() says why. Problems with single accounts are in accountProblems().
    bool open();
    QString errorString() const { return m_error; }
    const MailStore::Recovery &recovery() const { return m_recovery; }
    QStringList accountProblems() const;

    AccountStore *accounts() const { return m_accounts; }
    AccountListModel *accountModel() const { return m_accountModel; }
    SecretStore *secrets() const { return m_secrets; }
    MailStore *store() const { return m_store; }
    OutboxSender *outboxSender() const { return m_sender; }
    // Saves the copies owed to the accounts' IMAP Sent folders, on its own, while the app runs.
    SentCopyQueue *sentCopies() const { return m_copies; }
    DraftListModel *draftModel() const { return m_draftModel; }
    OutboxModel *outboxModel() const { return m_outboxModel; }
    SentModel *sentModel() const { return m_sentModel; }
    RecentAddresses *recentAddresses() const { return m_recent; }
    ServerLimits &serverLimits() { return m_limits; }
    // How long a message sent from a window waits with Undo offered (ui.conf).
    UndoSendSetting &undoSend() { return m_undoSend; }
    // The C:/S: log of the send in progress or the last one (cleared when the next one starts).
    SmtpTranscript *sessionTranscript() const { return m_transcript; }
    // Spell checking's dictionaries (Enchant) and the person's own words, shared by every window.
    SpellBackend *spellBackend() const { return m_spellBackend; }
    PersonalDictionary *personalDictionary() const { return m_personalDictionary; }

    // For scripts/run: makes sure an account named "Local test server" reaches the local demo server at
    // 'host':'port' (no encryption — loopback — and no login, marked Account::localTestServer), creating it
    // as the default when there is no account at all. Returns the account's id, or empty when nothing was
    // done.
    QString ensureDemoAccount(const QString &host, quint16 port);
    static QString demoAccountName();
    // Where the demo server keeps what it receives: demo-mail in the store's folder (AppDataLocation), the
    // folder scripts/run gives it.
    QString demoMailFolder() const;

    // Asks for a password (the keychain had none, or it was wrong) and stores it in the keychain when the
    // person ticks "remember" (otherwise a wrong one kept there is removed, so it is not tried again);
    // 'done' gets the password, or an empty string when the person cancelled.
    void askPassword(const Account &account, const QString &reason, QWidget *parent,
        const std::function<void(const QString &)> &done);
    // The next resolveSettings() for this account uses this secret instead of the keychain's (a password
    // just typed for a retry, not to be remembered). Held in memory for that one use only.
    void useSecretOnce(const QString &accountId, const QString &secret);
    // The settings to send with or test an account: the secret from the keychain (or asked for); for an
    // account that signs in with OAuth, an access token from its sign-in (refreshed first when it is about
    // to expire, or when 'refreshToken': the server refused the last one).
    void resolveSettings(const Account &account, QWidget *parent,
        const std::function<void(const SmtpConnectionSettings &, const QString &error)> &done,
        bool refreshToken = false);
    // The IMAP settings for an account's Sent copy (its own secret from the keychain, or the SMTP one when
    // they share a login), or an error: no IMAP server, no password saved.
    void resolveImap(const Account &account, const SentCopyQueue::SettingsReady &ready);
    OAuthCredentials *oauth() const { return m_oauth; }

Q_SIGNALS:
    // The keychain cannot be used (no Secret Service / KWallet): windows show a banner.
    void keychainUnavailable(const QString &reason);

private:
    void init(const Paths &paths);
    void resolveItem(const OutboxItem &item, const OutboxSender::SettingsReady &ready);
    void resolveCopy(const OutboxItem &item, const SentCopyQueue::SettingsReady &ready);
    void onItemStarted(const QString &id, SmtpSender *sender);

    AccountStore *m_accounts = nullptr;
    AccountListModel *m_accountModel = nullptr;
    SecretStore *m_secrets = nullptr;
    OAuthCredentials *m_oauth = nullptr;
    MailStore *m_store = nullptr;
    OutboxSender *m_sender = nullptr;
    SentCopyQueue *m_copies = nullptr;
    DraftListModel *m_draftModel = nullptr;
    OutboxModel *m_outboxModel = nullptr;
    SentModel *m_sentModel = nullptr;
    RecentAddresses *m_recent = nullptr;
    SmtpTranscript *m_transcript = nullptr;
    // The session the transcript records, and the messages whose sessions it holds.
    QPointer<SmtpSender> m_transcriptSender;
    QSet<QString> m_transcriptItems;
    SpellBackend *m_spellBackend = nullptr;
    PersonalDictionary *m_personalDictionary = nullptr;
    ServerLimits m_limits;
    UndoSendSetting m_undoSend;
    MailStore::Recovery m_recovery;
    QString m_error;
    QHash<QString, QString> m_secretOnce;
};
