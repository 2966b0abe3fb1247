// Account profiles: the Account value, the accounts file format, AccountStore (atomic writes, one default,
// broken files that lose nothing, other processes' changes) and AccountListModel.
#include "accounts/account.h"
#include "accounts/accountfile.h"
#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "accounts/secretmemory.h"
#include "accounts/secretstore.h"

#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

Account sample(const QString &name, const QString &address = QStringLiteral("alice@example.org"))
{
    Account a;
    a.name = name;
    a.address = address;
    a.host = QStringLiteral("smtp.example.org");
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void accountDefaults();
    void toConnectionSettings();
    void toConnectionSettingsCaFileMissing();
    void validate();
    void wipingReachesEveryCopy();
    void fileRoundTrip();
    void fileRoundTripEveryField();
    void fileNameInAddressIsRead();
    void imapSettings();
    void imapToConnectionSettings();

    void storeInAppConfigLocation();
    void addListShowRemove();
    void exactlyOneDefault();
    void firstRealAccountReplacesLocalTestServer();
    void renameKeepsId();
    void duplicate();
    void nameConflicts();

    void brokenEntryLosesNothing();
    void brokenEntries_data();
    void brokenEntries();
    void newerVersionIsReadOnly();
    void handWrittenAccountGetsStableId();
    void unreadableFileIsNotOverwritten();
    void failedWriteLeavesFileAndStore();

    void otherProcessChangesAreKept();
    void watchingFollowsOtherWriters();

    void listModel();
    void listModelFollowsReload();

private:
    QString m_path;
};

void TestAccountStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Epistle"));
    QCoreApplication::setApplicationName(QStringLiteral("epistle-tst-accountstore"));
}

void TestAccountStore::init()
{
    m_path = AccountStore::defaultFilePath();
    QDir(QFileInfo(m_path).absolutePath()).removeRecursively();
}

void TestAccountStore::accountDefaults()
{
    Account a = sample(QStringLiteral("Work"));
    QCOMPARE(a.security, Smtp::Security::StartTls);
    QCOMPARE(a.effectivePort(), quint16(587));
    a.security = Smtp::Security::Tls;
    QCOMPARE(a.effectivePort(), quint16(465));
    a.security = Smtp::Security::None;
    QCOMPARE(a.effectivePort(), quint16(25));
    a.port = 2525;
    QCOMPARE(a.effectivePort(), quint16(2525));
    QCOMPARE(a.loginUser(), QStringLiteral("alice@example.org"));
    a.user = QStringLiteral("alice");
    QCOMPARE(a.loginUser(), QStringLiteral("alice"));
    QVERIFY(a.needsSecret());
    a.authMechanism = "none";
    QVERIFY(!a.needsSecret());
    a.senderName = QStringLiteral("Alice Example");
    QCOMPARE(a.fromHeader(), QStringLiteral("Alice Example <alice@example.org>"));
    QVERIFY(a.dsnNotify().isEmpty());
    a.dsnOnFailure = a.dsnOnDelay = true;
    QCOMPARE(a.dsnNotify(), (QList<QByteArray> { "FAILURE", "DELAY" }));
    a.dsnReturn = Account::DsnReturn::Headers;
    QCOMPARE(a.dsnReturnKeyword(), QByteArray("HDRS"));
    QVERIFY(Account::newId() != Account::newId());
}

void TestAccountStore::toConnectionSettings()
{
    Account a = sample(QStringLiteral("Work"));
    a.security = Smtp::Security::Tls;
    a.heloName = QStringLiteral("client.example.org");
    a.timeoutSeconds = 30;
    a.caFile = AccountsTest::certPath(QStringLiteral("ca.pem"));
    QByteArray pin;
    QVERIFY(Account::parseFingerprint(QStringLiteral("00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:"
                                                     "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff"),
        &pin));
    a.pinnedSha256 = { pin };
    a.authMechanism = "SCRAM-SHA-256";

    SmtpCredentials credentials;
    credentials.password = QStringLiteral("secret");
    QString error;
    SmtpConnectionSettings s = a.toConnectionSettings(credentials, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.host, QStringLiteral("smtp.example.org"));
    QCOMPARE(s.port, quint16(0));
    QCOMPARE(s.effectivePort(), quint16(465));
    QCOMPARE(s.security, Smtp::Security::Tls);
    QCOMPARE(s.heloName, QStringLiteral("client.example.org"));
    QCOMPARE(s.authMechanism, QByteArray("SCRAM-SHA-256"));
    QCOMPARE(s.credentials.user, QStringLiteral("alice@example.org")); // the address, as no user was set
    QCOMPARE(s.credentials.password, QStringLiteral("secret"));
    QCOMPARE(s.timeouts.command, 30000);
    QCOMPARE(s.timeouts.connect, 30000);
    QCOMPARE(s.tls.caCertificates.size(), 1);
    QCOMPARE(s.tls.pinnedSha256, QList<QByteArray> { pin });
    QCOMPARE(s.proxy.type(), QNetworkProxy::DefaultProxy);

    a.proxyType = Account::ProxyType::Socks5;
    a.proxyHost = QStringLiteral("127.0.0.1");
    a.proxyPort = 1080;
    a.proxyUser = QStringLiteral("p");
    s = a.toConnectionSettings(credentials, nullptr, QStringLiteral("proxysecret"));
    QCOMPARE(s.proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(s.proxy.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(s.proxy.port(), quint16(1080));
    QCOMPARE(s.proxy.user(), QStringLiteral("p"));
    QCOMPARE(s.proxy.password(), QStringLiteral("proxysecret"));
    a.proxyType = Account::ProxyType::None;
    QCOMPARE(a.toConnectionSettings().proxy.type(), QNetworkProxy::NoProxy);

    // auth none: the credentials are not passed on, whatever the caller has.
    a.authMechanism = "none";
    s = a.toConnectionSettings(credentials);
    QVERIFY(s.credentials.isEmpty());
    QCOMPARE(s.authMechanism, QByteArray("none"));
}

void TestAccountStore::toConnectionSettingsCaFileMissing()
{
    Account a = sample(QStringLiteral("Work"));
    a.caFile = QStringLiteral("/nonexistent/ca.pem");
    QString error;
    const SmtpConnectionSettings s = a.toConnectionSettings({}, &error);
    QVERIFY(s.tls.caCertificates.isEmpty());
    QVERIFY2(error.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(error));
}

void TestAccountStore::validate()
{
    QVERIFY(sample(QStringLiteral("Work")).validate().isEmpty());
    Account a = sample(QStringLiteral("Work"));
    a.address = QStringLiteral("not-an-address");
    QVERIFY(!a.validate().isEmpty());
    a = sample(QStringLiteral("Work"));
    a.host.clear();
    QVERIFY(!a.validate().isEmpty());
    // The address field holds the address only: a display name in it would fail at every send.
    a = sample(QStringLiteral("Work"), QStringLiteral("Alice <alice@example.org>"));
    QVERIFY(!a.validate().isEmpty());
    QVERIFY2(a.validate().first().contains(QLatin1String("plain address")), qPrintable(a.validate().first()));
    a = sample(QStringLiteral("Work"));
    a.senderName = QStringLiteral("Evil\r\nBcc: x@example.org");
    QVERIFY(!a.validate().isEmpty());
    a = sample(QStringLiteral("Work"));
    a.proxyType = Account::ProxyType::Http;
    QVERIFY(!a.validate().isEmpty());
}

void TestAccountStore::wipingReachesEveryCopy()
{
    // A secret read from the keychain or a file is usually shared (implicitly) by several QStrings by the
    // time it is wiped: the characters must go from the buffer they all point to, not from a detached copy.
    QString secret = QStringLiteral("correct horse battery staple").toUpper(); // heap data, not a literal
    const QString copy = secret;
    const QChar *buffer = copy.constData();
    const qsizetype size = copy.size();
    SecretMemory::wipe(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(copy.constData(), buffer); // the copy still owns the buffer, so reading it is safe
    for (qsizetype i = 0; i < size; ++i) {
        QCOMPARE(buffer[i], QChar(0));
    }

    QByteArray bytes = QByteArray("s3cret-token").toUpper();
    const QByteArray bytesCopy = bytes;
    SecretMemory::wipe(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(bytesCopy, QByteArray(12, '\0'));

    // A literal's characters are read-only: wiping one empties the value and touches nothing else.
    QString literal = QStringLiteral("not a secret");
    SecretMemory::wipe(literal);
    QVERIFY(literal.isEmpty());
    QCOMPARE(QStringLiteral("not a secret").size(), 12);

    SmtpCredentials credentials;
    credentials.user = QStringLiteral("alice");
    credentials.password = QStringLiteral("pw").repeated(3);
    credentials.oauthToken = QStringLiteral("tok").repeated(3);
    const QString password = credentials.password;
    SecretMemory::wipe(credentials);
    QVERIFY(credentials.password.isEmpty() && credentials.oauthToken.isEmpty());
    QCOMPARE(credentials.user, QStringLiteral("alice"));
    QCOMPARE(password, QString(6, QChar(0)));
}

void TestAccountStore::fileRoundTrip()
{
    QList<Account> accounts = { sample(QStringLiteral("Work")),
        sample(QStringLiteral("Home"), QStringLiteral("a@home.example")) };
    accounts[0].id = Account::newId();
    accounts[0].isDefault = true;
    accounts[1].id = Account::newId();
    const QByteArray text = AccountFile::serialize(accounts);
    QVERIFY(text.contains("[epistle]\nversion = 1\n"));
    QVERIFY(text.contains("[account \"Work\"]\n"));
    QVERIFY(!text.toLower().contains("password ="));
    const AccountFile::Parsed parsed = AccountFile::parse(text);
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.accounts, accounts);
    QCOMPARE(AccountFile::serialize(parsed.accounts), text);
}

void TestAccountStore::fileRoundTripEveryField()
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("Ärger \"quoted\" [x]");
    a.isDefault = true;
    a.senderName = QStringLiteral("  Zoë Ünïcode ☂ ");
    a.address = QStringLiteral("zoe@example.org");
    a.user = QStringLiteral("zoe");
    a.host = QStringLiteral("mail.example.org");
    a.port = 2525;
    a.security = Smtp::Security::None;
    a.authMechanism = "CRAM-MD5";
    a.heloName = QStringLiteral("laptop.example.org");
    a.timeoutSeconds = 45;
    a.caFile = QStringLiteral("/etc/ssl/company ca.pem");
    a.pinnedSha256 = { QByteArray(32, '\x11'), QByteArray(32, '\xee') };
    a.requireTls = true;
    a.proxyType = Account::ProxyType::Http;
    a.proxyHost = QStringLiteral("::1");
    a.proxyPort = 3128;
    a.proxyUser = QStringLiteral("proxyuser");
    a.replyTo = QStringLiteral("replies@example.org");
    a.signature = QStringLiteral("-- \nZoë\n\t\"Example\" Ltd. # not a comment \\ backslash\n");
    a.dsnOnSuccess = a.dsnOnFailure = a.dsnOnDelay = true;
    a.dsnReturn = Account::DsnReturn::Full;
    a.localTestServer = true;
    a.imap.host = QStringLiteral("imap.example.org");
    a.imap.port = 1993;
    a.imap.security = Smtp::Security::StartTls;
    a.imap.user = QStringLiteral("zoe.imap");
    a.imap.sentCopy = AccountImap::SentCopy::Folder;
    a.imap.sentFolder = QStringLiteral("Gesendete Objekte");
    const QByteArray text = AccountFile::serialize({ a });
    const AccountFile::Parsed parsed = AccountFile::parse(text);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).toString()));
    QCOMPARE(parsed.accounts.size(), 1);
    QCOMPARE(parsed.accounts.first(), a);
    // Hand-editing: CRLF line ends, a BOM, comments and odd spacing read the same.
    QByteArray edited = "\xEF\xBB\xBF# my accounts\r\n" + text;
    edited.replace("\n", "\r\n");
    edited.replace("security = none", "   SECURITY=NONE   ");
    const AccountFile::Parsed again = AccountFile::parse(edited);
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(again.accounts.first(), a);
}

void TestAccountStore::imapSettings()
{
    // A file written before IMAP existed reads as "no server, no copy", and is written back the same.
    const QByteArray old = "[epistle]\nversion = 1\n\n[account \"Old\"]\nid = id-old\naddress = "
                           "o@example.org\nserver = smtp.example.org\nsecurity = tls\nauth = auto\n";
    const AccountFile::Parsed parsed = AccountFile::parse(old);
    QVERIFY(parsed.problems.isEmpty());
    const Account a = parsed.accounts.value(0);
    QVERIFY(!a.imap.isConfigured());
    QVERIFY(!a.imap.savesCopy());
    QVERIFY(!AccountFile::serialize({ a }).contains("imap"));
    QVERIFY(!AccountFile::serialize({ a }).contains("sent-folder"));

    // Written by hand: the copy goes to the server's own Sent folder, the login is the SMTP one.
    const AccountFile::Parsed withImap
        = AccountFile::parse(old + "imap-server = imap.example.org\nimap-security = tls\n");
    QVERIFY2(withImap.problems.isEmpty(), qPrintable(withImap.problems.value(0).toString()));
    const Account b = withImap.accounts.value(0);
    QCOMPARE(b.imap.host, QStringLiteral("imap.example.org"));
    QCOMPARE(b.imap.effectivePort(), quint16(993));
    QCOMPARE(b.imap.sentCopy, AccountImap::SentCopy::Auto);
    QVERIFY(b.imap.savesCopy());
    QCOMPARE(b.imap.loginUser(b), QStringLiteral("o@example.org"));
    QVERIFY(b.imap.sharesSmtpSecret(b));
    QVERIFY(AccountFile::serialize({ b }).contains("sent-folder = auto\n"));

    // "none" and a folder name; "NONE" and "Auto" are the words, not folders.
    Account c = b;
    QVERIFY(c.imap.setSentFolderSetting(QStringLiteral("NONE")));
    QVERIFY(!c.imap.savesCopy());
    QVERIFY(c.imap.setSentFolderSetting(QStringLiteral(" Archive/Sent ")));
    QCOMPARE(c.imap.sentCopy, AccountImap::SentCopy::Folder);
    QCOMPARE(c.imap.sentFolder, QStringLiteral("Archive/Sent"));
    QVERIFY(c.imap.setSentFolderSetting(QStringLiteral("Auto")));
    QCOMPARE(c.imap.sentCopy, AccountImap::SentCopy::Auto);
    QVERIFY(!c.imap.setSentFolderSetting(QStringLiteral("  ")));

    // Another login has its own secret; an OAuth account's token serves both.
    c.imap.user = QStringLiteral("other");
    QVERIFY(!c.imap.sharesSmtpSecret(c));
    c.authMechanism = "XOAUTH2";
    QVERIFY(c.imap.sharesSmtpSecret(c));
    QCOMPARE(SecretStore::keyFor(c.id, SecretStore::Kind::ImapPassword), c.id + QStringLiteral("#imap"));

    // A line break in the folder name would end up in an IMAP command.
    c.imap.sentCopy = AccountImap::SentCopy::Folder;
    c.imap.sentFolder = QStringLiteral("Sent\r\nA1 DELETE INBOX");
    QVERIFY(!c.validate().isEmpty());
}

void TestAccountStore::imapToConnectionSettings()
{
    Account a = sample(QStringLiteral("Work"));
    a.host = QStringLiteral("mail.example.org");
    a.pinnedSha256 = { QByteArray(32, '\x42') };
    a.timeoutSeconds = 20;
    a.imap.host = QStringLiteral("mail.example.org");
    a.imap.security = Smtp::Security::StartTls;
    SmtpCredentials secret;
    secret.password = QStringLiteral("pw");
    ImapConnectionSettings s = a.imap.toConnectionSettings(a, secret);
    QCOMPARE(s.host, QStringLiteral("mail.example.org"));
    QCOMPARE(s.effectivePort(), quint16(143));
    QCOMPARE(s.security, Smtp::Security::StartTls);
    QCOMPARE(s.credentials.user, a.loginUser());
    QCOMPARE(s.credentials.password, QStringLiteral("pw"));
    QCOMPARE(s.authMechanism, QByteArray("auto"));
    QCOMPARE(s.timeouts.command, 20000);
    // The pin was given for this very host: it holds for IMAP too; for another host it does not.
    QCOMPARE(s.tls.pinnedSha256, a.pinnedSha256);
    a.imap.host = QStringLiteral("imap.example.org");
    a.imap.user = QStringLiteral("alice-imap");
    s = a.imap.toConnectionSettings(a, secret);
    QVERIFY(s.tls.pinnedSha256.isEmpty());
    QCOMPARE(s.credentials.user, QStringLiteral("alice-imap"));
    a.authMechanism = "XOAUTH2";
    QCOMPARE(a.imap.toConnectionSettings(a).authMechanism, QByteArray("XOAUTH2"));
}

void TestAccountStore::fileNameInAddressIsRead()
{
    // Earlier, `accounts add --from "Name <addr>"` stored the whole text as the address. Such an account is
    // read as the sender it meant: the address, and the name unless sender-name gives one.
    const AccountFile::Parsed parsed
        = AccountFile::parse("[account \"Old\"]\n"
                             "address = Alice Example <alice@example.org>\n"
                             "server = smtp.example.org\n"
                             "[account \"Named\"]\n"
                             "sender-name = Alice at Work\n"
                             "address = \"\\\"Example, Alice\\\" <alice@example.org>\"\n"
                             "server = smtp.example.org\n"
                             "[account \"Broken\"]\n"
                             "address = a@example.org, b@example.org\n"
                             "server = smtp.example.org\n");
    QCOMPARE(parsed.accounts.size(), 2);
    QCOMPARE(parsed.accounts.at(0).address, QStringLiteral("alice@example.org"));
    QCOMPARE(parsed.accounts.at(0).senderName, QStringLiteral("Alice Example"));
    QCOMPARE(parsed.accounts.at(1).address, QStringLiteral("alice@example.org"));
    QCOMPARE(parsed.accounts.at(1).senderName, QStringLiteral("Alice at Work"));
    // Two addresses cannot be one sender: kept aside as written, and said why.
    QCOMPARE(parsed.unreadable.size(), 1);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().account, QStringLiteral("Broken"));
    // Written back the right way.
    const QByteArray written = AccountFile::serialize(parsed.accounts);
    QVERIFY2(
        written.contains("sender-name = Alice Example\naddress = alice@example.org\n"), written.constData());
}

void TestAccountStore::storeInAppConfigLocation()
{
    QVERIFY(m_path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    QVERIFY(m_path.contains(QLatin1String(".qttest"))); // test mode redirects it
    AccountStore store;
    QCOMPARE(store.filePath(), m_path);
    QVERIFY(store.load()); // a missing file is an empty store
    QVERIFY(store.isEmpty());
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(store.add(sample(QStringLiteral("Work"))));
    QVERIFY(QFile::exists(m_path));
    // Owner-only: nobody else needs to know the servers and logins.
    QCOMPARE(QFile::permissions(m_path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
}

void TestAccountStore::addListShowRemove()
{
    AccountStore store;
    QVERIFY(store.load());
    QSignalSpy added(&store, &AccountStore::accountAdded);
    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    Account work = sample(QStringLiteral("Work"));
    work.senderName = QStringLiteral("Alice");
    QVERIFY(store.add(&work));
    QVERIFY(!work.id.isEmpty());
    QVERIFY(work.isDefault); // the first account
    Account home = sample(QStringLiteral("Home"), QStringLiteral("alice@home.example"));
    QVERIFY(store.add(&home));
    QVERIFY(!home.isDefault);
    QCOMPARE(added.size(), 2);
    QCOMPARE(store.count(), 2);

    AccountStore reader;
    QVERIFY(reader.load());
    QCOMPARE(reader.accounts(), store.accounts());
    QCOMPARE(reader.accountByName(QStringLiteral("work")).id, work.id); // case-insensitive lookup
    QCOMPARE(reader.account(home.id).address, QStringLiteral("alice@home.example"));

    Account edited = reader.account(home.id);
    edited.security = Smtp::Security::Tls;
    edited.signature = QStringLiteral("Alice\nat home");
    QVERIFY(reader.update(edited));
    QVERIFY(store.load());
    QCOMPARE(store.account(home.id).signature, QStringLiteral("Alice\nat home"));

    QVERIFY(store.remove(work.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toString(), work.id);
    QCOMPARE(store.count(), 1);
    QVERIFY(store.defaultAccount().id == home.id); // the default moved to the remaining account
    QVERIFY(!store.remove(work.id));
    QVERIFY(!store.errorString().isEmpty());
}

void TestAccountStore::exactlyOneDefault()
{
    AccountStore store;
    QVERIFY(store.load());
    Account a = sample(QStringLiteral("A")), b = sample(QStringLiteral("B")), c = sample(QStringLiteral("C"));
    QVERIFY(store.add(&a));
    QVERIFY(store.add(&b));
    c.isDefault = true;
    QVERIFY(store.add(&c)); // added as the default: the old default gives way
    const auto defaults = [&] {
        int n = 0;
        for (const Account &x : store.accounts()) {
            n += x.isDefault ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(defaults(), 1);
    QCOMPARE(store.defaultAccount().id, c.id);
    QVERIFY(store.setDefault(b.id));
    QCOMPARE(defaults(), 1);
    QCOMPARE(store.defaultAccount().id, b.id);
    // Clearing the flag on the default is refused: say which one should be the default instead.
    Account notDefault = store.account(b.id);
    notDefault.isDefault = false;
    QVERIFY(!store.update(notDefault));
    QCOMPARE(store.defaultAccount().id, b.id);
    QVERIFY(store.remove(b.id));
    QCOMPARE(defaults(), 1);
    QVERIFY(store.remove(a.id));
    QVERIFY(store.remove(c.id));
    QCOMPARE(defaults(), 0);
    QVERIFY(store.defaultAccount().id.isEmpty());

    // Several defaults written by hand: the first one wins.
    writeFile(m_path,
        "[account \"X\"]\naddress = x@e.org\nserver = s\ndefault = true\n"
        "[account \"Y\"]\naddress = y@e.org\nserver = s\ndefault = yes\n");
    QVERIFY(store.load());
    QCOMPARE(defaults(), 1);
    QCOMPARE(store.defaultAccount().name, QStringLiteral("X"));
}

void TestAccountStore::firstRealAccountReplacesLocalTestServer()
{
    // Issue 15 fault 1: the demo's local test server stayed the default after a real account was added, so
    // messages "sent" from the composer never left the machine.
    AccountStore store;
    QVERIFY(store.load());
    Account demo = sample(QStringLiteral("Local test server"));
    demo.localTestServer = true;
    QVERIFY(store.add(&demo));
    QCOMPARE(store.defaultAccount().id, demo.id);
    Account work = sample(QStringLiteral("Work"));
    QVERIFY(store.add(&work));
    QCOMPARE(store.defaultAccount().id, work.id);
    QVERIFY(store.load());
    QCOMPARE(store.defaultAccount().id, work.id);
    QVERIFY(store.account(demo.id).localTestServer);
    // The second real account leaves the person's default alone.
    Account home = sample(QStringLiteral("Home"));
    QVERIFY(store.add(&home));
    QCOMPARE(store.defaultAccount().id, work.id);
    // A second local test server never takes the default from a real account either.
    Account demo2 = sample(QStringLiteral("Local test server 2"));
    demo2.localTestServer = true;
    QVERIFY(store.add(&demo2));
    QCOMPARE(store.defaultAccount().id, work.id);
}

void TestAccountStore::renameKeepsId()
{
    AccountStore store;
    QVERIFY(store.load());
    Account a = sample(QStringLiteral("Old name"));
    QVERIFY(store.add(&a));
    QVERIFY(store.rename(a.id, QStringLiteral("New name")));
    AccountStore reader;
    QVERIFY(reader.load());
    QCOMPARE(reader.count(), 1);
    QCOMPARE(reader.accounts().first().name, QStringLiteral("New name"));
    QCOMPARE(reader.accounts().first().id, a.id); // the keychain key stays the same
    QVERIFY(!store.rename(a.id, QStringLiteral("  ")));
}

void TestAccountStore::duplicate()
{
    AccountStore store;
    QVERIFY(store.load());
    Account a = sample(QStringLiteral("Work"));
    a.signature = QStringLiteral("sig");
    QVERIFY(store.add(&a));
    const QString copyId = store.duplicate(a.id);
    QVERIFY(!copyId.isEmpty());
    QVERIFY(copyId != a.id);
    const Account copy = store.account(copyId);
    QCOMPARE(copy.name, QStringLiteral("Work (2)"));
    QCOMPARE(copy.signature, QStringLiteral("sig"));
    QVERIFY(!copy.isDefault);
    QCOMPARE(store.account(store.duplicate(a.id, QStringLiteral("Third"))).name, QStringLiteral("Third"));
    QVERIFY(store.duplicate(a.id, QStringLiteral("third")).isEmpty()); // name taken
}

void TestAccountStore::nameConflicts()
{
    AccountStore store;
    QVERIFY(store.load());
    QVERIFY(store.add(sample(QStringLiteral("Work"))));
    QVERIFY(!store.add(sample(QStringLiteral("WORK"))));
    QVERIFY(store.errorString().contains(QLatin1String("exists")));
    Account b = sample(QStringLiteral("Other"));
    QVERIFY(store.add(&b));
    b.name = QStringLiteral("work");
    QVERIFY(!store.update(b));
    Account invalid = sample(QStringLiteral("Bad"));
    invalid.address.clear();
    QVERIFY(!store.add(invalid));
    QCOMPARE(store.count(), 2);
}

void TestAccountStore::brokenEntryLosesNothing()
{
    const QByteArray original
        = "# hand-edited\n"
          "[epistle]\nversion = 1\n\n"
          "[account \"First\"]\nid = id-first\naddress = first@example.org\nserver = smtp.example.org\n"
          "\n"
          "[account \"Broken\"]\nid = id-broken\naddress = broken@example.org\nserver = smtp.example.org\n"
          "security = ssl-please\n# a comment the person wrote\n"
          "\n"
          "[account \"Last\"]\nid = id-last\naddress = last@example.org\nserver = smtp.example.org\n";
    writeFile(m_path, original);
    AccountStore store;
    QSignalSpy problems(&store, &AccountStore::problemsFound);
    QVERIFY(store.load());
    QCOMPARE(problems.size(), 1);
    // The good ones load; the bad one is named with its line.
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.accounts().at(0).name, QStringLiteral("First"));
    QCOMPARE(store.accounts().at(1).name, QStringLiteral("Last"));
    QCOMPARE(store.problems().size(), 1);
    const AccountFile::Problem p = store.problems().first();
    QCOMPARE(p.line, 14);
    QCOMPARE(p.account, QStringLiteral("Broken"));
    const QString message = store.problemMessages().first();
    QVERIFY2(message.contains(m_path
                 + QLatin1String(" line 14 (account \"Broken\"): security must be tls, starttls or "
                                 "none, found \"ssl-please\"")),
        qPrintable(message));
    // Its name stays taken while it is in the file.
    QVERIFY(!store.isNameAvailable(QStringLiteral("broken")));

    // A change writes the file again: the broken section is still there, as written, and a backup of the
    // original exists.
    QVERIFY(store.add(sample(QStringLiteral("New"))));
    const QByteArray now = readAll(m_path);
    QVERIFY(now.contains(
        "[account \"Broken\"]\nid = id-broken\naddress = broken@example.org\nserver = smtp.example.org\n"
        "security = ssl-please\n# a comment the person wrote\n"));
    QVERIFY(now.contains("[account \"First\"]"));
    QVERIFY(now.contains("[account \"Last\"]"));
    QVERIFY(now.contains("[account \"New\"]"));
    QVERIFY(!store.backupPath().isEmpty());
    QCOMPARE(readAll(store.backupPath()), original);

    // Fixing the line by hand brings the account back, with its id.
    QByteArray fixed = now;
    fixed.replace("security = ssl-please", "security = tls");
    writeFile(m_path, fixed);
    QVERIFY(store.load());
    QVERIFY(store.problems().isEmpty());
    QCOMPARE(store.count(), 4);
    QCOMPARE(store.accountByName(QStringLiteral("Broken")).id, QStringLiteral("id-broken"));
}

void TestAccountStore::brokenEntries_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<int>("line"); // within the whole file (the section under test starts on line 5)
    QTest::addColumn<QString>("message");
    const QByteArray base = "address = b@example.org\nserver = s.example.org\n";
    QTest::newRow("unknown key") << QByteArray("[account \"B\"]\n" + base + "sever = x\n") << 8
                                 << QStringLiteral("unknown setting \"sever\"");
    QTest::newRow("no equals") << QByteArray("[account \"B\"]\n" + base + "just words\n") << 8
                               << QStringLiteral("expected \"key = value\"");
    QTest::newRow("unterminated quote") << QByteArray("[account \"B\"]\n" + base + "signature = \"abc\n") << 8
                                        << QStringLiteral("no closing quote");
    QTest::newRow("bad escape") << QByteArray("[account \"B\"]\n" + base + "signature = \"a\\qb\"\n") << 8
                                << QStringLiteral("unknown escape");
    QTest::newRow("bad port") << QByteArray("[account \"B\"]\n" + base + "port = 99999\n") << 8
                              << QStringLiteral("port must be");
    QTest::newRow("bad fingerprint") << QByteArray("[account \"B\"]\n" + base + "fingerprint = abcd\n") << 8
                                     << QStringLiteral("fingerprint must be");
    QTest::newRow("twice") << QByteArray("[account \"B\"]\n" + base + "server = t.example.org\n") << 8
                           << QStringLiteral("\"server\" is set twice");
    QTest::newRow("no address") << QByteArray("[account \"B\"]\nserver = s\n") << 5
                                << QStringLiteral("no address");
    QTest::newRow("no name") << QByteArray("[account \"\"]\n" + base) << 5 << QStringLiteral("has no name");
    QTest::newRow("same name") << QByteArray("[account \"good\"]\n" + base) << 5
                               << QStringLiteral("same name");
    QTest::newRow("same id") << QByteArray("[account \"B\"]\nid = id-good\n" + base) << 5
                             << QStringLiteral("same id");
    QTest::newRow("not utf-8") << QByteArray("[account \"B\"]\n" + base + "sender-name = \xff\xfe\n") << 8
                               << QStringLiteral("not valid UTF-8");
    QTest::newRow("unknown section") << QByteArray("[acount \"B\"]\n" + base) << 5
                                     << QStringLiteral("unknown section");
    QTest::newRow("header") << QByteArray("[account \"B\"\n" + base) << 5
                            << QStringLiteral("must end with ]");
    QTest::newRow("imap security") << QByteArray("[account \"B\"]\n" + base + "imap-security = none\n") << 8
                                   << QStringLiteral("imap-security must be tls or starttls");
    QTest::newRow("imap port") << QByteArray("[account \"B\"]\n" + base + "imap-port = 0x1\n") << 8
                               << QStringLiteral("imap-port must be");
    QTest::newRow("sent folder empty") << QByteArray("[account \"B\"]\n" + base + "sent-folder = \"\"\n") << 8
                                       << QStringLiteral("sent-folder must be");
}

void TestAccountStore::brokenEntries()
{
    QFETCH(QByteArray, section);
    QFETCH(int, line);
    QFETCH(QString, message);
    // The section under test sits between two good ones.
    const QByteArray good
        = "[account \"Good\"]\nid = id-good\naddress = g@example.org\nserver = s.example.org\n";
    const QByteArray file = good + section
        + "\n[account \"After\"]\nid = id-after\naddress = a@example.org\nserver = s.example.org\n";
    writeFile(m_path, file);
    AccountStore store;
    QVERIFY(store.load());
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.accounts().at(0).name, QStringLiteral("Good"));
    QCOMPARE(store.accounts().at(1).name, QStringLiteral("After"));
    QVERIFY(!store.problems().isEmpty());
    const AccountFile::Problem p = store.problems().first();
    QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
    QCOMPARE(p.line, line);
    // Whatever was wrong, writing keeps every line of it.
    QVERIFY(store.add(sample(QStringLiteral("Added"))));
    const QByteArray now = readAll(m_path);
    for (const QByteArray &l : section.split('\n')) {
        QVERIFY2(now.contains(l), l.constData());
    }
    QCOMPARE(readAll(store.backupPath()), file);
}

void TestAccountStore::newerVersionIsReadOnly()
{
    const QByteArray text
        = "[epistle]\nversion = 7\n[account \"Future\"]\naddress = f@example.org\nserver = s\n";
    writeFile(m_path, text);
    AccountStore store;
    QVERIFY(store.load());
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.count(), 1); // still usable
    QVERIFY(store.problemMessages().join(QLatin1Char('\n')).contains(QLatin1String("newer Epistle")));
    QVERIFY(!store.add(sample(QStringLiteral("Mine"))));
    QVERIFY(!store.remove(store.accounts().first().id));
    QCOMPARE(readAll(m_path), text);
}

void TestAccountStore::handWrittenAccountGetsStableId()
{
    const QByteArray text = "[account \"Hand\"]\naddress = h@example.org\nserver = smtp.example.org\n";
    writeFile(m_path, text);
    AccountStore first;
    QVERIFY(first.load());
    const QString id = first.accounts().first().id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(readAll(m_path), text); // reading does not rewrite the file
    AccountStore second;
    QVERIFY(second.load());
    QCOMPARE(second.accounts().first().id, id); // the same id every time
    // The next change writes it down.
    QVERIFY(second.add(sample(QStringLiteral("Other"))));
    QVERIFY(readAll(m_path).contains("id = " + id.toUtf8()));
    AccountStore third;
    QVERIFY(third.load());
    QCOMPARE(third.accountByName(QStringLiteral("Hand")).id, id);
}

void TestAccountStore::unreadableFileIsNotOverwritten()
{
    // A directory where the file should be: it cannot be read, so it must not be replaced either.
    QDir().mkpath(m_path);
    AccountStore store;
    QVERIFY(!store.load());
    QVERIFY(store.isReadOnly());
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(!store.add(sample(QStringLiteral("X"))));
    QVERIFY(QFileInfo(m_path).isDir());
    QDir(m_path).removeRecursively();
}

void TestAccountStore::failedWriteLeavesFileAndStore()
{
    AccountStore store;
    QVERIFY(store.load());
    QVERIFY(store.add(sample(QStringLiteral("Work"))));
    const QByteArray before = readAll(m_path);
    const QList<Account> accountsBefore = store.accounts();

    // A full disk, as far as this process can tell: files may not grow past 4 KiB. As root, permissions
    // would not stop a write; a file size limit does.
    rlimit old {};
    getrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    Account big = sample(QStringLiteral("Big"));
    big.signature = QString(8192, QLatin1Char('x'));
    QSignalSpy added(&store, &AccountStore::accountAdded);
    const bool ok = store.add(big);
    setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(!ok);
    QVERIFY2(store.errorString().contains(QLatin1String("Cannot write")), qPrintable(store.errorString()));
    QCOMPARE(added.size(), 0);
    QCOMPARE(store.accounts(), accountsBefore);
    QCOMPARE(readAll(m_path), before); // the old file, whole
    // No temporary file left behind.
    const QStringList left = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files);
    QCOMPARE(left, QStringList { QFileInfo(m_path).fileName() });
}

void TestAccountStore::otherProcessChangesAreKept()
{
    AccountStore gui;
    QVERIFY(gui.load());
    QVERIFY(gui.add(sample(QStringLiteral("From GUI"))));
    AccountStore cli; // another process
    QVERIFY(cli.load());
    QVERIFY(cli.add(sample(QStringLiteral("From CLI"))));
    // The GUI has not seen the CLI's account; its next change reads the file again instead of overwriting it.
    QSignalSpy reset(&gui, &AccountStore::reset);
    QVERIFY(gui.add(sample(QStringLiteral("Second from GUI"))));
    QCOMPARE(reset.size(), 1);
    AccountStore check;
    QVERIFY(check.load());
    QCOMPARE(check.count(), 3);
    QVERIFY(check.indexOfName(QStringLiteral("From CLI")) >= 0);
}

void TestAccountStore::watchingFollowsOtherWriters()
{
    AccountStore gui;
    QVERIFY(gui.load());
    gui.setWatchingFile(true);
    AccountListModel model(&gui);
    QSignalSpy reset(&gui, &AccountStore::reset);
    AccountStore cli;
    QVERIFY(cli.load());
    QVERIFY(cli.add(sample(QStringLiteral("Elsewhere"))));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QVERIFY(reset.size() >= 1);
    QCOMPARE(model.data(model.index(0), AccountListModel::NameRole).toString(), QStringLiteral("Elsewhere"));
    QVERIFY(cli.remove(cli.accounts().first().id));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 5000);
}

void TestAccountStore::listModel()
{
    AccountStore store;
    QVERIFY(store.load());
    AccountListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Account a = sample(QStringLiteral("Work"));
    a.security = Smtp::Security::Tls;
    QVERIFY(store.add(&a));
    Account b = sample(QStringLiteral("Home"), QStringLiteral("me@home.example"));
    QVERIFY(store.add(&b));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(AccountListModel::NameRole).toString(), QStringLiteral("Work"));
    QCOMPARE(first.data(AccountListModel::AddressRole).toString(), QStringLiteral("alice@example.org"));
    QCOMPARE(first.data(AccountListModel::ServerRole).toString(), QStringLiteral("smtp.example.org:465"));
    QCOMPARE(first.data(AccountListModel::SecurityRole).toString(), QStringLiteral("tls"));
    QCOMPARE(first.data(AccountListModel::IsDefaultRole).toBool(), true);
    QCOMPARE(first.data(AccountListModel::IdRole).toString(), a.id);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Work \u2014 alice@example.org"));
    QCOMPARE(first.data(AccountListModel::AccountRole).value<Account>(), store.account(a.id));
    QVERIFY(model.roleNames().values().contains("isDefault"));

    // A new default: both rows change.
    changed.clear();
    QVERIFY(store.setDefault(b.id));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(0).data(AccountListModel::IsDefaultRole).toBool(), false);
    QCOMPARE(model.index(1).data(AccountListModel::IsDefaultRole).toBool(), true);
    QCOMPARE(model.defaultRow(), 1);

    changed.clear();
    QVERIFY(store.rename(a.id, QStringLiteral("Office")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0).data(AccountListModel::NameRole).toString(), QStringLiteral("Office"));

    QVERIFY(store.remove(b.id)); // the default: the other becomes it
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(AccountListModel::IsDefaultRole).toBool(), true);
    QCOMPARE(model.rowOfId(a.id), 0);
}

void TestAccountStore::listModelFollowsReload()
{
    AccountStore store;
    QVERIFY(store.load());
    AccountListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    writeFile(m_path,
        "[account \"A\"]\naddress = a@e.org\nserver = s\n[account \"B\"]\naddress = b@e.org\nserver = s\n");
    QSignalSpy modelReset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(store.load());
    QCOMPARE(modelReset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.accountAt(1).name, QStringLiteral("B"));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
