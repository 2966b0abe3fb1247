// Opens Epistle's windows with example content and saves each as a PNG, for docs/screenshots.
// Run by tests/screenshots/take.sh under xvfb-run; usage: epistle_screenshots OUTPUT_DIRECTORY

#include "accounteditor.h"
#include "accountsdialog.h"
#include "addresslineedit.h"
#include "appcontext.h"
#include "bodyeditor.h"
#include "composerwindow.h"
#include "guiapp.h"
#include "mailboxwindow.h"
#include "servertestdialog.h"
#include "spell/messagespelling.h"
#include "spell/spellchecker.h"
#include "spell/spellhighlighter.h"
#include "spell/texteditspelling.h"
#include "store/attachmentlistmodel.h"
#include "store/mailstore.h"
#include "store/sentmodel.h"
#include "store/storefiles.h"

#include "accounts/accountstore.h"
#include "aiosmtpdserver.h"
#include "testcertificates.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextList>
#include <QTreeView>

namespace {

QString outputDirectory;

void save(QWidget *window, const QString &name)
{
    window->raise();
    window->activateWindow();
    QTest::qWait(400);
    const QString path = QDir(outputDirectory).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return;
    }
    fprintf(stderr, "wrote %s\n", qPrintable(path));
}

// A small bar chart as the inline image of the example message.
QByteArray chartPng()
{
    QImage image(360, 150, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int values[] = { 42, 58, 51, 77 };
    const QColor colours[] = { QColor(0x3f, 0x7f, 0xd6), QColor(0x3f, 0x7f, 0xd6), QColor(0x3f, 0x7f, 0xd6),
        QColor(0xd9, 0x46, 0x3b) };
    for (int i = 0; i < 4; ++i) {
        const int h = values[i] * 120 / 80;
        p.fillRect(QRect(30 + i * 80, 135 - h, 50, h), colours[i]);
        p.drawText(QRect(30 + i * 80, 135, 50, 15), Qt::AlignCenter, QStringLiteral("Q%1").arg(i + 1));
    }
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void fillExample(ComposerWindow *c, const QString &attachment)
{
    c->toEdit()->setText(QStringLiteral("Bob Example <bob@example.org>, carol@example.org"));
    c->ccEdit()->setText(QStringLiteral("Dana Lee <dana@example.org>"));
    c->subjectEdit()->setText(QStringLiteral("Q4 numbers, first look"));
    BodyEditor *body = c->bodyEditor();
    body->setRichText(true, false);
    ComposeTextEdit *edit = body->textEdit();
    QTextCursor cursor(edit->document());
    cursor.movePosition(QTextCursor::Start);
    edit->setTextCursor(cursor);
    edit->insertPlainText(QStringLiteral("Hi Bob,\n\nHere are the "));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    edit->textCursor().insertText(QStringLiteral("fourth-quarter figures"), bold);
    edit->textCursor().insertText(QStringLiteral(" before Friday's review:"), QTextCharFormat());
    edit->textCursor().insertBlock();
    QTextCursor list = edit->textCursor();
    list.createList(QTextListFormat::ListDisc);
    list.insertText(QStringLiteral("revenue up 21% on Q3"));
    list.insertBlock();
    list.insertText(QStringLiteral("the spreadsheet is attached"));
    list.insertBlock();
    list.currentList()->remove(list.block());
    QTextBlockFormat plain;
    list.setBlockFormat(plain);
    edit->setTextCursor(list);
    edit->insertInlineImage(chartPng(), "image/png", QStringLiteral("chart.png"));
    edit->textCursor().insertBlock();
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(QStringLiteral("https://intranet.example.org/q4"));
    link.setFontUnderline(true);
    link.setForeground(edit->palette().brush(QPalette::Link));
    edit->textCursor().insertText(QStringLiteral("Details on the intranet"), link);
    edit->textCursor().insertText(QStringLiteral("."), QTextCharFormat());
    c->addAttachments({ attachment });
}

// Spell checking: a few misspelled words with the red wave, then the menu over one of them (a popup is a
// window of its own, so that shot is taken from the screen).
void saveSpelling(ComposerWindow *c)
{
    c->subjectEdit()->setText(QStringLiteral("Q4 numbers, frist look"));
    QTextEdit *edit = c->bodyEditor()->textEdit();
    QTextCursor cursor(edit->document());
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" I have cheked them twise, see https://intranet.example.org/q4"));
    TextEditSpelling *spelling = c->spelling()->textSpelling();
    (void)QTest::qWaitFor([&] {
        return c->spelling()->checker()->status() == SpellChecker::Status::Ready
            && !spelling->highlighter()->isChecking();
    });
    c->subjectEdit()->setFocus();
    save(c, QStringLiteral("composer-spelling"));
    QTextCursor word(edit->document());
    word.setPosition(edit->toPlainText().indexOf(QStringLiteral("cheked")) + 2);
    const QPoint at = edit->cursorRect(word).center();
    QMenu *menu = spelling->createContextMenu(at);
    menu->popup(edit->viewport()->mapToGlobal(at));
    QTest::qWait(400);
    const QRect area = c->frameGeometry().united(menu->geometry());
    const QPixmap shot
        = QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    const QString path = QDir(outputDirectory).filePath(QStringLiteral("composer-spelling-menu.png"));
    fprintf(stderr, "%s %s\n", shot.save(path) ? "wrote" : "cannot write", qPrintable(path));
    menu->close();
    delete menu;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("epistle"));
    QApplication::setOrganizationName(QStringLiteral("Epistle"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    GuiApp::installTranslators();
    if (argc < 2) {
        fprintf(stderr, "usage: epistle_screenshots OUTPUT_DIRECTORY\n");
        return 64;
    }
    outputDirectory = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outputDirectory);

    QTemporaryDir home;
    AppContext::Paths paths;
    paths.accountsFile = home.filePath(QStringLiteral("accounts.conf"));
    paths.storeDirectory = home.filePath(QStringLiteral("data"));
    paths.uiSettings = home.filePath(QStringLiteral("ui.conf"));
    paths.keychainService = QStringLiteral("epistle-screenshots");
    AppContext context(paths);
    if (!context.open()) {
        fprintf(stderr, "%s\n", qPrintable(context.errorString()));
        return 1;
    }
    Account work;
    work.name = QStringLiteral("Work");
    work.senderName = QStringLiteral("Alice Example");
    work.address = QStringLiteral("alice@example.org");
    work.host = QStringLiteral("smtp.example.org");
    work.security = Smtp::Security::StartTls;
    work.signature = QStringLiteral("Alice Example\nFinance, Example Corp");
    context.accounts()->add(&work);
    Account home2;
    home2.name = QStringLiteral("Home");
    home2.senderName = QStringLiteral("Alice");
    home2.address = QStringLiteral("alice@mail.example.net");
    home2.host = QStringLiteral("mail.example.net");
    home2.security = Smtp::Security::Tls;
    context.accounts()->add(&home2);
    context.ensureDemoAccount(QStringLiteral("127.0.0.1"), 2525);

    const QString attachment = home.filePath(QStringLiteral("q4-figures.ods"));
    {
        QFile f(attachment);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(184 * 1024, '\x42'));
    }

    // The composer.
    auto *composer = new ComposerWindow(&context);
    composer->resize(920, 760);
    composer->show();
    fillExample(composer, attachment);
    composer->toEdit()->setFocus();
    save(composer, QStringLiteral("composer"));

    // An address being typed wrong: the problem in words.
    composer->ccEdit()->setText(QStringLiteral("Dana Lee <dana@example"));
    composer->subjectEdit()->setFocus();
    QTest::qWait(100);
    save(composer, QStringLiteral("composer-invalid-address"));
    composer->ccEdit()->setText(QStringLiteral("Dana Lee <dana@example.org>"));

    // The same window in a dark palette: icons and banners follow the palette's roles.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3d, 0x3a, 0x2a));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xe8, 0xc8));
    dark.setColor(QPalette::Highlight, QColor(0x3f, 0x7f, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    save(composer, QStringLiteral("composer-dark"));
    QApplication::setPalette(light);

    // The accounts dialog, and the editor on its Server page.
    auto *accounts = new AccountsDialog(&context, composer);
    accounts->show();
    save(accounts, QStringLiteral("accounts"));
    AccountEditorDialog *editor = accounts->editAccount();
    if (editor) {
        editor->findChild<QTabWidget *>()->setCurrentIndex(1);
        editor->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("password"));
        save(editor, QStringLiteral("account-editor"));
        editor->close();
    }
    accounts->close();

    // The server test: STARTTLS chosen on a port that speaks TLS from the first byte.
    TestCertificates certificates;
    AiosmtpdServer implicit;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    if (certificates.isValid() && implicit.start(options)) {
        SmtpConnectionSettings s;
        s.host = QStringLiteral("localhost");
        s.port = implicit.port();
        s.security = Smtp::Security::StartTls;
        s.authMechanism = "none";
        s.tls.caCertificates = { certificates.caCertificate() };
        ServerTestDialog dialog(s, QStringLiteral("alice@example.org"), QStringLiteral("Work"));
        dialog.setTlsProbeDelay(500);
        dialog.show();
        dialog.start();
        (void)QTest::qWaitFor([&] { return dialog.isFinished(); }, 20000);
        save(&dialog, QStringLiteral("server-test-diagnosis"));
        // The fix applied: every step passes.
        dialog.applyButton()->click();
        (void)QTest::qWaitFor([&] { return dialog.isFinished(); }, 20000);
        save(&dialog, QStringLiteral("server-test-passed"));
    } else {
        fprintf(stderr, "aiosmtpd: %s %s\n", qPrintable(implicit.errorString()),
            qPrintable(certificates.errorString()));
    }
    // An untrusted (self-signed) certificate: its details and the choice to trust it for this host.
    AiosmtpdServer selfSigned;
    options.certificate = TestCertificates::Kind::SelfSigned;
    if (selfSigned.start(options)) {
        SmtpConnectionSettings s;
        s.host = QStringLiteral("localhost");
        s.port = selfSigned.port();
        s.security = Smtp::Security::Tls;
        s.authMechanism = "none";
        ServerTestDialog dialog(s, QStringLiteral("alice@example.org"), QStringLiteral("Home server"));
        dialog.resize(720, 760);
        dialog.show();
        dialog.start();
        (void)QTest::qWaitFor([&] { return dialog.isFinished(); }, 20000);
        save(&dialog, QStringLiteral("server-test-certificate"));
    }

    // Sending to a server that is down: the error, what to do, and the message safe in the outbox.
    Account broken = context.accounts()->account(work.id);
    broken.host = QStringLiteral("127.0.0.1");
    broken.port = 9; // discard: nothing listens there
    broken.security = Smtp::Security::None;
    broken.authMechanism = "none";
    context.accounts()->update(broken);
    composer->fromBox()->setCurrentIndex(0);
    composer->subjectEdit()->setText(QStringLiteral("Q4 numbers, first look"));
    composer->attachmentModel()->confirmLinkFiles();
    composer->sendAction()->trigger();
    (void)QTest::qWaitFor([&] { return composer->state() == ComposerWindow::State::Failed; }, 20000);
    save(composer, QStringLiteral("composer-send-failed"));

    auto *mailbox = new MailboxWindow(&context);
    mailbox->show();
    mailbox->showPage(MailboxWindow::Page::Outbox);
    mailbox->outboxView()->setCurrentIndex(mailbox->outboxView()->model()->index(0, 0));
    save(mailbox, QStringLiteral("outbox"));

    // The same message once sent, its copy in the server's Sent folder refused: the Sent tab says so.
    const QString sentId = mailbox->outboxView()->model()->index(0, 0).data(Qt::UserRole + 1).toString();
    OutboxItem sent;
    if (context.store()->outbox()->markSent(sentId) && context.store()->sent()->item(sentId, &sent)) {
        sent.sentCopy.state = SentCopyRecord::State::Failed;
        sent.sentCopy.folder = QStringLiteral("Sent");
        sent.sentCopy.attempts = 1;
        sent.sentCopy.errorCode = QStringLiteral("auth-failed");
        sent.sentCopy.errorMessage = QStringLiteral("The IMAP server refused the user name or password.");
        StoreFiles::writeJson(context.store()->sent()->itemDirectory(sentId) + QStringLiteral("/item.json"),
            sent.toJson(), nullptr);
        context.sentModel()->refresh();
        mailbox->showPage(MailboxWindow::Page::Sent);
        mailbox->sentView()->setCurrentIndex(mailbox->sentView()->model()->index(0, 0));
        save(mailbox, QStringLiteral("sent"));
        if (qEnvironmentVariableIsSet("EPISTLE_SCREENSHOT_SMALL")) {
            mailbox->resize(800, 500);
            save(mailbox, QStringLiteral("sent-800x500"));
        }
    }
    mailbox->close();
    composer->close();

    auto *speller = new ComposerWindow(&context);
    speller->resize(920, 760);
    speller->show();
    fillExample(speller, attachment);
    saveSpelling(speller);
    speller->close();
    return 0;
}
