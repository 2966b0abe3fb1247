#include "store/outboxsender.h"

#include "logging.h"
#include "smtp/smtpsender.h"
#include "store/outbox.h"
#include "store/sentfolder.h"

#include <QDateTime>

namespace {

enum { ExitNoInput = 66, ExitConfig = 78 };

// QTimer takes an int; far-away times are checked again within the hour.
constexpr qint64 MaxTimerMs = 60 * 60 * 1000;

} // namespace

qint64 OutboxSender::RetryPolicy::delayAfter(int attempts) const
{
    if (delaysMs.isEmpty()) {
        return 60 * 1000;
    }
    return delaysMs.at(qBound(0, attempts - 1, int(delaysMs.size()) - 1));
}

bool OutboxSender::RetryPolicy::isRetryable(const SmtpError &error)
{
    if (error.code() == SmtpError::MessageMayHaveBeenSent) {
        return false;
    }
    return error.isTemporary() || error.code() == SmtpError::ConnectionRefused;
}

OutboxSender::OutboxSender(Outbox *outbox, Resolver resolver, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_resolver(std::move(resolver))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_automatic) {
            flush();
        }
    });
    // An outbox change (a new message, a retry, another process's send) may make something due sooner.
    auto changed = [this] {
        if (m_automatic) {
            QMetaObject::invokeMethod(
                this, [this] { schedule(); }, Qt::QueuedConnection);
        }
    };
    connect(outbox, &Outbox::itemAdded, this, changed);
    connect(outbox, &Outbox::itemChanged, this, changed);
}

OutboxSender::~OutboxSender()
{
    if (m_sender) {
        // Dropping an attempt half-way (the program quits): settled now as a crash would be on the next
        // start. Before the end of the message left it goes back to the queue; after, nobody knows.
        m_sender->disconnect(this);
        m_sender->cancel();
        if (m_outbox && !m_current.isEmpty() && m_outbox->contains(m_current)) {
            OutboxItem item = m_item;
            const bool endLeft = m_endLeft || !m_outbox->hasUnsentMarker(m_current);
            item.state = endLeft ? OutboxItem::State::MayHaveBeenSent : OutboxItem::State::Queued;
            if (endLeft) {
                item.lastError = OutboxFailure::other(QStringLiteral("may-have-been-sent"),
                    tr("Epistle was closed after the whole message had left and before the server "
                       "confirmed it. It may have been delivered: check before sending it again."),
                    false, 75);
            } else {
                item.note = tr("Epistle was closed during an attempt, before the message was sent.");
            }
            QString error;
            m_outbox->finishAttempt(item, &error);
        }
    }
    if (m_outbox && !m_current.isEmpty()) {
        m_outbox->release(m_current);
    }
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
    if (m_current == id) {
        return true;
    }
    m_pending.removeAll(id);
    m_pending.prepend(id);
    if (!m_forced.contains(id)) {
        m_forced.append(id);
    }
    processNext();
    return true;
}

int OutboxSender::flush()
{
    if (!m_outbox) {
        return 0;
    }
    int added = 0;
    for (const QString &id : m_outbox->dueIds(QDateTime::currentDateTimeUtc())) {
        if (id == m_current || m_pending.contains(id) || m_outbox->isClaimedElsewhere(id)) {
            continue;
        }
        if (m_outbox->isClaimedHere(id)) {
            continue; // queued with a claim by someone in this process who will send it with sendNow()
        }
        m_pending.append(id);
        ++added;
    }
    processNext();
    return added;
}

void OutboxSender::cancel()
{
    m_pending.clear();
    m_forced.clear();
    if (m_sender) {
        m_sender->cancel();
    }
}

void OutboxSender::cancel(const QString &id)
{
    m_pending.removeAll(id);
    m_forced.removeAll(id);
    if (id.isEmpty() || id != m_current) {
        return;
    }
    if (m_sender) {
        m_sender->cancel();
        return;
    }
    // The settings are still being resolved (a keychain lookup, a password prompt): nothing has gone out, so
    // the attempt ends here and the resolver's late answer is ignored.
    ++m_generation;
    finishWithoutSending(OutboxFailure::other(QStringLiteral("cancelled"),
                             tr("Cancelled before anything was sent."), true, 75),
        OutboxItem::State::Queued);
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

void OutboxSender::processNext()
{
    if (isBusy() || !m_outbox) {
        return;
    }
    while (!m_pending.isEmpty()) {
        const QString id = m_pending.takeFirst();
        const bool forced = m_forced.removeAll(id) > 0;
        QString error;
        if (!m_outbox->claim(id, &error)) {
            if (m_outbox->isClaimedElsewhere(id) || !m_outbox->contains(id)) {
                continue; // another process is sending it (or just sent it)
            }
            // The claim cannot even be recorded (read-only folder): nothing is sent, and the caller is told.
            OutboxItem item;
            m_outbox->item(id, &item);
            const QString why = tr("The message was not sent: the outbox cannot be written. %1").arg(error);
            item.lastError = OutboxFailure::other(QStringLiteral("store"), why, true, 73);
            Q_EMIT itemFinished(
                id, item, SmtpSendResult(), SmtpError(SmtpError::InvalidInput, Smtp::Step::None, why), why);
            continue;
        }
        OutboxItem item;
        const bool readable = m_outbox->item(id, &item, &error);
        if (!readable || !item.problem.isEmpty()) {
            // Damaged: never sent automatically. Asked for by name, the caller hears why.
            if (forced) {
                const QString why = readable ? item.problem : error;
                item.lastError = OutboxFailure::other(QStringLiteral("unreadable"), why, false, ExitNoInput);
                QString storeError;
                if (readable) {
                    item.state = OutboxItem::State::Failed;
                    m_outbox->finishAttempt(
                        item, &storeError); // the sidecar is fine: record the failure in it
                }
                m_outbox->release(id);
                Q_EMIT itemFinished(id, item, SmtpSendResult(),
                    SmtpError(SmtpError::BodyReadError, Smtp::Step::None, why), storeError);
                continue;
            }
            m_outbox->release(id);
            continue;
        }
        const bool eligible = forced
            ? item.state != OutboxItem::State::Sent && item.state != OutboxItem::State::Sending
            : item.isDue(QDateTime::currentDateTimeUtc());
        if (!eligible) {
            m_outbox->release(id);
            continue;
        }
        m_current = id;
        m_item = item;
        m_steps.clear();
        m_endLeft = false;
        m_tokenRetried = false;
        const quint64 generation = ++m_generation;
        if (!m_resolver) {
            startWithSettings(generation, {}, tr("No way to find the account's settings was given."));
        } else {
            m_resolver(item,
                [this, self = QPointer<OutboxSender>(this), generation](
                    const SmtpConnectionSettings &settings, const QString &resolveError) {
                    if (self) {
                        startWithSettings(generation, settings, resolveError);
                    }
                });
        }
        return;
    }
    if (m_automatic) {
        schedule();
    }
    Q_EMIT idle();
}

void OutboxSender::finishWithoutSending(const OutboxFailure &failure, OutboxItem::State state)
{
    OutboxItem item = m_item;
    item.state = state;
    item.lastError = failure;
    QString storeError;
    m_outbox->finishAttempt(item, &storeError);
    SmtpSendResult result;
    for (const QString &r : item.recipients) {
        result.recipients.append({ r, false, {} });
    }
    endCurrent(
        item, result, SmtpError(SmtpError::InvalidInput, Smtp::Step::None, failure.message), storeError);
}

void OutboxSender::startWithSettings(
    quint64 generation, const SmtpConnectionSettings &settings, const QString &error)
{
    if (generation != m_generation || m_current.isEmpty() || !m_outbox) {
        return;
    }
    if (!error.isEmpty()) {
        finishWithoutSending(OutboxFailure::other(QStringLiteral("account"), error, false, ExitConfig),
            OutboxItem::State::Failed);
        return;
    }
    m_settings = settings;
    m_body = std::make_unique<QFile>(m_outbox->messagePath(m_current));
    if (!m_body->open(QIODevice::ReadOnly)) {
        const QString why = tr("The stored message cannot be read: %1.").arg(m_body->errorString());
        m_body.reset();
        finishWithoutSending(OutboxFailure::other(QStringLiteral("unreadable"), why, false, ExitNoInput),
            OutboxItem::State::Failed);
        return;
    }
    QString storeError;
    if (!m_outbox->beginAttempt(m_item, &storeError)) {
        // Nothing was sent, and the state on disk is unchanged; the message waits where it was.
        m_body.reset();
        OutboxItem item = m_item;
        SmtpSendResult result;
        const SmtpError failure(SmtpError::InvalidInput, Smtp::Step::None, storeError);
        item.lastError = OutboxFailure::other(QStringLiteral("store"), storeError, true, 73);
        endCurrent(item, result, failure, storeError);
        return;
    }
    startSender(settings);
}

void OutboxSender::startSender(const SmtpConnectionSettings &settings)
{
    m_settings = settings;
    m_body->seek(0);
    SmtpOutgoingMessage message;
    message.from = m_item.from;
    message.recipients = m_item.recipients;
    message.body = m_body.get();
    message.size = m_body->size();
    message.body8bit = m_item.body8bit;
    message.smtpUtf8 = m_item.smtpUtf8;
    message.dsnReturn = m_item.dsnReturn;
    message.dsnEnvelopeId = m_item.dsnEnvelopeId;
    message.dsnNotify = m_item.dsnNotify;

    auto *sender = new SmtpSender(settings, this);
    m_sender = sender;
    SmtpClient *client = sender->client();
    // These two run synchronously, before the bytes they announce are handed to the socket: the marker is
    // gone before the end of the message can reach the server.
    connect(
        client, &SmtpClient::bodyChunkSent, this,
        [this](qint64, bool, bool last) {
            if (last && !m_endLeft) {
                m_endLeft = true;
                m_outbox->endOfMessageLeaving(m_current);
            }
        },
        Qt::DirectConnection);
    connect(
        client, &SmtpClient::commandSent, this,
        [this](const QByteArray &line) {
            if (line == "." && !m_endLeft) {
                m_endLeft = true;
                m_outbox->endOfMessageLeaving(m_current);
            }
        },
        Qt::DirectConnection);
    connect(
        client, &SmtpClient::stepFinished, this, [this](Smtp::Step step, const SmtpReply &reply, qint64 ms) {
            StepSummary s;
            s.step = QString::fromLatin1(Smtp::stepName(step));
            s.replyCode = reply.isValid() ? reply.code() : 0;
            s.reply = reply.isValid() ? reply.summary() : QString();
            s.milliseconds = ms;
            m_steps.append(s);
        });
    connect(sender, &SmtpSender::bodyProgress, this,
        [this](int, qint64 sent, qint64 total) { Q_EMIT itemProgress(m_current, sent, total); });
    connect(sender, &SmtpSender::finished, this, &OutboxSender::onSenderFinished, Qt::QueuedConnection);
    Q_EMIT itemStarted(m_current, sender);
    sender->send({ message });
}

void OutboxSender::onSenderFinished()
{
    SmtpSender *sender = m_sender;
    if (!sender || !m_outbox) {
        return;
    }
    const SmtpSendResult result = sender->results().value(0);
    OutboxItem item = m_item;
    QString storeError;
    SmtpError error;
    if (result.accepted) {
        item.delivery = DeliveryReport::fromResult(result);
        item.delivery.server = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.effectivePort());
        item.delivery.steps = m_steps;
        m_body.reset(); // closed before its folder moves
        const bool filed = m_outbox->fileAsSent(item, &storeError);
        retryRefusedForNow(item, result, filed);
        endCurrent(item, result, error, storeError);
        return;
    }
    error = result.error.isError() ? result.error : sender->error();
    if (!error.isError()) {
        error
            = SmtpError(SmtpError::ConnectionLost, Smtp::Step::None, tr("The send ended without a result."));
    }
    if (retryWithFreshToken(error)) {
        return;
    }
    fileFailure(result, error);
}

bool OutboxSender::retryWithFreshToken(const SmtpError &error)
{
    if (!m_refusedTokenResolver || m_tokenRetried || m_endLeft || m_settings.credentials.oauthToken.isEmpty()
        || error.code() != SmtpError::AuthenticationFailed || error.reply().isTransientFailure()) {
        return false;
    }
    m_tokenRetried = true;
    m_sender->disconnect(this);
    m_sender->deleteLater();
    m_sender = nullptr;
    const quint64 generation = m_generation;
    m_refusedTokenResolver(m_item,
        [this, self = QPointer<OutboxSender>(this), generation, error](
            const SmtpConnectionSettings &settings, const QString &resolveError) {
            if (!self || generation != m_generation || m_current.isEmpty() || !m_outbox) {
                return;
            }
            if (resolveError.isEmpty() && settings.host.isEmpty()) {
                SmtpSendResult result;
                for (const QString &r : m_item.recipients) {
                    result.recipients.append({ r, false, {} });
                }
                fileFailure(result, error); // no fresh token to be had: the server's refusal stands
                return;
            }
            if (!resolveError.isEmpty()) {
                SmtpSendResult result;
                for (const QString &r : m_item.recipients) {
                    result.recipients.append({ r, false, {} });
                }
                fileFailure(result,
                    SmtpError(SmtpError::AuthenticationFailed, Smtp::Step::Authenticate, resolveError,
                        error.reply()));
                return;
            }
            startSender(settings);
        });
    return true;
}

void OutboxSender::fileFailure(const SmtpSendResult &result, const SmtpError &error)
{
    OutboxItem item = m_item;
    QString storeError;
    item.lastError = OutboxFailure::fromSmtpError(error);
    const bool endLeft = m_endLeft || !m_outbox->hasUnsentMarker(m_current);
    if (error.code() == SmtpError::MessageMayHaveBeenSent) {
        item.state = OutboxItem::State::MayHaveBeenSent;
    } else if (error.code() == SmtpError::Cancelled) {
        // Cancelled with the whole message out and no answer: as uncertain as a lost connection.
        item.state = endLeft ? OutboxItem::State::MayHaveBeenSent : OutboxItem::State::Queued;
    } else if (RetryPolicy::isRetryable(error)) {
        if (item.attempts >= m_policy.maxAttempts) {
            item.state = OutboxItem::State::Failed;
            item.note = tr(
                "Gave up after %n attempts; try again when the problem is solved.", nullptr, item.attempts);
        } else {
            item.state = OutboxItem::State::Waiting;
            item.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(m_policy.delayAfter(item.attempts));
        }
    } else {
        item.state = OutboxItem::State::Failed;
    }
    m_body.reset();
    if (!m_outbox->finishAttempt(item, &storeError)) {
        storeError = tr("The outcome could not be recorded in the outbox. %1").arg(storeError);
    }
    endCurrent(item, result, error, storeError);
}

void OutboxSender::retryRefusedForNow(const OutboxItem &sent, const SmtpSendResult &result, bool filed)
{
    // Recipients refused with a 4xx while the others got the message are owed it: a new outbox message with
    // the same bytes for just them, retried like any temporary failure. The delivered part is never sent
    // again.
    QStringList later;
    SmtpReply firstReply;
    for (const SmtpRecipientResult &r : result.recipients) {
        if (!r.accepted && r.reply.isTransientFailure()) {
            later.append(r.address);
            if (!firstReply.isValid()) {
                firstReply = r.reply;
            }
        }
    }
    if (later.isEmpty() || !m_outbox || !m_outbox->sentFolder()) {
        return;
    }
    const QString source
        = filed ? m_outbox->sentFolder()->messagePath(sent.id) : m_outbox->messagePath(sent.id);
    OutboxItem rest = sent;
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

void OutboxSender::endCurrent(
    const OutboxItem &item, const SmtpSendResult &result, const SmtpError &error, const QString &storeError)
{
    const QString id = m_current;
    m_outbox->release(id);
    m_current.clear();
    m_body.reset();
    if (m_sender) {
        m_sender->disconnect(this);
        m_sender->deleteLater();
        m_sender = nullptr;
    }
    Q_EMIT itemFinished(id, item, result, error, storeError);
    // Next message on a fresh stack, so a slot above that exits the event loop is not overtaken.
    if (!m_processScheduled) {
        m_processScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_processScheduled = false;
                processNext();
            },
            Qt::QueuedConnection);
    }
}
