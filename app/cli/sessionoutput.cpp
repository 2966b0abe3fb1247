#include "sessionoutput.h"

#include "cliutil.h"

#include "smtp/smtpsender.h"

SessionOutput::SessionOutput(bool trace, bool progress, QObject *parent)
    : QObject(parent), m_trace(trace), m_progress(progress ? std::make_unique<ProgressLine>() : nullptr)
{ }

SessionOutput::~SessionOutput() = default;

void SessionOutput::attach(SmtpSender *sender)
{
    SmtpClient *client = sender->client();
    if (m_trace) {
        if (!m_stderr.isOpen()) {
            m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
            m_transcript.setDevice(&m_stderr);
        }
        client->setTranscript(&m_transcript);
    }
    if (m_progress) {
        const SmtpConnectionSettings &settings = client->settings();
        m_progress->attach(sender, QStringLiteral("%1:%2").arg(settings.host).arg(settings.effectivePort()));
    }
    const auto warn = [this](const QString &warning) {
        if (m_progress) {
            m_progress->clear(); // the warning on a line of its own; the progress comes back below it
        }
        Cli::err(CliText::tr("epistle: warning: ") + warning);
    };
    connect(client, &SmtpClient::insecureAuthentication, this, warn);
    connect(client, &SmtpClient::warning, this, warn);
}

void SessionOutput::finish()
{
    if (m_progress) {
        m_progress->finish();
    }
}
