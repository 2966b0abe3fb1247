#include "store/draftautosaver.h"

#include "store/draftstore.h"

DraftAutosaver::DraftAutosaver(DraftStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &DraftAutosaver::onTimer);
}

DraftAutosaver::~DraftAutosaver()
{
    if (isAttached()) {
        close();
    }
}

bool DraftAutosaver::attach(const QString &id, QString *error)
{
    if (!m_store) {
        return false;
    }
    if (isAttached()) {
        close();
    }
    const QString draftId = id.isEmpty() ? m_store->newDraftId() : id;
    if (!m_store->open(draftId, error)) {
        return false;
    }
    m_id = draftId;
    m_dirty = false;
    m_everSaved = m_store->contains(draftId);
    m_saved = Draft();
    m_content = Draft();
    if (m_everSaved) {
        m_store->load(draftId, &m_saved);
        m_content = m_saved;
    }
    m_content.id = draftId;
    return true;
}

void DraftAutosaver::setContent(const Draft &draft)
{
    m_content = draft;
    m_content.id = m_id;
    markChanged();
}

void DraftAutosaver::setQuietPeriod(int milliseconds)
{
    m_quietPeriod = milliseconds;
}

void DraftAutosaver::markChanged()
{
    if (!isAttached()) {
        return;
    }
    if (!m_dirty) {
        m_dirty = true;
        m_firstUnsaved.start();
    }
    // Typing keeps pushing the save back, but never past maxDelay after the first unsaved edit.
    const qint64 waited = m_firstUnsaved.elapsed();
    const int remaining = int(qMax<qint64>(0, m_maxDelay - waited));
    m_quiet.start(qMin(m_quietPeriod, remaining));
}

Draft DraftAutosaver::currentContent() const
{
    Draft d = m_provider ? m_provider() : m_content;
    d.id = m_id;
    // Keep what the store knows (creation time, revision) whatever the composer hands over.
    d.created = m_saved.created;
    d.revision = m_saved.revision;
    return d;
}

void DraftAutosaver::onTimer()
{
    QString error;
    if (m_dirty && !saveNow(&error)) {
        m_quiet.start(qMax(m_quietPeriod, 5000)); // try again, without hammering a full disk
    }
}

bool DraftAutosaver::saveNow(QString *error)
{
    if (!m_store || !isAttached()) {
        return true;
    }
    Draft d = currentContent();
    if (!m_everSaved && d.isEmpty()) {
        m_dirty = false; // nothing worth a file yet
        m_quiet.stop();
        return true;
    }
    if (m_everSaved && d.sameContent(m_saved)) {
        m_dirty = false;
        m_quiet.stop();
        return true;
    }
    QString why;
    if (!m_store->save(d, &why)) {
        if (error) {
            *error = why;
        }
        Q_EMIT saveFailed(why);
        return false;
    }
    m_saved = d;
    m_content = m_provider ? m_content : d;
    m_everSaved = true;
    m_dirty = false;
    m_quiet.stop();
    Q_EMIT saved(d.id, d.revision);
    return true;
}

bool DraftAutosaver::close(QString *error)
{
    if (!isAttached()) {
        return true;
    }
    if (m_dirty || m_provider) {
        m_dirty = true;
        if (!saveNow(error)) {
            return false;
        }
    }
    m_quiet.stop();
    if (m_store) {
        m_store->close(m_id);
    }
    m_id.clear();
    return true;
}

bool DraftAutosaver::discard(QString *error)
{
    if (!isAttached()) {
        return true;
    }
    m_quiet.stop();
    if (m_store) {
        if (m_store->contains(m_id) && !m_store->remove(m_id, error)) {
            return false;
        }
        m_store->close(m_id);
    }
    m_id.clear();
    m_dirty = false;
    return true;
}
