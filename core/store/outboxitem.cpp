#include "store/outboxitem.h"

#include <QJsonArray>
#include <QMetaEnum>

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoTime(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

void insertTime(QJsonObject &o, const QString &key, const QDateTime &time)
{
    if (time.isValid()) {
        o.insert(key, isoTime(time));
    }
}

} // namespace

// ---- OutboxFailure ----

OutboxFailure OutboxFailure::fromSmtpError(const SmtpError &error)
{
    OutboxFailure f;
    f.code = error.codeName();
    f.step = error.step() == Smtp::Step::None ? QString() : QString::fromLatin1(Smtp::stepName(error.step()));
    if (error.reply().isValid()) {
        f.replyCode = error.reply().code();
        f.reply = error.reply().summary();
        f.enhancedCode = QString::fromLatin1(error.enhancedCode());
    }
    f.message = error.message();
    f.temporary = error.isTemporary();
    f.exitCode = error.exitCode();
    f.at = QDateTime::currentDateTimeUtc();
    return f;
}

OutboxFailure OutboxFailure::other(const QString &code, const QString &message, bool temporary, int exitCode)
{
    OutboxFailure f;
    f.code = code;
    f.message = message;
    f.temporary = temporary;
    f.exitCode = exitCode;
    f.at = QDateTime::currentDateTimeUtc();
    return f;
}

QJsonObject OutboxFailure::toJson() const
{
    QJsonObject o { { QStringLiteral("code"), code }, { QStringLiteral("step"), step },
        { QStringLiteral("replyCode"), replyCode }, { QStringLiteral("reply"), reply },
        { QStringLiteral("enhancedCode"), enhancedCode }, { QStringLiteral("message"), message },
        { QStringLiteral("temporary"), temporary }, { QStringLiteral("exitCode"), exitCode } };
    insertTime(o, QStringLiteral("at"), at);
    return o;
}

OutboxFailure OutboxFailure::fromJson(const QJsonObject &o)
{
    OutboxFailure f;
    f.code = o.value(QStringLiteral("code")).toString();
    f.step = o.value(QStringLiteral("step")).toString();
    f.replyCode = o.value(QStringLiteral("replyCode")).toInt();
    f.reply = o.value(QStringLiteral("reply")).toString();
    f.enhancedCode = o.value(QStringLiteral("enhancedCode")).toString();
    f.message = o.value(QStringLiteral("message")).toString();
    f.temporary = o.value(QStringLiteral("temporary")).toBool();
    f.exitCode = o.value(QStringLiteral("exitCode")).toInt();
    f.at = fromIsoTime(o.value(QStringLiteral("at")));
    return f;
}

QString OutboxFailure::toString() const
{
    QString text;
    if (!step.isEmpty()) {
        text += QLatin1Char('[') + step + QStringLiteral("] ");
    }
    if (!reply.isEmpty()) {
        text += reply + QStringLiteral(": ");
    }
    return text + message;
}

QString OutboxFailure::describe() const
{
    if (reply.isEmpty() || message.contains(reply)) {
        return message;
    }
    return message.isEmpty() ? reply : QStringLiteral("%1 (%2)").arg(message, reply);
}

// ---- DeliveryReport ----

QStringList DeliveryReport::refusedRecipients() const
{
    QStringList refused;
    for (const RecipientOutcome &r : recipients) {
        if (!r.accepted) {
            refused.append(r.address);
        }
    }
    return refused;
}

DeliveryReport DeliveryReport::fromResult(const SmtpSendResult &result)
{
    DeliveryReport report;
    report.sentAt = QDateTime::currentDateTimeUtc();
    if (result.finalReply.isValid()) {
        report.replyCode = result.finalReply.code();
        report.reply = result.finalReply.summary();
    }
    report.queueId = result.queueId();
    for (const SmtpRecipientResult &r : result.recipients) {
        RecipientOutcome outcome;
        outcome.address = r.address;
        outcome.accepted = r.accepted;
        if (r.reply.isValid()) {
            outcome.replyCode = r.reply.code();
            outcome.reply = r.reply.summary();
        }
        report.recipients.append(outcome);
    }
    return report;
}

QJsonObject DeliveryReport::toJson() const
{
    QJsonArray recipientArray;
    for (const RecipientOutcome &r : recipients) {
        recipientArray.append(QJsonObject { { QStringLiteral("address"), r.address },
            { QStringLiteral("accepted"), r.accepted }, { QStringLiteral("replyCode"), r.replyCode },
            { QStringLiteral("reply"), r.reply } });
    }
    QJsonArray stepArray;
    for (const StepSummary &s : steps) {
        stepArray.append(
            QJsonObject { { QStringLiteral("step"), s.step }, { QStringLiteral("replyCode"), s.replyCode },
                { QStringLiteral("reply"), s.reply }, { QStringLiteral("ms"), double(s.milliseconds) } });
    }
    QJsonObject o { { QStringLiteral("server"), server }, { QStringLiteral("replyCode"), replyCode },
        { QStringLiteral("reply"), reply }, { QStringLiteral("queueId"), queueId },
        { QStringLiteral("recipients"), recipientArray }, { QStringLiteral("steps"), stepArray } };
    insertTime(o, QStringLiteral("sentAt"), sentAt);
    if (!note.isEmpty()) {
        o.insert(QStringLiteral("note"), note);
    }
    return o;
}

DeliveryReport DeliveryReport::fromJson(const QJsonObject &o)
{
    DeliveryReport report;
    report.sentAt = fromIsoTime(o.value(QStringLiteral("sentAt")));
    report.server = o.value(QStringLiteral("server")).toString();
    report.replyCode = o.value(QStringLiteral("replyCode")).toInt();
    report.reply = o.value(QStringLiteral("reply")).toString();
    report.queueId = o.value(QStringLiteral("queueId")).toString();
    report.note = o.value(QStringLiteral("note")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject r = v.toObject();
        report.recipients.append(
            { r.value(QStringLiteral("address")).toString(), r.value(QStringLiteral("accepted")).toBool(),
                r.value(QStringLiteral("replyCode")).toInt(), r.value(QStringLiteral("reply")).toString() });
    }
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        report.steps.append({ s.value(QStringLiteral("step")).toString(),
            s.value(QStringLiteral("replyCode")).toInt(), s.value(QStringLiteral("reply")).toString(),
            qint64(s.value(QStringLiteral("ms")).toDouble()) });
    }
    return report;
}

// ---- OutboxItem ----

bool OutboxItem::isDue(const QDateTime &now) const
{
    const QDateTime due = dueTime();
    return due.isValid() && due <= now;
}

QDateTime OutboxItem::dueTime() const
{
    switch (state) {
    case State::Queued:
        return notBefore.isValid() ? notBefore
                                   : (created.isValid() ? created : QDateTime::fromSecsSinceEpoch(0));
    case State::Waiting: {
        QDateTime due = nextAttempt.isValid() ? nextAttempt : QDateTime::fromSecsSinceEpoch(0);
        if (notBefore.isValid() && notBefore > due) {
            due = notBefore;
        }
        return due;
    }
    default:
        return {};
    }
}

bool OutboxItem::queuedBefore(const OutboxItem &a, const OutboxItem &b)
{
    const QDateTime ta = a.queueTime(), tb = b.queueTime();
    if (ta != tb) {
        return ta < tb;
    }
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

QString OutboxItem::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Failed:
        return QStringLiteral("failed");
    case State::MayHaveBeenSent:
        return QStringLiteral("may-have-been-sent");
    case State::Sent:
        return QStringLiteral("sent");
    }
    return QStringLiteral("queued");
}

bool OutboxItem::stateFromName(const QString &name, State *state)
{
    for (State s : { State::Queued, State::Sending, State::Waiting, State::Failed, State::MayHaveBeenSent,
             State::Sent }) {
        if (stateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QJsonObject OutboxItem::toJson() const
{
    QJsonArray notify;
    for (const QByteArray &n : dsnNotify) {
        notify.append(QString::fromLatin1(n));
    }
    QJsonObject o { { QStringLiteral("format"), 1 }, { QStringLiteral("id"), id },
        { QStringLiteral("account"), account }, { QStringLiteral("from"), from },
        { QStringLiteral("recipients"), QJsonArray::fromStringList(recipients) },
        { QStringLiteral("body8bit"), body8bit }, { QStringLiteral("smtpUtf8"), smtpUtf8 },
        { QStringLiteral("subject"), subject }, { QStringLiteral("to"), toDisplay },
        { QStringLiteral("messageId"), QString::fromLatin1(messageId) },
        { QStringLiteral("size"), double(size) }, { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("attempts"), attempts } };
    if (!connection.isEmpty()) {
        o.insert(QStringLiteral("connection"), connection);
    }
    if (!dsnReturn.isEmpty()) {
        o.insert(QStringLiteral("dsnReturn"), QString::fromLatin1(dsnReturn));
    }
    if (!dsnEnvelopeId.isEmpty()) {
        o.insert(QStringLiteral("dsnEnvelopeId"), dsnEnvelopeId);
    }
    if (!notify.isEmpty()) {
        o.insert(QStringLiteral("dsnNotify"), notify);
    }
    if (tlsRequirement != SmtpOutgoingMessage::TlsRequirement::Default) {
        o.insert(
            QStringLiteral("tlsRequired"), tlsRequirement == SmtpOutgoingMessage::TlsRequirement::Required);
    }
    insertTime(o, QStringLiteral("created"), created);
    insertTime(o, QStringLiteral("notBefore"), notBefore);
    insertTime(o, QStringLiteral("nextAttempt"), nextAttempt);
    insertTime(o, QStringLiteral("lastAttempt"), lastAttempt);
    if (!lastError.isNull()) {
        o.insert(QStringLiteral("lastError"), lastError.toJson());
    }
    if (!note.isEmpty()) {
        o.insert(QStringLiteral("note"), note);
    }
    if (!draftId.isEmpty()) {
        o.insert(QStringLiteral("draftId"), draftId);
        o.insert(QStringLiteral("draftRevision"), draftRevision);
    }
    if (!delivery.isNull()) {
        o.insert(QStringLiteral("delivery"), delivery.toJson());
    }
    if (sentCopy.isWanted()) {
        o.insert(QStringLiteral("sentCopy"), sentCopy.toJson());
    }
    return o;
}

OutboxItem OutboxItem::fromJson(const QJsonObject &o)
{
    OutboxItem item;
    item.id = o.value(QStringLiteral("id")).toString();
    item.account = o.value(QStringLiteral("account")).toString();
    item.connection = o.value(QStringLiteral("connection")).toObject();
    item.from = o.value(QStringLiteral("from")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray()) {
        item.recipients.append(v.toString());
    }
    item.body8bit = o.value(QStringLiteral("body8bit")).toBool();
    item.smtpUtf8 = o.value(QStringLiteral("smtpUtf8")).toBool();
    item.dsnReturn = o.value(QStringLiteral("dsnReturn")).toString().toLatin1();
    item.dsnEnvelopeId = o.value(QStringLiteral("dsnEnvelopeId")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("dsnNotify")).toArray()) {
        item.dsnNotify.append(v.toString().toLatin1());
    }
    if (const QJsonValue tls = o.value(QStringLiteral("tlsRequired")); tls.isBool()) {
        item.tlsRequirement = tls.toBool() ? SmtpOutgoingMessage::TlsRequirement::Required
                                           : SmtpOutgoingMessage::TlsRequirement::NotRequired;
    }
    item.subject = o.value(QStringLiteral("subject")).toString();
    item.toDisplay = o.value(QStringLiteral("to")).toString();
    item.messageId = o.value(QStringLiteral("messageId")).toString().toLatin1();
    item.size = qint64(o.value(QStringLiteral("size")).toDouble());
    if (!stateFromName(o.value(QStringLiteral("state")).toString(), &item.state)) {
        item.state = State::Failed; // unknown: nothing automatic happens to it
        item.problem = tr("Unknown state \"%1\".").arg(o.value(QStringLiteral("state")).toString());
    }
    item.attempts = o.value(QStringLiteral("attempts")).toInt();
    item.created = fromIsoTime(o.value(QStringLiteral("created")));
    item.notBefore = fromIsoTime(o.value(QStringLiteral("notBefore")));
    item.nextAttempt = fromIsoTime(o.value(QStringLiteral("nextAttempt")));
    item.lastAttempt = fromIsoTime(o.value(QStringLiteral("lastAttempt")));
    if (o.contains(QStringLiteral("lastError"))) {
        item.lastError = OutboxFailure::fromJson(o.value(QStringLiteral("lastError")).toObject());
    }
    item.note = o.value(QStringLiteral("note")).toString();
    item.draftId = o.value(QStringLiteral("draftId")).toString();
    item.draftRevision = o.value(QStringLiteral("draftRevision")).toInt();
    if (o.contains(QStringLiteral("delivery"))) {
        item.delivery = DeliveryReport::fromJson(o.value(QStringLiteral("delivery")).toObject());
    }
    if (o.contains(QStringLiteral("sentCopy"))) {
        item.sentCopy = SentCopyRecord::fromJson(o.value(QStringLiteral("sentCopy")).toObject());
    }
    return item;
}

QJsonObject OutboxItem::connectionToJson(const SmtpConnectionSettings &s)
{
    QJsonArray cas;
    for (const QSslCertificate &c : s.tls.caCertificates) {
        cas.append(QString::fromLatin1(c.toPem()));
    }
    QJsonArray pins;
    for (const QByteArray &p : s.tls.pinnedSha256) {
        pins.append(QString::fromLatin1(p.toHex()));
    }
    const SmtpTimeouts &t = s.timeouts;
    return QJsonObject {
        { QStringLiteral("host"), s.host },
        { QStringLiteral("port"), int(s.port) },
        { QStringLiteral("security"), QString::fromLatin1(Smtp::securityName(s.security)) },
        { QStringLiteral("helo"), s.heloName },
        { QStringLiteral("auth"), QString::fromLatin1(s.authMechanism) },
        { QStringLiteral("user"), s.credentials.user },
        { QStringLiteral("authorizationId"), s.credentials.authorizationId },
        { QStringLiteral("caCertificates"), cas },
        { QStringLiteral("pinnedSha256"), pins },
        { QStringLiteral("timeouts"),
            QJsonObject { { QStringLiteral("connect"), t.connect },
                { QStringLiteral("greeting"), t.greeting }, { QStringLiteral("command"), t.command },
                { QStringLiteral("dataStart"), t.dataStart }, { QStringLiteral("dataBlock"), t.dataBlock },
                { QStringLiteral("dataEnd"), t.dataEnd } } },
    };
}

SmtpConnectionSettings OutboxItem::connectionFromJson(const QJsonObject &o)
{
    SmtpConnectionSettings s;
    s.host = o.value(QStringLiteral("host")).toString();
    s.port = quint16(o.value(QStringLiteral("port")).toInt());
    Smtp::securityFromName(o.value(QStringLiteral("security")).toString(), &s.security);
    s.heloName = o.value(QStringLiteral("helo")).toString();
    const QString auth = o.value(QStringLiteral("auth")).toString();
    if (!auth.isEmpty()) {
        s.authMechanism = auth.toLatin1();
    }
    s.credentials.user = o.value(QStringLiteral("user")).toString();
    s.credentials.authorizationId = o.value(QStringLiteral("authorizationId")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("caCertificates")).toArray()) {
        s.tls.caCertificates.append(QSslCertificate::fromData(v.toString().toLatin1(), QSsl::Pem));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("pinnedSha256")).toArray()) {
        s.tls.pinnedSha256.append(QByteArray::fromHex(v.toString().toLatin1()));
    }
    const QJsonObject t = o.value(QStringLiteral("timeouts")).toObject();
    auto ms = [&t](const char *key, int fallback) {
        const int v = t.value(QLatin1String(key)).toInt();
        return v > 0 ? v : fallback;
    };
    s.timeouts.connect = ms("connect", s.timeouts.connect);
    s.timeouts.greeting = ms("greeting", s.timeouts.greeting);
    s.timeouts.command = ms("command", s.timeouts.command);
    s.timeouts.dataStart = ms("dataStart", s.timeouts.dataStart);
    s.timeouts.dataBlock = ms("dataBlock", s.timeouts.dataBlock);
    s.timeouts.dataEnd = ms("dataEnd", s.timeouts.dataEnd);
    return s;
}
