#pragma once

#include "accounts/account.h"
#include "accounts/connectiontest.h"
#include "smtp/smtperror.h"
#include "smtp/smtptransaction.h"
#include "store/outboxitem.h"
#include "store/presendcheck.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class AccountStore;
class DraftAutosaver;
class MailStore;
class OutboxSender;
class SmtpSender;

// One message on its way from a composer to the server, with no window in sight (after Trojita's
// Composer::Submission): it runs the pre-send checks, turns the saved draft into an outbox message, follows
// the OutboxSender's attempts at it, and when one fails says what happened and what the person can do — send
// again, enter the password, trust the server's certificate, apply the fix the server test found, or take the
// message back to edit. When reaching the server failed or stalled it runs the server test by itself to name
// the cause. Whatever needs the person is a signal (questionAsked(), failed(), passwordNeeded(),
// stallDiagnosed()) answered by calling one of the actions below; it never opens a dialog. It is never the
// judge of delivery: sent, not sent and may-have-been-sent are what the outbox recorded from the server.
class MessageSubmission : public QObject
{
    Q_OBJECT
public:
    // Idle: nothing of this composer is in the outbox (being written, or back to edit). Confirming: the
    // checks asked the person (questionAsked()) and wait for answer(). Queuing: the draft is going into the
    // outbox. Waiting: "undo send": the outbox has it, held back for the undo delay (undo() takes it back).
    // Sending: the outbox has it and an attempt runs or is about to. Failed: the last attempt failed (it
    // waits in the outbox). MayHaveBeenSent: the connection ended after the whole message had left and before
    // the server confirmed it. Sent: the server accepted it.
    enum class State { Idle, Confirming, Queuing, Waiting, Sending, Failed, MayHaveBeenSent, Sent };
    Q_ENUM(State)

    // A failed attempt, and what the person can do about it.
    struct Failure
    {
        OutboxItem item; // as the outbox holds it now (state, attempts, next retry, last error)
        SmtpError error; // the engine's error; NoError when only item.lastError says what went wrong
        QString storeError; // the outcome could not be recorded as it should (a full disk): must be shown
        QString insecureWarning; // the password went unencrypted during this attempt (the account chose so)
        QString host; // the sending account's server, the one a certificate is for
        bool mayHaveBeenSent = false;
        bool canEditAgain = false; // not once the message may have left
        bool needsPassword = false; // the login was refused: enter the password and retry
        // The account signs in with OAuth 2 and its token was refused, or its sign-in expired before any
        // server was reached: sign in again (signInNeeded()) and retry.
        bool needsSignIn = false;
        bool untrustedCertificate = false; // error.certificateChain() holds it: trust exactly it and retry
        bool diagnosing = false; // the server test runs to name the cause: diagnosed() follows
    };

    // 'draft' is the composer's autosaver: what it holds is what gets sent, and a message taken back from
    // the outbox becomes its draft again. None of these is owned.
    MessageSubmission(MailStore *store, OutboxSender *sender, AccountStore *accounts, DraftAutosaver *draft,
        QObject *parent = nullptr);
    ~MessageSubmission() override;

    State state() const { return m_state; }
    // Queuing, Waiting, Sending, Failed or MayHaveBeenSent: this composer's message is in the outbox.
    bool isInOutbox() const;
    QString outboxId() const { return m_outboxId; }
    // The account the message goes through (set by submit()).
    QString accountId() const { return m_accountId; }
    SmtpError lastError() const { return m_lastError; }
    // The warning of insecureAuthentication() during the last attempt, if any.
    QString insecureWarning() const { return m_insecureWarning; }
    ConnectionTest::Diagnosis lastDiagnosis() const { return m_lastDiagnosis; }
    // The sending account's settings as they are now (no secrets).
    SmtpConnectionSettings accountSettings() const;
    // Whether the diagnosis names settings that differ from the account's and could be applied as they are
    // (a certificate to trust is offered by failed(), not here).
    bool offersFix(const ConnectionTest::Diagnosis &diagnosis) const;
    // How long an attempt may go without any progress before the server test looks for the cause (12 s).
    void setStallTimeout(int milliseconds) { m_stallTimer.setInterval(milliseconds); }
    // How long the server test waits for a greeting before it checks for implicit TLS (its own default: 3 s).
    void setTlsProbeDelay(int milliseconds) { m_probeDelay = milliseconds; }
    // "Undo send": how long a submitted message waits in the outbox before it goes (0, the default: it goes
    // at once). It waits there with that time as its "not before" and claimed by this submission, so no
    // sender (of this or another Epistle) takes it before the time, and a crash leaves it queued for then.
    void setUndoDelay(int seconds) { m_undoDelay = qMax(0, seconds); }
    int undoDelay() const { return m_undoDelay; }

    // Runs the pre-send checks on 'input' (what the composer holds, to go through 'account'). Blocking issues
    // stop it (blocked()); each question waits for answer(); then the message is submitted.
    void send(const Account &account, const PreSendCheck::Input &input);
    // The person's answer to the question asked last: send anyway, or go back to the message.
    void answer(bool sendAnyway);
    // The issues the last checks raised.
    QList<PreSendCheck::Issue> lastIssues() const { return m_issues; }
    // Without the checks: saves the draft, puts it in the outbox (claimed, so nothing else takes it first)
    // and sends it now through 'account'. False when it could not even be queued (notQueued() says why):
    // nothing was sent and the draft is as it was; or when this submission's message is still in the outbox.
    bool submit(const Account &account);

    // The person's actions.
    // Stops the attempt (or the wait for it); unless the message may already have left, it comes back to
    // edit (returnedToEditing()). While Waiting this is undo().
    void cancel();
    // Waiting: takes the message back out of the outbox before any of it went (returnedToEditing()); the
    // composer still holds it as it was. Refused (false) once the attempt has begun.
    bool undo();
    // Waiting: ends the wait and sends now.
    void sendWithoutWaiting();
    // Sends again now, whatever the state (for MayHaveBeenSent this is the person's decision).
    void retry();
    // The login was refused: asks for the password (passwordNeeded()); the answer comes back as retry().
    void requestPassword();
    // The OAuth sign-in expired or was refused: asks for a new sign-in (signInNeeded()); then retry().
    void requestSignIn();
    // Trusts exactly this certificate (SHA-256 of the leaf) for the account's server, then sends again.
    void trustCertificate(const QByteArray &sha256);
    // Takes 'path' (checked PEM) as the account's CA file, then retries.
    void useCaFile(const QString &path);
    // Writes the last diagnosis's settings into the account and sends again (stopping a stalled attempt).
    void applyFix();
    // Takes the message out of the outbox into the draft again.
    void editAgain();

Q_SIGNALS:
    void stateChanged(MessageSubmission::State state);
    // The message cannot go as it is: what is wrong, blocking issues only, the one to fix first first.
    void blocked(const QList<PreSendCheck::Issue> &issues);
    // Questions for the person, all at once ("the subject is empty; the text mentions an attachment: send
    // anyway?"); answer() goes on.
    void questionAsked(const QList<PreSendCheck::Issue> &issues);
    // The message could not be put in the outbox (the draft could not be saved, the disk is full).
    void notQueued(const QString &error);
    // The draft is in the outbox under this id (before any attempt).
    void queued(const QString &outboxId);
    // Waiting: it goes in this many seconds unless undone (each second, from the undo delay down to 1).
    void undoCountdown(int secondsLeft);
    // Before the engine starts (the outbox, another message ahead, the password, a retry): where it stands.
    void preparing(const QString &status);
    // An attempt starts: follow the sender's progress. Which steps apply: encryption, a login.
    void attemptStarted(SmtpSender *sender, bool encrypted, bool authenticates);
    // Credentials are about to travel unencrypted because the account chose no encryption.
    void insecureAuthentication(const QString &warning);
    // Nothing has happened for the stall timeout: the server test now looks for the cause.
    void stalled();
    // ... and found one while the attempt still waits; applyFix() applies its fix when offersFix().
    void stallDiagnosed(const ConnectionTest::Diagnosis &diagnosis);
    // The server accepted the message (it is in the sent folder).
    void sent(const QString &outboxId, const SmtpSendResult &result);
    void failed(const MessageSubmission::Failure &failure);
    // The server test after a failure: 'passed' (the problem may have gone), or the cause and maybe a fix.
    void diagnosed(const ConnectionTest::Diagnosis &diagnosis, bool passed);
    // Ask the person for the account's password ('reason': why the last one failed); then retry().
    void passwordNeeded(const Account &account, const QString &reason);
    // Sign the account in to its OAuth provider again; then retry().
    void signInNeeded(const Account &account);
    // The diagnosed fix was written into the account.
    void fixApplied(const Account &account);
    // An action could not be carried out (the outbox refused a retry, the account file could not be written).
    void actionFailed(const QString &error);
    // The message left the outbox and is a draft again; 'note' says why, for the person.
    void returnedToEditing(const QString &note);

private:
    using DiagnosisDone = std::function<void(const ConnectionTest::Diagnosis &, bool passed)>;

    void setState(State state);
    void startSending();
    void onUndoTick();
    void onItemStarted(const QString &id, SmtpSender *sender);
    void onItemFinished(const QString &id, const OutboxItem &item, const SmtpSendResult &result,
        const SmtpError &error, const QString &storeError);
    void fail(const OutboxItem &item, const SmtpError &error, const QString &storeError);
    void backToEditing(const QString &note);
    void onStalled();
    // Runs the server test on the sending account (connect, TLS, greeting, EHLO: no login, nothing sent).
    bool diagnose(const DiagnosisDone &done);
    bool updateAccount(const std::function<void(Account &)> &change);

    QPointer<MailStore> m_store;
    QPointer<OutboxSender> m_sender;
    QPointer<AccountStore> m_accounts;
    QPointer<DraftAutosaver> m_draft;
    State m_state = State::Idle;
    QList<PreSendCheck::Issue> m_issues;
    QString m_outboxId;
    QString m_accountId;
    SmtpError m_lastError;
    QString m_insecureWarning;
    bool m_cancelRequested = false;
    bool m_retryAfterCancel = false;
    bool m_needsSecret = false;
    int m_undoDelay = 0;
    int m_lastCountdown = -1;
    QDeadlineTimer m_undoDeadline;
    QDateTime m_sendAt;
    QTimer m_undoTimer;
    QTimer m_stallTimer;
    int m_probeDelay = -1;
    QPointer<ConnectionTest> m_diagnosis;
    ConnectionTest::Diagnosis m_lastDiagnosis;
};
