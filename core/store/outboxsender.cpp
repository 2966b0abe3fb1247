#include "store/outboxsender.h"

#include "smtp/smtpsender.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkInformation>

#include <utility>

namespace {

enum { ExitNoInput = 66, ExitCantCreate = 73, ExitTempFail = 75, ExitConfig = 78 };

// QTimer takes an int; far-away times are checked again within the hour.
constexpr qint64 MaxTimerMs = 60 * 60 * 1000;

SmtpSendResult nothingSent(const OutboxItem &item)
{
    SmtpSendResult result;
    for (const QString &r : item.recipients) {
        result.recipients.append({ r, false, {} });
    }
    return result;
}

} // namespace

OutboxSender::OutboxSender(Outbox *outbox, Resolver resolver, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_resolver(std::move(resolver)), m_batchKey(&defaultBatchKey)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_automatic) {
            flush();
        }
    });
    // An outbox change (a new message, a retry, another process's send) may make something due sooner.
    auto changed = [this] {
        if (m_automatic && !m_scheduleQueued) {
            m_scheduleQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_scheduleQueued = false;
                    schedule();
                },
                Qt::QueuedConnection);
        }
    };
    connect(outbox, &Outbox::itemAdded, this, changed);
    connect(outbox, &Outbox::itemChanged, this, changed);
}

OutboxSender::~OutboxSender()
{
    if (m_batch) {
        // Dropping a connection half-way (the program quits): settled now as a crash would be on the next
        // start.
        m_batch->abandon();
        delete m_batch;
        m_batch = nullptr;
    }
    if (m_outbox) {
        for (const OutboxItem &item : std::as_const(m_group)) {
            m_outbox->release(item.id);
        }
    }
}

QString OutboxSender::accountRemovedMessage()
{
    return tr("Its account was removed; choose another account to send it from.");
}

QString OutboxSender::defaultBatchKey(const OutboxItem &item)
{
    if (!item.account.isEmpty()) {
        return QStringLiteral("account:") + item.account;
    }
    return QStringLiteral("server:")
        + QString::fromUtf8(QJsonDocument(item.connection).toJson(QJsonDocument::Compact));
}

void OutboxSender::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic) {
        schedule();
    } else {
        m_timer.stop();
    }
}

void OutboxSender::setFollowNetwork(bool follow)
{
    if (follow && !m_followingNetwork
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (m_followingNetwork && reachability == QNetworkInformation::Reachability::Online) {
                    flushWaiting();
                }
            });
    }
    m_followingNetwork = follow && QNetworkInformation::instance();
}

bool OutboxSender::sendNow(const QString &id, QString *error)
{
    if (!m_outbox || !m_outbox->contains(id)) {
        if (error) {
            *error = tr("There is no message \"%1\" in the outbox.").arg(id);
        }
        return false;
    }
    if (m_outbox->isClaimedElsewhere(id)) {
        if (error) {
            *error = tr("Another Epistle is sending that message right now.");
        }
        return false;
    }
    if (isSending(id)) {
        return true;
    }
    m_pending.erase(
        std::remove_if(m_pending.begin(), m_pending.end(), [&id](const Pending &p) { return p.id == id; }),
        m_pending.end());
    m_pending.prepend({ id, Mode::Forced, true });
    processNext();
    return true;
}

bool OutboxSender::isLinedUp(const QString &id) const
{
    return isSending(id)
        || std::any_of(m_pending.begin(), m_pending.end(), [&id](const Pending &p) { return p.id == id; });
}

int OutboxSender::enqueuePending(const QStringList &ids, Mode mode)
{
    if (!m_outbox) {
        return 0;
    }
    int added = 0;
    for (const QString &id : ids) {
        if (isLinedUp(id) || m_outbox->isClaimedElsewhere(id)) {
            continue;
        }
        if (mode != Mode::Forced && m_outbox->isClaimedHere(id)) {
            continue; // queued with a claim by someone in this process who will send it with sendNow()
        }
        m_pending.append({ id, mode, false });
        ++added;
    }
    processNext();
    return added;
}

int OutboxSender::send(const QStringList &ids)
{
    return enqueuePending(ids, Mode::Forced);
}

int OutboxSender::flush()
{
    return m_outbox ? enqueuePending(m_outbox->dueIds(QDateTime::currentDateTimeUtc()), Mode::Due) : 0;
}

int OutboxSender::flushWaiting()
{
    if (!m_outbox) {
        return 0;
    }
    QStringList ids;
    for (const OutboxItem &i : m_outbox->list()) {
        if (i.problem.isEmpty()
            && (i.state == OutboxItem::State::Queued || i.state == OutboxItem::State::Waiting)) {
            ids.append(i.id); // takeEligible() checks the times when each one's turn comes
        }
    }
    return enqueuePending(ids, Mode::Waiting);
}

void OutboxSender::cancel()
{
    m_pending.clear();
    if (m_resolving) {
        ++m_generation;
        m_resolving = false;
        failGroup(OutboxFailure::other(QStringLiteral("cancelled"), tr("Cancelled before anything was sent."),
                      true, ExitTempFail),
            OutboxItem::State::Queued);
        scheduleProcessNext();
    }
    if (m_batch) {
        m_batch->cancel();
    }
}

void OutboxSender::cancel(const QString &id)
{
    m_pending.erase(
        std::remove_if(m_pending.begin(), m_pending.end(), [&id](const Pending &p) { return p.id == id; }),
        m_pending.end());
    if (m_resolving) {
        for (int i = 0; i < m_group.size(); ++i) {
            if (m_group.at(i).id != id) {
                continue;
            }
            // Its settings are still being resolved (a keychain lookup, a password prompt): nothing has gone
            // out, so it is given back now; the rest of its connection goes on.
            OutboxItem item = m_group.takeAt(i);
            item.state = OutboxItem::State::Queued;
            item.lastError = OutboxFailure::other(
                QStringLiteral("cancelled"), tr("Cancelled before anything was sent."), true, ExitTempFail);
            QString storeError;
            m_outbox->finishAttempt(item, &storeError);
            m_outbox->release(id);
            emitFinished(id, item, nothingSent(item),
                SmtpError(SmtpError::Cancelled, Smtp::Step::None, item.lastError.message), storeError);
            break;
        }
        if (m_group.isEmpty()) {
            ++m_generation; // the resolver's late answer is ignored
            m_resolving = false;
            scheduleProcessNext();
        }
    }
    if (m_batch && m_batch->isUnsettled(id)) {
        m_batch->cancel();
    }
}

bool OutboxSender::isSending(const QString &id) const
{
    return std::any_of(m_group.begin(), m_group.end(), [&id](const OutboxItem &i) { return i.id == id; })
        || (m_batch && m_batch->isUnsettled(id));
}

QStringList OutboxSender::sendingIds() const
{
    QStringList ids;
    for (const OutboxItem &i : m_group) {
        ids.append(i.id);
    }
    if (m_batch) {
        for (const QString &id : m_batch->ids()) {
            if (m_batch->isUnsettled(id)) {
                ids.append(id);
            }
        }
    }
    return ids;
}

QStringList OutboxSender::pendingIds() const
{
    QStringList ids;
    for (const Pending &p : m_pending) {
        ids.append(p.id);
    }
    return ids;
}

void OutboxSender::schedule()
{
    if (!m_automatic || !m_outbox) {
        return;
    }
    const QDateTime next = m_outbox->nextDueTime();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next), MaxTimerMs);
    m_timer.start(int(wait));
}

bool OutboxSender::takeEligible(const Pending &pending, OutboxItem *item)
{
    const QString &id = pending.id;
    QString error;
    if (!m_outbox->claim(id, &error)) {
        if (m_outbox->isClaimedElsewhere(id) || !m_outbox->contains(id)) {
            return false; // another process is sending it (or just sent it)
        }
        // The claim cannot even be recorded (read-only folder): nothing is sent, and the caller is told.
        m_outbox->item(id, item);
        const QString why = tr("The message was not sent: the outbox cannot be written. %1").arg(error);
        item->lastError = OutboxFailure::other(QStringLiteral("store"), why, true, ExitCantCreate);
        emitFinished(
            id, *item, SmtpSendResult(), SmtpError(SmtpError::InvalidInput, Smtp::Step::None, why), why);
        return false;
    }
    const bool readable = m_outbox->item(id, item, &error);
    if (!readable || !item->problem.isEmpty()) {
        // Damaged: never sent automatically. Asked for by name, the caller hears why.
        if (pending.mode == Mode::Forced) {
            const QString why = readable ? item->problem : error;
            item->lastError = OutboxFailure::other(QStringLiteral("unreadable"), why, false, ExitNoInput);
            QString storeError;
            if (readable) {
                item->state = OutboxItem::State::Failed;
                m_outbox->finishAttempt(*item, &storeError); // the sidecar is fine: record the failure in it
            }
            emitFinished(id, *item, SmtpSendResult(),
                SmtpError(SmtpError::BodyReadError, Smtp::Step::None, why), storeError);
        }
        m_outbox->release(id);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool eligible = false;
    switch (pending.mode) {
    case Mode::Forced:
        eligible = item->state != OutboxItem::State::Sent && item->state != OutboxItem::State::Sending;
        break;
    case Mode::Due:
        eligible = item->isDue(now);
        break;
    case Mode::Waiting:
        eligible = (item->state == OutboxItem::State::Queued && item->isDue(now))
            || (item->state == OutboxItem::State::Waiting
                && (!item->notBefore.isValid() || item->notBefore <= now));
        break;
    }
    if (!eligible) {
        m_outbox->release(id);
    }
    return eligible;
}

QList<OutboxItem> OutboxSender::nextGroup()
{
    QList<OutboxItem> group;
    bool alone = false;
    while (group.isEmpty() && !m_pending.isEmpty()) {
        const Pending first = m_pending.takeFirst();
        OutboxItem item;
        if (takeEligible(first, &item)) {
            group.append(item);
            alone = first.alone;
        }
    }
    if (group.isEmpty() || alone) {
        return group;
    }
    // The same account's messages further down the line join it, in their order.
    const QString key = m_batchKey(group.first());
    for (int i = 0; i < m_pending.size() && group.size() < MaxMessagesPerConnection;) {
        OutboxItem peek;
        if (m_pending.at(i).alone || !m_outbox->item(m_pending.at(i).id, &peek) || m_batchKey(peek) != key) {
            ++i;
            continue;
        }
        OutboxItem item;
        if (takeEligible(m_pending.takeAt(i), &item)) {
            group.append(item);
        }
    }
    return group;
}

void OutboxSender::processNext()
{
    if (m_batch || m_resolving || !m_outbox) {
        return;
    }
    m_group = nextGroup();
    if (m_group.isEmpty()) {
        if (m_automatic) {
            schedule();
        }
        // After the outcomes told on a fresh stack, not before them.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_batch && !m_resolving && m_pending.isEmpty()) {
                    Q_EMIT idle();
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_resolving = true;
    const quint64 generation = ++m_generation;
    if (m_hasFreshSettings && m_batchKey(m_group.first()) == m_freshKey) {
        // The refused messages going again with the token just refreshed: not the resolver's older one.
        m_hasFreshSettings = false;
        startWithSettings(generation, m_freshSettings, {});
        return;
    }
    if (!m_resolver) {
        startWithSettings(generation, {}, tr("No way to find the account's settings was given."));
        return;
    }
    m_resolver(m_group.first(),
        [self = QPointer<OutboxSender>(this), generation](
            const SmtpConnectionSettings &settings, const QString &resolveError) {
            if (self) {
                self->startWithSettings(generation, settings, resolveError);
            }
        });
}

void OutboxSender::scheduleProcessNext()
{
    if (m_processScheduled) {
        return;
    }
    // On a fresh stack, so a slot above that exits the event loop is not overtaken.
    m_processScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processScheduled = false;
            processNext();
        },
        Qt::QueuedConnection);
}

void OutboxSender::startWithSettings(
    quint64 generation, const SmtpConnectionSettings &settings, const QString &error)
{
    if (generation != m_generation || !m_resolving || !m_outbox) {
        return;
    }
    m_resolving = false;
    if (!error.isEmpty()) {
        failGroup(OutboxFailure::other(QStringLiteral("account"), error, false, ExitConfig),
            OutboxItem::State::Failed);
        scheduleProcessNext();
        return;
    }
    m_batchSettings = settings;
    m_batch = new OutboxBatch(m_outbox, std::exchange(m_group, {}), settings, m_policy, this);
    connect(m_batch, &OutboxBatch::itemProgress, this, &OutboxSender::itemProgress);
    connect(m_batch, &OutboxBatch::itemFinished, this,
        [this](const QString &id, const OutboxItem &item, const SmtpSendResult &result,
            const SmtpError &error, const QString &storeError) {
            if (holdForFreshToken(id, item, error)) {
                m_heldForToken.append({ id, item, result, error, storeError });
                return;
            }
            emitFinished(id, item, result, error, storeError);
        });
    connect(m_batch, &OutboxBatch::finished, this, &OutboxSender::onBatchFinished);
    const QStringList ids = m_batch->ids();
    Q_EMIT batchStarted(ids, m_batch->smtp());
    for (const QString &id : ids) {
        if (m_batch) {
            Q_EMIT itemStarted(id, m_batch->smtp());
        }
    }
    if (m_batch) {
        m_batch->start();
    }
}

void OutboxSender::failGroup(const OutboxFailure &failure, OutboxItem::State state)
{
    for (OutboxItem item : std::exchange(m_group, {})) {
        item.state = state;
        item.lastError = failure;
        QString storeError;
        m_outbox->finishAttempt(item, &storeError);
        m_outbox->release(item.id);
        emitFinished(item.id, item, nothingSent(item),
            SmtpError(
                failure.code == QLatin1String("cancelled") ? SmtpError::Cancelled : SmtpError::InvalidInput,
                Smtp::Step::None, failure.message),
            storeError);
    }
}

void OutboxSender::emitFinished(const QString &id, const OutboxItem &item, const SmtpSendResult &result,
    const SmtpError &error, const QString &storeError)
{
    // Told on a fresh stack: a slot may cancel, send again or quit without running inside the session.
    ++m_untold;
    QMetaObject::invokeMethod(
        this,
        [this, id, item, result, error, storeError] {
            --m_untold;
            Q_EMIT itemFinished(id, item, result, error, storeError);
        },
        Qt::QueuedConnection);
}

void OutboxSender::onBatchFinished()
{
    if (m_batch) {
        m_batch->deleteLater();
        m_batch = nullptr;
    }
    if (!m_heldForToken.isEmpty() && retryWithFreshToken()) {
        return;
    }
    scheduleProcessNext();
}

bool OutboxSender::holdForFreshToken(const QString &id, const OutboxItem &item, const SmtpError &error)
{
    // A login refused for good (535, not 4xx) with a token, and the message still whole in the outbox: its
    // outcome waits for one refresh. The login precedes the envelope, so nothing of it has left.
    return m_refusedTokenResolver && !m_batchSettings.credentials.oauthToken.isEmpty()
        && !m_tokenRetried.contains(id) && error.code() == SmtpError::AuthenticationFailed
        && !error.reply().isTransientFailure() && item.state == OutboxItem::State::Failed;
}

bool OutboxSender::retryWithFreshToken()
{
    const QList<HeldOutcome> held = std::exchange(m_heldForToken, {});
    const quint64 generation = m_generation;
    m_resolving = true; // nothing else starts while the refresh runs
    m_refusedTokenResolver(held.first().item,
        [this, self = QPointer<OutboxSender>(this), held, generation](
            const SmtpConnectionSettings &settings, const QString &resolveError) {
            if (!self) {
                return;
            }
            const bool current = generation == m_generation; // not cancelled meanwhile
            if (current) {
                m_resolving = false;
            }
            if (current && resolveError.isEmpty() && !settings.host.isEmpty()) {
                // Again at once, before anything else lined up, over one connection with the fresh token.
                for (auto it = held.crbegin(); it != held.crend(); ++it) {
                    m_tokenRetried.insert(it->id);
                    m_pending.prepend({ it->id, Mode::Forced, false });
                }
                m_hasFreshSettings = true;
                m_freshKey = m_batchKey(held.first().item);
                m_freshSettings = settings;
            } else {
                for (const HeldOutcome &h : held) {
                    // No fresh token: the refusal stands, in the refresh's words when it has some.
                    const SmtpError error = resolveError.isEmpty()
                        ? h.error
                        : SmtpError(SmtpError::AuthenticationFailed, Smtp::Step::Authenticate, resolveError,
                            h.error.reply());
                    emitFinished(h.id, h.item, h.result, error, h.storeError);
                }
            }
            scheduleProcessNext();
        });
    return true;
}
