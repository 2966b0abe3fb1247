#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QIODevice;

// The file-system steps the mail store is built from, each one crash-safe on its own: atomic writes (a
// temporary file, flushed to disk, renamed over the old one), renames that never replace, removals that
// commit in one rename, and errors worded for a person ("The disk is full ...") rather than errno numbers.
namespace StoreFiles {

// How far a write has gone when it returns. Disk: synced (fsync), so a power cut keeps it. Kernel: handed to
// the kernel, atomic all the same (a temporary file renamed into place), so a killed process keeps it but a
// power cut may undo it; for the steps of a send, which the outbox journal makes safe against a power cut
// with one sync for many messages (see OutboxJournal).
enum class Sync { Disk, Kernel };

// Writes 'data' to 'path' with QSaveFile: after a crash or a full disk the old file (or none) is there, never
// a torn one. 'error' names the file and what went wrong.
bool writeAtomically(const QString &path, const QByteArray &data, QString *error, Sync sync = Sync::Disk);
// The same for a device's remaining bytes (a MessageWriter, an opened file), read in chunks so a large
// message is never held whole. When 'expectedSize' >= 0, a different byte count is an error and nothing is
// written.
bool copyAtomically(
    QIODevice *source, const QString &path, qint64 expectedSize, QString *error, Sync sync = Sync::Disk);
bool copyFileAtomically(const QString &from, const QString &to, QString *error);

// The JSON sidecars. readJson fails on a missing, unreadable or malformed file, with a sentence saying which.
bool writeJson(const QString &path, const QJsonObject &object, QString *error, Sync sync = Sync::Disk);
bool readJson(const QString &path, QJsonObject *object, QString *error);
bool readAll(const QString &path, QByteArray *data, QString *error);

// Creates 'path' and its parents; an error says why (read-only file system, permission, not a directory).
bool ensureDirectory(const QString &path, QString *error);
// Makes renames and removals inside 'directory' durable (fsync of the directory itself), so a power cut after
// a move cannot bring the old entry back. A kill -9 needs no such step; a lost power supply does.
bool syncDirectory(const QString &directory);
// Renames a file or a directory in one atomic step and never over an existing target (RENAME_NOREPLACE).
bool renameNoReplace(const QString &from, const QString &to, QString *error);
// Removes a directory tree so that the removal commits in one step: the tree is first renamed to a hidden
// ".trash-" sibling, then deleted. A crash leaves either the whole tree or a .trash- leftover that
// removeLeftovers() deletes, never a half-deleted item that looks real.
bool removeTree(const QString &directory, QString *error);
// Removes one file; a file that is already gone is fine.
bool removeFile(const QString &path, QString *error);
// Deletes ".trash-*" entries in 'parent'.
void removeTrash(const QString &parent);
// Creates an empty file (a marker whose presence means something), durable with Sync::Disk.
bool createMarker(const QString &path, QString *error, Sync sync = Sync::Disk);
// Makes one file's content durable (fsync). False when it cannot be opened or synced.
bool syncFile(const QString &path);

// The ids of items in a folder: subdirectories whose names are valid ids (hidden entries are store
// internals).
QStringList itemDirectories(const QString &parent);
// A new item id: sortable by creation time and unique across processes ("20250102-134501-7f3a9c").
QString newId();
// Ids name directories and come from command lines: only letters, digits, '-' and '_', at most 64.
bool isValidId(const QString &id);

// This boot of the machine (Linux: /proc/sys/kernel/random/boot_id), empty when unknown. A record written
// during another boot was interrupted by a restart, when what was only in the kernel's cache is gone.
QString bootId();

// Whether a process with this pid exists on this machine (a zombie counts as alive until it is reaped).
bool isProcessAlive(qint64 pid);

// "Could not <action> <path>: <reason>." with a hint for the common causes (disk full, read-only file system,
// permission denied); 'reason' is what the file API said.
QString describe(const QString &action, const QString &path, const QString &reason);
// The same from an errno value.
QString describeErrno(const QString &action, const QString &path, int errnum);

} // namespace StoreFiles
