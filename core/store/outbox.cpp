#include "store/outbox.h"

#include "mime/addressparser.h"
#include "mime/messagewriter.h"
#include "store/sentfolder.h"
#include "store/storefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

enum { ExitTempFail = 75 };

} // namespace

Outbox::Outbox(const QString &directory, SentFolder *sent, QObject *parent)
    : QObject(parent), m_folder(directory), m_sent(sent)
{ }

Outbox::~Outbox() = default;

QString Outbox::newId(const QString &wanted) const
{
    const auto taken = [this](const QString &id) {
        return QFileInfo::exists(itemDirectory(id)) || (m_sent && m_sent->contains(id));
    };
    if (StoreFiles::isValidId(wanted) && !taken(wanted)) {
        return wanted;
    }
    QString id;
    do {
        id = StoreFiles::newId();
    } while (taken(id));
    return id;
}

bool Outbox::enqueue(QIODevice *message, OutboxItem &item, QString *error, bool claimIt)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (item.recipients.isEmpty()) {
        why = tr("The message has no recipients; nothing was queued.");
        return false;
    }
    if (!StoreFiles::ensureDirectory(directory(), &why)) {
        why = tr("The message could not be put in the outbox. %1").arg(why);
        return false;
    }
    const QString id = newId(item.id);
    // Built under a hidden name that names this process, so a crash leaves a leftover that recover() can tell
    // from the work of a live process.
    const QString incoming
        = directory() + QStringLiteral("/.incoming-%1-%2").arg(QCoreApplication::applicationPid()).arg(id);
    auto fail = [&](const QString &reason) {
        QDir(incoming).removeRecursively();
        release(id);
        why = tr("The message could not be put in the outbox, so nothing was sent. %1").arg(reason);
        return false;
    };
    QString reason;
    if (!StoreFiles::ensureDirectory(incoming, &reason)) {
        return fail(reason);
    }
    if (!StoreFiles::copyAtomically(message, incoming + QStringLiteral("/message.eml"), item.size, &reason)) {
        return fail(reason);
    }
    OutboxItem stored = item;
    stored.id = id;
    stored.size = QFileInfo(incoming + QStringLiteral("/message.eml")).size();
    stored.state = OutboxItem::State::Queued;
    stored.attempts = 0;
    // Strictly increasing within this outbox, so messages queued in the same millisecond keep their order.
    stored.created = QDateTime::currentDateTimeUtc();
    if (m_lastCreated.isValid() && stored.created <= m_lastCreated) {
        stored.created = m_lastCreated.addMSecs(1);
    }
    stored.nextAttempt = QDateTime();
    stored.lastAttempt = QDateTime();
    stored.lastError = OutboxFailure();
    stored.delivery = DeliveryReport();
    if (!StoreFiles::writeJson(incoming + QStringLiteral("/item.json"), stored.toJson(), &reason)) {
        return fail(reason);
    }
    if (claimIt && !claim(id, &reason)) {
        return fail(reason);
    }
    // The commit: one rename makes the whole item appear.
    if (!StoreFiles::renameNoReplace(incoming, itemDirectory(id), &reason)) {
        return fail(reason);
    }
    StoreFiles::syncDirectory(directory());
    m_lastCreated = stored.created;
    item = stored;
    Q_EMIT itemAdded(id);
    return true;
}

bool Outbox::enqueue(const MimeMessage &message, OutboxItem &item, QString *error, bool claimIt)
{
    MessageWriter writer(message);
    if (!writer.isValid()) {
        if (error) {
            *error = writer.errorString();
        }
        return false;
    }
    if (item.from.isEmpty() && item.recipients.isEmpty()) {
        item.from = writer.envelopeSender().address();
        for (const MailAddress &a : writer.envelopeRecipients()) {
            item.recipients.append(a.address());
        }
        item.body8bit = writer.requires8BitMime();
        item.smtpUtf8 = writer.requiresSmtpUtf8();
    }
    if (item.subject.isEmpty()) {
        item.subject = message.subject();
    }
    if (item.toDisplay.isEmpty()) {
        QStringList to;
        for (const AddressList &list : { message.to(), message.cc(), message.bcc() }) {
            if (!list.isEmpty()) {
                to.append(AddressParser::formatList(list));
            }
        }
        item.toDisplay = to.join(QStringLiteral(", "));
    }
    if (item.messageId.isEmpty()) {
        item.messageId = writer.messageId();
    }
    if (!writer.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = writer.errorString();
        }
        return false;
    }
    item.size = writer.totalSize();
    return enqueue(&writer, item, error, claimIt);
}

bool Outbox::enqueueFile(const QString &emlPath, OutboxItem &item, QString *error, bool claimIt)
{
    QFile file(emlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = StoreFiles::describe(QStringLiteral("read"), emlPath, file.errorString());
        }
        return false;
    }
    item.size = file.size();
    return enqueue(&file, item, error, claimIt);
}

bool Outbox::item(const QString &id, OutboxItem *item, QString *error) const
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!contains(id)) {
        why = tr("There is no message \"%1\" in the outbox.").arg(id);
        return false;
    }
    if (!m_folder.readSidecar(id, item, &why)) {
        *item = OutboxItem();
        item->id = id;
        item->state = OutboxItem::State::Failed;
        item->problem = why;
        item->size = QFileInfo(messagePath(id)).size();
        return false;
    }
    if (!QFileInfo(messagePath(id)).isFile()) {
        item->problem = tr("The message file %1 is missing.").arg(QDir::toNativeSeparators(messagePath(id)));
    }
    return true;
}

QList<OutboxItem> Outbox::list() const
{
    return m_folder.list(
        [this](const QString &id) {
            OutboxItem i;
            item(id, &i);
            return i;
        },
        &OutboxItem::queuedBefore);
}

QString Outbox::findId(const QString &idOrPrefix, QString *error) const
{
    QString localError;
    QString &why = error ? *error : localError;
    if (contains(idOrPrefix)) {
        return idOrPrefix;
    }
    QStringList matches;
    if (!idOrPrefix.isEmpty()) {
        for (const QString &id : StoreFiles::itemDirectories(directory())) {
            if (id.startsWith(idOrPrefix) || id.endsWith(idOrPrefix)) {
                matches.append(id);
            }
        }
    }
    if (matches.size() == 1) {
        return matches.first();
    }
    why = matches.isEmpty()
        ? tr("There is no message \"%1\" in the outbox.").arg(idOrPrefix)
        : tr("\"%1\" matches several messages: %2").arg(idOrPrefix, matches.join(QStringLiteral(", ")));
    return {};
}

QStringList Outbox::dueIds(const QDateTime &now) const
{
    QStringList ids;
    for (const OutboxItem &i : list()) {
        if (i.problem.isEmpty() && i.isDue(now)) {
            ids.append(i.id);
        }
    }
    return ids;
}

QDateTime Outbox::nextDueTime() const
{
    QDateTime next;
    for (const OutboxItem &i : list()) {
        const QDateTime due = i.dueTime();
        if (i.problem.isEmpty() && due.isValid() && (!next.isValid() || due < next)) {
            next = due;
        }
    }
    return next;
}

QStringList Outbox::idsForAccount(const QStringList &accountKeys) const
{
    QStringList ids;
    for (const OutboxItem &i : list()) {
        if (!i.account.isEmpty() && accountKeys.contains(i.account) && i.state != OutboxItem::State::Sent) {
            ids.append(i.id);
        }
    }
    return ids;
}

bool Outbox::claim(const QString &id, QString *error)
{
    if (m_claims.contains(id)) {
        return true;
    }
    auto lock = std::make_shared<StoreLock>(lockPath(id));
    if (!lock->tryLock(error)) {
        return false;
    }
    m_claims.insert(id, lock);
    return true;
}

void Outbox::release(const QString &id)
{
    const std::shared_ptr<StoreLock> lock = m_claims.take(id);
    if (m_unsettled.remove(id) && lock) {
        lock->abandon();
    }
    // Otherwise the lock's destructor removes its file.
}

void Outbox::abandonClaim(const QString &id)
{
    m_unsettled.insert(id);
    release(id);
}

bool Outbox::isClaimedElsewhere(const QString &id) const
{
    return !m_claims.contains(id) && StoreLock::probe(lockPath(id)) == StoreLock::State::HeldElsewhere;
}

bool Outbox::writeItem(const OutboxItem &item, QString *error, StoreFiles::Sync sync)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!StoreFiles::writeJson(sidecarPath(item.id), item.toJson(), &why, sync)) {
        return false;
    }
    Q_EMIT itemChanged(item.id);
    return true;
}

template<typename Change> bool Outbox::changeItem(const QString &id, QString *error, Change change)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!contains(id)) {
        why = tr("There is no message \"%1\" in the outbox.").arg(id);
        return false;
    }
    const bool heldBefore = m_claims.contains(id);
    if (!heldBefore && !claim(id, &why)) {
        why = isClaimedElsewhere(id) ? tr("The message is being sent right now. %1").arg(why)
                                     : tr("The message cannot be changed. %1").arg(why);
        return false;
    }
    OutboxItem current;
    bool ok = item(id, &current, &why);
    if (ok) {
        ok = change(current, &why);
    }
    if (!heldBefore) {
        release(id);
    }
    return ok;
}

bool Outbox::remove(const QString &id, QString *error)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!contains(id)) {
        why = tr("There is no message \"%1\" in the outbox.").arg(id);
        return false;
    }
    if (m_claims.contains(id)) {
        // Held by this program: a composer waiting out its Undo time, or a send under way. Removing it would
        // take the claim from under its holder, which would then send a message that is gone.
        why = tr("The message is about to be sent or is being sent from this window; it cannot be removed "
                 "now. While its composer shows Undo, Undo takes it back.");
        return false;
    }
    if (!claim(id, &why)) {
        why = isClaimedElsewhere(id)
            ? tr("The message is being sent right now; it cannot be removed. %1").arg(why)
            : tr("The message cannot be removed. %1").arg(why);
        return false;
    }
    const bool ok = StoreFiles::removeTree(itemDirectory(id), &why);
    release(id);
    if (ok) {
        Q_EMIT itemRemoved(id);
    }
    return ok;
}

bool Outbox::retry(const QString &id, QString *error)
{
    return changeItem(id, error, [this](OutboxItem &i, QString *why) {
        if (i.state == OutboxItem::State::Sent) {
            *why = tr("The message was already delivered.");
            return false;
        }
        i.state = OutboxItem::State::Queued;
        i.nextAttempt = QDateTime();
        i.notBefore = QDateTime();
        i.note.clear();
        return writeItem(i, why);
    });
}

bool Outbox::reschedule(const QString &id, const QDateTime &notBefore, QString *error)
{
    return changeItem(id, error, [this, notBefore](OutboxItem &i, QString *why) {
        if (i.state == OutboxItem::State::Sent || i.state == OutboxItem::State::Sending) {
            *why = tr("The message cannot be rescheduled in state %1.").arg(OutboxItem::stateName(i.state));
            return false;
        }
        i.notBefore = notBefore.isValid() ? notBefore.toUTC() : QDateTime();
        if (i.state == OutboxItem::State::Failed) {
            i.state = OutboxItem::State::Queued;
        }
        return writeItem(i, why);
    });
}

bool Outbox::reassign(const QString &id, const QString &account, QString *error)
{
    return changeItem(id, error, [this, account](OutboxItem &i, QString *why) {
        if (i.state == OutboxItem::State::Sent) {
            *why = tr("The message was already delivered.");
            return false;
        }
        i.account = account;
        i.connection = QJsonObject();
        return writeItem(i, why);
    });
}

bool Outbox::markSent(const QString &id, QString *error)
{
    return changeItem(id, error, [this](OutboxItem &i, QString *why) {
        i.delivery.sentAt = i.lastAttempt.isValid() ? i.lastAttempt : QDateTime::currentDateTimeUtc();
        i.delivery.note = tr("Marked as sent by the person; the server's answer never came.");
        return fileAsSent(i, why);
    });
}

bool Outbox::beginAttempt(OutboxItem &item, QString *error, StoreFiles::Sync sync)
{
    QString localError;
    QString &why = error ? *error : localError;
    if (!m_claims.contains(item.id)) {
        why = tr("The message was not claimed for sending.");
        return false;
    }
    // The marker first: a crash right after it, with the state still Queued, is harmless.
    if (!StoreFiles::createMarker(markerPath(item.id), &why, sync)) {
        why = tr("The message was not sent: the outbox cannot record the attempt. %1").arg(why);
        return false;
    }
    OutboxItem next = item;
    next.state = OutboxItem::State::Sending;
    next.attempts = item.attempts + 1;
    next.lastAttempt = QDateTime::currentDateTimeUtc();
    next.nextAttempt = QDateTime();
    next.note.clear();
    if (!writeItem(next, &why, sync)) {
        QFile::remove(markerPath(item.id));
        why = tr("The message was not sent: the outbox cannot record the attempt. %1").arg(why);
        return false;
    }
    item = next;
    return true;
}

bool Outbox::endOfMessageLeaving(const QString &id, StoreFiles::Sync sync)
{
    if (!QFile::remove(markerPath(id)) && QFileInfo::exists(markerPath(id))) {
        return false;
    }
    if (sync == StoreFiles::Sync::Disk) {
        StoreFiles::syncDirectory(itemDirectory(id));
    }
    return true;
}

bool Outbox::hasUnsentMarker(const QString &id) const
{
    return QFileInfo::exists(markerPath(id));
}

bool Outbox::finishAttempt(OutboxItem &item, QString *error, StoreFiles::Sync sync)
{
    // The state first, the marker after: a crash in between leaves a non-Sending state, which is final.
    if (!writeItem(item, error, sync)) {
        m_unsettled.insert(item.id); // still Sending on disk: the next start settles it
        return false;
    }
    QFile::remove(markerPath(item.id));
    return true;
}

bool Outbox::fileAsSent(OutboxItem &item, QString *error, StoreFiles::Sync sync)
{
    QString localError;
    QString &why = error ? *error : localError;
    item.state = OutboxItem::State::Sent;
    item.nextAttempt = QDateTime();
    item.lastError = OutboxFailure();
    if (!item.delivery.sentAt.isValid()) {
        item.delivery.sentAt = QDateTime::currentDateTimeUtc();
    }
    QString sidecarError;
    const bool sidecarWritten
        = StoreFiles::writeJson(sidecarPath(item.id), item.toJson(), &sidecarError, sync);
    QFile::remove(markerPath(item.id));
    QString moveError;
    if (!m_sent || !m_sent->adopt(itemDirectory(item.id), item.id, &moveError, sync)) {
        if (!m_sent) {
            moveError = tr("There is no sent folder.");
        }
        if (sidecarWritten) {
            // Recorded as Sent: it stays here, is never sent again, and the move is finished on the next
            // start.
            Q_EMIT itemChanged(item.id);
            why = tr("The message was delivered, but could not be moved to the sent folder yet. %1")
                      .arg(moveError);
        } else {
            why = tr("The message was delivered, but the outbox could not record it (%1; %2). It is "
                     "marked \"may have been sent\" on the next start; do not send it again.")
                      .arg(sidecarError, moveError);
        }
        abandonClaim(item.id); // the next start finishes the move (or settles the state)
        return false;
    }
    release(item.id);
    Q_EMIT itemRemoved(item.id);
    if (!sidecarWritten) {
        why = tr("The message was delivered and filed as sent, but its delivery report could not be "
                 "saved. %1")
                  .arg(sidecarError);
    }
    return true;
}

void Outbox::removeIncomingLeftovers()
{
    const QDir dir(directory());
    for (const QString &entry :
        dir.entryList({ QStringLiteral(".incoming-*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const qint64 pid = entry.section(QLatin1Char('-'), 1, 1).toLongLong();
        if (pid != QCoreApplication::applicationPid() && StoreFiles::isProcessAlive(pid)) {
            continue; // a live process is queueing it right now
        }
        // Never committed: the enqueue did not return success, so its caller still has the message.
        QDir(dir.filePath(entry)).removeRecursively();
    }
}

bool Outbox::needsLegacyScan() const
{
    // Outboxes written before claims and journals told recover() where to look are looked at whole, once.
    return !QFileInfo::exists(directory() + QStringLiteral("/.format"));
}

Outbox::Recovery Outbox::recover()
{
    Recovery report;
    if (!QFileInfo(directory()).isDir()) {
        return report;
    }
    StoreFiles::removeTrash(directory());
    removeIncomingLeftovers();
    // Journals first: after a restart of the machine they decide what the per-message files cannot. Of
    // this boot's, only what they say was sent: the server accepted it and the sender was gone before it
    // filed it (OutboxBatch files a flight later); the per-message files are exact for everything else.
    const QString boot = StoreFiles::bootId();
    const QStringList journals = OutboxJournal::leftovers(journalDirectory());
    for (const QString &path : journals) {
        OutboxJournal::Record record;
        if (!OutboxJournal::read(path, &record)) {
            continue;
        }
        const bool thisBoot = !boot.isEmpty() && record.bootId == boot;
        for (const QString &id : std::as_const(record.started)) {
            if (!thisBoot || record.outcomes.value(id) == OutboxJournal::Outcome::Sent) {
                replayStarted(id, record, &report);
            }
        }
    }
    // Then every item a dead process held a claim on: its attempt (or change) was interrupted.
    const bool legacy = needsLegacyScan();
    QStringList ids;
    if (legacy) {
        ids = StoreFiles::itemDirectories(directory());
    } else {
        for (const QString &id : QDir(lockDirectory()).entryList(QDir::Files | QDir::NoDotAndDotDot)) {
            if (StoreFiles::isValidId(id)) {
                ids.append(id);
            }
        }
    }
    for (const QString &id : std::as_const(ids)) {
        recoverItem(id, &report);
    }
    QString error;
    if (legacy && !StoreFiles::writeAtomically(directory() + QStringLiteral("/.format"), "2\n", &error)) {
        report.problems.append(error);
    }
    // Only now: if this start is cut short, the journals are still there for the next one.
    for (const QString &path : journals) {
        QFile::remove(path);
    }
    return report;
}

void Outbox::replayStarted(const QString &id, const OutboxJournal::Record &record, Recovery *report)
{
    QString error;
    if (!contains(id) || !claim(id, &error)) {
        return; // in the sent folder, removed, or being sent again right now
    }
    OutboxItem i;
    if (!item(id, &i, &error)) {
        report->problems.append(QStringLiteral("%1: %2").arg(id, error));
        release(id);
        return;
    }
    const OutboxJournal::Outcome outcome = record.outcomes.value(id, OutboxJournal::Outcome::None);
    // A later state on disk than the one the attempt began from: its outcome was written, and is kept.
    const bool settled
        = i.state != OutboxItem::State::Sending && i.attempts > record.attemptsBefore.value(id);
    if (outcome == OutboxJournal::Outcome::Sent || i.state == OutboxItem::State::Sent) {
        if (outcome == OutboxJournal::Outcome::Sent && i.delivery.isNull()) {
            i.delivery = DeliveryReport::fromJson(record.reports.value(id));
        }
        if (fileAsSent(i, &error)) {
            report->filedAsSent.append(id);
        } else {
            report->problems.append(QStringLiteral("%1: %2").arg(id, error));
        }
        return; // fileAsSent gave the claim up
    }
    if (outcome == OutboxJournal::Outcome::NotSent || settled) {
        if (i.state == OutboxItem::State::Sending) {
            i.state = OutboxItem::State::Queued;
            i.note = tr("The computer stopped during an attempt, before the message was sent; it is queued "
                        "again.");
            report->requeued.append(id);
        }
    } else {
        i.state = OutboxItem::State::MayHaveBeenSent;
        i.lastError = OutboxFailure::other(QStringLiteral("may-have-been-sent"),
            tr("The computer stopped (a power cut or a system crash) while the message was being sent, so it "
               "may have been delivered: check before sending it again."),
            false, ExitTempFail);
        report->mayHaveBeenSent.append(id);
    }
    if (!finishAttempt(i, &error)) {
        report->problems.append(QStringLiteral("%1: %2").arg(id, error));
    }
    release(id);
}

void Outbox::recoverItem(const QString &id, Recovery *report)
{
    if (m_claims.contains(id)) {
        return; // ours, in use
    }
    QString error;
    if (!claim(id, &error)) {
        return; // another live process is sending it
    }
    if (!contains(id)) {
        release(id); // a claim on a message that is gone (sent or removed just before a crash)
        return;
    }
    OutboxItem i;
    if (!item(id, &i, &error)) {
        report->problems.append(QStringLiteral("%1: %2").arg(id, error));
        release(id);
        return;
    }
    const bool marker = hasUnsentMarker(id);
    if (i.state == OutboxItem::State::Sent) {
        if (fileAsSent(i, &error)) {
            report->filedAsSent.append(id);
        } else {
            report->problems.append(QStringLiteral("%1: %2").arg(id, error));
        }
        return; // fileAsSent gave the claim up
    }
    if (i.state != OutboxItem::State::Sending) {
        if (marker) {
            QFile::remove(markerPath(id)); // the state was written after the attempt: the marker is stale
        }
        release(id);
        return;
    }
    if (m_sent && m_sent->contains(id)) {
        // Should not happen (the move is one rename), but if a copy is filed, never send again.
        i.state = OutboxItem::State::MayHaveBeenSent;
        i.note = tr("A sent copy with the same id exists; check before sending it again.");
        report->mayHaveBeenSent.append(id);
    } else if (marker) {
        i.state = OutboxItem::State::Queued;
        i.note = tr("Epistle stopped during an attempt, before the message was sent; it is queued again.");
        report->requeued.append(id);
    } else {
        i.state = OutboxItem::State::MayHaveBeenSent;
        i.lastError = OutboxFailure::other(QStringLiteral("may-have-been-sent"),
            tr("Epistle stopped while the message was being sent, after all of it had left and before the "
               "server confirmed it. It may have been delivered: check before sending it again."),
            false, ExitTempFail);
        i.lastError.step = QStringLiteral("data");
        report->mayHaveBeenSent.append(id);
    }
    if (!finishAttempt(i, &error)) {
        report->problems.append(QStringLiteral("%1: %2").arg(id, error));
    }
    release(id);
}
