#include "smtptransaction.h"

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
    connect(client, &SmtpClient::errorOccurred, this, [this](const SmtpError &error) {
        if (!m_finished) {
            finish(error);
        }
    });
}

bool SmtpTransaction::validate()
{
    const SmtpCapabilities &caps = m_client->capabilities();
    const auto bad = [](const QString &a) {
        for (QChar c : a) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')) {
                return true;
            }
        }
        return false;
    };
    const auto localIsAscii = [](const QString &a) {
        const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
        for (QChar c : at >= 0 ? a.left(at) : a) {
            if (c.unicode() > 0x7f) {
                return false;
            }
        }
        return true;
    };
    if (m_message.recipients.isEmpty()) {
        m_result.error
            = SmtpError(SmtpError::InvalidInput, Smtp::Step::RcptTo, tr("The message has no recipients."));
        return false;
    }
    QStringList all = m_message.recipients;
    all.prepend(m_message.from);
    bool needUtf8 = m_message.smtpUtf8;
    for (const QString &a : all) {
        if (bad(a)) {
            m_result.error = SmtpError(SmtpError::InvalidInput,
                a == m_message.from ? Smtp::Step::MailFrom : Smtp::Step::RcptTo,
                tr("The address \"%1\" contains a line break, control character or angle bracket; "
                   "nothing was sent.")
                    .arg(QString(a)
                             .replace(QLatin1Char('\r'), QLatin1String("\\r"))
                             .replace(QLatin1Char('\n'), QLatin1String("\\n"))
                             .remove(QChar(0))));
            return false;
        }
        if (!localIsAscii(a)) {
            if (!caps.smtpUtf8()) {
                m_result.error = SmtpError(SmtpError::EightBitNotSupported,
                    a == m_message.from ? Smtp::Step::MailFrom : Smtp::Step::RcptTo,
                    tr("The server does not accept internationalized addresses "
                       "(no SMTPUTF8), and \"%1\" has non-ASCII characters "
                       "before the @.")
                        .arg(a));
                return false;
            }
            needUtf8 = true;
        }
    }
    m_smtpUtf8 = needUtf8;
    return true;
}

bool SmtpTransaction::start()
{
    m_result.started = true;
    if (!m_client || !validate()) {
        m_finished = true;
        return false;
    }
    m_pipelined = m_client->capabilities().pipelining();
    SmtpMailParameters params;
    params.size = m_message.size;
    params.body8bit = m_message.body8bit;
    params.smtpUtf8 = m_smtpUtf8;
    params.dsnReturn = m_message.dsnReturn;
    params.dsnEnvelopeId = m_message.dsnEnvelopeId;
    if (!m_client->mail(m_message.from, params, [this](const SmtpReply &r) { onMail(r); })) {
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

void SmtpTransaction::onFinalReply(const SmtpReply &reply)
{
    if (m_finished) {
        return;
    }
    m_result.finalReply = reply;
    if (!m_mailReply.isPositive()) {
        const bool temporary = m_mailReply.isTransientFailure();
        m_result.error = SmtpError(SmtpError::SenderRefused, Smtp::Step::MailFrom,
            temporary ? tr("The server cannot take mail from %1 right now: %2. Epistle will try again.")
                            .arg(m_message.from, m_mailReply.summary())
                      : tr("The server refused the sender address %1: %2. Check the From address: many "
                           "servers only accept the address of the account you log in with.")
                            .arg(m_message.from.isEmpty() ? QStringLiteral("<>") : m_message.from,
                                m_mailReply.summary()),
            m_mailReply);
        finish(m_result.error);
        return;
    }
    if (m_accepted == 0) {
        // Report the most telling refusal: the first recipient's reply.
        SmtpReply first = m_result.recipients.value(0).reply;
        m_result.error = SmtpError(SmtpError::AllRecipientsRefused, Smtp::Step::RcptTo,
            tr("The server refused every recipient (%1); the message was not sent.").arg(first.summary()),
            first);
        finish(m_result.error);
        return;
    }
    if (!reply.isPositive()) {
        const bool tooLarge
            = reply.code() == 552 || reply.enhancedCode() == "5.3.4" || reply.enhancedCode() == "5.2.3";
        m_result.error = SmtpError(tooLarge ? SmtpError::MessageTooLarge : SmtpError::MessageRefused,
            Smtp::Step::Data,
            reply.isTransientFailure() ? tr("The server could not take the message right now: %1. Epistle "
                                            "will try again.")
                                             .arg(reply.summary())
                                       : tr("The server refused the message: %1").arg(reply.summary()),
            reply);
        finish(m_result.error);
        return;
    }
    m_result.accepted = true;
    Q_EMIT messageAccepted(reply);
    finish(SmtpError());
}

void SmtpTransaction::abandon(const SmtpError &error)
{
    if (!m_finished) {
        finish(error);
    }
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
