#include "accounteditorpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

QLineEdit *AccountEditorPage::lineEdit(const QString &accessibleName, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setObjectName(objectName);
    return edit;
}

void AccountEditorPage::addRow(QFormLayout *form, const QString &label, QWidget *buddy, QLayout *field)
{
    auto *l = new QLabel(label, form->parentWidget());
    l->setBuddy(buddy);
    form->addRow(l, field);
}
