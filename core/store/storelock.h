#pragma once

#include <QCoreApplication>
#include <QString>

// An exclusive claim on one store item (an open draft, an outbox message being sent) that other processes
// respect and that ends by itself when its owner dies, even by kill -9: a small file naming the owner (pid,
// host), held with flock(2). The kernel drops the flock with the process, so a file that is there but not
// locked is the sign of a crash: the item was in use when its program died.
class StoreLock
{
    Q_DECLARE_TR_FUNCTIONS(StoreLock)

public:
    enum class State {
        Free, // no claim
        HeldHere, // this object holds it
        HeldElsewhere, // a live process (or another object of this one) holds it
        Abandoned // the file is there but its owner died: the item was in use during a crash
    };

    explicit StoreLock(const QString &path);
    ~StoreLock(); // releases the claim
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    QString path() const { return m_path; }

    // Takes the claim (creating the folder of the file if needed). False when someone else holds it, or the
    // file cannot be written ('error' says which). Taking over an abandoned claim succeeds, and
    // wasAbandoned() says so.
    bool tryLock(QString *error = nullptr);
    // Gives the claim up and removes the file (a clean end, unlike a crash).
    void unlock();
    // Gives the claim up but leaves the file, as a crash would: probe() then says Abandoned, so the next
    // start looks at the item again (for an outcome that could not be recorded).
    void abandon();
    bool isLocked() const { return m_fd >= 0; }
    bool wasAbandoned() const { return m_abandoned; }

    // Looks without taking: Free, HeldElsewhere or Abandoned (HeldHere only through a StoreLock object).
    // 'pid' gets the owner's pid as the file names it (0 when unknown).
    static State probe(const QString &path, qint64 *pid = nullptr);

private:
    QString m_path;
    int m_fd = -1;
    bool m_abandoned = false;
};
