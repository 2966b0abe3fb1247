#pragma once

#include <QDialog>

class AccountEditorDialog;
class AppContext;
class MessageBanner;
class QListView;
class QPushButton;

// The person's account profiles over AccountListModel: add, edit, duplicate, remove, choose the default, and
// test one; each edit opens the AccountEditorDialog.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(AppContext *context, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // The selected account's id, or empty.
    QString currentId() const;
    void selectId(const QString &id);

    AccountEditorDialog *addAccount();
    AccountEditorDialog *editAccount();
    QString duplicateAccount();
    // Asks first (non-blocking); removes the account and its keychain entries when the person confirms.
    void removeAccount();
    void removeAccountNow(const QString &id);
    void setDefaultAccount();
    void testAccount();

private:
    void updateButtons();

    AppContext *m_context;
    MessageBanner *m_banner;
    QListView *m_view;
    QPushButton *m_add, *m_edit, *m_duplicate, *m_remove, *m_default, *m_test;
};
