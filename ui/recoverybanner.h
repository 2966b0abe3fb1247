#pragma once

#include "messagebanner.h"

#include <QStringList>

class DraftListModel;
class DraftStore;

// The banner that greets the person on start: after Epistle stopped unexpectedly, drafts that were being
// written (open them, list them, or keep them as drafts without asking again) and messages that may have
// been sent just as it stopped (they wait in the outbox for the person's decision); otherwise the drafts
// kept from earlier sessions, so that a message closed unfinished is not forgotten.
class RecoveryBanner : public MessageBanner
{
    Q_OBJECT
public:
    explicit RecoveryBanner(DraftStore *drafts, QWidget *parent = nullptr);

    // Shows what was found; nothing when both lists are empty.
    void showRecovery(const QStringList &draftIds, const QStringList &mayHaveBeenSent);
    // On a start with nothing to recover: the drafts kept from before (closed, not sent), with the latest
    // one click away. Nothing when there are none.
    void offerSavedDrafts(const DraftListModel *drafts);

Q_SIGNALS:
    void openRequested(const QStringList &draftIds);
    void draftsRequested();
    void outboxRequested();

private:
    DraftStore *m_drafts;
};
