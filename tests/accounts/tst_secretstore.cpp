// SecretStore against a real keychain and without one.
//
// Registered twice with CTest:
//  - tst_secretstore_keyring runs under run-with-keyring.sh: a private D-Bus session with gnome-keyring.
//    Secrets must land in the Secret Service (checked with secret-tool and from a second process through
//    QtKeychain), and in no file under the test's HOME.
//  - tst_secretstore_nokeychain runs with a D-Bus address that leads nowhere: the store must say so
//    (flag and signal), keep secrets in memory for the session only, and write nothing anywhere.
#include "accounts/secretstore.h"

#include "testenv.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool keyringMode()
{
    return qEnvironmentVariable("EPISTLE_TEST_KEYRING") == QLatin1String("1");
}

// run-with-keyring.sh --hung-service: a Secret Service that never answers.
bool hungMode()
{
    return qEnvironmentVariable("EPISTLE_TEST_KEYRING") == QLatin1String("hung");
}

// Waits for one SecretStore callback.
struct Waiter
{
    SecretStore::Result result;
    bool done = false;
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Result &r) {
            result = r;
            done = true;
        };
    }
    bool wait(int ms = 15000)
    {
        return QTest::qWaitFor([this] { return done; }, ms);
    }
};

// Every file under 'dir' whose bytes contain 'needle' (skipping 'except', the keyring's own directory).
QStringList filesContaining(const QString &dir, const QByteArray &needle, const QString &except = {})
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!except.isEmpty() && path.startsWith(except)) {
            continue;
        }
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            hits << path;
        }
    }
    return hits;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyFor();

    // With a keychain
    void storesInKeychain();
    void secondProcessReadsIt();
    void overwriteAndRemove();
    void keepForSessionLeavesTheKeychain();
    void kindsAreSeparate();
    void nothingOnDisk();

    // Without one
    void noKeychainSaysSo();
    void noKeychainKeepsSessionSecret();
    void noKeychainWritesNothing();

    // A keychain that never answers
    void hungKeychainTimesOut();

    // Either way
    void callbackNeverSynchronous();
    void contextDestroyedNoCallback();

private:
    QString m_home;
    const QString m_secret
        = QStringLiteral("pässwörd ☂ with \"quotes\" %1").arg(QCoreApplication::applicationPid());
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_home = qEnvironmentVariable("EPISTLE_TEST_HOME");
    QVERIFY2(!m_home.isEmpty(), "main() sets a throw-away HOME");
    qInfo("mode: %s, HOME %s",
        keyringMode()    ? "keyring"
            : hungMode() ? "hung keychain"
                         : "no keychain",
        qPrintable(m_home));
}

void TestSecretStore::keyFor()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("abc"), SecretStore::Kind::Password), QStringLiteral("abc"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("abc"), SecretStore::Kind::OAuthToken),
        QStringLiteral("abc#oauth"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("abc"), SecretStore::Kind::ProxyPassword),
        QStringLiteral("abc#proxy"));
    SecretStore store;
    QCOMPARE(store.service(), QStringLiteral("epistle"));
}

void TestSecretStore::storesInKeychain()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    SecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    Waiter w;
    store.write(QStringLiteral("acct-1"), SecretStore::Kind::Password, m_secret, this, w.callback());
    QVERIFY(w.wait());
    QVERIFY2(w.result.ok, qPrintable(w.result.error));
    QCOMPARE(w.result.storage, SecretStore::Storage::Keychain);
    QVERIFY(store.isKeychainAvailable());
    QVERIFY(!store.hasSessionSecret(QStringLiteral("acct-1"), SecretStore::Kind::Password));
    QCOMPARE(unavailable.size(), 0);

    // In the Secret Service itself, as QtKeychain files it: attribute server = service, user = key.
    QByteArray out, err;
    QCOMPARE(AccountsTest::run(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("epistle"),
                     QStringLiteral("user"), QStringLiteral("acct-1") },
                 &out, &err),
        0);
    QCOMPARE(QString::fromUtf8(out), m_secret);

    Waiter r;
    store.read(QStringLiteral("acct-1"), SecretStore::Kind::Password, this, r.callback());
    QVERIFY(r.wait());
    QVERIFY(r.result.ok);
    QCOMPARE(r.result.secret, m_secret);
    QCOMPARE(r.result.storage, SecretStore::Storage::Keychain);
}

void TestSecretStore::secondProcessReadsIt()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    SecretStore store;
    Waiter w;
    store.write(QStringLiteral("acct-2"), SecretStore::Kind::Password, m_secret, this, w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.result.storage, SecretStore::Storage::Keychain);
    // This same program, started again, reads it back through QtKeychain (see main()).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EPISTLE_TEST_READ_SECRET"), QStringLiteral("acct-2"));
    QByteArray out, err;
    QCOMPARE(AccountsTest::run(QCoreApplication::applicationFilePath(), {}, &out, &err, 30000, env), 0);
    QCOMPARE(QString::fromUtf8(out), m_secret);
}

void TestSecretStore::overwriteAndRemove()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    SecretStore store;
    Waiter w1, w2, r, d, r2;
    store.write(
        QStringLiteral("acct-3"), SecretStore::Kind::Password, QStringLiteral("first"), this, w1.callback());
    QVERIFY(w1.wait());
    store.write(
        QStringLiteral("acct-3"), SecretStore::Kind::Password, QStringLiteral("second"), this, w2.callback());
    QVERIFY(w2.wait());
    store.read(QStringLiteral("acct-3"), SecretStore::Kind::Password, this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.result.secret, QStringLiteral("second"));
    store.remove(QStringLiteral("acct-3"), SecretStore::Kind::Password, this, d.callback());
    QVERIFY(d.wait());
    QVERIFY(d.result.ok);
    store.read(QStringLiteral("acct-3"), SecretStore::Kind::Password, this, r2.callback());
    QVERIFY(r2.wait());
    QVERIFY(!r2.result.ok);
    QVERIFY(r2.result.notFound);
    QVERIFY(r2.result.error.isEmpty()); // simply absent: not a keychain failure
    QCOMPARE(AccountsTest::run(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("epistle"),
                     QStringLiteral("user"), QStringLiteral("acct-3") }),
        1);
    // Removing what is not there is fine.
    Waiter d2;
    store.remove(QStringLiteral("acct-3"), SecretStore::Kind::Password, this, d2.callback());
    QVERIFY(d2.wait());
    QVERIFY(d2.result.ok);
}

void TestSecretStore::keepForSessionLeavesTheKeychain()
{
    // "Remember" unticked: the password serves the rest of this session, and an older remembered one is gone
    // from the keychain, so the next start asks again.
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    SecretStore store;
    const QString id = QStringLiteral("acct-session");
    Waiter w;
    store.write(id, SecretStore::Kind::Password, QStringLiteral("remembered before"), this, w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.result.storage, SecretStore::Storage::Keychain);

    Waiter k;
    store.keepForSession(id, SecretStore::Kind::Password, QStringLiteral("this session"), this, k.callback());
    // A read right away, while the keychain is still removing, already gets the session's password.
    Waiter early;
    store.read(id, SecretStore::Kind::Password, this, early.callback());
    QVERIFY(k.wait());
    QVERIFY(k.result.ok);
    QCOMPARE(k.result.storage, SecretStore::Storage::Memory);
    QVERIFY(early.wait());
    QCOMPARE(early.result.secret, QStringLiteral("this session"));
    QVERIFY(store.hasSessionSecret(id, SecretStore::Kind::Password));

    Waiter r;
    store.read(id, SecretStore::Kind::Password, this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.result.secret, QStringLiteral("this session"));
    QCOMPARE(r.result.storage, SecretStore::Storage::Memory);

    QCOMPARE(AccountsTest::run(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("epistle"),
                     QStringLiteral("user"), id }),
        1);
    SecretStore nextSession;
    Waiter r2;
    nextSession.read(id, SecretStore::Kind::Password, this, r2.callback());
    QVERIFY(r2.wait());
    QVERIFY(r2.result.notFound);

    // Remembering later puts it back in the keychain and out of the memory.
    Waiter w2;
    store.write(id, SecretStore::Kind::Password, QStringLiteral("remembered now"), this, w2.callback());
    QVERIFY(w2.wait());
    QCOMPARE(w2.result.storage, SecretStore::Storage::Keychain);
    QVERIFY(!store.hasSessionSecret(id, SecretStore::Kind::Password));
}

void TestSecretStore::kindsAreSeparate()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    SecretStore store;
    const QString id = QStringLiteral("acct-4");
    Waiter a, b, c;
    store.write(id, SecretStore::Kind::Password, QStringLiteral("pw"), this, a.callback());
    store.write(id, SecretStore::Kind::OAuthToken, QStringLiteral("token"), this, b.callback());
    store.write(id, SecretStore::Kind::ProxyPassword, QStringLiteral("proxy"), this, c.callback());
    QVERIFY(a.wait() && b.wait() && c.wait());
    Waiter ra, rb;
    store.read(id, SecretStore::Kind::OAuthToken, this, rb.callback());
    store.read(id, SecretStore::Kind::Password, this, ra.callback());
    QVERIFY(ra.wait() && rb.wait());
    QCOMPARE(ra.result.secret, QStringLiteral("pw"));
    QCOMPARE(rb.result.secret, QStringLiteral("token"));
    Waiter all;
    store.removeAll(id, this, all.callback());
    QVERIFY(all.wait());
    QVERIFY(all.result.ok);
    for (const SecretStore::Kind kind :
        { SecretStore::Kind::Password, SecretStore::Kind::OAuthToken, SecretStore::Kind::ProxyPassword }) {
        Waiter r;
        store.read(id, kind, this, r.callback());
        QVERIFY(r.wait());
        QVERIFY(r.result.notFound);
    }
}

void TestSecretStore::nothingOnDisk()
{
    if (!keyringMode()) {
        QSKIP("needs run-with-keyring.sh");
    }
    SecretStore store;
    const QByteArray needle = "needle-" + QByteArray::number(QCoreApplication::applicationPid()) + "-secret";
    Waiter w;
    store.write(QStringLiteral("acct-5"), SecretStore::Kind::Password, QString::fromLatin1(needle), this,
        w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.result.storage, SecretStore::Storage::Keychain);
    // Every place Epistle keeps files (QStandardPaths, test mode) and the whole throw-away HOME — except the
    // keyring's own (encrypted) files, which are gnome-keyring's business.
    const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + QLatin1String("/keyrings");
    for (const auto location : { QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
             QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
             QStandardPaths::CacheLocation }) {
        const QString dir = QStandardPaths::writableLocation(location);
        QCOMPARE(filesContaining(dir, needle), QStringList());
    }
    QCOMPARE(filesContaining(m_home, needle, keyrings), QStringList());
    // And the keyring's file does not hold it in clear either.
    QCOMPARE(filesContaining(keyrings, needle), QStringList());
}

void TestSecretStore::noKeychainSaysSo()
{
    if (keyringMode() || hungMode()) {
        QSKIP("for the run without D-Bus");
    }
    SecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
    bool probed = false;
    SecretStore::Availability seen = SecretStore::Availability::Unknown;
    store.probe(this, [&](SecretStore::Availability a) {
        probed = true;
        seen = a;
    });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 15000);
    QCOMPARE(seen, SecretStore::Availability::Unavailable);
    QVERIFY(!store.isKeychainAvailable());
    QCOMPARE(unavailable.size(), 1);
    const QString reason = unavailable.first().first().toString();
    QVERIFY2(!reason.isEmpty(), "a reason the banner can show");
    QCOMPARE(store.unavailableReason(), reason);
    qInfo("reason: %s", qPrintable(reason));
}

void TestSecretStore::noKeychainKeepsSessionSecret()
{
    if (keyringMode() || hungMode()) {
        QSKIP("for the run without D-Bus");
    }
    SecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    Waiter w;
    store.write(QStringLiteral("acct-6"), SecretStore::Kind::Password, m_secret, this, w.callback());
    QVERIFY(w.wait());
    QVERIFY(w.result.ok);
    QCOMPARE(w.result.storage, SecretStore::Storage::Memory);
    QVERIFY(!w.result.error.isEmpty());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(store.hasSessionSecret(QStringLiteral("acct-6"), SecretStore::Kind::Password));

    Waiter r;
    store.read(QStringLiteral("acct-6"), SecretStore::Kind::Password, this, r.callback());
    QVERIFY(r.wait());
    QVERIFY(r.result.ok);
    QCOMPARE(r.result.secret, m_secret);
    QCOMPARE(r.result.storage, SecretStore::Storage::Memory);

    // Another session (another store) does not have it: it was never stored anywhere else.
    SecretStore nextSession;
    Waiter r2;
    nextSession.read(QStringLiteral("acct-6"), SecretStore::Kind::Password, this, r2.callback());
    QVERIFY(r2.wait());
    QVERIFY(!r2.result.ok);
    QVERIFY(r2.result.notFound);
    QVERIFY(!r2.result.error.isEmpty()); // and it says why it could not look

    // "Remember" cannot be ticked without a keychain: keepForSession serves the session just the same.
    Waiter k, r3;
    store.keepForSession(
        QStringLiteral("acct-6b"), SecretStore::Kind::Password, m_secret, this, k.callback());
    QVERIFY(k.wait());
    QVERIFY(k.result.ok);
    store.read(QStringLiteral("acct-6b"), SecretStore::Kind::Password, this, r3.callback());
    QVERIFY(r3.wait());
    QCOMPARE(r3.result.secret, m_secret);

    Waiter d;
    store.remove(QStringLiteral("acct-6"), SecretStore::Kind::Password, this, d.callback());
    QVERIFY(d.wait());
    QVERIFY(d.result.ok);
    QVERIFY(!store.hasSessionSecret(QStringLiteral("acct-6"), SecretStore::Kind::Password));
}

void TestSecretStore::noKeychainWritesNothing()
{
    if (keyringMode() || hungMode()) {
        QSKIP("for the run without D-Bus");
    }
    const QByteArray needle = "needle-" + QByteArray::number(QCoreApplication::applicationPid()) + "-memory";
    {
        SecretStore store;
        Waiter w;
        store.write(QStringLiteral("acct-7"), SecretStore::Kind::Password, QString::fromLatin1(needle), this,
            w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result.storage, SecretStore::Storage::Memory);
    }
    QCOMPARE(filesContaining(m_home, needle), QStringList());
    QCOMPARE(filesContaining(QDir::currentPath(), needle), QStringList());
}

void TestSecretStore::hungKeychainTimesOut()
{
    if (!hungMode()) {
        QSKIP("needs run-with-keyring.sh --hung-service");
    }
    // QtKeychain alone would wait for ever here; the store gives up after its deadline, says so, and keeps
    // the secret for the session.
    SecretStore store;
    store.setTimeout(1000);
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    QElapsedTimer clock;
    clock.start();
    Waiter w;
    store.write(QStringLiteral("acct-h"), SecretStore::Kind::Password, m_secret, this, w.callback());
    QVERIFY(w.wait(10000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(w.result.ok);
    QCOMPARE(w.result.storage, SecretStore::Storage::Memory);
    QVERIFY2(w.result.error.contains(QLatin1String("did not answer")), qPrintable(w.result.error));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    Waiter r;
    store.read(QStringLiteral("acct-h"), SecretStore::Kind::Password, this, r.callback());
    QVERIFY(r.wait(10000));
    QCOMPARE(r.result.secret, m_secret);
    // A read of something not in memory times out too, and says why.
    clock.restart();
    Waiter missing;
    store.read(QStringLiteral("acct-other"), SecretStore::Kind::Password, this, missing.callback());
    QVERIFY(missing.wait(10000));
    QVERIFY(missing.result.notFound);
    QVERIFY(!missing.result.error.isEmpty());
    QVERIFY(clock.elapsed() < 5000);
}

void TestSecretStore::callbackNeverSynchronous()
{
    if (hungMode()) {
        QSKIP("the memory answers at once, the keychain never: covered by hungKeychainTimesOut");
    }
    SecretStore store;
    bool called = false;
    store.write(QStringLiteral("acct-8"), SecretStore::Kind::Password, QStringLiteral("x"), this,
        [&](const SecretStore::Result &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 15000);
    called = false;
    store.read(QStringLiteral("acct-8"), SecretStore::Kind::Password, this,
        [&](const SecretStore::Result &) { called = true; });
    QVERIFY(!called); // also when the answer is in memory
    QTRY_VERIFY_WITH_TIMEOUT(called, 15000);
}

void TestSecretStore::contextDestroyedNoCallback()
{
    if (hungMode()) {
        QSKIP("needs a keychain that answers, or none");
    }
    SecretStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("acct-9"), SecretStore::Kind::Password, context,
        [&](const SecretStore::Result &) { called = true; });
    delete context;
    bool other = false;
    store.read(QStringLiteral("acct-9"), SecretStore::Kind::Password, this,
        [&](const SecretStore::Result &) { other = true; });
    QTRY_VERIFY_WITH_TIMEOUT(other, 15000); // jobs run in order: the first is over too
    QVERIFY(!called);
}

int main(int argc, char **argv)
{
    // Without the keyring script, work in a throw-away HOME too, so "nothing on disk" can be checked whole.
    QTemporaryDir home;
    if (qEnvironmentVariable("EPISTLE_TEST_HOME").isEmpty()) {
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QLatin1String("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home.path() + QLatin1String("/.local/share")).toUtf8());
        qputenv("XDG_CACHE_HOME", (home.path() + QLatin1String("/.cache")).toUtf8());
        qputenv("EPISTLE_TEST_HOME", home.path().toUtf8());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Epistle"));
    QCoreApplication::setApplicationName(QStringLiteral("epistle-tst-secretstore"));

    // The second process of secondProcessReadsIt(): print the secret and leave.
    const QString readId = qEnvironmentVariable("EPISTLE_TEST_READ_SECRET");
    if (!readId.isEmpty()) {
        SecretStore store;
        int rc = 1;
        store.read(readId, SecretStore::Kind::Password, &app, [&](const SecretStore::Result &r) {
            if (r.ok && r.storage == SecretStore::Storage::Keychain) {
                fputs(r.secret.toUtf8().constData(), stdout);
                rc = 0;
            } else {
                fprintf(stderr, "not found: %s\n", qPrintable(r.error));
            }
            app.quit();
        });
        app.exec();
        return rc;
    }
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
