#include "sessionoutput.h"

#include "cliutil.h"

#include "smtp/smtpsender.h"

SessionOutput::SessionOutput(bool trace, QObject *parent) : QObject(parent), m_trace(trace) { }

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
    const auto warn = [](const QString &warning) { Cli::err(CliText::tr("epistle: warning: ") + warning); };
    connect(client, &SmtpClient::insecureAuthentication, this, warn);
    connect(client, &SmtpClient::warning, this, warn);
}
