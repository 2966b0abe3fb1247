#pragma once

#include "messagebanner.h"

#include <QStringList>

class DraftStore;

// The banner that greets the person after Epistle stopped unexpectedly: drafts that were being written
// (open them, list them, or keep them as drafts without asking again) and messages that may have been sent
// just as it stopped (they wait in the outbox for the person's decision).
class RecoveryBanner : public MessageBanner
{
    Q_OBJECT
public:
    explicit RecoveryBanner(DraftStore *drafts, QWidget *parent = nullptr);

    // Shows what was found; nothing when both lists are empty.
    void showRecovery(const QStringList &draftIds, const QStringList &mayHaveBeenSent);

Q_SIGNALS:
    void openRequested(const QStringList &draftIds);
    void draftsRequested();
    void outboxRequested();

private:
    DraftStore *m_drafts;
};
