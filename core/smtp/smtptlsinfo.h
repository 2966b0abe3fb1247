#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// What the TLS session of a connection looks like: protocol, cipher and the server's certificate.
struct SmtpTlsInfo
{
    bool encrypted = false;
    QString protocol; // "TLSv1.3"
    QString cipher; // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QSslCertificate peerCertificate;
    QList<QSslCertificate> chain;
    // Errors the person accepted for this exact certificate (empty when the chain verified on its own).
    QList<QSslError> acceptedErrors;
    bool pinned = false; // accepted because its fingerprint matched the account's pin

    QByteArray sha256() const { return fingerprint(peerCertificate); }
    // "AB:CD:..." upper-case hex of a certificate's SHA-256 digest.
    static QByteArray fingerprint(const QSslCertificate &certificate);
    static QString formatFingerprint(const QByteArray &sha256);
    // Subject and issuer as one line each, for display.
    static QString describeSubject(const QSslCertificate &certificate);
    static QString describeIssuer(const QSslCertificate &certificate);
};
