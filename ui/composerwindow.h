#pragma once

#include "attachmentpanel.h"
#include "composeractions.h"
#include "mailboxwindow.h"
#include "mailtourl.h"
#include "recoverybanner.h"
#include "sendfailurepanel.h"
#include "store/draft.h"
#include "store/messagesubmission.h"
#include "store/presendcheck.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AddressLineEdit;
class AppContext;
class AttachmentListModel;
class BodyEditor;
class ComposerHeader;
class CertificateView;
class DraftAutosaver;
class MessageBanner;
class MessageSpelling;
class ProtocolLogDialog;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class SendNotices;
class SendProgressPanel;
struct Account;

// The main window: writing one message. From (the accounts, default first), To / Cc / Bcc with completion
// and live checking, Subject, the body (plain or rich text with inline images), attachments (add, remove,
// open, drop from the file manager, with sizes and a total) and the account's signature. The draft saves
// itself as the person types (DraftAutosaver). Sending runs the pre-send checks, then hands the message to a
// MessageSubmission (outbox, attempts, retry, diagnosis: no widgets) and shows what it reports: the
// progress, and on failure what happened, why, and what can be done; on success the window closes or starts
// a new message. Each part is a widget of its own (ComposerHeader, BodyEditor, AttachmentPanel,
// SendProgressPanel, SendFailurePanel, RecoveryBanner) and the commands are ComposerActions; this class
// puts them together and fills them from drafts and mail links.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class State { Editing, Sending, Failed };
    Q_ENUM(State)

    explicit ComposerWindow(AppContext *context, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Opens a saved draft (taking it over, e.g. one recovered after a crash). False when another window or
    // process has it open.
    bool openDraft(const QString &id, QString *error = nullptr);
    // Fills the fields from a mailto: link; files it asks to attach are listed and must be confirmed.
    void applyMailto(const MailtoUrl &url);
    // Attaches local files, telling the person about those that cannot be attached.
    void addAttachments(const QStringList &paths);
    void chooseAttachments();

    // Runs the checks and, when they pass (or the person says "send anyway"), sends.
    void send();
    bool saveDraft();
    // Throws the draft away (after asking).
    void discardDraft();
    // Whether the composer holds nothing worth keeping (a new composer can take over this window).
    bool isPristine() const;
    State state() const { return m_state; }
    QString draftId() const;
    QString outboxId() const;
    // The draft as the fields hold it now.
    Draft currentDraft() const;

    // The widgets and actions, for tests and screenshots.
    QComboBox *fromBox() const { return m_from; }
    AddressLineEdit *toEdit() const { return m_to; }
    AddressLineEdit *ccEdit() const { return m_cc; }
    AddressLineEdit *bccEdit() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }
    BodyEditor *bodyEditor() const { return m_body; }
    MessageSpelling *spelling() const { return m_spelling; }
    AttachmentListModel *attachmentModel() const { return m_attachments->model(); }
    QTreeView *attachmentView() const { return m_attachments->view(); }
    QLabel *attachmentSummary() const { return m_attachments->summary(); }
    SendProgressPanel *progressPanel() const { return m_progress; }
    MessageBanner *banner() const { return m_banner; }
    MessageBanner *keychainBanner() const { return m_keychainBanner; }
    MessageBanner *recoveryBanner() const { return m_recoveryBanner; }
    QWidget *failurePanel() const { return m_failure; }
    QLabel *failureText() const { return m_failure->text(); }
    CertificateView *failureCertificate() const { return m_failure->certificate(); }
    QLabel *failureDiagnosis() const { return m_failure->diagnosis(); }
    QPushButton *failureApplyButton() const { return m_failure->applyButton(); }
    QAction *sendAction() const { return m_actions->send; }
    QAction *saveAction() const { return m_actions->saveDraft; }
    QAction *attachAction() const { return m_actions->attach; }
    QAction *richTextAction() const { return m_actions->richText; }
    DraftAutosaver *autosaver() const { return m_autosaver; }
    // The send flow of this window's message (null when the outbox cannot be used).
    MessageSubmission *submission() const { return m_submission; }
    // The last issues the pre-send checks raised (for tests).
    QList<PreSendCheck::Issue> lastIssues() const
    {
        return m_submission ? m_submission->lastIssues() : QList<PreSendCheck::Issue>();
    }

    // Windows this composer opens.
    void showAccounts();
    // The account editor for 'account' (an empty one adds a new account).
    void editAccount(const Account &account);
    void showMailbox();
    void showProtocolLog();
    void testAccountSettings();
    // Says on the banner that drafts were recovered after a crash and offers to open them; and that messages
    // may have been sent when Epistle stopped (the outbox holds them until the person decides); with
    // neither, offers the drafts saved before.
    void showRecoveredDrafts(const QStringList &ids, const QStringList &mayHaveBeenSent = {});

    // Opens a new composer window (or reuses this one when it is untouched).
    ComposerWindow *newComposer();

Q_SIGNALS:
    // The message was accepted by the server.
    void messageSent(const QString &outboxId);
    void stateChanged(ComposerWindow::State state);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void connectActions();
    void connectSubmission();
    void setState(State state);
    void onSubmissionState(MessageSubmission::State state);
    void onEdited();
    void onAccountChanged();
    void updateTitle();
    Account currentAccount() const;
    PreSendCheck::Input checkInput() const;
    void showBlockingIssues(const QList<PreSendCheck::Issue> &issues);
    void ask(const QList<PreSendCheck::Issue> &issues);
    void onQueued();
    void onSent(const QString &outboxId, const SmtpSendResult &result);
    void askPasswordAndRetry(const Account &account, const QString &reason);
    void cancelSend();
    void resetForNewMessage();
    // Where typing should go: To while it is empty, then Subject, then the text (as Thunderbird does).
    void focusFirstEmptyField();
    void fillFromDraft(const Draft &draft);
    void focusField(const QString &field);
    void showProblems(const QStringList &problems);
    void openRecoveredDrafts(const QStringList &ids);
    void showMailboxPage(MailboxWindow::Page page);
    void showStatus(const QString &format);

    AppContext *m_context;
    DraftAutosaver *m_autosaver;
    MessageSubmission *m_submission = nullptr;
    State m_state = State::Editing;

    MessageBanner *m_banner;
    MessageBanner *m_keychainBanner;
    RecoveryBanner *m_recoveryBanner;
    ComposerHeader *m_header;
    // The header's fields, which the window fills from drafts and mail links.
    QComboBox *m_from;
    AddressLineEdit *m_to, *m_cc, *m_bcc;
    QLineEdit *m_subject;
    BodyEditor *m_body;
    AttachmentPanel *m_attachments;
    SendProgressPanel *m_progress;
    SendFailurePanel *m_failure;
    SendNotices *m_notices = nullptr;
    QLabel *m_status;
    MessageSpelling *m_spelling;

    std::unique_ptr<ComposerActions> m_actions;

    bool m_filling = false;
    bool m_touched = false;
    QPointer<MailboxWindow> m_mailbox;
    QPointer<ProtocolLogDialog> m_log;
};
