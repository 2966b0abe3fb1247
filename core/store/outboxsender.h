#pragma once

#include "smtp/smtpconnectionsettings.h"
#include "smtp/smtperror.h"
#include "smtp/smtpsender.h"
#include "smtp/smtptransaction.h"
#include "store/outboxitem.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class Outbox;

// Sends what waits in the outbox through the SMTP engine, one message at a time, and files each outcome:
// accepted -> the sent folder with its delivery report; a temporary failure (4xx, timeout, no network, 421)
// -> Waiting, tried again with growing delays up to a cap; a permanent one (5xx, login refused, untrusted
// certificate) -> Failed, waiting for the person; a connection lost after the whole message left ->
// MayHaveBeenSent, never retried automatically (at most once). Recipients refused with a 4xx while the others
// were accepted get a new outbox message of their own, retried like any temporary failure.
//
// The store does not know how accounts are kept: a resolver the app supplies turns an item's account name (or
// its stored connection) into SmtpConnectionSettings, possibly later (a keychain lookup).
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    using SettingsReady = std::function<void(const SmtpConnectionSettings &settings, const QString &error)>;
    // Calls 'ready' exactly once, now or later, with the settings or with an error (unknown account, no
    // password): the item then fails and waits for the person.
    using Resolver = std::function<void(const OutboxItem &item, const SettingsReady &ready)>;

    // When temporary failures are tried again: after the 1st failure delays[0], after the 2nd delays[1], ...
    // (the last delay repeats), and not after maxAttempts attempts in all.
    struct RetryPolicy
    {
        QList<qint64> delaysMs = { 60 * 1000, 5 * 60 * 1000, 15 * 60 * 1000, 30 * 60 * 1000, 60 * 60 * 1000 };
        int maxAttempts = 10;

        qint64 delayAfter(int attempts) const;
        // Temporary by the engine's rules (4xx, timeouts, lost connections, 421, no network), and a refused
        // connection (a server restarting). MessageMayHaveBeenSent is never retryable.
        static bool isRetryable(const SmtpError &error);
    };

    OutboxSender(Outbox *outbox, Resolver resolver, QObject *parent = nullptr);
    ~OutboxSender() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Asked at most once per attempt, when the server refused a login made with an OAuth token: settings
    // with a fresh token (a refresh), and the attempt goes on with them; an error instead ends it as a
    // refused login with that error's words; neither (empty settings, no error) ends it with the server's
    // refusal as it was. The login precedes the envelope, so nothing of the message has left at that point
    // and it cannot be sent twice.
    void setRefusedTokenResolver(Resolver resolver) { m_refusedTokenResolver = std::move(resolver); }
    RetryPolicy retryPolicy() const { return m_policy; }

    // On: sends due messages by itself, now, whenever the outbox changes, and when the next one becomes due
    // (send later, retry delays). Off (the default): only sendNow() and flush() send.
    void setAutomatic(bool automatic);
    bool isAutomatic() const { return m_automatic; }

    // Sends one message as soon as the sender is free, whatever its schedule or state: the person asked (for
    // MayHaveBeenSent, call Outbox::retry first: that is the person's decision). False when the message does
    // not exist or another process is sending it.
    bool sendNow(const QString &id, QString *error = nullptr);
    // Sends every message that is due now. Returns how many were lined up.
    int flush();
    // Stops the current attempt (its message is queued again unless it may already have been delivered) and
    // drops the ones lined up.
    void cancel();
    // Stops one message only: its attempt if it is the current one (also while its settings or password are
    // still being looked up), or its place in the line. Other windows' messages go on.
    void cancel(const QString &id);

    bool isBusy() const { return !m_current.isEmpty(); }
    QString currentId() const { return m_current; }
    QStringList pendingIds() const { return m_pending; }

Q_SIGNALS:
    // An attempt starts: connect to sender->client() for transcripts, progress and certificate decisions.
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
    void processNext();
    void startWithSettings(quint64 generation, const SmtpConnectionSettings &settings, const QString &error);
    void startSender(const SmtpConnectionSettings &settings);
    void onSenderFinished();
    bool retryWithFreshToken(const SmtpError &error);
    void fileFailure(const SmtpSendResult &result, const SmtpError &error);
    void retryRefusedForNow(const OutboxItem &sent, const SmtpSendResult &result, bool filed);
    void finishWithoutSending(const OutboxFailure &failure, OutboxItem::State state);
    void endCurrent(const OutboxItem &item, const SmtpSendResult &result, const SmtpError &error,
        const QString &storeError);
    void schedule();

    QPointer<Outbox> m_outbox;
    Resolver m_resolver;
    Resolver m_refusedTokenResolver;
    bool m_tokenRetried = false;
    RetryPolicy m_policy;
    bool m_automatic = false;
    QStringList m_pending;
    QStringList m_forced;
    QString m_current;
    OutboxItem m_item;
    quint64 m_generation = 0;
    SmtpConnectionSettings m_settings;
    std::unique_ptr<QFile> m_body;
    QPointer<SmtpSender> m_sender;
    QList<StepSummary> m_steps;
    bool m_endLeft = false;
    QTimer m_timer;
    bool m_processScheduled = false;
};
