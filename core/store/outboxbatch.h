#pragma once

#include "smtp/smtpconnectionsettings.h"
#include "smtp/smtperror.h"
#include "smtp/smtptransaction.h"
#include "store/outboxitem.h"
#include "store/outboxjournal.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class Outbox;
class QFile;
class SmtpSender;

// When temporary failures are tried again: after the 1st failure delaysMs[0], after the 2nd delaysMs[1], ...
// (the last delay repeats), and not after maxAttempts attempts in all.
struct OutboxRetryPolicy
{
    QList<qint64> delaysMs = { 60 * 1000, 5 * 60 * 1000, 15 * 60 * 1000, 30 * 60 * 1000, 60 * 60 * 1000 };
    int maxAttempts = 10;

    qint64 delayAfter(int attempts) const;
    // Temporary by the engine's rules (4xx, timeouts, lost connections, 421, no network), and a refused
    // connection (a server restarting). MessageMayHaveBeenSent is never retryable.
    static bool isRetryable(const SmtpError &error);
};

// One connection's worth of outbox messages: sends the claimed items, in their order, over one SmtpSender
// session (transactions pipelined where the server allows), and settles each message by its own result, as
// soon as that result is known: accepted -> the sent folder; its own definite refusal -> Waiting (temporary,
// with a growing delay) or Failed; cut off after its end had left -> MayHaveBeenSent; cut off before ->
// Waiting (or Queued again when cancelled). A failure of one message never decides another's state.
//
// The rule for the moment a message's end leaves, with many messages on one connection: the client's
// bodyStarted(device) says whose body is on the wire next (one body at a time, in transaction order), and the
// bodyChunkSent(last) of that body (BDAT LAST, or the final dot; for a DATA transaction whose recipients were
// all refused, the lone dot) is its end. Both are direct connections, run before the bytes are handed to the
// socket: that message's unsent marker is removed there, so a kill -9 at any point leaves each message
// exactly queued (marker), may-have-been-sent (Sending without marker) or sent. A message begins (marker,
// then Sending) when the session starts its transaction, after its id is in the journal on disk; nothing of
// it is written to the socket before that.
//
// Durability: per message, only the kernel (no disk sync): fast, and exact after a killed process. The
// OutboxJournal on disk covers a power cut, with one sync per window of messages; at the end the moves and
// the written states of started messages are synced before the journal goes.
//
// Overlap with the server: a message the server accepted is recorded as sent in the journal at once, and
// filed (the sent folder, its outcome told) once the next flight has left; the window after the flight on
// the wire is begun then too. So the store's per-message work runs while the server works on that flight,
// not between two flights. A kill in that gap leaves the message Sending without its marker, and the
// journal's "sent" line, which the next start files (Outbox::recover): a kill still leaves at most the one
// flight on the wire uncertain.
class OutboxBatch : public QObject
{
    Q_OBJECT
public:
    // Messages whose ids are recorded in the journal with one disk sync.
    static constexpr int JournalWindow = 16;

    // 'items' are claimed by the caller; the batch releases each claim once its message is settled.
    OutboxBatch(Outbox *outbox, const QList<OutboxItem> &items, const SmtpConnectionSettings &settings,
        const OutboxRetryPolicy &policy, QObject *parent = nullptr);
    ~OutboxBatch() override;

    SmtpSender *smtp() const { return m_smtp; }
    QStringList ids() const;
    // Not settled yet: queued for this connection or on the wire (one the server accepted and that waits to
    // be filed is not: cancelling it could only stop the others).
    bool isUnsettled(const QString &id) const;

    void start();
    // Stops the connection: what was not sent yet stays queued, what may have been sent says so.
    void cancel();
    // The program goes away mid-send: settles every message now, as the next start would, without signals.
    void abandon();

Q_SIGNALS:
    void itemProgress(const QString &id, qint64 sent, qint64 total);
    void itemFinished(const QString &id, const OutboxItem &item, const SmtpSendResult &result,
        const SmtpError &error, const QString &storeError);
    void finished();

private:
    struct Entry
    {
        OutboxItem item;
        std::unique_ptr<QFile> body;
        bool begun = false;
        bool endLeft = false;
        bool settled = false;
        bool recordedAsSent = false; // the journal has its "sent" line, with the report
        QString storeError;
        QList<StepSummary> steps;
    };

    void connectSession();
    void onMessageStarted(int index);
    bool beginWindow(int from);
    void onAccepted(int index);
    void scheduleFiling();
    void settleAcceptedNow();
    void fileAccepted();
    void onEndLeaving(int index);
    void onStep(Smtp::Step step, const SmtpReply &reply, qint64 ms);
    void settle(int index);
    void recordAccepted(Entry &entry, const SmtpSendResult &result);
    void settleAccepted(Entry &entry, const SmtpSendResult &result);
    SmtpError settleFailed(Entry &entry, const SmtpSendResult &result, bool answeredLast);
    OutboxItem::State stateAfterFailure(Entry &entry, const SmtpError &error) const;
    void retryRefusedForNow(const OutboxItem &sent, const SmtpSendResult &result, bool filed);
    void onSessionFinished();
    void makeDurable();

    QPointer<Outbox> m_outbox;
    SmtpConnectionSettings m_settings;
    OutboxRetryPolicy m_policy;
    std::vector<Entry> m_entries;
    SmtpSender *m_smtp = nullptr;
    OutboxJournal m_journal;
    QList<StepSummary> m_sessionSteps;
    QList<int> m_awaitingMailReply; // started messages, in order, whose MAIL reply has not come yet
    int m_replyOwner = -1; // the message whose replies are being read
    int m_lastAnswered = -1; // the message the latest reply answered (-1: none, e.g. RSET or QUIT)
    int m_bodyIndex = -1; // the message whose body is on the wire
    int m_lastStarted = -1; // the latest message whose transaction started
    QList<int> m_toFile; // accepted, in order, filed once the next flight has left (fileAccepted)
    bool m_filingScheduled = false;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_done = false;
};
