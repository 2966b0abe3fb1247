#include "smtptlsinfo.h"

#include <QCryptographicHash>
#include <QStringList>

QByteArray SmtpTlsInfo::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return certificate.digest(QCryptographicHash::Sha256);
}

QString SmtpTlsInfo::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

namespace {
QString describeName(const QSslCertificate &c, bool issuer)
{
    QStringList parts;
    const auto get = [&](QSslCertificate::SubjectInfo what) {
        return (issuer ? c.issuerInfo(what) : c.subjectInfo(what)).join(QLatin1String(", "));
    };
    const QString cn = get(QSslCertificate::CommonName);
    const QString o = get(QSslCertificate::Organization);
    if (!cn.isEmpty()) {
        parts << QStringLiteral("CN=") + cn;
    }
    if (!o.isEmpty()) {
        parts << QStringLiteral("O=") + o;
    }
    return parts.join(QLatin1String(", "));
}
} // namespace

QString SmtpTlsInfo::describeSubject(const QSslCertificate &certificate)
{
    return describeName(certificate, false);
}

QString SmtpTlsInfo::describeIssuer(const QSslCertificate &certificate)
{
    return describeName(certificate, true);
}
