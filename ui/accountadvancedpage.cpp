#include "accountadvancedpage.h"

#include "certificateview.h"

#include "accounts/account.h"
#include "accounts/trustedcertificates.h"
#include "smtp/smtptlsinfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

AccountAdvancedPage::AccountAdvancedPage(QWidget *parent)
    : AccountEditorPage(parent)
    , m_helo(lineEdit(tr("EHLO name"), QStringLiteral("helo")))
    , m_timeout(new QSpinBox(this))
    , m_caFile(lineEdit(tr("Extra CA certificates file"), QStringLiteral("caFile")))
{
    m_helo->setPlaceholderText(tr("automatic (reveals no host name)"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setRange(0, 3600);
    m_timeout->setSpecialValueText(tr("standard (RFC 5321)"));
    m_timeout->setSuffix(tr(" s"));
    m_caFile->setPlaceholderText(tr("optional: a PEM file with your organisation's CA"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificates"),
            m_caFile->text().isEmpty() ? QDir::homePath() : QFileInfo(m_caFile->text()).absolutePath(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty()) {
            m_caFile->setText(path);
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_pins = new QListWidget(this);
    m_pins->setObjectName(QStringLiteral("pins"));
    m_pins->setAccessibleName(tr("Trusted server certificates"));
    // Each entry whole (server and fingerprint, wrapped), never a fingerprint cut off at the edge.
    m_pins->setWordWrap(true);
    m_pins->setMaximumHeight(4 * fontMetrics().lineSpacing() + 8);
    auto *forget = new QPushButton(tr("&Remove"), this);
    forget->setObjectName(QStringLiteral("removePin"));
    forget->setToolTip(
        tr("Stop trusting the selected certificate: a server that presents it is refused again"));
    forget->setEnabled(false);
    connect(forget, &QPushButton::clicked, this, [this] { qDeleteAll(m_pins->selectedItems()); });
    m_requireTls = new QCheckBox(tr("Re&quire TLS all the way to the recipients (REQUIRETLS)"), this);
    m_requireTls->setObjectName(QStringLiteral("requireTls"));
    m_requireTls->setToolTip(
        tr("RFC 8689: a message is sent only where the server promises to pass it on over "
           "TLS to the end; a server that cannot promise it gets nothing."));
    connect(m_pins, &QListWidget::itemSelectionChanged, forget,
        [this, forget] { forget->setEnabled(!m_pins->selectedItems().isEmpty()); });
    m_proxyType = new QComboBox(this);
    m_proxyType->setObjectName(QStringLiteral("proxyType"));
    m_proxyType->setAccessibleName(tr("Proxy"));
    m_proxyType->addItem(tr("System settings"), int(Account::ProxyType::System));
    m_proxyType->addItem(tr("No proxy"), int(Account::ProxyType::None));
    m_proxyType->addItem(tr("SOCKS5"), int(Account::ProxyType::Socks5));
    m_proxyType->addItem(tr("HTTP (CONNECT)"), int(Account::ProxyType::Http));
    m_proxyHost = lineEdit(tr("Proxy server"), QStringLiteral("proxyHost"));
    m_proxyPort = new QSpinBox(this);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(0, 65535);
    m_proxyUser = lineEdit(tr("Proxy user"), QStringLiteral("proxyUser"));
    m_proxyPassword = lineEdit(tr("Proxy password"), QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    m_dsnSuccess = new QCheckBox(tr("deli&vered"), this);
    m_dsnFailure = new QCheckBox(tr("&failed"), this);
    m_dsnDelay = new QCheckBox(tr("dela&yed"), this);
    m_dsnReturn = new QComboBox(this);
    m_dsnReturn->setAccessibleName(tr("A bounce returns"));
    m_dsnReturn->addItem(tr("server's choice"), int(Account::DsnReturn::Default));
    m_dsnReturn->addItem(tr("the whole message"), int(Account::DsnReturn::Full));
    m_dsnReturn->addItem(tr("the headers only"), int(Account::DsnReturn::Headers));
    auto *dsnRow = new QHBoxLayout;
    dsnRow->addWidget(m_dsnSuccess);
    dsnRow->addWidget(m_dsnFailure);
    dsnRow->addWidget(m_dsnDelay);
    dsnRow->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&EHLO name:"), m_helo);
    form->addRow(tr("Ti&meout:"), m_timeout);
    addRow(form, tr("&CA file:"), m_caFile, caRow);
    form->addRow(tr("&Trusted certificates:"), m_pins);
    form->addRow(QString(), forget);
    form->addRow(QString(), m_requireTls);
    form->addRow(tr("Pro&xy:"), m_proxyType);
    addRow(form, tr("Proxy ser&ver:"), m_proxyHost, proxyRow);
    form->addRow(tr("Proxy &user:"), m_proxyUser);
    form->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    form->addRow(tr("Report when:"), dsnRow);
    form->addRow(tr("A &bounce returns:"), m_dsnReturn);
    connect(m_proxyType, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &AccountAdvancedPage::updateProxyFields);
}

void AccountAdvancedPage::load(const Account &a)
{
    m_helo->setText(a.heloName);
    m_timeout->setValue(a.timeoutSeconds);
    m_caFile->setText(a.caFile);
    m_pins->clear();
    m_host = a.host;
    addPins(a.pinnedSha256);
    m_requireTls->setChecked(a.requireTls);
    m_proxyType->setCurrentIndex(m_proxyType->findData(int(a.proxyType)));
    m_proxyHost->setText(a.proxyHost);
    m_proxyPort->setValue(a.proxyPort);
    m_proxyUser->setText(a.proxyUser);
    m_dsnSuccess->setChecked(a.dsnOnSuccess);
    m_dsnFailure->setChecked(a.dsnOnFailure);
    m_dsnDelay->setChecked(a.dsnOnDelay);
    m_dsnReturn->setCurrentIndex(m_dsnReturn->findData(int(a.dsnReturn)));
    updateProxyFields();
}

void AccountAdvancedPage::store(Account &a) const
{
    a.heloName = m_helo->text().trimmed();
    a.timeoutSeconds = m_timeout->value();
    a.caFile = m_caFile->text().trimmed();
    a.pinnedSha256.clear();
    for (int i = 0; i < m_pins->count(); ++i) {
        QByteArray pin;
        if (Account::parseFingerprint(m_pins->item(i)->data(Qt::UserRole).toString(), &pin)) {
            a.pinnedSha256 << pin;
        }
    }
    a.requireTls = m_requireTls->isChecked();
    a.proxyType = Account::ProxyType(m_proxyType->currentData().toInt());
    a.proxyHost = m_proxyHost->text().trimmed();
    a.proxyPort = quint16(m_proxyPort->value());
    a.proxyUser = m_proxyUser->text().trimmed();
    a.dsnOnSuccess = m_dsnSuccess->isChecked();
    a.dsnOnFailure = m_dsnFailure->isChecked();
    a.dsnOnDelay = m_dsnDelay->isChecked();
    a.dsnReturn = Account::DsnReturn(m_dsnReturn->currentData().toInt());
}

void AccountAdvancedPage::addPins(const QList<QByteArray> &sha256)
{
    for (const QByteArray &pin : sha256) {
        const QString fingerprint = Account::formatFingerprint(pin);
        bool listed = false;
        for (int i = 0; i < m_pins->count() && !listed; ++i) {
            listed = m_pins->item(i)->data(Qt::UserRole).toString() == fingerprint;
        }
        if (listed) {
            continue;
        }
        const QString server = m_host.isEmpty() ? tr("this server") : m_host;
        // The certificate itself when it was trusted from Epistle's own certificate screen: whose and until
        // when; a pin given on the command line is only a digest.
        const QSslCertificate certificate = TrustedCertificates::find(pin);
        const QString text = certificate.isNull()
            ? tr("Certificate of %1\nSHA-256 %2").arg(server, fingerprint)
            : tr("Certificate of %1: %2\nValid %3\nSHA-256 %4")
                  .arg(server, SmtpTlsInfo::describeSubject(certificate),
                      CertificateView::describeValidity(certificate), fingerprint);
        auto *item = new QListWidgetItem(text, m_pins);
        item->setData(Qt::UserRole, fingerprint);
        item->setToolTip(fingerprint);
    }
}

void AccountAdvancedPage::setCaFile(const QString &path)
{
    m_caFile->setText(path);
}

QString AccountAdvancedPage::proxyPassword() const
{
    return m_proxyPassword->text();
}

void AccountAdvancedPage::updateProxyFields()
{
    const auto type = Account::ProxyType(m_proxyType->currentData().toInt());
    const bool own = type == Account::ProxyType::Socks5 || type == Account::ProxyType::Http;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword }) {
        w->setEnabled(own);
    }
}
