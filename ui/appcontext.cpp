#include "appcontext.h"

#include "passworddialog.h"
#include "recentaddresses.h"
#include "spell/enchantbackend.h"
#include "spell/personaldictionary.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "accounts/oauthcredentials.h"
#include "accounts/secretstore.h"
#include "smtp/smtpsender.h"
#include "smtp/smtptranscript.h"
#include "store/draftlistmodel.h"
#include "store/outboxmodel.h"
#include "store/sentmodel.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QProcessEnvironment>

AppContext::AppContext(QObject *parent) : QObject(parent)
{
    init(Paths());
}

AppContext::AppContext(const Paths &paths, QObject *parent)
    : QObject(parent), m_limits(paths.uiSettings), m_undoSend(paths.uiSettings)
{
    init(paths);
}

AppContext::~AppContext()
{
    // The sender stops first: its callbacks refer to the stores below.
    delete m_copies;
    m_copies = nullptr;
    delete m_sender;
    m_sender = nullptr;
}

void AppContext::init(const Paths &paths)
{
    m_accounts
        = paths.accountsFile.isEmpty() ? new AccountStore(this) : new AccountStore(paths.accountsFile, this);
    m_accountModel = new AccountListModel(m_accounts, this);
    m_secrets = paths.keychainService.isEmpty() ? new SecretStore(this)
                                                : new SecretStore(paths.keychainService, this);
    m_oauth = new OAuthCredentials(m_secrets, this);
    m_store = new MailStore(paths.storeDirectory, this);
    m_recent = new RecentAddresses(paths.uiSettings, this);
    m_transcript = new SmtpTranscript(this);
    m_spellBackend = new EnchantBackend(this);
    m_personalDictionary
        = new PersonalDictionary(paths.personalDictionary.isEmpty() && !paths.storeDirectory.isEmpty()
                ? paths.storeDirectory + QStringLiteral("/personal-dictionary.txt")
                : paths.personalDictionary,
            this);
    connect(m_secrets, &SecretStore::keychainUnavailable, this, &AppContext::keychainUnavailable);
}

bool AppContext::open()
{
    if (!m_accounts->load()) {
        // A file that cannot be read at all leaves the store read-only; the app still runs and says so.
        m_error = m_accounts->errorString();
    }
    m_accounts->setWatchingFile(true);
    QString error;
    if (!m_store->open(&m_recovery, &error)) {
        m_error = error;
        return false;
    }
    m_sender = new OutboxSender(
        m_store->outbox(),
        [this](
            const OutboxItem &item, const OutboxSender::SettingsReady &ready) { resolveItem(item, ready); },
        this);
    // A token the server refused is refreshed once and the login tried again.
    m_sender->setRefusedTokenResolver(
        [this](const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
            const Account account = m_accounts->accountByName(item.account).id.isEmpty()
                ? m_accounts->account(item.account)
                : m_accounts->accountByName(item.account);
            if (!account.usesOAuthSignIn()) {
                ready({}, tr("The server refused the login."));
                return;
            }
            resolveSettings(account, nullptr, ready, true);
        });
    connect(m_sender, &OutboxSender::itemStarted, this, &AppContext::onItemStarted);
    m_draftModel = new DraftListModel(m_store->drafts(), this);
    m_outboxModel = new OutboxModel(m_store->outbox(), m_sender, this);
    m_sentModel = new SentModel(m_store->sent(), this);
    m_draftModel->setWatchDisk(true);
    m_outboxModel->setWatchDisk(true);
    m_sentModel->setWatchDisk(true);
    // Messages waiting for a retry go out on their own while the app runs, as in any mail program, and at
    // once when the network comes back.
    m_sender->setAutomatic(true);
    m_sender->setFollowNetwork(true);
    // The copies in the servers' Sent folders: the second step, after the server accepted a message.
    m_copies = new SentCopyQueue(
        m_store->sent(),
        [this](
            const OutboxItem &item, const SentCopyQueue::SettingsReady &ready) { resolveCopy(item, ready); },
        this);
    m_copies->setAutomatic(true);
    return true;
}

QStringList AppContext::accountProblems() const
{
    QStringList problems = m_accounts->problemMessages();
    if (m_accounts->isReadOnly() && !m_accounts->errorString().isEmpty()) {
        problems.prepend(m_accounts->errorString());
    }
    return problems;
}

QString AppContext::demoAccountName()
{
    return tr("Local test server");
}

QString AppContext::demoMailFolder() const
{
    return m_store->directory() + QStringLiteral("/demo-mail");
}

QString AppContext::ensureDemoAccount(const QString &host, quint16 port)
{
    const QString name = demoAccountName();
    Account existing = m_accounts->accountByName(name);
    if (!existing.id.isEmpty()) {
        if (existing.host != host || existing.effectivePort() != port || !existing.localTestServer) {
            existing.host = host;
            existing.port = port;
            // Made before accounts carried the mark: it is the demo's all the same.
            existing.localTestServer = true;
            m_accounts->update(existing);
        }
        return existing.id;
    }
    if (!m_accounts->isEmpty()) {
        return {};
    }
    Account demo;
    demo.name = name;
    const QString user
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("USER"), QStringLiteral("you"));
    demo.senderName = user;
    demo.address = user + QStringLiteral("@localhost");
    demo.host = host;
    demo.port = port;
    // Loopback only: nothing leaves this machine, so neither encryption nor a login is needed.
    demo.security = Smtp::Security::None;
    demo.authMechanism = "none";
    demo.proxyType = Account::ProxyType::None;
    demo.signature = tr("Sent with Epistle to the local test server");
    demo.isDefault = true;
    demo.localTestServer = true;
    if (!m_accounts->add(&demo)) {
        return {};
    }
    return demo.id;
}

void AppContext::askPassword(const Account &account, const QString &reason, QWidget *parent,
    const std::function<void(const QString &)> &done)
{
    auto *dialog = new PasswordDialog(account.name, account.loginUser(),
        QStringLiteral("%1:%2").arg(account.host).arg(account.effectivePort()),
        m_secrets->availability() != SecretStore::Availability::Unavailable, reason,
        parent ? parent : QApplication::activeWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const SecretStore::Kind kind
        = account.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    const QString id = account.id;
    QPointer<AppContext> self(this);
    connect(dialog, &QDialog::finished, this, [self, dialog, done, id, kind](int result) {
        if (result != QDialog::Accepted) {
            done(QString());
            return;
        }
        const QString password = dialog->password();
        if (self && dialog->remember()) {
            self->m_secrets->write(id, kind, password, self, [](const SecretStore::Result &) {});
        } else if (self) {
            self->m_secrets->keepForSession(id, kind, password, self, [](const SecretStore::Result &) {});
        }
        done(password);
    });
    dialog->open();
}

void AppContext::resolveSettings(const Account &account, QWidget *parent,
    const std::function<void(const SmtpConnectionSettings &, const QString &)> &done, bool refreshToken)
{
    const auto finish = [account, done](const QString &secret, const QString &proxyPassword) {
        SmtpCredentials credentials;
        if (account.usesOAuthToken()) {
            credentials.oauthToken = secret;
        } else {
            credentials.password = secret;
        }
        QString error;
        const SmtpConnectionSettings settings
            = account.toConnectionSettings(credentials, &error, proxyPassword);
        done(settings, QString());
    };
    const auto withProxyPassword = [this, account, finish](const QString &secret) {
        if (account.proxyUser.isEmpty()
            || (account.proxyType != Account::ProxyType::Socks5
                && account.proxyType != Account::ProxyType::Http)) {
            finish(secret, QString());
            return;
        }
        m_secrets->read(account.id, SecretStore::Kind::ProxyPassword, this,
            [finish, secret](const SecretStore::Result &r) { finish(secret, r.ok ? r.secret : QString()); });
    };
    if (!account.needsSecret()) {
        withProxyPassword(QString());
        return;
    }
    if (account.usesOAuthSignIn()) {
        m_oauth->accessToken(
            account, refreshToken, this, [done, withProxyPassword](const OAuthCredentials::Token &t) {
                if (!t.ok) {
                    done(SmtpConnectionSettings(), t.message);
                    return;
                }
                withProxyPassword(t.accessToken);
            });
        return;
    }
    const SecretStore::Kind kind
        = account.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    if (m_secretOnce.contains(account.id)) {
        withProxyPassword(m_secretOnce.take(account.id));
        return;
    }
    QPointer<QWidget> owner(parent);
    m_secrets->read(account.id, kind, this,
        [this, account, owner, done, withProxyPassword](const SecretStore::Result &r) {
            if (r.ok && !r.secret.isEmpty()) {
                withProxyPassword(r.secret);
                return;
            }
            askPassword(
                account, QString(), owner, [account, done, withProxyPassword](const QString &password) {
                    if (password.isEmpty()) {
                        done(SmtpConnectionSettings(),
                            tr("No password was given for the account \"%1\", so nothing was sent.")
                                .arg(account.name));
                        return;
                    }
                    withProxyPassword(password);
                });
        });
}

void AppContext::useSecretOnce(const QString &accountId, const QString &secret)
{
    m_secretOnce.insert(accountId, secret);
}

void AppContext::resolveItem(const OutboxItem &item, const OutboxSender::SettingsReady &ready)
{
    if (item.account.isEmpty()) {
        // Queued from the command line with --server: the connection is stored with the message, and its
        // password came from an environment variable or a file named there.
        SmtpConnectionSettings settings = OutboxItem::connectionFromJson(item.connection);
        const QString env = item.connection.value(QStringLiteral("passwordEnv")).toString();
        const QString file = item.connection.value(QStringLiteral("passwordFile")).toString();
        if (!env.isEmpty()) {
            settings.credentials.password = qEnvironmentVariable(env.toLocal8Bit().constData());
        } else if (!file.isEmpty()) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                settings.credentials.password
                    = QString::fromUtf8(f.readAll()).section(QLatin1Char('\n'), 0, 0);
            }
        }
        ready(settings, QString());
        return;
    }
    Account account = m_accounts->accountByName(item.account);
    if (account.id.isEmpty()) {
        account = m_accounts->account(item.account);
    }
    if (account.id.isEmpty()) {
        ready(SmtpConnectionSettings(), OutboxSender::accountRemovedMessage());
        return;
    }
    resolveSettings(account, nullptr, ready);
}

void AppContext::resolveCopy(const OutboxItem &item, const SentCopyQueue::SettingsReady &ready)
{
    Account account = m_accounts->account(item.account);
    if (account.id.isEmpty()) {
        account = m_accounts->accountByName(item.account);
    }
    if (account.id.isEmpty()) {
        ready({}, {}, OutboxSender::accountRemovedMessage());
        return;
    }
    if (!account.imap.isConfigured()) {
        ready({}, {}, AccountImap::noServerMessage(account.name));
        return;
    }
    resolveImap(account, ready);
}

void AppContext::resolveImap(const Account &account, const SentCopyQueue::SettingsReady &ready)
{
    const ImapSentCopyOptions options = account.imap.copyOptions();
    resolveSettings(account, nullptr,
        [this, account, options, ready](const SmtpConnectionSettings &smtp, const QString &error) {
            if (!error.isEmpty()) {
                ready({}, {}, error);
                return;
            }
            if (account.imap.sharesSmtpSecret(account)) {
                ready(account.imap.toConnectionSettings(account, smtp.credentials), options, {});
                return;
            }
            m_secrets->read(account.id, SecretStore::Kind::ImapPassword, this,
                [account, options, ready](const SecretStore::Result &r) {
                    if (!r.ok) {
                        ready({}, {},
                            tr("No IMAP password is saved for %1.").arg(account.imap.loginUser(account)));
                        return;
                    }
                    SmtpCredentials credentials;
                    credentials.password = r.secret;
                    ready(account.imap.toConnectionSettings(account, credentials), options, {});
                });
        });
}

void AppContext::onItemStarted(const QString &id, SmtpSender *sender)
{
    // The log keeps every session of the messages it shows (the failed attempt stays above its retry) and
    // starts afresh for other messages; a session that carries several messages is recorded once.
    if (sender != m_transcriptSender) {
        if (!m_transcriptItems.contains(id)) {
            m_transcript->clear();
            m_transcriptItems.clear();
        }
        m_transcriptSender = sender;
        sender->client()->setTranscript(m_transcript);
    }
    m_transcriptItems.insert(id);
    OutboxItem item;
    m_store->outbox()->item(id, &item);
    const QString accountId = m_accounts->accountByName(item.account).id;
    SmtpClient *client = sender->client();
    // Learn the server's SIZE limit (RFC 1870) from its EHLO, for the composer's size check next time: by the
    // time the envelope goes out, the last EHLO (after STARTTLS, if any) has been read.
    connect(
        sender, &SmtpSender::progressChanged, this, [this, client, accountId](SmtpSender::Progress progress) {
            if (progress == SmtpSender::Progress::SendingEnvelope && client
                && !client->capabilities().isEmpty()) {
                m_limits.setSizeLimit(accountId, client->capabilities().sizeLimit());
            }
        });
}
