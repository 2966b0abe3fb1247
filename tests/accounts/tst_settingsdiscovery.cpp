// Settings discovery from an address: the autoconfig parser, the shipped provider files, and
// SettingsDiscovery end to end against real local services — dnsmasq for the SRV records, an HTTPS server
// with the test CA for the autoconfig XML, a private Postfix and MiniSmtpServer for the probes — with host
// names mapped to 127.0.0.1 while TLS is still verified against the real names.
#include "accounts/autoconfigxml.h"
#include "accounts/providerdatabase.h"
#include "accounts/settingsdiscovery.h"

#include "minismtpserver.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QByteArray SampleXml = R"(<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="discover.test">
    <domain>discover.test</domain>
    <domain>Other.Discover.Test</domain>
    <displayName>Discover Test Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.discover.test</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>out.%EMAILDOMAIN%</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-encrypted</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>out.discover.test</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>relay.discover.test</hostname>
      <port>25</port>
      <socketType>plain</socketType>
      <authentication>client-IP-address</authentication>
    </outgoingServer>
    <outgoingServer type="exchange"><hostname>ews.discover.test</hostname></outgoingServer>
  </emailProvider>
</clientConfig>
)";

struct Expected
{
    QString host;
    quint16 port;
    Smtp::Security security;
};

bool runDiscovery(SettingsDiscovery *discovery, const QString &address, const QString &password = {})
{
    QSignalSpy finished(discovery, &SettingsDiscovery::finished);
    discovery->start(address, password);
    return finished.wait(discovery->deadline() + 10000) && finished.size() == 1;
}

QString describe(const QList<SettingsDiscovery::Candidate> &candidates)
{
    QStringList lines;
    for (const SettingsDiscovery::Candidate &c : candidates) {
        lines << QStringLiteral("%1 %2:%3 %4 (%5) %6")
                     .arg(SettingsDiscovery::sourceName(c.source), c.host)
                     .arg(c.port)
                     .arg(QString::fromLatin1(Smtp::securityName(c.security)))
                     .arg(c.confidence)
                     .arg(c.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSettingsDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void parseAutoconfig();
    void parseErrors_data();
    void parseErrors();
    void substitute();
    void shippedProviders_data();
    void shippedProviders();
    void everyShippedFileReads();

    void providerFileAnswersOffline();
    void invalidAddress();
    void allSourcesTogether();
    void untrustedAutoconfigIgnored();
    void oversizedAutoconfigIgnored();
    void deadline();
    void srvSaysNoService();
    void unencryptedIsNeverProposed();
    void candidateToAccount();

private:
    QString m_pem, m_key;
    AccountsTest::PostfixInstance m_postfix;
    AccountsTest::Dnsmasq m_dns;
};

void TestSettingsDiscovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(AccountsTest::makeLeaf(QStringLiteral("discover"),
        { QStringLiteral("discover.test"), QStringLiteral("autoconfig.discover.test"),
            QStringLiteral("smtp.discover.test"), QStringLiteral("mail.discover.test"),
            QStringLiteral("autoconfig.slow.test"), QStringLiteral("smtp.slow.test") },
        &m_pem, &m_key));
    // Postfix presents the discovery certificate, so probing smtp.discover.test verifies for real.
    const QString postfixCerts = QStringLiteral(EPISTLE_ACCOUNTS_TEST_BUILD_DIR "/postfix-discovery-certs");
    QDir().mkpath(postfixCerts);
    for (const auto &[from, to] :
        { std::pair { AccountsTest::certPath(QStringLiteral("ca.pem")), QStringLiteral("ca.pem") },
            std::pair { m_pem, QStringLiteral("server.pem") },
            std::pair { m_key, QStringLiteral("server.key") } }) {
        QFile::remove(postfixCerts + QLatin1Char('/') + to);
        QVERIFY(QFile::copy(from, postfixCerts + QLatin1Char('/') + to));
    }
    QVERIFY2(m_postfix.start(QStringLiteral("discovery"), { QStringLiteral("--certs"), postfixCerts }),
        qPrintable(m_postfix.errorString()));
    QVERIFY2(m_dns.start({ QStringLiteral("_submissions._tcp.discover.test,mail.discover.test,465,0,1"),
                 QStringLiteral("_submission._tcp.discover.test,mail.discover.test,587,0,1"),
                 QStringLiteral("_submission._tcp.discover.test,smtp.elsewhere.example,587,10,1"),
                 QStringLiteral("_submission._tcp.nosvc.test") }),
        qPrintable(m_dns.errorString()));
}

void TestSettingsDiscovery::cleanupTestCase()
{
    m_dns.stop();
    m_postfix.stop();
}

void TestSettingsDiscovery::parseAutoconfig()
{
    AutoconfigXml::Provider p;
    QString error;
    QVERIFY2(AutoconfigXml::parse(SampleXml, &p, &error), qPrintable(error));
    QCOMPARE(p.id, QStringLiteral("discover.test"));
    QCOMPARE(p.displayName, QStringLiteral("Discover Test Mail"));
    QCOMPARE(
        p.domains, (QStringList { QStringLiteral("discover.test"), QStringLiteral("other.discover.test") }));
    QCOMPARE(p.outgoing.size(), 3); // the IMAP and Exchange servers are not SMTP
    QCOMPARE(p.outgoing[0].hostname, QStringLiteral("out.%EMAILDOMAIN%"));
    QCOMPARE(p.outgoing[0].port, quint16(465));
    QCOMPARE(p.outgoing[0].security, Smtp::Security::Tls);
    QCOMPARE(p.outgoing[0].username, QStringLiteral("%EMAILLOCALPART%"));
    QCOMPARE(p.outgoing[0].authMechanism, QByteArray("auto"));
    QCOMPARE(p.outgoing[1].security, Smtp::Security::StartTls);
    QCOMPARE(p.outgoing[1].authentication,
        (QStringList { QStringLiteral("OAuth2"), QStringLiteral("password-cleartext") }));
    QCOMPARE(p.outgoing[1].authMechanism, QByteArray("auto")); // a password still works there
    QCOMPARE(p.outgoing[2].security, Smtp::Security::None);
    QCOMPARE(p.outgoing[2].authMechanism, QByteArray("none"));

    QByteArray oauthOnly = SampleXml;
    oauthOnly.replace(
        "<authentication>password-encrypted</authentication>", "<authentication>OAuth2</authentication>");
    QVERIFY(AutoconfigXml::parse(oauthOnly, &p, &error));
    QCOMPARE(p.outgoing[0].authMechanism, QByteArray("XOAUTH2"));

    // The IMAP server, for the copy of sent mail; POP3 and plain-text IMAP are not kept.
    QVERIFY(AutoconfigXml::parse(SampleXml, &p, &error));
    QCOMPARE(p.imap.size(), 1);
    QCOMPARE(p.imap[0].hostname, QStringLiteral("imap.discover.test"));
    QCOMPARE(p.imap[0].port, quint16(993));
    QCOMPARE(p.imap[0].security, Smtp::Security::Tls);
    QVERIFY(!p.filesSentMail);
    QByteArray more = SampleXml;
    more.replace("<displayName>",
        "<incomingServer type=\"pop3\"><hostname>pop.discover.test</hostname>"
        "<socketType>SSL</socketType></incomingServer>"
        "<incomingServer type=\"imap\"><hostname>plain.discover.test</hostname>"
        "<socketType>plain</socketType></incomingServer>"
        "<filesSentMail>true</filesSentMail><displayName>");
    QVERIFY(AutoconfigXml::parse(more, &p, &error));
    QCOMPARE(p.imap.size(), 1);
    QCOMPARE(p.imap[0].hostname, QStringLiteral("imap.discover.test"));
    QVERIFY(p.filesSentMail);
}

void TestSettingsDiscovery::parseErrors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("html") << QByteArray("<html><body>Not here</body></html>")
                          << QStringLiteral("not an autoconfig");
    QTest::newRow("broken") << QByteArray(
        "<clientConfig><emailProvider><domain>x</emailProvider></clientConfig>")
                            << QStringLiteral("line 1");
    QTest::newRow("no smtp") << QByteArray(
        "<clientConfig><emailProvider id=\"x\"><domain>x</domain></emailProvider>"
        "</clientConfig>") << QStringLiteral("no usable");
    QTest::newRow("bad port") << QByteArray(
        "<clientConfig><emailProvider><outgoingServer type=\"smtp\"><hostname>h"
        "</hostname><port>99999</port><socketType>SSL</socketType></outgoingServer>"
        "</emailProvider></clientConfig>")
                              << QStringLiteral("no usable");
    QTest::newRow("unknown socket") << QByteArray(
        "<clientConfig><emailProvider><outgoingServer type=\"smtp\"><hostname>"
        "h</hostname><port>1</port><socketType>QUIC</socketType>"
        "</outgoingServer></emailProvider></clientConfig>")
                                    << QStringLiteral("no usable");
    // A "billion laughs" document: QXmlStreamReader refuses to expand it beyond its limit.
    QTest::newRow("entity bomb") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
        "<clientConfig><emailProvider><displayName>&e;</displayName>"
        "</emailProvider></clientConfig>")
                                 << QString();
}

void TestSettingsDiscovery::parseErrors()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    AutoconfigXml::Provider p;
    QString error;
    QVERIFY(!AutoconfigXml::parse(xml, &p, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSettingsDiscovery::substitute()
{
    const QString a = QStringLiteral("jane.doe@Example.org");
    QCOMPARE(AutoconfigXml::substitute(QStringLiteral("%EMAILADDRESS%"), a), a);
    QCOMPARE(AutoconfigXml::substitute(QStringLiteral("%EMAILLOCALPART%"), a), QStringLiteral("jane.doe"));
    QCOMPARE(AutoconfigXml::substitute(QStringLiteral("smtp.%EMAILDOMAIN%"), a),
        QStringLiteral("smtp.Example.org"));
    QCOMPARE(AutoconfigXml::substitute(QStringLiteral("plain"), a), QStringLiteral("plain"));
}

void TestSettingsDiscovery::shippedProviders_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Smtp::Security>("security");
    QTest::addColumn<QByteArray>("auth");
    const auto tls = Smtp::Security::Tls;
    const auto starttls = Smtp::Security::StartTls;
    QTest::newRow("gmail.com") << "gmail.com"
                               << "smtp.gmail.com" << 465 << tls << QByteArray("auto");
    QTest::newRow("googlemail.com") << "googlemail.com"
                                    << "smtp.gmail.com" << 465 << tls << QByteArray("auto");
    QTest::newRow("outlook.com") << "outlook.com"
                                 << "smtp-mail.outlook.com" << 587 << starttls << QByteArray("XOAUTH2");
    QTest::newRow("hotmail.com") << "hotmail.com"
                                 << "smtp-mail.outlook.com" << 587 << starttls << QByteArray("XOAUTH2");
    QTest::newRow("live.com") << "live.com"
                              << "smtp-mail.outlook.com" << 587 << starttls << QByteArray("XOAUTH2");
    QTest::newRow("yahoo.com") << "yahoo.com"
                               << "smtp.mail.yahoo.com" << 465 << tls << QByteArray("auto");
    QTest::newRow("icloud.com") << "icloud.com"
                                << "smtp.mail.me.com" << 587 << starttls << QByteArray("auto");
    QTest::newRow("me.com") << "me.com"
                            << "smtp.mail.me.com" << 587 << starttls << QByteArray("auto");
    QTest::newRow("fastmail.com") << "fastmail.com"
                                  << "smtp.fastmail.com" << 465 << tls << QByteArray("auto");
    QTest::newRow("gmx.net") << "gmx.net"
                             << "mail.gmx.net" << 465 << tls << QByteArray("auto");
    QTest::newRow("gmx.de") << "GMX.de"
                            << "mail.gmx.net" << 465 << tls << QByteArray("auto");
    QTest::newRow("web.de") << "web.de"
                            << "smtp.web.de" << 587 << starttls << QByteArray("auto");
    QTest::newRow("posteo.de") << "posteo.de"
                               << "posteo.de" << 465 << tls << QByteArray("auto");
    QTest::newRow("mailbox.org") << "mailbox.org"
                                 << "smtp.mailbox.org" << 465 << tls << QByteArray("auto");
}

void TestSettingsDiscovery::shippedProviders()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Smtp::Security, security);
    QFETCH(QByteArray, auth);
    ProviderDatabase database;
    AutoconfigXml::Provider p;
    QString file;
    QVERIFY(database.find(domain, &p, &file));
    QVERIFY(file.startsWith(QLatin1String(":/epistle/providers/")));
    QVERIFY(!p.outgoing.isEmpty());
    QCOMPARE(p.outgoing.first().hostname, host);
    QCOMPARE(int(p.outgoing.first().port), port);
    QCOMPARE(p.outgoing.first().security, security);
    QCOMPARE(p.outgoing.first().username, QStringLiteral("%EMAILADDRESS%"));
    QCOMPARE(p.outgoing.first().authMechanism, auth);
    // Every shipped provider names its IMAP server (implicit TLS); Google and Microsoft file sent mail
    // themselves.
    QCOMPARE(p.imap.size(), 1);
    QCOMPARE(p.imap.first().security, Smtp::Security::Tls);
    QCOMPARE(int(p.imap.first().port), 993);
    QCOMPARE(
        p.filesSentMail, host == QLatin1String("smtp.gmail.com") || host.contains(QLatin1String("outlook")));
}

void TestSettingsDiscovery::everyShippedFileReads()
{
    ProviderDatabase database;
    QStringList errors;
    const QList<AutoconfigXml::Provider> providers = database.providers(&errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(providers.size(), QDir(QStringLiteral(":/epistle/providers")).entryList().size());
    QVERIFY(providers.size() >= 9);
    AutoconfigXml::Provider none;
    QVERIFY(!database.find(QStringLiteral("discover.test"), &none));
}

void TestSettingsDiscovery::providerFileAnswersOffline()
{
    SettingsDiscovery discovery;
    // Any network use would go to these dead ends and show up as log lines (checked below).
    discovery.setNameserver(QHostAddress(QStringLiteral("127.0.0.254")));
    QVERIFY(runDiscovery(&discovery, QStringLiteral("Someone@GMail.com"), QStringLiteral("app-password")));
    const QList<SettingsDiscovery::Candidate> c = discovery.candidates();
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].source, SettingsDiscovery::Source::ProviderFile);
    QCOMPARE(c[0].host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(c[0].port, quint16(465));
    QCOMPARE(c[0].security, Smtp::Security::Tls);
    QCOMPARE(c[0].user, QStringLiteral("Someone@GMail.com"));
    QCOMPARE(c[0].providerName, QStringLiteral("Google Mail"));
    QCOMPARE(c[1].port, quint16(587));
    QVERIFY(c[0].confidence > c[1].confidence);
    QVERIFY(c[0].confidence >= 90);
    for (const QString &line : discovery.log()) {
        QVERIFY2(line.startsWith(QLatin1String("provider-file")), qPrintable(line));
    }
    // Google signs in with OAuth 2 (the provider file's <oAuth2>): the secret given is a token for XOAUTH2.
    QCOMPARE(c[0].oauthProvider, QStringLiteral("google"));
    QCOMPARE(c[0].authMechanism, QByteArray("XOAUTH2"));
    QCOMPARE(
        c[0].settings(QStringLiteral("app-password")).credentials.oauthToken, QStringLiteral("app-password"));
    const SmtpConnectionSettings s = discovery.settingsFor(c[0]);
    QCOMPARE(s.credentials.oauthToken, QStringLiteral("app-password"));
    QCOMPARE(s.credentials.user, QStringLiteral("Someone@GMail.com"));
    QCOMPARE(s.host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(s.effectivePort(), quint16(465));
    // Google's IMAP server keeps the copies, but Gmail files what its SMTP server sends by itself: the
    // account starts with "do not save", the server filled in should the person want a copy anyway.
    QCOMPARE(c[0].imap.host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(c[0].imap.effectivePort(), quint16(993));
    QCOMPARE(c[0].imap.security, Smtp::Security::Tls);
    QCOMPARE(c[0].imap.user, QString()); // the SMTP login
    QCOMPARE(c[0].imap.sentCopy, AccountImap::SentCopy::None);
    const Account account = c[0].toAccount(QStringLiteral("Someone@GMail.com"));
    QCOMPARE(account.imap, c[0].imap);
    QVERIFY(!account.imap.savesCopy());
}

void TestSettingsDiscovery::invalidAddress()
{
    for (const QString &address :
        { QStringLiteral("no-at-sign"), QStringLiteral("@example.org"), QStringLiteral("a@") }) {
        SettingsDiscovery discovery;
        QVERIFY(runDiscovery(&discovery, address));
        QVERIFY(discovery.candidates().isEmpty());
        QVERIFY2(discovery.errorString().contains(QLatin1String("not an e-mail address")),
            qPrintable(discovery.errorString()));
    }
}

void TestSettingsDiscovery::allSourcesTogether()
{
    // autoconfig.discover.test serves the XML; discover.test's well-known URL has nothing.
    AccountsTest::HttpsServer https;
    QVERIFY(https.start(m_pem, m_key));
    QByteArray xml = SampleXml;
    xml.replace("out.%EMAILDOMAIN%", "submit.%EMAILDOMAIN%");
    https.setResponse(QStringLiteral("/mail/config-v1.1.xml"), { 200, xml, "text/xml" });

    // mail.discover.test:587 answers with STARTTLS and a good certificate; mail.discover.test:465 has a
    // certificate for localhost only, so that probe must fail; mail.discover.test:25 is closed.
    MiniSmtpServer::Rules goodRules;
    goodRules.tls = MiniSmtpServer::Tls::StartTls;
    MiniSmtpServer good(goodRules);
    QVERIFY(good.loadCertificate(m_pem, m_key));
    QVERIFY(good.start());
    MiniSmtpServer::Rules badRules;
    badRules.tls = MiniSmtpServer::Tls::Implicit;
    MiniSmtpServer bad(badRules);
    QVERIFY(bad.loadCertificate(AccountsTest::certPath(QStringLiteral("server.pem")),
        AccountsTest::certPath(QStringLiteral("server.key"))));
    QVERIFY(bad.start());

    SettingsDiscovery discovery;
    discovery.setDeadline(8000);
    discovery.setNameserver(m_dns.address());
    discovery.setExtraCaCertificates(AccountsTest::testCa());
    discovery.mapHost(QStringLiteral("autoconfig.discover.test"), 443, https.serverPort());
    discovery.mapHost(QStringLiteral("discover.test"), 443, https.serverPort());
    discovery.mapHost(QStringLiteral("smtp.discover.test"), 465, m_postfix.submissionsPort());
    discovery.mapHost(QStringLiteral("smtp.discover.test"), 587, m_postfix.submissionPort());
    discovery.mapHost(QStringLiteral("smtp.discover.test"), 25, m_postfix.plainPort());
    discovery.mapHost(QStringLiteral("mail.discover.test"), 465, bad.serverPort());
    discovery.mapHost(QStringLiteral("mail.discover.test"), 587, good.serverPort());
    discovery.mapHost(QStringLiteral("mail.discover.test"), 25, AccountsTest::closedPort());
    QSignalSpy found(&discovery, &SettingsDiscovery::candidateFound);
    QVERIFY(
        runDiscovery(&discovery, QStringLiteral("jane@discover.test"), QStringLiteral("secret-password")));
    const QList<SettingsDiscovery::Candidate> c = discovery.candidates();
    const QString all = describe(c) + QLatin1String("\n--\n") + discovery.log().join(QLatin1Char('\n'));
    qInfo("%s", qPrintable(all));
    // Everything answered: no need to wait for the deadline.
    QVERIFY2(discovery.elapsed() < 6000, qPrintable(all));
    QVERIFY(!discovery.log().join(QLatin1Char('\n')).contains(QLatin1String("deadline")));

    const auto find = [&](const QString &host, quint16 port, Smtp::Security security) {
        for (const SettingsDiscovery::Candidate &x : c) {
            if (x.host == host && x.port == port && x.security == security) {
                return x;
            }
        }
        return SettingsDiscovery::Candidate();
    };
    // autoconfig: its three servers, placeholders filled.
    const SettingsDiscovery::Candidate ac
        = find(QStringLiteral("submit.discover.test"), 465, Smtp::Security::Tls);
    QCOMPARE(ac.source, SettingsDiscovery::Source::Autoconfig);
    QCOMPARE(ac.user, QStringLiteral("jane"));
    QCOMPARE(ac.providerName, QStringLiteral("Discover Test Mail"));
    QVERIFY(ac.origin.startsWith(QLatin1String("https://autoconfig.discover.test/mail/config-v1.1.xml")));
    // Its unencrypted relay is set aside, never proposed, and the warning says so.
    QCOMPARE(find(QStringLiteral("relay.discover.test"), 25, Smtp::Security::None).host, QString());
    QVERIFY2(discovery.warnings().join(QLatin1Char('\n')).contains(QLatin1String("relay.discover.test:25")),
        qPrintable(discovery.warnings().join(QLatin1Char('\n'))));
    // SRV: submissions and submission; the one outside the domain ranks lower and says why.
    const SettingsDiscovery::Candidate srvTls
        = find(QStringLiteral("mail.discover.test"), 465, Smtp::Security::Tls);
    QCOMPARE(srvTls.source, SettingsDiscovery::Source::Srv);
    QVERIFY(srvTls.origin.contains(QLatin1String("_submissions._tcp.discover.test")));
    QVERIFY(!srvTls.reached); // the probe of that port failed on its certificate
    const SettingsDiscovery::Candidate srvStartTls
        = find(QStringLiteral("mail.discover.test"), 587, Smtp::Security::StartTls);
    QCOMPARE(srvStartTls.source, SettingsDiscovery::Source::Srv);
    QVERIFY(srvStartTls.reached); // and a probe confirmed this one
    QVERIFY(srvStartTls.detail.contains(QLatin1String("probe")));
    const SettingsDiscovery::Candidate elsewhere
        = find(QStringLiteral("smtp.elsewhere.example"), 587, Smtp::Security::StartTls);
    QCOMPARE(elsewhere.source, SettingsDiscovery::Source::Srv);
    QVERIFY(elsewhere.confidence < srvStartTls.confidence);
    QVERIFY(elsewhere.detail.contains(QLatin1String("outside")));
    // Probes of smtp.discover.test: implicit TLS over STARTTLS over port 25.
    const SettingsDiscovery::Candidate p465
        = find(QStringLiteral("smtp.discover.test"), 465, Smtp::Security::Tls);
    const SettingsDiscovery::Candidate p587
        = find(QStringLiteral("smtp.discover.test"), 587, Smtp::Security::StartTls);
    const SettingsDiscovery::Candidate p25
        = find(QStringLiteral("smtp.discover.test"), 25, Smtp::Security::StartTls);
    QCOMPARE(p465.source, SettingsDiscovery::Source::Probe);
    QCOMPARE(p587.source, SettingsDiscovery::Source::Probe);
    QCOMPARE(p25.source, SettingsDiscovery::Source::Probe);
    QVERIFY(p465.reached && p587.reached && p25.reached);
    QVERIFY(p465.detail.contains(QLatin1String("Epistle test instance")));
    QVERIFY(p465.confidence > p587.confidence);
    QVERIFY(p587.confidence > p25.confidence);
    // The bad certificate failed its probe, and the closed port gave nothing.
    QCOMPARE(find(QStringLiteral("mail.discover.test"), 25, Smtp::Security::StartTls).host, QString());
    const QString log = discovery.log().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("probe mail.discover.test:465: The server's certificate")),
        qPrintable(log));
    QVERIFY(log.contains(QLatin1String("probe mail.discover.test:25:")));
    QVERIFY(log.contains(
        QLatin1String("autoconfig https://discover.test/.well-known/autoconfig/mail/config-v1.1.xml:")));
    QVERIFY(log.contains(QLatin1String("srv _submissions._tcp.discover.test: mail.discover.test:465")));

    // Ranked: provider-published sources first, then verified guesses, best security first within each.
    for (int i = 1; i < c.size(); ++i) {
        QVERIFY2(c[i - 1].confidence >= c[i].confidence, qPrintable(all));
    }
    QCOMPARE(c.first().source, SettingsDiscovery::Source::Autoconfig);
    QCOMPARE(found.size(), c.size()); // one signal per distinct candidate

    // The password went nowhere: no AUTH reached any probed server, and every probe only said EHLO.
    QVERIFY(!good.received("AUTH"));
    QVERIFY(!bad.received("AUTH"));
    QVERIFY(good.received("STARTTLS"));
    QFile maillog(m_postfix.directory() + QLatin1String("/maillog"));
    QVERIFY(maillog.open(QIODevice::ReadOnly));
    const QByteArray postfixLog = maillog.readAll();
    QVERIFY(!postfixLog.contains("sasl_method"));
    QVERIFY(!postfixLog.contains("secret-password"));
    // The HTTPS requests went to the names asked for (TLS verified against them).
    QCOMPARE(https.requests().size(), 2);
}

void TestSettingsDiscovery::untrustedAutoconfigIgnored()
{
    // The autoconfig server's certificate is valid for localhost only: the XML must not be used.
    AccountsTest::HttpsServer https;
    QVERIFY(https.start(AccountsTest::certPath(QStringLiteral("server.pem")),
        AccountsTest::certPath(QStringLiteral("server.key"))));
    https.setResponse(QStringLiteral("/mail/config-v1.1.xml"), { 200, SampleXml, "text/xml" });
    SettingsDiscovery discovery;
    discovery.setSources(SettingsDiscovery::Source::Autoconfig);
    discovery.setExtraCaCertificates(AccountsTest::testCa());
    discovery.mapHost(QStringLiteral("autoconfig.discover.test"), 443, https.serverPort());
    discovery.mapHost(QStringLiteral("discover.test"), 443, AccountsTest::closedPort());
    QVERIFY(runDiscovery(&discovery, QStringLiteral("jane@discover.test")));
    QVERIFY2(discovery.candidates().isEmpty(), qPrintable(describe(discovery.candidates())));
    const QString log = discovery.log().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("autoconfig https://autoconfig.discover.test/mail/config-v1.1.xml:")),
        qPrintable(log));
    QVERIFY(!discovery.errorString().isEmpty());

    // Without the test CA, even the right name is not trusted.
    AccountsTest::HttpsServer right;
    QVERIFY(right.start(m_pem, m_key));
    right.setResponse(QStringLiteral("/mail/config-v1.1.xml"), { 200, SampleXml, "text/xml" });
    SettingsDiscovery noCa;
    noCa.setSources(SettingsDiscovery::Source::Autoconfig);
    noCa.mapHost(QStringLiteral("autoconfig.discover.test"), 443, right.serverPort());
    noCa.mapHost(QStringLiteral("discover.test"), 443, AccountsTest::closedPort());
    QVERIFY(runDiscovery(&noCa, QStringLiteral("jane@discover.test")));
    QVERIFY(noCa.candidates().isEmpty());
}

void TestSettingsDiscovery::oversizedAutoconfigIgnored()
{
    AccountsTest::HttpsServer https;
    QVERIFY(https.start(m_pem, m_key));
    QByteArray padded = SampleXml;
    padded.replace("</clientConfig>", "<!-- " + QByteArray(20000, 'x') + " --></clientConfig>");
    https.setResponse(QStringLiteral("/mail/config-v1.1.xml"), { 200, padded, "text/xml" });
    https.setResponse(
        QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"), { 200, SampleXml, "text/xml" });
    SettingsDiscovery discovery;
    discovery.setSources(SettingsDiscovery::Source::Autoconfig);
    discovery.setMaxConfigSize(8192);
    discovery.setExtraCaCertificates(AccountsTest::testCa());
    discovery.mapHost(QStringLiteral("autoconfig.discover.test"), 443, https.serverPort());
    discovery.mapHost(QStringLiteral("discover.test"), 443, https.serverPort());
    QVERIFY(runDiscovery(&discovery, QStringLiteral("jane@discover.test")));
    const QString log = discovery.log().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("larger than 8192 bytes")), qPrintable(log));
    // The well-known copy was small enough: its servers are there (but for its unencrypted relay).
    QCOMPARE(discovery.candidates().size(), 2);
    QVERIFY(discovery.candidates().first().origin.contains(QLatin1String(".well-known")));
}

void TestSettingsDiscovery::deadline()
{
    // smtp.slow.test:587 accepts the connection and never greets; the rest answer at once. The search ends at
    // its deadline with what it has.
    MiniSmtpServer::Rules silentRules;
    silentRules.silentGreeting = true;
    MiniSmtpServer silent(silentRules);
    QVERIFY(silent.start());
    SettingsDiscovery discovery;
    discovery.setDeadline(1500);
    discovery.setNameserver(m_dns.address());
    discovery.setExtraCaCertificates(AccountsTest::testCa());
    discovery.mapHost(QStringLiteral("autoconfig.slow.test"), 443, AccountsTest::closedPort());
    discovery.mapHost(QStringLiteral("slow.test"), 443, AccountsTest::closedPort());
    discovery.mapHost(QStringLiteral("smtp.slow.test"), 465, m_postfix.submissionsPort());
    discovery.mapHost(QStringLiteral("smtp.slow.test"), 587, silent.serverPort());
    for (const quint16 port : { quint16(25), quint16(465), quint16(587) }) {
        discovery.mapHost(QStringLiteral("mail.slow.test"), port, AccountsTest::closedPort());
    }
    discovery.mapHost(QStringLiteral("smtp.slow.test"), 25, AccountsTest::closedPort());
    QVERIFY(runDiscovery(&discovery, QStringLiteral("sam@slow.test")));
    QVERIFY2(discovery.elapsed() >= 1400 && discovery.elapsed() < 3000,
        qPrintable(QString::number(discovery.elapsed())));
    const QString log = discovery.log().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("deadline")), qPrintable(log));
    QCOMPARE(discovery.candidates().size(), 1);
    QCOMPARE(discovery.candidates().first().host, QStringLiteral("smtp.slow.test"));
    QCOMPARE(discovery.candidates().first().port, quint16(465));
    QVERIFY(silent.connectionCount() >= 1);
}

void TestSettingsDiscovery::srvSaysNoService()
{
    SettingsDiscovery discovery;
    discovery.setSources(SettingsDiscovery::Source::Srv);
    discovery.setNameserver(m_dns.address());
    QVERIFY(runDiscovery(&discovery, QStringLiteral("x@nosvc.test")));
    QVERIFY(discovery.candidates().isEmpty());
    const QString log = discovery.log().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(
                 QLatin1String("srv _submission._tcp.nosvc.test: the domain says it offers no such service")),
        qPrintable(log));
    QVERIFY(log.contains(QLatin1String("srv _submissions._tcp.nosvc.test: no record")));
}

void TestSettingsDiscovery::unencryptedIsNeverProposed()
{
    // STARTTLS stripped on port 25 (the server answers without offering it) while 465 and 587 are blocked:
    // the only server found would work unencrypted. It is not proposed, and the result says why.
    MiniSmtpServer::Rules plainRules;
    plainRules.tls = MiniSmtpServer::Tls::None;
    plainRules.extensions = { "PIPELINING", "AUTH PLAIN LOGIN" };
    MiniSmtpServer plain(plainRules);
    QVERIFY(plain.start());
    SettingsDiscovery discovery;
    discovery.setSources(SettingsDiscovery::Source::Probe);
    discovery.setExtraCaCertificates(AccountsTest::testCa());
    discovery.mapHost(QStringLiteral("smtp.stripped.test"), 25, plain.serverPort());
    for (const quint16 port : { quint16(465), quint16(587) }) {
        discovery.mapHost(QStringLiteral("smtp.stripped.test"), port, AccountsTest::closedPort());
    }
    for (const quint16 port : { quint16(25), quint16(465), quint16(587) }) {
        discovery.mapHost(QStringLiteral("mail.stripped.test"), port, AccountsTest::closedPort());
    }
    QVERIFY(runDiscovery(&discovery, QStringLiteral("sam@stripped.test"), QStringLiteral("secret-password")));
    QVERIFY2(discovery.candidates().isEmpty(), qPrintable(describe(discovery.candidates())));
    QVERIFY(plain.received("EHLO"));
    QVERIFY(!plain.received("AUTH"));
    QCOMPARE(discovery.warnings().size(), 1);
    QVERIFY2(discovery.warnings().first().contains(QLatin1String("smtp.stripped.test:25")),
        qPrintable(discovery.warnings().first()));
    QVERIFY(discovery.warnings().first().contains(QLatin1String("STARTTLS")));
    QVERIFY2(discovery.errorString().contains(QLatin1String("does not choose an unencrypted connection")),
        qPrintable(discovery.errorString()));
    QVERIFY(discovery.log().join(QLatin1Char('\n')).contains(QLatin1String("set aside")));

    // An unencrypted server on this machine (a local relay) is no risk on the way: it is proposed.
    AccountsTest::HttpsServer https;
    QVERIFY(https.start(m_pem, m_key));
    https.setResponse(QStringLiteral("/mail/config-v1.1.xml"),
        { 200,
            QByteArray(SampleXml)
                .replace("relay.discover.test", "localhost")
                .replace("out.discover.test", "localhost"),
            "text/xml" });
    SettingsDiscovery withLocal;
    withLocal.setSources(SettingsDiscovery::Source::Autoconfig);
    withLocal.setExtraCaCertificates(AccountsTest::testCa());
    withLocal.mapHost(QStringLiteral("autoconfig.discover.test"), 443, https.serverPort());
    withLocal.mapHost(QStringLiteral("discover.test"), 443, AccountsTest::closedPort());
    QVERIFY(runDiscovery(&withLocal, QStringLiteral("jane@discover.test")));
    bool localPlain = false;
    for (const SettingsDiscovery::Candidate &c : withLocal.candidates()) {
        localPlain
            = localPlain || (c.host == QLatin1String("localhost") && c.security == Smtp::Security::None);
    }
    QVERIFY2(localPlain, qPrintable(describe(withLocal.candidates())));
    QVERIFY(withLocal.warnings().isEmpty());
}

void TestSettingsDiscovery::candidateToAccount()
{
    SettingsDiscovery::Candidate c;
    c.host = QStringLiteral("smtp.example.org");
    c.port = 465;
    c.security = Smtp::Security::Tls;
    c.user = QStringLiteral("jane@example.org");
    const Account a = c.toAccount(QStringLiteral("jane@example.org"));
    QCOMPARE(a.name, QStringLiteral("jane@example.org"));
    QCOMPARE(a.host, c.host);
    QCOMPARE(a.port, quint16(0)); // the default for TLS: left to follow the security
    QCOMPARE(a.user, QString()); // the address is the default login
    QCOMPARE(a.security, Smtp::Security::Tls);
    c.user = QStringLiteral("jane");
    c.port = 2465;
    c.authMechanism = "XOAUTH2";
    const Account b = c.toAccount(QStringLiteral("jane@example.org"), QStringLiteral("Work"));
    QCOMPARE(b.name, QStringLiteral("Work"));
    QCOMPARE(b.user, QStringLiteral("jane"));
    QCOMPARE(b.port, quint16(2465));
    const SmtpConnectionSettings s = c.settings(QStringLiteral("token"));
    QCOMPARE(s.credentials.oauthToken, QStringLiteral("token"));
    QVERIFY(s.credentials.password.isEmpty());
}

QTEST_GUILESS_MAIN(TestSettingsDiscovery)
#include "tst_settingsdiscovery.moc"
