#include "connectiontest.h"

#include "smtp/sasl.h"
#include "smtp/smtpadvice.h"
#include "tlstrust.h"

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
                startGreetingWait();
            }
        }
    });
    connect(m_client, &SmtpClient::tlsEstablished, this, [this](const SmtpTlsInfo &info) {
        m_tlsInfo = info;
        const QString detail = TlsTrust::describeSession(info);
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

void ConnectionTest::startGreetingWait()
{
    begin(StepId::Greeting);
    // A port that waits for a TLS ClientHello stays silent until the greeting times out. Port 465 is implicit
    // TLS (RFC 8314 section 3.3), so ask it at once; elsewhere a greeting normally comes within a second, and
    // the probe is only a second connection that offers a handshake, so it costs the server little.
    const int delay = m_probeDelay >= 0 ? m_probeDelay : (m_settings.effectivePort() == 465 ? 0 : 1000);
    QTimer::singleShot(delay, this, [this] {
        if (!m_greeted && !m_finished && m_current == StepId::Greeting && !m_diagnosis.error.isError()) {
            startTlsProbe();
        }
    });
}

void ConnectionTest::startTlsProbe()
{
    m_probed = true;
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
    // Had the probe met TLS, the test would have stopped there.
    context.tlsProbeUnanswered = m_probed && !m_greeted;
    m_diagnosis = diagnose(error, m_settings, context);
}

ConnectionTest::Diagnosis ConnectionTest::signInExpired(const QString &message)
{
    Diagnosis d;
    d.code = QStringLiteral("oauth-sign-in-expired");
    d.message = message;
    d.signInAgain = true;
    d.error = SmtpError(SmtpError::AuthenticationFailed, Smtp::Step::Authenticate, message);
    return d;
}

ConnectionTest::Diagnosis ConnectionTest::diagnose(
    const SmtpError &error, const SmtpConnectionSettings &settings)
{
    return diagnose(error, settings, DiagnosisContext());
}

ConnectionTest::Diagnosis ConnectionTest::diagnose(
    const SmtpError &error, const SmtpConnectionSettings &settings, const DiagnosisContext &context)
{
    Diagnosis d = named(error, settings, error.codeName(), error.message());
    switch (error.code()) {
    case SmtpError::TlsExpectedByServer:
    case SmtpError::TlsNotSpokenByServer:
        return securityMismatch(d, context);
    case SmtpError::ConnectionRefused:
        d.code = QStringLiteral("connection-refused");
        return d;
    case SmtpError::GreetingRefused:
        d.message = SmtpAdvice::greetingRefusedCauses(peerOf(settings), error.reply());
        return d;
    case SmtpError::Timeout:
        return error.step() == Smtp::Step::Greeting ? noGreeting(d, context) : d;
    case SmtpError::CertificateUntrusted:
    case SmtpError::CertificatePinMismatch:
        return certificate(d);
    case SmtpError::AuthRequiresTls:
    case SmtpError::AuthNotOffered:
    case SmtpError::AuthMechanismNotOffered:
    case SmtpError::AuthMechanismUnsupported:
    case SmtpError::AuthenticationFailed:
    case SmtpError::AuthServerNotVerified:
        return login(d, context);
    case SmtpError::SenderRefused:
    case SmtpError::AllRecipientsRefused:
    case SmtpError::MessageTooLarge:
        return envelope(d, context);
    default:
        return d;
    }
}

// ---- the diagnosis, one step per kind of failure ----

QString ConnectionTest::peerOf(const SmtpConnectionSettings &settings)
{
    return settings.host + QLatin1Char(':') + QString::number(settings.effectivePort());
}

ConnectionTest::Diagnosis ConnectionTest::named(const SmtpError &error,
    const SmtpConnectionSettings &settings, const QString &code, const QString &message)
{
    Diagnosis d;
    d.error = error;
    d.suggested = settings;
    d.code = code;
    d.message = message;
    return d;
}

void ConnectionTest::suggest(Diagnosis &d, Smtp::Security security, quint16 port)
{
    d.hasSuggestion = true;
    d.suggested.security = security;
    d.suggested.port = port;
}

ConnectionTest::Diagnosis ConnectionTest::securityMismatch(Diagnosis d, const DiagnosisContext &)
{
    const quint16 port = d.suggested.effectivePort();
    if (d.error.code() == SmtpError::TlsExpectedByServer) {
        // The engine words it for the port; the diagnosis words it for what the person chose.
        d.code = QStringLiteral("starttls-on-implicit-tls-port");
        d.message = SmtpAdvice::tlsExpectedByServer(port, d.suggested.security).message();
        suggest(d, Smtp::Security::Tls, port);
        return d;
    }
    d.code = QStringLiteral("tls-on-plain-port");
    d.message = SmtpAdvice::tlsNotSpokenByServer(port).message();
    suggest(d, Smtp::Security::StartTls, port);
    return d;
}

ConnectionTest::Diagnosis ConnectionTest::noGreeting(Diagnosis d, const DiagnosisContext &context)
{
    const quint16 port = d.suggested.effectivePort();
    const QString peer = peerOf(d.suggested);
    if (d.suggested.security == Smtp::Security::Tls || context.encrypted) {
        d.code = QStringLiteral("no-greeting");
        d.message = SmtpAdvice::noGreetingAfterTls(peer);
        return d;
    }
    if (!context.tlsProbeUnanswered) {
        return d; // the engine's sentence names the implicit-TLS possibility the probe did not rule out
    }
    // Silent in plain text and in TLS: the other submission port is the setting worth trying (RFC 8314:
    // 465 implicit TLS, 587 STARTTLS); port 25 is the one networks most often hold or block.
    d.code = QStringLiteral("no-greeting");
    const Smtp::Security security = port == 587 ? Smtp::Security::Tls : Smtp::Security::StartTls;
    const quint16 other = port == 587 ? 465 : 587;
    d.message = SmtpAdvice::noGreetingNoTls(peer, security, other);
    suggest(d, security, other);
    return d;
}

ConnectionTest::Diagnosis ConnectionTest::certificate(Diagnosis d)
{
    QSslError::SslError kind = QSslError::NoError;
    for (const QSslError &e : d.error.sslErrors()) {
        if (e.error() == QSslError::HostNameMismatch || e.error() == QSslError::CertificateExpired
            || e.error() == QSslError::CertificateNotYetValid) {
            kind = e.error();
            break;
        }
    }
    if (d.error.code() == SmtpError::CertificatePinMismatch) {
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
    const QByteArray fp = SmtpTlsInfo::fingerprint(d.error.certificateChain().value(0));
    if (!fp.isEmpty()) {
        const QString formatted = SmtpTlsInfo::formatFingerprint(fp);
        if (!d.message.contains(formatted)) {
            d.message += QLatin1Char(' ') + SmtpAdvice::certificateFingerprint(formatted);
        }
        // Trusting means pinning exactly this certificate for this account's host.
        d.hasSuggestion = true;
        d.suggested.tls.pinnedSha256 = { fp };
    }
    return d;
}

ConnectionTest::Diagnosis ConnectionTest::login(Diagnosis d, const DiagnosisContext &context)
{
    const quint16 port = d.suggested.effectivePort();
    const SmtpReply &r = d.error.reply();
    switch (d.error.code()) {
    case SmtpError::AuthRequiresTls:
        d.code = QStringLiteral("auth-requires-tls");
        break;
    case SmtpError::AuthNotOffered:
        // The engine's sentence already says whether STARTTLS comes first.
        d.code = !context.encrypted && context.capabilities.startTls() ? QStringLiteral("auth-requires-tls")
                                                                       : QStringLiteral("auth-not-offered");
        break;
    case SmtpError::AuthMechanismNotOffered:
        d.code = QStringLiteral("auth-mechanism-not-offered");
        d.hasSuggestion = true;
        d.suggested.authMechanism = "auto";
        return d;
    case SmtpError::AuthMechanismUnsupported:
        d.code = QStringLiteral("auth-mechanism-unsupported");
        return d;
    case SmtpError::AuthServerNotVerified:
        d.code = QStringLiteral("auth-server-not-verified");
        return d;
    default: {
        const QString text = r.message().toLower();
        if (r.code() == 538 || r.enhancedCode() == "5.7.11"
            || (r.code() == 530 && text.contains(QLatin1String("tls")))) {
            d.code = QStringLiteral("auth-requires-tls");
            d.message = SmtpAdvice::loginNeedsEncryption(r);
        } else if (r.isTransientFailure()) {
            d.code = QStringLiteral("auth-temporary-failure");
            d.message = SmtpAdvice::loginUnavailable(r);
        } else if (usesSignInToken(d.suggested)) {
            d.code = QStringLiteral("oauth-token-refused");
            d.message = SmtpAdvice::signInTokenRefused(r);
            d.signInAgain = true;
        } else {
            d.code = QStringLiteral("auth-failed");
            d.message = SmtpAdvice::loginRefused(r).message();
        }
    }
    }
    if (d.code == QLatin1String("auth-requires-tls") && context.capabilities.startTls()) {
        suggest(d, Smtp::Security::StartTls, port);
    }
    return d;
}

bool ConnectionTest::usesSignInToken(const SmtpConnectionSettings &settings)
{
    const QByteArray mechanism = settings.authMechanism.toUpper();
    return mechanism == "XOAUTH2" || mechanism == "OAUTHBEARER" || !settings.credentials.oauthToken.isEmpty();
}

bool ConnectionTest::asksForLogin(const SmtpReply &reply)
{
    // RFC 4954 section 6: "530 5.7.0 Authentication required". Some servers use 5.7.0/5.7.1 with other codes
    // and say so in words.
    const QString text = reply.message().toLower();
    return reply.code() == 530
        || (reply.enhancedCode().startsWith("5.7.")
            && (text.contains(QLatin1String("authentication required"))
                || text.contains(QLatin1String("not authenticated"))));
}

ConnectionTest::Diagnosis ConnectionTest::envelope(Diagnosis d, const DiagnosisContext &context)
{
    const SmtpReply &r = d.error.reply();
    const QByteArray auth = d.suggested.authMechanism.toUpper();
    if (d.error.code() != SmtpError::MessageTooLarge && asksForLogin(r)
        && (d.suggested.credentials.isEmpty() || auth == "NONE")) {
        d.code = QStringLiteral("auth-required");
        if (d.suggested.credentials.isEmpty()) {
            d.message = SmtpAdvice::loginRequired(r);
            d.needsLogin = true;
        } else {
            d.message = SmtpAdvice::loginTurnedOff(r);
            d.hasSuggestion = true;
            d.suggested.authMechanism = "auto";
        }
        return d;
    }
    switch (d.error.code()) {
    case SmtpError::SenderRefused:
        d.code = QStringLiteral("sender-refused");
        d.message = SmtpAdvice::senderRefused(context.sender, r).message();
        break;
    case SmtpError::AllRecipientsRefused:
        d.code = QStringLiteral("recipient-refused");
        d.message = SmtpAdvice::testRecipientRefused(context.recipient, r);
        break;
    default:
        d.code = QStringLiteral("message-too-large");
        if (r.isValid()) {
            d.message = SmtpAdvice::sizeRefused(context.messageSize, r);
        }
    }
    return d;
}
