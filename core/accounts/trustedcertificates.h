#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

// Copies of the certificates a person chose to trust, one PEM file a SHA-256 digest beside the accounts file
// (certificates/<hex>.pem): an account keeps only the pin, and these let its settings say whose certificate
// a pin is and until when. Public data; nothing secret is in them.
class TrustedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(TrustedCertificates)

public:
    static QString directory();
    // Keeps a copy of the certificate (a pin's description is best effort: a failure only loses the words).
    static bool remember(const QSslCertificate &certificate, QString *error = nullptr);
    // The kept certificate with this SHA-256 digest, or a null one.
    static QSslCertificate find(const QByteArray &sha256);
};
