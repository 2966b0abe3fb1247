#include "store/outboxbatch.h"

#include "logging.h"
#include "smtp/smtpsender.h"
#include "store/outbox.h"
#include "store/sentfolder.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSignalBlocker>

#include <utility>

namespace {

enum { ExitTempFail = 75, ExitCantCreate = 73 };

// The recipients a message was refused to with a 4xx while others got it, and the first such reply.
QStringList refusedForNow(const SmtpSendResult &result, SmtpReply *firstReply = nullptr)
{
    QStringList later;
    for (const SmtpRecipientResult &r : result.recipients) {
        if (!r.accepted && r.reply.isTransientFailure()) {
            later.append(r.address);
            if (firstReply && !firstReply->isValid()) {
                *firstReply = r.reply;
            }
        }
    }
    return later;
}

} // namespace

qint64 OutboxRetryPolicy::delayAfter(int attempts) const
{
    if (delaysMs.isEmpty()) {
        return 60 * 1000;
    }
    return delaysMs.at(qBound(0, attempts - 1, int(delaysMs.size()) - 1));
}

bool OutboxRetryPolicy::isRetryable(const SmtpError &error)
{
    if (error.code() == SmtpError::MessageMayHaveBeenSent) {
        return false;
    }
    return error.isTemporary() || error.code() == SmtpError::ConnectionRefused;
}

OutboxBatch::OutboxBatch(Outbox *outbox, const QList<OutboxItem> &items,
    const SmtpConnectionSettings &settings, const OutboxRetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_settings(settings)
    , m_policy(policy)
    , m_journal(outbox->journalDirectory())
{
    m_entries.reserve(size_t(items.size()));
    for (const OutboxItem &item : items) {
        Entry entry;
        entry.item = item;
        entry.body = std::make_unique<QFile>(outbox->messagePath(item.id));
        m_entries.push_back(std::move(entry));
    }
    m_smtp = new SmtpSender(m_settings, this);
    connectSession();
}

OutboxBatch::~OutboxBatch()
{
    // The session goes first: it holds the message files' addresses.
    if (m_smtp) {
        m_smtp->disconnect(this);
        m_smtp->client()->disconnect(this);
        delete m_smtp;
    }
}

QStringList OutboxBatch::ids() const
{
    QStringList ids;
    for (const Entry &e : m_entries) {
        ids.append(e.item.id);
    }
    return ids;
}

bool OutboxBatch::isUnsettled(const QString &id) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
        [&id](const Entry &e) { return e.item.id == id && !e.settled && !e.recordedAsSent; });
}

void OutboxBatch::start()
{
    if (m_cancelled) {
        // Cancelled before it began (by a slot told that it starts): nothing to send.
        QMetaObject::invokeMethod(this, &OutboxBatch::onSessionFinished, Qt::QueuedConnection);
        return;
    }
    // The first window begins before anything connects: without a record of the attempt nothing goes out.
    // Messages of it that could not begin (unreadable since they were picked) are left out, said now.
    beginWindow(0);
    const bool anyBegun
        = std::any_of(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.begun; });
    for (Entry &e : m_entries) {
        if (!anyBegun && e.storeError.isEmpty()) {
            e.storeError = m_entries.front().storeError; // the journal cannot be written: none of them goes
        }
    }
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (!anyBegun || (!m_entries[i].begun && !m_entries[i].storeError.isEmpty())) {
            settle(int(i));
        }
    }
    if (!anyBegun) {
        QMetaObject::invokeMethod(this, &OutboxBatch::onSessionFinished, Qt::QueuedConnection);
        return;
    }
    m_entries.erase(
        std::remove_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.settled; }),
        m_entries.end());
    QList<SmtpOutgoingMessage> messages;
    for (Entry &e : m_entries) {
        SmtpOutgoingMessage message;
        message.from = e.item.from;
        message.recipients = e.item.recipients;
        message.body = e.body.get(); // opened when its window begins (beginWindow)
        message.size = QFileInfo(e.body->fileName()).size();
        message.body8bit = e.item.body8bit;
        message.smtpUtf8 = e.item.smtpUtf8;
        message.dsnReturn = e.item.dsnReturn;
        message.dsnEnvelopeId = e.item.dsnEnvelopeId;
        message.dsnNotify = e.item.dsnNotify;
        message.tlsRequirement = e.item.tlsRequirement;
        messages.append(message);
    }
    m_started = true;
    m_smtp->send(messages);
}

void OutboxBatch::connectSession()
{
    SmtpClient *client = m_smtp->client();
    // Direct connections all: these run inside the session, before what they announce reaches the socket.
    connect(m_smtp, &SmtpSender::messageStarted, this, &OutboxBatch::onMessageStarted, Qt::DirectConnection);
    connect(
        client, &SmtpClient::bodyStarted, this,
        [this](QIODevice *device) {
            for (size_t i = 0; i < m_entries.size(); ++i) {
                if (m_entries[i].body.get() == device) {
                    m_bodyIndex = int(i);
                }
            }
        },
        Qt::DirectConnection);
    connect(
        client, &SmtpClient::bodyChunkSent, this,
        [this](qint64, bool, bool last) {
            if (last) {
                onEndLeaving(m_bodyIndex);
            }
        },
        Qt::DirectConnection);
    connect(
        client, &SmtpClient::commandSent, this,
        [this](const QByteArray &line) {
            if (line == ".") {
                onEndLeaving(m_bodyIndex); // DATA with every recipient refused: the lone dot
            }
        },
        Qt::DirectConnection);
    connect(client, &SmtpClient::stepFinished, this, &OutboxBatch::onStep, Qt::DirectConnection);
    connect(m_smtp, &SmtpSender::bodyProgress, this, [this](int index, qint64 sent, qint64 total) {
        if (index >= 0 && size_t(index) < m_entries.size()) {
            Q_EMIT itemProgress(m_entries[size_t(index)].item.id, sent, total);
        }
    });
    connect(m_smtp, &SmtpSender::messageAccepted, this, &OutboxBatch::onAccepted, Qt::DirectConnection);
    connect(
        m_smtp, &SmtpSender::messageFailed, this,
        [this](int index) {
            settleAcceptedNow(); // outcomes are told in order
            settle(index);
        },
        Qt::DirectConnection);
    connect(m_smtp, &SmtpSender::finished, this, &OutboxBatch::onSessionFinished, Qt::QueuedConnection);
}

void OutboxBatch::onMessageStarted(int index)
{
    if (index < 0 || size_t(index) >= m_entries.size() || !m_outbox) {
        return;
    }
    m_awaitingMailReply.append(index);
    m_lastStarted = qMax(m_lastStarted, index);
    Entry &e = m_entries[size_t(index)];
    if (!e.begun && e.storeError.isEmpty()) {
        beginWindow(index);
    }
    if (!e.begun) {
        // Not readable, so the session cannot send it: its transaction fails, nothing of it leaves.
        e.body->close();
    }
}

bool OutboxBatch::beginWindow(int from)
{
    // The next messages, recorded in the journal on disk with one sync, then begun together.
    QList<size_t> indexes;
    QList<QPair<QString, int>> window;
    for (size_t i = size_t(from); i < m_entries.size() && window.size() < JournalWindow; ++i) {
        if (!m_entries[i].settled && !m_entries[i].begun) {
            indexes.append(i);
            window.append({ m_entries[i].item.id, m_entries[i].item.attempts });
        }
    }
    QString error;
    if ((!m_journal.isOpen() && !m_journal.open(&error)) || !m_journal.recordStarting(window, &error)) {
        for (const size_t i : std::as_const(indexes)) {
            m_entries[i].storeError = error;
        }
        return false;
    }
    for (const size_t i : std::as_const(indexes)) {
        Entry &e = m_entries[i];
        if (!e.body->open(QIODevice::ReadOnly)) {
            e.storeError = tr("The stored message cannot be read: %1.").arg(e.body->errorString());
        } else if (m_outbox->beginAttempt(e.item, &e.storeError, StoreFiles::Sync::Kernel)) {
            e.begun = true;
        } else {
            e.body->close();
        }
    }
    return m_entries[size_t(from)].begun;
}

void OutboxBatch::onAccepted(int index)
{
    if (index < 0 || size_t(index) >= m_entries.size() || !m_outbox) {
        return;
    }
    Entry &e = m_entries[size_t(index)];
    const SmtpSendResult result = m_smtp ? m_smtp->results().value(index) : SmtpSendResult();
    if (!m_done && !e.settled) {
        recordAccepted(e, result);
    }
    // Filed now rather than a flight later: without the journal's line a kill could not tell it was sent, and
    // recipients refused for now are owed a message of their own, which only the filing queues.
    if (m_done || !e.recordedAsSent || !refusedForNow(result).isEmpty()) {
        settleAcceptedNow(); // outcomes are told in order
        settle(index);
        return;
    }
    m_toFile.append(index);
    scheduleFiling();
}

void OutboxBatch::scheduleFiling()
{
    if (m_filingScheduled) {
        return;
    }
    m_filingScheduled = true;
    // Two turns of the event loop: the session writes the next flight when it is done with this reply, and
    // QSslSocket hands it to the network in a flush it posts behind that; filing after both is what overlaps
    // the server's work. Were the order of those turns to change, only the overlap would be lost.
    QMetaObject::invokeMethod(
        this, [this] { QMetaObject::invokeMethod(this, &OutboxBatch::fileAccepted, Qt::QueuedConnection); },
        Qt::QueuedConnection);
}

void OutboxBatch::settleAcceptedNow()
{
    for (const int index : std::exchange(m_toFile, {})) {
        settle(index);
    }
}

void OutboxBatch::fileAccepted()
{
    m_filingScheduled = false;
    settleAcceptedNow();
    // The messages of the flight after the one on the wire are recorded in the journal and begun now too,
    // rather than when their flight starts.
    if (m_done || m_cancelled || !m_smtp || !m_smtp->client()->isConnected() || m_lastStarted < 0) {
        return;
    }
    const size_t reach = size_t(m_lastStarted) + 1 + SmtpSender::MaxTransactionsInFlight;
    for (size_t i = size_t(m_lastStarted) + 1; i < m_entries.size() && i < reach; ++i) {
        const Entry &e = m_entries[i];
        if (!e.begun && !e.settled && e.storeError.isEmpty()) {
            beginWindow(int(i));
            return;
        }
    }
}

void OutboxBatch::onEndLeaving(int index)
{
    if (index < 0 || size_t(index) >= m_entries.size()) {
        return;
    }
    Entry &e = m_entries[size_t(index)];
    if (e.endLeft) {
        return;
    }
    e.endLeft = true;
    if (e.begun && m_outbox) {
        m_outbox->endOfMessageLeaving(e.item.id, StoreFiles::Sync::Kernel);
    }
}

void OutboxBatch::onStep(Smtp::Step step, const SmtpReply &reply, qint64 ms)
{
    // Replies come in the order of the commands, and each transaction begins with MAIL: the MAIL reply names
    // the transaction whose replies follow.
    if (step == Smtp::Step::MailFrom && !m_awaitingMailReply.isEmpty()) {
        m_replyOwner = m_awaitingMailReply.takeFirst();
    }
    StepSummary s;
    s.step = QString::fromLatin1(Smtp::stepName(step));
    s.replyCode = reply.isValid() ? reply.code() : 0;
    s.reply = reply.isValid() ? reply.summary() : QString();
    s.milliseconds = ms;
    const bool transactionStep
        = step == Smtp::Step::MailFrom || step == Smtp::Step::RcptTo || step == Smtp::Step::Data;
    m_lastAnswered = transactionStep ? m_replyOwner : -1;
    if (m_replyOwner < 0) {
        m_sessionSteps.append(s);
    } else if (transactionStep) {
        m_entries[size_t(m_replyOwner)].steps.append(s);
    }
}

void OutboxBatch::settle(int index)
{
    if (index < 0 || size_t(index) >= m_entries.size() || !m_outbox) {
        return;
    }
    Entry &e = m_entries[size_t(index)];
    if (e.settled) {
        return;
    }
    e.settled = true;
    m_awaitingMailReply.removeAll(index);
    const SmtpSendResult result = m_smtp ? m_smtp->results().value(index) : SmtpSendResult();
    SmtpError error;
    if (result.accepted) {
        settleAccepted(e, result);
    } else {
        error = settleFailed(e, result, index == m_lastAnswered);
    }
    m_outbox->release(e.item.id);
    Q_EMIT itemFinished(e.item.id, e.item, result, error, e.storeError);
}

void OutboxBatch::recordAccepted(Entry &e, const SmtpSendResult &result)
{
    if (e.recordedAsSent) {
        return;
    }
    OutboxItem &item = e.item;
    item.delivery = DeliveryReport::fromResult(result);
    item.delivery.server = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.effectivePort());
    item.delivery.steps = m_sessionSteps + e.steps;
    e.recordedAsSent = m_journal.recordOutcome(item.id, OutboxJournal::Outcome::Sent, item.delivery.toJson());
}

void OutboxBatch::settleAccepted(Entry &e, const SmtpSendResult &result)
{
    recordAccepted(e, result);
    OutboxItem &item = e.item;
    QString storeError;
    const bool filed = m_outbox->fileAsSent(item, &storeError, StoreFiles::Sync::Kernel);
    e.storeError = storeError;
    retryRefusedForNow(item, result, filed);
}

SmtpError OutboxBatch::settleFailed(Entry &e, const SmtpSendResult &result, bool answeredLast)
{
    SmtpError error = result.error.isError() ? result.error : (m_smtp ? m_smtp->error() : SmtpError());
    if (!error.isError()) {
        error
            = SmtpError(SmtpError::ConnectionLost, Smtp::Step::None, tr("The send ended without a result."));
    }
    OutboxItem &item = e.item;
    if (!e.begun && (m_cancelled || !e.storeError.isEmpty())) {
        // Never started: it waits where it was (a store failure is said, the state is not touched).
        if (!e.storeError.isEmpty()) {
            item.lastError
                = OutboxFailure::other(QStringLiteral("store"), e.storeError, true, ExitCantCreate);
            return SmtpError(SmtpError::InvalidInput, Smtp::Step::None, e.storeError);
        }
        return SmtpError(SmtpError::Cancelled, Smtp::Step::None, tr("Cancelled before it was sent."));
    }
    if (!e.begun) {
        // The connection failed before this message's turn: its attempt failed with it.
        item.attempts += 1;
        item.lastAttempt = QDateTime::currentDateTimeUtc();
    }
    // Once its end left, only a reply to it is a definite word: its own final reply, or the refusal that
    // ended the session (a 421) when that was the answer to one of its commands. Before its end left, nothing
    // of it can have been delivered, whatever the session says about the connection.
    const SmtpReply &said = error.reply();
    const bool refusedIt = answeredLast && said.isValid() && !said.isPositive()
        && error.code() != SmtpError::ProtocolError && error.code() != SmtpError::MessageMayHaveBeenSent;
    const bool uncertain = e.endLeft && !result.finalReply.isValid() && !refusedIt;
    if (!e.endLeft && error.code() == SmtpError::MessageMayHaveBeenSent) {
        error = SmtpError(SmtpError::ConnectionLost, error.step(),
            tr("The connection ended before this message had left, so it was not delivered."));
    }
    item.lastError = OutboxFailure::fromSmtpError(error);
    if (uncertain) {
        item.state = OutboxItem::State::MayHaveBeenSent;
        if (error.code() != SmtpError::MessageMayHaveBeenSent) {
            item.lastError.code = QStringLiteral("may-have-been-sent");
            item.lastError.temporary = false;
            item.lastError.message
                = tr("The connection ended after the whole message had left and before the "
                     "server answered for it (%1). It may have been delivered: check before "
                     "sending it again.")
                      .arg(error.message());
        }
    } else {
        item.state = stateAfterFailure(e, error);
    }
    if (e.begun) {
        m_journal.recordOutcome(
            item.id, uncertain ? OutboxJournal::Outcome::Uncertain : OutboxJournal::Outcome::NotSent);
    }
    QString storeError;
    // "May have been sent" goes to disk at once: after a power cut it must never come back as queued.
    if (!m_outbox->finishAttempt(
            item, &storeError, uncertain ? StoreFiles::Sync::Disk : StoreFiles::Sync::Kernel)) {
        e.storeError = tr("The outcome could not be recorded in the outbox. %1").arg(storeError);
    }
    return error;
}

OutboxItem::State OutboxBatch::stateAfterFailure(Entry &e, const SmtpError &error) const
{
    OutboxItem &item = e.item;
    if (error.code() == SmtpError::Cancelled) {
        item.note = tr("Sending was cancelled before the message was sent.");
        return OutboxItem::State::Queued;
    }
    if (!OutboxRetryPolicy::isRetryable(error)) {
        return OutboxItem::State::Failed;
    }
    if (item.attempts >= m_policy.maxAttempts) {
        item.note
            = tr("Gave up after %n attempts; try again when the problem is solved.", nullptr, item.attempts);
        return OutboxItem::State::Failed;
    }
    item.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(m_policy.delayAfter(item.attempts));
    return OutboxItem::State::Waiting;
}

void OutboxBatch::retryRefusedForNow(const OutboxItem &sent, const SmtpSendResult &result, bool filed)
{
    // Recipients refused with a 4xx while the others got the message are owed it: a new outbox message with
    // the same bytes for just them, retried like any temporary failure. The delivered part is never sent
    // again.
    SmtpReply firstReply;
    const QStringList later = refusedForNow(result, &firstReply);
    if (later.isEmpty() || !m_outbox->sentFolder()) {
        return;
    }
    const QString source
        = filed ? m_outbox->sentFolder()->messagePath(sent.id) : m_outbox->messagePath(sent.id);
    OutboxItem rest = sent;
    rest.id.clear();
    rest.recipients = later;
    rest.delivery = DeliveryReport();
    rest.size = -1;
    rest.notBefore = QDateTime();
    QString error;
    if (!m_outbox->enqueueFile(source, rest, &error, true)) {
        qCWarning(lcStore, "Could not queue the message again for %s: %s",
            qPrintable(later.join(QStringLiteral(", "))), qPrintable(error));
        return;
    }
    rest.state = OutboxItem::State::Waiting;
    rest.attempts = 1;
    rest.lastAttempt = QDateTime::currentDateTimeUtc();
    rest.nextAttempt = rest.lastAttempt.addMSecs(m_policy.delayAfter(1));
    rest.lastError = OutboxFailure::fromSmtpError(SmtpError(SmtpError::AllRecipientsRefused,
        Smtp::Step::RcptTo,
        tr("The server refused these recipients for now, while the others got the message."), firstReply));
    rest.note = tr("Split from %1, which reached the other recipients.").arg(sent.id);
    m_outbox->finishAttempt(rest, &error);
    m_outbox->release(rest.id);
}

void OutboxBatch::onSessionFinished()
{
    if (m_done) {
        return;
    }
    m_toFile.clear(); // settled below, in order
    for (size_t i = 0; i < m_entries.size(); ++i) {
        settle(int(i)); // what the session ended without a word on
    }
    makeDurable();
    m_done = true;
    Q_EMIT finished();
}

void OutboxBatch::makeDurable()
{
    if (!m_journal.isOpen() || !m_outbox) {
        return; // nothing began: every state written is one a power cut may undo harmlessly
    }
    // What the journal vouches for goes to disk before the journal goes: the moves into the sent folder and
    // the new states of the messages that began (a power cut must not bring back a Sending state).
    bool anySent = false;
    for (const Entry &e : m_entries) {
        if (!e.begun) {
            continue;
        }
        if (e.item.state == OutboxItem::State::Sent) {
            anySent = true;
        } else if (e.item.state != OutboxItem::State::MayHaveBeenSent) {
            StoreFiles::syncFile(m_outbox->itemDirectory(e.item.id) + QStringLiteral("/item.json"));
        }
    }
    StoreFiles::syncDirectory(m_outbox->directory());
    if (m_outbox->sentFolder()) {
        m_outbox->sentFolder()->saveUsage();
    }
    if (anySent && m_outbox->sentFolder()) {
        StoreFiles::syncDirectory(m_outbox->sentFolder()->directory());
    }
    m_journal.finish();
}

void OutboxBatch::cancel()
{
    m_cancelled = true;
    if (m_started && m_smtp) {
        m_smtp->cancel();
    }
}

void OutboxBatch::abandon()
{
    if (m_done) {
        return;
    }
    {
        // Accepted and not filed yet: filed now, as the session said (no signals: the program is going).
        const QSignalBlocker quiet(this);
        settleAcceptedNow();
    }
    m_done = true;
    if (m_smtp) {
        m_smtp->disconnect(this);
        m_smtp->client()->disconnect(this);
        m_smtp->cancel();
    }
    for (Entry &e : m_entries) {
        if (e.settled || !m_outbox) {
            continue;
        }
        e.settled = true;
        if (e.begun) {
            // Before the end of the message left it goes back to the queue; after, nobody knows.
            OutboxItem &item = e.item;
            const bool endLeft = e.endLeft || !m_outbox->hasUnsentMarker(item.id);
            item.state = endLeft ? OutboxItem::State::MayHaveBeenSent : OutboxItem::State::Queued;
            if (endLeft) {
                item.lastError = OutboxFailure::other(QStringLiteral("may-have-been-sent"),
                    tr("Epistle was closed after the whole message had left and before the server "
                       "confirmed it. It may have been delivered: check before sending it again."),
                    false, ExitTempFail);
            } else {
                item.note = tr("Epistle was closed during an attempt, before the message was sent.");
            }
            m_journal.recordOutcome(
                item.id, endLeft ? OutboxJournal::Outcome::Uncertain : OutboxJournal::Outcome::NotSent);
            QString error;
            m_outbox->finishAttempt(item, &error);
        }
        m_outbox->release(e.item.id);
    }
    makeDurable();
}
