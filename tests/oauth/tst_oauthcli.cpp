// OAuth 2 sign-in through the real command line (EPISTLE_BINARY) inside a private gnome-keyring session
// (run-with-keyring.sh): `accounts add --oauth`, `accounts login` with a test browser following the address
// over real HTTP, then `send` and `test` against aiosmtpd taking XOAUTH2 only with a currently valid token
// (asked of the local provider, tests/servers/oauth_provider.py); expiry, a refused token, revocation; and
// what a sign-in that goes wrong says and returns.
#include "aiosmtpdserver.h"
#include "oauthproviderserver.h"
#include "testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

namespace {

struct Run
{
    int rc = -1;
    QString out;
    QString err;
};

// A running `epistle accounts login`, its address read from stderr.
struct Login
{
    std::unique_ptr<QProcess> process;
    QString url;
    QString err;
};

} // namespace

class TestOAuthCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void signInSendRefreshRevoke();
    void refusedTokenIsRefreshedOnce();
    void oauthBearerToo();
    void loginDenied();
    void loginWithForgedState();
    void loginTimesOut();
    void loginPortTaken();
    void tokenEndpointFails_data();
    void tokenEndpointFails();
    void missingClientId();
    void customEndpointsMustBeHttps();

private:
    Run epistle(const QStringList &arguments);
    QProcessEnvironment environment() const;
    void addAccount(const QString &name, const QStringList &extra = {});
    Login startLogin(const QString &name, const QStringList &extra = {});
    Run finishLogin(Login &login);
    Run signIn(const QString &name);
    QStringList filesHolding(const QStringList &secrets) const;

    OAuthProviderServer m_provider;
    AiosmtpdServer m_smtp;
    QString m_home;
};

QProcessEnvironment TestOAuthCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("all_proxy"));
    env.insert(QStringLiteral("CLIENT_SECRET"), QStringLiteral("s3cret-of-the-test-client"));
    return env;
}

Run TestOAuthCli::epistle(const QStringList &arguments)
{
    Run r;
    QByteArray out, err;
    r.rc = AccountsTest::run(
        qEnvironmentVariable("EPISTLE_BINARY"), arguments, &out, &err, 90000, environment());
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(err);
    return r;
}

void TestOAuthCli::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("EPISTLE_TEST_KEYRING") == QLatin1String("1"),
        "run this suite through tests/accounts/run-with-keyring.sh");
    m_home = qEnvironmentVariable("EPISTLE_TEST_HOME");
    QVERIFY(!m_home.isEmpty());
    QVERIFY(!qEnvironmentVariable("EPISTLE_BINARY").isEmpty());
}

void TestOAuthCli::init()
{
    // Each case starts with no account, no outbox and a fresh provider; the keyring stays (ids differ).
    QDir(m_home + QLatin1String("/.config/Epistle")).removeRecursively();
    QDir(m_home + QLatin1String("/.local/share/Epistle")).removeRecursively();
    OAuthProviderServer::Options options;
    options.clientSecret = QStringLiteral("s3cret-of-the-test-client");
    // 15 s more than the minute before expiry in which Epistle refreshes: the sends and the test right after
    // signing in use the token as it is (on a loaded machine too); after the 16 s wait below, it refreshes.
    options.accessTtlSeconds = 75;
    QVERIFY2(m_provider.start(options), qPrintable(m_provider.errorString()));
    AiosmtpdServer::Options smtp;
    smtp.tls = AiosmtpdServer::Tls::Implicit;
    smtp.oauthIntrospectUrl = m_provider.url(QStringLiteral("/introspect"));
    QVERIFY2(m_smtp.start(smtp), qPrintable(m_smtp.errorString()));
}

void TestOAuthCli::cleanupTestCase()
{
    m_smtp.stop();
    m_provider.stop();
}

void TestOAuthCli::addAccount(const QString &name, const QStringList &extra)
{
    const Run r = epistle(
        QStringList { QStringLiteral("accounts"), QStringLiteral("add"), name, QStringLiteral("--server"),
            QStringLiteral("localhost:%1").arg(m_smtp.port()), QStringLiteral("--security"),
            QStringLiteral("tls"), QStringLiteral("--ca-file"), m_smtp.caFile(), QStringLiteral("--from"),
            QStringLiteral("alice@example.test"), QStringLiteral("--user"),
            QStringLiteral("alice@example.test"), QStringLiteral("--auth"), QStringLiteral("xoauth2"),
            QStringLiteral("--oauth"), QStringLiteral("custom"), QStringLiteral("--oauth-authorize-url"),
            m_provider.url(QStringLiteral("/authorize")), QStringLiteral("--oauth-token-url"),
            m_provider.url(QStringLiteral("/token")), QStringLiteral("--oauth-scope"),
            QStringLiteral("https://mail.google.com/"), QStringLiteral("--oauth-client-id"),
            m_provider.options().clientId, QStringLiteral("--oauth-client-secret-env"),
            QStringLiteral("CLIENT_SECRET") }
        + extra);
    QVERIFY2(r.rc == 0, qPrintable(r.err));
}

Login TestOAuthCli::startLogin(const QString &name, const QStringList &extra)
{
    Login login;
    login.process = std::make_unique<QProcess>();
    login.process->setProcessEnvironment(environment());
    login.process->start(qEnvironmentVariable("EPISTLE_BINARY"),
        QStringList {
            QStringLiteral("accounts"), QStringLiteral("login"), name, QStringLiteral("--no-browser") }
            + extra);
    // The contract: one line on stderr, the address last on it.
    static const QRegularExpression line(
        QStringLiteral("Open this address in a browser to sign in: (\\S+)\\n"));
    (void)QTest::qWaitFor(
        [&] {
            login.err += QString::fromUtf8(login.process->readAllStandardError());
            return line.match(login.err).hasMatch() || login.process->state() == QProcess::NotRunning;
        },
        30000);
    login.url = line.match(login.err).captured(1);
    return login;
}

Run TestOAuthCli::finishLogin(Login &login)
{
    Run r;
    if (login.process->state() != QProcess::NotRunning && !login.process->waitForFinished(60000)) {
        login.process->kill();
        login.process->waitForFinished();
        r.err = QStringLiteral("accounts login did not end");
        return r;
    }
    r.rc = login.process->exitStatus() == QProcess::NormalExit ? login.process->exitCode() : -1;
    r.out = QString::fromUtf8(login.process->readAllStandardOutput());
    r.err = login.err + QString::fromUtf8(login.process->readAllStandardError());
    return r;
}

Run TestOAuthCli::signIn(const QString &name)
{
    Login login = startLogin(name);
    if (login.url.isEmpty()) {
        return finishLogin(login);
    }
    const OAuthProviderServer::BrowserRun browser = OAuthProviderServer::browse(login.url);
    Run r = finishLogin(login);
    r.err += browser.error;
    return r;
}

// Every file under HOME, but for the keyring's own, that holds one of 'secrets'.
QStringList TestOAuthCli::filesHolding(const QStringList &secrets) const
{
    QStringList found;
    const QString keyrings = QDir(m_home + QLatin1String("/.local/share/keyrings")).absolutePath();
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(keyrings + QLatin1Char('/'))) {
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray data = f.readAll();
        for (const QString &secret : secrets) {
            if (secret.size() > 8 && data.contains(secret.toUtf8())) {
                found << path;
            }
        }
    }
    return found;
}

void TestOAuthCli::signInSendRefreshRevoke()
{
    addAccount(QStringLiteral("Gmail"));
    const Run login = signIn(QStringLiteral("Gmail"));
    QVERIFY2(login.rc == 0, qPrintable(login.err));
    QCOMPARE(login.out.trimmed(), QStringLiteral("Signed in as alice@example.test"));
    // PKCE and the client were checked by the provider: one code, exchanged once, nothing refused.
    QCOMPARE(m_provider.stat("code_exchanges"), 1);
    QCOMPARE(m_provider.stat("token_errors"), 0);
    const Run shown
        = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("Gmail") });
    QVERIFY2(shown.out.contains(QStringLiteral("signed in with custom as alice@example.test")),
        qPrintable(shown.out));

    const QStringList message { QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Gmail"),
        QStringLiteral("--to"), QStringLiteral("bob@example.test"), QStringLiteral("--subject"),
        QStringLiteral("Signed in"), QStringLiteral("--body"), QStringLiteral("No password needed.") };
    Run sent = epistle(message);
    QVERIFY2(sent.rc == 0, qPrintable(sent.err));
    QVERIFY(m_smtp.waitForMessages(1));
    QCOMPARE(m_smtp.messages().first().envelope.value(QStringLiteral("auth_login")).toString(),
        QStringLiteral("alice@example.test"));
    QCOMPARE(m_provider.stat("refreshes"), 0); // the token from the sign-in was still good

    // The server test works the same way, with no password.
    const Run tested
        = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Gmail") });
    QVERIFY2(tested.rc == 0, qPrintable(tested.out + tested.err));
    QVERIFY(tested.out.contains(QStringLiteral("logged in with XOAUTH2")));

    // Past the point where the token has less than a minute left: the next send refreshes it first.
    QTest::qWait(16000);
    sent = epistle(message);
    QVERIFY2(sent.rc == 0, qPrintable(sent.err));
    QVERIFY(m_smtp.waitForMessages(2));
    QCOMPARE(m_provider.stat("refreshes"), 1);

    // The person removes Epistle's access at the provider: one clear message, the fix, exit 77.
    QVERIFY(m_provider.revokeAll());
    sent = epistle(message);
    QCOMPARE(sent.rc, 77);
    QVERIFY2(sent.err.contains(QStringLiteral("has expired or was revoked")), qPrintable(sent.err));
    QVERIFY2(sent.err.contains(QStringLiteral("epistle accounts login \"Gmail\"")), qPrintable(sent.err));
    // Like any failed send: not kept unless --keep-on-failure says so.
    QVERIFY2(sent.err.contains(QStringLiteral("the message was not kept")), qPrintable(sent.err));
    QCOMPARE(m_smtp.messageCount(), 2);
    // And the next command says the same at once, without asking the provider again.
    const int errorsBefore = m_provider.stat("token_errors");
    const Run again
        = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Gmail") });
    QCOMPARE(again.rc, 77);
    QVERIFY2(again.err.contains(QStringLiteral("epistle accounts login \"Gmail\"")), qPrintable(again.err));
    QCOMPARE(m_provider.stat("token_errors"), errorsBefore);
    const Run expired
        = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("Gmail") });
    QVERIFY2(expired.out.contains(QStringLiteral("sign-in expired")), qPrintable(expired.out));

    // Signing in again mends it.
    const Run relogin = signIn(QStringLiteral("Gmail"));
    QVERIFY2(relogin.rc == 0, qPrintable(relogin.err));
    sent = epistle(message);
    QVERIFY2(sent.rc == 0, qPrintable(sent.out + sent.err));
    QVERIFY(m_smtp.waitForMessages(3));

    // No token, code or secret in any file under HOME but the keyring's own.
    QStringList secrets = m_provider.issuedSecrets();
    QVERIFY(secrets.size() >= 6);
    secrets << QStringLiteral("s3cret-of-the-test-client");
    QCOMPARE(filesHolding(secrets), QStringList());
}

void TestOAuthCli::refusedTokenIsRefreshedOnce()
{
    addAccount(QStringLiteral("Work"));
    QVERIFY(signIn(QStringLiteral("Work")).rc == 0);
    // The provider ends the access token early (Epistle still thinks it good for a minute): the server
    // refuses it (334 + JSON, then 535), Epistle refreshes once and logs in again; the message goes once.
    QVERIFY(m_provider.expireAccessTokens());
    const Run sent = epistle({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Work"),
        QStringLiteral("--to"), QStringLiteral("bob@example.test"), QStringLiteral("--subject"),
        QStringLiteral("Once"), QStringLiteral("--body"), QStringLiteral("x"), QStringLiteral("--trace") });
    QVERIFY2(sent.rc == 0, qPrintable(sent.err));
    QCOMPARE(m_provider.stat("refreshes"), 1);
    QVERIFY(m_smtp.waitForMessages(1));
    QTest::qWait(200);
    QCOMPARE(m_smtp.messageCount(), 1);
    QCOMPARE(sent.err.count(QStringLiteral("C: AUTH XOAUTH2")), 2);
    QVERIFY2(sent.err.contains(QStringLiteral("S: 535")), qPrintable(sent.err));
    // The transcript never shows a token.
    for (const QString &secret : m_provider.issuedSecrets()) {
        QVERIFY(!sent.err.contains(secret));
    }
}

void TestOAuthCli::oauthBearerToo()
{
    addAccount(QStringLiteral("Bearer"), { QStringLiteral("--auth"), QStringLiteral("oauthbearer") });
    QVERIFY(signIn(QStringLiteral("Bearer")).rc == 0);
    const Run tested
        = epistle({ QStringLiteral("test"), QStringLiteral("--account"), QStringLiteral("Bearer") });
    QVERIFY2(tested.rc == 0, qPrintable(tested.out + tested.err));
    QVERIFY(tested.out.contains(QStringLiteral("logged in with OAUTHBEARER")));
}

void TestOAuthCli::loginDenied()
{
    addAccount(QStringLiteral("Denied"));
    Login login = startLogin(QStringLiteral("Denied"));
    QVERIFY2(!login.url.isEmpty(), qPrintable(login.err));
    const OAuthProviderServer::BrowserRun browser = OAuthProviderServer::browse(login.url, true);
    QVERIFY(browser.redirect.contains(QStringLiteral("error=access_denied")));
    QVERIFY2(browser.page.contains(QStringLiteral("Not signed in")), qPrintable(browser.page));
    const Run r = finishLogin(login);
    QCOMPARE(r.rc, 77);
    QVERIFY2(r.err.contains(QStringLiteral("declined")), qPrintable(r.err));
    QCOMPARE(m_provider.stat("code_exchanges"), 0);
}

void TestOAuthCli::loginWithForgedState()
{
    addAccount(QStringLiteral("Forged"));
    Login login = startLogin(QStringLiteral("Forged"));
    QVERIFY2(!login.url.isEmpty(), qPrintable(login.err));
    const OAuthProviderServer::BrowserRun browser
        = OAuthProviderServer::browse(login.url, false, QStringLiteral("not-the-state-epistle-sent"));
    QVERIFY2(browser.page.contains(QStringLiteral("Sign-in rejected")), qPrintable(browser.page));
    const Run r = finishLogin(login);
    QCOMPARE(r.rc, 76);
    QVERIFY2(r.err.contains(QStringLiteral("does not belong to this sign-in")), qPrintable(r.err));
    // The code that came with the forged answer was never used.
    QCOMPARE(m_provider.stat("code_exchanges"), 0);
}

void TestOAuthCli::loginTimesOut()
{
    addAccount(QStringLiteral("Late"));
    Login login = startLogin(QStringLiteral("Late"), { QStringLiteral("--timeout"), QStringLiteral("2") });
    QVERIFY2(!login.url.isEmpty(), qPrintable(login.err));
    const Run r = finishLogin(login); // nobody opens the address
    QCOMPARE(r.rc, 75);
    QVERIFY2(r.err.contains(QStringLiteral("No answer came back from the browser")), qPrintable(r.err));
}

void TestOAuthCli::loginPortTaken()
{
    addAccount(QStringLiteral("Busy"));
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("login"), QStringLiteral("Busy"),
        QStringLiteral("--no-browser"), QStringLiteral("--redirect-port"),
        QString::number(squatter.serverPort()) });
    QCOMPARE(r.rc, 75);
    QVERIFY2(r.err.contains(QStringLiteral("in use by another program")), qPrintable(r.err));
}

void TestOAuthCli::tokenEndpointFails_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("rc");
    QTest::addColumn<QString>("says");
    QTest::newRow("500") << QStringLiteral("token-500") << 75 << QStringLiteral("had a problem (HTTP 500)");
    QTest::newRow("garbage") << QStringLiteral("token-garbage") << 76 << QStringLiteral("not JSON");
}

void TestOAuthCli::tokenEndpointFails()
{
    QFETCH(QString, fault);
    QFETCH(int, rc);
    QFETCH(QString, says);
    addAccount(QStringLiteral("Broken"));
    QVERIFY(m_provider.setFault(fault));
    const Run r = signIn(QStringLiteral("Broken"));
    QCOMPARE(r.rc, rc);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("Signed in")));
}

void TestOAuthCli::missingClientId()
{
    const Run added = epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("NoClient"),
        QStringLiteral("--server"), QStringLiteral("smtp.gmail.com:465"), QStringLiteral("--security"),
        QStringLiteral("tls"), QStringLiteral("--from"), QStringLiteral("alice@gmail.com"),
        QStringLiteral("--auth"), QStringLiteral("xoauth2"), QStringLiteral("--oauth"),
        QStringLiteral("google") });
    QVERIFY2(added.rc == 0, qPrintable(added.err));
    const Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("login"), QStringLiteral("NoClient"),
        QStringLiteral("--no-browser") });
    QCOMPARE(r.rc, 78);
    QVERIFY2(r.err.contains(QStringLiteral("No OAuth client id for Google")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--oauth-client-id")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("Open this address")));
}

void TestOAuthCli::customEndpointsMustBeHttps()
{
    const Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Plain"),
        QStringLiteral("--server"), QStringLiteral("smtp.example.org:465"), QStringLiteral("--from"),
        QStringLiteral("a@example.org"), QStringLiteral("--auth"), QStringLiteral("xoauth2"),
        QStringLiteral("--oauth"), QStringLiteral("custom"), QStringLiteral("--oauth-authorize-url"),
        QStringLiteral("http://login.example.org/auth"), QStringLiteral("--oauth-token-url"),
        QStringLiteral("https://login.example.org/token"), QStringLiteral("--oauth-client-id"),
        QStringLiteral("x"), QStringLiteral("--oauth-scope"), QStringLiteral("mail") });
    QCOMPARE(r.rc, 64);
    QVERIFY2(r.err.contains(QStringLiteral("must use https")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestOAuthCli)
#include "tst_oauthcli.moc"
