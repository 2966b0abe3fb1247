#pragma once

#include "store/itemfolder.h"
#include "store/outboxitem.h"
#include "store/outboxjournal.h"
#include "store/storefiles.h"
#include "store/storelock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class MimeMessage;
class QIODevice;
class SentFolder;

// The outbox: every message is put here, whole, before any byte of it goes to a server, and leaves only when
// the server has accepted it (into the sent folder) or the person removes it. Each message is a folder with
// its exact bytes (message.eml) and a sidecar (item.json: envelope, account, state, attempts, last error).
// It is a queue: lists and flushes go in queue order (OutboxItem::queuedBefore: first in, first out).
//
// How it never loses or doubles a message:
//  - enqueue writes the folder under a hidden name, syncs it to disk and renames it into place: it appears
//    whole or not at all, and a power cut after "queued" keeps it;
//  - before an attempt, an "unsent" marker is created and the state becomes Sending; the marker is removed
//    synchronously, before the bytes are handed to the socket, when the end of the message (its BDAT LAST or
//    its final dot) is about to leave;
//  - after the server's final 250 the state becomes Sent and the folder is renamed into the sent folder;
//  - on the next start (recover()) a Sending item whose marker is still there was interrupted before its end
//    left, so it is queued again; without the marker it may have been delivered, so it becomes
//    MayHaveBeenSent and waits for the person (at most once, never a silent duplicate).
// The steps of an attempt are written to the kernel only (a killed process keeps them); what makes them safe
// against a power cut is the sender's OutboxJournal, read by recover() after a restart of the machine.
//
// Items are claimed (a StoreLock in .locks/) while they are being sent or changed, so two Epistle processes
// never send the same message. A claim left by a dead process is what tells recover() which items to look at,
// so a start costs the same whatever the outbox holds.
class Outbox : public QObject
{
    Q_OBJECT
public:
    // What recover() found and did.
    struct Recovery
    {
        QStringList requeued; // interrupted before the message left: queued again
        QStringList mayHaveBeenSent; // interrupted after the whole message left: the person decides
        QStringList filedAsSent; // delivered, the move into the sent folder is now finished
        QStringList problems; // damaged items and what could not be repaired
    };

    Outbox(const QString &directory, SentFolder *sent, QObject *parent = nullptr);
    ~Outbox() override;

    QString directory() const { return m_folder.directory(); }
    SentFolder *sentFolder() const { return m_sent; }
    QString itemDirectory(const QString &id) const { return m_folder.itemDirectory(id); }
    QString messagePath(const QString &id) const { return m_folder.messagePath(id); }
    // Where senders keep their OutboxJournal.
    QString journalDirectory() const { return directory() + QStringLiteral("/.journal"); }

    // Puts a message in the outbox: the bytes are copied from 'message' (read to its end; when item.size >= 0
    // exactly that many are expected, which catches a source that stopped early). The caller fills the
    // envelope (from, recipients, flags), the account (or connection) and, for send later, notBefore; the
    // outbox sets state, created and size, and the id unless the caller chose an unused one. With 'claim' the
    // item is claimed for this process before it becomes visible (the caller then sends it at once with
    // OutboxSender::sendNow, and no other process can take it first). On failure nothing was added.
    bool enqueue(QIODevice *message, OutboxItem &item, QString *error = nullptr, bool claim = false);
    // The same for a message still to be written (MessageWriter, 7-bit: any server takes it); the envelope,
    // subject, recipients display and Message-ID come from the message where 'item' leaves them empty.
    bool enqueue(const MimeMessage &message, OutboxItem &item, QString *error = nullptr, bool claim = false);
    bool enqueueFile(const QString &emlPath, OutboxItem &item, QString *error = nullptr, bool claim = false);

    // In queue order. Items whose sidecar is damaged are listed with 'problem' set (and never sent
    // automatically).
    QList<OutboxItem> list() const;
    bool item(const QString &id, OutboxItem *item, QString *error = nullptr) const;
    bool contains(const QString &id) const { return m_folder.contains(id); }
    // Resolves what a person typed: a whole id, or an unambiguous prefix of one.
    QString findId(const QString &idOrPrefix, QString *error = nullptr) const;
    // The items an automatic run may send now, in queue order, and when the next one becomes due.
    QStringList dueIds(const QDateTime &now) const;
    QDateTime nextDueTime() const;
    // The messages that wait to be sent from an account, named as items name it (its id or its name): what
    // removing the account must say.
    QStringList idsForAccount(const QStringList &accountKeys) const;

    // The person's actions. Each is refused while the item is being sent (by this or another process).
    bool remove(const QString &id, QString *error = nullptr);
    // Makes the item ready to go again now, whatever its state (for MayHaveBeenSent this is the person's
    // explicit decision to risk a duplicate). Clears the schedule.
    bool retry(const QString &id, QString *error = nullptr);
    // Send later: holds the item until 'notBefore' (an invalid time: as soon as possible).
    bool reschedule(const QString &id, const QDateTime &notBefore, QString *error = nullptr);
    // The person checked that a MayHaveBeenSent message did arrive: file it as sent without sending it.
    bool markSent(const QString &id, QString *error = nullptr);
    // Sends the message from another account from now on (its own was removed, or the person prefers
    // another); a connection stored with it (a message queued with --server) is dropped.
    bool reassign(const QString &id, const QString &account, QString *error = nullptr);

    // Claims between processes (OutboxSender uses these; claims taken by enqueue are handed over the same
    // way).
    bool claim(const QString &id, QString *error = nullptr);
    void release(const QString &id);
    // Gives a claim up the way a crash would, so the next start looks at the item again: for an outcome that
    // could not be recorded.
    void abandonClaim(const QString &id);
    bool isClaimedHere(const QString &id) const { return m_claims.contains(id); }
    bool isClaimedElsewhere(const QString &id) const;

    // The steps of one attempt, in order (the caller holds the claim). 'sync' Kernel is for a sender whose
    // OutboxJournal covers a power cut; Disk syncs every step.
    // 1. The marker, then state Sending with the attempt counted. False: do not send (nothing is at risk).
    bool beginAttempt(OutboxItem &item, QString *error, StoreFiles::Sync sync = StoreFiles::Sync::Disk);
    // 2. The end of the message is about to leave: from here a crash means "may have been sent".
    bool endOfMessageLeaving(const QString &id, StoreFiles::Sync sync = StoreFiles::Sync::Disk);
    bool hasUnsentMarker(const QString &id) const;
    // 3a. Accepted: state Sent, then the folder moves into the sent folder. When the sidecar cannot be
    // written (disk full) the move is still made: being in the sent folder is what counts.
    bool fileAsSent(OutboxItem &item, QString *error, StoreFiles::Sync sync = StoreFiles::Sync::Disk);
    // 3b. Not accepted: the new state (Waiting, Failed, MayHaveBeenSent, Queued) is written, then the marker
    // goes. When it cannot be written, the claim is abandoned (release() does) so the next start settles it.
    bool finishAttempt(OutboxItem &item, QString *error, StoreFiles::Sync sync = StoreFiles::Sync::Disk);

    // Resolves what a crash, a kill or a power cut left behind (call once at start, before sending): see the
    // class comment. Looks only at claims left by dead processes and at leftover journals.
    Recovery recover();

Q_SIGNALS:
    void itemAdded(const QString &id);
    void itemChanged(const QString &id);
    // Removed by the person, or moved into the sent folder.
    void itemRemoved(const QString &id);

private:
    QString sidecarPath(const QString &id) const { return m_folder.sidecarPath(id); }
    QString markerPath(const QString &id) const { return itemDirectory(id) + QStringLiteral("/unsent"); }
    QString lockDirectory() const { return directory() + QStringLiteral("/.locks"); }
    QString lockPath(const QString &id) const { return lockDirectory() + QLatin1Char('/') + id; }
    QString newId(const QString &wanted) const;
    bool writeItem(const OutboxItem &item, QString *error, StoreFiles::Sync sync = StoreFiles::Sync::Disk);
    template<typename Change> bool changeItem(const QString &id, QString *error, Change change);
    void removeIncomingLeftovers();
    void recoverItem(const QString &id, Recovery *report);
    void replayStarted(const QString &id, const OutboxJournal::Record &record, Recovery *report);
    bool needsLegacyScan() const;

    ItemFolder m_folder;
    SentFolder *m_sent;
    QHash<QString, std::shared_ptr<StoreLock>> m_claims;
    QSet<QString> m_unsettled; // claims to abandon rather than release: their outcome is not on disk
    QDateTime m_lastCreated;
};
