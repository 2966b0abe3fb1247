#pragma once

#include "smtp/smtpconnectionsettings.h"
#include "smtp/smtperror.h"
#include "smtp/smtpsender.h"
#include "smtp/smtptransaction.h"
#include "store/outboxbatch.h"
#include "store/outboxitem.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

class Outbox;

// Sends what waits in the outbox through the SMTP engine: a queue, first in, first out. Messages for the same
// account go together over one connection (an OutboxBatch: transactions pipelined where the server allows, at
// most MaxMessagesPerConnection), accounts one after another in the order of their oldest message. Each
// message's outcome is its own: accepted -> the sent folder with its delivery report; a temporary failure
// (4xx, timeout, no network, 421) -> Waiting, tried again with growing delays up to a cap; a permanent one
// (5xx, login refused, untrusted certificate) -> Failed, waiting for the person; cut off after the whole
// message left -> MayHaveBeenSent, never retried automatically (at most once). Recipients refused with a 4xx
// while the others were accepted get a new outbox message of their own, retried like any temporary failure.
//
// The store does not know how accounts are kept: a resolver the app supplies turns an item's account name (or
// its stored connection) into SmtpConnectionSettings, possibly later (a keychain lookup), once per
// connection.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    using SettingsReady = std::function<void(const SmtpConnectionSettings &settings, const QString &error)>;
    // Calls 'ready' exactly once, now or later, with the settings or with an error (unknown account, no
    // password): the messages then fail and wait for the person.
    using Resolver = std::function<void(const OutboxItem &item, const SettingsReady &ready)>;
    // Which messages may share a connection: those with the same key.
    using BatchKey = std::function<QString(const OutboxItem &item)>;
    using RetryPolicy = OutboxRetryPolicy;

    // Servers commonly cap the messages of one session; a long queue takes several connections.
    static constexpr int MaxMessagesPerConnection = 100;

    OutboxSender(Outbox *outbox, Resolver resolver, QObject *parent = nullptr);
    ~OutboxSender() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    // Asked at most once per message, when the server refused a login made with an OAuth token: settings with
    // a fresh token (a refresh), and the refused messages go again at once over a new connection with them;
    // an error instead ends them as a refused login with that error's words; neither (empty settings, no
    // error) ends them with the server's refusal as it was. Only messages of which nothing had left are tried
    // again, so none can be sent twice.
    void setRefusedTokenResolver(Resolver resolver) { m_refusedTokenResolver = std::move(resolver); }
    // By default messages share a connection when they name the same account (or the same stored server).
    void setBatchKey(BatchKey key) { m_batchKey = std::move(key); }
    static QString defaultBatchKey(const OutboxItem &item);

    // On: sends due messages by itself, now, whenever the outbox changes, and when the next one becomes due
    // (send later, retry delays). Off (the default): only the calls below send.
    void setAutomatic(bool automatic);
    bool isAutomatic() const { return m_automatic; }
    // On: when the network comes back (QNetworkInformation), what waits for a retry goes at once.
    void setFollowNetwork(bool follow);

    // The sentence for a message whose account no longer exists (the resolvers' error), without an id.
    static QString accountRemovedMessage();

    // Sends one message, alone and before anything else lined up, whatever its schedule or state: the person
    // asked (for MayHaveBeenSent, call Outbox::retry first: that is the person's decision). False when the
    // message does not exist or another process is sending it.
    bool sendNow(const QString &id, QString *error = nullptr);
    // The same for several messages the person named, in this order, sharing connections per account.
    int send(const QStringList &ids);
    // Sends every message that is due now, in queue order. Returns how many were lined up.
    int flush();
    // Sends what is queued and due, and what waits for a retry whatever its retry time (never Failed or
    // MayHaveBeenSent): `epistle outbox flush`, and the network coming back. Returns how many were lined up.
    int flushWaiting();
    // Stops the current connection (its messages go back to the queue unless they may already have been
    // delivered) and drops the ones lined up.
    void cancel();
    // Stops one message: its place in the line, or the connection carrying it (also while its settings or
    // password are still being looked up). Other accounts' messages go on.
    void cancel(const QString &id);

    // Sending, looking up settings, or with outcomes still to tell (itemFinished comes on a fresh stack).
    bool isBusy() const { return m_batch || m_resolving || m_untold > 0; }
    // Being sent (or its connection's settings being looked up) right now.
    bool isSending(const QString &id) const;
    QStringList sendingIds() const;
    QStringList pendingIds() const;

Q_SIGNALS:
    // A connection starts for these messages: connect to sender->client() for transcripts and certificate
    // decisions. itemStarted follows for each of them, with the same sender.
    void batchStarted(const QStringList &ids, SmtpSender *sender);
    void itemStarted(const QString &id, SmtpSender *sender);
    void itemProgress(const QString &id, qint64 sent, qint64 total);
    // An attempt is over. 'item' is its new state (Sent, Waiting, Failed, MayHaveBeenSent, Queued); 'error'
    // is the failure (NoError when delivered). 'storeError' is set when the outcome could not be recorded as
    // it should (a full disk): the UI must show it.
    void itemFinished(const QString &id, const OutboxItem &item, const SmtpSendResult &result,
        const SmtpError &error, const QString &storeError);
    // Nothing left to do.
    void idle();

private:
    enum class Mode {
        Due, // an automatic run: only what is due
        Waiting, // queued and due, or waiting for a retry
        Forced // the person named it: anything but Sent and Sending
    };
    struct Pending
    {
        QString id;
        Mode mode = Mode::Due;
        bool alone = false;
    };

    int enqueuePending(const QStringList &ids, Mode mode);
    bool isLinedUp(const QString &id) const;
    bool takeEligible(const Pending &pending, OutboxItem *item);
    QList<OutboxItem> nextGroup();
    void processNext();
    void scheduleProcessNext();
    void startWithSettings(quint64 generation, const SmtpConnectionSettings &settings, const QString &error);
    void failGroup(const OutboxFailure &failure, OutboxItem::State state);
    void emitFinished(const QString &id, const OutboxItem &item, const SmtpSendResult &result,
        const SmtpError &error, const QString &storeError);
    void onBatchFinished();
    bool holdForFreshToken(const QString &id, const OutboxItem &item, const SmtpError &error);
    bool retryWithFreshToken();
    void schedule();

    QPointer<Outbox> m_outbox;
    Resolver m_resolver;
    BatchKey m_batchKey;
    // The refused-token retry: the outcomes held back until the refresh answers, the messages already given
    // their one retry, and the fresh settings for the next connection of that account.
    struct HeldOutcome
    {
        QString id;
        OutboxItem item;
        SmtpSendResult result;
        SmtpError error;
        QString storeError;
    };
    Resolver m_refusedTokenResolver;
    QList<HeldOutcome> m_heldForToken;
    QSet<QString> m_tokenRetried;
    bool m_hasFreshSettings = false;
    QString m_freshKey;
    SmtpConnectionSettings m_freshSettings;
    SmtpConnectionSettings m_batchSettings;
    RetryPolicy m_policy;
    bool m_automatic = false;
    QList<Pending> m_pending;
    QList<OutboxItem> m_group; // claimed, waiting for the resolver
    bool m_resolving = false;
    quint64 m_generation = 0;
    OutboxBatch *m_batch = nullptr;
    QTimer m_timer;
    bool m_processScheduled = false;
    bool m_scheduleQueued = false;
    bool m_followingNetwork = false;
    int m_untold = 0;
};
