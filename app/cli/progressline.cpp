#include "progressline.h"

#include <QLocale>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// Long enough that a send over a good connection shows nothing; short enough that a slow one is not silent.
constexpr int DelayMs = 1000;
// Byte counts change with every chunk; ten redraws a second are plenty for a person.
constexpr int RedrawIntervalMs = 100;

int terminalColumns()
{
    winsize size {};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    return 80;
}

void writeStderr(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fflush(stderr);
}

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

bool ProgressLine::wanted(bool json, bool trace)
{
    return !json && !trace && isatty(STDERR_FILENO);
}

ProgressLine::ProgressLine(QObject *parent) : QObject(parent)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        m_shown = !m_finished;
        draw();
    });
    m_delay.start(DelayMs);
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::attach(SmtpSender *sender, const QString &server)
{
    m_server = server;
    m_sent = m_total = -1;
    setStep(sender->progress());
    connect(sender, &SmtpSender::progressChanged, this, &ProgressLine::setStep);
    connect(sender, &SmtpSender::bodyProgress, this,
        [this](int, qint64 sent, qint64 total) { setBytes(sent, total); });
}

void ProgressLine::setStep(SmtpSender::Progress progress)
{
    m_progress = progress;
    if (progress == SmtpSender::Progress::Done || progress == SmtpSender::Progress::Failed) {
        clear();
        return;
    }
    draw();
}

void ProgressLine::setBytes(qint64 sent, qint64 total)
{
    m_sent = sent;
    m_total = total;
    // Throttled, but the last chunk always shows.
    if (!m_lastDraw.isValid() || m_lastDraw.elapsed() >= RedrawIntervalMs || (total >= 0 && sent >= total)) {
        draw();
    }
}

QString ProgressLine::text() const
{
    switch (m_progress) {
    case SmtpSender::Progress::Idle:
    case SmtpSender::Progress::Connecting:
        return tr("Connecting to %1...").arg(m_server);
    case SmtpSender::Progress::Securing:
        return tr("Securing the connection (TLS)...");
    case SmtpSender::Progress::Authenticating:
        return tr("Logging in...");
    case SmtpSender::Progress::SendingEnvelope:
        return tr("Giving the sender and the recipients...");
    case SmtpSender::Progress::SendingBody:
        if (m_total > 0 && m_sent >= m_total) {
            break; // all of it handed over: what follows is the wait for the server's word
        }
        if (m_sent >= 0 && m_total > 0) {
            //: %1 and %2 are sizes ("1.2 MiB"), %3 a percentage
            return tr("Sending the message: %1 of %2 (%3%)")
                .arg(formatSize(m_sent), formatSize(m_total))
                .arg(m_sent * 100 / m_total);
        }
        return tr("Sending the message...");
    case SmtpSender::Progress::WaitingForServer:
        break;
    case SmtpSender::Progress::Finishing:
        return tr("Closing the connection...");
    case SmtpSender::Progress::Done:
    case SmtpSender::Progress::Failed:
        return {};
    }
    return m_total > 0
        ? tr("Sent %1 of %1; waiting for the server to accept the message...").arg(formatSize(m_total))
        : tr("Waiting for the server to accept the message...");
}

void ProgressLine::draw()
{
    if (!m_shown || m_finished) {
        return;
    }
    const QString line = text();
    if (line.isEmpty()) {
        clear();
        return;
    }
    if (m_onScreen && line == m_drawn) {
        return; // the engine reports the same state again: nothing to redraw
    }
    m_drawn = line;
    // One line, never wrapped: a wrapped line could not be rewritten in place.
    const int width = qMax(10, terminalColumns() - 1);
    const QString shown = line.size() > width ? line.left(width - 3) + QStringLiteral("...") : line;
    writeStderr("\r" + shown.toUtf8() + "\033[K");
    m_onScreen = true;
    m_lastDraw.start();
}

void ProgressLine::clear()
{
    if (m_onScreen) {
        writeStderr("\r\033[K");
        m_onScreen = false;
        m_drawn.clear();
    }
}

void ProgressLine::finish()
{
    m_delay.stop();
    clear();
    m_finished = true;
}
