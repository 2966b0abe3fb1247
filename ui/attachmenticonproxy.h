#pragma once

#include <QIdentityProxyModel>

// Puts the desktop's file-type icons on the core attachment model for the composer's list (core has no
// QtGui).
class AttachmentIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
