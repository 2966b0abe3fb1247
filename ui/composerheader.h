#pragma once

#include <QWidget>

class AddressLineEdit;
class AppContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct Account;

// The composer's header fields, each with its label and shortcut: From (the accounts, default first, with a
// button to manage them, and a notice when it is the local test server), To, Cc and Bcc (checked as they are
// typed, with a sentence under the field while an address is not valid, and completion from the addresses
// sent to before) and Subject.
class ComposerHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerHeader(AppContext *context, QWidget *parent = nullptr);

    QComboBox *fromBox() const { return m_from; }
    QPushButton *accountsButton() const { return m_accountsButton; }
    // Under From while the chosen account is the demo's local test server: mail from it stays here.
    QLabel *localTestNotice() const { return m_localTestNotice; }
    AddressLineEdit *toEdit() const { return m_to; }
    AddressLineEdit *ccEdit() const { return m_cc; }
    AddressLineEdit *bccEdit() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }

    // The account chosen in From (empty when there is none).
    Account currentAccount() const;
    // Chooses the account a draft was written from: by its profile name, else by its From address.
    void selectAccount(const QString &name, const QString &from);
    // The recipients as typed, trimmed and without a trailing comma.
    QString to() const;
    QString cc() const;
    QString bcc() const;
    void clear();
    // Turns the fields on or off while a message is on its way; the Accounts button stays usable, since
    // fixing the account is what a failed send often needs.
    void setFieldsEnabled(bool enabled);
    // The field a pre-send check names ("from", "to", "cc", "bcc", "subject"); null for any other.
    QWidget *field(const QString &name) const;
    // Where typing should go first: To while it is empty, then Subject; null when both are filled in.
    QWidget *firstEmptyField() const;

Q_SIGNALS:
    // Text typed in a field, or an account chosen by the person (not one preselected).
    void edited();
    void accountChanged();
    void subjectChanged();
    void accountsRequested();

private:
    void updateLocalTestNotice();

    AppContext *m_context;
    QComboBox *m_from;
    QPushButton *m_accountsButton;
    QLabel *m_localTestNotice;
    AddressLineEdit *m_to, *m_cc, *m_bcc;
    QLineEdit *m_subject;
};
