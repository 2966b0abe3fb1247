#include "uitestenv.h"

#include "accounteditor.h"
#include "composerwindow.h"
#include "guiapp.h"
#include "mailboxwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

// The windows as a German desktop session shows them: this process runs with LANG=de_DE.UTF-8 (set by
// CTest), installs the translations the way the app does, and finds the composer's labels, menus, title and
// the attachment count (a real %n plural) in German, and the account editor and the mailbox window too.
class TestUiGerman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void composerInGerman();
    void attachmentCountUsesGermanPluralForms();
    void accountEditorAndMailboxInGerman();
    void cleanup();

private:
    static QStringList labelTexts(QWidget *window);
};

void TestUiGerman::initTestCase()
{
    QCOMPARE(QLocale().language(), QLocale::German);
    GuiApp::installTranslators();
}

void TestUiGerman::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        w->close();
    }
}

QStringList TestUiGerman::labelTexts(QWidget *window)
{
    QStringList texts;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        texts << label->text();
    }
    return texts;
}

void TestUiGerman::composerInGerman()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    env.addAccount(QStringLiteral("Arbeit"), 2525);
    auto *composer = new ComposerWindow(env.context.get());
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(composer));

    QCOMPARE(composer->windowTitle(), QStringLiteral("Neue Nachricht — Epistle"));
    const QStringList labels = labelTexts(composer);
    for (const QString &expected :
        { QStringLiteral("&Von:"), QStringLiteral("&An:"), QStringLiteral("&Betreff:") }) {
        QVERIFY2(labels.contains(expected), qPrintable(labels.join(QLatin1String(" | "))));
    }
    QStringList menus;
    for (const QAction *a : composer->menuBar()->actions()) {
        menus << a->text();
    }
    QCOMPARE(menus.mid(0, 3),
        (QStringList { QStringLiteral("&Nachricht"), QStringLiteral("Forma&t"), QStringLiteral("E&xtras") }));
    QStringList buttons;
    for (const QPushButton *b : composer->findChildren<QPushButton *>()) {
        buttons << b->text();
    }
    QVERIFY2(buttons.contains(QStringLiteral("An&hängen…")), qPrintable(buttons.join(QLatin1String(" | "))));
    QCOMPARE(composer->attachmentSummary()->text(),
        QStringLiteral("Keine Anhänge — Dateien hierher ziehen oder Strg+Umschalt+A drücken"));
}

void TestUiGerman::attachmentCountUsesGermanPluralForms()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    env.addAccount(QStringLiteral("Arbeit"), 2525);
    QTemporaryDir files;
    const QString one = files.filePath(QStringLiteral("brief.txt"));
    const QString two = files.filePath(QStringLiteral("anlage.txt"));
    for (const QString &path : { one, two }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Hallo\n");
    }
    auto *composer = new ComposerWindow(env.context.get());
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->show();
    composer->addAttachments({ one });
    QVERIFY2(composer->attachmentSummary()->text().startsWith(QStringLiteral("1 Anhang, insgesamt ")),
        qPrintable(composer->attachmentSummary()->text()));
    composer->addAttachments({ two });
    QVERIFY2(composer->attachmentSummary()->text().startsWith(QStringLiteral("2 Anhänge, insgesamt ")),
        qPrintable(composer->attachmentSummary()->text()));
}

void TestUiGerman::accountEditorAndMailboxInGerman()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    AccountEditorDialog editor(env.context.get(), Account());
    editor.show();
    QCOMPARE(editor.windowTitle(), QStringLiteral("Neues Konto"));
    const QStringList labels = labelTexts(&editor);
    for (const QString &expected :
        { QStringLiteral("&Profilname:"), QStringLiteral("&E-Mail-Adresse:"), QStringLiteral("Ser&ver:"),
            QStringLiteral("Verbindungssi&cherheit:"), QStringLiteral("&Authentifizierungsmethode:") }) {
        QVERIFY2(labels.contains(expected), qPrintable(labels.join(QLatin1String(" | "))));
    }
    // A QLabel shows its "&" literally unless it has a buddy to take the accelerator: every labelled row of
    // every page (server, CA file, proxy server) must have one.
    const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
    for (const QLabel *label : editor.findChildren<QLabel *>()) {
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (text.contains(accelerator)) {
            QVERIFY2(label->buddy(), qPrintable(label->text() + QStringLiteral(" has no buddy")));
        }
    }
    MailboxWindow mailbox(env.context.get());
    mailbox.show();
    QCOMPARE(mailbox.windowTitle(), QStringLiteral("Entwürfe, Postausgang und gesendete Nachrichten"));
}

QTEST_MAIN(TestUiGerman)
#include "tst_uigerman.moc"
