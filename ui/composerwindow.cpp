#include "composerwindow.h"

#include "accounteditor.h"
#include "accountsdialog.h"
#include "addresslineedit.h"
#include "appcontext.h"
#include "bodyeditor.h"
#include "composeractions.h"
#include "composerheader.h"
#include "icons.h"
#include "messagebanner.h"
#include "oauthsigninpanel.h"
#include "passworddialog.h"
#include "protocollogview.h"
#include "recentaddresses.h"
#include "recoverybanner.h"
#include "sendfailurepanel.h"
#include "sendnotices.h"
#include "sendprogresspanel.h"
#include "sentnotice.h"
#include "servertestdialog.h"
#include "spell/messagespelling.h"
#include "spell/spellchecker.h"
#include "uitext.h"
#include "undosendmenu.h"
#include "windowplacement.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "mime/addressparser.h"
#include "mime/messagewriter.h"
#include "store/attachmentlistmodel.h"
#include "store/draftautosaver.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

ComposerWindow::ComposerWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_autosaver(new DraftAutosaver(context->store()->drafts(), this))
{
    setObjectName(QStringLiteral("composer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::appIcon());
    setAcceptDrops(true);
    buildUi();
    m_actions = std::make_unique<ComposerActions>(this, m_body);
    connectActions();
    m_spelling->install(this, m_body->textEdit(), m_subject);

    m_autosaver->setContentProvider([this] { return currentDraft(); });
    m_autosaver->attach(QString());
    connect(m_autosaver, &DraftAutosaver::saved, this, [this] { showStatus(tr("Draft saved at %1")); });
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &error) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The draft could not be saved: %1. Your text is still here; Epistle tries again "
               "in a moment.")
                .arg(error));
    });

    if (OutboxSender *sender = m_context->outboxSender()) {
        m_submission
            = new MessageSubmission(m_context->store(), sender, m_context->accounts(), m_autosaver, this);
        connectSubmission();
    }
    m_actions->messageMenu->insertMenu(m_actions->saveDraft, new UndoSendMenu(&m_context->undoSend(), this));
    const auto showKeychainBanner = [this](const QString &reason) {
        m_keychainBanner->showMessage(MessageBanner::Kind::Warning,
            tr("No keychain is available on this desktop (%1). Passwords you enter are "
               "kept only until Epistle quits.")
                .arg(reason));
    };
    connect(m_context, &AppContext::keychainUnavailable, this, showKeychainBanner);
    if (m_context->secrets()->availability() == SecretStore::Availability::Unavailable) {
        showKeychainBanner(m_context->secrets()->unavailableReason());
    }

    m_filling = true;
    const int row = m_context->accountModel()->defaultRow();
    m_from->setCurrentIndex(row);
    m_filling = false;
    onAccountChanged();
    connect(m_context->accountModel(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_from->currentIndex() < 0) {
            m_from->setCurrentIndex(m_context->accountModel()->defaultRow());
        }
        onAccountChanged();
    });
    m_body->textEdit()->moveCursor(QTextCursor::Start);
    updateTitle();
    WindowPlacement::install(this, QSize(900, 720));
    // Not the From picker, which is first in the tab order: typing there would change the account.
    focusFirstEmptyField();
}

ComposerWindow::~ComposerWindow()
{
    // The fields outlive this object's own destructor for a moment (QObject deletes children later), and
    // closing the window still sends them focus events: they must not call back into a half-destroyed window.
    for (QObject *child :
        std::initializer_list<QObject *> { m_header, m_body, m_attachments, m_submission }) {
        if (child) {
            child->disconnect(this);
        }
    }
    // Deleted without a close event (a test, a quit): keep what was written, as closing would.
    if (m_autosaver->isAttached()) {
        if (m_touched && m_state == State::Editing) {
            m_autosaver->close();
        } else {
            m_autosaver->discard();
        }
    }
    m_autosaver->setContentProvider({});
}

// ---- building ----

void ComposerWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 6);

    m_banner = new MessageBanner(central);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_keychainBanner = new MessageBanner(central);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_recoveryBanner = new RecoveryBanner(m_context->store()->drafts(), central);
    connect(m_recoveryBanner, &RecoveryBanner::openRequested, this, &ComposerWindow::openRecoveredDrafts);
    connect(m_recoveryBanner, &RecoveryBanner::draftsRequested, this,
        [this] { showMailboxPage(MailboxWindow::Page::Drafts); });
    connect(m_recoveryBanner, &RecoveryBanner::outboxRequested, this,
        [this] { showMailboxPage(MailboxWindow::Page::Outbox); });
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_recoveryBanner);
    layout->addWidget(m_banner);

    m_header = new ComposerHeader(m_context, central);
    m_from = m_header->fromBox();
    m_to = m_header->toEdit();
    m_cc = m_header->ccEdit();
    m_bcc = m_header->bccEdit();
    m_subject = m_header->subjectEdit();
    connect(m_header, &ComposerHeader::edited, this, &ComposerWindow::onEdited);
    connect(m_header, &ComposerHeader::accountChanged, this, &ComposerWindow::onAccountChanged);
    connect(m_header, &ComposerHeader::subjectChanged, this, &ComposerWindow::updateTitle);
    connect(m_header, &ComposerHeader::accountsRequested, this, &ComposerWindow::showAccounts);
    layout->addWidget(m_header);

    m_body = new BodyEditor(central);
    m_body->setObjectName(QStringLiteral("body"));
    layout->addWidget(m_body, 1);
    connect(m_body, &BodyEditor::changed, this, &ComposerWindow::onEdited);
    connect(m_body, &BodyEditor::filesDropped, this, &ComposerWindow::addAttachments);

    m_attachments = new AttachmentPanel(central);
    connect(m_attachments, &AttachmentPanel::changed, this, &ComposerWindow::onEdited);
    connect(m_attachments, &AttachmentPanel::problems, this, &ComposerWindow::showProblems);
    layout->addWidget(m_attachments);

    // What went wrong with the last send, and what can be done about it.
    m_failure = new SendFailurePanel(central);
    m_failure->hide();
    layout->addWidget(m_failure);
    m_progress = new SendProgressPanel(central);
    m_progress->hide();
    connect(m_progress, &SendProgressPanel::cancelRequested, this, &ComposerWindow::cancelSend);
    layout->addWidget(m_progress);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    statusBar()->addWidget(m_status, 1);
    m_spelling = new MessageSpelling(m_context->spellBackend(), m_context->personalDictionary(), this);
    connect(m_spelling->checker(), &SpellChecker::edited, this, &ComposerWindow::onEdited);

    setTabOrder(m_subject, m_body->textEdit());
    setTabOrder(m_body->textEdit(), m_attachments->view());
}

void ComposerWindow::connectActions()
{
    const ComposerActions &a = *m_actions;
    connect(a.send, &QAction::triggered, this, &ComposerWindow::send);
    connect(a.saveDraft, &QAction::triggered, this, &ComposerWindow::saveDraft);
    connect(a.attach, &QAction::triggered, this, &ComposerWindow::chooseAttachments);
    connect(a.richText, &QAction::triggered, this, [this](bool on) {
        if (!m_body->setRichText(on)) {
            m_actions->richText->setChecked(m_body->isRichText());
        }
    });
    connect(m_body, &BodyEditor::richTextChanged, a.richText, &QAction::setChecked);
    connect(a.discard, &QAction::triggered, this, &ComposerWindow::discardDraft);
    connect(a.newMessage, &QAction::triggered, this, [this] { newComposer(); });
    connect(a.close, &QAction::triggered, this, &QWidget::close);
    connect(a.quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(a.accounts, &QAction::triggered, this, &ComposerWindow::showAccounts);
    connect(a.testAccount, &QAction::triggered, this, &ComposerWindow::testAccountSettings);
    connect(a.mailbox, &QAction::triggered, this, &ComposerWindow::showMailbox);
    connect(a.protocolLog, &QAction::triggered, this, &ComposerWindow::showProtocolLog);
}

void ComposerWindow::connectSubmission()
{
    MessageSubmission *s = m_submission;
    m_progress->follow(s);
    m_failure->follow(s);
    m_notices = new SendNotices(m_banner, s, this);
    connect(m_notices, &SendNotices::transcriptRequested, this, &ComposerWindow::showProtocolLog);
    connect(m_notices, &SendNotices::deliveryReportRequested, this, [this] {
        showMailboxPage(MailboxWindow::Page::Sent);
        if (m_mailbox) {
            m_mailbox->sentView()->setCurrentIndex(m_mailbox->sentView()->model()->index(0, 0));
        }
    });
    connect(s, &MessageSubmission::stateChanged, this, &ComposerWindow::onSubmissionState);
    connect(s, &MessageSubmission::blocked, this, &ComposerWindow::showBlockingIssues);
    connect(s, &MessageSubmission::questionAsked, this, &ComposerWindow::ask);
    connect(s, &MessageSubmission::notQueued, this,
        [this](const QString &error) { m_banner->showMessage(MessageBanner::Kind::Error, error); });
    connect(s, &MessageSubmission::queued, this, &ComposerWindow::onQueued);
    connect(s, &MessageSubmission::sent, this, &ComposerWindow::onSent);
    connect(s, &MessageSubmission::passwordNeeded, this, &ComposerWindow::askPasswordAndRetry);
    connect(s, &MessageSubmission::signInNeeded, this, [this](const Account &account) {
        QPointer<ComposerWindow> self(this);
        OAuthSignInPanel::signInAgain(m_context->secrets(), account, this, [self](bool signedIn) {
            if (self && signedIn) {
                self->m_submission->retry();
            }
        });
    });
    connect(s, &MessageSubmission::fixApplied, this, [this](const Account &account) {
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("The account \"%1\" now uses %2.")
                .arg(account.name, UiText::serverTitle(account.toConnectionSettings())));
    });
    connect(s, &MessageSubmission::returnedToEditing, this, [this](const QString &note) {
        m_touched = true;
        m_banner->showMessage(MessageBanner::Kind::Information, note);
        m_to->setFocus();
    });
    connect(m_failure, &SendFailurePanel::transcriptRequested, this, &ComposerWindow::showProtocolLog);
    connect(m_failure, &SendFailurePanel::diagnoseRequested, this, &ComposerWindow::testAccountSettings);
    connect(m_failure, &SendFailurePanel::editAccountRequested, this,
        [this] { editAccount(m_context->accounts()->account(m_submission->accountId())); });
    connect(m_failure, &SendFailurePanel::closeRequested, this, &QWidget::close);
}

// ---- state ----

void ComposerWindow::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    const bool editing = state == State::Editing;
    m_header->setFieldsEnabled(editing);
    m_body->setEnabled(editing);
    m_attachments->setEditable(editing);
    for (QAction *a : m_actions->editingActions()) {
        a->setEnabled(editing);
    }
    m_failure->hide(); // the panel going away goes first: both at once would not fit a small screen
    m_progress->setVisible(state == State::Sending);
    m_failure->setVisible(state == State::Failed);
    Q_EMIT stateChanged(state);
}

void ComposerWindow::onSubmissionState(MessageSubmission::State state)
{
    switch (state) {
    case MessageSubmission::State::Idle:
    case MessageSubmission::State::Confirming:
        setState(State::Editing);
        break;
    case MessageSubmission::State::Queuing:
        // The checks passed: what the banner said before is old news.
        m_banner->hide();
        setState(State::Sending);
        break;
    case MessageSubmission::State::Waiting:
    case MessageSubmission::State::Sending:
        setState(State::Sending);
        break;
    case MessageSubmission::State::Failed:
    case MessageSubmission::State::MayHaveBeenSent:
        setState(State::Failed);
        break;
    case MessageSubmission::State::Sent:
        break; // onSent() decides: a new message here, or the window closes
    }
}

QString ComposerWindow::outboxId() const
{
    return m_submission ? m_submission->outboxId() : QString();
}

void ComposerWindow::showStatus(const QString &format)
{
    m_status->setText(format.arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void ComposerWindow::onEdited()
{
    if (m_filling) {
        return;
    }
    m_touched = true;
    m_autosaver->markChanged();
    if (m_notices) {
        m_notices->clearStale(); // the next message is begun: what was said about the last one is old
    }
}

bool ComposerWindow::isPristine() const
{
    return !m_touched && m_state == State::Editing;
}

QString ComposerWindow::draftId() const
{
    return m_autosaver->draftId();
}

Account ComposerWindow::currentAccount() const
{
    return m_header->currentAccount();
}

void ComposerWindow::onAccountChanged()
{
    const Account account = currentAccount();
    // The signature coming or going is not the person's edit: an untouched window stays untouched (and leaves
    // no draft). A chosen account is an edit through QComboBox::activated.
    const bool wasFilling = m_filling;
    m_filling = true;
    m_body->setSignature(account.signature);
    m_spelling->checker()->setDefaultLanguage(account.spellLanguage);
    m_filling = wasFilling;
    m_from->setToolTip(
        account.id.isEmpty() ? QString() : tr("%1 through %2").arg(account.fromHeader(), account.host));
    if (m_context->accounts()->isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("There is no account to send from yet. Add one: enter your address and Epistle "
               "finds the server for most providers."));
        QPushButton *add = m_banner->addButton(tr("&Add account…"));
        connect(add, &QPushButton::clicked, this, [this] { editAccount(Account()); });
    } else if (m_banner->isVisible() && m_banner->findChild<QPushButton *>() && m_from->currentIndex() >= 0
        && m_banner->text().contains(tr("There is no account to send from yet."))) {
        m_banner->hide();
    }
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(tr("%1 — Epistle").arg(subject.isEmpty() ? tr("New message") : subject));
}

// ---- content ----

Draft ComposerWindow::currentDraft() const
{
    Draft d;
    const Account account = currentAccount();
    d.account = account.name;
    d.from = account.id.isEmpty() ? QString() : account.fromHeader();
    d.replyTo = account.replyTo;
    d.to = m_header->to();
    d.cc = m_header->cc();
    d.bcc = m_header->bcc();
    d.subject = m_subject->text();
    if (m_body->isRichText()) {
        // The text/plain alternative is made from the HTML when the message is written (MimeMessage).
        d.html = m_body->html();
    } else {
        d.plainText = m_body->plainText();
    }
    d.attachments = m_attachments->model()->attachments() + m_body->inlineAttachments();
    m_spelling->saveTo(d);
    return d;
}

void ComposerWindow::fillFromDraft(const Draft &draft)
{
    m_filling = true;
    m_header->selectAccount(draft.account, draft.from);
    m_body->setSignature(currentAccount().signature);
    m_to->setText(draft.to);
    m_cc->setText(draft.cc);
    m_bcc->setText(draft.bcc);
    m_subject->setText(draft.subject);
    QList<DraftAttachment> files;
    QList<DraftAttachment> images;
    for (const DraftAttachment &a : draft.attachments) {
        (a.isInline && !draft.html.isEmpty() ? images : files) << a;
    }
    m_body->setContent(draft.plainText, draft.html, images);
    m_spelling->loadFrom(draft);
    m_attachments->model()->setAttachments(files);
    m_filling = false;
    updateTitle();
    QStringList problems;
    for (const DraftAttachment &a : files) {
        if (!a.problem.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(a.fileName, a.problem);
        }
    }
    if (!problems.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, problems.join(QLatin1Char('\n')));
    }
}

bool ComposerWindow::openDraft(const QString &id, QString *error)
{
    QString why;
    // The new, empty draft this window started with is released first.
    m_autosaver->discard();
    if (!m_autosaver->attach(id, &why)) {
        m_autosaver->attach(QString());
        if (error) {
            *error = why;
        }
        return false;
    }
    fillFromDraft(m_autosaver->lastSaved());
    if (m_notices) {
        m_notices->clearStale();
    }
    m_touched = true;
    setState(State::Editing);
    focusFirstEmptyField();
    return true;
}

void ComposerWindow::applyMailto(const MailtoUrl &url)
{
    m_filling = true;
    m_to->appendAddresses(url.to);
    m_cc->appendAddresses(url.cc);
    m_bcc->appendAddresses(url.bcc);
    if (!url.subject.isEmpty()) {
        m_subject->setText(url.subject);
    }
    if (!url.body.isEmpty()) {
        QTextCursor c(m_body->textEdit()->document());
        c.movePosition(QTextCursor::Start);
        c.insertText(url.body);
        m_body->textEdit()->setTextCursor(c);
    }
    QStringList problems;
    if (!url.attachments.isEmpty()) {
        m_attachments->model()->addFiles(url.attachments, &problems, true);
    }
    m_filling = false;
    m_touched = true;
    m_autosaver->markChanged();

    QStringList notes;
    const QStringList linked = m_attachments->model()->unconfirmedLinkFiles();
    if (!linked.isEmpty()) {
        notes << tr(
            "The mail link asks to attach %n file(s) from your computer: %1. Check the attachment list "
            "and remove what you do not want to send; you will be asked again before sending.",
            "", int(linked.size()))
                     .arg(linked.join(QStringLiteral(", ")));
    }
    notes += problems;
    if (!url.ignored.isEmpty()) {
        notes << tr("The link also tried to set %1; that was ignored (a link cannot change the sender or add "
                    "other headers).")
                     .arg(url.ignored.join(QStringLiteral(", ")));
    }
    if (!notes.isEmpty()) {
        m_banner->showMessage(
            linked.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning,
            notes.join(QLatin1Char('\n')));
        if (!linked.isEmpty()) {
            QPushButton *drop = m_banner->addButton(tr("Remove these files"));
            connect(drop, &QPushButton::clicked, this, [this] {
                m_attachments->removeLinkFiles();
                m_banner->hide();
            });
        }
    }
    focusFirstEmptyField();
}

void ComposerWindow::focusFirstEmptyField()
{
    QWidget *field = m_header->firstEmptyField();
    (field ? field : m_body->textEdit())->setFocus();
}

void ComposerWindow::addAttachments(const QStringList &paths)
{
    m_attachments->addFiles(paths);
}

void ComposerWindow::chooseAttachments()
{
    m_attachments->chooseFiles();
}

void ComposerWindow::showProblems(const QStringList &problems)
{
    m_banner->showMessage(MessageBanner::Kind::Warning, problems.join(QLatin1Char('\n')));
}

bool ComposerWindow::saveDraft()
{
    if (!m_autosaver->isAttached()) {
        m_autosaver->attach(QString());
    }
    m_touched = true;
    m_autosaver->markChanged();
    QString error;
    if (!m_autosaver->saveNow(&error)) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The draft could not be saved: %1").arg(error));
        return false;
    }
    showStatus(tr("Draft saved at %1"));
    return true;
}

void ComposerWindow::discardDraft()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard draft"),
        tr("Throw this message away? It cannot be brought back."), QMessageBox::Cancel, this);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *b) {
        if (b == discard) {
            m_autosaver->discard();
            m_touched = false;
            close();
        }
    });
    box->open();
}

void ComposerWindow::focusField(const QString &field)
{
    QWidget *target = m_header->field(field);
    if (field == QLatin1String("attachments") && m_attachments->view()->isVisible()) {
        target = m_attachments->view();
    }
    (target ? target : m_body->textEdit())->setFocus();
}

// ---- sending ----

PreSendCheck::Input ComposerWindow::checkInput() const
{
    PreSendCheck::Input in;
    const Account account = currentAccount();
    in.hasAccount = !account.id.isEmpty();
    in.to = m_header->to();
    in.cc = m_header->cc();
    in.bcc = m_header->bcc();
    in.subject = m_subject->text();
    in.bodyText = m_body->plainText();
    in.attachmentCount = m_attachments->model()->rowCount();
    in.linkAttachments = m_attachments->model()->unconfirmedLinkFiles();
    in.sizeLimit = m_context->serverLimits().sizeLimit(account.id);
    if (in.sizeLimit > 0) {
        // The exact size as it will be sent (7-bit, base64 attachments): MessageWriter knows it up front.
        QString error;
        const MimeMessage message = currentDraft().toMessage(&error);
        if (error.isEmpty()) {
            const MessageWriter writer(message);
            in.messageSize = writer.totalSize();
        }
        if (in.messageSize < 0) {
            in.messageSize = m_attachments->model()->totalSize() * 4 / 3 + in.bodyText.toUtf8().size();
        }
    }
    return in;
}

void ComposerWindow::send()
{
    if (m_state != State::Editing) {
        return;
    }
    if (!m_submission) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The outbox cannot be used (%1), so nothing can be sent.").arg(m_context->errorString()));
        return;
    }
    m_submission->setUndoDelay(m_context->undoSend().seconds());
    m_submission->send(currentAccount(), checkInput());
}

void ComposerWindow::showBlockingIssues(const QList<PreSendCheck::Issue> &issues)
{
    QStringList texts;
    for (const PreSendCheck::Issue &issue : issues) {
        texts << issue.text;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The message cannot be sent yet"),
        texts.join(QStringLiteral("\n\n")), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("preSendProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, field = issues.first().field] {
        QTimer::singleShot(0, this, [this, field] { focusField(field); });
    });
    box->open();
}

void ComposerWindow::ask(const QList<PreSendCheck::Issue> &issues)
{
    QStringList texts;
    bool linkFiles = false;
    for (const PreSendCheck::Issue &issue : issues) {
        texts << issue.text;
        linkFiles = linkFiles || issue.kind == PreSendCheck::Kind::LinkAttachments;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send this message?"),
        texts.join(QStringLiteral("\n\n")), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("preSendQuestion"));
    box->setProperty("issueKind", int(issues.first().kind));
    QPushButton *sendAnyway = box->addButton(
        linkFiles ? tr("Send &with these files") : tr("&Send anyway"), QMessageBox::AcceptRole);
    sendAnyway->setObjectName(QStringLiteral("sendAnyway"));
    QPushButton *back = box->addButton(tr("&Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBack"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // However the box goes, it answers: only "send anyway" goes on.
    connect(
        box, &QMessageBox::finished, this, [this, box, sendAnyway, linkFiles, field = issues.first().field] {
            if (box->clickedButton() != sendAnyway) {
                m_submission->answer(false);
                // After the box has gone: closing it gives the focus back to where it was.
                QTimer::singleShot(0, this, [this, field] { focusField(field); });
                return;
            }
            if (linkFiles) {
                m_attachments->model()->confirmLinkFiles();
            }
            QMetaObject::invokeMethod(
                this, [this] { m_submission->answer(true); }, Qt::QueuedConnection);
        });
    box->open();
}

void ComposerWindow::onQueued()
{
    showStatus(tr("In the outbox since %1"));
    QList<MailAddress> recipients;
    for (const QString &field : { m_header->to(), m_header->cc(), m_header->bcc() }) {
        recipients += AddressParser::parseList(field).addresses.mailboxes();
    }
    m_context->recentAddresses()->remember(recipients);
}

void ComposerWindow::onSent(const QString &outboxId, const SmtpSendResult &result)
{
    const QString insecure = m_submission->insecureWarning();
    Q_EMIT messageSent(outboxId);
    // Another composer is open and there is nothing more to say: this one has done its job, and the others
    // say that it went (on their banner when it is free, and in their status line).
    QList<ComposerWindow *> others;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *other = qobject_cast<ComposerWindow *>(w);
        if (other && other != this && other->isVisible() && other->m_notices) {
            others << other;
        }
    }
    if (!others.isEmpty() && result.refusedRecipients().isEmpty() && insecure.isEmpty()) {
        const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        for (ComposerWindow *other : std::as_const(others)) {
            other->m_notices->showSentElsewhere(m_subject->text(), result);
            other->m_status->setText(tr("\"%1\" sent at %2").arg(m_subject->text(), at));
        }
        close();
        return;
    }
    resetForNewMessage();
    showStatus(tr("Last message sent at %1"));
    const bool local = m_context->accounts()->account(m_submission->accountId()).localTestServer;
    m_notices->showSent(result, insecure, local ? m_context->demoMailFolder() : QString());
}

void ComposerWindow::askPasswordAndRetry(const Account &account, const QString &reason)
{
    QPointer<ComposerWindow> self(this);
    m_context->askPassword(account, reason, this, [self, id = account.id](const QString &password) {
        if (!self || password.isEmpty()) {
            return;
        }
        // Used for the next attempt only (the dialog kept it in the keychain if the person asked).
        self->m_context->useSecretOnce(id, password);
        self->m_submission->retry();
    });
}

void ComposerWindow::cancelSend()
{
    m_progress->setStatus(tr("Cancelling…"));
    m_submission->cancel();
    // Waiting for a password: cancelling the send answers that question too (the attempt is already over, so
    // the empty answer changes nothing).
    for (PasswordDialog *prompt : findChildren<PasswordDialog *>()) {
        prompt->reject();
    }
}

void ComposerWindow::resetForNewMessage()
{
    m_filling = true;
    m_header->clear();
    m_attachments->model()->clear();
    m_body->clear();
    m_spelling->loadFrom(Draft());
    m_filling = false;
    m_touched = false;
    m_autosaver->attach(QString());
    setState(State::Editing);
    updateTitle();
    m_to->setFocus();
}

// ---- other windows ----

ComposerWindow *ComposerWindow::newComposer()
{
    auto *composer = new ComposerWindow(m_context);
    composer->show();
    return composer;
}

void ComposerWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ComposerWindow::editAccount(const Account &account)
{
    auto *editor = new AccountEditorDialog(m_context, account, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

void ComposerWindow::showMailbox()
{
    if (!m_context->draftModel()) {
        return;
    }
    if (!m_mailbox) {
        m_mailbox = new MailboxWindow(m_context);
        m_mailbox->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_mailbox, &MailboxWindow::transcriptRequested, this, &ComposerWindow::showProtocolLog);
        connect(m_mailbox, &MailboxWindow::openDraftRequested, this, [this](const QString &id) {
            ComposerWindow *target = isPristine() ? this : newComposer();
            QString error;
            if (!target->openDraft(id, &error)) {
                QMessageBox::warning(target, tr("Open draft"), error);
            }
            target->raise();
            target->activateWindow();
        });
    }
    m_mailbox->show();
    m_mailbox->raise();
    m_mailbox->activateWindow();
}

void ComposerWindow::showProtocolLog()
{
    if (!m_log) {
        m_log = new ProtocolLogDialog(this);
        m_log->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_log->setTranscript(m_context->sessionTranscript());
    m_log->show();
    m_log->raise();
}

void ComposerWindow::testAccountSettings()
{
    const QString id
        = m_state == State::Editing || !m_submission ? currentAccount().id : m_submission->accountId();
    if (m_context->accounts()->account(id).id.isEmpty()) {
        showAccounts();
        return;
    }
    ServerTestDialog::forAccount(m_context, id, this);
}

void ComposerWindow::showRecoveredDrafts(const QStringList &ids, const QStringList &mayHaveBeenSent)
{
    m_recoveryBanner->showRecovery(ids, mayHaveBeenSent);
    if (ids.isEmpty() && mayHaveBeenSent.isEmpty()) {
        m_recoveryBanner->offerSavedDrafts(m_context->draftModel());
    }
}

void ComposerWindow::openRecoveredDrafts(const QStringList &ids)
{
    bool first = true;
    for (const QString &id : ids) {
        ComposerWindow *target = first && isPristine() ? this : newComposer();
        first = false;
        QString error;
        if (!target->openDraft(id, &error)) {
            target->banner()->showMessage(MessageBanner::Kind::Warning, error);
        }
    }
}

void ComposerWindow::showMailboxPage(MailboxWindow::Page page)
{
    showMailbox();
    if (m_mailbox) {
        m_mailbox->showPage(page);
    }
}

// ---- events ----

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (m_state == State::Editing) {
        if (!m_touched) {
            // Nothing was written: leave nothing behind.
            m_autosaver->discard();
        } else {
            QString error;
            if (!m_autosaver->close(&error)) {
                event->ignore();
                m_banner->showMessage(MessageBanner::Kind::Error,
                    tr("The draft could not be saved (%1), so the window stays open.").arg(error));
                QPushButton *anyway = m_banner->addButton(tr("Close &without saving"));
                connect(anyway, &QPushButton::clicked, this, [this] {
                    m_autosaver->discard();
                    m_touched = false;
                    close();
                });
                return;
            }
        }
    }
    // Sending or failed: the message is in the outbox and the sender carries on without this window.
    if (m_log) {
        m_log->close();
    }
    QMainWindow::closeEvent(event);
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_state == State::Editing && !AttachmentPanel::localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = AttachmentPanel::localFiles(event->mimeData());
    if (paths.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    addAttachments(paths);
    event->acceptProposedAction();
}
