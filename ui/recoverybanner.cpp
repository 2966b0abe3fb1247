#include "recoverybanner.h"

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
    connect(addButton(tr("&Keep as drafts")), &QPushButton::clicked, this, [this, draftIds] {
        for (const QString &id : draftIds) {
            m_drafts->dismissRecovery(id);
        }
        hide();
    });
}
