#pragma once

#include "accounts/connectiontest.h"
#include "mailtourl.h"
#include "presendcheck.h"
#include "smtp/smtperror.h"
#include "store/draft.h"
#include "store/outboxitem.h"

#include <QMainWindow>
#include <QPointer>

class AddressLineEdit;
class AppContext;
class AttachmentListModel;
class BodyEditor;
class CertificateView;
class DraftAutosaver;
class MailboxWindow;
class MessageBanner;
class ProtocolLogDialog;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class SendProgressPanel;
class SmtpSender;
struct Account;

// The main window: writing one message. From (the accounts, default first), To / Cc / Bcc with completion
// and live checking, Subject, the body (plain or rich text with inline images), attachments (add, remove,
// open, drop from the file manager, with sizes and a total) and the account's signature. The draft saves
// itself as the person types (DraftAutosaver). Sending runs the pre-send checks, puts the message in the
// outbox (so a failure or a crash never loses it) and follows the engine's progress; on success the window
// closes or starts a new message, on failure it shows what happened, why, and what can be done.
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
    QString outboxId() const { return m_outboxId; }
    // The draft as the fields hold it now.
    Draft currentDraft() const;

    // The widgets and actions, for tests and screenshots.
    QComboBox *fromBox() const { return m_from; }
    AddressLineEdit *toEdit() const { return m_to; }
    AddressLineEdit *ccEdit() const { return m_cc; }
    AddressLineEdit *bccEdit() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }
    BodyEditor *bodyEditor() const { return m_body; }
    AttachmentListModel *attachmentModel() const { return m_attachments; }
    QTreeView *attachmentView() const { return m_attachmentView; }
    QLabel *attachmentSummary() const { return m_attachmentSummary; }
    SendProgressPanel *progressPanel() const { return m_progress; }
    MessageBanner *banner() const { return m_banner; }
    MessageBanner *keychainBanner() const { return m_keychainBanner; }
    MessageBanner *recoveryBanner() const { return m_recoveryBanner; }
    QWidget *failurePanel() const { return m_failure; }
    QLabel *failureText() const { return m_failureText; }
    CertificateView *failureCertificate() const { return m_failureCertificate; }
    QLabel *failureDiagnosis() const { return m_failureDiagnosis; }
    QPushButton *failureApplyButton() const { return m_failureApply; }
    QAction *sendAction() const { return m_sendAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *attachAction() const { return m_attachAction; }
    QAction *richTextAction() const { return m_richAction; }
    DraftAutosaver *autosaver() const { return m_autosaver; }
    // The last issues the pre-send checks raised (for tests).
    QList<PreSendCheck::Issue> lastIssues() const { return m_issues; }

    // Windows this composer opens.
    void showAccounts();
    void showMailbox();
    void showProtocolLog();
    void testAccountSettings();
    // Says on the banner that drafts were recovered after a crash and offers to open them; and that messages
    // may have been sent when Epistle stopped (the outbox holds them until the person decides).
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
    void buildActions();
    void setState(State state);
    void onEdited();
    void onAccountChanged();
    void updateAttachmentSummary();
    void updateTitle();
    Account currentAccount() const;
    PreSendCheck::Input checkInput() const;
    void askNext(int index);
    void startSend();
    void onItemStarted(const QString &id, SmtpSender *sender);
    void onItemFinished(const QString &id, const OutboxItem &item, const SmtpSendResult &result,
        const SmtpError &error, const QString &storeError);
    void showFailure(const OutboxItem &item, const SmtpError &error, const QString &storeError);
    void retrySend();
    // Runs the server test on the sending account in the background (connect, TLS, greeting, EHLO: no
    // login, nothing sent) to name the cause of a failure or a stall, and the fix when it is a setting.
    void diagnoseAccount(const std::function<void(const ConnectionTest::Diagnosis &, bool passed)> &done);
    void showDiagnosis(const ConnectionTest::Diagnosis &diagnosis, bool passed);
    // Writes a suggested fix (security, port, login method) into the sending account and sends again.
    void applyFixAndRetry(const SmtpConnectionSettings &suggested);
    void onStalled();
    // Takes the message back from the outbox into an editable draft (after a cancel or a failure).
    void backToEditing(const QString &note);
    void resetForNewMessage();
    // Where typing should go: To while it is empty, then Subject, then the text (as Thunderbird does).
    void focusFirstEmptyField();
    void fillFromDraft(const Draft &draft);
    void focusField(const QString &field);
    void trustFailedCertificate(const QByteArray &sha256);
    void enterPasswordAndRetry();

    AppContext *m_context;
    DraftAutosaver *m_autosaver;
    State m_state = State::Editing;

    MessageBanner *m_banner;
    MessageBanner *m_keychainBanner;
    MessageBanner *m_recoveryBanner;
    QComboBox *m_from;
    AddressLineEdit *m_to, *m_cc, *m_bcc;
    QLineEdit *m_subject;
    BodyEditor *m_body;
    AttachmentListModel *m_attachments;
    QTreeView *m_attachmentView;
    QLabel *m_attachmentSummary;
    QPushButton *m_addAttachment;
    QPushButton *m_removeAttachment;
    QPushButton *m_openAttachment;
    QWidget *m_form;
    SendProgressPanel *m_progress;
    QWidget *m_failure;
    QLabel *m_failureTitle;
    QLabel *m_failureText;
    QLabel *m_failureDiagnosis;
    QPushButton *m_failureApply;
    CertificateView *m_failureCertificate;
    QPushButton *m_failurePassword;
    QPushButton *m_failureEdit;
    QLabel *m_status;

    QAction *m_sendAction, *m_saveAction, *m_attachAction, *m_richAction, *m_discardAction;

    QList<PreSendCheck::Issue> m_issues;
    QString m_outboxId;
    QString m_sendAccountId;
    bool m_cancelRequested = false;
    SmtpError m_lastError;
    bool m_filling = false;
    bool m_touched = false;
    QPointer<MailboxWindow> m_mailbox;
    QPointer<ProtocolLogDialog> m_log;
    QPointer<ConnectionTest> m_diagnosis;
    ConnectionTest::Diagnosis m_lastDiagnosis;
    bool m_retryAfterCancel = false;
};
