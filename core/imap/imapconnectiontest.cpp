#include "imapconnectiontest.h"

#include "imapsessionopener.h"
#include "imapwording.h"
#include "tlstrust.h"

#include <QTimer>

ImapConnectionTest::ImapConnectionTest(const ImapConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{ }

ImapConnectionTest::~ImapConnectionTest() = default;

void ImapConnectionTest::setSentFolder(bool discover, const QString &folder, bool createFolder)
{
    m_discover = discover;
    m_folderName = folder;
    m_createFolder = createFolder;
}

QString ImapConnectionTest::stepName(StepId id)
{
    switch (id) {
    case StepId::Connect:
        return QStringLiteral("imap-connect");
    case StepId::Tls:
        return QStringLiteral("imap-tls");
    case StepId::Greeting:
        return QStringLiteral("imap-greeting");
    case StepId::StartTls:
        return QStringLiteral("imap-starttls");
    case StepId::Login:
        return QStringLiteral("imap-login");
    case StepId::SentFolder:
        return QStringLiteral("imap-sent-folder");
    case StepId::Logout:
        return QStringLiteral("imap-logout");
    }
    return {};
}

QString ImapConnectionTest::stepTitle(StepId id)
{
    switch (id) {
    case StepId::Connect:
        return tr("Connecting to the IMAP server");
    case StepId::Tls:
        return tr("Encrypting (TLS)");
    case StepId::Greeting:
        return tr("IMAP server greeting");
    case StepId::StartTls:
        return tr("Starting encryption (STARTTLS)");
    case StepId::Login:
        return tr("Logging in to IMAP");
    case StepId::SentFolder:
        return tr("Finding the Sent folder");
    case StepId::Logout:
        return tr("Logging out");
    }
    return {};
}

void ImapConnectionTest::begin(StepId id)
{
    m_current = id;
    m_inStep = true;
    m_stepClock.start();
    Q_EMIT stepStarted(id);
}

void ImapConnectionTest::end(bool ok, const QString &detail)
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
    m_steps.append(step);
    Q_EMIT stepFinished(step);
}

void ImapConnectionTest::start()
{
    m_client = new ImapClient(m_settings, this);
    m_opener = new ImapSessionOpener(m_client, this);
    watchClient();
    connect(m_opener, &ImapSessionOpener::opened, this, &ImapConnectionTest::onOpened);
    connect(m_opener, &ImapSessionOpener::failed, this, &ImapConnectionTest::fail);
    Q_EMIT clientCreated(m_client);
    begin(StepId::Connect);
    m_opener->start();
}

void ImapConnectionTest::watchClient()
{
    const bool implicitTls = m_settings.security == Smtp::Security::Tls;
    connect(m_client, &ImapClient::stepFinished, this,
        [this, implicitTls](Imap::Step step, const ImapResponse &r) {
            if (step == Imap::Step::Connect && m_current == StepId::Connect) {
                end(true, m_client->peerDescription());
                begin(implicitTls ? StepId::Tls : StepId::Greeting);
            } else if (step == Imap::Step::Greeting && m_current == StepId::Greeting) {
                end(true, r.message());
                // PREAUTH where STARTTLS is required fails the STARTTLS step: that is what it prevents.
                begin(m_settings.security == Smtp::Security::StartTls ? StepId::StartTls : StepId::Login);
            }
        });
    connect(m_client, &ImapClient::tlsEstablished, this, [this](const SmtpTlsInfo &info) {
        const QString detail = TlsTrust::describeSession(info);
        const bool startTls = m_current == StepId::StartTls;
        end(true, detail);
        begin(startTls ? StepId::Login : StepId::Greeting);
    });
    connect(m_client, &ImapClient::authenticated, this, [this](const QByteArray &mechanism) {
        end(true, ImapWording::loggedInWith(QString::fromLatin1(mechanism)));
    });
}

void ImapConnectionTest::onOpened()
{
    if (m_inStep && m_current == StepId::Login) {
        end(true, ImapWording::preauthenticated());
    }
    begin(StepId::SentFolder);
    const QByteArray pattern = m_discover ? QByteArray("*") : ImapMailbox::encodeName(m_folderName);
    if (!m_client->list(pattern, m_discover, [this](const ImapCommandResult &r) { onListed(r); })) {
        fail(m_client->lastError());
    }
}

void ImapConnectionTest::onListed(const ImapCommandResult &result)
{
    if (!result.isOk()) {
        fail(ImapError(ImapError::CommandRefused, Imap::Step::List,
            ImapWording::listRefused(result.completion.summary()), result.completion));
        return;
    }
    const QList<ImapMailbox> mailboxes = ImapSentFolder::mailboxes(result);
    m_folder = m_discover ? ImapSentFolder::choose(mailboxes, m_folderName)
                          : ImapSentFolder::configuredFolder(m_folderName);
    for (const ImapMailbox &m : mailboxes) {
        m_folder.exists = m_folder.exists || (m.isSelectable() && m.wireName == m_folder.wireName);
    }
    if (!m_folder.exists && !m_createFolder) {
        fail(ImapError(ImapError::FolderNotFound, Imap::Step::List, ImapWording::noSentFolder(m_folderName)));
        return;
    }
    QString detail;
    if (!m_folder.exists) {
        detail = ImapWording::folderWillBeCreated(m_folder.name);
    } else if (m_folder.how == ImapSentFolder::How::SpecialUse) {
        detail = ImapWording::folderFoundBySpecialUse(m_folder.name);
    } else if (m_folder.how == ImapSentFolder::How::ByName) {
        detail = ImapWording::folderFoundByName(m_folder.name);
    } else {
        detail = ImapWording::folderConfigured(m_folder.name);
    }
    end(true, detail);
    logout();
}

void ImapConnectionTest::logout()
{
    begin(StepId::Logout);
    connect(m_client, &ImapClient::disconnected, this, [this] {
        end(true);
        finish();
    });
    if (!m_client->logout()) {
        end(true);
        finish();
    }
}

void ImapConnectionTest::cancel()
{
    if (m_client) {
        m_client->abort();
    }
}

void ImapConnectionTest::fail(const ImapError &error)
{
    if (m_finished || m_diagnosis.error.isError()) {
        return; // the first failure is the diagnosis; the goodbye after it may fail too
    }
    if (m_inStep) {
        end(false, error.message());
    }
    m_diagnosis = diagnose(error, m_settings);
    if (m_client && m_client->isConnected()) {
        // Say goodbye before reporting, so the server logs a clean end; a server that does not answer holds
        // the result back for a moment only.
        m_client->disconnect(this);
        connect(m_client, &ImapClient::disconnected, this, &ImapConnectionTest::finish);
        if (m_client->logout()) {
            QTimer::singleShot(2000, this, &ImapConnectionTest::finish);
            return;
        }
    }
    finish();
}

void ImapConnectionTest::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(passed());
}

ImapConnectionTest::Diagnosis ImapConnectionTest::diagnose(
    const ImapError &error, const ImapConnectionSettings &settings)
{
    Diagnosis d;
    d.error = error;
    d.suggested = settings;
    d.code = error.codeName();
    d.message = error.message();
    const auto suggest = [&](Smtp::Security security, quint16 port) {
        d.hasSuggestion = true;
        d.suggested.security = security;
        d.suggested.port = port;
    };
    switch (error.code()) {
    case ImapError::TlsExpectedByServer:
        d.code = QStringLiteral("starttls-on-implicit-tls-port");
        suggest(Smtp::Security::Tls, settings.effectivePort());
        break;
    case ImapError::TlsNotSpokenByServer:
        d.code = QStringLiteral("tls-on-plain-port");
        suggest(Smtp::Security::StartTls, settings.effectivePort());
        break;
    case ImapError::StartTlsNotOffered:
        suggest(Smtp::Security::Tls, 993);
        break;
    case ImapError::CertificateUntrusted:
    case ImapError::CertificatePinMismatch: {
        const QByteArray fp = SmtpTlsInfo::fingerprint(error.certificateChain().value(0));
        if (error.code() == ImapError::CertificatePinMismatch) {
            d.code = QStringLiteral("certificate-changed");
        }
        if (!fp.isEmpty()) {
            // Trusting means pinning exactly this certificate for this account's IMAP host.
            d.hasSuggestion = true;
            d.suggested.tls.pinnedSha256 = { fp };
        }
        break;
    }
    case ImapError::AuthMechanismNotOffered:
        d.hasSuggestion = true;
        d.suggested.authMechanism = "auto";
        break;
    case ImapError::AuthenticationFailed:
        if (error.isTemporary()) {
            d.code = QStringLiteral("auth-temporary-failure");
        } else if (error.response().code() == "PRIVACYREQUIRED"
            && settings.security == Smtp::Security::None) {
            d.code = QStringLiteral("auth-requires-tls");
            suggest(Smtp::Security::StartTls, settings.effectivePort());
        }
        break;
    default:
        break;
    }
    return d;
}
