#pragma once

#include <QWidget>

class QFormLayout;
class QLayout;
class QLineEdit;
struct Account;

// One tab of the account editor: the fields of one part of an Account. The editor loads the account into
// every page and collects it back from all of them, so a new part of an account (a sign-in, an IMAP server)
// is a new page.
class AccountEditorPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Shows what 'account' holds (an empty id: a new account).
    virtual void load(const Account &account) = 0;
    // Writes the page's fields into 'account', leaving the rest of it alone.
    virtual void store(Account &account) const = 0;

protected:
    // A line edit with the names assistive technology and tests know it by.
    QLineEdit *lineEdit(const QString &accessibleName, const QString &objectName);
    // A form row whose field is a layout (a field with its buttons): the label still takes the person to
    // 'buddy' with its shortcut.
    static void addRow(QFormLayout *form, const QString &label, QWidget *buddy, QLayout *field);
};
