#include "recoverybanner.h"

#include "store/draftlistmodel.h"
#include "store/draftstore.h"

#include <QPushButton>

RecoveryBanner::RecoveryBanner(DraftStore *drafts, QWidget *parent) : MessageBanner(parent), m_drafts(drafts)
{
    setObjectName(QStringLiteral("recoveryBanner"));
}

void RecoveryBanner::showRecovery(const QStringList &draftIds, const QStringList &mayHaveBeenSent)
{
    if (draftIds.isEmpty() && mayHaveBeenSent.isEmpty()) {
        return;
    }
    QStringList lines;
    if (!draftIds.isEmpty()) {
        lines << tr("%n unsent draft(s) recovered: Epistle stopped while you were writing.", "",
            int(draftIds.size()));
    }
    if (!mayHaveBeenSent.isEmpty()) {
        lines << tr(
            "%n message(s) may have been sent just as Epistle stopped: they wait in the outbox until you "
            "check and decide (send again, or mark as sent).",
            "", int(mayHaveBeenSent.size()));
    }
    showMessage(mayHaveBeenSent.isEmpty() ? Kind::Information : Kind::Warning, lines.join(QLatin1Char('\n')));
    if (!mayHaveBeenSent.isEmpty()) {
        connect(addButton(tr("Out&box")), &QPushButton::clicked, this, &RecoveryBanner::outboxRequested);
    }
    if (draftIds.isEmpty()) {
        return;
    }
    QPushButton *open = addButton(tr("&Open"));
    open->setObjectName(QStringLiteral("openRecovered"));
    connect(open, &QPushButton::clicked, this, [this, draftIds] {
        hide();
        Q_EMIT openRequested(draftIds);
    });
    connect(addButton(tr("Show &drafts")), &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT draftsRequested();
    });
    const QString keep = draftIds.size() == 1 ? tr("&Keep as draft") : tr("&Keep as drafts");
    connect(addButton(keep), &QPushButton::clicked, this, [this, draftIds] {
        for (const QString &id : draftIds) {
            m_drafts->dismissRecovery(id);
        }
        hide();
    });
}

void RecoveryBanner::offerSavedDrafts(const DraftListModel *drafts)
{
    // The model lists the newest first; a draft open in another window is that window's business.
    QStringList ids;
    QString latestSubject;
    for (int row = 0; drafts && row < drafts->rowCount(); ++row) {
        const QModelIndex index = drafts->index(row, 0);
        if (DraftStore::OpenState(index.data(DraftListModel::OpenStateRole).toInt())
            != DraftStore::OpenState::Closed) {
            continue;
        }
        if (ids.isEmpty()) {
            latestSubject = index.data(Qt::DisplayRole).toString();
        }
        ids << index.data(DraftListModel::IdRole).toString();
    }
    if (ids.isEmpty()) {
        return;
    }
    showMessage(Kind::Information,
        tr("%n draft(s) not sent yet; the latest: \"%1\".", "", int(ids.size())).arg(latestSubject));
    setClosable(true);
    QPushButton *open = addButton(ids.size() == 1 ? tr("&Open draft") : tr("&Open the latest"));
    open->setObjectName(QStringLiteral("openSavedDraft"));
    connect(open, &QPushButton::clicked, this, [this, latest = ids.first()] {
        hide();
        Q_EMIT openRequested({ latest });
    });
    if (ids.size() > 1) {
        connect(addButton(tr("Show &drafts")), &QPushButton::clicked, this, [this] {
            hide();
            Q_EMIT draftsRequested();
        });
    }
}
