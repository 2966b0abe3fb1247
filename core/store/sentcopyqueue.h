#pragma once

#include "imap/imapsentcopy.h"
#include "store/outboxbatch.h"
#include "store/outboxitem.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class SentFolder;
class StoreLock;

// Saves the copies owed to the servers' Sent folders (IMAP), for messages the SMTP server has accepted: the
// outbox's second step, and only ever this step. It works from the sent folder alone (an item there whose
// SentCopyRecord is Pending, or Failed for a reason that may pass), so a failed or interrupted copy is
// retried on its own and the message is never handed to SMTP again. Each attempt first looks for the message
// by its Message-ID, so a copy that may already be there (a lost answer, a crash mid-APPEND) is not saved
// twice. An attempt holds a claim on its message (SentFolder::copyClaimPath), so the app and a command line
// running at the same moment never both save it: the one that finds it claimed leaves it to the other, and
// a look by Message-ID could not prevent that, since both would look before either saved.
// One copy at a time; temporary failures wait with the outbox's growing delays, up to its attempt
// limit; the rest wait for the person (save() tries again). Like OutboxSender, it does not know how accounts
// are kept: a resolver the app supplies gives the IMAP settings (password included) and options for an item.
class SentCopyQueue : public QObject
{
    Q_OBJECT
public:
    // Settings and options for the item's copy, or an error (the account is gone, has no IMAP server, no
    // password): the copy then fails and waits for the person.
    using SettingsReady = std::function<void(
        const ImapConnectionSettings &settings, const ImapSentCopyOptions &options, const QString &error)>;
    using Resolver = std::function<void(const OutboxItem &item, const SettingsReady &ready)>;

    SentCopyQueue(SentFolder *sent, Resolver resolver, QObject *parent = nullptr);
    ~SentCopyQueue() override;

    void setRetryPolicy(const OutboxRetryPolicy &policy) { m_policy = policy; }
    // On: copies start by themselves when a message reaches the sent folder owing one, and when a retry
    // becomes due. Off (the default): only the calls below start them.
    void setAutomatic(bool automatic);

    // Lines up every copy that is due now (Pending, or a temporary failure whose time has come). Returns how
    // many.
    int saveDue();
    // The person asked: saves this message's copy now whatever its failure was. False (with 'error') when
    // the message is not in the sent folder or owes no copy (none wanted, or saved already).
    bool save(const QString &id, QString *error = nullptr);
    void cancel();

    bool isBusy() const { return m_copy || m_resolving || !m_pending.isEmpty(); }
    QString currentId() const { return m_currentId; }

Q_SIGNALS:
    // The IMAP session for 'id' starts: connect to copy->client() for transcripts and certificate decisions.
    void copyStarted(const QString &id, ImapSentCopy *copy);
    // An attempt is over; 'item' holds the new SentCopyRecord. 'storeError' is set when it could not be
    // recorded (the copy is then tried again, and found by its Message-ID if it was saved).
    void copyFinished(const QString &id, const OutboxItem &item, const ImapSentCopyResult &result,
        const QString &storeError);
    void idle();

private:
    struct Pending
    {
        QString id;
        bool forced = false;
    };
    bool claim(const QString &id);
    void lineUp(const QString &id, bool forced);
    void scheduleNext();
    void processNext();
    void startWith(quint64 generation, const ImapConnectionSettings &settings,
        const ImapSentCopyOptions &options, const QString &error);
    void onFinished(const ImapSentCopyResult &result);
    void settle(const ImapSentCopyResult &result, const QString &problem);
    bool writeItem(const OutboxItem &item, QString *error) const;
    void armTimer();

    QPointer<SentFolder> m_sent;
    Resolver m_resolver;
    OutboxRetryPolicy m_policy;
    bool m_automatic = false;
    QList<Pending> m_pending;
    QString m_currentId;
    OutboxItem m_current;
    std::unique_ptr<StoreLock> m_claim; // on m_currentId's copy, while it is attempted
    bool m_resolving = false;
    bool m_processScheduled = false;
    quint64 m_generation = 0;
    ImapSentCopy *m_copy = nullptr;
    QFile m_message;
    QTimer m_timer;
};
