#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class ImapError;
struct ImapSentCopyResult;

// Where a message's copy in the server's Sent folder (IMAP) stands, kept in its sidecar beside the delivery
// report. Pending is written when the message is queued for an account that saves copies, so it is on disk
// before the SMTP server ever sees the message: whatever ends the program after the server accepted it, the
// next start finds the copy still owed, and saving it never sends the message again (issue 16).
struct SentCopyRecord
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(SentCopyRecord)

public:
    enum class State {
        None, // no copy wanted (no IMAP server, "do not save", or sent without an account)
        Pending, // owed: saved after the SMTP server accepts the message, and again until it is saved
        Saved,
        Failed // the last attempt failed; 'temporary' ones are tried again at nextAttempt
    };
    Q_ENUM(State)

    State state = State::None;
    QString folder; // for people: where it went (or was meant to go)
    quint32 uid = 0; // RFC 4315 APPENDUID; 0 when the server did not say
    quint32 uidValidity = 0;
    int attempts = 0;
    QDateTime lastAttempt;
    QDateTime nextAttempt; // Failed and temporary: the next automatic attempt
    QDateTime savedAt;
    // The last failure: ImapError::codeName() ("over-quota", "auth-failed"...), the sentence, and whether
    // trying again may help on its own.
    QString errorCode;
    QString errorMessage;
    bool temporary = false;
    int exitCode = 0; // sysexits.h, as ImapError::exitCode()

    bool isWanted() const { return state != State::None; }
    // Whether an automatic run may try it at 'now'.
    bool isDue(const QDateTime &now) const;
    // One attempt's outcome: Saved, or Failed with its error and (for a temporary one) the next try after
    // 'delaySeconds'.
    void record(const ImapSentCopyResult &result, const QDateTime &now, int delaySeconds);
    // A failure before any IMAP work (no account, no password): Failed, for the person.
    void recordProblem(const QString &code, const QString &message, const QDateTime &now);

    // For people, in a few words: "Saved in Sent", "Not saved: ...", empty when no copy is wanted.
    QString summary() const;
    // Whether the person may ask for it now (save it again, or at once rather than waiting): Pending or
    // Failed.
    bool canBeAskedFor() const { return state == State::Pending || state == State::Failed; }

    static QString stateName(State state); // "none", "pending", "saved", "failed"
    static bool stateFromName(const QString &name, State *state);
    QJsonObject toJson() const;
    static SentCopyRecord fromJson(const QJsonObject &object);
};
