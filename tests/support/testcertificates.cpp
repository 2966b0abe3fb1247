#include "testcertificates.h"

#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslSocket>

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// Runs make-certs.sh once per process; the script itself skips the work when the directory is
// complete and current, and serialises concurrent runs with flock.
QString ensureGenerated(const QString &directory)
{
    static bool done = false;
    static QString error;
    if (done) {
        return error;
    }
    done = true;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/sh"),
        { TestPaths::serversDirectory() + QStringLiteral("/make-certs.sh"), directory });
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        error = QStringLiteral("make-certs.sh failed: %1 %2")
                    .arg(process.errorString(), QString::fromLocal8Bit(process.readAll()));
    }
    return error;
}

} // namespace

TestCertificates::TestCertificates() : m_directory(TestPaths::certificateDirectory())
{
    m_errorString = ensureGenerated(m_directory);
    if (!m_errorString.isEmpty()) {
        return;
    }
    auto loadCertificate = [this](const QString &path) {
        const QList<QSslCertificate> list
            = QSslCertificate::fromData(readFile(path, &m_errorString), QSsl::Pem);
        if (list.size() != 1 && m_errorString.isEmpty()) {
            m_errorString
                = QStringLiteral("%1: expected one certificate, found %2").arg(path).arg(list.size());
        }
        return list.value(0);
    };
    m_ca = loadCertificate(caFile());
    m_unknownCa = loadCertificate(unknownCaFile());
    for (Kind kind : allKinds()) {
        m_certificates.insert(kind, loadCertificate(certificateFile(kind)));
        // make-certs.sh makes EC P-256 keys only.
        const QSslKey key(readFile(keyFile(kind), &m_errorString), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull() && m_errorString.isEmpty()) {
            m_errorString = QStringLiteral("%1: not an EC private key").arg(keyFile(kind));
        }
        m_keys.insert(kind, key);
    }
}

QString TestCertificates::caFile() const
{
    return m_directory + QStringLiteral("/ca.pem");
}

QString TestCertificates::unknownCaFile() const
{
    return m_directory + QStringLiteral("/unknown-ca.pem");
}

QString TestCertificates::certificateFile(Kind kind) const
{
    return m_directory + QLatin1Char('/') + baseName(kind) + QStringLiteral(".pem");
}

QString TestCertificates::keyFile(Kind kind) const
{
    return m_directory + QLatin1Char('/') + baseName(kind) + QStringLiteral(".key");
}

QByteArray TestCertificates::sha256Fingerprint(Kind kind) const
{
    return certificate(kind).digest(QCryptographicHash::Sha256);
}

QSslConfiguration TestCertificates::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({ m_ca });
    return configuration;
}

QSslConfiguration TestCertificates::serverConfiguration(Kind kind) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate(kind));
    configuration.setPrivateKey(privateKey(kind));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QList<TestCertificates::Kind> TestCertificates::allKinds()
{
    return { Kind::Server, Kind::OtherName, Kind::Expired, Kind::NotYetValid, Kind::SelfSigned,
        Kind::UnknownCa };
}

QString TestCertificates::baseName(Kind kind)
{
    switch (kind) {
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::OtherName:
        return QStringLiteral("other-name");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::NotYetValid:
        return QStringLiteral("notyet");
    case Kind::SelfSigned:
        return QStringLiteral("selfsigned");
    case Kind::UnknownCa:
        return QStringLiteral("unknownca-server");
    }
    Q_UNREACHABLE();
}
