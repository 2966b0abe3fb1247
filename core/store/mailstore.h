#pragma once

#include "store/draftstore.h"
#include "store/outbox.h"
#include "store/sentfolder.h"

#include <QObject>
#include <QStringList>

// The mail store as a whole: drafts, outbox and sent folder under one data folder (AppDataLocation unless
// told otherwise, so tests redirect it with QStandardPaths::setTestModeEnabled or XDG_DATA_HOME). It owns the
// three folders, resolves what a crash left behind when opened, and turns a finished draft into an outbox
// message in the order that never loses or doubles it.
class MailStore : public QObject
{
    Q_OBJECT
public:
    // What open() found: what the UI tells the person on start ("3 unsent drafts recovered").
    struct Recovery
    {
        QStringList recoveredDrafts; // were open when their program died: offer them back
        QStringList requeued; // outbox messages whose interrupted attempt never sent them
        QStringList mayHaveBeenSent; // outbox messages that may have been delivered: the person decides
        QStringList filedAsSent; // delivered messages whose filing was interrupted, now filed
        QStringList removedQueuedDrafts; // drafts already queued when the program died, now removed
        QStringList problems; // damaged items, and what could not be repaired
    };

    // 'directory' empty: QStandardPaths::AppDataLocation.
    explicit MailStore(const QString &directory = {}, QObject *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    DraftStore *drafts() const { return m_drafts; }
    Outbox *outbox() const { return m_outbox; }
    SentFolder *sent() const { return m_sent; }

    // Creates the folders and resolves what crashes left: interrupted sends, half-finished moves and writes,
    // drafts that were already queued. Call once at start, before sending anything. False (with 'error') when
    // the folder cannot be used at all; what was found is in 'recovery' either way.
    bool open(Recovery *recovery = nullptr, QString *error = nullptr);

    // Puts a saved draft in the outbox and then removes the draft (a crash in between is resolved by open()).
    // The draft is read as saved: save it first (DraftAutosaver::saveNow). With 'claim', the outbox message
    // is claimed for an immediate OutboxSender::sendNow(). 'notBefore' is for send later. What 'queued' holds
    // on the way in is kept where the draft does not decide (e.g. dsnNotify, dsnReturn).
    bool queueDraft(const QString &draftId, OutboxItem *queued, QString *error = nullptr,
        const QDateTime &notBefore = {}, bool claim = false);

private:
    QString m_directory;
    DraftStore *m_drafts;
    SentFolder *m_sent;
    Outbox *m_outbox;
};
