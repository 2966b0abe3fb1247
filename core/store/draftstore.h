#pragma once

#include "store/draft.h"
#include "store/storelock.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

// The drafts folder: each draft is a folder holding its text as an .eml (RFC 5322, readable by any mail
// program) and a JSON sidecar (account, the address fields as typed, attachments, timestamps), plus copies of
// its attachments. Every save is atomic: the .eml of the new revision is written first under a new name, then
// the sidecar that points to it (the commit), then the old revision is removed, so a crash or a full disk at
// any point leaves the previous good draft or the new one, never a torn one.
//
// A draft being edited is "open": a lock file with the owner's pid that other Epistle processes respect. One
// that was open when its program died is recoverable() on the next start, so the UI can offer it back.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    // Whether a draft is being edited, and by whom.
    enum class OpenState {
        Closed,
        OpenHere, // by this DraftStore (this window)
        OpenElsewhere, // by another live Epistle process or window
        Abandoned // it was open when its program died: offer it back
    };
    Q_ENUM(OpenState)

    explicit DraftStore(const QString &directory, QObject *parent = nullptr);
    ~DraftStore() override;

    QString directory() const { return m_directory; }
    QString draftDirectory(const QString &id) const;

    // Saves a draft (giving it an id on its first save) as a new revision. Attachments are copied into the
    // draft folder unless keepCopy is off; on success 'draft' is updated (id, revision, modified, attachment
    // paths pointing at the copies). On failure the previous revision stays untouched and 'error' says why
    // (disk full, read-only folder, an attachment that cannot be read, the draft open in another window).
    bool save(Draft &draft, QString *error = nullptr);
    // The whole draft, bodies included. Attachments whose file is missing or changed have their 'problem'
    // set.
    bool load(const QString &id, Draft *draft, QString *error = nullptr) const;
    // Every draft without its bodies (sidecars only), newest first. Damaged ones are skipped and named in
    // 'problems'.
    QList<Draft> list(QStringList *problems = nullptr) const;
    bool contains(const QString &id) const;
    // One draft's sidecar only (no bodies), as list() gives it: cheap, for lists and models.
    bool loadSidecar(const QString &id, Draft *draft, QString *error = nullptr) const;
    // Deletes a draft (after it was sent, or discarded). Refused while another process has it open.
    bool remove(const QString &id, QString *error = nullptr);

    // Marks a draft as being edited here (before the composer shows it). False when another live process or
    // window has it open. A new, unsaved draft gets an id from newDraftId() and can be opened before it
    // exists.
    bool open(const QString &id, QString *error = nullptr);
    // Ends editing here; the lock file goes away, so the draft is no longer offered for recovery.
    void close(const QString &id);
    OpenState openState(const QString &id) const;
    // Drafts that were open when their program died (a crash, a kill, a power cut), oldest first: what the
    // UI offers back on start ("3 unsent drafts recovered"). Opening one takes it over.
    QStringList recoverable() const;
    // The person declined to reopen it: it stays a normal, closed draft.
    bool dismissRecovery(const QString &id, QString *error = nullptr);
    QString newDraftId() const;

    // Removes what crashes leave behind in drafts nobody has open: half-written revisions, attachment copies
    // no revision refers to, folders being deleted. Open locks of dead processes are kept (they mean
    // "recover").
    void cleanUp();

Q_SIGNALS:
    void draftSaved(const QString &id, int revision);
    void draftRemoved(const QString &id);
    void openStateChanged(const QString &id);

private:
    QString sidecarPath(const QString &id) const;
    QString lockPath(const QString &id) const;
    bool readSidecar(const QString &id, Draft *draft, QString *error) const;
    bool storeAttachments(
        Draft &draft, const Draft *previous, const QString &folder, QStringList *created, QString *error);
    void removeUnreferenced(const QString &id, const Draft &current);

    QString m_directory;
    QHash<QString, std::shared_ptr<StoreLock>> m_open;
};
