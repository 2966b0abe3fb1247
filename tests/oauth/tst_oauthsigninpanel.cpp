// The app's OAuth sign-in: OAuthSignInPanel against the local provider (a test browser follows the address
// over real HTTP instead of QDesktopServices), the account editor showing it instead of a password, and the
// server test offering "Sign in again" when aiosmtpd refuses the token.
#include "accounteditor.h"
#include "aiosmtpdserver.h"
#include "oauthproviderserver.h"
#include "oauthsigninpanel.h"
#include "sendfailurepanel.h"
#include "servertestdialog.h"
#include "uitestenv.h"

#include "accounts/secretstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

class TestOAuthSignInPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInAndOut();
    void expiredSignIn();
    void newAccountMustBeSavedFirst();
    void editorHidesPassword();
    void serverTestOffersSignIn();
    void failedSendOffersSignIn();

private:
    void useTestBrowser(OAuthSignInPanel *panel);
    bool signIn(OAuthSignInPanel *panel);

    OAuthProviderServer m_provider;
};

void TestOAuthSignInPanel::initTestCase()
{
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
}

void TestOAuthSignInPanel::useTestBrowser(OAuthSignInPanel *panel)
{
    // What the person's browser does, after the panel asked for it to be opened.
    panel->setBrowserOpener([](const QUrl &url) {
        QTimer::singleShot(0, [url] { OAuthProviderServer::browse(url.toString()); });
    });
}

// Signs in through the panel as a person would: the button, then the browser.
bool TestOAuthSignInPanel::signIn(OAuthSignInPanel *panel)
{
    QSignalSpy finished(panel, &OAuthSignInPanel::signInFinished);
    QTest::mouseClick(panel->signInButton(), Qt::LeftButton);
    if (!finished.wait(20000)) {
        return false;
    }
    if (!finished.first().at(0).toBool()) {
        qWarning("%s", qPrintable(finished.first().at(1).toString()));
        return false;
    }
    return true;
}

void TestOAuthSignInPanel::signInAndOut()
{
    SecretStore secrets(QStringLiteral("epistle-test-panel"));
    OAuthSignInPanel panel(&secrets);
    useTestBrowser(&panel);
    const Account a = m_provider.account();
    panel.setAccount(a);
    panel.show();
    QTRY_COMPARE(panel.stateLabel()->text(), QStringLiteral("Not signed in"));
    QVERIFY(panel.signInButton()->isVisible());
    QVERIFY(panel.signInButton()->isEnabled());
    QVERIFY(panel.signInButton()->text().startsWith(QStringLiteral("Sign &in with")));
    QVERIFY(!panel.signOutButton()->isVisible());

    QVERIFY(signIn(&panel));
    QCOMPARE(panel.state(), OAuthCredentials::State::SignedIn);
    QCOMPARE(panel.stateLabel()->text(), QStringLiteral("Signed in as alice@example.test"));
    QVERIFY(panel.signOutButton()->isVisible());

    // A new panel on the same account reads the state from the keychain (here: the session's memory).
    OAuthSignInPanel again(&secrets);
    again.setAccount(a);
    QTRY_COMPARE(again.state(), OAuthCredentials::State::SignedIn);
    QCOMPARE(again.stateLabel()->text(), QStringLiteral("Signed in as alice@example.test"));

    QTest::mouseClick(panel.signOutButton(), Qt::LeftButton);
    QTRY_COMPARE(panel.state(), OAuthCredentials::State::SignedOut);
    QCOMPARE(panel.stateLabel()->text(), QStringLiteral("Not signed in"));

    // Choosing a password instead hides the sign-in.
    panel.providerBox()->setCurrentIndex(panel.providerBox()->findData(QString()));
    QVERIFY(!panel.signInButton()->isVisible());
    QVERIFY(!panel.stateLabel()->isVisible());
}

void TestOAuthSignInPanel::expiredSignIn()
{
    SecretStore secrets(QStringLiteral("epistle-test-panel"));
    OAuthSignInPanel panel(&secrets);
    useTestBrowser(&panel);
    const Account a = m_provider.account();
    panel.setAccount(a);
    panel.show();
    QVERIFY(signIn(&panel));

    // Revoked at the provider; the next refresh learns it.
    QVERIFY(m_provider.revokeAll());
    OAuthCredentials credentials(&secrets);
    bool answered = false;
    credentials.accessToken(a, true, this, [&](const OAuthCredentials::Token &t) {
        answered = true;
        QVERIFY(t.signInNeeded);
    });
    QTRY_VERIFY(answered);
    panel.refreshState();
    QTRY_COMPARE(panel.state(), OAuthCredentials::State::Expired);
    QVERIFY2(panel.stateLabel()->text().startsWith(QStringLiteral("Sign-in expired")),
        qPrintable(panel.stateLabel()->text()));
    QVERIFY(panel.signInButton()->text().startsWith(QStringLiteral("Sign &in again")));
}

void TestOAuthSignInPanel::newAccountMustBeSavedFirst()
{
    SecretStore secrets(QStringLiteral("epistle-test-panel"));
    OAuthSignInPanel panel(&secrets);
    Account a = m_provider.account();
    a.id.clear();
    panel.setAccount(a);
    panel.show();
    QVERIFY(!panel.signInButton()->isEnabled());
    QVERIFY(panel.stateLabel()->text().startsWith(QStringLiteral("Save the account")));
}

void TestOAuthSignInPanel::editorHidesPassword()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    AccountEditorDialog editor(env.context.get(), Account());
    editor.show();
    // (On the Server page, not the one showing: isHidden() says whether the form shows them there.)
    QVERIFY(!editor.passwordEdit()->isHidden());
    QVERIFY(editor.oauthPanel()->signInButton()->isHidden());
    editor.oauthPanel()->providerBox()->setCurrentIndex(
        editor.oauthPanel()->providerBox()->findData(QStringLiteral("google")));
    QVERIFY(editor.passwordEdit()->isHidden());
    QVERIFY(!editor.oauthPanel()->signInButton()->isHidden());
    QCOMPARE(editor.oauthPanel()->signInButton()->text(), QStringLiteral("Sign &in with Google…"));
    QCOMPARE(editor.account().oauthProvider, QStringLiteral("google"));
    QCOMPARE(editor.account().authMechanism, QByteArray("XOAUTH2"));

    // Detected settings for a Gmail address choose Google's sign-in.
    editor.addressEdit()->setText(QStringLiteral("someone@gmail.com"));
    editor.oauthPanel()->providerBox()->setCurrentIndex(0);
    editor.setDiscoverySources(SettingsDiscovery::Source::ProviderFile);
    editor.detectSettings();
    QTRY_COMPARE(editor.account().oauthProvider, QStringLiteral("google"));
    QCOMPARE(editor.hostEdit()->text(), QStringLiteral("smtp.gmail.com"));
}

void TestOAuthSignInPanel::serverTestOffersSignIn()
{
    AiosmtpdServer smtp;
    AiosmtpdServer::Options options;
    options.authWithoutTls = true;
    options.oauthIntrospectUrl = m_provider.url(QStringLiteral("/introspect"));
    QVERIFY2(smtp.start(options), qPrintable(smtp.errorString()));
    SmtpConnectionSettings settings;
    settings.host = smtp.host();
    settings.port = smtp.port();
    settings.security = Smtp::Security::None;
    settings.authMechanism = "XOAUTH2";
    settings.credentials.user = QStringLiteral("alice@example.test");
    settings.credentials.oauthToken = QStringLiteral("a-token-the-provider-never-issued");
    ServerTestDialog dialog(settings, QStringLiteral("alice@example.test"), QStringLiteral("Panel"));
    dialog.show();
    QSignalSpy finished(&dialog, &ServerTestDialog::testFinished);
    dialog.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog.diagnosis().code, QStringLiteral("oauth-token-refused"));
    QVERIFY(dialog.applyButton()->isVisible());
    QCOMPARE(dialog.applyButton()->text(), QStringLiteral("Sign &in again…"));
    QSignalSpy signIn(&dialog, &ServerTestDialog::signInRequested);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(signIn.count(), 1);
}

// The composer's failure panel: a sign-in that expired offers "Sign in again" instead of the password, and
// the button asks the submission for it.
void TestOAuthSignInPanel::failedSendOffersSignIn()
{
    SendFailurePanel panel;
    MessageSubmission::Failure failure;
    failure.error = SmtpError(SmtpError::InvalidInput, Smtp::Step::None, QStringLiteral("Sign-in expired"));
    failure.needsSignIn = true;
    panel.showFailure(failure);
    auto *signIn = panel.findChild<QPushButton *>(QStringLiteral("signInAgain"));
    auto *password = panel.findChild<QPushButton *>(QStringLiteral("enterPassword"));
    QVERIFY(signIn && password);
    QVERIFY(!signIn->isHidden());
    QVERIFY(password->isHidden());
    QSignalSpy requested(&panel, &SendFailurePanel::signInRequested);
    signIn->click();
    QCOMPARE(requested.count(), 1);
    failure.needsSignIn = false;
    failure.needsPassword = true;
    panel.showFailure(failure);
    QVERIFY(signIn->isHidden());
    QVERIFY(!password->isHidden());
}

QTEST_MAIN(TestOAuthSignInPanel)
#include "tst_oauthsigninpanel.moc"
