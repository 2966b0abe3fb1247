#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

// The test CA and the server certificates tests present (valid, wrong name, expired, not yet
// valid, self-signed, unknown CA), generated once per build tree by tests/servers/make-certs.sh.
//
// Constructing one runs the script if the certificates are missing or out of date (under a
// file lock, so parallel test processes wait for one another), then loads them; afterwards it
// only reads a few small files. Check isValid() (QVERIFY2(certs.isValid(), ...errorString())).
class TestCertificates
{
    Q_GADGET
public:
    enum class Kind {
        Server, // localhost, 127.0.0.1 and ::1; signed by the test CA; valid 2000-2099
        OtherName, // only mail.other.example (CN and SAN); signed by the test CA
        Expired, // localhost; valid 2020-01-01 to 2021-01-01; signed by the test CA
        NotYetValid, // localhost; valid 2090-01-01 to 2095-01-01; signed by the test CA
        SelfSigned, // localhost; its own issuer
        UnknownCa, // localhost; signed by a second CA that tests never trust
    };
    Q_ENUM(Kind)

    TestCertificates();

    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    QString directory() const { return m_directory; }

    // The CA the tests trust (ca.pem), and the unrelated one (unknown-ca.pem).
    QString caFile() const;
    QSslCertificate caCertificate() const { return m_ca; }
    QString unknownCaFile() const;
    QSslCertificate unknownCaCertificate() const { return m_unknownCa; }

    QString certificateFile(Kind kind) const;
    QString keyFile(Kind kind) const;
    QSslCertificate certificate(Kind kind) const { return m_certificates.value(kind); }
    QSslKey privateKey(Kind kind) const { return m_keys.value(kind); }
    // SHA-256 of the leaf's DER encoding (32 bytes; .toHex(':') for the usual notation).
    QByteArray sha256Fingerprint(Kind kind) const;

    // What a client under test should use: Qt's defaults with the test CA as the only
    // trusted CA, so nothing validates by accident through the system store.
    QSslConfiguration clientConfiguration() const;
    // What a server presenting `kind` uses: its certificate and key, no client certificate.
    QSslConfiguration serverConfiguration(Kind kind) const;

    static QList<Kind> allKinds();
    // File base name: "server", "other-name", "expired", "notyet", "selfsigned", "unknownca-server".
    static QString baseName(Kind kind);

private:
    QString m_directory;
    QString m_errorString;
    QSslCertificate m_ca;
    QSslCertificate m_unknownCa;
    QMap<Kind, QSslCertificate> m_certificates;
    QMap<Kind, QSslKey> m_keys;
};
