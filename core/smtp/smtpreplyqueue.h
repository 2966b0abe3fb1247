#pragma once

#include "smtp.h"
#include "smtpreply.h"

#include <QDeadlineTimer>

#include <deque>
#include <functional>
#include <vector>

// The commands written and not yet answered, in the order they left, and the rule that keeps their replies
// honest (RFC 2920 3.1: a pipelining client checks every reply of a group, in order, against the command it
// answers). A reply with no command waiting, or one a command cannot get (a 354 to RCPT, anything but 221 to
// QUIT), means the replies can no longer be matched to their commands.
//
// Verdicts on messages (the reply to the final dot or to BDAT LAST) are held, not handed out, until the
// flight they came in is known to be in step: every command written has its reply and nothing more arrived.
// Only then are they final. Pure bookkeeping: no socket, no clock of its own.
class SmtpReplyQueue
{
public:
    using Handler = std::function<void(const SmtpReply &)>;

    // What a command may be answered with.
    enum class Kind {
        Greeting, // 220, or a refusal (handled by its own handler)
        Command, // EHLO, HELO, MAIL, RCPT, RSET, VRFY, NOOP: 2xx, 4xx, 5xx
        StartTls, // 220, 4xx, 5xx
        Auth, // 2xx, 334, 4xx, 5xx
        DataCommand, // DATA: 354, 4xx, 5xx
        Chunk, // a BDAT chunk that is not the last: 2xx, 4xx, 5xx
        MessageEnd, // the final dot, BDAT LAST: 2xx, 4xx, 5xx; the verdict on a message
        Quit // 221 only
    };

    struct Entry
    {
        Smtp::Step step = Smtp::Step::None;
        Kind kind = Kind::Command;
        QDeadlineTimer deadline;
        qint64 sentAt = 0; // when the command left, on the client's clock
        Handler handler;
        // MessageEnd: the message's content went out with it (not a lone dot after every recipient was
        // refused), so without its reply nobody knows whether it was delivered.
        bool contentLeft = false;
    };

    // A reply taken off the queue: the entry it answers, or why it answers none.
    struct Match
    {
        enum Status { Matched, NoCommandWaiting, Impossible };
        Status status = Matched;
        Entry entry;
    };

    // A verdict waiting for its flight to be known in step.
    struct Held
    {
        Handler handler;
        SmtpReply reply;
        bool contentLeft = false;
    };

    void push(Entry entry);
    // The head's entry for the reply, checked against what its command may be answered with.
    Match take(const SmtpReply &reply);
    void hold(Handler handler, const SmtpReply &reply, bool contentLeft);
    // The held verdicts, oldest first, and forgets them: for the client to hand out (in step) or drop.
    std::vector<Held> takeHeld();
    void clear();

    bool isEmpty() const { return m_entries.empty(); }
    Entry &head() { return m_entries.front(); }
    const Entry &head() const { return m_entries.front(); }
    Smtp::Step headStep(Smtp::Step whenEmpty = Smtp::Step::None) const;
    // Only QUIT is waiting (a server may hang up instead of answering it).
    bool onlyQuitLeft() const;
    // A message whose content left has no final verdict yet, or only a held one.
    bool hasUnsettledMessage() const;
    bool hasHeld() const { return !m_held.empty(); }
    // RFC 2920 3.2: a server may hold the replies of a group until the last command is done, so the group's
    // replies are due by the latest deadline among them.
    QDeadlineTimer latestDeadline() const;

    // Whether 'reply' can answer a command of this kind at all.
    static bool isPossibleReply(Kind kind, const SmtpReply &reply);

private:
    std::deque<Entry> m_entries;
    std::vector<Held> m_held;
};
