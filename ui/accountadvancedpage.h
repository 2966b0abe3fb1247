#pragma once

#include "accounteditorpage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

// The account editor's Advanced tab: the EHLO name, the timeout, an extra CA file, the server certificates
// trusted by the person (pins, which can be forgotten here), REQUIRETLS, the proxy, and delivery
// notifications (when a report comes back, and what a bounce returns).
class AccountAdvancedPage : public AccountEditorPage
{
    Q_OBJECT
public:
    explicit AccountAdvancedPage(QWidget *parent = nullptr);

    void load(const Account &account) override;
    void store(Account &account) const override;

    // Trusts these certificates too (SHA-256 of each leaf), keeping those already listed.
    void addPins(const QList<QByteArray> &sha256);
    void setCaFile(const QString &path);
    // The proxy password typed (empty: unchanged).
    QString proxyPassword() const;
    QListWidget *pinList() const { return m_pins; }

private:
    void updateProxyFields();

    QLineEdit *m_helo;
    QSpinBox *m_timeout;
    QLineEdit *m_caFile;
    QListWidget *m_pins;
    QCheckBox *m_requireTls;
    QString m_host;
    QComboBox *m_proxyType;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser, *m_proxyPassword;
    QCheckBox *m_dsnSuccess, *m_dsnFailure, *m_dsnDelay;
    QComboBox *m_dsnReturn;
};
