#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

// The record of one connection's sends that makes a power cut safe without a disk sync for every message.
// A message's id is in the journal, synced to disk, before the message may start ("start", written for a
// window of messages at a time); the outcome of each ("sent" with its delivery report, "not-sent",
// "uncertain") is appended as it comes and synced with the next window, and at the end. The per-message steps
// in between (the unsent marker, the Sending state, the move into the sent folder) are only handed to the
// kernel: a killed process keeps them, and they tell the next start exactly what happened. After a restart of
// the machine they may be lost, and the journal decides: a message recorded as started with no outcome on
// disk may have been sent. Of a journal of the current boot whose sender is gone only the "sent" lines count
// (OutboxBatch files an accepted message a flight later than it records it); the rest is removed.
//
// A text file, one record a line, so a line torn by a power cut is simply not read:
//     epistle-outbox-journal 1
//     boot <boot id>
//     pid <pid>
//     start <id> <attempts before this one>
//     sent <id> <delivery report, compact JSON>
//     not-sent <id>
//     uncertain <id>
class OutboxJournal
{
    Q_DECLARE_TR_FUNCTIONS(OutboxJournal)

public:
    enum class Outcome { None, Sent, NotSent, Uncertain };

    // What a journal says.
    struct Record
    {
        QString bootId;
        qint64 pid = 0;
        QStringList started;
        QHash<QString, int> attemptsBefore; // each started message's attempts before this send
        QHash<QString, Outcome> outcomes;
        QHash<QString, QJsonObject> reports; // for "sent"
    };

    // 'directory': where journals live (the outbox's .journal folder).
    explicit OutboxJournal(const QString &directory);
    ~OutboxJournal(); // closes the file (and so drops its lock) but leaves it: finish() removes it
    OutboxJournal(const OutboxJournal &) = delete;
    OutboxJournal &operator=(const OutboxJournal &) = delete;

    QString path() const { return m_path; }
    bool isOpen() const;

    // Creates this sender's journal and locks it, so it is never taken for a leftover while it runs.
    bool open(QString *error);
    // Records that these messages may start (with how many attempts each had before); returns once that is
    // on disk. False: none of them may start.
    bool recordStarting(const QList<QPair<QString, int>> &idsAndAttempts, QString *error);
    bool isRecordedAsStarting(const QString &id) const { return m_started.contains(id); }
    // Appends an outcome; on disk with the next recordStarting() or finish(). False: it could not be written.
    bool recordOutcome(const QString &id, Outcome outcome, const QJsonObject &report = {});
    // The batch is over and what it did is on disk (the caller synced it): the outcomes are synced and the
    // journal removed.
    void finish();

    // Journals in 'directory' that nobody holds: their sender stopped (finished, killed, or the machine
    // restarted).
    static QStringList leftovers(const QString &directory);
    static bool read(const QString &path, Record *record);

private:
    bool append(const QByteArray &lines, bool sync);

    QString m_directory;
    QString m_path;
    std::unique_ptr<QFile> m_file;
    QSet<QString> m_started;
};
