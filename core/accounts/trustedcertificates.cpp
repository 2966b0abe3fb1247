#include "accounts/trustedcertificates.h"

#include "smtp/smtptlsinfo.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

QString TrustedCertificates::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/certificates");
}

namespace {
QString pathFor(const QByteArray &sha256)
{
    return TrustedCertificates::directory() + QLatin1Char('/') + QString::fromLatin1(sha256.toHex())
        + QStringLiteral(".pem");
}
} // namespace

bool TrustedCertificates::remember(const QSslCertificate &certificate, QString *error)
{
    if (certificate.isNull()) {
        return false;
    }
    const QByteArray digest = SmtpTlsInfo::fingerprint(certificate);
    if (!QDir().mkpath(directory())) {
        if (error) {
            *error = tr("The folder %1 cannot be created.").arg(directory());
        }
        return false;
    }
    QSaveFile file(pathFor(digest));
    if (!file.open(QIODevice::WriteOnly) || file.write(certificate.toPem()) < 0 || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

QSslCertificate TrustedCertificates::find(const QByteArray &sha256)
{
    QFile file(pathFor(sha256));
    if (sha256.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return QSslCertificate();
    }
    const QSslCertificate certificate(file.readAll(), QSsl::Pem);
    // A file is only believed when it is the certificate its name says.
    return SmtpTlsInfo::fingerprint(certificate) == sha256 ? certificate : QSslCertificate();
}
