#include "store/outboxmodel.h"

#include "store/outboxsender.h"

#include <QLocale>

OutboxModel::OutboxModel(Outbox *outbox, OutboxSender *sender, QObject *parent)
    : StoreTableModel<OutboxItem>(parent), m_outbox(outbox)
{
    connect(outbox, &Outbox::itemAdded, this, [this](const QString &id) { reload(id); });
    connect(outbox, &Outbox::itemChanged, this, [this](const QString &id) { reload(id); });
    connect(outbox, &Outbox::itemRemoved, this, [this](const QString &id) {
        m_progress.remove(id);
        removeKey(id);
    });
    if (sender) {
        connect(
            sender, &OutboxSender::itemProgress, this, [this](const QString &id, qint64 sent, qint64 total) {
                m_progress.insert(id, { sent, total });
                const int row = rowOf(id);
                if (row >= 0) {
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), { ProgressRole });
                }
            });
        connect(sender, &OutboxSender::itemFinished, this, [this](const QString &id) {
            m_progress.remove(id);
            reload(id);
        });
    }
    refresh();
}

bool OutboxModel::before(const OutboxItem &a, const OutboxItem &b) const
{
    return OutboxItem::queuedBefore(a, b);
}

QList<OutboxItem> OutboxModel::fetchAll() const
{
    return m_outbox ? m_outbox->list() : QList<OutboxItem>();
}

bool OutboxModel::fetch(const QString &id, OutboxItem *item) const
{
    if (!m_outbox || !m_outbox->contains(id)) {
        return false;
    }
    m_outbox->item(id, item); // a damaged one is shown, with its problem
    return true;
}

QString OutboxModel::watchedDirectory() const
{
    return m_outbox ? m_outbox->directory() : QString();
}

QString OutboxModel::describeState(const OutboxItem &i)
{
    const QLocale locale;
    if (!i.problem.isEmpty()) {
        return tr("Damaged: %1").arg(i.problem);
    }
    switch (i.state) {
    case OutboxItem::State::Queued:
        if (i.notBefore.isValid() && i.notBefore > QDateTime::currentDateTimeUtc()) {
            return tr("Scheduled for %1")
                .arg(locale.toString(i.notBefore.toLocalTime(), QLocale::ShortFormat));
        }
        return tr("Queued");
    case OutboxItem::State::Sending:
        return tr("Sending");
    case OutboxItem::State::Waiting:
        return tr("Waiting to retry (attempt %1), next at %2")
            .arg(i.attempts)
            .arg(locale.toString(i.nextAttempt.toLocalTime(), QLocale::ShortFormat));
    case OutboxItem::State::Failed:
        return tr("Failed: needs your attention");
    case OutboxItem::State::MayHaveBeenSent:
        return tr("May have been sent: check before sending again");
    case OutboxItem::State::Sent:
        return tr("Sent");
    }
    return {};
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const OutboxItem &i = m_rows.at(index.row());
    const QDateTime next = i.state == OutboxItem::State::Waiting ? i.nextAttempt : i.notBefore;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SubjectColumn:
            return i.subject.isEmpty() ? tr("(no subject)") : i.subject;
        case RecipientsColumn:
            return i.toDisplay.isEmpty() ? i.recipients.join(QStringLiteral(", ")) : i.toDisplay;
        case StateColumn:
            return describeState(i);
        case AttemptsColumn:
            return i.attempts;
        case NextAttemptColumn:
            return next.isValid() ? QLocale().toString(next.toLocalTime(), QLocale::ShortFormat) : QString();
        case ErrorColumn:
            return i.note.isEmpty() ? i.lastError.describe() : i.note;
        }
        return {};
    case IdRole:
        return i.id;
    case SubjectRole:
        return i.subject;
    case RecipientsRole:
        return i.recipients;
    case StateRole:
        return int(i.state);
    case StateNameRole:
        return OutboxItem::stateName(i.state);
    case AttemptsRole:
        return i.attempts;
    case NextAttemptRole:
        return next;
    case NotBeforeRole:
        return i.notBefore;
    case LastErrorRole:
        return i.lastError.message;
    case LastReplyRole:
        return i.lastError.reply;
    case NeedsAttentionRole:
        return i.needsAttention() || !i.problem.isEmpty();
    case ProgressRole: {
        const auto p = m_progress.value(i.id, { -1, -1 });
        return p.second > 0 ? double(p.first) / double(p.second) : -1.0;
    }
    case SizeRole:
        return i.size;
    case CreatedRole:
        return i.created;
    }
    return {};
}

QStringList OutboxModel::columnTitles() const
{
    return { tr("Subject"), tr("To"), tr("State"), tr("Attempts"), tr("Next attempt"), tr("Last error") };
}

QList<QPair<int, QByteArray>> OutboxModel::itemRoleNames() const
{
    return { { IdRole, "itemId" }, { SubjectRole, "subject" }, { RecipientsRole, "recipients" },
        { StateRole, "state" }, { StateNameRole, "stateName" }, { AttemptsRole, "attempts" },
        { NextAttemptRole, "nextAttempt" }, { NotBeforeRole, "notBefore" }, { LastErrorRole, "lastError" },
        { LastReplyRole, "lastReply" }, { NeedsAttentionRole, "needsAttention" },
        { ProgressRole, "progress" }, { SizeRole, "size" }, { CreatedRole, "created" } };
}
