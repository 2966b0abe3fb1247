#include "store/mailstore.h"

#include "logging.h"
#include "store/storefiles.h"

#include <QDir>
#include <QHash>
#include <QStandardPaths>

MailStore::MailStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory.isEmpty() ? defaultDirectory() : directory))
    , m_drafts(new DraftStore(m_directory + QStringLiteral("/drafts"), this))
    , m_sent(new SentFolder(m_directory + QStringLiteral("/sent"), this))
    , m_outbox(new Outbox(m_directory + QStringLiteral("/outbox"), m_sent, this))
{ }

QString MailStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool MailStore::open(Recovery *recovery, QString *error)
{
    Recovery found;
    QString why;
    bool ok = true;
    for (const QString &folder : { m_drafts->directory(), m_outbox->directory(), m_sent->directory() }) {
        if (!StoreFiles::ensureDirectory(folder, &why)) {
            ok = false;
            found.problems.append(why);
            break;
        }
    }
    // Read-only or not, whatever can be looked at is looked at: the lists still work.
    const Outbox::Recovery outbox = m_outbox->recover();
    found.requeued = outbox.requeued;
    found.mayHaveBeenSent = outbox.mayHaveBeenSent;
    found.filedAsSent = outbox.filedAsSent;
    found.problems += outbox.problems;
    m_sent->cleanUp();

    // A draft is removed right after its message is queued, and queueDraft holds it open until then, so a
    // crash in between leaves it recoverable (open by a dead process) and in the outbox or sent folder as
    // well. Only then are the two folders looked through; the message wins when it was made from the
    // draft's last saved revision (a later edit would be the person's new work).
    const QStringList recoverable = m_drafts->recoverable();
    if (!recoverable.isEmpty()) {
        QHash<QString, int> queuedRevisions;
        for (const OutboxItem &item : m_outbox->list() + m_sent->list()) {
            if (!item.draftId.isEmpty()) {
                queuedRevisions.insert(
                    item.draftId, qMax(queuedRevisions.value(item.draftId), item.draftRevision));
            }
        }
        for (const QString &id : recoverable) {
            Draft draft;
            if (queuedRevisions.contains(id) && m_drafts->loadSidecar(id, &draft)
                && draft.revision <= queuedRevisions.value(id)) {
                QString removeError;
                m_drafts->dismissRecovery(id);
                if (m_drafts->remove(id, &removeError)) {
                    found.removedQueuedDrafts.append(id);
                } else {
                    found.problems.append(removeError);
                }
            }
        }
    }
    m_drafts->cleanUp();
    found.recoveredDrafts = m_drafts->recoverable();
    if (recovery) {
        *recovery = found;
    }
    if (!ok && error) {
        *error = why;
    }
    return ok;
}

bool MailStore::queueDraft(
    const QString &draftId, OutboxItem *queued, QString *error, const QDateTime &notBefore, bool claim)
{
    QString localError;
    QString &why = error ? *error : localError;
    // Held open until it is removed: a crash in between leaves it recoverable, which open() looks at.
    const bool openBefore = m_drafts->openState(draftId) == DraftStore::OpenState::OpenHere;
    if (!m_drafts->open(draftId, &why)) {
        return false;
    }
    const auto fail = [&] {
        if (!openBefore) {
            m_drafts->close(draftId);
        }
        return false;
    };
    Draft draft;
    if (!m_drafts->load(draftId, &draft, &why)) {
        return fail();
    }
    const MimeMessage message = draft.toMessage(&why);
    if (!why.isEmpty()) {
        return fail();
    }
    // The caller's item is the template: envelope preferences (delivery notifications) come from it.
    OutboxItem item = queued ? *queued : OutboxItem();
    item.account = draft.account;
    item.notBefore = notBefore.isValid() ? notBefore.toUTC() : QDateTime();
    item.draftId = draft.id;
    item.draftRevision = draft.revision;
    if (!m_outbox->enqueue(message, item, &why, claim)) {
        return fail();
    }
    if (queued) {
        *queued = item;
    }
    // The message is safe in the outbox; the draft goes. If this fails, open() removes it later.
    QString removeError;
    if (!m_drafts->remove(draftId, &removeError)) {
        qCWarning(lcStore, "The draft %s was queued but could not be removed yet: %s", qPrintable(draftId),
            qPrintable(removeError));
    }
    m_drafts->close(draftId);
    return true;
}
