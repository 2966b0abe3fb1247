#include "sentcopyqueue.h"

#include "logging.h"
#include "store/sentfolder.h"
#include "store/storefiles.h"
#include "store/storelock.h"

#include <QCoreApplication>

SentCopyQueue::SentCopyQueue(SentFolder *sent, Resolver resolver, QObject *parent)
    : QObject(parent), m_sent(sent), m_resolver(std::move(resolver))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveDue(); });
}

SentCopyQueue::~SentCopyQueue()
{
    cancel();
}

bool SentCopyQueue::claim(const QString &id)
{
    auto claim = std::make_unique<StoreLock>(m_sent->copyClaimPath(id));
    QString why;
    if (!claim->tryLock(&why)) {
        qCInfo(lcStore) << "sent copy: left to whoever holds it" << id << why;
        return false;
    }
    m_claim = std::move(claim);
    return true;
}

void SentCopyQueue::setAutomatic(bool automatic)
{
    if (automatic == m_automatic || !m_sent) {
        return;
    }
    m_automatic = automatic;
    if (automatic) {
        connect(m_sent, &SentFolder::itemAdded, this, [this](const QString &id) { lineUp(id, false); });
        saveDue();
    } else {
        disconnect(m_sent, &SentFolder::itemAdded, this, nullptr);
        m_timer.stop();
    }
}

int SentCopyQueue::saveDue()
{
    if (!m_sent) {
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<OutboxItem> due;
    for (const OutboxItem &item : m_sent->list()) {
        if (item.problem.isEmpty() && item.sentCopy.isDue(now)) {
            due.append(item);
        }
    }
    // Oldest first, as the outbox sends.
    std::sort(due.begin(), due.end(),
        [](const OutboxItem &a, const OutboxItem &b) { return a.delivery.sentAt < b.delivery.sentAt; });
    for (const OutboxItem &item : std::as_const(due)) {
        lineUp(item.id, false);
    }
    armTimer();
    return int(due.size());
}

bool SentCopyQueue::save(const QString &id, QString *error)
{
    OutboxItem item;
    if (!m_sent || !m_sent->item(id, &item, error)) {
        return false;
    }
    if (!item.sentCopy.canBeAskedFor()) {
        if (error) {
            *error = item.sentCopy.state == SentCopyRecord::State::Saved
                ? tr("The copy of this message is saved already (in %1).").arg(item.sentCopy.folder)
                : tr("No copy of this message is to be saved on the server.");
        }
        return false;
    }
    lineUp(id, true);
    return true;
}

void SentCopyQueue::lineUp(const QString &id, bool forced)
{
    if (id == m_currentId) {
        return;
    }
    for (Pending &p : m_pending) {
        if (p.id == id) {
            p.forced = p.forced || forced;
            return;
        }
    }
    m_pending.append({ id, forced });
    scheduleNext();
}

void SentCopyQueue::scheduleNext()
{
    if (m_processScheduled || m_copy || m_resolving) {
        return;
    }
    // On a fresh stack: callers (a signal of the sent folder, the outbox's own filing) finish first.
    m_processScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processScheduled = false;
            processNext();
        },
        Qt::QueuedConnection);
}

void SentCopyQueue::processNext()
{
    while (!m_copy && !m_resolving && !m_pending.isEmpty()) {
        const Pending next = m_pending.takeFirst();
        if (!m_sent || !m_sent->contains(next.id) || !claim(next.id)) {
            continue; // pruned or removed meanwhile, or another Epistle is saving it right now
        }
        // Read once claimed: another Epistle may have saved it just before.
        OutboxItem item;
        if (!m_sent->item(next.id, &item, nullptr) || !item.problem.isEmpty()) {
            m_claim.reset();
            continue; // damaged: nothing to save
        }
        const SentCopyRecord &r = item.sentCopy;
        const bool eligible = next.forced ? r.canBeAskedFor() : r.isDue(QDateTime::currentDateTimeUtc());
        if (!eligible) {
            m_claim.reset();
            continue;
        }
        m_currentId = item.id;
        m_current = item;
        m_current.sentCopy.attempts += 1;
        m_current.sentCopy.lastAttempt = QDateTime::currentDateTimeUtc();
        QString why;
        if (!writeItem(m_current, &why)) {
            qCWarning(lcStore) << "sent copy: cannot record the attempt for" << item.id << why;
        }
        m_resolving = true;
        const quint64 generation = ++m_generation;
        QPointer<SentCopyQueue> self(this);
        m_resolver(m_current,
            [self, generation](const ImapConnectionSettings &settings, const ImapSentCopyOptions &options,
                const QString &error) {
                if (self) {
                    self->startWith(generation, settings, options, error);
                }
            });
    }
    if (!m_copy && !m_resolving && m_pending.isEmpty()) {
        armTimer();
        Q_EMIT idle();
    }
}

void SentCopyQueue::startWith(quint64 generation, const ImapConnectionSettings &settings,
    const ImapSentCopyOptions &options, const QString &error)
{
    if (generation != m_generation || !m_resolving) {
        return; // cancelled meanwhile
    }
    m_resolving = false;
    if (!error.isEmpty()) {
        settle({}, error);
        return;
    }
    m_message.setFileName(m_sent ? m_sent->messagePath(m_currentId) : QString());
    if (!m_message.open(QIODevice::ReadOnly)) {
        settle({}, tr("The sent message cannot be read (%1).").arg(m_message.errorString()));
        return;
    }
    ImapSentCopyOptions o = options;
    o.messageId = m_current.messageId; // found there already: not saved twice
    o.internalDate = m_current.delivery.sentAt;
    m_copy = new ImapSentCopy(settings, o, this);
    connect(m_copy, &ImapSentCopy::finished, this, &SentCopyQueue::onFinished);
    Q_EMIT copyStarted(m_currentId, m_copy);
    if (m_copy) {
        m_copy->start(&m_message);
    }
}

void SentCopyQueue::onFinished(const ImapSentCopyResult &result)
{
    if (m_copy) {
        m_copy->deleteLater();
        m_copy = nullptr;
    }
    m_message.close();
    settle(result, {});
}

// Records one attempt's outcome in the message's sidecar and says so.
void SentCopyQueue::settle(const ImapSentCopyResult &result, const QString &problem)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SentCopyRecord &r = m_current.sentCopy;
    if (!problem.isEmpty()) {
        r.recordProblem(QStringLiteral("account"), problem, now);
    } else {
        r.record(result, now, int(m_policy.delayAfter(r.attempts) / 1000));
        if (r.state == SentCopyRecord::State::Failed && r.temporary && r.attempts >= m_policy.maxAttempts) {
            r.temporary = false; // tried enough: the person decides
            r.nextAttempt = QDateTime();
        }
    }
    QString storeError;
    writeItem(m_current, &storeError);
    qCInfo(lcStore) << "sent copy" << m_currentId << SentCopyRecord::stateName(r.state) << r.folder
                    << r.errorCode;
    const QString id = m_currentId;
    const OutboxItem item = m_current;
    m_currentId.clear();
    m_current = OutboxItem();
    m_claim.reset(); // after the record is written: whoever claims it next reads the outcome
    Q_EMIT copyFinished(id, item, result, storeError);
    scheduleNext();
}

bool SentCopyQueue::writeItem(const OutboxItem &item, QString *error) const
{
    if (!m_sent || !m_sent->contains(item.id)) {
        if (error) {
            *error = tr("The message is no longer in the sent folder.");
        }
        return false;
    }
    const QString path = m_sent->itemDirectory(item.id) + QStringLiteral("/item.json");
    return StoreFiles::writeJson(path, item.toJson(), error);
}

void SentCopyQueue::armTimer()
{
    if (!m_automatic || !m_sent) {
        return;
    }
    QDateTime next;
    for (const OutboxItem &item : m_sent->list()) {
        const SentCopyRecord &r = item.sentCopy;
        if (r.state == SentCopyRecord::State::Failed && r.temporary && r.nextAttempt.isValid()
            && (!next.isValid() || r.nextAttempt < next)) {
            next = r.nextAttempt;
        }
    }
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next));
    m_timer.start(int(qMin<qint64>(ms, 24LL * 3600 * 1000)));
}

void SentCopyQueue::cancel()
{
    m_pending.clear();
    ++m_generation;
    m_resolving = false;
    if (m_copy) {
        ImapSentCopy *copy = m_copy;
        m_copy = nullptr;
        disconnect(copy, nullptr, this, nullptr);
        copy->cancel();
        copy->deleteLater();
    }
    m_message.close();
    // An interrupted attempt stays owed: the record on disk still says Pending (or Failed and due).
    m_currentId.clear();
    m_claim.reset();
}
