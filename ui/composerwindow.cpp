#include "composerwindow.h"

#include "accounteditor.h"
#include "accountsdialog.h"
#include "addresslineedit.h"
#include "appcontext.h"
#include "attachmenticonproxy.h"
#include "bodyeditor.h"
#include "certificateview.h"
#include "icons.h"
#include "mailboxwindow.h"
#include "messagebanner.h"
#include "oauthsigninpanel.h"
#include "passworddialog.h"
#include "protocollogview.h"
#include "recentaddresses.h"
#include "sendprogresspanel.h"
#include "servertestdialog.h"
#include "store/attachmentlistmodel.h"
#include "uitext.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "mime/addressparser.h"
#include "mime/messagewriter.h"
#include "smtp/smtpsender.h"
#include "store/draftautosaver.h"
#include "store/outboxmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QLabel *fieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // An icon and words, not a colour alone, say that something is wrong (see AddressLineEdit).
    label->hide();
    return label;
}

int composerCount()
{
    int n = 0;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<ComposerWindow *>(w) && w->isVisible()) {
            ++n;
        }
    }
    return n;
}

} // namespace

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
    buildActions();

    m_autosaver->setContentProvider([this] { return currentDraft(); });
    m_autosaver->attach(QString());
    connect(m_autosaver, &DraftAutosaver::saved, this, [this] {
        m_status->setText(
            tr("Draft saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &error) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The draft could not be saved: %1. Your text is still here; Epistle tries again "
               "in a moment.")
                .arg(error));
    });

    if (OutboxSender *sender = m_context->outboxSender()) {
        connect(sender, &OutboxSender::itemStarted, this, &ComposerWindow::onItemStarted);
        connect(sender, &OutboxSender::itemFinished, this, &ComposerWindow::onItemFinished);
    }
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
    updateAttachmentSummary();
    resize(900, 720);
    // Not the From picker, which is first in the tab order: typing there would change the account.
    focusFirstEmptyField();
}

ComposerWindow::~ComposerWindow()
{
    // The fields outlive this object's own destructor for a moment (QObject deletes children later), and
    // closing the window still sends them focus events: they must not call back into a half-destroyed window.
    for (QObject *child :
        std::initializer_list<QObject *> { m_to, m_cc, m_bcc, m_subject, m_body, m_attachments, m_from }) {
        child->disconnect(this);
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
    m_recoveryBanner = new MessageBanner(central);
    m_recoveryBanner->setObjectName(QStringLiteral("recoveryBanner"));
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_recoveryBanner);
    layout->addWidget(m_banner);

    m_form = new QWidget(central);
    auto *grid = new QGridLayout(m_form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    m_from = new QComboBox(m_form);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setModel(m_context->accountModel());
    m_from->setAccessibleName(tr("From"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setPlaceholderText(tr("No account yet"));
    auto *accountsButton = new QPushButton(Icons::icon(QStringLiteral("accounts")), tr("Acc&ounts…"), m_form);
    accountsButton->setObjectName(QStringLiteral("accountsButton"));
    connect(accountsButton, &QPushButton::clicked, this, &ComposerWindow::showAccounts);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_from, 1);
    fromRow->addWidget(accountsButton);

    const auto addRow = [this, grid](int row, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_form);
        l->setBuddy(field);
        grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(field, row, 1);
    };
    addRow(0, tr("&From:"), m_from);
    grid->addLayout(fromRow, 0, 1);

    m_to = new AddressLineEdit(m_form);
    m_cc = new AddressLineEdit(m_form);
    m_bcc = new AddressLineEdit(m_form);
    const struct
    {
        AddressLineEdit *edit;
        QString label;
        QString name;
        QString accessible;
    } addressFields[] = { { m_to, tr("&To:"), QStringLiteral("to"), tr("To") },
        { m_cc, tr("&Cc:"), QStringLiteral("cc"), tr("Cc") },
        { m_bcc, tr("&Bcc:"), QStringLiteral("bcc"), tr("Bcc (hidden recipients)") } };
    int row = 1;
    for (const auto &f : addressFields) {
        f.edit->setObjectName(f.name);
        f.edit->setAccessibleName(f.accessible);
        f.edit->setCompletionModel(m_context->recentAddresses());
        QLabel *error = fieldErrorLabel(m_form);
        error->setObjectName(f.name + QStringLiteral("Error"));
        f.edit->setErrorLabel(error);
        addRow(row++, f.label, f.edit);
        grid->addWidget(error, row++, 1);
        connect(f.edit, &QLineEdit::textChanged, this, &ComposerWindow::onEdited);
    }
    m_bcc->setPlaceholderText(tr("Recipients the others do not see"));
    m_subject = new QLineEdit(m_form);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setAccessibleName(tr("Subject"));
    addRow(row++, tr("&Subject:"), m_subject);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::onEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_form);

    m_body = new BodyEditor(central);
    m_body->setObjectName(QStringLiteral("body"));
    layout->addWidget(m_body, 1);
    connect(m_body, &BodyEditor::changed, this, &ComposerWindow::onEdited);
    connect(m_body, &BodyEditor::filesDropped, this, &ComposerWindow::addAttachments);

    // Attachments: the list, its buttons and the total.
    m_attachments = new AttachmentListModel(this);
    m_attachmentView = new QTreeView(central);
    m_attachmentView->setObjectName(QStringLiteral("attachments"));
    m_attachmentView->setAccessibleName(tr("Attachments"));
    auto *withIcons = new AttachmentIconProxy(this);
    withIcons->setSourceModel(m_attachments);
    m_attachmentView->setModel(withIcons);
    m_attachmentView->setRootIsDecorated(false);
    m_attachmentView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachmentView->setDragDropMode(QAbstractItemView::DropOnly);
    m_attachmentView->setAcceptDrops(true);
    m_attachmentView->setDropIndicatorShown(true);
    m_attachmentView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attachmentView->header()->setStretchLastSection(false);
    m_attachmentView->setMaximumHeight(110);
    m_attachmentSummary = new QLabel(central);
    m_attachmentSummary->setObjectName(QStringLiteral("attachmentSummary"));
    auto *addButton = new QPushButton(Icons::icon(QStringLiteral("attach")), tr("&Attach…"), central);
    m_addAttachment = addButton;
    addButton->setObjectName(QStringLiteral("attachButton"));
    addButton->setToolTip(tr("Attach files (Ctrl+Shift+A), or drop them on the window"));
    m_removeAttachment = new QPushButton(Icons::icon(QStringLiteral("remove")), tr("&Remove"), central);
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachment"));
    m_openAttachment = new QPushButton(Icons::icon(QStringLiteral("open")), tr("O&pen"), central);
    m_openAttachment->setObjectName(QStringLiteral("openAttachment"));
    connect(addButton, &QPushButton::clicked, this, &ComposerWindow::chooseAttachments);
    const auto removeSelected = [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_attachmentView->selectionModel()->selectedRows()) {
            rows << i.row();
        }
        m_attachments->removeRows(rows);
    };
    connect(m_removeAttachment, &QPushButton::clicked, this, removeSelected);
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_attachmentView->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, removeSelected);
    const auto openSelected = [this] {
        for (const QModelIndex &i : m_attachmentView->selectionModel()->selectedRows()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(i.data(AttachmentListModel::PathRole).toString()));
        }
    };
    connect(m_openAttachment, &QPushButton::clicked, this, openSelected);
    connect(m_attachmentView, &QTreeView::doubleClicked, this, [](const QModelIndex &i) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(i.data(AttachmentListModel::PathRole).toString()));
    });
    connect(m_attachments, &AttachmentListModel::changed, this, [this] {
        updateAttachmentSummary();
        onEdited();
    });
    connect(m_attachments, &AttachmentListModel::dropProblems, this, [this](const QStringList &problems) {
        m_banner->showMessage(MessageBanner::Kind::Warning, problems.join(QLatin1Char('\n')));
    });
    connect(m_attachmentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ComposerWindow::updateAttachmentSummary);
    // One line when there is nothing attached: the summary (a hint then) and the buttons beside it.
    auto *attachmentBar = new QHBoxLayout;
    attachmentBar->addWidget(m_attachmentSummary, 1);
    attachmentBar->addWidget(addButton);
    attachmentBar->addWidget(m_removeAttachment);
    attachmentBar->addWidget(m_openAttachment);
    layout->addLayout(attachmentBar);
    layout->addWidget(m_attachmentView);

    // What went wrong with the last send, and what can be done about it.
    auto *failure = new QFrame(central);
    m_failure = failure;
    failure->setObjectName(QStringLiteral("failurePanel"));
    failure->setFrameShape(QFrame::StyledPanel);
    failure->setAutoFillBackground(true);
    failure->setBackgroundRole(QPalette::ToolTipBase);
    failure->setForegroundRole(QPalette::ToolTipText);
    failure->setAccessibleName(tr("Sending failed"));
    m_failureTitle = new QLabel(failure);
    QFont bold = m_failureTitle->font();
    bold.setBold(true);
    m_failureTitle->setFont(bold);
    m_failureText = new QLabel(failure);
    m_failureText->setObjectName(QStringLiteral("failureText"));
    m_failureText->setWordWrap(true);
    m_failureText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failureDiagnosis = new QLabel(failure);
    m_failureDiagnosis->setObjectName(QStringLiteral("failureDiagnosis"));
    m_failureDiagnosis->setWordWrap(true);
    m_failureDiagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failureDiagnosis->hide();
    m_failureApply = new QPushButton(Icons::icon(QStringLiteral("step-done")), QString(), failure);
    m_failureApply->setObjectName(QStringLiteral("applyFix"));
    m_failureApply->hide();
    connect(
        m_failureApply, &QPushButton::clicked, this, [this] { applyFixAndRetry(m_lastDiagnosis.suggested); });
    m_failureCertificate = new CertificateView(failure);
    m_failureCertificate->hide();
    connect(m_failureCertificate, &CertificateView::trustRequested, this,
        &ComposerWindow::trustFailedCertificate);
    auto *transcriptButton
        = new QPushButton(Icons::icon(QStringLiteral("log")), tr("Show &transcript"), failure);
    transcriptButton->setObjectName(QStringLiteral("showTranscript"));
    auto *testButton
        = new QPushButton(Icons::icon(QStringLiteral("server-test")), tr("&Diagnose account…"), failure);
    testButton->setObjectName(QStringLiteral("diagnose"));
    testButton->setToolTip(tr("Run the server test on this account: every step, and the fix when one fails"));
    m_failurePassword = new QPushButton(Icons::icon(QStringLiteral("key")), tr("Enter &password…"), failure);
    auto *retryButton = new QPushButton(Icons::icon(QStringLiteral("send")), tr("&Retry now"), failure);
    retryButton->setObjectName(QStringLiteral("retry"));
    m_failureEdit = new QPushButton(Icons::icon(QStringLiteral("drafts")), tr("&Edit message"), failure);
    m_failureEdit->setObjectName(QStringLiteral("editAgain"));
    m_failureEdit->setToolTip(tr("Take the message out of the outbox and edit it again"));
    auto *closeButton = new QPushButton(tr("C&lose (keep in outbox)"), failure);
    connect(transcriptButton, &QPushButton::clicked, this, &ComposerWindow::showProtocolLog);
    connect(testButton, &QPushButton::clicked, this, &ComposerWindow::testAccountSettings);
    connect(m_failurePassword, &QPushButton::clicked, this, &ComposerWindow::enterPasswordAndRetry);
    connect(retryButton, &QPushButton::clicked, this, &ComposerWindow::retrySend);
    connect(m_failureEdit, &QPushButton::clicked, this,
        [this] { backToEditing(tr("The message is back from the outbox: edit it and send it again.")); });
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *failureButtons = new QHBoxLayout;
    for (QPushButton *b : { transcriptButton, testButton, m_failurePassword, retryButton, m_failureEdit }) {
        failureButtons->addWidget(b);
    }
    failureButtons->addStretch(1);
    failureButtons->addWidget(closeButton);
    auto *failureLayout = new QVBoxLayout(failure);
    failureLayout->addWidget(m_failureTitle);
    failureLayout->addWidget(m_failureText);
    failureLayout->addWidget(m_failureDiagnosis);
    failureLayout->addWidget(m_failureApply, 0, Qt::AlignLeft);
    failureLayout->addWidget(m_failureCertificate);
    failureLayout->addLayout(failureButtons);
    failure->hide();
    layout->addWidget(failure);

    m_progress = new SendProgressPanel(central);
    m_progress->hide();
    connect(m_progress, &SendProgressPanel::cancelRequested, this, [this] {
        m_cancelRequested = true;
        m_progress->setStatus(tr("Cancelling…"));
        // Waiting for a password: cancelling the send answers that question too.
        for (PasswordDialog *prompt : findChildren<PasswordDialog *>()) {
            prompt->reject();
        }
        if (m_context->outboxSender()->currentId() == m_outboxId) {
            m_context->outboxSender()->cancel(m_outboxId);
        } else {
            // Not started yet (waiting for another message or for a password): take it back at once.
            backToEditing(tr("Sending was cancelled; the message is back here to edit."));
        }
    });
    connect(m_progress, &SendProgressPanel::stalled, this, &ComposerWindow::onStalled);
    layout->addWidget(m_progress);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    statusBar()->addWidget(m_status, 1);

    connect(m_from, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComposerWindow::onAccountChanged);
    // Only the person's choice of account is an edit worth a draft (not the default being preselected).
    connect(m_from, qOverload<int>(&QComboBox::activated), this, &ComposerWindow::onEdited);

    setTabOrder(m_from, accountsButton);
    setTabOrder(accountsButton, m_to);
    setTabOrder(m_to, m_cc);
    setTabOrder(m_cc, m_bcc);
    setTabOrder(m_bcc, m_subject);
    setTabOrder(m_subject, m_body->textEdit());
    setTabOrder(m_body->textEdit(), m_attachmentView);
    setTabOrder(m_attachmentView, addButton);
    setTabOrder(addButton, m_removeAttachment);
    setTabOrder(m_removeAttachment, m_openAttachment);
}

void ComposerWindow::buildActions()
{
    const auto make = [this](const QString &icon, const QString &text, const QList<QKeySequence> &keys,
                          const QString &name) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : Icons::icon(icon), text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        if (!keys.isEmpty()) {
            a->setToolTip(
                tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                    keys.first().toString(QKeySequence::NativeText)));
        }
        addAction(a);
        return a;
    };
    m_sendAction = make(QStringLiteral("send"), tr("&Send"),
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) },
        QStringLiteral("send"));
    m_sendAction->setPriority(QAction::HighPriority);
    connect(m_sendAction, &QAction::triggered, this, &ComposerWindow::send);
    m_saveAction = make(
        QStringLiteral("save"), tr("Save &draft"), { QKeySequence::Save }, QStringLiteral("saveDraft"));
    connect(m_saveAction, &QAction::triggered, this, &ComposerWindow::saveDraft);
    m_attachAction = make(QStringLiteral("attach"), tr("&Attach files…"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) }, QStringLiteral("attach"));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseAttachments);
    m_richAction = make(QStringLiteral("rich-text"), tr("&Rich text (HTML)"), {}, QStringLiteral("richText"));
    m_richAction->setCheckable(true);
    m_richAction->setToolTip(
        tr("Rich text: formatting, links and images; the plain-text version is made for you"));
    connect(m_richAction, &QAction::triggered, this, [this](bool on) {
        if (!m_body->setRichText(on)) {
            m_richAction->setChecked(m_body->isRichText());
        }
    });
    connect(m_body, &BodyEditor::richTextChanged, m_richAction, &QAction::setChecked);
    m_discardAction = make(QStringLiteral("remove"), tr("Discard draft…"), {}, QStringLiteral("discard"));
    connect(m_discardAction, &QAction::triggered, this, &ComposerWindow::discardDraft);
    QAction *newAction = make(QStringLiteral("new-message"), tr("&New message"), { QKeySequence::New },
        QStringLiteral("newMessage"));
    connect(newAction, &QAction::triggered, this, [this] { newComposer(); });
    QAction *closeAction = make(QString(), tr("&Close"), { QKeySequence::Close }, QStringLiteral("close"));
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    QAction *quitAction = make(QString(), tr("&Quit"), { QKeySequence::Quit }, QStringLiteral("quit"));
    connect(quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    QAction *accountsAction
        = make(QStringLiteral("accounts"), tr("&Accounts…"), {}, QStringLiteral("accounts"));
    connect(accountsAction, &QAction::triggered, this, &ComposerWindow::showAccounts);
    QAction *testAction = make(
        QStringLiteral("server-test"), tr("&Test account settings…"), {}, QStringLiteral("testAccount"));
    connect(testAction, &QAction::triggered, this, &ComposerWindow::testAccountSettings);
    QAction *mailboxAction = make(QStringLiteral("outbox"), tr("&Outbox, drafts and sent…"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) }, QStringLiteral("mailbox"));
    connect(mailboxAction, &QAction::triggered, this, &ComposerWindow::showMailbox);
    QAction *logAction = make(QStringLiteral("log"), tr("&Protocol log…"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) }, QStringLiteral("protocolLog"));
    connect(logAction, &QAction::triggered, this, &ComposerWindow::showProtocolLog);

    QMenu *file = menuBar()->addMenu(tr("&Message"));
    file->addAction(newAction);
    file->addAction(m_sendAction);
    file->addAction(m_saveAction);
    file->addAction(m_attachAction);
    file->addSeparator();
    file->addAction(m_discardAction);
    file->addAction(closeAction);
    file->addAction(quitAction);
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addAction(m_richAction);
    format->addSeparator();
    for (QAction *a : { m_body->boldAction(), m_body->italicAction(), m_body->underlineAction(),
             m_body->bulletListAction(), m_body->numberedListAction(), m_body->quoteAction(),
             m_body->linkAction(), m_body->imageAction() }) {
        format->addAction(a);
    }
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(accountsAction);
    tools->addAction(testAction);
    tools->addAction(mailboxAction);
    tools->addAction(logAction);

    QToolBar *bar = addToolBar(tr("Message"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_sendAction);
    bar->addAction(m_saveAction);
    bar->addAction(m_attachAction);
    bar->addSeparator();
    bar->addAction(m_richAction);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(mailboxAction);
    bar->addAction(accountsAction);
}

// ---- state ----

void ComposerWindow::setState(State state)
{
    m_state = state;
    const bool editing = state == State::Editing;
    m_form->setEnabled(editing);
    m_body->setEnabled(editing);
    m_attachmentView->setEnabled(editing);
    m_addAttachment->setEnabled(editing);
    updateAttachmentSummary();
    for (QAction *a : { m_sendAction, m_saveAction, m_attachAction, m_richAction, m_discardAction }) {
        a->setEnabled(editing);
    }
    m_progress->setVisible(state == State::Sending);
    m_failure->setVisible(state == State::Failed);
    if (editing) {
        m_cancelRequested = false;
    }
    Q_EMIT stateChanged(state);
}

void ComposerWindow::onEdited()
{
    if (m_filling) {
        return;
    }
    m_touched = true;
    m_autosaver->markChanged();
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
    return m_context->accountModel()->accountAt(m_from->currentIndex());
}

void ComposerWindow::onAccountChanged()
{
    const Account account = currentAccount();
    // The signature coming or going is not the person's edit: an untouched window stays untouched (and leaves
    // no draft). A chosen account is an edit through QComboBox::activated.
    const bool wasFilling = m_filling;
    m_filling = true;
    m_body->setSignature(account.signature);
    m_filling = wasFilling;
    m_from->setToolTip(
        account.id.isEmpty() ? QString() : tr("%1 through %2").arg(account.fromHeader(), account.host));
    if (m_context->accounts()->isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("There is no account to send from yet. Add one: enter your address and Epistle "
               "finds the server for most providers."));
        QPushButton *add = m_banner->addButton(tr("&Add account…"));
        connect(add, &QPushButton::clicked, this, [this] {
            auto *editor = new AccountEditorDialog(m_context, Account(), this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->open();
        });
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

void ComposerWindow::updateAttachmentSummary()
{
    const int count = m_attachments->rowCount();
    if (count == 0) {
        m_attachmentSummary->setText(tr("No attachments — drop files here or press Ctrl+Shift+A"));
    } else {
        m_attachmentSummary->setText(tr("%n attachment(s), %1 in all", "", count)
                                         .arg(PreSendCheck::formatSize(m_attachments->totalSize())));
    }
    m_attachmentView->setVisible(count > 0);
    const bool selected = m_attachmentView->selectionModel()->hasSelection();
    m_removeAttachment->setVisible(count > 0);
    m_openAttachment->setVisible(count > 0);
    m_removeAttachment->setEnabled(selected && m_state == State::Editing);
    m_openAttachment->setEnabled(selected);
}

// ---- content ----

Draft ComposerWindow::currentDraft() const
{
    Draft d;
    const Account account = currentAccount();
    d.account = account.name;
    d.from = account.id.isEmpty() ? QString() : account.fromHeader();
    d.replyTo = account.replyTo;
    d.to = m_to->text().trimmed();
    d.cc = m_cc->text().trimmed();
    d.bcc = m_bcc->text().trimmed();
    if (d.to.endsWith(QLatin1Char(','))) {
        d.to.chop(1);
    }
    if (d.cc.endsWith(QLatin1Char(','))) {
        d.cc.chop(1);
    }
    if (d.bcc.endsWith(QLatin1Char(','))) {
        d.bcc.chop(1);
    }
    d.subject = m_subject->text();
    if (m_body->isRichText()) {
        // The text/plain alternative is made from the HTML when the message is written (MimeMessage).
        d.html = m_body->html();
    } else {
        d.plainText = m_body->plainText();
    }
    d.attachments = m_attachments->attachments() + m_body->inlineAttachments();
    return d;
}

void ComposerWindow::fillFromDraft(const Draft &draft)
{
    m_filling = true;
    int row = m_context->accountModel()->rowOfId(m_context->accounts()->accountByName(draft.account).id);
    if (row < 0 && !draft.from.isEmpty()) {
        const QList<MailAddress> from = AddressParser::parseMailbox(draft.from).addresses.mailboxes();
        for (int i = 0; i < m_context->accountModel()->rowCount() && !from.isEmpty(); ++i) {
            if (m_context->accountModel()->accountAt(i).address.compare(
                    from.first().address(), Qt::CaseInsensitive)
                == 0) {
                row = i;
                break;
            }
        }
    }
    if (row >= 0) {
        m_from->setCurrentIndex(row);
    }
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
    m_attachments->setAttachments(files);
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
        m_attachments->addFiles(url.attachments, &problems, true);
    }
    m_filling = false;
    m_touched = true;
    m_autosaver->markChanged();

    QStringList notes;
    const QStringList linked = m_attachments->unconfirmedLinkFiles();
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
                QList<int> rows;
                for (int i = 0; i < m_attachments->rowCount(); ++i) {
                    if (m_attachments->data(m_attachments->index(i, 0), AttachmentListModel::FromLinkRole)
                            .toBool()) {
                        rows << i;
                    }
                }
                m_attachments->removeRows(rows);
                m_banner->hide();
            });
        }
    }
    focusFirstEmptyField();
}

void ComposerWindow::focusFirstEmptyField()
{
    (m_to->text().isEmpty()               ? static_cast<QWidget *>(m_to)
            : m_subject->text().isEmpty() ? static_cast<QWidget *>(m_subject)
                                          : m_body->textEdit())
        ->setFocus();
}

void ComposerWindow::addAttachments(const QStringList &paths)
{
    QStringList problems;
    m_attachments->addFiles(paths, &problems);
    if (!problems.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, problems.join(QLatin1Char('\n')));
    }
}

void ComposerWindow::chooseAttachments()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &ComposerWindow::addAttachments);
    dialog->open();
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
    m_status->setText(
        tr("Draft saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
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
    QWidget *target = m_body->textEdit();
    if (field == QLatin1String("to")) {
        target = m_to;
    } else if (field == QLatin1String("cc")) {
        target = m_cc;
    } else if (field == QLatin1String("bcc")) {
        target = m_bcc;
    } else if (field == QLatin1String("subject")) {
        target = m_subject;
    } else if (field == QLatin1String("from")) {
        target = m_from;
    } else if (field == QLatin1String("attachments")) {
        target
            = m_attachmentView->isVisible() ? static_cast<QWidget *>(m_attachmentView) : m_body->textEdit();
    }
    target->setFocus();
}

// ---- sending ----

PreSendCheck::Input ComposerWindow::checkInput() const
{
    PreSendCheck::Input in;
    const Account account = currentAccount();
    in.hasAccount = !account.id.isEmpty();
    in.to = m_to->text();
    in.cc = m_cc->text();
    in.bcc = m_bcc->text();
    for (QString *t : { &in.to, &in.cc, &in.bcc }) {
        *t = t->trimmed();
        if (t->endsWith(QLatin1Char(','))) {
            t->chop(1);
        }
    }
    in.subject = m_subject->text();
    in.bodyText = m_body->plainText();
    in.attachmentCount = m_attachments->rowCount();
    in.linkAttachments = m_attachments->unconfirmedLinkFiles();
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
            in.messageSize = m_attachments->totalSize() * 4 / 3 + in.bodyText.toUtf8().size();
        }
    }
    return in;
}

void ComposerWindow::send()
{
    if (m_state != State::Editing) {
        return;
    }
    m_issues = PreSendCheck::run(checkInput());
    QStringList blocking;
    QString firstField;
    for (const PreSendCheck::Issue &issue : m_issues) {
        if (issue.severity == PreSendCheck::Severity::Blocking) {
            blocking << issue.text;
            if (firstField.isEmpty()) {
                firstField = issue.field;
            }
        }
    }
    if (!blocking.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The message cannot be sent yet"),
            blocking.join(QStringLiteral("\n\n")), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("preSendProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, firstField] {
            QTimer::singleShot(0, this, [this, firstField] { focusField(firstField); });
        });
        box->open();
        return;
    }
    askNext(0);
}

void ComposerWindow::askNext(int index)
{
    if (index >= m_issues.size()) {
        startSend();
        return;
    }
    const PreSendCheck::Issue issue = m_issues.at(index);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Send this message?"), issue.text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("preSendQuestion"));
    box->setProperty("issueKind", int(issue.kind));
    QPushButton *sendAnyway = box->addButton(
        issue.kind == PreSendCheck::Kind::LinkAttachments ? tr("Send &with these files") : tr("&Send anyway"),
        QMessageBox::AcceptRole);
    sendAnyway->setObjectName(QStringLiteral("sendAnyway"));
    QPushButton *back = box->addButton(tr("&Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBack"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, sendAnyway, issue, index](QAbstractButton *clicked) {
            if (clicked != sendAnyway) {
                // After the box has gone: closing it gives the focus back to where it was.
                QTimer::singleShot(0, this, [this, field = issue.field] { focusField(field); });
                return;
            }
            if (issue.kind == PreSendCheck::Kind::LinkAttachments) {
                m_attachments->confirmLinkFiles();
            }
            // The next question waits for this box to be gone.
            QMetaObject::invokeMethod(
                this, [this, index] { askNext(index + 1); }, Qt::QueuedConnection);
        });
    box->open();
}

void ComposerWindow::startSend()
{
    if (!m_context->outboxSender()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The outbox cannot be used (%1), so nothing can be sent.").arg(m_context->errorString()));
        return;
    }
    const Account account = currentAccount();
    m_sendAccountId = account.id;
    m_banner->hide();
    setState(State::Sending);
    m_progress->reset(tr("Putting the message in the outbox…"));

    if (!m_autosaver->isAttached()) {
        m_autosaver->attach(QString());
    }
    QString error;
    if (!m_autosaver->saveNow(&error)) {
        setState(State::Editing);
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The message could not be saved, so it was not sent: %1").arg(error));
        return;
    }
    OutboxItem item;
    // The account's delivery-notification preferences go with the message (RFC 3461, when the server offers
    // DSN).
    item.dsnNotify = currentAccount().dsnNotify();
    item.dsnReturn = currentAccount().dsnReturnKeyword();
    // Claimed for this process: no automatic run or other Epistle takes it before sendNow() below.
    if (!m_context->store()->queueDraft(m_autosaver->draftId(), &item, &error, QDateTime(), true)) {
        setState(State::Editing);
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The message could not be put in the outbox, so it was not sent: %1").arg(error));
        return;
    }
    // The draft became the outbox message; this window no longer edits a draft.
    m_autosaver->discard();
    m_outboxId = item.id;
    m_status->setText(
        tr("In the outbox since %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_cancelRequested = false;

    QList<MailAddress> recipients;
    for (const QString &field : { m_to->text(), m_cc->text(), m_bcc->text() }) {
        recipients += AddressParser::parseList(field.trimmed()).addresses.mailboxes();
    }
    m_context->recentAddresses()->remember(recipients);

    if (m_context->outboxSender()->isBusy()) {
        m_progress->reset(tr("Waiting for another message to finish sending…"));
    } else {
        m_progress->reset(account.needsSecret() ? tr("Looking up the password…") : tr("Connecting…"));
    }
    if (!m_context->outboxSender()->sendNow(m_outboxId, &error)) {
        OutboxItem current;
        m_context->store()->outbox()->item(m_outboxId, &current);
        showFailure(current, SmtpError(SmtpError::NetworkError, Smtp::Step::None, error), QString());
    }
}

void ComposerWindow::onItemStarted(const QString &id, SmtpSender *sender)
{
    if (id != m_outboxId || m_state != State::Sending) {
        return;
    }
    const Account account = m_context->accounts()->account(m_sendAccountId);
    m_progress->attach(sender, account.security != Smtp::Security::None, account.needsSecret());
}

void ComposerWindow::onItemFinished(const QString &id, const OutboxItem &item, const SmtpSendResult &result,
    const SmtpError &error, const QString &storeError)
{
    if (id != m_outboxId) {
        return;
    }
    if (result.accepted) {
        const QStringList refused = result.refusedRecipients();
        const QString reply = result.finalReply.summary();
        Q_EMIT messageSent(id);
        m_outboxId.clear();
        if (composerCount() > 1 && refused.isEmpty()) {
            close();
            return;
        }
        resetForNewMessage();
        m_status->setText(tr("Last message sent at %1")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        if (refused.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Information,
                tr("Message sent: the server accepted it for %n recipient(s). (%1)", "",
                    int(result.acceptedRecipients().size()))
                    .arg(reply));
        } else {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                tr("Message sent, but the server refused these recipients: %1. The others (%2) "
                   "will get it.")
                    .arg(refused.join(QStringLiteral(", ")),
                        result.acceptedRecipients().join(QStringLiteral(", "))));
        }
        QPushButton *report = m_banner->addButton(tr("Delivery report"));
        connect(report, &QPushButton::clicked, this, [this] {
            showMailbox();
            if (m_mailbox) {
                m_mailbox->showPage(MailboxWindow::Page::Sent);
                m_mailbox->sentView()->setCurrentIndex(m_mailbox->sentView()->model()->index(0, 0));
            }
        });
        QPushButton *log = m_banner->addButton(tr("Transcript"));
        connect(log, &QPushButton::clicked, this, &ComposerWindow::showProtocolLog);
        return;
    }
    if (m_retryAfterCancel && item.state != OutboxItem::State::MayHaveBeenSent) {
        // Cancelled to go again with the fixed settings.
        m_retryAfterCancel = false;
        m_cancelRequested = false;
        retrySend();
        return;
    }
    if (m_cancelRequested && item.state != OutboxItem::State::MayHaveBeenSent) {
        backToEditing(tr("Sending was cancelled; the message is back here to edit."));
        return;
    }
    showFailure(item, error, storeError);
}

void ComposerWindow::showFailure(const OutboxItem &item, const SmtpError &error, const QString &storeError)
{
    m_lastError = error;
    setState(State::Failed);
    const bool maybe = item.state == OutboxItem::State::MayHaveBeenSent;
    m_failureTitle->setText(maybe ? tr("The message may have been sent") : tr("The message was not sent"));
    QStringList lines;
    lines << (error.isError() ? error.message() : item.lastError.message);
    if (error.reply().isValid()) {
        lines << tr("The server said: %1").arg(error.reply().summary());
    }
    if (!storeError.isEmpty()) {
        lines << tr("Warning: %1").arg(storeError);
    }
    lines << tr("It is kept in the outbox: %1").arg(OutboxModel::describeState(item));
    m_failureText->setText(lines.join(QLatin1Char('\n')));
    m_failure->setAccessibleDescription(m_failureText->text());
    const bool certificate = error.code() == SmtpError::CertificateUntrusted
        || error.code() == SmtpError::CertificatePinMismatch;
    if (certificate && !error.certificateChain().isEmpty()) {
        const Account account = m_context->accounts()->account(m_sendAccountId);
        m_failureCertificate->setCertificate(
            account.host, error.certificateChain().first(), error.sslErrors());
    }
    m_failureCertificate->setVisible(certificate && !error.certificateChain().isEmpty());
    const bool signIn = m_context->accounts()->account(m_sendAccountId).usesOAuthSignIn();
    m_failurePassword->setText(signIn ? tr("Sign &in again…") : tr("Enter &password…"));
    m_failurePassword->setVisible(error.code() == SmtpError::AuthenticationFailed
        || (signIn && error.code() == SmtpError::InvalidInput && error.step() == Smtp::Step::None));
    m_failureEdit->setVisible(!maybe);
    m_failureApply->hide();
    m_failureDiagnosis->hide();
    // Reaching the server went wrong: find out why, the way the server test does, while the person reads.
    const Smtp::Step step = error.step();
    const bool reachingTheServer = step == Smtp::Step::Resolve || step == Smtp::Step::Connect
        || step == Smtp::Step::TlsHandshake || step == Smtp::Step::Greeting || step == Smtp::Step::Hello
        || step == Smtp::Step::StartTls;
    if (error.isError() && reachingTheServer && !certificate) {
        m_failureDiagnosis->setText(tr("Checking this account's server settings…"));
        m_failureDiagnosis->show();
        diagnoseAccount(
            [this](const ConnectionTest::Diagnosis &d, bool passed) { showDiagnosis(d, passed); });
    }
}

void ComposerWindow::diagnoseAccount(const std::function<void(const ConnectionTest::Diagnosis &, bool)> &done)
{
    const Account account = m_context->accounts()->account(m_sendAccountId);
    if (account.id.isEmpty()) {
        return;
    }
    if (m_diagnosis) {
        m_diagnosis->disconnect(this);
        m_diagnosis->cancel();
        m_diagnosis->deleteLater();
    }
    SmtpConnectionSettings settings = account.toConnectionSettings();
    // Only the way to the server is in question here: no login (no password is needed), nothing is sent.
    settings.authMechanism = "none";
    settings.credentials = SmtpCredentials();
    m_diagnosis = new ConnectionTest(settings, this);
    QPointer<ConnectionTest> test = m_diagnosis;
    connect(m_diagnosis, &ConnectionTest::finished, this, [this, test, done](bool passed) {
        if (!test) {
            return;
        }
        m_lastDiagnosis = test->diagnosis();
        done(m_lastDiagnosis, passed);
        test->deleteLater();
    });
    m_diagnosis->start();
}

void ComposerWindow::showDiagnosis(const ConnectionTest::Diagnosis &d, bool passed)
{
    if (m_state != State::Failed) {
        return;
    }
    if (passed) {
        m_failureDiagnosis->setText(
            tr("Checked just now: the server answers and these settings work, so the "
               "problem may have passed. Retry now, or wait for the automatic retry."));
        return;
    }
    m_failureDiagnosis->setText(tr("Diagnosis: %1").arg(d.message));
    const Account account = m_context->accounts()->account(m_sendAccountId);
    const QString change
        = d.hasSuggestion ? UiText::describeChange(account.toConnectionSettings(), d.suggested) : QString();
    if (!change.isEmpty() && d.suggested.tls.pinnedSha256 == account.pinnedSha256) {
        m_failureApply->setText(tr("Use %1 and send again").arg(change));
        m_failureApply->show();
    }
}

void ComposerWindow::applyFixAndRetry(const SmtpConnectionSettings &suggested)
{
    Account account = m_context->accounts()->account(m_sendAccountId);
    if (account.id.isEmpty()) {
        return;
    }
    account.host = suggested.host.isEmpty() ? account.host : suggested.host;
    account.security = suggested.security;
    account.port = suggested.port == Smtp::defaultPort(suggested.security) ? 0 : suggested.port;
    if (!m_context->accounts()->update(account)) {
        m_failureText->setText(
            m_failureText->text() + QLatin1Char('\n') + m_context->accounts()->errorString());
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
        tr("The account \"%1\" now uses %2.")
            .arg(account.name, UiText::serverTitle(account.toConnectionSettings())));
    if (m_state == State::Sending) {
        // Stuck with the old settings: stop that attempt, then go again (onItemFinished).
        m_retryAfterCancel = true;
        m_context->outboxSender()->cancel(m_outboxId);
        return;
    }
    retrySend();
}

void ComposerWindow::onStalled()
{
    if (m_state != State::Sending || m_diagnosis) {
        return;
    }
    m_progress->setStatus(m_progress->statusText() + QLatin1Char(' ')
        + tr("The server has not answered for a while; checking its settings…"));
    diagnoseAccount([this](const ConnectionTest::Diagnosis &d, bool passed) {
        if (m_state != State::Sending || passed) {
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("Sending is waiting for the server. Diagnosis: %1").arg(d.message));
        const Account account = m_context->accounts()->account(m_sendAccountId);
        const QString change = d.hasSuggestion
            ? UiText::describeChange(account.toConnectionSettings(), d.suggested)
            : QString();
        if (!change.isEmpty() && d.suggested.tls.pinnedSha256 == account.pinnedSha256) {
            QPushButton *fix = m_banner->addButton(tr("Use %1 and send again").arg(change));
            fix->setObjectName(QStringLiteral("applyFixWhileSending"));
            connect(fix, &QPushButton::clicked, this, [this] {
                m_banner->hide();
                applyFixAndRetry(m_lastDiagnosis.suggested);
            });
        }
    });
}

void ComposerWindow::retrySend()
{
    QString error;
    if (!m_context->store()->outbox()->retry(m_outboxId, &error)
        || !m_context->outboxSender()->sendNow(m_outboxId, &error)) {
        m_failureText->setText(m_failureText->text() + QLatin1Char('\n') + error);
        return;
    }
    setState(State::Sending);
    m_progress->reset(tr("Trying again…"));
}

void ComposerWindow::trustFailedCertificate(const QByteArray &sha256)
{
    Account account = m_context->accounts()->account(m_sendAccountId);
    if (account.id.isEmpty()) {
        return;
    }
    if (!account.pinnedSha256.contains(sha256)) {
        account.pinnedSha256 << sha256;
    }
    if (!m_context->accounts()->update(account)) {
        m_failureText->setText(
            m_failureText->text() + QLatin1Char('\n') + m_context->accounts()->errorString());
        return;
    }
    retrySend();
}

void ComposerWindow::enterPasswordAndRetry()
{
    const Account account = m_context->accounts()->account(m_sendAccountId);
    if (account.id.isEmpty()) {
        return;
    }
    QPointer<ComposerWindow> self(this);
    if (account.usesOAuthSignIn()) {
        OAuthSignInPanel::signInAgain(m_context->secrets(), account, this, [self](bool signedIn) {
            if (self && signedIn) {
                self->retrySend();
            }
        });
        return;
    }
    m_context->askPassword(account, m_lastError.message(), this, [self, account](const QString &password) {
        if (!self || password.isEmpty()) {
            return;
        }
        self->m_context->useSecretOnce(account.id, password);
        self->retrySend();
    });
}

void ComposerWindow::backToEditing(const QString &note)
{
    QString error;
    if (!m_outboxId.isEmpty() && m_context->store()->outbox()->contains(m_outboxId)) {
        if (m_context->outboxSender()->currentId() != m_outboxId) {
            m_context->store()->outbox()->release(m_outboxId);
        }
        if (!m_context->store()->outbox()->remove(m_outboxId, &error)) {
            OutboxItem item;
            m_context->store()->outbox()->item(m_outboxId, &item);
            showFailure(item, m_lastError, tr("It could not be taken back from the outbox: %1").arg(error));
            return;
        }
    }
    m_outboxId.clear();
    // The fields still hold the message: they become a draft again.
    m_autosaver->attach(QString());
    m_touched = true;
    m_autosaver->markChanged();
    m_autosaver->saveNow();
    setState(State::Editing);
    m_banner->showMessage(MessageBanner::Kind::Information, note);
    m_to->setFocus();
}

void ComposerWindow::resetForNewMessage()
{
    m_filling = true;
    m_to->clear();
    m_cc->clear();
    m_bcc->clear();
    m_subject->clear();
    m_attachments->clear();
    m_body->clear();
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
    const QString id = m_state == State::Editing ? currentAccount().id : m_sendAccountId;
    const Account account = m_context->accounts()->account(id);
    if (account.id.isEmpty()) {
        showAccounts();
        return;
    }
    auto *dialog = new ServerTestDialog(account.toConnectionSettings(), account.address, account.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A fix applied in the test goes straight into the account: that is what the person asked for here.
    connect(dialog, &ServerTestDialog::suggestedSettingsApplied, this,
        [this, id](const SmtpConnectionSettings &s) {
            Account a = m_context->accounts()->account(id);
            a.host = s.host;
            a.security = s.security;
            a.port = s.port == Smtp::defaultPort(s.security) ? 0 : s.port;
            a.authMechanism = s.authMechanism;
            m_context->accounts()->update(a);
        });
    connect(dialog, &ServerTestDialog::certificateTrusted, this, [this, id](const QByteArray &sha256) {
        Account a = m_context->accounts()->account(id);
        if (!a.pinnedSha256.contains(sha256)) {
            a.pinnedSha256 << sha256;
            m_context->accounts()->update(a);
        }
    });
    connect(dialog, &ServerTestDialog::testFinished, this, [this, dialog, id] {
        if (dialog->test() && !dialog->test()->capabilities().isEmpty()) {
            m_context->serverLimits().setSizeLimit(id, dialog->test()->capabilities().sizeLimit());
        }
    });
    QPointer<ServerTestDialog> guard(dialog);
    m_context->resolveSettings(
        account, this, [guard](const SmtpConnectionSettings &settings, const QString &) {
            if (guard) {
                guard->setSettings(settings);
                guard->start();
            }
        });
    dialog->show();
}

void ComposerWindow::showRecoveredDrafts(const QStringList &ids, const QStringList &mayHaveBeenSent)
{
    if (ids.isEmpty() && mayHaveBeenSent.isEmpty()) {
        return;
    }
    QStringList lines;
    if (!ids.isEmpty()) {
        lines << tr(
            "%n unsent draft(s) recovered: Epistle stopped while you were writing.", "", int(ids.size()));
    }
    if (!mayHaveBeenSent.isEmpty()) {
        lines << tr(
            "%n message(s) may have been sent just as Epistle stopped: they wait in the outbox until you "
            "check and decide (send again, or mark as sent).",
            "", int(mayHaveBeenSent.size()));
    }
    m_recoveryBanner->showMessage(
        mayHaveBeenSent.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning,
        lines.join(QLatin1Char('\n')));
    if (!mayHaveBeenSent.isEmpty()) {
        QPushButton *outbox = m_recoveryBanner->addButton(tr("Out&box"));
        connect(outbox, &QPushButton::clicked, this, [this] {
            showMailbox();
            if (m_mailbox) {
                m_mailbox->showPage(MailboxWindow::Page::Outbox);
            }
        });
    }
    if (ids.isEmpty()) {
        return;
    }
    QPushButton *open = m_recoveryBanner->addButton(tr("&Open"));
    open->setObjectName(QStringLiteral("openRecovered"));
    QPushButton *list = m_recoveryBanner->addButton(tr("Show &drafts"));
    QPushButton *keep = m_recoveryBanner->addButton(tr("&Keep as drafts"));
    connect(open, &QPushButton::clicked, this, [this, ids] {
        m_recoveryBanner->hide();
        bool first = true;
        for (const QString &id : ids) {
            ComposerWindow *target = first && isPristine() ? this : newComposer();
            first = false;
            QString error;
            if (!target->openDraft(id, &error)) {
                target->banner()->showMessage(MessageBanner::Kind::Warning, error);
            }
        }
    });
    connect(list, &QPushButton::clicked, this, [this] {
        m_recoveryBanner->hide();
        showMailbox();
        if (m_mailbox) {
            m_mailbox->showPage(MailboxWindow::Page::Drafts);
        }
    });
    connect(keep, &QPushButton::clicked, this, [this, ids] {
        for (const QString &id : ids) {
            m_context->store()->drafts()->dismissRecovery(id);
        }
        m_recoveryBanner->hide();
    });
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
    if (m_state == State::Editing && event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (paths.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    addAttachments(paths);
    event->acceptProposedAction();
}
