#include "settingsdiscovery.h"

#include "oauthprovider.h"

#include "autoconfigxml.h"
#include "providerdatabase.h"
#include "secretmemory.h"
#include "smtp/smtpclient.h"

#include <QDnsLookup>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>
#include <algorithm>
#include <memory>
#include <utility>

namespace {

// Confidence, 0..100. Files and records the provider publishes rank above guesses; among guesses a verified
// implicit-TLS port ranks first (RFC 8314 section 3), then STARTTLS submission, then port 25.
constexpr int ProviderFileConfidence = 95;
constexpr int AutoconfigConfidence = 85;
constexpr int SrvSubmissionsConfidence = 80;
// Mail hosted by Google or Microsoft (MX): their servers take the domain's mail; the domain may still have
// a submission server of its own, which SRV records or autoconfig would name with more authority.
constexpr int MxHostedConfidence = 78;
constexpr int SrvSubmissionConfidence = 75;
constexpr int ProbeTlsConfidence = 60;
constexpr int ProbeStartTlsConfidence = 55;
constexpr int ProbePort25StartTlsConfidence = 35;
constexpr int ProbePlainConfidence = 10;

// A socket that connects somewhere else than it is asked to — the test hook of mapHost() — while the TLS
// peer name stays the one asked for, so certificate verification is the real thing.
class RedirectingSslSocket : public QSslSocket
{
public:
    RedirectingSslSocket(const QHostAddress &address, quint16 port, QObject *parent)
        : QSslSocket(parent), m_address(address), m_port(port)
    { }

    using QSslSocket::connectToHost;
    void connectToHost(
        const QString &hostName, quint16, OpenMode mode, NetworkLayerProtocol protocol) override
    {
        if (peerVerifyName().isEmpty()) {
            setPeerVerifyName(hostName);
        }
        QSslSocket::connectToHost(m_address.toString(), m_port, mode, protocol);
    }

private:
    QHostAddress m_address;
    quint16 m_port;
};

int securityRank(Smtp::Security security)
{
    switch (security) {
    case Smtp::Security::Tls:
        return 0;
    case Smtp::Security::StartTls:
        return 1;
    case Smtp::Security::None:
        return 2;
    }
    return 3;
}

// This machine: the one place an unencrypted connection cannot be read or changed on the way.
bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

QString mapKey(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

} // namespace

SmtpConnectionSettings SettingsDiscovery::Candidate::settings(const QString &password) const
{
    SmtpConnectionSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.authMechanism = authMechanism;
    if (authMechanism != "none") {
        s.credentials.user = user;
        if (authMechanism == "XOAUTH2" || authMechanism == "OAUTHBEARER") {
            s.credentials.oauthToken = password;
        } else {
            s.credentials.password = password;
        }
    }
    return s;
}

Account SettingsDiscovery::Candidate::toAccount(const QString &address, const QString &name) const
{
    Account a;
    a.name = name.isEmpty() ? address : name;
    a.address = address;
    a.user = user == address ? QString() : user;
    a.host = host;
    a.security = security;
    a.port = port == Smtp::defaultPort(security) ? 0 : port;
    a.authMechanism = authMechanism;
    a.oauthProvider = oauthProvider;
    a.imap = imap;
    return a;
}

QString SettingsDiscovery::sourceName(Source source)
{
    switch (source) {
    case Source::ProviderFile:
        return QStringLiteral("provider-file");
    case Source::Srv:
        return QStringLiteral("srv");
    case Source::Autoconfig:
        return QStringLiteral("autoconfig");
    case Source::Probe:
        return QStringLiteral("probe");
    case Source::Mx:
        return QStringLiteral("mx");
    }
    return {};
}

SettingsDiscovery::SettingsDiscovery(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        note(tr("deadline: %1 ms passed; stopping what is still running").arg(m_deadlineMs));
        finish();
    });
}

SettingsDiscovery::~SettingsDiscovery()
{
    SecretMemory::wipe(m_password);
    m_finished = true; // handlers called by the aborts below must not report anything
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_lookups)) {
        if (lookup) {
            lookup->abort();
        }
    }
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->abort();
        }
    }
    for (const QPointer<SmtpClient> &client : std::as_const(m_probes)) {
        if (client) {
            client->disconnect(this);
            client->abort();
        }
    }
}

void SettingsDiscovery::mapHost(
    const QString &host, quint16 port, quint16 localPort, const QHostAddress &address)
{
    m_hostMap.insert(mapKey(host, port), { address, localPort });
}

QList<QSslCertificate> SettingsDiscovery::caCertificates() const
{
    return m_extraCas;
}

void SettingsDiscovery::note(const QString &line)
{
    m_log << line;
    Q_EMIT progress(line);
}

namespace {

// The domain part, lower case, without a trailing root dot; empty when there is no "name@".
QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    QString domain = at > 0 ? address.mid(at + 1).toLower() : QString();
    if (domain.endsWith(QLatin1Char('.'))) {
        domain.chop(1);
    }
    return domain;
}

} // namespace

bool SettingsDiscovery::isDiscoverableAddress(const QString &address)
{
    const QString domain = domainOf(address.trimmed());
    return !domain.isEmpty() && !QUrl::toAce(domain).isEmpty() && !domain.contains(QLatin1Char(' '))
        && !domain.contains(QLatin1Char('/'));
}

void SettingsDiscovery::start(const QString &address, const QString &password)
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_clock.start();
    m_address = address.trimmed();
    m_password = password;
    m_domain = domainOf(m_address);
    m_aceDomain = QString::fromLatin1(QUrl::toAce(m_domain));
    if (!isDiscoverableAddress(m_address)) {
        m_error = tr("\"%1\" is not an e-mail address (name@domain).").arg(address);
        QTimer::singleShot(0, this, &SettingsDiscovery::finish);
        return;
    }

    // Counted from here; every task calls taskDone() once. One extra count keeps finish() from running
    // before every task has been started.
    m_pending = 1;
    if (m_sources.testFlag(Source::ProviderFile)) {
        lookupProvider();
        if (!m_candidates.isEmpty()) {
            // The provider's own published settings: nothing to look up, nothing to guess.
            m_pending = 0;
            QTimer::singleShot(0, this, &SettingsDiscovery::finish);
            return;
        }
    }
    m_deadline.start(m_deadlineMs);
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_sources.testFlag(Source::Srv)) {
        // RFC 8314 section 5.1: _submissions (implicit TLS) is preferred to _submission (STARTTLS).
        lookupSrv(QStringLiteral("_submissions._tcp"), Smtp::Security::Tls, SrvSubmissionsConfidence);
        lookupSrv(QStringLiteral("_submission._tcp"), Smtp::Security::StartTls, SrvSubmissionConfidence);
    }
    if (m_sources.testFlag(Source::Mx)) {
        lookupMx();
    }
    if (m_sources.testFlag(Source::Autoconfig)) {
        fetchAutoconfig(QStringLiteral("autoconfig.") + m_aceDomain, QStringLiteral("/mail/config-v1.1.xml"),
            AutoconfigConfidence);
        fetchAutoconfig(m_aceDomain, QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"),
            AutoconfigConfidence);
    }
    if (m_sources.testFlag(Source::Probe)) {
        for (const QString &prefix : { QStringLiteral("smtp."), QStringLiteral("mail.") }) {
            for (const quint16 port : { quint16(465), quint16(587), quint16(25) }) {
                probe(prefix + m_aceDomain, port);
            }
        }
    }
    taskDone();
}

void SettingsDiscovery::cancel()
{
    if (m_started && !m_finished) {
        note(tr("cancelled"));
        finish();
    }
}

void SettingsDiscovery::taskDone()
{
    if (m_finished) {
        return;
    }
    if (--m_pending <= 0) {
        finish();
    }
}

void SettingsDiscovery::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_deadline.stop();
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_lookups)) {
        if (lookup && lookup->isFinished() == false) {
            lookup->abort();
        }
    }
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply && reply->isRunning()) {
            reply->abort();
        }
    }
    for (const QPointer<SmtpClient> &client : std::as_const(m_probes)) {
        if (client && client->isConnected()) {
            client->disconnect(this);
            client->abort();
        }
    }
    if (m_candidates.isEmpty() && m_error.isEmpty()) {
        m_error = m_warnings.isEmpty()
            ? tr("No settings were found for %1; enter the server's name and security yourself.")
                  .arg(m_domain)
            : tr("Only unencrypted settings were found for %1, and Epistle does not choose an unencrypted "
                 "connection by itself. %2 Ask your provider for the outgoing server's SSL/TLS or STARTTLS "
                 "settings, or enter them yourself.")
                  .arg(m_domain, m_warnings.join(QLatin1Char(' ')));
    }
    Q_EMIT finished();
}

void SettingsDiscovery::addCandidate(Candidate candidate)
{
    if (candidate.security == Smtp::Security::None && !isLoopback(candidate.host)) {
        setAsideUnencrypted(candidate);
        return;
    }
    // Best first: the more confident, then the better security.
    const auto sortCandidates = [this] {
        std::stable_sort(
            m_candidates.begin(), m_candidates.end(), [](const Candidate &a, const Candidate &b) {
                if (a.confidence != b.confidence) {
                    return a.confidence > b.confidence;
                }
                return securityRank(a.security) < securityRank(b.security);
            });
    };
    for (Candidate &existing : m_candidates) {
        if (existing.host.compare(candidate.host, Qt::CaseInsensitive) == 0 && existing.port == candidate.port
            && existing.security == candidate.security) {
            // Two sources agree: keep the better one, and say that the other agreed.
            if (candidate.confidence > existing.confidence) {
                candidate.detail = candidate.detail.isEmpty()
                    ? tr("also from %1").arg(sourceName(existing.source))
                    : candidate.detail;
                candidate.reached = candidate.reached || existing.reached;
                existing = candidate;
            } else {
                existing.reached = existing.reached || candidate.reached;
                existing.detail += (existing.detail.isEmpty() ? QString() : QStringLiteral("; "))
                    + tr("also from %1").arg(sourceName(candidate.source));
            }
            sortCandidates();
            return;
        }
    }
    m_candidates.append(candidate);
    sortCandidates();
    Q_EMIT candidateFound(candidate);
}

void SettingsDiscovery::setAsideUnencrypted(const Candidate &candidate)
{
    const QString where = QStringLiteral("%1:%2").arg(candidate.host).arg(candidate.port);
    const QString warning = candidate.source == Source::Probe
        ? tr("%1 answered without offering encryption (no STARTTLS): mail and password would travel "
             "unencrypted, and a network in between may have removed STARTTLS. Not proposed.")
              .arg(where)
        : tr("%1 (from %2) is unencrypted: mail and password would travel in the clear. Not proposed.")
              .arg(where, sourceName(candidate.source));
    m_warnings << warning;
    note(tr("%1: set aside: %2").arg(sourceName(candidate.source), warning));
}

// The provider's preferred IMAP server as an account's copy settings; its login left empty when it is the
// SMTP one ('smtpUser'), so the two stay one login with one password.
AccountImap SettingsDiscovery::imapFrom(
    const AutoconfigXml::Provider &provider, const QString &smtpUser) const
{
    AccountImap imap;
    if (provider.imap.isEmpty()) {
        return imap;
    }
    const AutoconfigXml::ImapServer &server = provider.imap.first();
    imap.host = AutoconfigXml::substitute(server.hostname, m_address);
    imap.security = server.security;
    imap.port = server.port == Imap::defaultPort(server.security) ? 0 : server.port;
    const QString user = AutoconfigXml::substitute(server.username, m_address);
    const QString smtpLogin = smtpUser.isEmpty() ? m_address : smtpUser;
    imap.user = user.isEmpty() || user == smtpLogin ? QString() : user;
    imap.sentCopy = provider.filesSentMail ? AccountImap::SentCopy::None : AccountImap::SentCopy::Auto;
    return imap;
}

void SettingsDiscovery::addProviderCandidates(
    const AutoconfigXml::Provider &provider, Source source, int confidence, int floor, const QString &origin)
{
    int rank = 0;
    for (const AutoconfigXml::OutgoingServer &server : provider.outgoing) {
        Candidate c;
        c.source = source;
        c.host = AutoconfigXml::substitute(server.hostname, m_address);
        c.port = server.port;
        c.security = server.security;
        c.user = AutoconfigXml::substitute(server.username, m_address);
        c.authMechanism = server.authMechanism;
        c.confidence = std::max(floor, confidence - 5 * rank++);
        c.origin = origin;
        c.providerName = provider.displayName;
        c.imap = imapFrom(provider, c.user);
        // Only Epistle's own provider files choose a built-in OAuth provider: a domain's autoconfig naming
        // Google's issuer beside a server of its own would get Google's tokens sent to that server.
        c.oauthProvider
            = source == Source::ProviderFile ? AutoconfigXml::oauthProviderOf(provider) : QString();
        if (!c.oauthProvider.isEmpty()) {
            // The sign-in the provider wants (and, for Microsoft, the only one left): OAuth 2.
            c.authMechanism = "XOAUTH2";
            c.detail = tr("sign in with %1 (OAuth 2)").arg(provider.displayName);
        } else if (source == Source::ProviderFile && server.authMechanism == "XOAUTH2") {
            c.detail = tr("this provider takes OAuth 2 sign-in only");
        }
        addCandidate(c);
    }
}

void SettingsDiscovery::lookupProvider()
{
    ProviderDatabase database(m_providerDirectories);
    AutoconfigXml::Provider provider;
    QString file;
    if (!database.find(m_domain, &provider, &file)) {
        note(tr("provider-file: %1 is not a provider Epistle knows").arg(m_domain));
        return;
    }
    note(tr("provider-file: %1 (%2)").arg(provider.displayName, file));
    addProviderCandidates(provider, Source::ProviderFile, ProviderFileConfidence, 50, file);
}

void SettingsDiscovery::lookupMx()
{
    auto *lookup = new QDnsLookup(QDnsLookup::MX, m_aceDomain, this);
    if (!m_nameserver.isNull()) {
        lookup->setNameserver(m_nameserver);
    }
    m_lookups << lookup;
    ++m_pending;
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] {
        lookup->deleteLater();
        if (m_finished) {
            return;
        }
        if (lookup->error() != QDnsLookup::NoError || lookup->mailExchangeRecords().isEmpty()) {
            note(tr("mx %1: no record").arg(m_aceDomain));
            taskDone();
            return;
        }
        QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
        std::stable_sort(records.begin(), records.end(),
            [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
                return a.preference() < b.preference();
            });
        bool hosted = false;
        for (const QDnsMailExchangeRecord &mx : std::as_const(records)) {
            const QString providerId = OAuthProvider::forMailExchanger(mx.exchange());
            OAuthProvider provider;
            if (providerId.isEmpty() || !OAuthProvider::builtIn(providerId, &provider)) {
                continue;
            }
            note(tr("mx %1: %2, hosted by %3").arg(m_aceDomain, mx.exchange(), provider.displayName));
            Candidate c;
            c.source = Source::Mx;
            c.host = provider.smtpHost;
            c.port = provider.smtpPort;
            c.security = provider.smtpSecurity;
            c.user = m_address;
            c.authMechanism = provider.mechanism;
            c.oauthProvider = providerId;
            c.providerName = provider.displayName;
            c.confidence = MxHostedConfidence;
            c.origin = tr("MX %1").arg(mx.exchange());
            c.detail = tr("mail hosted by %1: sign in with %1 (OAuth 2)").arg(provider.displayName);
            addCandidate(c);
            hosted = true;
            break; // the most preferred exchanger decides
        }
        if (!hosted) {
            note(tr("mx %1: not hosted by a provider Epistle signs in with").arg(m_aceDomain));
        }
        taskDone();
    });
    lookup->lookup();
}

void SettingsDiscovery::lookupSrv(const QString &service, Smtp::Security security, int confidence)
{
    const QString name = service + QLatin1Char('.') + m_aceDomain;
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    if (!m_nameserver.isNull()) {
        lookup->setNameserver(m_nameserver);
    }
    m_lookups << lookup;
    ++m_pending;
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, name, security, confidence] {
        lookup->deleteLater();
        if (m_finished) {
            return;
        }
        if (lookup->error() != QDnsLookup::NoError) {
            note(lookup->error() == QDnsLookup::NotFoundError
                    ? tr("srv %1: no record").arg(name)
                    : tr("srv %1: %2").arg(name, lookup->errorString()));
            taskDone();
            return;
        }
        int rank = 0;
        const QList<QDnsServiceRecord> records = lookup->serviceRecords();
        for (const QDnsServiceRecord &record : records) {
            QString target = record.target();
            if (target.endsWith(QLatin1Char('.'))) {
                target.chop(1);
            }
            if (target.isEmpty()) {
                // RFC 2782: a target of "." says the service is decidedly not offered at this domain.
                note(tr("srv %1: the domain says it offers no such service").arg(name));
                continue;
            }
            Candidate c;
            c.source = Source::Srv;
            c.host = target;
            c.port = record.port();
            c.security = security;
            c.user = m_address;
            c.confidence = std::max(30, confidence - 5 * rank++);
            c.origin = QStringLiteral("%1 SRV %2 %3 %4 %5")
                           .arg(name)
                           .arg(record.priority())
                           .arg(record.weight())
                           .arg(record.port())
                           .arg(target);
            const QString lowerTarget = target.toLower();
            if (lowerTarget != m_aceDomain && !lowerTarget.endsWith(QLatin1Char('.') + m_aceDomain)) {
                // RFC 6186 section 6: without DNSSEC a forged answer could send the login elsewhere; a server
                // outside the domain deserves a second look.
                c.confidence -= 10;
                c.detail
                    = tr("the server is outside %1: check that it belongs to your provider").arg(m_domain);
            }
            note(tr("srv %1: %2:%3").arg(name, target).arg(record.port()));
            addCandidate(c);
        }
        taskDone();
    });
    lookup->lookup();
}

void SettingsDiscovery::fetchAutoconfig(const QString &host, const QString &path, int confidence)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(path);
    const QString shown = url.toString();
    QNetworkRequest request;
    const auto mapped = m_hostMap.constFind(mapKey(host, 443));
    if (mapped != m_hostMap.constEnd()) {
        url.setHost(mapped->address.toString());
        url.setPort(mapped->port);
        request.setPeerVerifyName(host);
    }
    request.setUrl(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty()) {
        ssl.addCaCertificates(m_extraCas);
    }
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(m_deadlineMs);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Epistle"));

    QNetworkReply *reply = m_network->get(request);
    m_replies << reply;
    ++m_pending;
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 limit = m_maxConfigSize;
    connect(reply, &QNetworkReply::downloadProgress, this,
        [reply, tooLarge, limit](qint64 received, qint64 total) {
            if (received > limit || total > limit) {
                *tooLarge = true;
                reply->abort();
            }
        });
    connect(reply, &QNetworkReply::finished, this, [this, reply, shown, confidence, tooLarge] {
        reply->deleteLater();
        if (m_finished) {
            return;
        }
        if (*tooLarge) {
            note(tr("autoconfig %1: larger than %2 bytes; ignored").arg(shown).arg(m_maxConfigSize));
            taskDone();
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            note(tr("autoconfig %1: %2").arg(shown, reply->errorString()));
            taskDone();
            return;
        }
        const QByteArray xml = reply->readAll();
        AutoconfigXml::Provider provider;
        QString error;
        if (!AutoconfigXml::parse(xml, &provider, &error)) {
            note(tr("autoconfig %1: %2").arg(shown, error));
            taskDone();
            return;
        }
        note(tr("autoconfig %1: %n server(s)", nullptr, int(provider.outgoing.size())).arg(shown));
        addProviderCandidates(provider, Source::Autoconfig, confidence, 40, shown);
        taskDone();
    });
}

void SettingsDiscovery::probe(const QString &host, quint16 port)
{
    SmtpConnectionSettings s;
    s.host = host;
    s.port = port;
    s.security = port == 465 ? Smtp::Security::Tls : Smtp::Security::StartTls;
    s.authMechanism = "none"; // a probe never logs in: the person has not confirmed this server yet
    s.tls.caCertificates = m_extraCas;
    s.timeouts = SmtpTimeouts::uniform(m_deadlineMs);
    auto *client = new SmtpClient(s, this);
    const auto mapped = m_hostMap.constFind(mapKey(host, port));
    if (mapped != m_hostMap.constEnd()) {
        const HostMapping target = *mapped;
        client->setSocketFactory([target](QObject *parent) -> QSslSocket * {
            return new RedirectingSslSocket(target.address, target.port, parent);
        });
    }
    m_probes << client;
    ++m_pending;
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);

    auto ended = std::make_shared<bool>(false);
    const auto end
        = [this, client, ended, host, port, where](bool ok, Smtp::Security security, const QString &detail) {
              if (*ended || m_finished) {
                  return;
              }
              *ended = true;
              client->disconnect(this);
              if (client->isConnected()) {
                  connect(client, &SmtpClient::disconnected, client, &QObject::deleteLater);
                  connect(client, &SmtpClient::errorOccurred, client, &QObject::deleteLater);
                  client->quit();
              } else {
                  client->deleteLater();
              }
              if (!ok) {
                  note(tr("probe %1: %2").arg(where, detail));
                  taskDone();
                  return;
              }
              note(tr("probe %1: %2").arg(where, detail));
              Candidate c;
              c.source = Source::Probe;
              c.host = host;
              c.port = port;
              c.security = security;
              c.user = m_address;
              c.reached = true;
              c.origin = tr("probe of %1").arg(where);
              c.detail = detail;
              switch (security) {
              case Smtp::Security::Tls:
                  c.confidence = ProbeTlsConfidence;
                  break;
              case Smtp::Security::StartTls:
                  c.confidence = port == 25 ? ProbePort25StartTlsConfidence : ProbeStartTlsConfidence;
                  break;
              case Smtp::Security::None:
                  c.confidence = ProbePlainConfidence;
                  break;
              }
              if (host.startsWith(QLatin1String("mail."))) {
                  c.confidence -= 1; // smtp.<domain> is the more common name for a submission server
              }
              addCandidate(c);
              taskDone();
          };

    connect(client, &SmtpClient::errorOccurred, this,
        [end](const SmtpError &error) { end(false, Smtp::Security::None, error.message()); });
    client->connectToServer([this, client, end, port](const SmtpReply &greeting) {
        if (m_finished) {
            return;
        }
        if (!greeting.isPositive()) {
            end(false, Smtp::Security::None, tr("greeting refused: %1").arg(greeting.summary()));
            return;
        }
        const QString banner = greeting.message().section(QLatin1Char('\n'), 0, 0).left(80);
        client->hello([this, client, end, port, banner](const SmtpReply &ehlo) {
            if (m_finished) {
                return;
            }
            if (!ehlo.isPositive()) {
                end(false, Smtp::Security::None, tr("EHLO refused: %1").arg(ehlo.summary()));
                return;
            }
            const SmtpTlsInfo tls = client->tlsInfo();
            if (port == 465) {
                end(true, Smtp::Security::Tls,
                    tr("TLS from the first byte (%1), certificate verified; \"%2\"")
                        .arg(tls.protocol, banner));
                return;
            }
            if (!client->capabilities().startTls()) {
                if (port == 25) {
                    end(true, Smtp::Security::None,
                        tr("no STARTTLS: mail would travel unencrypted; \"%1\"").arg(banner));
                } else {
                    end(false, Smtp::Security::None, tr("no STARTTLS offered"));
                }
                return;
            }
            client->startTls([this, client, end, banner](const SmtpReply &afterTls) {
                if (m_finished) {
                    return;
                }
                if (!client->isEncrypted() || !afterTls.isPositive()) {
                    end(false, Smtp::Security::None, tr("STARTTLS refused: %1").arg(afterTls.summary()));
                    return;
                }
                end(true, Smtp::Security::StartTls,
                    tr("STARTTLS (%1), certificate verified; \"%2\"")
                        .arg(client->tlsInfo().protocol, banner));
            });
        });
    });
}
