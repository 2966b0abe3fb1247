#include "connectiontest.h"

#include "smtp/sasl.h"
#include "smtp/smtpadvice.h"

#include <QHostInfo>
#include <QSslSocket>
#include <QTimer>

ConnectionTest::ConnectionTest(const SmtpConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{ }

ConnectionTest::~ConnectionTest()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
    }
}

QString ConnectionTest::stepName(StepId id)
{
    switch (id) {
    case StepId::Resolve:
        return QStringLiteral("resolve");
    case StepId::Connect:
        return QStringLiteral("connect");
    case StepId::Tls:
        return QStringLiteral("tls");
    case StepId::Greeting:
        return QStringLiteral("greeting");
    case StepId::Ehlo:
        return QStringLiteral("ehlo");
    case StepId::StartTls:
        return QStringLiteral("starttls");
    case StepId::EhloAfterTls:
        return QStringLiteral("ehlo-after-tls");
    case StepId::Auth:
        return QStringLiteral("auth");
    case StepId::MailFrom:
        return QStringLiteral("mail-from");
    case StepId::RcptTo:
        return QStringLiteral("rcpt-to");
    case StepId::Reset:
        return QStringLiteral("rset");
    case StepId::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

QString ConnectionTest::stepTitle(StepId id)
{
    switch (id) {
    case StepId::Resolve:
        return tr("Looking up the server");
    case StepId::Connect:
        return tr("Connecting");
    case StepId::Tls:
        return tr("Encrypting (TLS)");
    case StepId::Greeting:
        return tr("Server greeting");
    case StepId::Ehlo:
        return tr("Server capabilities (EHLO)");
    case StepId::StartTls:
        return tr("Starting encryption (STARTTLS)");
    case StepId::EhloAfterTls:
        return tr("Capabilities after encryption");
    case StepId::Auth:
        return tr("Logging in");
    case StepId::MailFrom:
        return tr("Sender address accepted");
    case StepId::RcptTo:
        return tr("Test recipient accepted");
    case StepId::Reset:
        return tr("Resetting (nothing is sent)");
    case StepId::Quit:
        return tr("Saying goodbye");
    }
    return {};
}

void ConnectionTest::begin(StepId id)
{
    m_current = id;
    m_inStep = true;
    m_stepClock.start();
    Q_EMIT stepStarted(id);
}

void ConnectionTest::end(bool ok, const QString &detail, const SmtpReply &reply)
{
    if (!m_inStep) {
        return;
    }
    m_inStep = false;
    Step step;
    step.id = m_current;
    step.ok = ok;
    step.milliseconds = m_stepClock.elapsed();
    step.detail = detail;
    step.reply = reply;
    m_steps.append(step);
    Q_EMIT stepFinished(step);
}

void ConnectionTest::start()
{
    begin(StepId::Resolve);
    if (m_settings.proxy.type() != QNetworkProxy::NoProxy
        && m_settings.proxy.type() != QNetworkProxy::DefaultProxy) {
        end(true, tr("resolved by the proxy"));
        connectClient();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_settings.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            end(false, info.errorString());
            fail(SmtpAdvice::hostNotFound(m_settings.host));
            return;
        }
        for (const QHostAddress &a : info.addresses()) {
            m_addresses << a.toString();
        }
        end(true, m_addresses.join(QLatin1String(", ")));
        connectClient();
    });
}

void ConnectionTest::cancel()
{
    if (m_client) {
        m_client->abort();
    }
}

void ConnectionTest::connectClient()
{
    m_client = new SmtpClient(m_settings, this);
    connect(m_client, &SmtpClient::errorOccurred, this, &ConnectionTest::onClientError);
    connect(m_client, &SmtpClient::stepFinished, this, [this](Smtp::Step step, const SmtpReply &, qint64) {
        if (step == Smtp::Step::Connect && m_current == StepId::Connect) {
            end(true, m_client->peerDescription());
            if (m_settings.security == Smtp::Security::Tls) {
                begin(StepId::Tls);
            } else {
                begin(StepId::Greeting);
                QTimer::singleShot(m_probeDelay, this, [this] {
                    if (!m_greeted && !m_finished && m_current == StepId::Greeting) {
                        startTlsProbe();
                    }
                });
            }
        }
    });
    connect(m_client, &SmtpClient::tlsEstablished, this, [this](const SmtpTlsInfo &info) {
        m_tlsInfo = info;
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
        if (m_current == StepId::Tls || m_current == StepId::StartTls) {
            end(true, detail);
        }
        if (m_settings.security == Smtp::Security::Tls) {
            begin(StepId::Greeting);
        } else {
            begin(StepId::EhloAfterTls);
        }
    });
    Q_EMIT clientCreated(m_client);
    begin(StepId::Connect);
    m_client->connectToServer([this](const SmtpReply &r) { onGreeting(r); });
}

void ConnectionTest::startTlsProbe()
{
    // No greeting yet: is this port waiting for a TLS ClientHello? A separate socket asks. It sends nothing
    // but a handshake, so whatever certificate comes back does not matter: reaching it is the answer.
    m_probe = new QSslSocket(this);
    const auto spokeTls = [this] {
        if (m_finished || m_greeted) {
            return;
        }
        const SmtpError error
            = SmtpAdvice::tlsExpectedByServer(m_settings.effectivePort(), m_settings.security);
        end(false, tr("no greeting: the port answered a TLS handshake instead"));
        if (m_probe) {
            m_probe->abort();
        }
        if (m_client) {
            m_client->disconnect(this);
            m_client->abort();
        }
        fail(error);
    };
    connect(m_probe, &QSslSocket::sslErrors, this, spokeTls);
    connect(m_probe, &QSslSocket::encrypted, this, spokeTls);
    m_probe->setPeerVerifyName(m_settings.host);
    m_probe->setProxy(m_settings.proxy);
    m_probe->connectToHostEncrypted(m_settings.host, m_settings.effectivePort());
}

void ConnectionTest::onGreeting(const SmtpReply &reply)
{
    m_greeted = true;
    if (m_probe) {
        m_probe->abort();
    }
    end(true, reply.message(), reply);
    begin(StepId::Ehlo);
    if (!m_client->hello([this](const SmtpReply &r) { onEhlo(r, false); })) {
        fail(m_client->lastError());
    }
}

void ConnectionTest::onEhlo(const SmtpReply &reply, bool afterTls)
{
    if (!reply.isPositive()) {
        end(false, reply.message(), reply);
        fail(SmtpAdvice::helloRefused(reply));
        return;
    }
    m_capabilities = m_client->capabilities();
    end(true, m_capabilities.isEmpty() ? tr("HELO only: no extensions") : m_capabilities.toDisplayString(),
        reply);
    if (!afterTls && m_settings.security == Smtp::Security::StartTls) {
        begin(StepId::StartTls);
        if (!m_capabilities.startTls()) {
            end(false, tr("not offered"));
            fail(SmtpAdvice::startTlsNotOffered(m_client->peerDescription()));
            return;
        }
        m_client->startTls([this](const SmtpReply &r) {
            if (!m_client->isEncrypted()) {
                end(false, r.message(), r);
                fail(SmtpAdvice::startTlsRefused(r));
                return;
            }
            onEhlo(r, true);
        });
        return;
    }
    doAuth();
}

void ConnectionTest::doAuth()
{
    const QByteArray requested = m_settings.authMechanism.toUpper();
    if (requested == "NONE"
        || ((requested.isEmpty() || requested == "AUTO") && m_settings.credentials.isEmpty())) {
        doMail();
        return;
    }
    begin(StepId::Auth);
    QByteArray mechanism = requested;
    if (requested.isEmpty() || requested == "AUTO") {
        mechanism = m_client->autoMechanism();
        if (mechanism.isEmpty()) {
            mechanism = "AUTO";
        }
    }
    const bool ok = m_client->authenticate(mechanism, [this, mechanism](const SmtpReply &reply) {
        if (reply.isPositive()) {
            end(true, tr("logged in with %1").arg(QString::fromLatin1(mechanism)), reply);
            doMail();
            return;
        }
        end(false, reply.message(), reply);
        SmtpError::Code code = SmtpError::AuthenticationFailed;
        fail(SmtpError(code, Smtp::Step::Authenticate, reply.summary(), reply));
    });
    if (!ok) {
        end(false, m_client->lastError().message());
        fail(m_client->lastError());
    }
}

void ConnectionTest::doMail()
{
    if (m_sender.isEmpty()) {
        doQuit();
        return;
    }
    begin(StepId::MailFrom);
    SmtpMailParameters params;
    params.size = m_messageSize;
    const bool ok = m_client->mail(m_sender, params, [this](const SmtpReply &reply) {
        if (!reply.isPositive()) {
            end(false, reply.message(), reply);
            // RFC 1870 section 6.1: 552 (or 5.3.4 / 5.2.3) to MAIL FROM with SIZE= means the announced size
            // is over the server's limit, not that the sender is refused.
            const QByteArray enhanced = reply.enhancedCode();
            const bool tooLarge = m_messageSize >= 0
                && (reply.code() == 552 || enhanced == "5.3.4" || enhanced == "5.2.3" || enhanced == "4.3.4");
            fail(SmtpError(tooLarge ? SmtpError::MessageTooLarge : SmtpError::SenderRefused,
                Smtp::Step::MailFrom, reply.summary(), reply));
            return;
        }
        end(true, reply.message(), reply);
        doRcpt();
    });
    if (!ok) {
        end(false, m_client->lastError().message());
        fail(m_client->lastError());
    }
}

void ConnectionTest::doRcpt()
{
    if (m_recipient.isEmpty()) {
        doReset();
        return;
    }
    begin(StepId::RcptTo);
    const bool ok = m_client->rcpt(m_recipient, {}, [this](const SmtpReply &reply) {
        if (!reply.isPositive()) {
            end(false, reply.message(), reply);
            fail(SmtpError(SmtpError::AllRecipientsRefused, Smtp::Step::RcptTo, reply.summary(), reply));
            return;
        }
        end(true, reply.message(), reply);
        doReset();
    });
    if (!ok) {
        end(false, m_client->lastError().message());
        fail(m_client->lastError());
    }
}

void ConnectionTest::doReset()
{
    begin(StepId::Reset);
    m_client->reset([this](const SmtpReply &reply) {
        end(reply.isPositive(), reply.message(), reply);
        doQuit();
    });
}

void ConnectionTest::doQuit()
{
    begin(StepId::Quit);
    connect(m_client, &SmtpClient::disconnected, this, [this] {
        end(true);
        finish();
    });
    m_client->quit([this](const SmtpReply &reply) { end(true, reply.message(), reply); });
}

void ConnectionTest::onClientError(const SmtpError &error)
{
    if (m_finished) {
        return;
    }
    if (m_inStep) {
        end(false, error.message(), error.reply());
    }
    fail(error);
}

void ConnectionTest::fail(const SmtpError &error)
{
    if (m_finished || m_diagnosis.error.isError()) {
        return; // the first failure is the diagnosis; the goodbye after it may fail too
    }
    diagnose(error);
    if (m_client) {
        m_client->disconnect(this);
        if (m_client->isConnected() && m_client->quit()) {
            // Say goodbye before reporting (RFC 5321 4.1.1.10), so the server logs a clean end rather than a
            // dropped line — and the caller may destroy this object as soon as finished() arrives. A server
            // that does not answer QUIT holds the result back for a moment only.
            connect(m_client, &SmtpClient::disconnected, this, &ConnectionTest::finish);
            connect(m_client, &SmtpClient::errorOccurred, this, [this] { finish(); });
            QTimer::singleShot(2000, this, &ConnectionTest::finish);
            return;
        }
    }
    finish();
}

void ConnectionTest::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_probe) {
        m_probe->abort();
    }
    Q_EMIT finished(passed());
}

void ConnectionTest::diagnose(const SmtpError &error)
{
    DiagnosisContext context;
    context.capabilities = m_capabilities;
    context.encrypted = m_client && m_client->isEncrypted();
    context.sender = m_sender;
    context.recipient = m_recipient;
    context.messageSize = m_messageSize;
    m_diagnosis = diagnose(error, m_settings, context);
}

ConnectionTest::Diagnosis ConnectionTest::diagnose(
    const SmtpError &error, const SmtpConnectionSettings &settings)
{
    return diagnose(error, settings, DiagnosisContext());
}

ConnectionTest::Diagnosis ConnectionTest::diagnose(
    const SmtpError &error, const SmtpConnectionSettings &settings, const DiagnosisContext &context)
{
    const SmtpConnectionSettings &m_settings = settings;
    const SmtpCapabilities &m_capabilities = context.capabilities;
    const QString &m_sender = context.sender;
    const QString &m_recipient = context.recipient;
    const qint64 m_messageSize = context.messageSize;
    Diagnosis result;
    Diagnosis &d = result;
    d.error = error;
    d.suggested = m_settings;
    const quint16 port = m_settings.effectivePort();
    const QString host = m_settings.host;
    const auto suggest = [&](Smtp::Security security, quint16 newPort) {
        d.hasSuggestion = true;
        d.suggested.security = security;
        d.suggested.port = newPort;
    };
    switch (error.code()) {
    case SmtpError::TlsExpectedByServer:
        d.code = QStringLiteral("starttls-on-implicit-tls-port");
        d.message = SmtpAdvice::tlsExpectedByServer(port, m_settings.security).message();
        suggest(Smtp::Security::Tls, port);
        return result;
    case SmtpError::TlsNotSpokenByServer:
        d.code = QStringLiteral("tls-on-plain-port");
        d.message
            = tr("The server on port %1 starts in plain text and upgrades with STARTTLS; choose STARTTLS "
                 "instead of SSL/TLS.")
                  .arg(port);
        suggest(Smtp::Security::StartTls, port);
        return result;
    case SmtpError::ConnectionRefused:
        d.code = QStringLiteral("connection-refused");
        d.message = tr("Nothing accepts connections on %1 port %2. Check the server name and the port: mail "
                       "submission uses 465 (SSL/TLS) or 587 (STARTTLS).")
                        .arg(host)
                        .arg(port);
        return result;
    case SmtpError::HostNotFound:
        d.code = QStringLiteral("host-not-found");
        d.message = error.message();
        return result;
    case SmtpError::CertificateUntrusted:
    case SmtpError::CertificatePinMismatch: {
        QSslError::SslError kind = QSslError::NoError;
        for (const QSslError &e : error.sslErrors()) {
            if (e.error() == QSslError::HostNameMismatch || e.error() == QSslError::CertificateExpired
                || e.error() == QSslError::CertificateNotYetValid) {
                kind = e.error();
                break;
            }
        }
        const QSslCertificate leaf = error.certificateChain().value(0);
        const QByteArray fp = SmtpTlsInfo::fingerprint(leaf);
        if (error.code() == SmtpError::CertificatePinMismatch) {
            d.code = QStringLiteral("certificate-changed");
        } else if (kind == QSslError::HostNameMismatch) {
            d.code = QStringLiteral("certificate-name-mismatch");
        } else if (kind == QSslError::CertificateExpired) {
            d.code = QStringLiteral("certificate-expired");
        } else if (kind == QSslError::CertificateNotYetValid) {
            d.code = QStringLiteral("certificate-not-yet-valid");
        } else {
            d.code = QStringLiteral("certificate-untrusted");
        }
        d.message = error.message();
        if (!fp.isEmpty()) {
            if (!d.message.contains(SmtpTlsInfo::formatFingerprint(fp))) {
                d.message += tr(" Its SHA-256 fingerprint is %1.").arg(SmtpTlsInfo::formatFingerprint(fp));
            }
            // Trusting means pinning exactly this certificate for this account's host.
            d.hasSuggestion = true;
            d.suggested.tls.pinnedSha256 = { fp };
        }
        return result;
    }
    case SmtpError::StartTlsNotOffered:
        d.code = QStringLiteral("starttls-not-offered");
        d.message = error.message();
        return result;
    case SmtpError::StartTlsRefused:
        d.code = QStringLiteral("starttls-refused");
        d.message = error.message();
        return result;
    case SmtpError::AuthRequiresTls:
        d.code = QStringLiteral("auth-requires-tls");
        d.message = error.message();
        if (m_capabilities.startTls()) {
            suggest(Smtp::Security::StartTls, port);
        }
        return result;
    case SmtpError::AuthNotOffered:
        if (!context.encrypted) {
            if (m_capabilities.startTls()) {
                d.code = QStringLiteral("auth-requires-tls");
                d.message
                    = tr("The server offers login only after encryption (it offers STARTTLS but no AUTH "
                         "yet); choose STARTTLS.");
                suggest(Smtp::Security::StartTls, port);
                return result;
            }
        }
        d.code = QStringLiteral("auth-not-offered");
        d.message
            = tr("The server at %1 port %2 offers no login at all. It may be a relay that does not need one "
                 "from here (set authentication to none), or the wrong port: submission with login is "
                 "usually 587 or 465.")
                  .arg(host)
                  .arg(port);
        return result;
    case SmtpError::AuthMechanismNotOffered:
        d.code = QStringLiteral("auth-mechanism-not-offered");
        d.message = error.message();
        d.hasSuggestion = true;
        d.suggested.authMechanism = "auto";
        return result;
    case SmtpError::AuthMechanismUnsupported:
        d.code = QStringLiteral("auth-mechanism-unsupported");
        d.message = error.message();
        return result;
    case SmtpError::AuthenticationFailed: {
        const SmtpReply &r = error.reply();
        const QByteArray enhanced = r.enhancedCode();
        const QString text = r.message().toLower();
        if (r.code() == 538 || enhanced == "5.7.11"
            || (r.code() == 530
                && (text.contains(QLatin1String("starttls")) || text.contains(QLatin1String("tls"))))) {
            d.code = QStringLiteral("auth-requires-tls");
            d.message
                = tr("The server refuses to log in before the connection is encrypted (%1); choose STARTTLS "
                     "or SSL/TLS.")
                      .arg(r.summary());
            if (m_capabilities.startTls()) {
                suggest(Smtp::Security::StartTls, port);
            }
            return result;
        }
        if (r.isTransientFailure()) {
            d.code = QStringLiteral("auth-temporary-failure");
            d.message = tr("The server could not check the login right now (%1); try again later.")
                            .arg(r.summary());
            return result;
        }
        d.code = QStringLiteral("auth-failed");
        d.message
            = tr("The server refused the user name or password (%1). Check both; some providers need an app "
                 "password.")
                  .arg(r.summary());
        return result;
    }
    case SmtpError::AuthServerNotVerified:
        d.code = QStringLiteral("auth-server-not-verified");
        d.message = error.message();
        return result;
    case SmtpError::SenderRefused:
        d.code = QStringLiteral("sender-refused");
        d.message
            = tr("The server refused the sender address %1 (%2). Many servers only accept the address that "
                 "belongs to the login; check the account's address.")
                  .arg(m_sender, error.reply().summary());
        return result;
    case SmtpError::AllRecipientsRefused:
        d.code = QStringLiteral("recipient-refused");
        d.message
            = tr("The server refused the test recipient %1 (%2).").arg(m_recipient, error.reply().summary());
        return result;
    case SmtpError::MessageTooLarge:
        d.code = QStringLiteral("message-too-large");
        d.message = error.reply().isValid() ? tr("The server refuses a message of %1 bytes (%2). Send "
                                                 "smaller attachments, or a link to the files.")
                                                  .arg(m_messageSize)
                                                  .arg(error.reply().summary())
                                            : error.message();
        return result;
    default:
        d.code = error.codeName();
        d.message = error.message();
        return result;
    }
    return result;
}
