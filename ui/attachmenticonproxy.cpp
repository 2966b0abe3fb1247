#include "attachmenticonproxy.h"

#include "store/attachmentlistmodel.h"

#include <QFileIconProvider>
#include <QFileInfo>

QVariant AttachmentIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == AttachmentListModel::NameColumn) {
        static QFileIconProvider provider;
        const QString path = QIdentityProxyModel::data(index, AttachmentListModel::PathRole).toString();
        return path.isEmpty() ? provider.icon(QFileIconProvider::File) : provider.icon(QFileInfo(path));
    }
    return QIdentityProxyModel::data(index, role);
}
