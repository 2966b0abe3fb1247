#include "uitestenv.h"

#include "certificateview.h"
#include "servertestdialog.h"

#include "../smtp/tunnelproxy.h"
#include "aiosmtpdserver.h"
#include "dovecotimapserver.h"
#include "messagebanner.h"
#include "smtp/smtptlsinfo.h"
#include "smtp/smtptranscript.h"
#include "testcertificates.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

// The server test dialog against real local servers: every step appears with a tick or a cross and its
// time; a good server passes with its TLS details and capabilities; and three wrong settings — a closed
// port, STARTTLS on an implicit-TLS port, an untrusted certificate — each give their diagnosis and fix.
class TestServerTestDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodServerPasses();
    void closedPort();
    void startTlsOnImplicitTlsPort();
    void untrustedCertificate();
    void wrongPassword();
    void insecureLoginIsWarned();
    void imapSentCopyIsTestedToo();

private:
    TestCertificates m_certificates;
};

namespace {
SmtpConnectionSettings settingsFor(
    quint16 port, Smtp::Security security, const QString &host = QStringLiteral("localhost"))
{
    SmtpConnectionSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.authMechanism = "none";
    s.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    s.timeouts = SmtpTimeouts::uniform(10000);
    return s;
}

bool allPassed(const QStringList &lines)
{
    for (const QString &l : lines) {
        if (!l.startsWith(QStringLiteral("passed"))) {
            return false;
        }
    }
    return !lines.isEmpty();
}
} // namespace

void TestServerTestDialog::initTestCase()
{
    QVERIFY2(m_certificates.isValid(), qPrintable(m_certificates.errorString()));
    const QString why = AiosmtpdServer::unavailableReason();
    if (!why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
}

void TestServerTestDialog::goodServerPasses()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::StartTls;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    SmtpConnectionSettings s = settingsFor(server.port(), Smtp::Security::StartTls);
    s.tls.caCertificates = { m_certificates.caCertificate() };
    ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("Good"));
    dialog.show();
    QSignalSpy started(dialog.findChild<QTreeWidget *>(QStringLiteral("testSteps"))->model(),
        &QAbstractItemModel::rowsInserted);
    dialog.start();
    // The first step shows while it runs, before the test ends.
    QTRY_VERIFY(started.count() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY2(dialog.passed(), qPrintable(dialog.diagnosisText()));
    const QStringList lines = dialog.stepLines();
    QVERIFY2(allPassed(lines), qPrintable(lines.join(QLatin1Char('\n'))));
    const QString all = lines.join(QLatin1Char('\n'));
    for (const QString &step : { QStringLiteral("Connecting"), QStringLiteral("Server greeting"),
             QStringLiteral("Starting encryption (STARTTLS)"), QStringLiteral("Sender address accepted") }) {
        QVERIFY2(all.contains(step), qPrintable(all));
    }
    QVERIFY(lines.first().contains(QStringLiteral(" ms")));
    QLabel *result = dialog.findChild<QLabel *>(QStringLiteral("diagnosis"));
    QVERIFY(result->text().contains(QStringLiteral("Every step passed")));
    // TLS details and the capabilities are on show.
    bool tlsShown = false;
    bool capabilitiesShown = false;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        tlsShown = tlsShown
            || (l->accessibleName() == QStringLiteral("TLS session")
                && l->text().contains(QStringLiteral("TLSv1")));
        capabilitiesShown = capabilitiesShown
            || (l->accessibleName() == QStringLiteral("Server capabilities")
                && l->text().contains(QStringLiteral("SIZE")));
    }
    QVERIFY(tlsShown);
    QVERIFY(capabilitiesShown);
    QVERIFY(dialog.transcript()->text().contains(QStringLiteral("C: STARTTLS")));
    QVERIFY2(
        unnamedTabStops(&dialog).isEmpty(), qPrintable(unnamedTabStops(&dialog).join(QStringLiteral(", "))));
}

void TestServerTestDialog::closedPort()
{
    const quint16 port = ::closedPort();
    ServerTestDialog dialog(settingsFor(port, Smtp::Security::StartTls, QStringLiteral("127.0.0.1")),
        QStringLiteral("alice@example.test"), QStringLiteral("Closed"));
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY(!dialog.passed());
    QCOMPARE(dialog.diagnosis().code, QStringLiteral("connection-refused"));
    const QStringList lines = dialog.stepLines();
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("passed Looking up the server")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("failed Connecting")), qPrintable(lines.at(1)));
    QVERIFY2(dialog.diagnosisText().contains(QStringLiteral("Nothing accepts connections")),
        qPrintable(dialog.diagnosisText()));
    QVERIFY(!dialog.applyButton()->isVisible());
    QVERIFY(!dialog.certificateView()->isVisible());
}

void TestServerTestDialog::startTlsOnImplicitTlsPort()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    SmtpConnectionSettings s = settingsFor(server.port(), Smtp::Security::StartTls);
    s.tls.caCertificates = { m_certificates.caCertificate() };
    ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("Implicit"));
    dialog.setTlsProbeDelay(300);
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY(!dialog.passed());
    QCOMPARE(dialog.diagnosis().code, QStringLiteral("starttls-on-implicit-tls-port"));
    QVERIFY2(dialog.diagnosisText().contains(QStringLiteral("expects TLS from the first byte")),
        qPrintable(dialog.diagnosisText()));
    QVERIFY2(dialog.stepLines().last().startsWith(QStringLiteral("failed Server greeting")),
        qPrintable(dialog.stepLines().join(QLatin1Char('\n'))));
    // One click applies the fix and the test runs again, passing.
    QVERIFY(dialog.applyButton()->isVisible());
    QVERIFY(dialog.applyButton()->text().contains(QStringLiteral("SSL/TLS on port %1").arg(server.port())));
    QSignalSpy applied(&dialog, &ServerTestDialog::suggestedSettingsApplied);
    dialog.applyButton()->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().value<SmtpConnectionSettings>().security, Smtp::Security::Tls);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY2(dialog.passed(), qPrintable(dialog.diagnosisText()));
    QVERIFY(dialog.stepLines().join(QLatin1Char('\n')).contains(QStringLiteral("Encrypting (TLS)")));
}

void TestServerTestDialog::untrustedCertificate()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    options.certificate = TestCertificates::Kind::SelfSigned;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    // Nothing trusts a self-signed certificate: not the system, not the test CA.
    SmtpConnectionSettings s = settingsFor(server.port(), Smtp::Security::Tls);
    s.tls.caCertificates = { m_certificates.caCertificate() };
    ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("Self-signed"));
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY(!dialog.passed());
    QCOMPARE(dialog.diagnosis().code, QStringLiteral("certificate-untrusted"));
    QVERIFY2(dialog.stepLines().join(QLatin1Char('\n')).contains(QStringLiteral("failed Encrypting (TLS)")),
        qPrintable(dialog.stepLines().join(QLatin1Char('\n'))));
    // Subject, issuer, validity and fingerprint, and the offer to trust exactly it for this host.
    CertificateView *view = dialog.certificateView();
    QVERIFY(view->isVisible());
    QVERIFY(!dialog.applyButton()->isVisible());
    const QByteArray expected = m_certificates.sha256Fingerprint(TestCertificates::Kind::SelfSigned);
    QCOMPARE(view->sha256(), expected);
    QStringList shown;
    for (QLabel *l : view->findChildren<QLabel *>()) {
        shown << l->text();
    }
    const QString text = shown.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(SmtpTlsInfo::formatFingerprint(expected)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CN=localhost")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("until")), qPrintable(text));
    QVERIFY(view->trustButton()->text().contains(QStringLiteral("localhost")));
    QSignalSpy trusted(&dialog, &ServerTestDialog::certificateTrusted);
    view->trustButton()->click();
    QCOMPARE(trusted.count(), 1);
    QCOMPARE(trusted.first().first().toByteArray(), expected);
    // Pinned, the same server now passes.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY2(dialog.passed(), qPrintable(dialog.diagnosisText()));
    QCOMPARE(dialog.settings().tls.pinnedSha256, QList<QByteArray> { expected });
}

void TestServerTestDialog::wrongPassword()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.authRequired = true;
    options.authWithoutTls = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    SmtpConnectionSettings s = settingsFor(server.port(), Smtp::Security::None, QStringLiteral("127.0.0.1"));
    s.authMechanism = "PLAIN";
    s.credentials.user = server.user();
    s.credentials.password = QStringLiteral("wrong horse");
    ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("Login"));
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY(!dialog.passed());
    QCOMPARE(dialog.diagnosis().code, QStringLiteral("auth-failed"));
    QVERIFY(dialog.stepLines().last().startsWith(QStringLiteral("failed Logging in")));
    // The password never shows in the transcript.
    QVERIFY(!dialog.transcript()->text().contains(QStringLiteral("wrong horse")));
    QVERIFY(dialog.transcript()->text().contains(QStringLiteral("[redacted]")));
}

void TestServerTestDialog::insecureLoginIsWarned()
{
    // No encryption chosen, and the server (behind a proxy) is not this machine as far as the client can
    // tell: the test passes, and says that the password went readable to anyone on the way.
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.authRequired = true;
    options.authWithoutTls = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    TunnelProxy proxy(TunnelProxy::Kind::Socks5);
    QVERIFY(proxy.listen());
    SmtpConnectionSettings s = settingsFor(server.port(), Smtp::Security::None, QStringLiteral("127.0.0.1"));
    s.authMechanism = "PLAIN";
    s.credentials.user = server.user();
    s.credentials.password = server.password();
    s.proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), proxy.port());
    ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("Plain"));
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY2(dialog.passed(), qPrintable(dialog.diagnosisText()));
    QCOMPARE(proxy.connections(), 1);
    QVERIFY(dialog.insecureWarning()->isVisible());
    QCOMPARE(dialog.insecureWarning()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(dialog.insecureWarning()->text().contains(QStringLiteral("no encryption")),
        qPrintable(dialog.insecureWarning()->text()));

    // The same server straight over loopback: nothing leaves this machine, nothing to warn about.
    s.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    dialog.setSettings(s);
    dialog.start();
    QVERIFY(!dialog.insecureWarning()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QVERIFY2(dialog.passed(), qPrintable(dialog.diagnosisText()));
    QVERIFY(!dialog.insecureWarning()->isVisible());
}

QTEST_MAIN(TestServerTestDialog)
void TestServerTestDialog::imapSentCopyIsTestedToo()
{
    // An account that saves its sent mail on an IMAP server gets that server tested after the SMTP steps, in
    // the same list, with a verdict of its own: a good SMTP server does not hide a wrong IMAP password.
    const QString why = DovecotImapServer::unavailableReason();
    if (!why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
    DovecotImapServer imap;
    QVERIFY2(imap.start(), qPrintable(imap.errorString()));
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::StartTls;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    SmtpConnectionSettings s = settingsFor(server.port(), Smtp::Security::StartTls);
    s.tls.caCertificates = { m_certificates.caCertificate() };

    ImapConnectionSettings good;
    good.host = imap.tlsPeerName();
    good.port = imap.imapsPort();
    good.security = Smtp::Security::Tls;
    good.credentials.user = imap.user();
    good.credentials.password = imap.password();
    good.tls.caCertificates = { imap.caCertificate() };
    good.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    {
        ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("With IMAP"));
        dialog.setImap(good, ImapSentCopyOptions());
        dialog.show();
        QSignalSpy finished(&dialog, &ServerTestDialog::testFinished);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 30000);
        QCOMPARE(finished.size(), 1); // once, after both parts
        QVERIFY2(dialog.passed(), qPrintable(dialog.diagnosisText()));
        const QString all = dialog.stepLines().join(QLatin1Char('\n'));
        for (const QString &step : { QStringLiteral("Sender address accepted"),
                 QStringLiteral("Logging in to IMAP"), QStringLiteral("Finding the Sent folder") }) {
            QVERIFY2(all.contains(step), qPrintable(all));
        }
        QVERIFY2(
            dialog.diagnosisText().contains(QStringLiteral("“Sent”")), qPrintable(dialog.diagnosisText()));
    }
    ImapConnectionSettings wrong = good;
    wrong.credentials.password = QStringLiteral("not the password");
    {
        ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("With IMAP"));
        dialog.setImap(wrong, ImapSentCopyOptions());
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 30000);
        QVERIFY(!dialog.passed());
        QVERIFY(dialog.test()->passed()); // SMTP itself is fine
        QVERIFY(dialog.imapTest() && !dialog.imapTest()->passed());
        const QString text = dialog.diagnosisText();
        QVERIFY2(text.contains(QStringLiteral("Every step passed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The Sent copy test stopped")), qPrintable(text));
        QVERIFY2(text.contains(dialog.imapTest()->diagnosis().message.toHtmlEscaped()), qPrintable(text));
    }
    // No IMAP password saved: said as that part's failure, without connecting.
    {
        ServerTestDialog dialog(s, QStringLiteral("alice@example.test"), QStringLiteral("With IMAP"));
        dialog.setImap(
            ImapConnectionSettings(), ImapSentCopyOptions(), QStringLiteral("No IMAP password is saved."));
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 30000);
        QVERIFY(!dialog.passed());
        QVERIFY2(dialog.diagnosisText().contains(QStringLiteral("No IMAP password is saved.")),
            qPrintable(dialog.diagnosisText()));
    }
}

#include "tst_servertestdialog.moc"
