#include "attachmentlistmodel.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QUrl>

#include <algorithm>

namespace {
QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeSIFormat);
}
} // namespace

AttachmentListModel::AttachmentListModel(QObject *parent) : QAbstractTableModel(parent) { }

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const DraftAttachment &a = m_items.at(index.row());
    const qint64 size
        = a.size >= 0 ? a.size : (a.data.isEmpty() ? QFileInfo(a.filePath).size() : a.data.size());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            return a.fileName;
        }
        return formatSize(size);
    case Qt::ToolTipRole: {
        QString tip = a.originalPath.isEmpty() ? a.fileName : a.originalPath;
        if (m_fromLink.value(index.row())) {
            tip += QLatin1Char('\n') + tr("Attached by the mail link that opened this message");
        }
        if (!a.problem.isEmpty()) {
            tip += QLatin1Char('\n') + a.problem;
        }
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(a.fileName, formatSize(size));
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole:
        return a.filePath.isEmpty() ? a.originalPath : a.filePath;
    case SizeRole:
        return size;
    case FromLinkRole:
        return m_fromLink.value(index.row());
    default:
        return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? tr("Name") : tr("Size");
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsSelectable | Qt::ItemIsEnabled : base;
}

QStringList AttachmentListModel::mimeTypes() const
{
    return { QStringLiteral("text/uri-list") };
}

Qt::DropActions AttachmentListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool AttachmentListModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    if (!data->hasUrls()) {
        return false;
    }
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
}

bool AttachmentListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    QStringList problems;
    const int added = addFiles(paths, &problems);
    if (!problems.isEmpty()) {
        Q_EMIT dropProblems(problems);
    }
    return added > 0;
}

int AttachmentListModel::addFiles(const QStringList &paths, QStringList *problems, bool fromLink)
{
    int added = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QString problem;
        if (!info.exists()) {
            problem = tr("%1 does not exist.").arg(path);
        } else if (info.isDir()) {
            problem = tr("%1 is a folder; attach the files in it, or an archive of it.").arg(path);
        } else if (!info.isFile()) {
            problem = tr("%1 is not a regular file.").arg(path);
        } else if (!info.isReadable()) {
            problem = tr("%1 cannot be read (permissions).").arg(path);
        }
        if (!problem.isEmpty()) {
            if (problems) {
                *problems << problem;
            }
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        const bool already = std::any_of(m_items.begin(), m_items.end(),
            [&](const DraftAttachment &a) { return a.originalPath == absolute || a.filePath == absolute; });
        if (already) {
            continue;
        }
        DraftAttachment a = DraftAttachment::fromFile(absolute);
        if (a.size < 0) {
            a.size = info.size();
        }
        beginInsertRows({}, int(m_items.size()), int(m_items.size()));
        m_items << a;
        m_fromLink << fromLink;
        endInsertRows();
        ++added;
    }
    if (added) {
        Q_EMIT changed();
    }
    return added;
}

void AttachmentListModel::addAttachment(const DraftAttachment &attachment)
{
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items << attachment;
    m_fromLink << false;
    endInsertRows();
    Q_EMIT changed();
}

void AttachmentListModel::removeRows(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int row : sorted) {
        if (row < 0 || row >= m_items.size()) {
            continue;
        }
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        m_fromLink.removeAt(row);
        endRemoveRows();
    }
    if (!sorted.isEmpty()) {
        Q_EMIT changed();
    }
}

void AttachmentListModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_fromLink.clear();
    endResetModel();
    Q_EMIT changed();
}

void AttachmentListModel::setAttachments(const QList<DraftAttachment> &attachments)
{
    beginResetModel();
    m_items = attachments;
    m_fromLink = QList<bool>(attachments.size(), false);
    endResetModel();
    Q_EMIT changed();
}

qint64 AttachmentListModel::totalSize() const
{
    qint64 total = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        total += data(index(i, 0), SizeRole).toLongLong();
    }
    return total;
}

QStringList AttachmentListModel::unconfirmedLinkFiles() const
{
    QStringList out;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_fromLink.value(i)) {
            out << (m_items.at(i).originalPath.isEmpty() ? m_items.at(i).filePath
                                                         : m_items.at(i).originalPath);
        }
    }
    return out;
}

void AttachmentListModel::confirmLinkFiles()
{
    for (int i = 0; i < m_fromLink.size(); ++i) {
        if (m_fromLink.at(i)) {
            m_fromLink[i] = false;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}
