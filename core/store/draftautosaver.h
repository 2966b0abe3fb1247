#pragma once

#include "store/draft.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class DraftStore;

// Keeps one draft that is being edited saved without the person thinking about it: a save a few seconds after
// the last edit (a debounce, so typing does not write on every key), at the latest every maxDelay while they
// keep typing, and once more when the composer closes. The composer calls markChanged() on each edit and
// supplies the current content through a provider that is only asked when a save is due. While it is attached
// the draft is "open" (locked against other windows); a crash leaves that mark, so the next start recovers
// it.
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    using ContentProvider = std::function<Draft()>;

    explicit DraftAutosaver(DraftStore *store, QObject *parent = nullptr);
    ~DraftAutosaver() override; // saves what is pending and closes the draft

    // Starts editing a draft: an existing one (by id, e.g. a recovered one) or, with an empty id, a new one
    // (saved once there is something in it). False when the draft is open in another window or process.
    bool attach(const QString &id, QString *error = nullptr);
    QString draftId() const { return m_id; }
    bool isAttached() const { return !m_id.isEmpty(); }

    // Where the current content comes from (the composer's fields). Without one, setContent() is used. It is
    // also asked on close() and in the destructor, so what it reads must live as long as the autosaver.
    void setContentProvider(ContentProvider provider) { m_provider = std::move(provider); }
    // The alternative to a provider: hand over the content with each change.
    void setContent(const Draft &draft);

    // The person changed something: (re)starts the quiet-period timer.
    void markChanged();
    bool hasUnsavedChanges() const { return m_dirty; }

    // Saves now if anything changed. False with 'error' when the save failed; the changes stay pending and
    // the next quiet period tries again.
    bool saveNow(QString *error = nullptr);
    // The composer closes: a last save, then the draft is released. An empty draft that was never saved
    // leaves nothing behind. False (and the draft stays open) when the last save failed.
    bool close(QString *error = nullptr);
    // The message was sent (or queued) or discarded: deletes the draft and releases it.
    bool discard(QString *error = nullptr);

    // Defaults: 3 s of quiet, and at most 30 s between saves while the person keeps typing.
    void setQuietPeriod(int milliseconds);
    int quietPeriod() const { return m_quietPeriod; }
    void setMaxDelay(int milliseconds) { m_maxDelay = milliseconds; }
    int maxDelay() const { return m_maxDelay; }

    // The last content saved (with the draft's own attachment copies), e.g. to refresh the composer.
    Draft lastSaved() const { return m_saved; }

Q_SIGNALS:
    void saved(const QString &id, int revision);
    // A save failed (disk full, read-only folder): the UI should say so; the edits are still in the composer.
    void saveFailed(const QString &error);

private:
    Draft currentContent() const;
    void onTimer();

    QPointer<DraftStore> m_store;
    QString m_id;
    ContentProvider m_provider;
    Draft m_content;
    Draft m_saved;
    bool m_dirty = false;
    bool m_everSaved = false;
    QTimer m_quiet;
    QElapsedTimer m_firstUnsaved;
    int m_quietPeriod = 3000;
    int m_maxDelay = 30 * 1000;
};
