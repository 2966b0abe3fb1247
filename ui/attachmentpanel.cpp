#include "attachmentpanel.h"

#include "attachmenticonproxy.h"
#include "icons.h"
#include "store/presendcheck.h"

#include "store/attachmentlistmodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

AttachmentPanel::AttachmentPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AttachmentListModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(Icons::icon(QStringLiteral("attach")), tr("&Attach…"), this))
    , m_remove(new QPushButton(Icons::icon(QStringLiteral("remove")), tr("&Remove"), this))
    , m_open(new QPushButton(Icons::icon(QStringLiteral("open")), tr("O&pen"), this))
{
    setObjectName(QStringLiteral("attachmentPanel"));
    m_view->setObjectName(QStringLiteral("attachments"));
    m_view->setAccessibleName(tr("Attachments"));
    auto *withIcons = new AttachmentIconProxy(this);
    withIcons->setSourceModel(m_model);
    m_view->setModel(withIcons);
    m_view->setRootIsDecorated(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_summary->setObjectName(QStringLiteral("attachmentSummary"));
    m_add->setObjectName(QStringLiteral("attachButton"));
    m_add->setToolTip(tr("Attach files (Ctrl+Shift+A), or drop them on the window"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    m_open->setObjectName(QStringLiteral("openAttachment"));

    connect(m_add, &QPushButton::clicked, this, &AttachmentPanel::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPanel::removeSelected);
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &AttachmentPanel::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &AttachmentPanel::openSelected);
    connect(m_view, &QTreeView::doubleClicked, this, [](const QModelIndex &i) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(i.data(AttachmentListModel::PathRole).toString()));
    });
    connect(m_model, &AttachmentListModel::changed, this, [this] {
        updateSummary();
        Q_EMIT changed();
    });
    connect(m_model, &AttachmentListModel::dropProblems, this, &AttachmentPanel::problems);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AttachmentPanel::updateSummary);

    // One line when there is nothing attached: the summary (a hint then) and the buttons beside it.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_open);
    updateSummary();
}

QStringList AttachmentPanel::localFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

void AttachmentPanel::addFiles(const QStringList &paths)
{
    QStringList problems;
    m_model->addFiles(paths, &problems);
    if (!problems.isEmpty()) {
        Q_EMIT this->problems(problems);
    }
}

void AttachmentPanel::chooseFiles()
{
    // The person's files, not the folder Epistle happened to start in; then where they went last time.
    auto *dialog = new QFileDialog(
        window(), tr("Attach files"), m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        if (!paths.isEmpty()) {
            m_lastFolder = QFileInfo(paths.first()).absolutePath();
        }
        addFiles(paths);
    });
    dialog->open();
}

void AttachmentPanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        rows << i.row();
    }
    m_model->removeRows(rows);
}

void AttachmentPanel::openSelected()
{
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(i.data(AttachmentListModel::PathRole).toString()));
    }
}

void AttachmentPanel::removeLinkFiles()
{
    QList<int> rows;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->data(m_model->index(i, 0), AttachmentListModel::FromLinkRole).toBool()) {
            rows << i;
        }
    }
    m_model->removeRows(rows);
}

void AttachmentPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_view->setEnabled(editable);
    m_add->setEnabled(editable);
    updateSummary();
}

void AttachmentPanel::fitViewToRows(int count)
{
    // As tall as its rows, up to four, and down to one on a small screen (then it scrolls): two files must
    // not take the text's space.
    const int row = qMax(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 4);
    const int chrome = m_view->header()->sizeHint().height() + 2 * m_view->frameWidth();
    m_view->setMinimumHeight(chrome + row);
    m_view->setMaximumHeight(chrome + row * qBound(1, count, 4));
}

void AttachmentPanel::updateSummary()
{
    const int count = m_model->rowCount();
    if (count == 0) {
        m_summary->setText(tr("No attachments — drop files here or press Ctrl+Shift+A"));
    } else {
        m_summary->setText(
            tr("%n attachment(s), %1 in all", "", count).arg(PreSendCheck::formatSize(m_model->totalSize())));
    }
    m_view->setVisible(count > 0);
    fitViewToRows(count);
    const bool selected = m_view->selectionModel()->hasSelection();
    m_remove->setVisible(count > 0);
    m_open->setVisible(count > 0);
    m_remove->setEnabled(selected && m_editable);
    m_open->setEnabled(selected);
}
