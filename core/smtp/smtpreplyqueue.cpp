#include "smtpreplyqueue.h"

#include <algorithm>

void SmtpReplyQueue::push(Entry entry)
{
    m_entries.push_back(std::move(entry));
}

SmtpReplyQueue::Match SmtpReplyQueue::take(const SmtpReply &reply)
{
    Match match;
    if (m_entries.empty()) {
        match.status = Match::NoCommandWaiting;
        return match;
    }
    match.entry = std::move(m_entries.front());
    m_entries.pop_front();
    if (!isPossibleReply(match.entry.kind, reply)) {
        match.status = Match::Impossible;
    }
    return match;
}

void SmtpReplyQueue::hold(Handler handler, const SmtpReply &reply, bool contentLeft)
{
    m_held.push_back({ std::move(handler), reply, contentLeft });
}

std::vector<SmtpReplyQueue::Held> SmtpReplyQueue::takeHeld()
{
    std::vector<Held> held;
    held.swap(m_held);
    return held;
}

void SmtpReplyQueue::clear()
{
    m_entries.clear();
    m_held.clear();
}

Smtp::Step SmtpReplyQueue::headStep(Smtp::Step whenEmpty) const
{
    return m_entries.empty() ? whenEmpty : m_entries.front().step;
}

bool SmtpReplyQueue::onlyQuitLeft() const
{
    return std::all_of(
        m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.kind == Kind::Quit; });
}

bool SmtpReplyQueue::hasUnsettledMessage() const
{
    const bool waiting = std::any_of(m_entries.begin(), m_entries.end(),
        [](const Entry &e) { return e.kind == Kind::MessageEnd && e.contentLeft; });
    const bool held = std::any_of(m_held.begin(), m_held.end(), [](const Held &h) { return h.contentLeft; });
    return waiting || held;
}

QDeadlineTimer SmtpReplyQueue::latestDeadline() const
{
    QDeadlineTimer latest;
    bool first = true;
    for (const Entry &e : m_entries) {
        if (first || e.deadline.isForever() || (!latest.isForever() && latest < e.deadline)) {
            latest = e.deadline;
            first = false;
        }
    }
    return latest;
}

bool SmtpReplyQueue::isPossibleReply(Kind kind, const SmtpReply &reply)
{
    const int code = reply.code();
    const bool failure = reply.isTransientFailure() || reply.isPermanentFailure();
    // 220 (service ready) and 221 (closing) answer the greeting, STARTTLS and QUIT only.
    const bool ordinaryPositive = reply.isPositive() && code != 220 && code != 221;
    switch (kind) {
    case Kind::Greeting:
        return reply.isValid();
    case Kind::Command:
    case Kind::Chunk:
    case Kind::MessageEnd:
        return ordinaryPositive || failure;
    case Kind::StartTls:
        return code == 220 || failure;
    case Kind::Auth:
        return ordinaryPositive || code == 334 || failure;
    case Kind::DataCommand:
        return code == 354 || failure;
    case Kind::Quit:
        return code == 221;
    }
    return false;
}
