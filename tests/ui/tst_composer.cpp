#include "uitestenv.h"

#include "addresslineedit.h"
#include "bodyeditor.h"
#include "certificateview.h"
#include "composerwindow.h"
#include "guiapp.h"
#include "mailboxwindow.h"
#include "messagebanner.h"
#include "passworddialog.h"
#include "protocollogview.h"
#include "recentaddresses.h"
#include "sendprogresspanel.h"
#include "store/attachmentlistmodel.h"
#include "store/draftautosaver.h"

#include "../smtp/tunnelproxy.h"
#include "aiosmtpdserver.h"
#include "mime/emlreader.h"
#include "smtp/smtpsender.h"
#include "store/draftlistmodel.h"
#include "store/outboxmodel.h"
#include "store/sentmodel.h"
#include "testcertificates.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeView>

// The composer as a person uses it, with QTest input: writing, formatting, pasting an image, dropping a file,
// Ctrl+Return, and the message arriving at a real server (aiosmtpd) with the right parts; the pre-send
// checks; a failure with the error, the transcript and the message kept in the outbox; cancelling; the
// password prompt; mailto: links; validation and completion as you type; keyboard reach; crash recovery.
class TestComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sendEndToEnd();
    void plainTextSignatureFollowsAccount();
    void attachmentsAndImagesByPasteAndDrop();
    void secondComposerClosesOnSuccess();
    void preSendChecks();
    void failureKeepsMessageInOutbox();
    void cancelWhileConnecting();
    void stalledSendIsDiagnosedAndFixed();
    void passwordPrompt();
    void cancelWhileAskingForThePassword();
    void insecureLoginIsShown();
    void mailtoFillsComposer();
    void addressValidationAsYouType();
    void completionFromRecentAddresses();
    void closingWithAnInvalidAddressFocused();
    void keyboardAndAccessibleNames();
    void typingStartsInTheFirstEmptyField();
    void untouchedComposerLeavesNoDraft();
    void mailboxWindowOverModels();
    void crashRecoveryOffersDrafts();
    void demoServerForNewcomers();

private:
    ComposerWindow *openComposer(UiTestEnv &env);
    QMessageBox *waitForBox(QWidget *parent, const QString &name);
};

void TestComposer::initTestCase()
{
    // The English plural forms ("1 unsent draft", "2 attachments"), as the app installs them.
    GuiApp::installTranslators();
    const QString why = AiosmtpdServer::unavailableReason();
    if (!why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
}

void TestComposer::cleanup()
{
    // Close whatever a test left open (composers delete themselves on close).
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible()) {
            w->close();
        }
    }
    QTest::qWait(10);
}

ComposerWindow *TestComposer::openComposer(UiTestEnv &env)
{
    auto *composer = new ComposerWindow(env.context.get());
    composer->show();
    composer->activateWindow();
    if (!QTest::qWaitForWindowActive(composer)) {
        qWarning("the composer window did not become active");
    }
    return composer;
}

QMessageBox *TestComposer::waitForBox(QWidget *parent, const QString &name)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = findVisible<QMessageBox>(parent, name);
            return box != nullptr;
        },
        5000);
    return box;
}

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

const EmlPart *findLeaf(const EmlMessage &message, const QByteArray &type)
{
    for (const EmlPart *part : message.leaves()) {
        if (part->mimeType == type) {
            return part;
        }
    }
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

void TestComposer::sendEndToEnd()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    QVERIFY(env.isOpen());
    env.addAccount(QStringLiteral("Test server"), server.port());
    QPointer<ComposerWindow> c = openComposer(env);
    QCOMPARE(c->fromBox()->currentText(), QStringLiteral("Test server — alice@example.test"));

    QTest::keyClicks(c->toEdit(), QStringLiteral("Bob <bob@example.test>, carol@example.test"));
    QTest::keyClicks(c->bccEdit(), QStringLiteral("dave@example.test"));
    QTest::keyClicks(c->subjectEdit(), QStringLiteral("Quarterly report"));
    QVERIFY(c->toEdit()->isValid());

    // Rich text: bold by keyboard, a pasted image.
    c->richTextAction()->trigger();
    QVERIFY(c->bodyEditor()->isRichText());
    QTextEdit *body = c->bodyEditor()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Hello "));
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body, QStringLiteral("world"));
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body, QStringLiteral(". The numbers are attached. "));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QApplication::clipboard()->setImage(image);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    const QList<DraftAttachment> inlineImages = c->bodyEditor()->inlineAttachments();
    QCOMPARE(inlineImages.size(), 1);
    const QString contentId = inlineImages.first().contentId;
    QVERIFY(c->bodyEditor()->html().contains(QStringLiteral("cid:") + contentId));

    // A file dropped from the file manager onto the window.
    const QString csv = env.path(QStringLiteral("numbers.csv"));
    writeFile(csv, "quarter,total\nQ1,42\n");
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(csv) });
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(c, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(c, &drop);
    QCOMPARE(c->attachmentModel()->rowCount(), 1);
    QVERIFY2(c->attachmentSummary()->text().contains(QStringLiteral("1 attachment")),
        qPrintable(c->attachmentSummary()->text()));

    QSignalSpy sent(c.data(), &ComposerWindow::messageSent);
    c->activateWindow();
    QTest::keyClick(c, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(server.waitForMessages(1, 30000), qPrintable(server.log()));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);

    const AiosmtpdServer::Message message = server.messages().first();
    QCOMPARE(message.mailFrom, QByteArray("alice@example.test"));
    QCOMPARE(message.rcptTos,
        (QList<QByteArray> { "bob@example.test", "carol@example.test", "dave@example.test" }));
    QVERIFY2(!message.content.contains("dave@example.test"), "Bcc must not appear in the message");
    const EmlMessage eml = EmlReader::parse(message.content);
    QCOMPARE(eml.subject, QStringLiteral("Quarterly report"));
    QCOMPARE(eml.from.mailboxes().first().address(), QStringLiteral("alice@example.test"));
    QCOMPARE(eml.to.mailboxes().size(), 2);

    const EmlPart *plain = findLeaf(eml, "text/plain");
    const EmlPart *html = findLeaf(eml, "text/html");
    const EmlPart *png = findLeaf(eml, "image/png");
    QVERIFY(plain && html && png);
    QVERIFY2(plain->text().contains(QStringLiteral("Hello world. The numbers are attached.")),
        qPrintable(plain->text()));
    // The signature below its separator line, "-- " with its space (RFC 3676 4.3).
    QVERIFY2(plain->text().contains(QStringLiteral("\n-- \n"))
            && plain->text().contains(QStringLiteral("\nAlice Example\nExample Corp")),
        qPrintable(plain->text()));
    QVERIFY2(html->text().contains(QStringLiteral("Hello <b>world</b>.")), qPrintable(html->text()));
    QVERIFY(html->text().contains(QStringLiteral("cid:") + contentId));
    QCOMPARE(QString::fromLatin1(png->contentId), contentId);
    QImage received;
    QVERIFY(received.loadFromData(png->decodedBody()));
    QCOMPARE(received.size(), QSize(40, 30));
    const EmlPart *file = nullptr;
    for (const EmlPart *part : eml.leaves()) {
        if (part->fileName == QLatin1String("numbers.csv")) {
            file = part;
        }
    }
    QVERIFY(file);
    QCOMPARE(file->decodedBody(), QByteArray("quarter,total\nQ1,42\n"));

    // The engine's steps drove the progress display, in order.
    const QList<SmtpSender::Progress> seen = c->progressPanel()->seenProgress();
    QVERIFY(seen.contains(SmtpSender::Progress::Connecting));
    QVERIFY(seen.contains(SmtpSender::Progress::SendingEnvelope));
    QVERIFY(seen.indexOf(SmtpSender::Progress::SendingEnvelope)
        < seen.indexOf(SmtpSender::Progress::WaitingForServer));

    // The only composer resets for the next message; the message is in the sent folder.
    QTRY_COMPARE(c->state(), ComposerWindow::State::Editing);
    QVERIFY(c->toEdit()->text().isEmpty());
    QVERIFY(c->subjectEdit()->text().isEmpty());
    QCOMPARE(c->attachmentModel()->rowCount(), 0);
    QVERIFY2(c->banner()->text().contains(QStringLiteral("Message sent")), qPrintable(c->banner()->text()));
    // The status line no longer says the message waits in the outbox.
    const QLabel *status = c->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(QStringLiteral("Last message sent at")), qPrintable(status->text()));
    QTRY_COMPARE(env.context->sentModel()->rowCount(), 1);
    QCOMPARE(env.context->store()->outbox()->list().size(), 0);
    QCOMPARE(env.context->store()->drafts()->list().size(), 0);
    QVERIFY(env.context->recentAddresses()->addresses().contains(QStringLiteral("Bob <bob@example.test>")));
    QVERIFY(env.context->recentAddresses()->addresses().contains(QStringLiteral("dave@example.test")));
    // The server's SIZE was learnt for the next size check.
    QCOMPARE(env.context->serverLimits().sizeLimit(env.context->accounts()->defaultAccount().id), 33554432);
    delete c;
}

void TestComposer::plainTextSignatureFollowsAccount()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Work"), 25);
    Account home = env.addAccount(QStringLiteral("Home"), 25);
    home.signature = QStringLiteral("Al at home");
    QVERIFY(env.context->accounts()->update(home));
    QPointer<ComposerWindow> c = openComposer(env);
    QTextEdit *body = c->bodyEditor()->textEdit();
    QCOMPARE(c->bodyEditor()->plainText(), QStringLiteral("\n\n-- \nAlice Example\nExample Corp"));
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Dear Bob,"));
    c->fromBox()->setCurrentIndex(1);
    QCOMPARE(c->bodyEditor()->plainText(), QStringLiteral("Dear Bob,\n\n-- \nAl at home"));
    c->fromBox()->setCurrentIndex(0);
    QCOMPARE(c->bodyEditor()->plainText(), QStringLiteral("Dear Bob,\n\n-- \nAlice Example\nExample Corp"));
    // Rich text and back: the words and the signature survive; switching back asks only when something
    // would be lost.
    c->richTextAction()->trigger();
    c->richTextAction()->trigger();
    QVERIFY(!c->bodyEditor()->isRichText());
    c->fromBox()->setCurrentIndex(1);
    QCOMPARE(c->bodyEditor()->plainText(), QStringLiteral("Dear Bob,\n\n-- \nAl at home"));
    delete c;
}

// Receives what the composer asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

void TestComposer::attachmentsAndImagesByPasteAndDrop()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), 25);
    QPointer<ComposerWindow> c = openComposer(env);
    const QString photo = env.path(QStringLiteral("photo.png"));
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(photo));
    const QString notes = env.path(QStringLiteral("notes.txt"));
    writeFile(notes, "notes\n");

    // Files pasted into the text: the image goes inline (rich text switches on), the other file is attached.
    auto *mime = new QMimeData;
    mime->setUrls({ QUrl::fromLocalFile(photo), QUrl::fromLocalFile(notes) });
    QApplication::clipboard()->setMimeData(mime);
    c->bodyEditor()->textEdit()->setFocus();
    QTest::keyClick(c->bodyEditor()->textEdit(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(c->bodyEditor()->isRichText());
    QCOMPARE(c->bodyEditor()->inlineAttachments().size(), 1);
    QCOMPARE(c->bodyEditor()->inlineAttachments().first().fileName, QStringLiteral("photo.png"));
    QCOMPARE(c->attachmentModel()->rowCount(), 1);
    QCOMPARE(c->attachmentModel()->attachmentAt(0).fileName, QStringLiteral("notes.txt"));

    // Dropped on the attachment list: attached (a folder is refused, in words).
    QMimeData drop;
    drop.setUrls({ QUrl::fromLocalFile(photo), QUrl::fromLocalFile(env.path(QString())) });
    QVERIFY(c->attachmentModel()->dropMimeData(&drop, Qt::CopyAction, -1, -1, QModelIndex()));
    QCOMPARE(c->attachmentModel()->rowCount(), 2);
    QVERIFY2(c->banner()->text().contains(QStringLiteral("is a folder")), qPrintable(c->banner()->text()));
    QVERIFY(c->attachmentSummary()->text().startsWith(QStringLiteral("2 attachments")));

    // Open asks the desktop; Remove removes.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    c->attachmentView()->selectionModel()->select(c->attachmentView()->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    c->findChild<QPushButton *>(QStringLiteral("openAttachment"))->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.opened, QList<QUrl> { QUrl::fromLocalFile(notes) });
    c->findChild<QPushButton *>(QStringLiteral("removeAttachment"))->click();
    QCOMPARE(c->attachmentModel()->rowCount(), 1);
    QCOMPARE(c->attachmentModel()->attachmentAt(0).fileName, QStringLiteral("photo.png"));
    delete c;
}

void TestComposer::secondComposerClosesOnSuccess()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), server.port());
    QPointer<ComposerWindow> first = openComposer(env);
    QPointer<ComposerWindow> second = first->newComposer();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    second->toEdit()->setText(QStringLiteral("bob@example.test"));
    second->subjectEdit()->setText(QStringLiteral("From the second window"));
    second->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi"));
    second->sendAction()->trigger();
    QVERIFY2(server.waitForMessages(1, 20000), qPrintable(server.log()));
    // Another composer is open: the one that sent closes.
    QTRY_VERIFY(second.isNull());
    QVERIFY(!first.isNull());
    delete first;
}

void TestComposer::preSendChecks()
{
    UiTestEnv env;
    const Account account = env.addAccount(QStringLiteral("Test"), closedPort());
    QPointer<ComposerWindow> c = openComposer(env);

    // Nothing filled in: it cannot go, and the focus goes where the fix is.
    c->subjectEdit()->setFocus();
    c->send();
    QMessageBox *box = waitForBox(c, QStringLiteral("preSendProblem"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("no recipients")), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    QTRY_COMPARE(c->focusWidget(), c->toEdit());

    // An address that does not parse.
    QTest::keyClicks(c->toEdit(), QStringLiteral("bob@"));
    c->send();
    box = waitForBox(c, QStringLiteral("preSendProblem"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("not valid")), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!findVisible<QMessageBox>(c));

    // Attachment mentioned, none attached, and no subject: one question names both; "Go back" sends nothing
    // and puts the cursor where the first doubt is.
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("The slides are attached."));
    c->send();
    box = waitForBox(c, QStringLiteral("preSendQuestion"));
    QVERIFY(box);
    QCOMPARE(box->property("issueKind").toInt(), int(PreSendCheck::Kind::AttachmentMentioned));
    QVERIFY(box->text().contains(QStringLiteral("\"attached\"")));
    QVERIFY2(box->text().contains(QStringLiteral("subject is empty")), qPrintable(box->text()));
    buttonNamed(box, QStringLiteral("goBack"))->click();
    QTRY_VERIFY(!findVisible<QMessageBox>(c));
    QCOMPARE(c->state(), ComposerWindow::State::Editing);
    QVERIFY(env.context->store()->outbox()->list().isEmpty());

    // With a subject only the attachment is in doubt.
    c->subjectEdit()->setText(QStringLiteral("Slides"));
    c->send();
    box = waitForBox(c, QStringLiteral("preSendQuestion"));
    QVERIFY(box);
    QVERIFY(!box->text().contains(QStringLiteral("subject is empty")));
    c->subjectEdit()->clear();
    buttonNamed(box, QStringLiteral("goBack"))->click();
    QTRY_VERIFY(!findVisible<QMessageBox>(c));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("The slides are here."));

    // The empty subject alone: "Go back" there puts the cursor in it.
    c->send();
    box = waitForBox(c, QStringLiteral("preSendQuestion"));
    QVERIFY(box);
    QCOMPARE(box->property("issueKind").toInt(), int(PreSendCheck::Kind::EmptySubject));
    buttonNamed(box, QStringLiteral("goBack"))->click();
    QTRY_COMPARE(c->focusWidget(), c->subjectEdit());
    QVERIFY(env.context->store()->outbox()->list().isEmpty());

    // Larger than the server's known SIZE limit: explained, not sent.
    env.context->serverLimits().setSizeLimit(account.id, 2000);
    const QString big = env.path(QStringLiteral("big.bin"));
    writeFile(big, QByteArray(5000, 'x'));
    c->addAttachments({ big });
    c->subjectEdit()->setText(QStringLiteral("Slides"));
    c->send();
    box = waitForBox(c, QStringLiteral("preSendProblem"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("accepts at most")), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!findVisible<QMessageBox>(c));
    QVERIFY(env.context->store()->outbox()->list().isEmpty());
    QVERIFY(c->lastIssues().size() == 1 && c->lastIssues().first().kind == PreSendCheck::Kind::TooLarge);
    delete c;
}

void TestComposer::failureKeepsMessageInOutbox()
{
    UiTestEnv env;
    const quint16 port = closedPort();
    env.addAccount(QStringLiteral("Broken"), port);
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Hello"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi Bob"));
    c->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Failed, 15000);
    QVERIFY(c->failurePanel()->isVisible());
    const QString text = c->failureText()->text();
    QVERIFY2(text.contains(QStringLiteral("Nothing accepts connections")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("outbox")), qPrintable(text));
    QCOMPARE(env.context->store()->outbox()->list().size(), 1);
    QVERIFY(!c->failureCertificate()->isVisible());
    // The server test runs by itself and confirms the cause (without saying it again: tst_firstrun).
    QTRY_VERIFY_WITH_TIMEOUT(
        c->failureDiagnosis()->text().contains(QStringLiteral("fails in the same way")), 10000);

    // The transcript of that session.
    buttonNamed(c->failurePanel(), QStringLiteral("showTranscript"))->click();
    ProtocolLogDialog *log = findVisible<ProtocolLogDialog>(c);
    QVERIFY(log);
    QVERIFY2(log->text().contains(QStringLiteral("connecting to 127.0.0.1:%1").arg(port)),
        qPrintable(log->text()));
    log->close();

    // Take it back to edit: out of the outbox, a draft again, nothing lost.
    buttonNamed(c->failurePanel(), QStringLiteral("editAgain"))->click();
    QCOMPARE(c->state(), ComposerWindow::State::Editing);
    QCOMPARE(env.context->store()->outbox()->list().size(), 0);
    QCOMPARE(c->toEdit()->text(), QStringLiteral("bob@example.test"));
    QCOMPARE(env.context->store()->drafts()->list().size(), 1);
    delete c;
}

void TestComposer::cancelWhileConnecting()
{
    // A server that accepts the connection and never greets: the send hangs in its first step.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
    UiTestEnv env;
    env.addAccount(QStringLiteral("Silent"), silent.serverPort());
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Wait"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("..."));
    c->sendAction()->trigger();
    QTRY_VERIFY(c->progressPanel()->seenProgress().contains(SmtpSender::Progress::Connecting));
    QTRY_VERIFY(!held.isEmpty());
    QCOMPARE(c->state(), ComposerWindow::State::Sending);
    // The window stays responsive while the connection waits.
    c->progressPanel()->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Editing, 10000);
    QCOMPARE(env.context->store()->outbox()->list().size(), 0);
    QCOMPARE(c->subjectEdit()->text(), QStringLiteral("Wait"));
    QVERIFY2(c->banner()->text().contains(QStringLiteral("cancelled")), qPrintable(c->banner()->text()));
    delete c;
}

void TestComposer::stalledSendIsDiagnosedAndFixed()
{
    // STARTTLS chosen for a port that speaks TLS from the first byte: the client waits for a greeting that
    // never comes. The composer notices the stall, diagnoses it and offers the fix; one click sends.
    TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.tls = AiosmtpdServer::Tls::Implicit;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    UiTestEnv env;
    Account account = env.addAccount(QStringLiteral("Implicit"), server.port(), Smtp::Security::StartTls,
        "none", QStringLiteral("localhost"));
    account.caFile = certificates.caFile();
    QVERIFY(env.context->accounts()->update(account));
    QPointer<ComposerWindow> c = openComposer(env);
    c->submission()->setStallTimeout(500);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Through TLS"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi"));
    c->sendAction()->trigger();
    QPushButton *fix = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (fix = c->banner()->findChild<QPushButton *>(QStringLiteral("applyFixWhileSending")))
            && fix->isVisible(),
        15000);
    QVERIFY2(c->banner()->text().contains(QStringLiteral("expects TLS from the first byte")),
        qPrintable(c->banner()->text()));
    QVERIFY2(fix->text().contains(QStringLiteral("SSL/TLS")), qPrintable(fix->text()));
    fix->click();
    QVERIFY2(server.waitForMessages(1, 20000), qPrintable(server.log()));
    QTRY_COMPARE(c->state(), ComposerWindow::State::Editing);
    QCOMPARE(env.context->accounts()->account(account.id).security, Smtp::Security::Tls);
    QCOMPARE(env.context->accounts()->account(account.id).effectivePort(), server.port());
    QCOMPARE(env.context->store()->outbox()->list().size(), 0);
    delete c;
}

void TestComposer::passwordPrompt()
{
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.authRequired = true;
    options.authWithoutTls = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    UiTestEnv env;
    Account account = env.addAccount(QStringLiteral("Login"), server.port(), Smtp::Security::None, "PLAIN");
    account.user = server.user();
    QVERIFY(env.context->accounts()->update(account));
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Logged in"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi"));
    c->sendAction()->trigger();
    // The keychain has nothing (there is none here): the person is asked.
    PasswordDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findVisible<PasswordDialog>()) != nullptr, 15000);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), server.password());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(server.waitForMessages(1, 20000), qPrintable(server.log()));
    QCOMPARE(
        server.messages().first().envelope.value(QStringLiteral("auth_login")).toString(), server.user());
    QTRY_COMPARE(c->state(), ComposerWindow::State::Editing);
    // The password is kept for the rest of the session: the next message goes without asking again.
    c->toEdit()->setText(QStringLiteral("carol@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Again"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi again"));
    c->sendAction()->trigger();
    QVERIFY2(server.waitForMessages(2, 20000), qPrintable(server.log()));
    QVERIFY(!findVisible<PasswordDialog>());
    QCOMPARE(server.messages().at(1).envelope.value(QStringLiteral("auth_login")).toString(), server.user());
    QTRY_COMPARE(c->state(), ComposerWindow::State::Editing);
    delete c;
}

void TestComposer::cancelWhileAskingForThePassword()
{
    // Cancel while the password is being asked for: the question goes away with the send, and the message
    // is back to edit once, as one draft (the empty answer to the closed question changes nothing).
    UiTestEnv env;
    Account account = env.addAccount(QStringLiteral("Login"), closedPort(), Smtp::Security::None, "PLAIN");
    account.user = QStringLiteral("alice");
    QVERIFY(env.context->accounts()->update(account));
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Never mind"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi"));
    c->sendAction()->trigger();
    QPointer<PasswordDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findVisible<PasswordDialog>()) != nullptr, 15000);
    QCOMPARE(c->state(), ComposerWindow::State::Sending);
    c->progressPanel()->cancelButton()->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_COMPARE(c->state(), ComposerWindow::State::Editing);
    QTest::qWait(100);
    QCOMPARE(c->state(), ComposerWindow::State::Editing);
    QVERIFY(!c->failurePanel()->isVisible());
    QVERIFY2(c->banner()->text().contains(QStringLiteral("cancelled")), qPrintable(c->banner()->text()));
    QCOMPARE(env.context->store()->outbox()->list().size(), 0);
    QCOMPARE(env.context->store()->drafts()->list().size(), 1);
    QCOMPARE(c->subjectEdit()->text(), QStringLiteral("Never mind"));
    delete c;
}

void TestComposer::insecureLoginIsShown()
{
    // An account without encryption whose server is, through a proxy, not this machine as far as Epistle
    // can tell: the password travels readable. The first attempt's password is wrong: the failure says the
    // password went unencrypted, "Enter password…" asks for the right one, and the message that goes then
    // says it too once the progress display is gone.
    AiosmtpdServer server;
    AiosmtpdServer::Options options;
    options.authRequired = true;
    options.authWithoutTls = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    TunnelProxy proxy(TunnelProxy::Kind::Socks5);
    QVERIFY(proxy.listen());
    UiTestEnv env;
    Account account = env.addAccount(QStringLiteral("Plain"), server.port(), Smtp::Security::None, "PLAIN");
    account.user = server.user();
    account.proxyType = Account::ProxyType::Socks5;
    account.proxyHost = QStringLiteral("127.0.0.1");
    account.proxyPort = proxy.port();
    QVERIFY(env.context->accounts()->update(account));
    env.context->useSecretOnce(account.id, QStringLiteral("wrong horse"));
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("In the clear"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("Hi"));
    c->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Failed, 15000);
    const QString failure = c->failureText()->text();
    QVERIFY2(
        failure.contains(QStringLiteral("Warning: This account uses no encryption")), qPrintable(failure));
    // While it was sending, the progress display said so as well.
    QVERIFY2(c->progressPanel()->warning()->text().contains(QStringLiteral("no encryption")),
        qPrintable(c->progressPanel()->warning()->text()));

    QPushButton *enter = buttonNamed(c->failurePanel(), QStringLiteral("enterPassword"));
    QVERIFY(enter && enter->isVisible());
    enter->click();
    PasswordDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findVisible<PasswordDialog>()) != nullptr, 5000);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), server.password());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(server.waitForMessages(1, 20000), qPrintable(server.log()));
    QTRY_COMPARE(c->state(), ComposerWindow::State::Editing);
    QCOMPARE(c->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(c->banner()->text().contains(QStringLiteral("Message sent")), qPrintable(c->banner()->text()));
    QVERIFY2(c->banner()->text().contains(QStringLiteral("no encryption")), qPrintable(c->banner()->text()));
    QCOMPARE(proxy.connections(), 2);
    delete c;
}

void TestComposer::mailtoFillsComposer()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), closedPort());
    const QString notes = env.path(QStringLiteral("notes.txt"));
    writeFile(notes, "secret notes\n");
    QPointer<ComposerWindow> c = openComposer(env);
    const MailtoUrl url
        = MailtoUrl::parse(QStringLiteral("mailto:bob@example.test?cc=carol@example.test&subject=Hi%20there"
                                          "&body=Line%201%0ALine%202&from=evil@example.test&attach=")
            + QUrl::fromLocalFile(notes).toString(QUrl::FullyEncoded));
    c->applyMailto(url);
    QCOMPARE(c->toEdit()->text(), QStringLiteral("bob@example.test"));
    QCOMPARE(c->ccEdit()->text(), QStringLiteral("carol@example.test"));
    QCOMPARE(c->subjectEdit()->text(), QStringLiteral("Hi there"));
    QVERIFY(c->bodyEditor()->plainText().startsWith(QStringLiteral("Line 1\nLine 2")));
    // The file is visible in the list, and named on the banner; the ignored From is mentioned.
    QCOMPARE(c->attachmentModel()->rowCount(), 1);
    QVERIFY(c->attachmentModel()
                ->data(c->attachmentModel()->index(0, 0), AttachmentListModel::FromLinkRole)
                .toBool());
    QCOMPARE(c->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY(c->banner()->text().contains(notes));
    QVERIFY(c->banner()->text().contains(QStringLiteral("from")));
    // Sending asks about the file first, never silently.
    c->send();
    QMessageBox *box = waitForBox(c, QStringLiteral("preSendQuestion"));
    QVERIFY(box);
    QCOMPARE(box->property("issueKind").toInt(), int(PreSendCheck::Kind::LinkAttachments));
    QVERIFY(box->text().contains(notes));
    buttonNamed(box, QStringLiteral("goBack"))->click();
    QTRY_VERIFY(!findVisible<QMessageBox>(c));
    QVERIFY(env.context->store()->outbox()->list().isEmpty());
    // "Remove these files" on the banner drops them.
    QPushButton *remove = nullptr;
    for (QPushButton *b : c->banner()->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Remove these files")) {
            remove = b;
        }
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(c->attachmentModel()->rowCount(), 0);
    delete c;
}

void TestComposer::addressValidationAsYouType()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), 25);
    QPointer<ComposerWindow> c = openComposer(env);
    QLabel *error = c->findChild<QLabel *>(QStringLiteral("toError"));
    QVERIFY(error);
    c->toEdit()->setFocus();
    QTest::keyClicks(c->toEdit(), QStringLiteral("bob@example.test, carol@"));
    QVERIFY(!c->toEdit()->isValid());
    // Still typing the last address: not flagged at once...
    QVERIFY(!error->isVisible());
    // ...but after a pause, plainly, in words.
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 3000);
    QVERIFY(error->text().contains(QStringLiteral("Not a valid address list")));
    QVERIFY(!c->toEdit()->accessibleDescription().isEmpty());
    QTest::keyClicks(c->toEdit(), QStringLiteral("example.test"));
    QVERIFY(c->toEdit()->isValid());
    QVERIFY(!error->isVisible());
    QCOMPARE(c->toEdit()->addressCount(), 2);
    // A broken address before the one being typed shows at once.
    c->toEdit()->clear();
    QTest::keyClicks(c->toEdit(), QStringLiteral("<broken, dave@"));
    QVERIFY(error->isVisible());
    // A column of addresses pasted becomes a list.
    c->toEdit()->clear();
    QApplication::clipboard()->setText(
        QStringLiteral("ann@example.test\nben@example.test; cid@example.test\n"));
    QTest::keyClick(c->toEdit(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(c->toEdit()->text(), QStringLiteral("ann@example.test, ben@example.test, cid@example.test"));
    QVERIFY(c->toEdit()->isValid());
    // Leaving the field shows it too.
    c->toEdit()->setText(QStringLiteral("eve@"));
    c->subjectEdit()->setFocus();
    QTRY_VERIFY(error->isVisible());
    delete c;
}

void TestComposer::completionFromRecentAddresses()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), 25);
    env.context->recentAddresses()->remember(
        { MailAddress(QStringLiteral("bob@example.test"), QStringLiteral("Bob Builder")),
            MailAddress(QStringLiteral("carol@example.test")) });
    QPointer<ComposerWindow> c = openComposer(env);
    AddressLineEdit *to = c->toEdit();
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("ann@example.test, buil"));
    QCompleter *completer = to->findChild<QCompleter *>();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(to->text(), QStringLiteral("ann@example.test, Bob Builder <bob@example.test>, "));
    QVERIFY(to->isValid());
    QCOMPARE(to->addressCount(), 2);
    delete c;
}

void TestComposer::closingWithAnInvalidAddressFocused()
{
    // Deleting the window while a field with a problem has the focus: the focus leaves the field while the
    // window (and the label that shows the problem) is being destroyed. It crashed once.
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), 25);
    for (AddressLineEdit *(ComposerWindow::*field)() const :
        { &ComposerWindow::toEdit, &ComposerWindow::ccEdit, &ComposerWindow::bccEdit }) {
        QPointer<ComposerWindow> c = openComposer(env);
        AddressLineEdit *edit = (c->*field)();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("not an address <"));
        QVERIFY(!edit->isValid());
        QVERIFY(edit->hasFocus());
        delete c;
        QVERIFY(c.isNull());
    }
}

void TestComposer::keyboardAndAccessibleNames()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Test"), 25);
    QPointer<ComposerWindow> c = openComposer(env);
    // Tab from the To field reaches every field and the attachment button, in reading order.
    c->toEdit()->setFocus();
    QList<QWidget *> order;
    for (int i = 0; i < 12; ++i) {
        order << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QList<QWidget *> expected
        = { c->toEdit(), c->ccEdit(), c->bccEdit(), c->subjectEdit(), c->bodyEditor()->textEdit() };
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(order.at(i), expected.at(i));
    }
    QVERIFY(order.contains(c->findChild<QPushButton *>(QStringLiteral("attachButton"))));

    // Every control reachable by Tab says what it is.
    const QStringList unnamed = unnamedTabStops(c);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // The other windows the composer opens, too.
    MailboxWindow mailbox(env.context.get());
    mailbox.show();
    QVERIFY2(unnamedTabStops(&mailbox).isEmpty(),
        qPrintable(unnamedTabStops(&mailbox).join(QStringLiteral(", "))));
    // Esc closes it, as it closes dialogs.
    mailbox.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&mailbox));
    QTest::keyClick(&mailbox, Qt::Key_Escape);
    QTRY_VERIFY(!mailbox.isVisible());
    c->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(c));

    // Ctrl+S saves a draft; Ctrl+Shift+A asks for files.
    c->subjectEdit()->setText(QStringLiteral("Draft by keyboard"));
    QTest::keyClick(c->subjectEdit(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(env.context->store()->drafts()->list().size(), 1);
    QCOMPARE(env.context->store()->drafts()->list().first().subject, QStringLiteral("Draft by keyboard"));
    QTest::keyClick(c->subjectEdit(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = findVisible<QFileDialog>(c)) != nullptr);
    files->reject();
    delete c;
}

void TestComposer::typingStartsInTheFirstEmptyField()
{
    // A new window takes typing in To (not in the From picker, first in the tab order, where letters would
    // switch accounts); a draft with recipients and a subject opens in the text.
    UiTestEnv env;
    env.addAccount(QStringLiteral("First"), closedPort());
    env.addAccount(QStringLiteral("Second"), closedPort());
    QPointer<ComposerWindow> c = openComposer(env);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c->toEdit()));
    const int account = c->fromBox()->currentIndex();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sbob@example.test"));
    QCOMPARE(c->toEdit()->text(), QStringLiteral("sbob@example.test"));
    QCOMPARE(c->fromBox()->currentIndex(), account);
    c->subjectEdit()->setText(QStringLiteral("Kept"));
    QVERIFY(c->saveDraft());
    const QString id = env.context->store()->drafts()->list().first().id;
    delete c;

    QPointer<ComposerWindow> reopened = openComposer(env);
    QString error;
    QVERIFY2(reopened->openDraft(id, &error), qPrintable(error));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(reopened->bodyEditor()->textEdit()));
    delete reopened;
}

void TestComposer::untouchedComposerLeavesNoDraft()
{
    // Opening the app and closing it again is not writing a message: the account's signature going into the
    // text (at start, or when the first account arrives later, as the demo account does) saves no draft, so
    // nothing shows up as an unsent draft next time.
    UiTestEnv env;
    QPointer<ComposerWindow> c = openComposer(env);
    c->autosaver()->setQuietPeriod(50);
    Account account = env.addAccount(QStringLiteral("Signed"), closedPort());
    account.signature = QStringLiteral("Al");
    QVERIFY(env.context->accounts()->update(account));
    QTRY_VERIFY(c->bodyEditor()->plainText().contains(QStringLiteral("Al")));
    QTest::qWait(300);
    QVERIFY(c->isPristine());
    QCOMPARE(env.context->store()->drafts()->list().size(), 0);
    c->close();
    QCOMPARE(env.context->store()->drafts()->list().size(), 0);

    QPointer<ComposerWindow> second = openComposer(env);
    second->autosaver()->setQuietPeriod(50);
    QTRY_VERIFY(second->bodyEditor()->plainText().contains(QStringLiteral("Al")));
    QTest::qWait(300);
    QVERIFY(second->isPristine());
    QCOMPARE(env.context->store()->drafts()->list().size(), 0);
    delete second;
}

void TestComposer::mailboxWindowOverModels()
{
    UiTestEnv env;
    env.addAccount(QStringLiteral("Broken"), closedPort());
    QPointer<ComposerWindow> c = openComposer(env);
    c->toEdit()->setText(QStringLiteral("bob@example.test"));
    c->subjectEdit()->setText(QStringLiteral("Retry me"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("..."));
    c->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), ComposerWindow::State::Failed, 15000);
    c->close();
    QTRY_VERIFY(c.isNull());

    // The outbox lists the message with its error; Remove asks, then drops it.
    MailboxWindow mailbox(env.context.get());
    mailbox.show();
    mailbox.showPage(MailboxWindow::Page::Outbox);
    QCOMPARE(mailbox.outboxView()->model()->rowCount(), 1);
    mailbox.outboxView()->setCurrentIndex(mailbox.outboxView()->model()->index(0, 0));
    QLabel *detail = mailbox.findChild<QLabel *>(QStringLiteral("outboxDetail"));
    QVERIFY2(
        detail->text().contains(QStringLiteral("Nothing accepts connections")), qPrintable(detail->text()));
    mailbox.removeSelectedFromOutbox();
    QMessageBox *box = waitForBox(&mailbox, QString());
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
            b->click();
        }
    }
    QTRY_COMPARE(mailbox.outboxView()->model()->rowCount(), 0);
}

void TestComposer::crashRecoveryOffersDrafts()
{
    // A real `epistle` writes a draft from a mailto: link and is killed (-9) before it closes it.
    const QString binary = qEnvironmentVariable("EPISTLE_BINARY");
    if (binary.isEmpty() || !QFile::exists(binary)) {
        QSKIP("EPISTLE_BINARY is not set (run through ctest)");
    }
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(binary,
        { QStringLiteral("mailto:bob@example.test?subject=Unfinished%20thoughts&body=Half%20written") });
    QVERIFY(app.waitForStarted());
    const QString drafts = home.filePath(QStringLiteral("data/Epistle/epistle/drafts"));
    // The autosave comes a few seconds after the last change.
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(drafts)
                                  .entryList({ QStringLiteral("*") }, QDir::Dirs | QDir::NoDotAndDotDot)
                                  .filter(QRegularExpression(QStringLiteral("^\\d")))
                                  .isEmpty(),
        20000);
    QTest::qWait(500);
    app.kill();
    app.waitForFinished();

    // The next start finds it and the composer offers it back.
    AppContext::Paths paths;
    paths.accountsFile = home.filePath(QStringLiteral("config/Epistle/epistle/accounts.conf"));
    paths.storeDirectory = home.filePath(QStringLiteral("data/Epistle/epistle"));
    paths.uiSettings = home.filePath(QStringLiteral("config/Epistle/epistle/ui.conf"));
    paths.keychainService = QStringLiteral("epistle-ui-tests");
    AppContext context(paths);
    QVERIFY(context.open());
    QCOMPARE(context.recovery().recoveredDrafts.size(), 1);
    QPointer<ComposerWindow> c = new ComposerWindow(&context);
    c->show();
    c->showRecoveredDrafts(context.recovery().recoveredDrafts);
    QVERIFY2(c->recoveryBanner()->text().contains(QStringLiteral("1 unsent draft recovered")),
        qPrintable(c->recoveryBanner()->text()));
    c->recoveryBanner()->findChild<QPushButton *>(QStringLiteral("openRecovered"))->click();
    QCOMPARE(c->subjectEdit()->text(), QStringLiteral("Unfinished thoughts"));
    QCOMPARE(c->toEdit()->text(), QStringLiteral("bob@example.test"));
    QVERIFY(c->bodyEditor()->plainText().startsWith(QStringLiteral("Half written")));
    delete c;
}

void TestComposer::demoServerForNewcomers()
{
    // What scripts/run does on a machine with no account: the demo server, and the account Epistle makes
    // for it (EPISTLE_DEMO_SMTP); then a message sent from the composer lands in the demo folder.
    QTemporaryDir folder;
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QStringLiteral("/usr/bin/python3"),
        { QDir(qEnvironmentVariable("EPISTLE_SOURCE_DIR", QStringLiteral(EPISTLE_SOURCE_DIR)))
                .filePath(QStringLiteral("scripts/demo-mail-server")),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--maildir"), folder.path(),
            QStringLiteral("--parent-pid"), QString::number(QCoreApplication::applicationPid()) });
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
    const QByteArray ready = server.readLine().trimmed();
    QVERIFY2(ready.startsWith("READY "), ready.constData());
    const quint16 port = quint16(ready.mid(6).toUInt());

    UiTestEnv env;
    QVERIFY(env.context->accounts()->isEmpty());
    const QString id = env.context->ensureDemoAccount(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!id.isEmpty());
    const Account demo = env.context->accounts()->account(id);
    QCOMPARE(demo.name, QStringLiteral("Local test server"));
    QVERIFY(demo.isDefault);
    QCOMPARE(demo.security, Smtp::Security::None);
    QCOMPARE(demo.authMechanism, QByteArray("none"));
    // A second start finds it (and follows a new port); with other accounts and no demo, nothing is added.
    QCOMPARE(env.context->ensureDemoAccount(QStringLiteral("127.0.0.1"), port), id);

    QPointer<ComposerWindow> c = openComposer(env);
    QCOMPARE(c->fromBox()->currentText(), QStringLiteral("Local test server — ") + demo.address);
    c->toEdit()->setText(QStringLiteral("friend@example.test"));
    c->subjectEdit()->setText(QStringLiteral("My first message"));
    c->bodyEditor()->textEdit()->setPlainText(QStringLiteral("It works."));
    c->activateWindow();
    QTest::keyClick(c, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder.path()).entryList({ QStringLiteral("*.eml") }).isEmpty(), 20000);
    const QString saved
        = QDir(folder.path()).filePath(QDir(folder.path()).entryList({ QStringLiteral("*.eml") }).first());
    const EmlMessage eml = EmlReader::readFile(saved);
    QCOMPARE(eml.subject, QStringLiteral("My first message"));
    QTRY_VERIFY(server.canReadLine());
    QVERIFY(server.readLine().contains("saved as"));
    delete c;
    server.terminate();
    server.waitForFinished();

    UiTestEnv other;
    other.addAccount(QStringLiteral("Work"), 587);
    QVERIFY(other.context->ensureDemoAccount(QStringLiteral("127.0.0.1"), port).isEmpty());
    QCOMPARE(other.context->accounts()->count(), 1);
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
