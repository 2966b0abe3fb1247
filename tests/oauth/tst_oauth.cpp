// The OAuth 2 pieces of core/accounts on their own: the built-in providers and where client ids come from,
// endpoint rules, how a token endpoint's answers are read, the account file's oauth keys, discovery picking
// OAuth (provider files, and MX records served by a real dnsmasq), and the sign-in flow and token refresh
// against the local provider (tests/servers/oauth_provider.py) with a test browser over real HTTP.
#include "accounts/accountfile.h"
#include "accounts/autoconfigxml.h"
#include "accounts/oauthcredentials.h"
#include "accounts/oauthprovider.h"
#include "accounts/oauthsignin.h"
#include "accounts/oauthtokenclient.h"
#include "accounts/secretstore.h"
#include "accounts/settingsdiscovery.h"
#include "oauthproviderserver.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void builtInProviders();
    void endpoints_data();
    void endpoints();
    void mailExchangers_data();
    void mailExchangers();
    void tokenAnswers_data();
    void tokenAnswers();
    void accountFileKeys();
    void accountValidation();
    void clientIdSources();
    void providerFileDiscovery();
    void mxDiscovery();

    void signInFlow();
    void signInRefusedAndForged();
    void credentialsRefreshAndRevoke();

private:
    OAuthProviderServer m_provider;
};

void TestOAuth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
}

void TestOAuth::builtInProviders()
{
    OAuthProvider google, microsoft, none;
    QVERIFY(OAuthProvider::builtIn(QStringLiteral("google"), &google));
    QCOMPARE(google.scope, QStringLiteral("https://mail.google.com/"));
    QCOMPARE(google.smtpHost, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(google.smtpPort, quint16(465));
    QCOMPARE(google.tokenUrl.scheme(), QStringLiteral("https"));
    QVERIFY(OAuthProvider::builtIn(QStringLiteral("microsoft"), &microsoft));
    QCOMPARE(microsoft.scope, QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    QCOMPARE(microsoft.smtpSecurity, Smtp::Security::StartTls);
    QVERIFY(!OAuthProvider::builtIn(QStringLiteral("custom"), &none));
    QVERIFY(!OAuthProvider::builtIn(QStringLiteral("yahoo"), &none));
}

void TestOAuth::endpoints_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://login.example.org/token" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/token" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080/token" << true;
    QTest::newRow("http localhost name") << "http://localhost:8080/token" << false;
    QTest::newRow("http remote") << "http://login.example.org/token" << false;
    QTest::newRow("http other loopback") << "http://127.0.0.2/token" << false;
    QTest::newRow("ftp") << "ftp://login.example.org/token" << false;
    QTest::newRow("not a url") << "token" << false;
}

void TestOAuth::endpoints()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString error;
    QCOMPARE(OAuthProvider::checkEndpoint(QUrl(url), QStringLiteral("token URL"), &error), allowed);
    QCOMPARE(error.isEmpty(), allowed);
}

void TestOAuth::mailExchangers_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("provider");
    QTest::newRow("google") << "aspmx.l.google.com."
                            << "google";
    QTest::newRow("googlemail") << "alt1.aspmx.l.googlemail.com"
                                << "google";
    QTest::newRow("m365") << "contoso-com.mail.protection.outlook.com"
                          << "microsoft";
    QTest::newRow("outlook") << "OUTLOOK.COM"
                             << "microsoft";
    QTest::newRow("lookalike") << "mx.notgoogle.com"
                               << "";
    QTest::newRow("suffix trick") << "google.com.evil.example"
                                  << "";
    QTest::newRow("other") << "mx.example.org"
                           << "";
}

void TestOAuth::mailExchangers()
{
    QFETCH(QString, mx);
    QFETCH(QString, provider);
    QCOMPARE(OAuthProvider::forMailExchanger(mx), provider);
}

void TestOAuth::tokenAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("temporary");
    QTest::addColumn<QString>("says");
    using O = OAuthTokenResponse::Outcome;
    QTest::newRow("granted") << 200
                             << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":3599,)"
                                           R"("refresh_token":"rt","scope":"s"})")
                             << int(O::Granted) << false << QString();
    QTest::newRow("expires as text")
        << 200 << QByteArray(R"({"access_token":"at","token_type":"bearer","expires_in":"60"})")
        << int(O::Granted) << false << QString();
    QTest::newRow("invalid_grant")
        << 400
        << QByteArray(R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})")
        << int(O::Refused) << false
        << QStringLiteral("refused the refresh token (invalid_grant: Token has been expired or revoked.)");
    QTest::newRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})") << int(O::Refused)
                                    << false << QStringLiteral("does not accept the OAuth client id");
    QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << int(O::Failed) << true
                         << QStringLiteral("HTTP 500");
    QTest::newRow("garbage") << 200 << QByteArray("not json {") << int(O::Failed) << false
                             << QStringLiteral("not JSON");
    QTest::newRow("array") << 200 << QByteArray("[1,2]") << int(O::Failed) << false
                           << QStringLiteral("not JSON");
    QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << int(O::Failed) << false
                              << QStringLiteral("without a bearer access token");
    QTest::newRow("not bearer") << 200 << QByteArray(R"({"access_token":"at","token_type":"mac"})")
                                << int(O::Failed) << false << QStringLiteral("without a bearer access token");
    QTest::newRow("400 not json") << 400 << QByteArray("Bad Request") << int(O::Failed) << false
                                  << QStringLiteral("not JSON");
}

void TestOAuth::tokenAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(bool, temporary);
    QFETCH(QString, says);
    const OAuthTokenResponse r = OAuthTokenClient::parse(status, body, QStringLiteral("Example"));
    QCOMPARE(int(r.outcome), outcome);
    QCOMPARE(r.temporary, temporary);
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    if (r.isGranted()) {
        QCOMPARE(r.accessToken, QStringLiteral("at"));
        QVERIFY(r.expiresIn > 0);
    }
}

void TestOAuth::accountFileKeys()
{
    Account a = m_provider.account();
    a.isDefault = true; // the only account is the default
    a.oauthAuthorizeUrl = QStringLiteral("https://login.example.org/authorize");
    a.oauthTokenUrl = QStringLiteral("https://login.example.org/token");
    const QByteArray text = AccountFile::serialize({ a });
    QVERIFY(text.contains("oauth = custom\n"));
    QVERIFY(text.contains("oauth-client-id = epistle-test-client\n"));
    const AccountFile::Parsed parsed = AccountFile::parse(text);
    QCOMPARE(parsed.problems.size(), 0);
    QCOMPARE(parsed.accounts.size(), 1);
    QCOMPARE(parsed.accounts.first(), a);
    QVERIFY(parsed.accounts.first().usesOAuthSignIn());

    // A mistake in an oauth key keeps the section aside, named by line, like any other.
    const AccountFile::Parsed bad
        = AccountFile::parse("[account \"X\"]\naddress = a@b.c\nserver = h\nauth = xoauth2\n"
                             "oauth = yahoo\n");
    QCOMPARE(bad.accounts.size(), 0);
    QCOMPARE(bad.problems.size(), 1);
    QVERIFY2(bad.problems.first().message.contains(QStringLiteral("google, microsoft or custom")),
        qPrintable(bad.problems.first().message));
}

void TestOAuth::accountValidation()
{
    Account a = m_provider.account();
    QCOMPARE(a.validate(), QStringList());
    a.authMechanism = "auto";
    QVERIFY(a.validate().join(QLatin1Char(' ')).contains(QStringLiteral("XOAUTH2 or OAUTHBEARER")));
    a = m_provider.account();
    a.oauthTokenUrl.clear();
    QVERIFY(a.validate().join(QLatin1Char(' ')).contains(QStringLiteral("token URL")));
    a = m_provider.account();
    a.oauthProvider = QStringLiteral("google");
    QVERIFY(a.validate().join(QLatin1Char(' ')).contains(QStringLiteral("Only a custom")));
}

void TestOAuth::clientIdSources()
{
    Account a = m_provider.account();
    a.oauthProvider = QStringLiteral("google");
    a.oauthAuthorizeUrl.clear();
    a.oauthTokenUrl.clear();
    a.oauthScope.clear();
    a.oauthClientId.clear();
    OAuthProvider p;
    QString error;
    // Nothing built in (no -DEPISTLE_OAUTH_GOOGLE_CLIENT_ID here) and no provider file naming one.
    QVERIFY(!OAuthProvider::forAccount(a, &p, &error, {}));
    QVERIFY2(error.contains(QStringLiteral("--oauth-client-id")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("-DEPISTLE_OAUTH_GOOGLE_CLIENT_ID")), qPrintable(error));

    // A provider file (a distribution's) may name the client.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("corp.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<clientConfig version="1.1"><emailProvider id="corp.example">
        <domain>corp.example</domain><outgoingServer type="smtp"><hostname>smtp.gmail.com</hostname>
        <port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username>
        <authentication>OAuth2</authentication></outgoingServer></emailProvider>
        <oAuth2><issuer>accounts.google.com</issuer><scope>https://mail.google.com/</scope>
        <clientId>id-from-the-provider-file</clientId></oAuth2></clientConfig>)");
    file.close();
    QVERIFY2(OAuthProvider::forAccount(a, &p, &error, { dir.path() }), qPrintable(error));
    QCOMPARE(p.clientId, QStringLiteral("id-from-the-provider-file"));
    QCOMPARE(p.scope, QStringLiteral("https://mail.google.com/"));
    QCOMPARE(p.authorizeUrl.host(), QStringLiteral("accounts.google.com"));

    // The account's own wins.
    a.oauthClientId = QStringLiteral("the-accounts-own");
    QVERIFY(OAuthProvider::forAccount(a, &p, &error, { dir.path() }));
    QCOMPARE(p.clientId, QStringLiteral("the-accounts-own"));
    QCOMPARE(p.clientIdOrigin, QStringLiteral("account"));
}

void TestOAuth::providerFileDiscovery()
{
    for (const auto &[address, provider] :
        { std::pair { QStringLiteral("someone@gmail.com"), QStringLiteral("google") },
            std::pair { QStringLiteral("someone@outlook.com"), QStringLiteral("microsoft") } }) {
        SettingsDiscovery discovery;
        discovery.setSources(SettingsDiscovery::Source::ProviderFile);
        QSignalSpy finished(&discovery, &SettingsDiscovery::finished);
        discovery.start(address);
        QVERIFY(finished.wait(5000));
        QVERIFY(!discovery.candidates().isEmpty());
        const SettingsDiscovery::Candidate best = discovery.candidates().first();
        QCOMPARE(best.oauthProvider, provider);
        QCOMPARE(best.authMechanism, QByteArray("XOAUTH2"));
        const Account account = best.toAccount(address, QStringLiteral("x"));
        QVERIFY(account.usesOAuthSignIn());
        QCOMPARE(account.validate(), QStringList());
    }
}

void TestOAuth::mxDiscovery()
{
    AccountsTest::Dnsmasq dns;
    QVERIFY2(dns.start({},
                 { QStringLiteral("--mx-host=hosted.test,aspmx.l.google.com,1"),
                     QStringLiteral("--mx-host=hosted.test,alt1.aspmx.l.google.com,5"),
                     QStringLiteral("--mx-host=m365.test,m365-test.mail.protection.outlook.com,10"),
                     QStringLiteral("--mx-host=own.test,mx.own.test,10") }),
        qPrintable(dns.errorString()));
    const auto discover = [&](const QString &address) {
        SettingsDiscovery discovery;
        discovery.setSources(SettingsDiscovery::Source::Mx);
        discovery.setNameserver(dns.address());
        QSignalSpy finished(&discovery, &SettingsDiscovery::finished);
        discovery.start(address);
        finished.wait(10000);
        return std::make_pair(discovery.candidates(), discovery.log());
    };
    auto [google, log1] = discover(QStringLiteral("alice@hosted.test"));
    QVERIFY2(google.size() == 1, qPrintable(log1.join(QLatin1Char('\n'))));
    QCOMPARE(google.first().oauthProvider, QStringLiteral("google"));
    QCOMPARE(google.first().host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(google.first().port, quint16(465));
    QCOMPARE(google.first().user, QStringLiteral("alice@hosted.test"));
    QCOMPARE(SettingsDiscovery::sourceName(google.first().source), QStringLiteral("mx"));

    auto [microsoft, log2] = discover(QStringLiteral("bob@m365.test"));
    QVERIFY2(microsoft.size() == 1, qPrintable(log2.join(QLatin1Char('\n'))));
    QCOMPARE(microsoft.first().oauthProvider, QStringLiteral("microsoft"));
    QCOMPARE(microsoft.first().host, QStringLiteral("smtp.office365.com"));
    QCOMPARE(microsoft.first().security, Smtp::Security::StartTls);

    auto [own, log3] = discover(QStringLiteral("carol@own.test"));
    QVERIFY(own.isEmpty());
    QVERIFY2(log3.join(QLatin1Char('\n')).contains(QStringLiteral("not hosted by a provider")),
        qPrintable(log3.join(QLatin1Char('\n'))));
}

namespace {

OAuthProvider customProvider(const OAuthProviderServer &server)
{
    OAuthProvider p;
    p.id = QStringLiteral("custom");
    p.displayName = QStringLiteral("Test provider");
    p.authorizeUrl = QUrl(server.url(QStringLiteral("/authorize")));
    p.tokenUrl = QUrl(server.url(QStringLiteral("/token")));
    p.scope = QStringLiteral("https://mail.google.com/");
    p.clientId = server.options().clientId;
    return p;
}

} // namespace

void TestOAuth::signInFlow()
{
    OAuthSignIn signIn(customProvider(m_provider));
    signIn.setLoginHint(QStringLiteral("alice@example.test"));
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QString error;
    QVERIFY2(signIn.start(&error), qPrintable(error));
    // RFC 8252 7.3: the loopback IP literal with a port the system chose.
    QVERIFY(signIn.redirectUri().startsWith(QStringLiteral("http://127.0.0.1:")));
    const QUrlQuery query(signIn.authorizationUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 32);
    QCOMPARE(query.queryItemValue(QStringLiteral("login_hint")), QStringLiteral("alice@example.test"));

    const OAuthProviderServer::BrowserRun browser
        = OAuthProviderServer::browse(signIn.authorizationUrl().toString());
    QVERIFY2(browser.exitCode == 0, qPrintable(browser.error));
    QVERIFY(browser.page.contains(QStringLiteral("Signed in")));
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    const auto result = finished.first().first().value<OAuthSignIn::Result>();
    QCOMPARE(result.outcome, OAuthSignIn::Outcome::SignedIn);
    QVERIFY(!result.tokens.accessToken.isEmpty());
    QVERIFY(!result.tokens.refreshToken.isEmpty());
    QVERIFY(result.tokens.expiresIn > 0);
}

void TestOAuth::signInRefusedAndForged()
{
    {
        OAuthSignIn signIn(customProvider(m_provider));
        QSignalSpy finished(&signIn, &OAuthSignIn::finished);
        QString error;
        QVERIFY(signIn.start(&error));
        OAuthProviderServer::browse(signIn.authorizationUrl().toString(), true);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        const auto result = finished.first().first().value<OAuthSignIn::Result>();
        QCOMPARE(result.outcome, OAuthSignIn::Outcome::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("access_denied")), qPrintable(result.message));
    }
    {
        OAuthSignIn signIn(customProvider(m_provider));
        QSignalSpy finished(&signIn, &OAuthSignIn::finished);
        QString error;
        QVERIFY(signIn.start(&error));
        const int exchanges = m_provider.stat("code_exchanges");
        OAuthProviderServer::browse(signIn.authorizationUrl().toString(), false, QStringLiteral("forged"));
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(finished.first().first().value<OAuthSignIn::Result>().outcome, OAuthSignIn::Outcome::Failed);
        QCOMPARE(m_provider.stat("code_exchanges"), exchanges);
    }
    {
        // A wrong client: the provider shows an error page and never sends the browser back.
        OAuthProvider p = customProvider(m_provider);
        p.clientId = QStringLiteral("unknown-client");
        OAuthSignIn signIn(p);
        signIn.setTimeout(1500);
        QSignalSpy finished(&signIn, &OAuthSignIn::finished);
        QString error;
        QVERIFY(signIn.start(&error));
        const OAuthProviderServer::BrowserRun browser
            = OAuthProviderServer::browse(signIn.authorizationUrl().toString());
        QCOMPARE(browser.exitCode, 1);
        QVERIFY(browser.error.contains(QStringLiteral("invalid_client")));
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(
            finished.first().first().value<OAuthSignIn::Result>().outcome, OAuthSignIn::Outcome::TimedOut);
    }
}

void TestOAuth::credentialsRefreshAndRevoke()
{
    // No keychain here (DBUS_SESSION_BUS_ADDRESS points nowhere): SecretStore keeps the grant in memory.
    SecretStore secrets(QStringLiteral("epistle-test-oauth"));
    secrets.setTimeout(5000);
    OAuthCredentials credentials(&secrets);
    const Account account = m_provider.account();

    OAuthSignIn signIn(customProvider(m_provider));
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QString error;
    QVERIFY(signIn.start(&error));
    OAuthProviderServer::browse(signIn.authorizationUrl().toString());
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    const auto result = finished.first().first().value<OAuthSignIn::Result>();
    QCOMPARE(result.outcome, OAuthSignIn::Outcome::SignedIn);

    bool stored = false;
    credentials.store(account, result.tokens, this, [&](const SecretStore::Result &r) { stored = r.ok; });
    QTRY_VERIFY(stored);

    const auto token = [&](bool force) {
        OAuthCredentials::Token t;
        bool done = false;
        credentials.accessToken(account, force, this, [&](const OAuthCredentials::Token &answer) {
            t = answer;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return t;
    };
    const int refreshes = m_provider.stat("refreshes");
    OAuthCredentials::Token t = token(false);
    QVERIFY(t.ok);
    QCOMPARE(t.accessToken, result.tokens.accessToken); // an hour left: no refresh
    QCOMPARE(m_provider.stat("refreshes"), refreshes);

    t = token(true);
    QVERIFY(t.ok);
    QVERIFY(t.refreshed);
    QVERIFY(t.accessToken != result.tokens.accessToken);
    QCOMPARE(m_provider.stat("refreshes"), refreshes + 1);

    // Two asking at once share one refresh.
    int answers = 0;
    credentials.accessToken(account, true, this, [&](const OAuthCredentials::Token &a) { answers += a.ok; });
    credentials.accessToken(account, true, this, [&](const OAuthCredentials::Token &a) { answers += a.ok; });
    QTRY_COMPARE(answers, 2);
    QCOMPARE(m_provider.stat("refreshes"), refreshes + 2);

    QVERIFY(m_provider.revokeAll());
    t = token(true);
    QVERIFY(!t.ok);
    QVERIFY(t.signInNeeded);
    QVERIFY2(t.message.contains(QStringLiteral("has expired or was revoked")), qPrintable(t.message));
    OAuthCredentials::State state = OAuthCredentials::State::Unknown;
    credentials.state(
        account, this, [&](OAuthCredentials::State s, const OAuthGrant &, const QString &) { state = s; });
    QTRY_COMPARE(state, OAuthCredentials::State::Expired);
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
