// `epistle accounts ...` and `--account NAME` in `epistle test` / `epistle send`, run as the real binary
// (EPISTLE_BINARY) under run-with-keyring.sh, against a private Postfix. Each epistle process reads the
// password back from the keychain on its own, so this is also the cross-process check of SecretStore.
#include "accounts/accountstore.h"

#include "testenv.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Alice = QStringLiteral("alice@example.test");
const QByteArray AlicePassword = "correct horse";

struct Run
{
    int rc = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

bool keyringMode()
{
    return qEnvironmentVariableIntValue("EPISTLE_TEST_KEYRING") == 1;
}

} // namespace

class TestAccountsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void emptyList();
    void addShowListRemove();
    void addRefusals();
    void addFromForms_data();
    void addFromForms();
    void addFromRefusals_data();
    void addFromRefusals();
    void testWithAccount();
    void overridesFromCommandLine();
    void sendWithAccount();
    void defaultAccountWhenNoConnectionOptions();
    void unknownAccountIs78();
    void noPasswordSavedNoTerminal();
    void promptsOnTerminal();
    void noKeychainDoesNotHang();
    void addWithoutKeychainRefusesPassword();
    void brokenFileReported();
    void discoverProviderOffline();

private:
    Run epistle(const QStringList &arguments, QProcessEnvironment env = {});
    QProcessEnvironment baseEnvironment() const;
    QString addWork(const QStringList &extra = {});

    AccountsTest::PostfixInstance m_postfix;
    QTemporaryDir m_dir;
    QString m_config;
};

QProcessEnvironment TestAccountsCli::baseEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The binary's own config and data directories for this test (QStandardPaths follows XDG_*).
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QLatin1String("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QLatin1String("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path() + QLatin1String("/cache"));
    env.insert(QStringLiteral("ALICE_PASSWORD"), QString::fromUtf8(AlicePassword));
    env.insert(QStringLiteral("WRONG_PASSWORD"), QStringLiteral("not her password"));
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("all_proxy"));
    return env;
}

Run TestAccountsCli::epistle(const QStringList &arguments, QProcessEnvironment env)
{
    if (env.isEmpty()) {
        env = baseEnvironment();
    }
    Run r;
    QElapsedTimer clock;
    clock.start();
    r.rc = AccountsTest::run(qEnvironmentVariable("EPISTLE_BINARY"), arguments, &r.out, &r.err, 60000, env);
    r.ms = clock.elapsed();
    return r;
}

void TestAccountsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(!qEnvironmentVariable("EPISTLE_BINARY").isEmpty());
    m_config = m_dir.path() + QLatin1String("/config/Epistle/epistle/accounts.conf");
    QVERIFY2(m_postfix.start(QStringLiteral("cli")), qPrintable(m_postfix.errorString()));
}

void TestAccountsCli::init()
{
    QDir(m_dir.path() + QLatin1String("/config")).removeRecursively();
    QDir(m_dir.path() + QLatin1String("/data")).removeRecursively();
}

void TestAccountsCli::cleanupTestCase()
{
    m_postfix.stop();
}

QString TestAccountsCli::addWork(const QStringList &extra)
{
    const Run r = epistle(
        QStringList { QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Work"),
            QStringLiteral("--from"), Alice, QStringLiteral("--name"), QStringLiteral("Alice Example"),
            QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_postfix.submissionsPort()),
            QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--ca-file"),
            AccountsTest::certPath(QStringLiteral("ca.pem")) }
        + extra);
    if (r.rc != 0) {
        qWarning("add failed (%d): %s", r.rc, r.err.constData());
        return {};
    }
    AccountStore store(m_config);
    store.load();
    return store.accountByName(QStringLiteral("Work")).id;
}

void TestAccountsCli::emptyList()
{
    const Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("list") });
    QCOMPARE(r.rc, 0);
    QVERIFY(r.out.contains("No accounts."));
    const Run j = epistle({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(j.rc, 0);
    QCOMPARE(j.json().value(QLatin1String("accounts")).toArray().size(), 0);
    QCOMPARE(j.json().value(QLatin1String("file")).toString(), m_config);
}

void TestAccountsCli::addShowListRemove()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    const QString id = addWork({ QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD"),
        QStringLiteral("--reply-to"), QStringLiteral("replies@example.test") });
    QVERIFY(!id.isEmpty());
    // The password is in the keychain under the account's id, and nowhere in the file.
    QByteArray secret;
    QCOMPARE(AccountsTest::run(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("epistle"),
                     QStringLiteral("user"), id },
                 &secret),
        0);
    QCOMPARE(secret, AlicePassword);
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(AlicePassword));
    QVERIFY(text.contains("[account \"Work\"]"));

    const Run second = epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Home"),
        QStringLiteral("--from"), QStringLiteral("alice@home.test"), QStringLiteral("--server"),
        QStringLiteral("mail.home.test"), QStringLiteral("--auth"), QStringLiteral("none") });
    QCOMPARE(second.rc, 0);

    const Run list = epistle({ QStringLiteral("accounts"), QStringLiteral("list") });
    QCOMPARE(list.rc, 0);
    QVERIFY2(list.out.contains("* Work") && list.out.contains("Alice Example <alice@example.test>"),
        list.out.constData());
    QVERIFY(list.out.contains("mail.home.test:587"));
    const Run listJson
        = epistle({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray accounts = listJson.json().value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject().value(QLatin1String("default")).toBool(), true);
    QCOMPARE(
        accounts.at(1).toObject().value(QLatin1String("security")).toString(), QStringLiteral("starttls"));

    const Run show = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("work") });
    QCOMPARE(show.rc, 0);
    QVERIFY(show.out.contains("saved in the system keychain"));
    QVERIFY(show.out.contains("Reply-To:      replies@example.test"));
    QVERIFY(!show.out.contains(AlicePassword) && !show.err.contains(AlicePassword)); // never printed
    const Run showJson = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("Work"),
        QStringLiteral("--json") });
    QCOMPARE(showJson.json().value(QLatin1String("secret")).toString(), QStringLiteral("keychain"));
    QCOMPARE(showJson.json().value(QLatin1String("id")).toString(), id);
    QVERIFY(!showJson.out.contains(AlicePassword));

    const Run def
        = epistle({ QStringLiteral("accounts"), QStringLiteral("default"), QStringLiteral("Home") });
    QCOMPARE(def.rc, 0);
    AccountStore store(m_config);
    QVERIFY(store.load());
    QCOMPARE(store.defaultAccount().name, QStringLiteral("Home"));

    // Renaming keeps the id, so the password is still found.
    QCOMPARE(epistle({ QStringLiteral("accounts"), QStringLiteral("rename"), QStringLiteral("Work"),
                         QStringLiteral("Office") })
                 .rc,
        0);
    QVERIFY(epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("Office") })
                .out.contains("saved in the system keychain"));

    const Run removed
        = epistle({ QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Office") });
    QCOMPARE(removed.rc, 0);
    QCOMPARE(AccountsTest::run(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("epistle"),
                     QStringLiteral("user"), id }),
        1); // its password went with it
    QCOMPARE(
        epistle({ QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Office") }).rc, 78);
}

void TestAccountsCli::addRefusals()
{
    QCOMPARE(epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                         QStringLiteral("--server"), QStringLiteral("s.test") })
                 .rc,
        64); // no --from
    QCOMPARE(epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                         QStringLiteral("--from"), Alice })
                 .rc,
        64); // no --server
    QCOMPARE(epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                         QStringLiteral("--from"), QStringLiteral("not-an-address"),
                         QStringLiteral("--server"), QStringLiteral("s.test") })
                 .rc,
        64);
    QCOMPARE(
        epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                    QStringLiteral("--from"), Alice, QStringLiteral("--server"), QStringLiteral("s.test"),
                    QStringLiteral("--security"), QStringLiteral("ssl-please") })
            .rc,
        64);
    QCOMPARE(
        epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                    QStringLiteral("--from"), Alice, QStringLiteral("--server"), QStringLiteral("s.test") })
            .rc,
        0);
    const Run again = epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("x"),
        QStringLiteral("--from"), Alice, QStringLiteral("--server"), QStringLiteral("s.test") });
    QCOMPARE(again.rc, 65);
    QVERIFY(again.err.contains("exists already"));
    QCOMPARE(epistle({ QStringLiteral("accounts"), QStringLiteral("frobnicate") }).rc, 64);
}

void TestAccountsCli::addFromForms_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("name"); // --name, when not empty
    QTest::addColumn<QString>("senderName"); // what the account keeps
    QTest::addColumn<QByteArray>("fromHeader"); // what the delivered message says
    QTest::newRow("address") << Alice << QString() << QString() << QByteArray("From: alice@example.test\r\n");
    QTest::newRow("name and address")
        << QStringLiteral("Alice Example <alice@example.test>") << QString()
        << QStringLiteral("Alice Example") << QByteArray("From: Alice Example <alice@example.test>\r\n");
    QTest::newRow("quoted name") << QStringLiteral("\"Example, Alice\" <alice@example.test>") << QString()
                                 << QStringLiteral("Example, Alice")
                                 << QByteArray("From: \"Example, Alice\" <alice@example.test>\r\n");
    QTest::newRow("name in a comment")
        << QStringLiteral("alice@example.test (Alice Example)") << QString()
        << QStringLiteral("Alice Example") << QByteArray("From: Alice Example <alice@example.test>\r\n");
    QTest::newRow("angle brackets only") << QStringLiteral("<alice@example.test>") << QString() << QString()
                                         << QByteArray("From: alice@example.test\r\n");
    QTest::newRow("--name wins") << QStringLiteral("Alice Example <alice@example.test>")
                                 << QStringLiteral("Alice at Work") << QStringLiteral("Alice at Work")
                                 << QByteArray("From: Alice at Work <alice@example.test>\r\n");
    QTest::newRow("non-ASCII name") << QStringLiteral("Zo\u00eb Example <alice@example.test>") << QString()
                                    << QStringLiteral("Zo\u00eb Example")
                                    << QByteArray(
                                           "From: =?utf-8?Q?Zo=C3=AB_Example?= <alice@example.test>\r\n");
}

void TestAccountsCli::addFromForms()
{
    // accounts add --from takes what send --from takes; the account then sends and tests as that sender.
    QFETCH(QString, from);
    QFETCH(QString, name);
    QFETCH(QString, senderName);
    QFETCH(QByteArray, fromHeader);
    QStringList add { QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Relay"),
        QStringLiteral("--from"), from, QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(m_postfix.plainPort()), QStringLiteral("--security"),
        QStringLiteral("starttls"), QStringLiteral("--ca-file"),
        AccountsTest::certPath(QStringLiteral("ca.pem")), QStringLiteral("--auth"), QStringLiteral("none") };
    if (!name.isEmpty()) {
        add << QStringLiteral("--name") << name;
    }
    const Run added = epistle(add);
    QVERIFY2(added.rc == 0, added.err.constData());
    const QJsonObject shown = epistle({ QStringLiteral("accounts"), QStringLiteral("show"),
                                          QStringLiteral("Relay"), QStringLiteral("--json") })
                                  .json();
    QCOMPARE(shown.value(QLatin1String("address")).toString(), Alice);
    QCOMPARE(shown.value(QLatin1String("senderName")).toString(), senderName);

    const Run tested
        = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Relay") });
    QVERIFY2(tested.rc == 0, tested.out + tested.err);

    const QString subject = QStringLiteral("from form %1 %2")
                                .arg(QTest::currentDataTag())
                                .arg(QCoreApplication::applicationPid());
    const Run sent = epistle({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Relay"),
        QStringLiteral("--to"), QStringLiteral("bob@example.test"), QStringLiteral("--subject"), subject,
        QStringLiteral("--body"), QStringLiteral("Hello.") });
    QVERIFY2(sent.rc == 0, sent.err.constData());
    QByteArray delivered;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QDirIterator it(
                m_postfix.directory() + QLatin1String("/mail"), { QStringLiteral("*.eml") }, QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly) && f.peek(1 << 20).contains(subject.toUtf8())) {
                    delivered = f.readAll();
                    return true;
                }
            }
            return false;
        }(),
        15000);
    QVERIFY2(delivered.contains(fromHeader), delivered.constData());
}

void TestAccountsCli::addFromRefusals_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("no domain") << QStringLiteral("alice");
    QTest::newRow("no local part") << QStringLiteral("@example.test");
    QTest::newRow("two addresses") << QStringLiteral("alice@example.test, bob@example.test");
    QTest::newRow("a group") << QStringLiteral("Team: alice@example.test;");
    QTest::newRow("unclosed") << QStringLiteral("Alice <alice@example.test");
    QTest::newRow("line break") << QStringLiteral("Alice <alice@example.test>\r\nBcc: eve@example.test");
    QTest::newRow("space in the address") << QStringLiteral("alice example@example.test");
}

void TestAccountsCli::addFromRefusals()
{
    // What could never work as a sender is refused when the account is added, and nothing is saved.
    QFETCH(QString, from);
    const Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
        QStringLiteral("--from"), from, QStringLiteral("--server"), QStringLiteral("s.test") });
    QCOMPARE(r.rc, 64);
    QVERIFY2(r.err.startsWith("epistle: --from: "), r.err.constData());
    QVERIFY(!QFile::exists(m_config));
}

void TestAccountsCli::testWithAccount()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    QVERIFY(!addWork({ QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD") }).isEmpty());
    // No password anywhere on this command line or in its environment: it comes from the keychain.
    QProcessEnvironment env = baseEnvironment();
    env.remove(QStringLiteral("ALICE_PASSWORD"));
    const Run r = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work"),
                              QStringLiteral("--json") },
        env);
    QVERIFY2(r.rc == 0, r.out.constData());
    const QJsonObject o = r.json();
    QVERIFY(o.value(QLatin1String("ok")).toBool());
    QStringList steps;
    for (const QJsonValue &s : o.value(QLatin1String("steps")).toArray()) {
        steps << s.toObject().value(QLatin1String("step")).toString();
    }
    // MAIL FROM with the account's address: Postfix only takes alice@ from alice.
    QVERIFY2(steps.contains(QStringLiteral("auth")) && steps.contains(QStringLiteral("mail-from")),
        qPrintable(steps.join(QLatin1Char(','))));
}

void TestAccountsCli::overridesFromCommandLine()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    QVERIFY(!addWork({ QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD") }).isEmpty());
    // --security overrides the account's: STARTTLS on the implicit-TLS port.
    Run r = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work"),
        QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--json") });
    QCOMPARE(r.rc, 78);
    QCOMPARE(r.json().value(QLatin1String("diagnosis")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("starttls-on-implicit-tls-port"));
    // --password-env overrides the keychain's password.
    r = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work"),
        QStringLiteral("--password-env"), QStringLiteral("WRONG_PASSWORD"), QStringLiteral("--json") });
    QCOMPARE(r.rc, 77);
    QCOMPARE(r.json().value(QLatin1String("diagnosis")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("auth-failed"));
    // --server overrides the host and port, keeping the rest (security from the port: 587 is STARTTLS).
    r = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work"),
        QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_postfix.submissionPort()),
        QStringLiteral("--json") });
    QVERIFY2(r.rc == 0, r.out.constData());
    QCOMPARE(r.json().value(QLatin1String("server")).toObject().value(QLatin1String("security")).toString(),
        QStringLiteral("starttls"));
    // The saved account did not change.
    AccountStore store(m_config);
    QVERIFY(store.load());
    QCOMPARE(store.accountByName(QStringLiteral("Work")).security, Smtp::Security::Tls);
}

void TestAccountsCli::sendWithAccount()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    const QString id = addWork({ QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD") });
    QVERIFY(!id.isEmpty());
    {
        // The account's Reply-To goes into the message; its display name is the From's.
        AccountStore store(m_config);
        QVERIFY(store.load());
        Account work = store.account(id);
        work.replyTo = QStringLiteral("Replies <replies@example.test>");
        QVERIFY2(store.update(work), qPrintable(store.errorString()));
    }
    const QString subject = QStringLiteral("account send %1").arg(QCoreApplication::applicationPid());
    const Run r = epistle({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Work"),
        QStringLiteral("--to"), QStringLiteral("bob@example.test"), QStringLiteral("--subject"), subject,
        QStringLiteral("--body"), QStringLiteral("Hello from an account.") });
    QVERIFY2(r.rc == 0, r.err.constData());
    // Delivered, from the account's address.
    QByteArray delivered;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QDirIterator it(
                m_postfix.directory() + QLatin1String("/mail"), { QStringLiteral("*.eml") }, QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly)) {
                    const QByteArray data = f.readAll();
                    if (data.contains(subject.toUtf8())) {
                        delivered = data;
                        return true;
                    }
                }
            }
            return false;
        }(),
        15000);
    QVERIFY2(delivered.contains("From: Alice Example <alice@example.test>"), delivered.constData());
    QVERIFY2(delivered.contains("Reply-To: Replies <replies@example.test>"), delivered.constData());
}

void TestAccountsCli::defaultAccountWhenNoConnectionOptions()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    QVERIFY(!addWork({ QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD") }).isEmpty());
    const Run r = epistle({ QStringLiteral("test"), QStringLiteral("--json") });
    QVERIFY2(r.rc == 0, r.out.constData() + r.err);
    QCOMPARE(r.json().value(QLatin1String("server")).toObject().value(QLatin1String("port")).toInt(),
        int(m_postfix.submissionsPort()));
}

void TestAccountsCli::unknownAccountIs78()
{
    const Run r = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Nope") });
    QCOMPARE(r.rc, 78);
    QVERIFY2(r.err.contains("unknown account \"Nope\""), r.err.constData());
    const Run send = epistle({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Nope"),
        QStringLiteral("--to"), QStringLiteral("b@example.test"), QStringLiteral("--subject"),
        QStringLiteral("x"), QStringLiteral("--body"), QStringLiteral("y") });
    QCOMPARE(send.rc, 78);
    QCOMPARE(epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("Nope") }).rc, 78);
    QCOMPARE(
        epistle({ QStringLiteral("accounts"), QStringLiteral("default"), QStringLiteral("Nope") }).rc, 78);
}

void TestAccountsCli::noPasswordSavedNoTerminal()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    QVERIFY(!addWork().isEmpty()); // no password saved
    const Run r = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work") });
    QCOMPARE(r.rc, 78);
    QVERIFY2(r.err.contains("no password is saved for account \"Work\""), r.err.constData());
    QVERIFY(r.err.contains("--password-env"));
    // Saving it later with edit makes it work.
    QCOMPARE(epistle({ QStringLiteral("accounts"), QStringLiteral("edit"), QStringLiteral("Work"),
                         QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD") })
                 .rc,
        0);
    QCOMPARE(epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work") }).rc, 0);
}

void TestAccountsCli::promptsOnTerminal()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) {
        QSKIP("script(1) is needed to give epistle a terminal");
    }
    QVERIFY(!addWork().isEmpty());
    // script(1) gives epistle a pseudo-terminal; the password is typed into it.
    QProcess p;
    p.setProcessEnvironment(baseEnvironment());
    const QString command
        = QStringLiteral("'%1' test --account Work").arg(qEnvironmentVariable("EPISTLE_BINARY"));
    p.start(QStringLiteral("script"), { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
    QVERIFY(p.waitForStarted());
    QByteArray terminal;
    QTRY_VERIFY_WITH_TIMEOUT(
        (terminal += p.readAllStandardOutput()).contains("Password for alice@example.test (account Work)")
            || p.state() == QProcess::NotRunning,
        15000);
    p.write(AlicePassword + "\n");
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 30000);
    terminal += p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, terminal.constData());
    QVERIFY(terminal.contains("All steps passed."));
    QVERIFY(!terminal.contains(AlicePassword)); // typed without echo
}

void TestAccountsCli::noKeychainDoesNotHang()
{
    QVERIFY(!addWork().isEmpty());
    QProcessEnvironment env = baseEnvironment();
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/epistle-no-bus"));
    const Run r
        = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work") }, env);
    QCOMPARE(r.rc, 78);
    QVERIFY2(r.err.contains("system keychain is not available"), r.err.constData());
    QVERIFY(r.err.contains("--password-env"));
    QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
    // With the password given, the same command works without any keychain.
    const Run withEnv = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Work"),
                                    QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD") },
        env);
    QCOMPARE(withEnv.rc, 0);
}

void TestAccountsCli::addWithoutKeychainRefusesPassword()
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/epistle-no-bus"));
    const Run r
        = epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Work"),
                      QStringLiteral("--from"), Alice, QStringLiteral("--server"), QStringLiteral("s.test"),
                      QStringLiteral("--password-env"), QStringLiteral("ALICE_PASSWORD") },
            env);
    QCOMPARE(r.rc, 78);
    QVERIFY2(r.err.contains("keychain cannot keep the password") && r.err.contains("not added"),
        r.err.constData());
    AccountStore store(m_config);
    QVERIFY(store.load());
    QVERIFY(store.isEmpty());
}

void TestAccountsCli::brokenFileReported()
{
    QDir().mkpath(QFileInfo(m_config).absolutePath());
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[account \"Good\"]\naddress = g@example.test\nserver = s.test\n\n"
            "[account \"Bad\"]\naddress = b@example.test\nserver = s.test\nport = many\n");
    f.close();
    const Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("list") });
    QCOMPARE(r.rc, 0);
    QVERIFY(r.out.contains("Good"));
    QVERIFY2(r.err.contains("line 8 (account \"Bad\"): port must be"), r.err.constData());
    const Run j = epistle({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray problems = j.json().value(QLatin1String("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toObject().value(QLatin1String("line")).toInt(), 8);
    QCOMPARE(problems.first().toObject().value(QLatin1String("account")).toString(), QStringLiteral("Bad"));
    const Run unknown
        = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Bad") });
    QCOMPARE(unknown.rc, 78);
    QVERIFY2(unknown.err.contains("port must be"), unknown.err.constData()); // says why it is unknown
}

void TestAccountsCli::discoverProviderOffline()
{
    const Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("discover"),
        QStringLiteral("someone@fastmail.com"), QStringLiteral("--json") });
    QCOMPARE(r.rc, 0);
    const QJsonArray c = r.json().value(QLatin1String("candidates")).toArray();
    QCOMPARE(c.size(), 2);
    QCOMPARE(
        c.first().toObject().value(QLatin1String("host")).toString(), QStringLiteral("smtp.fastmail.com"));
    QCOMPARE(c.first().toObject().value(QLatin1String("source")).toString(), QStringLiteral("provider-file"));
    const Run text = epistle(
        { QStringLiteral("accounts"), QStringLiteral("discover"), QStringLiteral("someone@fastmail.com") });
    QVERIFY2(text.out.contains(
                 "epistle accounts add NAME --from someone@fastmail.com --server smtp.fastmail.com:465 "
                 "--security tls"),
        text.out.constData());
    QCOMPARE(
        epistle({ QStringLiteral("accounts"), QStringLiteral("discover"), QStringLiteral("not-an-address") })
            .rc,
        64);
}

void TestAccountsCli::cleanup()
{
    // After every test: the password is in no file the binary or this test wrote.
    QStringList hits;
    for (const QString &root : { m_dir.path(), qEnvironmentVariable("EPISTLE_TEST_HOME") }) {
        if (root.isEmpty()) {
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/"))) {
                continue; // gnome-keyring's own encrypted store
            }
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(AlicePassword)) {
                hits << path;
            }
        }
    }
    QCOMPARE(hits, QStringList());
}

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "tst_accountscli.moc"
