#include "uitestenv.h"

#include "accountadvancedpage.h"
#include "accounteditor.h"
#include "accountsdialog.h"
#include "addresslineedit.h"
#include "bodyeditor.h"
#include "certificateview.h"
#include "composerwindow.h"
#include "guiapp.h"
#include "linkdialog.h"
#include "mailboxwindow.h"
#include "messagebanner.h"
#include "protocollogview.h"
#include "servertestdialog.h"
#include "statustone.h"
#include "windowplacement.h"

#include "accounts/account.h"
#include "smtp/smtptlsinfo.h"
#include "testcertificates.h"
#include "tlstrust.h"

#include "smtp/smtptranscript.h"
#include "store/attachmentlistmodel.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeView>

#include <memory>

// The windows on a small screen (800x500, the offscreen platform configured in main() below): every window
// sized and placed inside the screen, the composer's text keeping the space when a failure and attachments
// are shown; disabled fields that never look filled; the protocol log readable from its left edge and
// keeping every session of a message; file dialogs that start at home.
class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void screenIsSmall();
    void fitKeepsInside_data();
    void fitKeepsInside();
    void everyWindowInsideTheScreen();
    void newComposerCascadesInsideTheScreen();
    void attachmentsLeaveTheTextItsSpace();
    void failureFitsTheScreen();
    void disabledEmptyFieldsLookEmpty();
    void protocolLogShowsLeftEdgeAndExplainsPrefixes();
    void protocolLogKeepsEverySessionOfTheMessage();
    void fileDialogsStartAtHome();
    void insertLinkAsksForTextAndAddress();
    void certificateInWords();
    void certificateCaFileButton();
    void outcomesHaveTheirOwnColour();
    void trustedCertificatesListedWhole();
    void trustedCertificateSaysWhoseAndUntilWhen();

private:
    ComposerWindow *openComposer(UiTestEnv &env);
    // Sends to a port where nothing listens and waits for the failure panel.
    ComposerWindow *failedComposer(UiTestEnv &env, const QStringList &attachments = {});
};

namespace {

QRect available()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

QString describe(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

void verifyInside(QWidget *window)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QRect frame = window->frameGeometry();
    QVERIFY2(available().contains(frame),
        qPrintable(QStringLiteral("%1 at %2, the screen's usable area is %3")
                       .arg(QString::fromLatin1(window->metaObject()->className()), describe(frame),
                           describe(available()))));
}

} // namespace

void TestLayout::initTestCase()
{
    GuiApp::installTranslators();
}

void TestLayout::cleanup()
{
    // Windows own their dialogs: delete only the owners, each once.
    QList<QPointer<QWidget>> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!w->parentWidget()) {
            windows << w;
        }
    }
    for (const QPointer<QWidget> &w : windows) {
        delete w.data();
    }
}

ComposerWindow *TestLayout::openComposer(UiTestEnv &env)
{
    auto *composer = new ComposerWindow(env.context.get());
    composer->show();
    composer->activateWindow();
    if (!QTest::qWaitForWindowActive(composer)) {
        qWarning("the composer window did not become active");
    }
    return composer;
}

ComposerWindow *TestLayout::failedComposer(UiTestEnv &env, const QStringList &attachments)
{
    env.addAccount(QStringLiteral("Broken"), closedPort());
    ComposerWindow *c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Hello"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi Bob"));
    c->addAttachments(attachments);
    c->sendAction()->trigger();
    if (!QTest::qWaitFor([c] { return c->state() == ComposerWindow::State::Failed; }, 15000)) {
        qWarning("the send did not fail");
    }
    return c;
}

void TestLayout::screenIsSmall()
{
    // The premise of every test here.
    QCOMPARE(available().size(), QSize(800, 500));
}

void TestLayout::fitKeepsInside_data()
{
    QTest::addColumn<QRect>("anchor");
    QTest::addColumn<QSize>("preferred");
    QTest::addColumn<QRect>("expected");
    QTest::newRow("too big: shrunk, centred") << QRect() << QSize(900, 720) << QRect(4, 30, 792, 466);
    QTest::newRow("fits: centred") << QRect() << QSize(400, 200) << QRect(200, 163, 400, 200);
    QTest::newRow("on its window") << QRect(100, 100, 200, 100) << QSize(100, 50) << QRect(150, 125, 100, 50);
    QTest::newRow("anchor past the bottom right: moved in")
        << QRect(700, 450, 300, 300) << QSize(300, 200) << QRect(496, 296, 300, 200);
    QTest::newRow("anchor past the top left: moved in")
        << QRect(-500, -500, 100, 100) << QSize(300, 200) << QRect(4, 30, 300, 200);
}

void TestLayout::fitKeepsInside()
{
    QFETCH(QRect, anchor);
    QFETCH(QSize, preferred);
    QFETCH(QRect, expected);
    const QMargins frame(4, 30, 4, 4);
    const QRect placed = WindowPlacement::fit(QRect(0, 0, 800, 500), preferred, QSize(), frame, anchor);
    // fit() returns the frame's top-left with the client size.
    const QRect client(placed.topLeft() + QPoint(frame.left(), frame.top()), placed.size());
    QCOMPARE(client, expected);
}

void TestLayout::everyWindowInsideTheScreen()
{
    UiTestEnv env;
    const Account account = env.addAccount(QStringLiteral("Work"), closedPort());
    ComposerWindow *c = openComposer(env);
    verifyInside(c);
    // What the composer needs at the least fits too: nothing is cut off at the bottom.
    QVERIFY2(c->minimumSizeHint().height() <= available().height() - 40,
        qPrintable(QString::number(c->minimumSizeHint().height())));

    c->showMailbox();
    auto *mailbox = findVisible<MailboxWindow>();
    QVERIFY(mailbox);
    verifyInside(mailbox);

    c->showProtocolLog();
    auto *log = findVisible<ProtocolLogDialog>();
    QVERIFY(log);
    verifyInside(log);

    auto *accounts = new AccountsDialog(env.context.get(), c);
    accounts->setAttribute(Qt::WA_DeleteOnClose);
    accounts->show();
    verifyInside(accounts);

    auto *editor = new AccountEditorDialog(env.context.get(), account, c);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
    verifyInside(editor);

    auto *test = new ServerTestDialog(account.toConnectionSettings(), account.address, account.name, c);
    test->setAttribute(Qt::WA_DeleteOnClose);
    test->show();
    verifyInside(test);
}

void TestLayout::newComposerCascadesInsideTheScreen()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Work"), closedPort());
    ComposerWindow *first = openComposer(env);
    ComposerWindow *previous = first;
    // Ctrl+N, again and again: each new window stays on the screen (here as large as the screen, so it
    // cannot cascade; WindowPlacement::fit's rows check the offset).
    for (int i = 0; i < 4; ++i) {
        previous->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(previous));
        ComposerWindow *next = previous->newComposer();
        verifyInside(next);
        previous = next;
    }
}

namespace {

QStringList twoFiles(const UiTestEnv &env)
{
    QStringList files;
    for (const QString &name : { QStringLiteral("one.txt"), QStringLiteral("two.txt") }) {
        QFile f(env.path(name));
        if (f.open(QIODevice::WriteOnly)) {
            f.write("attached\n");
        }
        files << f.fileName();
    }
    return files;
}

} // namespace

void TestLayout::attachmentsLeaveTheTextItsSpace()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Work"), closedPort());
    ComposerWindow *c = openComposer(env);
    c->addAttachments(twoFiles(env));
    QCOMPARE(c->attachmentModel()->rowCount(), 2);
    QTest::qWait(50);
    verifyInside(c);
    // The list is as tall as its two rows; the text keeps more room than it, and several lines.
    QTextEdit *text = c->bodyEditor()->textEdit();
    QTreeView *list = c->attachmentView();
    QVERIFY2(list->height() <= list->header()->height() + 3 * list->sizeHintForRow(0),
        qPrintable(QString::number(list->height())));
    QVERIFY2(text->height() > 2 * list->height(),
        qPrintable(QStringLiteral("text %1 px, attachments %2 px").arg(text->height()).arg(list->height())));
    QVERIFY2(text->viewport()->height() >= 5 * text->fontMetrics().lineSpacing(),
        qPrintable(QString::number(text->viewport()->height())));
}

void TestLayout::failureFitsTheScreen()
{
    UiTestEnv env;
    ComposerWindow *c = failedComposer(env, twoFiles(env));
    QCOMPARE(c->state(), ComposerWindow::State::Failed);
    QCOMPARE(c->attachmentModel()->rowCount(), 2);
    // The server test has answered (its sentence replaces "Checking…"; worded as tst_firstrun checks).
    QTRY_VERIFY_WITH_TIMEOUT(!c->failureDiagnosis()->text().startsWith(QStringLiteral("Checking")), 10000);
    QTest::qWait(50);
    // The failure did not push the window past the screen.
    verifyInside(c);
    // Every line of the failure panel is shown whole (scrolling if need be): no label got less height than
    // its wrapped text needs, so none overlaps the next.
    for (QLabel *label : c->failurePanel()->findChildren<QLabel *>()) {
        if (label->isVisibleTo(c) && label->wordWrap() && !label->text().isEmpty()) {
            const int needs = label->heightForWidth(label->width());
            QVERIFY2(label->height() >= needs,
                qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                               .arg(label->objectName())
                               .arg(label->height())
                               .arg(needs)));
        }
    }
    // Its buttons are all in view, and the message is still there to see.
    for (QPushButton *b : c->failurePanel()->findChildren<QPushButton *>()) {
        if (b->isVisibleTo(c) && !b->parentWidget()->inherits("CertificateView")) {
            const QRect r(b->mapTo(c, QPoint(0, 0)), b->size());
            QVERIFY2(c->rect().contains(r), qPrintable(b->text()));
        }
    }
    QTextEdit *text = c->bodyEditor()->textEdit();
    QVERIFY2(text->viewport()->height() >= 2 * text->fontMetrics().lineSpacing(),
        qPrintable(QString::number(text->viewport()->height())));

    // Retrying swaps the failure for the progress and back: the window never grows past the screen.
    QPointer<QWidget> window = c;
    int tallest = 0;
    const auto watch = connect(c, &ComposerWindow::stateChanged, this, [window, &tallest] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (window) {
            tallest = qMax(tallest, window->frameGeometry().height());
        }
    });
    findVisible<QPushButton>(c->failurePanel(), QStringLiteral("retry"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Failed, 15000);
    disconnect(watch);
    QVERIFY2(tallest <= available().height(), qPrintable(QString::number(tallest)));
    verifyInside(c);
}

void TestLayout::disabledEmptyFieldsLookEmpty()
{
    UiTestEnv env;
    ComposerWindow *c = failedComposer(env);
    QCOMPARE(c->state(), ComposerWindow::State::Failed);
    for (AddressLineEdit *field : { c->ccEdit(), c->bccEdit() }) {
        QVERIFY(field->text().isEmpty());
        QVERIFY(!field->isEnabled());
        const QImage shown = field->grab().toImage();
        const QString placeholder = field->placeholderText();
        field->setPlaceholderText(QString());
        const QImage empty = field->grab().toImage();
        field->setPlaceholderText(placeholder);
        QVERIFY2(shown == empty, qPrintable(field->objectName() + QStringLiteral(" shows its placeholder")));
    }
    // Editing again: the hint is back.
    QVERIFY(findVisible<QPushButton>(c->failurePanel(), QStringLiteral("editAgain")));
    findVisible<QPushButton>(c->failurePanel(), QStringLiteral("editAgain"))->click();
    QCOMPARE(c->state(), ComposerWindow::State::Editing);
    c->ccEdit()->clear();
    const QImage shown = c->ccEdit()->grab().toImage();
    const QString placeholder = c->ccEdit()->placeholderText();
    c->ccEdit()->setPlaceholderText(QString());
    QVERIFY(shown != c->ccEdit()->grab().toImage());
    c->ccEdit()->setPlaceholderText(placeholder);
}

void TestLayout::protocolLogShowsLeftEdgeAndExplainsPrefixes()
{
    SmtpTranscript transcript;
    ProtocolLogDialog log;
    log.setTranscript(&transcript);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    auto *view = log.findChild<QPlainTextEdit *>(QStringLiteral("protocolLog"));
    QVERIFY(view);
    // A reply longer than the window, as servers send (a long 250 line, a base64 challenge).
    const QString longLine = QStringLiteral("S: 250-") + QString(400, QLatin1Char('x'));
    for (int i = 0; i < 30; ++i) {
        Q_EMIT transcript.lineAdded(longLine);
    }
    QCoreApplication::processEvents();
    // The start of every line is in view: nothing scrolled sideways.
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    const QString explained = log.findChild<QLabel *>(QStringLiteral("prefixes"))
        ? log.findChild<QLabel *>(QStringLiteral("prefixes"))->text()
        : QString();
    for (const QString &prefix :
        { QStringLiteral("C:"), QStringLiteral("S:"), QStringLiteral("X:"), QStringLiteral("#") }) {
        QVERIFY2(explained.contains(prefix), qPrintable(prefix + QStringLiteral(" is not explained")));
    }
}

void TestLayout::protocolLogKeepsEverySessionOfTheMessage()
{
    UiTestEnv env;
    ComposerWindow *c = failedComposer(env);
    QCOMPARE(c->state(), ComposerWindow::State::Failed);
    findVisible<QPushButton>(c->failurePanel(), QStringLiteral("retry"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Failed, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        env.context->sessionTranscript()->text().count(QStringLiteral("connecting to")) >= 2, 15000);
    c->showProtocolLog();
    auto *log = findVisible<ProtocolLogDialog>();
    QVERIFY(log);
    // The first attempt is still there, before the retry.
    QCOMPARE(log->text().count(QStringLiteral("connecting to")), 2);
    // Each line once, however many messages the session carried.
    QCOMPARE(log->text().count(QStringLiteral("# error:")), 2);
}

void TestLayout::fileDialogsStartAtHome()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Work"), closedPort());
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    ComposerWindow *c = openComposer(env);
    c->chooseAttachments();
    auto *dialog = findVisible<QFileDialog>();
    QVERIFY(dialog);
    QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(home.path()).canonicalPath());
    // The next time, the folder used last.
    QDir(home.path()).mkdir(QStringLiteral("reports"));
    QFile f(home.filePath(QStringLiteral("reports/q4.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // What choosing the file and pressing Open does.
    Q_EMIT dialog->filesSelected({ f.fileName() });
    dialog->close();
    QTRY_COMPARE(c->attachmentModel()->rowCount(), 1);
    c->chooseAttachments();
    dialog = findVisible<QFileDialog>();
    QVERIFY(dialog);
    QCOMPARE(QDir(dialog->directory()).canonicalPath(),
        QDir(home.filePath(QStringLiteral("reports"))).canonicalPath());
    dialog->reject();
    qputenv("HOME", oldHome);
}

void TestLayout::insertLinkAsksForTextAndAddress()
{
    BodyEditor editor;
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.setRichText(true));
    editor.textEdit()->setPlainText(QStringLiteral("See "));
    editor.textEdit()->moveCursor(QTextCursor::End);
    editor.linkAction()->trigger();
    auto *dialog = findVisible<LinkDialog>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Wide enough for its title and a real address; inside the screen.
    QVERIFY2(dialog->width() >= dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()) + 200,
        qPrintable(QString::number(dialog->width())));
    QVERIFY(dialog->urlEdit()->width() >= 300);
    verifyInside(dialog);
    QVERIFY(dialog->textEdit()->isVisible());
    dialog->textEdit()->setText(QStringLiteral("the report"));
    dialog->urlEdit()->setText(QStringLiteral("https://example.org/q4"));
    dialog->accept();
    const QString html = editor.html();
    QVERIFY2(html.contains(QStringLiteral("href=\"https://example.org/q4\"")), qPrintable(html));
    QVERIFY2(editor.textEdit()->toPlainText().contains(QStringLiteral("See the report")),
        qPrintable(editor.textEdit()->toPlainText()));
}

void TestLayout::certificateInWords()
{
    TestCertificates certs;
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    const QSslCertificate leaf = certs.certificate(TestCertificates::Kind::Server);
    const QList<QSslError> errors { QSslError(QSslError::UnableToGetLocalIssuerCertificate, leaf),
        QSslError(QSslError::UnableToVerifyFirstCertificate, leaf) };
    const QString raw = errors.first().errorString();
    const QString sentence = TlsTrust::describeErrors(errors, QStringLiteral("127.0.0.1"), leaf);
    QVERIFY2(!sentence.contains(raw), qPrintable(sentence));
    QVERIFY2(!sentence.contains(errors.last().errorString()), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("not installed on this computer")), qPrintable(sentence));
    // Every error Qt names gets a sentence of its own rather than the library's.
    for (QSslError::SslError e : { QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
             QSslError::UnableToGetIssuerCertificate, QSslError::CertificateUntrusted,
             QSslError::CertificateRevoked, QSslError::InvalidCaCertificate, QSslError::InvalidPurpose }) {
        const QSslError error(e, leaf);
        QVERIFY2(
            !TlsTrust::describeError(error).contains(error.errorString()), qPrintable(error.errorString()));
    }

    CertificateView view;
    view.setCertificate(QStringLiteral("127.0.0.1"), leaf, errors);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString shown;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        shown += label->text() + QLatin1Char('\n');
    }
    QVERIFY2(!shown.contains(raw), qPrintable(shown));
    // The names it covers include its IP addresses.
    QVERIFY2(shown.contains(QStringLiteral("127.0.0.1")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("localhost")), qPrintable(shown));
}

void TestLayout::certificateCaFileButton()
{
    TestCertificates certs;
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    CertificateView view;
    view.setCertificate(QStringLiteral("localhost"), certs.certificate(TestCertificates::Kind::UnknownCa),
        { QSslError(QSslError::UnableToGetLocalIssuerCertificate,
            certs.certificate(TestCertificates::Kind::UnknownCa)) });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.caFileButton()->isVisible());
    QSignalSpy chosen(&view, &CertificateView::caFileChosen);
    // A file that is no certificate is named at once, and not taken.
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    QVERIFY(!view.useCaFile(junk.fileName()));
    QCOMPARE(chosen.count(), 0);
    auto *problem = view.findChild<QLabel *>(QStringLiteral("caProblem"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY(view.useCaFile(certs.unknownCaFile()));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), certs.unknownCaFile());
    QVERIFY(!problem->isVisible());
}

void TestLayout::outcomesHaveTheirOwnColour()
{
    QWidget passed, failed, warned;
    StatusTone::apply(&passed, StatusTone::Tone::Success);
    StatusTone::apply(&failed, StatusTone::Tone::Failure);
    StatusTone::apply(&warned, StatusTone::Tone::Warning);
    const QColor p = passed.palette().color(QPalette::Window);
    const QColor f = failed.palette().color(QPalette::Window);
    const QColor w = warned.palette().color(QPalette::Window);
    QVERIFY(p != f && p != w && f != w);
    // Green, red, yellow: the dominant channel says which.
    QVERIFY(p.green() > p.red());
    QVERIFY(f.red() > f.green());
    // Applying twice does not deepen the tint.
    StatusTone::apply(&passed, StatusTone::Tone::Success);
    QCOMPARE(passed.palette().color(QPalette::Window), p);

    // The server test: a failure is drawn as one, the running test is not.
    UiTestEnv env;
    const Account account = env.addAccount(QStringLiteral("Work"), closedPort());
    ServerTestDialog test(account.toConnectionSettings(), account.address, account.name);
    test.show();
    test.start();
    QSignalSpy finished(&test, &ServerTestDialog::testFinished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    auto *result = test.findChild<QLabel *>(QStringLiteral("diagnosis"));
    QVERIFY(result);
    QCOMPARE(result->palette().color(QPalette::Window), f);

    MessageBanner info, error;
    info.showMessage(MessageBanner::Kind::Information, QStringLiteral("Message sent"));
    error.showMessage(MessageBanner::Kind::Error, QStringLiteral("Not sent"));
    QVERIFY(info.palette().color(QPalette::Window) != error.palette().color(QPalette::Window));
}

void TestLayout::trustedCertificatesListedWhole()
{
    Account a;
    a.host = QStringLiteral("mail.example.org");
    const QByteArray pin = QByteArray(32, '\xAB');
    a.pinnedSha256 = { pin };
    AccountAdvancedPage page;
    page.load(a);
    page.resize(560, 480);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListWidget *pins = page.pinList();
    QCOMPARE(pins->count(), 1);
    const QString text = pins->item(0)->text();
    QVERIFY2(text.contains(a.host), qPrintable(text));
    QVERIFY2(text.contains(Account::formatFingerprint(pin)), qPrintable(text));
    // Shown whole: the row is as wide as the list, wrapped rather than cut.
    QVERIFY(pins->wordWrap());
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("removePin"));
    QVERIFY(remove && remove->isVisible());
    QVERIFY(!remove->isEnabled());
    pins->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    // Kept as it was when nothing is removed; gone when it is.
    Account stored;
    page.store(stored);
    QCOMPARE(stored.pinnedSha256, QList<QByteArray> { pin });
    remove->click();
    page.store(stored);
    QVERIFY(stored.pinnedSha256.isEmpty());
}

void TestLayout::trustedCertificateSaysWhoseAndUntilWhen()
{
    // Trusted from the certificate screen, a pin is listed with the certificate's subject and validity
    // (fault 10: a bare fingerprint told nobody whose certificate it was).
    QTemporaryDir config;
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    auto restore = qScopeGuard([&] { qputenv("XDG_CONFIG_HOME", oldConfig); });
    TestCertificates certs;
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    const QSslCertificate leaf = certs.certificate(TestCertificates::Kind::SelfSigned);
    CertificateView view;
    view.setCertificate(
        QStringLiteral("localhost"), leaf, { QSslError(QSslError::SelfSignedCertificate, leaf) });
    QSignalSpy trusted(&view, &CertificateView::trustRequested);
    view.trustButton()->click();
    QCOMPARE(trusted.size(), 1);
    const QByteArray pin = trusted.first().first().toByteArray();
    QCOMPARE(pin, certs.sha256Fingerprint(TestCertificates::Kind::SelfSigned));

    Account a;
    a.host = QStringLiteral("localhost");
    a.pinnedSha256 = { pin, QByteArray(32, '\xCD') };
    AccountAdvancedPage page;
    page.load(a);
    QListWidget *pins = page.pinList();
    QCOMPARE(pins->count(), 2);
    const QString known = pins->item(0)->text();
    QVERIFY2(known.contains(SmtpTlsInfo::describeSubject(leaf)), qPrintable(known));
    QVERIFY2(known.contains(QLocale().toString(leaf.expiryDate().toLocalTime(), QLocale::ShortFormat)),
        qPrintable(known));
    QVERIFY2(known.contains(Account::formatFingerprint(pin)), qPrintable(known));
    // A pin given only as a digest (the command line's --fingerprint) still shows its digest, nothing made
    // up.
    const QString bare = pins->item(1)->text();
    QVERIFY2(bare.contains(Account::formatFingerprint(QByteArray(32, '\xCD'))), qPrintable(bare));
    QVERIFY2(!bare.contains(QStringLiteral("Valid")), qPrintable(bare));
}

// An 800x500 screen: the offscreen platform reads its screens from a JSON file named on the platform
// argument (qtbase's offscreen plugin, "configfile").
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (!config.open(QIODevice::WriteOnly)) {
        return 1;
    }
    config.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 800, "height": 500,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
    QApplication app(argc, argv);
    TestLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"
