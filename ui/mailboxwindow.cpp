#include "mailboxwindow.h"

#include "appcontext.h"
#include "icons.h"
#include "windowplacement.h"

#include "accounts/accountstore.h"
#include "store/draftlistmodel.h"
#include "store/outboxmodel.h"
#include "store/outboxsender.h"
#include "store/sentcopyqueue.h"
#include "store/sentmodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QTreeView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setObjectName(name);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setUniformRowHeights(true);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    // Every title stays whole, in any language ("Nächster Versuch" is wider than the default section).
    for (int column = 1; column < model->columnCount(); ++column) {
        view->header()->resizeSection(
            column, qMax(view->header()->sectionSizeHint(column), view->header()->defaultSectionSize()));
    }
    return view;
}

// A right click on a list offers what the buttons under it do, in the same words and the same state.
void offerButtonsOnRightClick(QTreeView *view, const QList<QPushButton *> &buttons)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, buttons](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid()) {
            return;
        }
        view->setCurrentIndex(index);
        QMenu menu(view);
        menu.setObjectName(view->objectName() + QStringLiteral("Menu"));
        for (QPushButton *button : buttons) {
            if (button->menu()) {
                // The button's own menu, filled as it opens.
                QAction *sub = menu.addMenu(button->menu());
                sub->setText(button->text());
                sub->setEnabled(button->isEnabled());
                continue;
            }
            QAction *action = menu.addAction(button->icon(), button->text(), button, &QPushButton::click);
            action->setEnabled(button->isEnabled());
        }
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

} // namespace

MailboxWindow::MailboxWindow(AppContext *context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mailboxWindow"));
    setWindowTitle(tr("Drafts, outbox and sent messages"));
    setWindowIcon(Icons::icon(QStringLiteral("outbox")));
    m_tabs->setAccessibleName(tr("Drafts, outbox and sent messages"));

    // -- Drafts --
    auto *draftsPage = new QWidget(m_tabs);
    m_drafts = makeView(context->draftModel(), QStringLiteral("drafts"), draftsPage);
    m_drafts->setAccessibleName(tr("Drafts"));
    m_open = new QPushButton(Icons::icon(QStringLiteral("drafts")), tr("&Open"), draftsPage);
    m_delete = new QPushButton(Icons::icon(QStringLiteral("remove")), tr("&Delete…"), draftsPage);
    connect(m_open, &QPushButton::clicked, this, &MailboxWindow::openSelectedDraft);
    connect(m_drafts, &QTreeView::doubleClicked, this, &MailboxWindow::openSelectedDraft);
    connect(m_delete, &QPushButton::clicked, this, &MailboxWindow::deleteSelectedDraft);
    auto *draftButtons = new QHBoxLayout;
    draftButtons->addWidget(m_open);
    draftButtons->addWidget(m_delete);
    draftButtons->addStretch(1);
    // Said in words when there is nothing, and Open / Delete only with a draft to act on.
    m_draftsEmpty = new QLabel(tr("No drafts. What you write is saved here by itself as you type, until it "
                                  "is sent or thrown away."),
        draftsPage);
    m_draftsEmpty->setObjectName(QStringLiteral("draftsEmpty"));
    m_draftsEmpty->setWordWrap(true);
    m_draftsEmpty->setAlignment(Qt::AlignCenter);
    connect(m_drafts->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MailboxWindow::updateDraftButtons);
    for (const auto change : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(context->draftModel(), change, this, &MailboxWindow::updateDraftButtons);
    }
    connect(context->draftModel(), &QAbstractItemModel::modelReset, this, &MailboxWindow::updateDraftButtons);
    auto *draftsLayout = new QVBoxLayout(draftsPage);
    draftsLayout->addWidget(m_drafts, 1);
    draftsLayout->addWidget(m_draftsEmpty, 1);
    draftsLayout->addLayout(draftButtons);
    m_tabs->addTab(draftsPage, Icons::icon(QStringLiteral("drafts")), tr("&Drafts"));

    // -- Outbox --
    auto *outboxPage = new QWidget(m_tabs);
    m_outbox = makeView(context->outboxModel(), QStringLiteral("outbox"), outboxPage);
    m_outbox->setAccessibleName(tr("Outbox"));
    // Where a message stands and when it is tried next are read whole (issue 15: they were cut); the
    // subject and recipients take a fair share, the error the rest (its full text is below the list).
    QHeaderView *outboxHeader = m_outbox->header();
    for (const int column :
        { OutboxModel::StateColumn, OutboxModel::AttemptsColumn, OutboxModel::NextAttemptColumn }) {
        outboxHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    outboxHeader->setSectionResizeMode(OutboxModel::SubjectColumn, QHeaderView::Interactive);
    outboxHeader->resizeSection(OutboxModel::SubjectColumn, 200);
    outboxHeader->setStretchLastSection(true);
    m_outboxDetail = new QLabel(outboxPage);
    m_outboxDetail->setObjectName(QStringLiteral("outboxDetail"));
    m_outboxDetail->setWordWrap(true);
    m_outboxDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry = new QPushButton(Icons::icon(QStringLiteral("send")), tr("&Retry now"), outboxPage);
    m_sendFrom = new QPushButton(tr("Send &from…"), outboxPage);
    m_sendFrom->setObjectName(QStringLiteral("sendFrom"));
    m_sendFrom->setToolTip(
        tr("Send the message from another account (for example when its own was removed)"));
    auto *accountsMenu = new QMenu(m_sendFrom);
    m_sendFrom->setMenu(accountsMenu);
    connect(accountsMenu, &QMenu::aboutToShow, this, &MailboxWindow::fillSendFromMenu);
    m_markSent = new QPushButton(Icons::icon(QStringLiteral("step-done")), tr("&Mark as sent"), outboxPage);
    m_markSent->setToolTip(
        tr("For a message that may have been sent: you checked that it arrived, so it is filed "
           "as sent without sending it again"));
    m_remove = new QPushButton(Icons::icon(QStringLiteral("remove")), tr("Re&move…"), outboxPage);
    m_remove->setObjectName(QStringLiteral("outboxRemove"));
    auto *transcript
        = new QPushButton(Icons::icon(QStringLiteral("log")), tr("Show &transcript"), outboxPage);
    connect(m_retry, &QPushButton::clicked, this, &MailboxWindow::retrySelected);
    connect(m_markSent, &QPushButton::clicked, this, &MailboxWindow::markSelectedSent);
    connect(m_remove, &QPushButton::clicked, this, &MailboxWindow::removeSelectedFromOutbox);
    connect(transcript, &QPushButton::clicked, this, &MailboxWindow::transcriptRequested);
    connect(m_outbox->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MailboxWindow::updateOutboxButtons);
    connect(
        context->outboxModel(), &QAbstractItemModel::dataChanged, this, &MailboxWindow::updateOutboxButtons);
    connect(
        context->outboxModel(), &QAbstractItemModel::rowsRemoved, this, &MailboxWindow::updateOutboxButtons);
    auto *outboxButtons = new QHBoxLayout;
    outboxButtons->addWidget(m_retry);
    outboxButtons->addWidget(m_sendFrom);
    outboxButtons->addWidget(m_markSent);
    outboxButtons->addWidget(m_remove);
    outboxButtons->addStretch(1);
    outboxButtons->addWidget(transcript);
    auto *outboxLayout = new QVBoxLayout(outboxPage);
    outboxLayout->addWidget(m_outbox, 1);
    outboxLayout->addWidget(m_outboxDetail);
    outboxLayout->addLayout(outboxButtons);
    m_tabs->addTab(outboxPage, Icons::icon(QStringLiteral("outbox")), tr("&Outbox"));

    m_tabs->addTab(makeSentPage(), Icons::icon(QStringLiteral("send")), tr("&Sent"));
    offerButtonsOnRightClick(m_drafts, { m_open, m_delete });
    offerButtonsOnRightClick(m_outbox, { m_retry, m_sendFrom, m_markSent, m_remove, transcript });
    offerButtonsOnRightClick(m_sent, { m_openSent, m_sentFolder, m_saveCopy, m_deleteSent });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // A window, not a dialog, but Esc closes it all the same.
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    updateOutboxButtons();
    updateDraftButtons();
    WindowPlacement::install(this, QSize(820, 480));
}

QWidget *MailboxWindow::makeSentPage()
{
    auto *page = new QWidget(m_tabs);
    auto *split = new QSplitter(Qt::Vertical, page);
    m_sent = makeView(m_context->sentModel(), QStringLiteral("sent"), split);
    m_sent->setAccessibleName(tr("Sent messages"));
    m_report = new QTextBrowser(split);
    m_report->setObjectName(QStringLiteral("deliveryReport"));
    m_report->setAccessibleName(tr("Delivery report"));
    m_report->setPlaceholderText(tr("Select a sent message to see the server's delivery report."));
    split->addWidget(m_sent);
    split->addWidget(m_report);
    m_openSent = new QPushButton(Icons::icon(QStringLiteral("open")), tr("&Open message"), page);
    m_openSent->setObjectName(QStringLiteral("openSent"));
    m_openSent->setToolTip(tr("Open the message exactly as it was sent (.eml) in your mail program"));
    m_sentFolder = new QPushButton(tr("Show in &folder"), page);
    m_sentFolder->setObjectName(QStringLiteral("showSentFolder"));
    m_deleteSent = new QPushButton(Icons::icon(QStringLiteral("remove")), tr("De&lete…"), page);
    m_deleteSent->setObjectName(QStringLiteral("deleteSent"));
    m_saveCopy = new QPushButton(tr("Save &copy"), page);
    m_saveCopy->setObjectName(QStringLiteral("saveSentCopy"));
    m_saveCopy->setToolTip(tr("Save the copy of this message in the Sent folder on the mail server now (the "
                              "message is not sent again)"));
    connect(m_saveCopy, &QPushButton::clicked, this, &MailboxWindow::saveSelectedCopy);
    connect(m_openSent, &QPushButton::clicked, this, &MailboxWindow::openSelectedSent);
    connect(m_sent, &QTreeView::doubleClicked, this, &MailboxWindow::openSelectedSent);
    connect(m_sentFolder, &QPushButton::clicked, this, &MailboxWindow::showSelectedSentFolder);
    connect(m_deleteSent, &QPushButton::clicked, this, &MailboxWindow::deleteSelectedSent);
    const auto updateButtons = [this] {
        const QModelIndex current = m_sent->currentIndex();
        const bool selected = current.isValid();
        for (QPushButton *b : { m_openSent, m_sentFolder, m_deleteSent }) {
            b->setEnabled(selected);
        }
        const OutboxItem item = selected ? m_context->sentModel()->itemAt(current.row()) : OutboxItem();
        SentCopyQueue *copies = m_context->sentCopies();
        m_saveCopy->setEnabled(
            selected && copies && item.sentCopy.canBeAskedFor() && copies->currentId() != item.id);
        updateSentReport();
    };
    connect(m_sent->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_context->sentModel(), &QAbstractItemModel::rowsRemoved, this, updateButtons);
    connect(m_context->sentModel(), &QAbstractItemModel::dataChanged, this, updateButtons);
    if (m_context->sentCopies()) {
        connect(m_context->sentCopies(), &SentCopyQueue::copyStarted, this, updateButtons);
        connect(m_context->sentCopies(), &SentCopyQueue::copyFinished, this, updateButtons);
    }
    updateButtons();
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_openSent, m_sentFolder, m_saveCopy, m_deleteSent }) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return page;
}

void MailboxWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QString MailboxWindow::selectedId(QTreeView *view) const
{
    const QModelIndex index = view->currentIndex();
    // Every store model gives the item id under Qt::UserRole + 1.
    return index.isValid() ? index.siblingAtColumn(0).data(Qt::UserRole + 1).toString() : QString();
}

void MailboxWindow::openSelectedDraft()
{
    const QString id = selectedId(m_drafts);
    if (!id.isEmpty()) {
        Q_EMIT openDraftRequested(id);
    }
}

void MailboxWindow::deleteSelectedDraft()
{
    const QString id = selectedId(m_drafts);
    if (id.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete draft"), tr("Delete this draft for good?"),
        QMessageBox::Cancel, this);
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *b) {
        QString error;
        if (b == yes && !m_context->store()->drafts()->remove(id, &error)) {
            QMessageBox::warning(this, tr("Delete draft"), error);
        }
    });
    box->open();
}

void MailboxWindow::updateDraftButtons()
{
    const bool empty = m_context->draftModel()->rowCount() == 0;
    m_drafts->setVisible(!empty);
    m_draftsEmpty->setVisible(empty);
    const bool selected = m_drafts->currentIndex().isValid();
    m_open->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void MailboxWindow::updateOutboxButtons()
{
    const QModelIndex index = m_outbox->currentIndex();
    const bool selected = index.isValid();
    const auto state = OutboxItem::State(index.siblingAtColumn(0).data(OutboxModel::StateRole).toInt());
    // A message this program holds (a composer waiting out its Undo time, a send under way) is not touched.
    const bool held = selected && m_context->store()->outbox()->isClaimedHere(selectedId(m_outbox));
    const bool sending = selected && (state == OutboxItem::State::Sending || held);
    m_retry->setEnabled(selected && !sending);
    m_sendFrom->setEnabled(selected && !sending && !m_context->accounts()->isEmpty());
    m_markSent->setEnabled(selected && state == OutboxItem::State::MayHaveBeenSent);
    m_remove->setEnabled(selected && !sending);
    if (!selected) {
        m_outboxDetail->setText(m_context->outboxModel()->rowCount() == 0
                ? tr("The outbox is empty: every message has gone.")
                : tr("Select a message to see where it stands."));
        return;
    }
    const OutboxItem item = m_context->outboxModel()->itemAt(index.row());
    QString text = OutboxModel::describeState(item);
    if (held && state != OutboxItem::State::Sending) {
        text += QLatin1Char('\n')
            + tr("Its composer window holds it: it goes when the Undo time is over, unless Undo takes it "
                 "back.");
    }
    if (!item.lastError.isNull()) {
        text += QLatin1Char('\n') + item.lastError.describe();
    }
    if (!item.note.isEmpty()) {
        text += QLatin1Char('\n') + item.note;
    }
    // Items name their account by id (the command line) or by name (the composer).
    const AccountStore *accounts = m_context->accounts();
    if (!item.account.isEmpty() && accounts->account(item.account).id.isEmpty()
        && accounts->accountByName(item.account).id.isEmpty()) {
        text += QLatin1Char('\n') + OutboxSender::accountRemovedMessage();
    }
    m_outboxDetail->setText(text);
}

void MailboxWindow::fillSendFromMenu()
{
    QMenu *menu = m_sendFrom->menu();
    menu->clear();
    for (const Account &account : m_context->accounts()->accounts()) {
        const QString id = account.id;
        menu->addAction(account.name, this, [this, id] { sendSelectedFrom(id); });
    }
}

void MailboxWindow::sendSelectedFrom(const QString &accountId)
{
    const QString id = selectedId(m_outbox);
    if (id.isEmpty() || m_context->accounts()->account(accountId).id.isEmpty()) {
        return;
    }
    const OutboxItem item = m_context->outboxModel()->itemAt(m_outbox->currentIndex().row());
    confirmResend(item, [this, id, accountId] {
        QString error;
        if (!m_context->store()->outbox()->reassign(id, accountId, &error)
            || !m_context->store()->outbox()->retry(id, &error)
            || !m_context->outboxSender()->sendNow(id, &error)) {
            QMessageBox::warning(this, tr("Send from another account"), error);
        }
    });
}

void MailboxWindow::confirmResend(const OutboxItem &item, const std::function<void()> &go)
{
    if (item.state != OutboxItem::State::MayHaveBeenSent) {
        go();
        return;
    }
    // The one case where sending again may deliver twice: only on the person's explicit word.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Send again?"),
        tr("The connection ended after the whole message had left, before the server "
           "confirmed it, so it may already have been delivered. Sending it again may "
           "deliver it twice."),
        QMessageBox::Cancel, this);
    QPushButton *yes = box->addButton(tr("Send &again"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [yes, go](QAbstractButton *b) {
        if (b == yes) {
            go();
        }
    });
    box->open();
}

void MailboxWindow::retrySelected()
{
    const QString id = selectedId(m_outbox);
    if (id.isEmpty()) {
        return;
    }
    const OutboxItem item = m_context->outboxModel()->itemAt(m_outbox->currentIndex().row());
    confirmResend(item, [this, id] {
        QString error;
        if (!m_context->store()->outbox()->retry(id, &error)
            || !m_context->outboxSender()->sendNow(id, &error)) {
            QMessageBox::warning(this, tr("Retry"), error);
        }
    });
}

void MailboxWindow::markSelectedSent()
{
    const QString id = selectedId(m_outbox);
    QString error;
    if (!id.isEmpty() && !m_context->store()->outbox()->markSent(id, &error)) {
        QMessageBox::warning(this, tr("Mark as sent"), error);
    }
}

void MailboxWindow::removeSelectedFromOutbox()
{
    const QString id = selectedId(m_outbox);
    if (id.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove from the outbox"),
        tr("Remove this message from the outbox? It will not be sent."), QMessageBox::Cancel, this);
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *b) {
        QString error;
        if (b == yes && !m_context->store()->outbox()->remove(id, &error)) {
            QMessageBox::warning(this, tr("Remove from the outbox"), error);
        }
    });
    box->open();
}

void MailboxWindow::openSelectedSent()
{
    const QString id = selectedId(m_sent);
    if (id.isEmpty()) {
        return;
    }
    const QString path = m_context->store()->sent()->messagePath(id);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QMessageBox::information(this, tr("Open message"),
            tr("No program on this computer opens mail files (.eml). The message is kept, exactly as it "
               "was sent, in %1")
                .arg(QDir::toNativeSeparators(path)));
    }
}

void MailboxWindow::showSelectedSentFolder()
{
    const QString id = selectedId(m_sent);
    if (!id.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_context->store()->sent()->itemDirectory(id)));
    }
}

void MailboxWindow::saveSelectedCopy()
{
    const QString id = selectedId(m_sent);
    QString error;
    if (!id.isEmpty() && m_context->sentCopies() && !m_context->sentCopies()->save(id, &error)) {
        QMessageBox::information(this, tr("Save copy"), error);
    }
}

void MailboxWindow::deleteSelectedSent()
{
    const QString id = selectedId(m_sent);
    if (id.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete sent message"),
        tr("Delete this copy of a sent message and its delivery report? The message itself has gone and "
           "stays with its recipients."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteSentQuestion"));
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *b) {
        QString error;
        if (b == yes && !m_context->store()->sent()->remove(id, &error)) {
            QMessageBox::warning(this, tr("Delete sent message"), error);
        }
    });
    box->open();
}

void MailboxWindow::updateSentReport()
{
    m_report->setHtml(deliveryReportHtml());
}

QString MailboxWindow::deliveryReportHtml() const
{
    const QModelIndex index = m_sent->currentIndex();
    if (!index.isValid()) {
        return {};
    }
    const OutboxItem item = m_context->sentModel()->itemAt(index.row());
    const DeliveryReport &d = item.delivery;
    const QLocale locale;
    QString html
        = tr("<h3>%1</h3>").arg((item.subject.isEmpty() ? tr("(no subject)") : item.subject).toHtmlEscaped());
    if (d.server.isEmpty() && d.reply.isEmpty()) {
        // Marked as sent by the person (the note says so): no server spoke, so none is named.
        html += tr("<p>Filed as sent on %1.</p>")
                    .arg(locale.toString(d.sentAt.toLocalTime(), QLocale::LongFormat));
    } else {
        html
            += tr("<p>Accepted by <b>%1</b> on %2.<br>The server said: <tt>%3</tt>")
                   .arg(d.server.toHtmlEscaped(),
                       locale.toString(d.sentAt.toLocalTime(), QLocale::LongFormat), d.reply.toHtmlEscaped());
        if (!d.queueId.isEmpty()) {
            html += tr(
                "<br>Its queue id there is <b>%1</b> (what its administrator needs to trace the message).")
                        .arg(d.queueId.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    if (!d.recipients.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        html += tr("<tr><th align=\"left\">Recipient</th><th align=\"left\">Result</th></tr>");
        for (const RecipientOutcome &r : d.recipients) {
            html += QStringLiteral("<tr><td>%1</td><td>%2 <tt>%3</tt></td></tr>")
                        .arg(r.address.toHtmlEscaped(), r.accepted ? tr("accepted") : tr("refused"),
                            r.reply.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!d.steps.isEmpty()) {
        html += tr("<p>Steps:</p><table cellspacing=\"0\" cellpadding=\"2\">");
        for (const StepSummary &s : d.steps) {
            html
                += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td><tt>%3</tt></td></tr>")
                       .arg(s.step.toHtmlEscaped(), tr("%1 ms").arg(s.milliseconds), s.reply.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!d.note.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(d.note.toHtmlEscaped());
    }
    if (item.sentCopy.isWanted()) {
        html += tr("<p>Copy in the Sent folder on the mail server: %1</p>")
                    .arg(item.sentCopy.summary().toHtmlEscaped());
    }
    return html;
}
