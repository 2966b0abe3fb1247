#pragma once

#include "account.h"
#include "autoconfigxml.h"
#include "smtp/smtp.h"
#include "smtp/smtpconnectionsettings.h"

#include <QElapsedTimer>
#include <QFlags>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QTimer>

class QDnsLookup;
class QNetworkAccessManager;
class QNetworkReply;
class SmtpClient;

// Proposes outgoing-server settings from an e-mail address alone, as Thunderbird's account wizard does:
// the settings shipped for large providers (ProviderDatabase), the domain's RFC 6186 / RFC 8314 SRV records
// (_submissions._tcp, _submission._tcp), the domain's autoconfig file over verified HTTPS, and probes of
// smtp.<domain> and mail.<domain> on 465, 587 and 25 (connect, greeting, EHLO, TLS — never a login) — all
// at once, under one short deadline. The result is a ranked list of candidates, each saying where it came
// from and how sure it is. No password is ever sent by this class: the person confirms a candidate, then
// ConnectionTest logs in. A provider file match answers at once, without any network traffic.
//
// It never proposes an unencrypted connection to a server other than this machine: a port 25 that answers
// without STARTTLS may be one whose STARTTLS a network in between removed (a downgrade), and an autoconfig
// file may be old. Such findings are set aside with the reason (warnings(), and errorString() when nothing
// else was found); the person can still choose no encryption by hand.
class SettingsDiscovery : public QObject
{
    Q_OBJECT
public:
    enum class Source {
        ProviderFile = 0x1, // shipped with Epistle
        Srv = 0x2, // DNS SRV records of the domain
        Autoconfig = 0x4, // the domain's autoconfig XML over HTTPS
        Probe = 0x8, // a guessed host that answered on a port
        Mx = 0x10 // the domain's mail is hosted by Google or Microsoft (its MX records), as Thunderbird
                  // finds it: that provider's server and OAuth sign-in
    };
    Q_ENUM(Source)
    Q_DECLARE_FLAGS(Sources, Source)
    Q_FLAG(Sources)

    // One proposal.
    struct Candidate
    {
        Source source = Source::Probe;
        QString host;
        quint16 port = 0;
        Smtp::Security security = Smtp::Security::Tls;
        QString user; // the login name, placeholders filled in
        QByteArray authMechanism = "auto"; // "auto", "none" or "XOAUTH2"
        int confidence = 0; // 0..100: how likely this is right
        QString origin; // the file, URL, SRV record or probe it came from
        QString detail; // what a probe found (greeting, TLS), or notes
        QString providerName; // "Google Mail", when a provider file or autoconfig names it
        // The built-in OAuth provider that signs in here ("google", "microsoft"); then authMechanism is
        // XOAUTH2 and the account signs in with it (OAuthSignIn) instead of a password.
        QString oauthProvider;
        bool reached = false; // a probe connected and (for TLS) verified the certificate
        // Where the copy of sent mail goes, when the provider file or autoconfig names an IMAP server (none
        // configured otherwise); "do not save" for providers that file sent mail themselves.
        AccountImap imap;

        // The settings for an account with this candidate; 'password' goes into the credentials (a token
        // when authMechanism is XOAUTH2).
        SmtpConnectionSettings settings(const QString &password = {}) const;
        // A new account for 'address' with these settings (no id yet; AccountStore assigns one).
        Account toAccount(const QString &address, const QString &name = {}) const;
    };

    explicit SettingsDiscovery(QObject *parent = nullptr);
    ~SettingsDiscovery() override;

    // The whole search ends after this long at the latest, with what was found by then (default 5000 ms).
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    int deadline() const { return m_deadlineMs; }
    // Which sources to use (all by default). Without Probe, no guessed host is contacted.
    void setSources(Sources sources) { m_sources = sources; }
    // Extra directories of provider files, searched before the built-in ones.
    void setProviderDirectories(const QStringList &directories) { m_providerDirectories = directories; }
    // The largest autoconfig document accepted (default 64 KiB): a hostile server cannot make us buffer more.
    void setMaxConfigSize(qint64 bytes) { m_maxConfigSize = bytes; }

    // Test hooks that keep everything real but local:
    // ask this DNS server (port 53) instead of the system's resolver,
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    // connect to 'address':'localPort' whenever 'host':'port' is meant (HTTPS and SMTP alike) while still
    // verifying TLS certificates against 'host',
    void mapHost(const QString &host, quint16 port, quint16 localPort,
        const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // and trust these CAs as well as the system's.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }

    // Starts; finished() follows exactly once (also for an address that is not one).
    void start(const QString &address, const QString &password = {});
    void cancel();

    bool isFinished() const { return m_finished; }
    QString address() const { return m_address; }
    QString domain() const { return m_domain; }
    // Best first. Identical servers found by several sources appear once, with the highest confidence.
    QList<Candidate> candidates() const { return m_candidates; }
    // A candidate's settings with the password given to start() — for ConnectionTest once the person has
    // confirmed that candidate. The password is only ever used there, never by the discovery itself.
    SmtpConnectionSettings settingsFor(const Candidate &candidate) const
    {
        return candidate.settings(m_password);
    }
    // What each source did, one line each ("srv _submissions._tcp.example.org: no record"), for details.
    QStringList log() const { return m_log; }
    // Set when the address could not be used at all, or nothing usable was found (and why).
    QString errorString() const { return m_error; }
    // Servers found that would only work unencrypted, each with why it was not proposed.
    QStringList warnings() const { return m_warnings; }
    qint64 elapsed() const { return m_clock.elapsed(); }

    static QString sourceName(Source source); // "provider-file", "srv", "autoconfig", "probe"
    // Whether start() can work from this address at all (name@domain, a domain that has an ASCII form); when
    // not, it finishes at once with an error saying so.
    static bool isDiscoverableAddress(const QString &address);

Q_SIGNALS:
    void candidateFound(const SettingsDiscovery::Candidate &candidate);
    // 'source' finished one lookup (for a progress display).
    void progress(const QString &line);
    void finished();

private:
    struct HostMapping
    {
        QHostAddress address;
        quint16 port = 0;
    };
    void lookupProvider();
    void lookupSrv(const QString &service, Smtp::Security security, int confidence);
    void lookupMx();
    void fetchAutoconfig(const QString &host, const QString &path, int confidence);
    void probe(const QString &host, quint16 port);
    void addCandidate(Candidate candidate);
    // An unencrypted server that was found but is not proposed: why, in the log and warnings().
    void setAsideUnencrypted(const Candidate &candidate);
    // The outgoing servers of a provider file or autoconfig document, ranked in their order from 'confidence'
    // down (5 a place), never below 'floor'.
    AccountImap imapFrom(const AutoconfigXml::Provider &provider, const QString &smtpUser) const;
    void addProviderCandidates(const AutoconfigXml::Provider &provider, Source source, int confidence,
        int floor, const QString &origin);
    void note(const QString &line);
    void taskDone();
    void finish();
    QList<QSslCertificate> caCertificates() const;

    QString m_address;
    QString m_password;
    QString m_domain; // lower case, as typed
    QString m_aceDomain; // for DNS and URLs (IDNA)
    int m_deadlineMs = 5000;
    Sources m_sources
        = Sources(Source::ProviderFile) | Source::Srv | Source::Autoconfig | Source::Probe | Source::Mx;
    QStringList m_providerDirectories;
    qint64 m_maxConfigSize = 64 * 1024;
    QHostAddress m_nameserver;
    QHash<QString, HostMapping> m_hostMap; // "host:port" (host lower case)
    QList<QSslCertificate> m_extraCas;

    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
    QList<Candidate> m_candidates;
    QStringList m_log;
    QStringList m_warnings;
    QString m_error;
    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<QDnsLookup>> m_lookups;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<QPointer<SmtpClient>> m_probes;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(SettingsDiscovery::Sources)
