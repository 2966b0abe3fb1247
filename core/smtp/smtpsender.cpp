#include "smtpsender.h"

#include "logging.h"
#include "sasl.h"
#include "smtpadvice.h"

#include <utility>

SmtpSender::SmtpSender(const SmtpConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_client(new SmtpClient(settings, this))
{
    connect(m_client, &SmtpClient::errorOccurred, this, &SmtpSender::onClientError);
    connect(m_client, &SmtpClient::disconnected, this, [this] {
        // A fatal error has already finished the batch (errorOccurred comes first); this is the normal end.
        if (!m_finished && m_quitQueued) {
            finish();
        }
    });
    connect(m_client, &SmtpClient::bodyStarted, this, [this](QIODevice *device) {
        for (int i = 0; i < m_messages.size(); ++i) {
            if (m_messages.at(i).body == device) {
                m_bodyIndex = i;
            }
        }
    });
    connect(m_client, &SmtpClient::bodyProgress, this, [this](qint64 sent, qint64 total) {
        if (m_bodyIndex >= 0) {
            setProgress(Progress::SendingBody);
            Q_EMIT bodyProgress(m_bodyIndex, sent, total);
            if (total >= 0 && sent >= total) {
                setProgress(Progress::WaitingForServer);
            }
        }
    });
}

bool SmtpSender::allAccepted() const
{
    if (m_results.isEmpty()) {
        return false;
    }
    for (const SmtpSendResult &r : m_results) {
        if (!r.accepted) {
            return false;
        }
    }
    return true;
}

void SmtpSender::setProgress(Progress progress)
{
    if (m_progress != progress) {
        m_progress = progress;
        Q_EMIT progressChanged(progress);
    }
}

void SmtpSender::send(const QList<SmtpOutgoingMessage> &messages)
{
    if (m_started) {
        qCWarning(lcSmtp, "SmtpSender::send called twice; create a new sender per batch");
        return;
    }
    m_started = true;
    m_messages = messages;
    m_results.clear();
    for (const SmtpOutgoingMessage &m : messages) {
        SmtpSendResult r;
        for (const QString &a : m.recipients) {
            r.recipients.append({ a, false, {} });
        }
        m_results.append(r);
    }
    setProgress(Progress::Connecting);
    if (messages.isEmpty()) {
        m_error = SmtpAdvice::nothingToSend();
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    m_client->connectToServer([this](const SmtpReply &) { onGreeting(); });
}

void SmtpSender::cancel()
{
    if (!m_finished) {
        m_client->abort();
    }
}

void SmtpSender::onGreeting()
{
    if (!m_client->hello([this](const SmtpReply &r) { onFirstHello(r); })) {
        failAll(m_client->lastError());
    }
}

void SmtpSender::onFirstHello(const SmtpReply &reply)
{
    if (!reply.isPositive()) {
        failAll(SmtpAdvice::helloRefused(reply));
        return;
    }
    if (m_settings.security != Smtp::Security::StartTls) {
        authenticateOrSend();
        return;
    }
    if (!m_client->capabilities().startTls()) {
        failAll(SmtpAdvice::startTlsNotOffered(m_client->peerDescription()));
        return;
    }
    setProgress(Progress::Securing);
    if (!m_client->startTls([this](const SmtpReply &r) { onSecured(r); })) {
        failAll(m_client->lastError());
    }
}

void SmtpSender::onSecured(const SmtpReply &reply)
{
    if (!m_client->isEncrypted()) {
        failAll(SmtpAdvice::startTlsRefused(reply));
        return;
    }
    if (!reply.isPositive()) {
        failAll(SmtpAdvice::helloRefusedAfterTls(reply));
        return;
    }
    authenticateOrSend();
}

void SmtpSender::authenticateOrSend()
{
    const QByteArray requested = m_settings.authMechanism.toUpper();
    if (requested == "NONE"
        || ((requested.isEmpty() || requested == "AUTO") && m_settings.credentials.isEmpty())) {
        startMore();
        return;
    }
    QByteArray mechanism = requested;
    if (requested.isEmpty() || requested == "AUTO") {
        mechanism = m_client->autoMechanism();
        if (mechanism.isEmpty()) {
            mechanism = "AUTO"; // let the client explain what is missing
        }
    }
    setProgress(Progress::Authenticating);
    if (!m_client->authenticate(mechanism, [this](const SmtpReply &r) { onAuthenticated(r); })) {
        failAll(m_client->lastError());
        return;
    }
    m_authPending = true;
    // RFC 4954 4: AUTH PLAIN with its initial response may lead the first pipelined group.
    if (mechanism == "PLAIN" && m_client->capabilities().pipelining()) {
        startMore();
    }
}

void SmtpSender::onAuthenticated(const SmtpReply &reply)
{
    m_authPending = false;
    if (reply.isPositive()) {
        startMore();
        return;
    }
    m_loginError = SmtpAdvice::loginRefused(reply);
    if (m_nextToStart == 0) {
        failAll(m_loginError);
        return;
    }
    // Transactions pipelined behind the login each get their own verdict; nothing more is started.
    for (SmtpTransaction *t : std::as_const(m_transactions)) {
        t->setLoginRefused(m_loginError);
    }
    failUnstarted(m_loginError);
    quitOrFinish();
}

bool SmtpSender::overlapsTransactions() const
{
    // With PIPELINING and CHUNKING every transaction ends with its BDAT LAST whatever happens to it, so the
    // next one may follow in the same flight (behind an RSET, in case a refusal left state behind).
    return m_client->capabilities().pipelining() && m_client->capabilities().chunking();
}

void SmtpSender::startMore()
{
    if (m_dispatchingStart || m_finished || m_loginError.isError()) {
        return; // a message refused up front inside the loop below; the loop goes on by itself
    }
    if (inFlight() > 0 && !m_client->isIdle()) {
        return; // the next flight waits for every result of this one
    }
    m_dispatchingStart = true;
    const int window = overlapsTransactions() ? MaxTransactionsInFlight : 1;
    while (m_client->isConnected() && m_nextToStart < m_messages.size() && inFlight() < window) {
        const int index = m_nextToStart++;
        if (index > 0 && (overlapsTransactions() || !m_results.at(index - 1).accepted)) {
            // RFC 5321 4.1.1.5: whatever the last transaction left behind is cleared first.
            m_client->reset();
        }
        startMessage(index);
    }
    m_dispatchingStart = false;
    if (m_nextToStart == m_messages.size() && m_client->isConnected()
        && (m_finishedCount == m_messages.size() || m_client->capabilities().pipelining())) {
        // RFC 2920: QUIT may close the group that carries the last message.
        quitOrFinish();
    }
}

void SmtpSender::startMessage(int index)
{
    setProgress(Progress::SendingEnvelope);
    Q_EMIT messageStarted(index);
    auto *t = new SmtpTransaction(m_client, m_messages.at(index), this);
    m_transactions.append(t);
    connect(t, &SmtpTransaction::recipientAccepted, this,
        [this, index](const QString &a, const SmtpReply &r) { Q_EMIT recipientAccepted(index, a, r); });
    connect(t, &SmtpTransaction::recipientRefused, this,
        [this, index](const QString &a, const SmtpReply &r) { Q_EMIT recipientRefused(index, a, r); });
    connect(t, &SmtpTransaction::finished, this,
        [this, index](const SmtpSendResult &r) { onMessageFinished(index, r); });
    if (!t->start() && t->result().error.isError() && m_client->isConnected()) {
        // Refused before anything was sent: the connection is still good for the next message.
        onMessageFinished(index, t->result());
    }
}

void SmtpSender::onMessageFinished(int index, const SmtpSendResult &result)
{
    if (m_finished || m_results[index].started) {
        return;
    }
    SmtpSendResult r = result;
    r.started = true;
    m_results[index] = r;
    ++m_finishedCount;
    if (r.accepted) {
        Q_EMIT messageAccepted(index, r.finalReply);
    } else {
        if (!m_error.isError()) {
            m_error = r.error;
        }
        Q_EMIT messageFailed(index, r.error);
    }
    // Results are settled only when their flight is in step; the last of a flight opens the next one.
    if (m_client->isConnected() && inFlight() == 0 && m_client->isIdle() && !m_authPending) {
        if (m_loginError.isError()) {
            quitOrFinish();
        } else {
            startMore();
        }
    }
}

void SmtpSender::quitOrFinish()
{
    if (m_quitQueued || m_finished) {
        return;
    }
    if (!m_client->isConnected()) {
        finish();
        return;
    }
    m_quitQueued = true;
    m_client->quit();
}

void SmtpSender::onClientError(const SmtpError &error)
{
    if (m_finished) {
        return;
    }
    if (!m_error.isError() || error.code() != SmtpError::ConnectionLost) {
        m_error = error;
    }
    // Each message started decides for itself: may have been sent if its end had left, else the cause.
    for (SmtpTransaction *t : std::as_const(m_transactions)) {
        t->abandon(error);
    }
    failUnstarted(error.cause());
    finish();
}

void SmtpSender::failAll(const SmtpError &error)
{
    // Before any transaction started (greeting, EHLO, STARTTLS, the login): nothing was sent.
    if (!m_error.isError()) {
        m_error = error;
    }
    for (SmtpTransaction *t : std::as_const(m_transactions)) {
        t->abandon(error);
    }
    failUnstarted(error);
    if (m_client->isConnected() && !m_quitQueued) {
        // A failure before or during the login leaves nothing to do but say goodbye.
        m_quitQueued = true;
        m_client->quit();
    } else if (!m_client->isConnected()) {
        finish();
    }
}

void SmtpSender::failUnstarted(const SmtpError &error)
{
    for (int i = m_nextToStart; i < m_messages.size(); ++i) {
        SmtpSendResult &r = m_results[i];
        r.error = error;
        Q_EMIT messageFailed(i, error);
    }
    m_finishedCount += int(m_messages.size()) - m_nextToStart;
    m_nextToStart = int(m_messages.size());
}

SmtpError SmtpSender::error() const
{
    return allAccepted() ? SmtpError() : m_error;
}

void SmtpSender::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    const bool ok = allAccepted();
    setProgress(ok ? Progress::Done : Progress::Failed);
    Q_EMIT finished(ok);
}
