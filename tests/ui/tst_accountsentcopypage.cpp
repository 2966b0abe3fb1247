// The account editor's "Sent copy" tab: what it shows is the account's IMAP settings, what it stores goes
// back unchanged, "do not save" greys the server out but keeps it, and a discovered provider fills it in.
#include "accountsentcopypage.h"

#include "accounts/account.h"
#include "accounts/settingsdiscovery.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestAccountSentCopyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void doNotSaveGreysTheServerOut();
    void discoveredProviderFillsItIn();
};

void TestAccountSentCopyPage::roundTrip()
{
    Account a;
    a.imap.host = QStringLiteral("imap.example.org");
    a.imap.port = 1993;
    a.imap.security = Smtp::Security::StartTls;
    a.imap.user = QStringLiteral("alice-imap");
    a.imap.sentCopy = AccountImap::SentCopy::Folder;
    a.imap.sentFolder = QStringLiteral("Archive/Sent");
    AccountSentCopyPage page;
    page.load(a);
    QCOMPARE(page.hostEdit()->text(), a.imap.host);
    QCOMPARE(page.folderEdit()->text(), a.imap.sentFolder);
    QVERIFY(page.folderEdit()->isEnabled());
    Account back;
    page.store(back);
    QCOMPARE(back.imap, a.imap);

    // Typed by the person: trimmed; the folder only counts with "this folder".
    page.hostEdit()->setText(QStringLiteral("  imap.other.example "));
    page.saveBox()->setCurrentIndex(page.saveBox()->findData(int(AccountImap::SentCopy::Auto)));
    page.store(back);
    QCOMPARE(back.imap.host, QStringLiteral("imap.other.example"));
    QCOMPARE(back.imap.sentCopy, AccountImap::SentCopy::Auto);
    QVERIFY(back.imap.sentFolder.isEmpty());
    QVERIFY(!page.folderEdit()->isEnabled());
}

void TestAccountSentCopyPage::doNotSaveGreysTheServerOut()
{
    Account a;
    a.imap.host = QStringLiteral("imap.example.org");
    AccountSentCopyPage page;
    page.load(a);
    QVERIFY(page.hostEdit()->isEnabled());
    page.saveBox()->setCurrentIndex(page.saveBox()->findData(int(AccountImap::SentCopy::None)));
    QVERIFY(!page.hostEdit()->isEnabled());
    QVERIFY(!page.userEdit()->isEnabled());
    Account back;
    page.store(back);
    QCOMPARE(back.imap.host, QStringLiteral("imap.example.org")); // kept for when the person turns it on
    QVERIFY(!back.imap.savesCopy());
}

void TestAccountSentCopyPage::discoveredProviderFillsItIn()
{
    SettingsDiscovery discovery;
    QSignalSpy finished(&discovery, &SettingsDiscovery::finished);
    discovery.setSources(SettingsDiscovery::Source::ProviderFile);
    discovery.start(QStringLiteral("someone@posteo.de"));
    QVERIFY(finished.wait(10000) || discovery.isFinished());
    QVERIFY(!discovery.candidates().isEmpty());
    AccountSentCopyPage page;
    page.load(Account());
    page.applyImap(discovery.candidates().first().imap);
    Account back;
    page.store(back);
    QCOMPARE(back.imap.host, QStringLiteral("posteo.de"));
    QCOMPARE(back.imap.effectivePort(), quint16(993));
    QCOMPARE(back.imap.sentCopy, AccountImap::SentCopy::Auto); // Posteo does not file sent mail itself
}

QTEST_MAIN(TestAccountSentCopyPage)
#include "tst_accountsentcopypage.moc"
