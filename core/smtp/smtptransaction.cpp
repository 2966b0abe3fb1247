#include "smtptransaction.h"

#include "smtpadvice.h"
#include "smtpclient.h"

#include <QRegularExpression>

QString SmtpSendResult::queueId() const
{
    const QString text = finalReply.message();
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("queued as ([A-Za-z0-9._-]+)")),
        QRegularExpression(QStringLiteral("\\bid=([A-Za-z0-9._-]+)")),
        QRegularExpression(QStringLiteral("\\bOK\\s+([A-Za-z0-9._-]{6,})")),
    };
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch()) {
            return m.captured(1);
        }
    }
    return {};
}

QStringList SmtpSendResult::refusedRecipients() const
{
    QStringList out;
    for (const SmtpRecipientResult &r : recipients) {
        if (!r.accepted) {
            out << r.address;
        }
    }
    return out;
}

QStringList SmtpSendResult::acceptedRecipients() const
{
    QStringList out;
    for (const SmtpRecipientResult &r : recipients) {
        if (r.accepted) {
            out << r.address;
        }
    }
    return out;
}

SmtpTransaction::SmtpTransaction(SmtpClient *client, const SmtpOutgoingMessage &message, QObject *parent)
    : QObject(parent), m_client(client), m_message(message)
{
    for (const QString &r : message.recipients) {
        m_result.recipients.append({ r, false, {} });
    }
    connect(client, &SmtpClient::errorOccurred, this, &SmtpTransaction::abandon);
    connect(client, &SmtpClient::messageEndSent, this, [this](QIODevice *device) {
        if (device == m_message.body) {
            m_endLeft = true;
        }
    });
}

bool SmtpTransaction::validate()
{
    bool needsUtf8 = false;
    m_result.error = SmtpCommands::checkEnvelope(
        m_message.from, m_message.recipients, m_message.smtpUtf8, m_client->capabilities(), &needsUtf8);
    m_smtpUtf8 = needsUtf8;
    return !m_result.error.isError();
}

SmtpMailParameters SmtpTransaction::mailParameters() const
{
    using Tls = SmtpOutgoingMessage::TlsRequirement;
    SmtpMailParameters params;
    params.size = m_message.size;
    params.body8bit = m_message.body8bit;
    params.smtpUtf8 = m_smtpUtf8;
    params.dsnReturn = m_message.dsnReturn;
    params.dsnEnvelopeId = m_message.dsnEnvelopeId;
    params.requireTls = m_message.tlsRequirement == Tls::Required
        || (m_message.tlsRequirement == Tls::Default && m_client->settings().requireTls);
    params.tlsNotRequired = m_message.tlsRequirement == Tls::NotRequired;
    return params;
}

bool SmtpTransaction::start()
{
    m_result.started = true;
    if (!m_client || !validate()) {
        m_finished = true;
        return false;
    }
    m_pipelined = m_client->capabilities().pipelining();
    if (!m_client->mail(m_message.from, mailParameters(), [this](const SmtpReply &r) { onMail(r); })) {
        m_result.error = m_client->lastError();
        m_finished = true;
        return false;
    }
    if (m_pipelined) {
        // RFC 2920: MAIL, every RCPT and DATA (or BDAT with a small body) leave in one write.
        for (int i = 0; i < m_message.recipients.size(); ++i) {
            if (!queueRcpt(i)) {
                return false;
            }
        }
        return queueBody();
    }
    return true;
}

bool SmtpTransaction::queueRcpt(int index)
{
    SmtpRcptParameters params;
    params.notify = m_message.dsnNotify;
    if (!m_client->rcpt(m_message.recipients.at(index), params,
            [this, index](const SmtpReply &r) { onRcpt(index, r); })) {
        // Already queued commands must not leave a half transaction behind.
        const SmtpError error = m_client->lastError();
        m_client->abort();
        finish(error);
        return false;
    }
    return true;
}

bool SmtpTransaction::queueBody()
{
    const auto done = [this](const SmtpReply &r) { onFinalReply(r); };
    const bool ok = m_client->capabilities().chunking()
        ? m_client->bdat(m_message.body, m_message.size, done)
        : m_client->data(m_message.body, m_message.size, done);
    if (!ok) {
        const SmtpError error = m_client->lastError();
        m_client->abort();
        finish(error);
        return false;
    }
    Q_EMIT bodyStarted();
    return true;
}

void SmtpTransaction::onMail(const SmtpReply &reply)
{
    m_mailReply = reply;
    if (m_finished) {
        return;
    }
    if (!reply.isPositive()) {
        if (!m_pipelined) {
            onFinalReply(reply);
        }
        return;
    }
    if (!m_pipelined) {
        queueRcpt(0);
    }
}

void SmtpTransaction::onRcpt(int index, const SmtpReply &reply)
{
    if (m_finished) {
        return;
    }
    SmtpRecipientResult &r = m_result.recipients[index];
    r.reply = reply;
    r.accepted = reply.isPositive() && m_mailReply.isPositive();
    if (r.accepted) {
        ++m_accepted;
        Q_EMIT recipientAccepted(r.address, reply);
    } else if (m_mailReply.isPositive()) {
        Q_EMIT recipientRefused(r.address, reply);
    }
    if (!m_pipelined) {
        if (index + 1 < m_message.recipients.size()) {
            queueRcpt(index + 1);
        } else if (m_accepted == 0) {
            onFinalReply(SmtpReply());
        } else {
            queueBody();
        }
    }
}

void SmtpTransaction::setLoginRefused(const SmtpError &error)
{
    m_loginError = error;
}

SmtpError SmtpTransaction::failureCause(const SmtpReply &reply) const
{
    // The replies after a refused login are its consequences (530 authentication required, relay denied).
    if (m_loginError.isError()) {
        return m_loginError;
    }
    if (!m_mailReply.isPositive()) {
        return SmtpAdvice::senderRefused(m_message.from, m_mailReply);
    }
    if (m_accepted == 0) {
        // Report the most telling refusal: the first recipient's reply.
        return SmtpAdvice::allRecipientsRefused(m_result.recipients.value(0).reply);
    }
    return SmtpAdvice::messageRefused(reply);
}

void SmtpTransaction::onFinalReply(const SmtpReply &reply)
{
    if (m_finished) {
        return;
    }
    m_result.finalReply = reply;
    if (!reply.isPositive()) {
        finish(failureCause(reply));
        return;
    }
    if (!m_mailReply.isPositive() || m_accepted == 0) {
        // Taken after its sender or every recipient was refused: these replies cannot all be true.
        finish(SmtpAdvice::contradictoryVerdict(reply));
        return;
    }
    m_result.accepted = true;
    if (m_loginError.isError()) {
        // RFC 2920 3.1: the server queued the message whatever the login's fate; it is sent.
        m_result.warnings << SmtpAdvice::loginRefusedMessageAccepted(m_loginError.reply());
    }
    Q_EMIT messageAccepted(reply);
    finish(SmtpError());
}

void SmtpTransaction::abandon(const SmtpError &error)
{
    if (m_finished) {
        return;
    }
    if (m_endLeft) {
        // The end of this message left and no settled reply says what became of it.
        finish(
            error.code() == SmtpError::MessageMayHaveBeenSent ? error : SmtpAdvice::mayHaveBeenSent(error));
        return;
    }
    // Another message's end may have left; this one's did not, so the cause is the whole story.
    finish(error.code() == SmtpError::MessageMayHaveBeenSent ? error.cause() : error);
}

void SmtpTransaction::finish(const SmtpError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result.error = error;
    if (error.isError()) {
        // Recipients keep their RCPT verdicts; the message as a whole was not taken.
        m_result.accepted = false;
    }
    Q_EMIT finished(m_result);
}
