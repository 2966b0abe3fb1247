#include "store/messagesubmission.h"

#include "accounts/accountstore.h"
#include "logging.h"
#include "smtp/smtpsender.h"
#include "store/draftautosaver.h"
#include "store/mailstore.h"
#include "store/outboxsender.h"

namespace {

// Only the way to the server is in question for these: the server test can tell why it failed.
bool isReachingTheServer(Smtp::Step step)
{
    return step == Smtp::Step::Resolve || step == Smtp::Step::Connect || step == Smtp::Step::TlsHandshake
        || step == Smtp::Step::Greeting || step == Smtp::Step::Hello || step == Smtp::Step::StartTls;
}

bool isCertificateError(const SmtpError &error)
{
    return error.code() == SmtpError::CertificateUntrusted
        || error.code() == SmtpError::CertificatePinMismatch;
}

} // namespace

MessageSubmission::MessageSubmission(
    MailStore *store, OutboxSender *sender, AccountStore *accounts, DraftAutosaver *draft, QObject *parent)
    : QObject(parent), m_store(store), m_sender(sender), m_accounts(accounts), m_draft(draft)
{
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(12000);
    connect(&m_stallTimer, &QTimer::timeout, this, &MessageSubmission::onStalled);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_undoTimer, &QTimer::timeout, this, &MessageSubmission::onUndoTick);
    if (m_sender) {
        connect(m_sender, &OutboxSender::itemStarted, this, &MessageSubmission::onItemStarted);
        connect(m_sender, &OutboxSender::itemFinished, this, &MessageSubmission::onItemFinished);
    }
}

MessageSubmission::~MessageSubmission()
{
    if (m_diagnosis) {
        m_diagnosis->disconnect(this);
        m_diagnosis->cancel();
    }
    if (m_state == State::Waiting && m_store) {
        // The composer went away during the wait: the message is handed to the outbox's own schedule (the
        // rewritten time wakes an automatic sender), and goes when its time comes.
        Outbox *outbox = m_store->outbox();
        outbox->release(m_outboxId);
        outbox->reschedule(m_outboxId, m_sendAt);
    }
}

bool MessageSubmission::isInOutbox() const
{
    return m_state == State::Queuing || m_state == State::Waiting || m_state == State::Sending
        || m_state == State::Failed || m_state == State::MayHaveBeenSent;
}

void MessageSubmission::setState(State state)
{
    if (state == State::Idle) {
        m_cancelRequested = false;
    }
    if (state != State::Sending) {
        m_stallTimer.stop();
    }
    if (state != State::Waiting) {
        m_undoTimer.stop();
    }
    if (m_state == state) {
        return;
    }
    qCDebug(lcStore) << "submission" << m_outboxId << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MessageSubmission::send(const Account &account, const PreSendCheck::Input &input)
{
    // One message at a time: a failed one is retried or taken back first.
    if (m_state == State::Confirming || isInOutbox()) {
        return;
    }
    m_accountId = account.id;
    m_issues = PreSendCheck::run(input);
    QList<PreSendCheck::Issue> blocking;
    for (const PreSendCheck::Issue &issue : std::as_const(m_issues)) {
        if (issue.severity == PreSendCheck::Severity::Blocking) {
            blocking << issue;
        }
    }
    if (!blocking.isEmpty()) {
        Q_EMIT blocked(blocking);
        return;
    }
    if (!m_issues.isEmpty()) {
        // One question listing every doubt: a second dialog right after the first reads as a different one.
        setState(State::Confirming);
        Q_EMIT questionAsked(m_issues);
        return;
    }
    submit(account);
}

void MessageSubmission::answer(bool sendAnyway)
{
    if (m_state != State::Confirming) {
        return;
    }
    if (!sendAnyway) {
        setState(State::Idle);
        return;
    }
    // The account as it is now: the question may have taken a while.
    submit(m_accounts ? m_accounts->account(m_accountId) : Account());
}

bool MessageSubmission::submit(const Account &account)
{
    if (isInOutbox()) {
        return false;
    }
    QString why;
    const auto refuse = [this](const QString &sentence) {
        setState(State::Idle);
        Q_EMIT notQueued(sentence);
        return false;
    };
    if (!m_sender || !m_store || !m_draft) {
        return refuse(tr("The outbox cannot be used, so nothing can be sent."));
    }
    m_accountId = account.id;
    m_lastError = SmtpError();
    m_insecureWarning.clear();
    m_cancelRequested = false;
    m_retryAfterCancel = false;
    m_needsSecret = account.needsSecret();
    setState(State::Queuing);
    Q_EMIT preparing(tr("Putting the message in the outbox…"));
    if (!m_draft->isAttached()) {
        m_draft->attach(QString());
    }
    if (!m_draft->saveNow(&why)) {
        return refuse(tr("The message could not be saved, so it was not sent: %1").arg(why));
    }
    OutboxItem item;
    // The account's delivery-notification preferences go with the message (RFC 3461, when the server offers
    // DSN).
    item.dsnNotify = account.dsnNotify();
    item.dsnReturn = account.dsnReturnKeyword();
    if (account.imap.savesCopy()) {
        item.sentCopy.state = SentCopyRecord::State::Pending; // owed from now on (SentCopyQueue saves it)
    }
    // Claimed for this process: no automatic run or other Epistle takes it before sendNow() (after the undo
    // delay, which is also its "not before": killed during the wait, it is sent when that time has come).
    m_sendAt = m_undoDelay > 0 ? QDateTime::currentDateTimeUtc().addSecs(m_undoDelay) : QDateTime();
    if (!m_store->queueDraft(m_draft->draftId(), &item, &why, m_sendAt, true)) {
        return refuse(tr("The message could not be put in the outbox, so it was not sent: %1").arg(why));
    }
    // The draft became the outbox message; the composer no longer edits a draft.
    m_draft->discard();
    m_outboxId = item.id;
    Q_EMIT queued(m_outboxId);
    if (m_undoDelay == 0) {
        startSending();
        return true;
    }
    m_undoDeadline.setRemainingTime(qint64(m_undoDelay) * 1000);
    m_lastCountdown = -1;
    setState(State::Waiting);
    onUndoTick();
    return true;
}

void MessageSubmission::onUndoTick()
{
    if (m_state != State::Waiting) {
        return;
    }
    const qint64 left = m_undoDeadline.remainingTime();
    if (left <= 0) {
        startSending();
        return;
    }
    // Each whole second once (a timer may wake a little early: the same number is not said twice).
    const int seconds = int((left + 999) / 1000);
    if (seconds != m_lastCountdown) {
        m_lastCountdown = seconds;
        Q_EMIT undoCountdown(seconds);
    }
    // Wakes at the next whole second, so the countdown never skips a number.
    m_undoTimer.start(int((left - 1) % 1000 + 1));
}

void MessageSubmission::sendWithoutWaiting()
{
    if (m_state == State::Waiting) {
        startSending();
    }
}

void MessageSubmission::startSending()
{
    QString why;
    setState(State::Sending);
    if (m_sender->isBusy()) {
        Q_EMIT preparing(tr("Waiting for another message to finish sending…"));
    } else {
        Q_EMIT preparing(m_needsSecret ? tr("Looking up the password…") : tr("Connecting…"));
    }
    if (!m_sender->sendNow(m_outboxId, &why)) {
        OutboxItem current;
        m_store->outbox()->item(m_outboxId, &current);
        fail(current, SmtpError(SmtpError::NetworkError, Smtp::Step::None, why), QString());
    }
}

void MessageSubmission::onItemStarted(const QString &id, SmtpSender *sender)
{
    if (id != m_outboxId || m_state != State::Sending || !m_accounts) {
        return;
    }
    const Account account = m_accounts->account(m_accountId);
    m_insecureWarning.clear();
    connect(sender->client(), &SmtpClient::insecureAuthentication, this, [this](const QString &warning) {
        m_insecureWarning = warning;
        Q_EMIT insecureAuthentication(warning);
    });
    // Any sign of life restarts the stall timer; the end of the attempt stops it.
    connect(sender, &SmtpSender::progressChanged, this, [this](SmtpSender::Progress progress) {
        const bool over = progress == SmtpSender::Progress::Done || progress == SmtpSender::Progress::Failed
            || progress == SmtpSender::Progress::Finishing;
        if (over || m_state != State::Sending) {
            m_stallTimer.stop();
        } else {
            m_stallTimer.start();
        }
    });
    connect(sender, &SmtpSender::bodyProgress, this, [this] {
        if (m_state == State::Sending) {
            m_stallTimer.start();
        }
    });
    m_stallTimer.start();
    Q_EMIT attemptStarted(sender, account.security != Smtp::Security::None, account.needsSecret());
}

void MessageSubmission::onItemFinished(const QString &id, const OutboxItem &item,
    const SmtpSendResult &result, const SmtpError &error, const QString &storeError)
{
    if (id != m_outboxId || m_outboxId.isEmpty()) {
        return;
    }
    m_stallTimer.stop();
    if (result.accepted) {
        m_outboxId.clear();
        setState(State::Sent);
        Q_EMIT sent(id, result);
        return;
    }
    const bool mayHaveBeenSent = item.state == OutboxItem::State::MayHaveBeenSent;
    if (m_retryAfterCancel && !mayHaveBeenSent) {
        // Stopped to go again with the fixed settings.
        m_retryAfterCancel = false;
        m_cancelRequested = false;
        retry();
        return;
    }
    if (m_cancelRequested && !mayHaveBeenSent) {
        backToEditing(tr("Sending was cancelled; the message is back here to edit."));
        return;
    }
    fail(item, error, storeError);
}

void MessageSubmission::fail(const OutboxItem &item, const SmtpError &error, const QString &storeError)
{
    m_lastError = error;
    Failure failure;
    failure.item = item;
    failure.error = error;
    failure.storeError = storeError;
    failure.insecureWarning = m_insecureWarning;
    failure.mayHaveBeenSent = item.state == OutboxItem::State::MayHaveBeenSent;
    failure.canEditAgain = !failure.mayHaveBeenSent;
    failure.untrustedCertificate = isCertificateError(error) && !error.certificateChain().isEmpty();
    const Account account = m_accounts ? m_accounts->account(m_accountId) : Account();
    // A sign-in that could not give a token fails before any server is reached (Step::None).
    failure.needsSignIn = account.usesOAuthSignIn()
        && (error.code() == SmtpError::AuthenticationFailed
            || (error.code() == SmtpError::InvalidInput && error.step() == Smtp::Step::None));
    failure.needsPassword = !failure.needsSignIn && error.code() == SmtpError::AuthenticationFailed;
    failure.host = account.host;
    // Reaching the server went wrong: find out why, the way the server test does, while the person reads.
    failure.diagnosing = !account.id.isEmpty() && error.isError() && isReachingTheServer(error.step())
        && !isCertificateError(error);
    setState(failure.mayHaveBeenSent ? State::MayHaveBeenSent : State::Failed);
    Q_EMIT failed(failure);
    if (failure.diagnosing) {
        diagnose([this](const ConnectionTest::Diagnosis &d, bool passed) {
            if (m_state == State::Failed || m_state == State::MayHaveBeenSent) {
                Q_EMIT diagnosed(d, passed);
            }
        });
    }
}

bool MessageSubmission::diagnose(const DiagnosisDone &done)
{
    const Account account = m_accounts ? m_accounts->account(m_accountId) : Account();
    if (account.id.isEmpty()) {
        return false;
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
    auto *test = new ConnectionTest(settings, this);
    if (m_probeDelay >= 0) {
        test->setTlsProbeDelay(m_probeDelay);
    }
    m_diagnosis = test;
    connect(test, &ConnectionTest::finished, this, [this, test, done](bool passed) {
        m_lastDiagnosis = test->diagnosis();
        test->deleteLater();
        done(m_lastDiagnosis, passed);
    });
    test->start();
    return true;
}

SmtpConnectionSettings MessageSubmission::accountSettings() const
{
    return m_accounts ? m_accounts->account(m_accountId).toConnectionSettings() : SmtpConnectionSettings();
}

bool MessageSubmission::offersFix(const ConnectionTest::Diagnosis &diagnosis) const
{
    if (!diagnosis.hasSuggestion || !m_accounts) {
        return false;
    }
    const Account account = m_accounts->account(m_accountId);
    const SmtpConnectionSettings now = account.toConnectionSettings();
    const SmtpConnectionSettings &fix = diagnosis.suggested;
    if (account.id.isEmpty() || fix.tls.pinnedSha256 != account.pinnedSha256) {
        return false;
    }
    return now.security != fix.security || now.effectivePort() != fix.effectivePort()
        || (!fix.host.isEmpty() && now.host != fix.host) || now.authMechanism != fix.authMechanism;
}

void MessageSubmission::onStalled()
{
    if (m_state != State::Sending || m_diagnosis) {
        return;
    }
    Q_EMIT stalled();
    diagnose([this](const ConnectionTest::Diagnosis &d, bool passed) {
        if (m_state == State::Sending && !passed) {
            Q_EMIT stallDiagnosed(d);
        }
    });
}

void MessageSubmission::cancel()
{
    if (m_state == State::Waiting) {
        undo();
        return;
    }
    if (m_state != State::Queuing && m_state != State::Sending) {
        return;
    }
    m_cancelRequested = true;
    const bool running = m_sender && m_sender->isSending(m_outboxId);
    if (m_sender) {
        // The attempt ends (onItemFinished brings the message back), or its place in the line goes.
        m_sender->cancel(m_outboxId);
    }
    if (!running) {
        // Not started yet (waiting for another message): take it back at once.
        backToEditing(tr("Sending was cancelled; the message is back here to edit."));
    }
}

void MessageSubmission::retry()
{
    QString error;
    if (!m_sender || !m_store) {
        return;
    }
    if (!m_store->outbox()->retry(m_outboxId, &error) || !m_sender->sendNow(m_outboxId, &error)) {
        Q_EMIT actionFailed(error);
        return;
    }
    setState(State::Sending);
    Q_EMIT preparing(tr("Trying again…"));
}

void MessageSubmission::requestPassword()
{
    const Account account = m_accounts ? m_accounts->account(m_accountId) : Account();
    if (!account.id.isEmpty()) {
        Q_EMIT passwordNeeded(account, m_lastError.message());
    }
}

void MessageSubmission::requestSignIn()
{
    const Account account = m_accounts ? m_accounts->account(m_accountId) : Account();
    if (account.usesOAuthSignIn()) {
        Q_EMIT signInNeeded(account);
    }
}

bool MessageSubmission::updateAccount(const std::function<void(Account &)> &change)
{
    Account account = m_accounts ? m_accounts->account(m_accountId) : Account();
    if (account.id.isEmpty()) {
        return false;
    }
    change(account);
    if (!m_accounts->update(account)) {
        Q_EMIT actionFailed(m_accounts->errorString());
        return false;
    }
    return true;
}

void MessageSubmission::trustCertificate(const QByteArray &sha256)
{
    const bool updated = updateAccount([&sha256](Account &account) {
        if (!account.pinnedSha256.contains(sha256)) {
            account.pinnedSha256 << sha256;
        }
    });
    if (updated) {
        retry();
    }
}

void MessageSubmission::useCaFile(const QString &path)
{
    if (updateAccount([&path](Account &account) { account.caFile = path; })) {
        retry();
    }
}

void MessageSubmission::applyFix()
{
    const SmtpConnectionSettings suggested = m_lastDiagnosis.suggested;
    const bool updated = updateAccount([&suggested](Account &account) {
        account.host = suggested.host.isEmpty() ? account.host : suggested.host;
        account.security = suggested.security;
        account.port = suggested.port == Smtp::defaultPort(suggested.security) ? 0 : suggested.port;
    });
    if (!updated) {
        return;
    }
    Q_EMIT fixApplied(m_accounts->account(m_accountId));
    if (m_state == State::Sending) {
        // Stuck with the old settings: stop that attempt, then go again (onItemFinished).
        m_retryAfterCancel = true;
        m_sender->cancel(m_outboxId);
        return;
    }
    retry();
}

bool MessageSubmission::undo()
{
    // Only while this submission still holds the claim it took when queuing: no sender has the message, and
    // none can take it between this check and its removal (the claim is released by the removal itself).
    Outbox *outbox = m_store ? m_store->outbox() : nullptr;
    if (m_state != State::Waiting || !outbox || !outbox->isClaimedHere(m_outboxId)
        || (m_sender && m_sender->isSending(m_outboxId))) {
        return false;
    }
    m_undoTimer.stop();
    backToEditing(tr("Sending was undone: the message is back here to edit."));
    return m_state == State::Idle;
}

void MessageSubmission::editAgain()
{
    backToEditing(tr("The message is back from the outbox: edit it and send it again."));
}

void MessageSubmission::backToEditing(const QString &note)
{
    QString error;
    Outbox *outbox = m_store ? m_store->outbox() : nullptr;
    if (outbox && !m_outboxId.isEmpty() && outbox->contains(m_outboxId)) {
        if (!m_sender || !m_sender->isSending(m_outboxId)) {
            outbox->release(m_outboxId);
        }
        const bool waiting = m_state == State::Waiting;
        if (!outbox->remove(m_outboxId, &error)) {
            if (waiting) {
                // Still in the outbox after an undo: it must not go by itself; it waits for the person.
                outbox->claim(m_outboxId);
            }
            OutboxItem item;
            outbox->item(m_outboxId, &item);
            fail(item, m_lastError, tr("It could not be taken back from the outbox: %1").arg(error));
            return;
        }
    }
    m_outboxId.clear();
    // The composer still holds the message: it becomes a draft again.
    if (m_draft) {
        m_draft->attach(QString());
        m_draft->markChanged();
        m_draft->saveNow();
    }
    setState(State::Idle);
    Q_EMIT returnedToEditing(note);
}
