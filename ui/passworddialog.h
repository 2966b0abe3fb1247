#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks for an account's password when the keychain has none (or it was refused), with the choice to keep
// it in the keychain; when no keychain is available it says the password lasts for this session only.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // 'reason' is shown under the question, e.g. the server's "535 Authentication failed".
    PasswordDialog(const QString &accountName, const QString &user, const QString &server,
        bool keychainAvailable, const QString &reason = {}, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
