#pragma once

#include "smtp/smtpconnectionsettings.h"
#include "smtp/smtperror.h"
#include "smtp/smtptransaction.h"
#include "store/sentcopyrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Why an attempt to send failed, kept with the message so the person (and `epistle outbox list`) can see the
// step, the server's words and what to do, long after the connection is gone.
struct OutboxFailure
{
    QString code; // SmtpError::codeName() ("service-unavailable", "may-have-been-sent"...), or "store",
                  // "account", "interrupted" for failures outside the SMTP session
    QString step; // Smtp::stepName() of the step that failed, e.g. "data"; empty outside a session
    int replyCode = 0; // the server's reply code, 0 when there was no reply
    QString reply; // the server's reply, summarised ("421 4.3.2 Shutting down")
    QString enhancedCode; // "4.3.2"
    QString message; // the plain sentence
    bool temporary = false;
    int exitCode = 0; // sysexits.h, as SmtpError::exitCode()
    QDateTime at;

    bool isNull() const { return code.isEmpty(); }
    static OutboxFailure fromSmtpError(const SmtpError &error);
    static OutboxFailure other(const QString &code, const QString &message, bool temporary, int exitCode);
    QJsonObject toJson() const;
    static OutboxFailure fromJson(const QJsonObject &object);
    // "[data] 421 4.3.2 Shutting down: The server ... Try again later." (logs, the command line)
    QString toString() const;
    // What a person reads in the outbox: the sentence, then the server's reply in brackets unless the
    // sentence quotes it already; no step tag.
    QString describe() const;
};

// What happened to one recipient when the message was accepted.
struct RecipientOutcome
{
    QString address;
    bool accepted = false;
    int replyCode = 0;
    QString reply;
};

// One protocol step of the send that delivered a message: the transcript summary kept with a sent copy.
struct StepSummary
{
    QString step;
    int replyCode = 0;
    QString reply;
    qint64 milliseconds = 0;
};

// The server's word on a sent message: the final reply (with the queue id most servers put in it), every
// recipient's result and the steps it took.
struct DeliveryReport
{
    QDateTime sentAt;
    QString server; // "host:port"
    int replyCode = 0;
    QString reply; // "250 2.0.0 Ok: queued as 4Fq1x2"
    QString queueId; // "4Fq1x2"
    QList<RecipientOutcome> recipients;
    QList<StepSummary> steps;
    QString note; // e.g. "marked as sent by the person after a connection loss"

    bool isNull() const { return !sentAt.isValid(); }
    QStringList refusedRecipients() const;
    static DeliveryReport fromResult(const SmtpSendResult &result);
    QJsonObject toJson() const;
    static DeliveryReport fromJson(const QJsonObject &object);
};

// One message in the outbox (or, once delivered, in the sent folder): the exact bytes live beside it as
// message.eml; this is the envelope, where it goes from, where it stands and its history.
class OutboxItem
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(OutboxItem)

public:
    enum class State {
        Queued, // ready: goes at the next send (or at notBefore, for "send later")
        Sending, // an attempt is running (on disk: a crash interrupted it; resolved on the next start)
        Waiting, // a temporary failure; tried again automatically at nextAttempt
        Failed, // a permanent failure, or retries used up: waits for the person
        MayHaveBeenSent, // the connection ended after the whole message left, before the server's answer:
                         // never sent again automatically, the person decides (retry, mark as sent, remove)
        Sent // delivered: only on its way into the sent folder, and in the sent folder
    };
    Q_ENUM(State)

    QString id;
    QString account; // the account to send from; resolved to connection settings at send time
    QJsonObject
        connection; // or, without an account, the connection itself (no secrets; see connectionToJson)
    // The envelope (RFC 5321 MAIL FROM / RCPT TO) and what MAIL FROM must declare.
    QString from;
    QStringList recipients;
    bool body8bit = false;
    bool smtpUtf8 = false;
    QByteArray dsnReturn;
    QString dsnEnvelopeId;
    QList<QByteArray> dsnNotify;
    // RFC 8689, the message's own wish; Default follows the account (its requireTls).
    SmtpOutgoingMessage::TlsRequirement tlsRequirement = SmtpOutgoingMessage::TlsRequirement::Default;
    // For lists: taken from the message when it was queued.
    QString subject;
    QString toDisplay;
    QByteArray messageId;
    qint64 size = -1; // the message's octets; set by the outbox (-1 before: unknown)
    // Where it stands.
    State state = State::Queued;
    int attempts = 0;
    QDateTime created;
    QDateTime notBefore; // send later: not before this time
    QDateTime nextAttempt; // Waiting: the next automatic attempt
    QDateTime lastAttempt;
    OutboxFailure lastError;
    QString note; // a sentence about the state that is not a server error (recovery after a crash)
    // The draft it came from: removed once the message is safely queued (also after a crash in between).
    QString draftId;
    int draftRevision = 0;
    // Sent folder only.
    DeliveryReport delivery;
    // The copy in the server's Sent folder: Pending from the queueing on when the account saves copies.
    SentCopyRecord sentCopy;
    QString problem; // set when reading: the sidecar or message is damaged or unreadable

    // Whether an automatic send may pick it up at 'now'.
    bool isDue(const QDateTime &now) const;
    // When it becomes due (invalid when it waits for the person).
    QDateTime dueTime() const;
    // Where it stands in the queue: when it was queued, or for "send later" the time it was given. A flush
    // sends in this order (first in, first out), and lists show it.
    QDateTime queueTime() const { return notBefore.isValid() ? notBefore : created; }
    static bool queuedBefore(const OutboxItem &a, const OutboxItem &b);
    // The person has to act: Failed or MayHaveBeenSent.
    bool needsAttention() const { return state == State::Failed || state == State::MayHaveBeenSent; }

    // Stable lower-case names for JSON and the command line: "queued", "may-have-been-sent", ...
    static QString stateName(State state);
    static bool stateFromName(const QString &name, State *state);

    QJsonObject toJson() const;
    static OutboxItem fromJson(const QJsonObject &object);

    // The non-secret parts of connection settings (host, port, security, user, mechanism, EHLO name,
    // timeouts, trusted CAs and pins), for a message queued without an account. Passwords and tokens are
    // never stored.
    static QJsonObject connectionToJson(const SmtpConnectionSettings &settings);
    static SmtpConnectionSettings connectionFromJson(const QJsonObject &object);
};
Q_DECLARE_METATYPE(OutboxItem)
