#include "certificateview.h"

#include "accounts/trustedcertificates.h"

#include "icons.h"
#include "smtp/smtptlsinfo.h"
#include "tlstrust.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}
} // namespace

CertificateView::CertificateView(QWidget *parent)
    : QGroupBox(tr("Server certificate"), parent)
    , m_subject(valueLabel(this))
    , m_issuer(valueLabel(this))
    , m_validity(valueLabel(this))
    , m_fingerprint(valueLabel(this))
    , m_errors(valueLabel(this))
    , m_trust(new QPushButton(Icons::icon(QStringLiteral("certificate")), QString(), this))
    , m_useCaFile(new QPushButton(tr("Use the authority's &file (CA)…"), this))
    , m_caProblem(valueLabel(this))
{
    m_useCaFile->setObjectName(QStringLiteral("useCaFile"));
    m_useCaFile->setToolTip(tr("For a company or home server whose certificates your own authority signs: "
                               "Epistle then trusts what that authority signs, for this account"));
    m_caProblem->setObjectName(QStringLiteral("caProblem"));
    m_fingerprint->setFont(QFont(QStringLiteral("monospace")));
    m_subject->setAccessibleName(tr("Issued to"));
    m_issuer->setAccessibleName(tr("Issued by"));
    m_validity->setAccessibleName(tr("Validity"));
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_errors->setAccessibleName(tr("Why it is not trusted"));
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"), m_subject);
    form->addRow(tr("Issued by:"), m_issuer);
    form->addRow(tr("Validity:"), m_validity);
    form->addRow(tr("SHA-256:"), m_fingerprint);
    form->addRow(tr("Problem:"), m_errors);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *advice
        = new QLabel(tr("Trust it only if you know this server uses a certificate of its own (a company or "
                        "home server) and the fingerprint matches what its administrator gave you. Epistle "
                        "will then accept exactly this certificate for this server, and warn you if it "
                        "ever changes."),
            this);
    advice->setWordWrap(true);
    layout->addWidget(advice);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trust);
    buttons->addWidget(m_useCaFile);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_caProblem->hide();
    layout->addWidget(m_caProblem);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        // A copy, so the account's settings can later say whose certificate the pin is and until when.
        TrustedCertificates::remember(m_certificate);
        Q_EMIT trustRequested(sha256());
    });
    connect(m_useCaFile, &QPushButton::clicked, this, &CertificateView::chooseCaFile);
}

void CertificateView::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The authority's certificate (CA)"),
        QDir::homePath(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    useCaFile(path);
}

bool CertificateView::useCaFile(const QString &path)
{
    // Checked here, so a wrong file is named at once rather than as the next connection's failure.
    QString problem;
    if (TlsTrust::readCaFile(path, &problem).isEmpty()) {
        m_caProblem->setText(problem);
        m_caProblem->show();
        return false;
    }
    m_caProblem->hide();
    Q_EMIT caFileChosen(path);
    return true;
}

QByteArray CertificateView::sha256() const
{
    return SmtpTlsInfo::fingerprint(m_certificate);
}

QString CertificateView::describeValidity(const QSslCertificate &c)
{
    const QLocale locale;
    QString text = tr("from %1 until %2")
                       .arg(locale.toString(c.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                           locale.toString(c.expiryDate().toLocalTime(), QLocale::ShortFormat));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.expiryDate() < now) {
        text += tr(" — expired");
    } else if (c.effectiveDate() > now) {
        text += tr(" — not valid yet");
    }
    return text;
}

void CertificateView::setCertificate(
    const QString &host, const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    m_certificate = certificate;
    const QString subject = SmtpTlsInfo::describeSubject(certificate);
    // Every name it covers, IP addresses too: a certificate for 127.0.0.1 is what a local server has.
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    m_subject->setText(
        names.isEmpty() ? subject : tr("%1 (names: %2)").arg(subject, names.join(QStringLiteral(", "))));
    m_issuer->setText(SmtpTlsInfo::describeIssuer(certificate));
    m_validity->setText(describeValidity(certificate));
    m_fingerprint->setText(SmtpTlsInfo::formatFingerprint(sha256()));
    QStringList problems;
    for (const QSslError &e : errors) {
        const QString problem = TlsTrust::describeError(e);
        if (!problems.contains(problem)) {
            problems << problem;
        }
    }
    m_errors->setText(
        problems.isEmpty() ? tr("not trusted by this computer") : problems.join(QLatin1Char('\n')));
    m_trust->setText(tr("&Trust this certificate for %1").arg(host));
    m_trust->setAccessibleName(m_trust->text().remove(QLatin1Char('&')));
}
