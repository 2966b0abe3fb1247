#include "sentcopyrecord.h"

#include "imap/imapsentcopy.h"

#include <QLocale>

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

bool SentCopyRecord::isDue(const QDateTime &now) const
{
    if (state == State::Pending) {
        return true;
    }
    return state == State::Failed && temporary && (!nextAttempt.isValid() || nextAttempt <= now);
}

void SentCopyRecord::record(const ImapSentCopyResult &result, const QDateTime &now, int delaySeconds)
{
    lastAttempt = now;
    if (!result.folder.isEmpty()) {
        folder = result.folder;
    }
    if (result.ok) {
        state = State::Saved;
        uid = result.uid;
        uidValidity = result.uidValidity;
        savedAt = now;
        nextAttempt = QDateTime();
        errorCode.clear();
        errorMessage.clear();
        temporary = false;
        exitCode = 0;
        return;
    }
    state = State::Failed;
    errorCode = result.error.codeName();
    errorMessage = result.error.message();
    // A refused connection too, as the outbox counts it: a server restarting.
    temporary = result.error.isTemporary() || result.error.code() == ImapError::ConnectionRefused;
    exitCode = result.error.exitCode();
    nextAttempt = temporary ? now.addSecs(delaySeconds) : QDateTime();
}

void SentCopyRecord::recordProblem(const QString &code, const QString &message, const QDateTime &now)
{
    lastAttempt = now;
    state = State::Failed;
    errorCode = code;
    errorMessage = message;
    temporary = false;
    exitCode = 78; // EX_CONFIG: the account, not the server
    nextAttempt = QDateTime();
}

QString SentCopyRecord::summary() const
{
    switch (state) {
    case State::None:
        break;
    case State::Pending:
        return tr("Waiting to be saved");
    case State::Saved:
        return tr("Saved in %1").arg(folder);
    case State::Failed:
        if (temporary && nextAttempt.isValid()) {
            return tr("Not saved yet, tried again at %1: %2")
                .arg(QLocale().toString(nextAttempt.toLocalTime(), QLocale::ShortFormat), errorMessage);
        }
        return tr("Not saved: %1").arg(errorMessage);
    }
    return {};
}

QString SentCopyRecord::stateName(State state)
{
    switch (state) {
    case State::None:
        break;
    case State::Pending:
        return QStringLiteral("pending");
    case State::Saved:
        return QStringLiteral("saved");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

bool SentCopyRecord::stateFromName(const QString &name, State *state)
{
    for (State s : { State::None, State::Pending, State::Saved, State::Failed }) {
        if (stateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QJsonObject SentCopyRecord::toJson() const
{
    QJsonObject o { { QStringLiteral("state"), stateName(state) }, { QStringLiteral("attempts"), attempts } };
    if (!folder.isEmpty()) {
        o.insert(QStringLiteral("folder"), folder);
    }
    if (uid) {
        o.insert(QStringLiteral("uid"), double(uid));
        o.insert(QStringLiteral("uidValidity"), double(uidValidity));
    }
    const std::pair<const char *, const QDateTime *> times[]
        = { { "lastAttempt", &lastAttempt }, { "nextAttempt", &nextAttempt }, { "savedAt", &savedAt } };
    for (const auto &[key, time] : times) {
        if (time->isValid()) {
            o.insert(QLatin1String(key), timeValue(*time));
        }
    }
    if (!errorCode.isEmpty()) {
        o.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), errorCode }, { QStringLiteral("message"), errorMessage },
                { QStringLiteral("temporary"), temporary }, { QStringLiteral("exitCode"), exitCode } });
    }
    return o;
}

SentCopyRecord SentCopyRecord::fromJson(const QJsonObject &o)
{
    SentCopyRecord r;
    if (!stateFromName(o.value(QStringLiteral("state")).toString(), &r.state)) {
        // Written by a newer Epistle, or damaged: still owed, so it is not lost (a retry looks for the
        // message by its Message-ID first and never saves it twice).
        r.state = State::Pending;
    }
    r.folder = o.value(QStringLiteral("folder")).toString();
    r.uid = quint32(o.value(QStringLiteral("uid")).toDouble());
    r.uidValidity = quint32(o.value(QStringLiteral("uidValidity")).toDouble());
    r.attempts = o.value(QStringLiteral("attempts")).toInt();
    r.lastAttempt = timeFrom(o.value(QStringLiteral("lastAttempt")));
    r.nextAttempt = timeFrom(o.value(QStringLiteral("nextAttempt")));
    r.savedAt = timeFrom(o.value(QStringLiteral("savedAt")));
    const QJsonObject e = o.value(QStringLiteral("error")).toObject();
    r.errorCode = e.value(QStringLiteral("code")).toString();
    r.errorMessage = e.value(QStringLiteral("message")).toString();
    r.temporary = e.value(QStringLiteral("temporary")).toBool();
    r.exitCode = e.value(QStringLiteral("exitCode")).toInt();
    return r;
}
