#pragma once

#include <QGroupBox>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QLabel;
class QPushButton;

// Shows a server certificate that did not verify — subject, issuer, validity, SHA-256 fingerprint and why it
// is not trusted — and offers to trust exactly that certificate for that host (an account pin,
// SmtpTlsPolicy::pinnedSha256), which is the only way an SSL error becomes accepted; or to take the file of
// the authority that signs it as the account's CA file.
class CertificateView : public QGroupBox
{
    Q_OBJECT
public:
    explicit CertificateView(QWidget *parent = nullptr);

    void setCertificate(
        const QString &host, const QSslCertificate &certificate, const QList<QSslError> &errors);
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray sha256() const;
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *caFileButton() const { return m_useCaFile; }
    // Takes 'path' as the account's CA file when it holds a certificate (emits caFileChosen); otherwise says
    // why not, under the buttons.
    bool useCaFile(const QString &path);

    // "Valid from ... until ... (expired)" and the like, for tests and other views.
    static QString describeValidity(const QSslCertificate &certificate);

Q_SIGNALS:
    // The person chose to trust this certificate for this host.
    void trustRequested(const QByteArray &sha256);
    // The person chose the file of the authority that signs this server's certificates.
    void caFileChosen(const QString &path);

private:
    QSslCertificate m_certificate;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validity;
    QLabel *m_fingerprint;
    QLabel *m_errors;
    QPushButton *m_trust;
    QPushButton *m_useCaFile;
    QLabel *m_caProblem;

    void chooseCaFile();
};
