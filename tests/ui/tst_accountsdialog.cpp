#include "uitestenv.h"

#include "accounteditor.h"
#include "accountsdialog.h"
#include "servertestdialog.h"

#include "accounts/accountlistmodel.h"
#include "accounts/secretstore.h"
#include "aiosmtpdserver.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

// The accounts dialog and the account editor: a profile typed in and saved (with the port following the
// security until the person sets one), edited, duplicated, made default, removed; validation; "Detect
// settings" from the shipped provider files; "Test settings" taking back the server test's fix.
class TestAccountsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAndSaveProfile();
    void portFollowsSecurity();
    void editDuplicateDefaultRemove();
    void invalidProfileIsExplained();
    void detectSettingsFromProviderFile();
    void detectMessageGoesWhenServerTyped();
    void testSettingsAppliesSuggestion();
    void everyControlNamed();
    void typingStartsInAField();
};

void TestAccountsDialog::addAndSaveProfile()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    AccountsDialog dialog(env.context.get());
    dialog.show();
    AccountEditorDialog *editor = dialog.addAccount();
    QVERIFY(editor);
    QTest::keyClicks(editor->addressEdit(), QStringLiteral("alice@example.test"));
    // A new profile is named after its address until the person names it (issue 15 fault 11: it was the
    // domain, and From read "example.test — alice@example.test").
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("alice@example.test"));
    editor->nameEdit()->selectAll();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Work"));
    editor->findChild<QLineEdit *>(QStringLiteral("senderName"))->setText(QStringLiteral("Alice Example"));
    QTest::keyClicks(editor->hostEdit(), QStringLiteral("smtp.example.test"));
    editor->securityBox()->setCurrentIndex(editor->securityBox()->findData(int(Smtp::Security::Tls)));
    QCOMPARE(editor->portBox()->value(), 465);
    QTest::keyClicks(editor->passwordEdit(), QStringLiteral("s3cret"));
    editor->signatureEdit()->setPlainText(QStringLiteral("Alice\nExample Corp"));
    QSignalSpy saved(editor, &AccountEditorDialog::saved);
    editor->accept();
    QCOMPARE(saved.count(), 1);

    // In the store, and in the file on disk (a second store reads it back).
    AccountStore reread(env.context->accounts()->filePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.count(), 1);
    const Account a = reread.accounts().first();
    QCOMPARE(a.name, QStringLiteral("Work"));
    QCOMPARE(a.address, QStringLiteral("alice@example.test"));
    QCOMPARE(a.senderName, QStringLiteral("Alice Example"));
    QCOMPARE(a.host, QStringLiteral("smtp.example.test"));
    QCOMPARE(a.security, Smtp::Security::Tls);
    QCOMPARE(a.effectivePort(), quint16(465));
    QCOMPARE(a.signature, QStringLiteral("Alice\nExample Corp"));
    QVERIFY(a.isDefault);
    // The password went to the keychain (here: no keychain, so the session memory), never to the file.
    QFile file(env.context->accounts()->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));
    QTRY_VERIFY(env.context->secrets()->hasSessionSecret(a.id, SecretStore::Kind::Password)
        || env.context->secrets()->isKeychainAvailable());
    // The list shows it as the default.
    QCOMPARE(dialog.view()->model()->rowCount(), 1);
    QVERIFY(dialog.view()->model()->index(0, 0).data().toString().contains(QStringLiteral("(default)")));
    QCOMPARE(dialog.currentId(), a.id);
}

void TestAccountsDialog::portFollowsSecurity()
{
    UiTestEnv env;
    AccountEditorDialog editor(env.context.get(), Account());
    const auto choose = [&](Smtp::Security s) {
        editor.securityBox()->setCurrentIndex(editor.securityBox()->findData(int(s)));
    };
    choose(Smtp::Security::StartTls);
    QCOMPARE(editor.portBox()->value(), 587);
    choose(Smtp::Security::Tls);
    QCOMPARE(editor.portBox()->value(), 465);
    choose(Smtp::Security::None);
    QCOMPARE(editor.portBox()->value(), 25);
    // The person sets a port: it stays when the security changes.
    editor.portBox()->setValue(2525);
    choose(Smtp::Security::StartTls);
    QCOMPARE(editor.portBox()->value(), 2525);
    QCOMPARE(editor.account().port, quint16(2525));
    // Back to a default port: following again (stored as 0, "follow the security").
    editor.portBox()->setValue(587);
    choose(Smtp::Security::Tls);
    QCOMPARE(editor.portBox()->value(), 465);
    QCOMPARE(editor.account().port, quint16(0));
}

void TestAccountsDialog::editDuplicateDefaultRemove()
{
    UiTestEnv env;
    const Account work = env.addAccount(
        QStringLiteral("Work"), 587, Smtp::Security::StartTls, "auto", QStringLiteral("smtp.example.test"));
    AccountsDialog dialog(env.context.get());
    dialog.show();
    dialog.selectId(work.id);
    AccountEditorDialog *editor = dialog.editAccount();
    QVERIFY(editor);
    QCOMPARE(editor->hostEdit()->text(), QStringLiteral("smtp.example.test"));
    editor->signatureEdit()->setPlainText(QStringLiteral("New signature"));
    editor->authBox()->setCurrentIndex(editor->authBox()->findData(QStringLiteral("SCRAM-SHA-256")));
    editor->accept();
    QCOMPARE(env.context->accounts()->account(work.id).signature, QStringLiteral("New signature"));
    QCOMPARE(env.context->accounts()->account(work.id).authMechanism, QByteArray("SCRAM-SHA-256"));

    const QString copy = dialog.duplicateAccount();
    QVERIFY(!copy.isEmpty());
    QCOMPARE(env.context->accounts()->count(), 2);
    QCOMPARE(env.context->accounts()->account(copy).name, QStringLiteral("Work (2)"));
    QCOMPARE(dialog.currentId(), copy);
    QPushButton *setDefault = dialog.findChild<QPushButton *>(QStringLiteral("setDefault"));
    QVERIFY(setDefault->isEnabled());
    setDefault->click();
    QCOMPARE(env.context->accounts()->defaultAccount().id, copy);
    QVERIFY(!setDefault->isEnabled());

    // Remove asks first.
    dialog.removeAccount();
    QMessageBox *box = findVisible<QMessageBox>(&dialog, QStringLiteral("confirmRemove"));
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
            b->click();
        }
    }
    QCOMPARE(env.context->accounts()->count(), 1);
    QCOMPARE(env.context->accounts()->defaultAccount().id, work.id);
}

void TestAccountsDialog::invalidProfileIsExplained()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Work"), 25);
    AccountEditorDialog editor(env.context.get(), Account());
    editor.show();
    editor.nameEdit()->setText(QStringLiteral("Work"));
    editor.addressEdit()->setText(QStringLiteral("not-an-address"));
    QVERIFY(!editor.save());
    const QString errors = editor.errorText();
    QVERIFY2(errors.contains(QStringLiteral("no server")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("already called \"Work\"")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("not-an-address")), qPrintable(errors));
    QCOMPARE(env.context->accounts()->count(), 1);
}

void TestAccountsDialog::detectSettingsFromProviderFile()
{
    UiTestEnv env;
    AccountEditorDialog editor(env.context.get(), Account());
    // Only the provider files shipped with Epistle: no DNS, no probes in a test.
    editor.setDiscoverySources(SettingsDiscovery::Source::ProviderFile);
    editor.addressEdit()->setText(QStringLiteral("someone@gmail.com"));
    editor.detectSettings();
    QVERIFY(editor.discovery());
    QTRY_VERIFY(editor.discovery()->isFinished());
    QCOMPARE(editor.hostEdit()->text(), QStringLiteral("smtp.gmail.com"));
    QCOMPARE(editor.portBox()->value(), 465);
    QCOMPARE(Smtp::Security(editor.securityBox()->currentData().toInt()), Smtp::Security::Tls);
    QVERIFY2(editor.detectStatus()->text().contains(QStringLiteral("smtp.gmail.com")),
        qPrintable(editor.detectStatus()->text()));
}

void TestAccountsDialog::detectMessageGoesWhenServerTyped()
{
    // Issue 15 fault 11: after "Detect settings" found nothing, its message stayed while the person typed
    // the server by hand.
    UiTestEnv env;
    AccountEditorDialog editor(env.context.get(), Account());
    editor.show();
    editor.setDiscoverySources(SettingsDiscovery::Source::ProviderFile);
    editor.addressEdit()->setText(QStringLiteral("alice@unknown-provider.test"));
    editor.detectSettings();
    QTRY_VERIFY(editor.discovery()->isFinished());
    QVERIFY2(editor.detectStatus()->text().contains(QStringLiteral("No settings were found")),
        qPrintable(editor.detectStatus()->text()));
    QTest::keyClicks(editor.hostEdit(), QStringLiteral("mail.unknown-provider.test"));
    QCOMPARE(editor.detectStatus()->text(), QString());
    QCOMPARE(editor.hostEdit()->text(), QStringLiteral("mail.unknown-provider.test"));
}

void TestAccountsDialog::testSettingsAppliesSuggestion()
{
    TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    UiTestEnv env;
    Account a;
    a.name = QStringLiteral("Implicit");
    a.address = QStringLiteral("alice@example.test");
    a.host = QStringLiteral("localhost");
    a.port = server.port();
    a.security = Smtp::Security::StartTls; // wrong: the port speaks TLS from the first byte
    a.authMechanism = "none";
    a.caFile = certificates.caFile();
    a.proxyType = Account::ProxyType::None;
    AccountEditorDialog editor(env.context.get(), a);
    editor.show();
    ServerTestDialog *test = editor.testSettings();
    QVERIFY(test);
    test->setTlsProbeDelay(300);
    test->start();
    QTRY_VERIFY_WITH_TIMEOUT(test->isFinished(), 20000);
    QVERIFY(!test->passed());
    QCOMPARE(test->diagnosis().code, QStringLiteral("starttls-on-implicit-tls-port"));
    QVERIFY(test->applyButton()->isVisible());
    test->applyButton()->click();
    // The editor took the fix; the test runs again with it and passes.
    QCOMPARE(Smtp::Security(editor.securityBox()->currentData().toInt()), Smtp::Security::Tls);
    QCOMPARE(editor.portBox()->value(), int(server.port()));
    QTRY_VERIFY_WITH_TIMEOUT(test->isFinished(), 20000);
    QVERIFY2(test->passed(), qPrintable(test->diagnosisText()));
}

void TestAccountsDialog::everyControlNamed()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Work"), 587);
    AccountsDialog dialog(env.context.get());
    dialog.show();
    QVERIFY2(
        unnamedTabStops(&dialog).isEmpty(), qPrintable(unnamedTabStops(&dialog).join(QStringLiteral(", "))));
    AccountEditorDialog editor(env.context.get(), env.context->accounts()->defaultAccount());
    editor.show();
    QTabWidget *tabs = editor.findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        // The proxy fields only take part with a proxy of its own.
        editor.findChild<QComboBox *>(QStringLiteral("proxyType"))->setCurrentIndex(2);
        const QStringList unnamed = unnamedTabStops(&editor);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("page %1: ").arg(i) + unnamed.join(QStringLiteral(", "))));
    }
    // Esc closes the editor without saving.
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(!editor.isVisible());
}

void TestAccountsDialog::typingStartsInAField()
{
    // A new profile: the person's name, then Tab to the address; the keys reach fields, not the tab bar.
    UiTestEnv env;
    AccountsDialog dialog(env.context.get());
    dialog.show();
    AccountEditorDialog *editor = dialog.addAccount();
    QVERIFY(editor);
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTRY_COMPARE(QApplication::focusWidget(),
        static_cast<QWidget *>(editor->findChild<QLineEdit *>(QStringLiteral("senderName"))));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Alice Example"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor->addressEdit()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice@example.test"));
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("alice@example.test"));
    editor->reject();
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
