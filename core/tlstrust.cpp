#include "tlstrust.h"

#include <QDir>
#include <QFile>

#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>

void TlsTrust::configure(QSslSocket *socket, const QString &host, const SmtpTlsPolicy &policy)
{
    QSslConfiguration config = socket->sslConfiguration();
    if (!policy.caCertificates.isEmpty()) {
        config.addCaCertificates(policy.caCertificates);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::SecureProtocols);
    socket->setSslConfiguration(config);
    socket->setPeerVerifyName(host);
}

SmtpTlsInfo TlsTrust::sessionInfo(const QSslSocket *socket)
{
    SmtpTlsInfo info;
    info.encrypted = socket->isEncrypted();
    info.protocol = protocolName(socket->sessionProtocol());
    info.cipher = socket->sessionCipher().name();
    info.cipherBits = socket->sessionCipher().usedBits();
    info.peerCertificate = socket->peerCertificate();
    info.chain = socket->peerCertificateChain();
    return info;
}

QString TlsTrust::protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    default:
        return tr("TLS (old version)");
    }
}

bool TlsTrust::looksLikePlainPeer(const QString &handshakeError)
{
    const QString lower = handshakeError.toLower();
    return lower.contains(QLatin1String("wrong version number"))
        || lower.contains(QLatin1String("packet length too long"))
        || lower.contains(QLatin1String("unknown protocol"))
        || lower.contains(QLatin1String("record layer failure"))
        || lower.contains(QLatin1String("http request"));
}

bool TlsTrust::isLoopbackPeer(const QAbstractSocket *socket)
{
    if (!socket) {
        return false;
    }
    QNetworkProxy proxy = socket->proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        proxy = QNetworkProxy::applicationProxy();
    }
    if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy) {
        return false;
    }
    return socket->peerAddress().isLoopback();
}

QString TlsTrust::describeSession(const SmtpTlsInfo &info)
{
    const QSslCertificate &c = info.peerCertificate;
    QString detail
        = tr("%1, %2 (%3 bits); certificate %4, issued by %5, valid until %6, SHA-256 %7")
              .arg(info.protocol, info.cipher)
              .arg(info.cipherBits)
              .arg(SmtpTlsInfo::describeSubject(c), SmtpTlsInfo::describeIssuer(c),
                  c.expiryDate().toString(Qt::ISODate), SmtpTlsInfo::formatFingerprint(info.sha256()));
    if (info.pinned) {
        detail += tr("; trusted by this account's pin");
    } else if (!info.acceptedErrors.isEmpty()) {
        detail += tr("; accepted by you despite: %1").arg(info.acceptedErrors.first().errorString());
    }
    return detail;
}

QString TlsTrust::describeErrors(
    const QList<QSslError> &errors, const QString &host, const QSslCertificate &leaf)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch: {
            QStringList names = leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
            names += leaf.subjectAlternativeNames().values(QSsl::IpAddressEntry);
            if (names.isEmpty()) {
                names = leaf.subjectInfo(QSslCertificate::CommonName);
            }
            return tr(
                "The server's certificate is for %1, not for %2. Check the server name in the settings; "
                "only trust this certificate if you know why the names differ.")
                .arg(names.join(QLatin1String(", ")), host);
        }
        case QSslError::CertificateExpired:
            return tr(
                "The server's certificate for %1 expired on %2. The server's administrator must renew it.")
                .arg(host, leaf.expiryDate().toString(Qt::ISODate));
        case QSslError::CertificateNotYetValid:
            return tr(
                "The server's certificate for %1 is not valid before %2. Check this computer's date and "
                "time.")
                .arg(host, leaf.effectiveDate().toString(Qt::ISODate));
        default:
            break;
        }
    }
    QStringList texts;
    for (const QSslError &e : errors) {
        const QString text = describeError(e);
        if (!texts.contains(text)) {
            texts << text;
        }
    }
    return tr(
        "The server's certificate for %1 is not signed by an authority this system trusts: %2. If you set "
        "this server up yourself, compare its SHA-256 fingerprint %3 and trust this certificate, or choose "
        "the file of the authority (CA) that signed it.")
        .arg(host, texts.join(QLatin1String("; ")),
            SmtpTlsInfo::formatFingerprint(SmtpTlsInfo::fingerprint(leaf)));
}

QString TlsTrust::describeError(const QSslError &error)
{
    // OpenSSL's own sentences ("The issuer certificate of a locally looked up certificate could not be
    // found") name its internals; these say what it means for the person.
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return tr("it is self-signed: the server vouches for itself, no authority does");
    case QSslError::SelfSignedCertificateInChain:
        return tr("it is signed by a private authority (a self-signed CA) this computer does not know");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("the authority that signed it is not installed on this computer, or the server did not "
                  "send the intermediate certificate");
    case QSslError::CertificateUntrusted:
        return tr("this computer is not set up to trust it");
    case QSslError::CertificateRejected:
        return tr("it is marked as not to be trusted");
    case QSslError::CertificateRevoked:
        return tr("its authority has revoked it");
    case QSslError::CertificateExpired:
        return tr("it has expired");
    case QSslError::CertificateNotYetValid:
        return tr("it is not valid yet");
    case QSslError::HostNameMismatch:
        return tr("it is issued for another server name");
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
        return tr("an authority in its chain is not allowed to sign it");
    case QSslError::InvalidPurpose:
        return tr("it is not meant for a server");
    case QSslError::CertificateSignatureFailed:
    case QSslError::CertificateBlacklisted:
        return tr("its signature does not check out");
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return tr("it is malformed");
    default:
        // A rare check without a sentence of its own: the library's words, said to be its words.
        return tr("the TLS library reports: %1").arg(error.errorString());
    }
}

QString TlsTrust::pinMismatch(const QString &host, const QByteArray &sha256)
{
    return tr(
        "The certificate of %1 is not the one trusted for this account (fingerprint %2). It may have been "
        "renewed, or someone is in between. Check it before trusting it.")
        .arg(host, SmtpTlsInfo::formatFingerprint(sha256));
}

void TlsPeerCheck::reset()
{
    m_accepted = QSslCertificate();
    m_acceptedErrors.clear();
    m_refusal.clear();
    m_pinMismatch = false;
    m_errors.clear();
    m_chain.clear();
}

void TlsPeerCheck::refuse(
    bool pinMismatch, const QString &why, const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    m_pinMismatch = pinMismatch;
    m_refusal = why;
    m_errors = errors;
    m_chain = chain;
}

void TlsPeerCheck::onSslErrors(QSslSocket *socket, const QList<QSslError> &errors, const AskPerson &ask)
{
    const QSslCertificate leaf = socket->peerCertificate();
    const QList<QSslCertificate> chain = socket->peerCertificateChain();
    const QList<QByteArray> &pins = m_policy.pinnedSha256;
    if (!pins.isEmpty()) {
        if (pins.contains(SmtpTlsInfo::fingerprint(leaf))) {
            // The person trusted exactly this certificate for this account: its errors are known.
            socket->ignoreSslErrors(errors);
            m_acceptedErrors = errors;
            return;
        }
        refuse(true, TlsTrust::pinMismatch(m_host, SmtpTlsInfo::fingerprint(leaf)), errors, chain);
        return;
    }
    m_accepted = QSslCertificate();
    if (!ask(errors, chain)) {
        return;
    }
    if (!m_accepted.isNull() && m_accepted == leaf) {
        socket->ignoreSslErrors(errors);
        m_acceptedErrors = errors;
        return;
    }
    refuse(false, TlsTrust::describeErrors(errors, m_host, leaf), errors, chain);
}

bool TlsPeerCheck::onEncrypted(const QSslSocket *socket, SmtpTlsInfo *info)
{
    *info = TlsTrust::sessionInfo(socket);
    info->acceptedErrors = m_acceptedErrors;
    const QList<QByteArray> &pins = m_policy.pinnedSha256;
    // A pin holds even when the chain verified on its own: the person chose this certificate.
    if (!pins.isEmpty() && !pins.contains(info->sha256())) {
        refuse(true, TlsTrust::pinMismatch(m_host, info->sha256()), {}, info->chain);
        return false;
    }
    info->pinned = !pins.isEmpty();
    return true;
}

QList<QSslCertificate> TlsTrust::readCaFile(const QString &path, QString *problem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty() && problem) {
        *problem = QFile::exists(path)
            ? tr("The CA file %1 holds no PEM certificate (the authority's certificate file starts with "
                 "\"-----BEGIN CERTIFICATE-----\").")
                  .arg(QDir::toNativeSeparators(path))
            : tr("The CA file %1 does not exist.").arg(QDir::toNativeSeparators(path));
    }
    return certificates;
}
