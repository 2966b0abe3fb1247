#include "sendprogresspanel.h"

#include "icons.h"
#include "messagebanner.h"

#include "store/messagesubmission.h"
#include "store/presendcheck.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

SendProgressPanel::SendProgressPanel(QWidget *parent)
    : QFrame(parent)
    , m_status(new QLabel(this))
    , m_warning(new MessageBanner(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(Icons::icon(QStringLiteral("cancel")), tr("&Cancel sending"), this))
{
    setObjectName(QStringLiteral("sendProgress"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Sending progress"));
    const struct
    {
        Step step;
        const char *text;
    } steps[] = { { Step::Connect, QT_TR_NOOP("Connect") }, { Step::Secure, QT_TR_NOOP("Encrypt") },
        { Step::Authenticate, QT_TR_NOOP("Log in") }, { Step::Recipients, QT_TR_NOOP("Recipients") },
        { Step::Data, QT_TR_NOOP("Message") }, { Step::Accepted, QT_TR_NOOP("Accepted") } };
    auto *row = new QHBoxLayout;
    for (const auto &s : steps) {
        StepView view { s.step, new QLabel(this), new QLabel(tr(s.text), this) };
        auto *cell = new QHBoxLayout;
        cell->setSpacing(4);
        cell->addWidget(view.icon);
        cell->addWidget(view.label);
        row->addLayout(cell);
        row->addSpacing(8);
        m_steps << view;
    }
    row->addStretch(1);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("sendWarning"));
    m_warning->setClosable(false);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Message upload"));
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    connect(m_cancel, &QPushButton::clicked, this, &SendProgressPanel::cancelRequested);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    // Compact: on a small screen every pixel it takes is one the message's text does not get.
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_bar);
    layout->addWidget(m_warning);
    layout->addLayout(bottom);
    reset(QString());
}

void SendProgressPanel::follow(MessageSubmission *submission)
{
    connect(submission, &MessageSubmission::preparing, this, &SendProgressPanel::reset);
    connect(submission, &MessageSubmission::attemptStarted, this, &SendProgressPanel::attach);
    connect(submission, &MessageSubmission::insecureAuthentication, this, &SendProgressPanel::showWarning);
    // "Undo send": until the wait is over, the button takes the message back instead of stopping an attempt.
    connect(submission, &MessageSubmission::undoCountdown, this, [this](int secondsLeft) {
        setStatus(tr("Sending in %n second(s)…", "", secondsLeft));
        m_cancel->setText(tr("Undo"));
        m_cancel->setToolTip(tr("Take the message back to edit; nothing has been sent"));
    });
    connect(submission, &MessageSubmission::stalled, this, [this] {
        setStatus(statusText() + QLatin1Char(' ')
            + tr("The server has not answered for a while; checking its settings…"));
    });
}

void SendProgressPanel::reset(const QString &status)
{
    if (m_sender) {
        m_sender->disconnect(this);
    }
    m_sender = nullptr;
    m_seen.clear();
    m_warning->hide();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (StepView &v : m_steps) {
        v.applies = true;
        v.icon->setPixmap(
            Icons::icon(QStringLiteral("step-pending")).pixmap(QSize(size, size), devicePixelRatioF()));
        v.label->setEnabled(false);
        v.icon->setAccessibleName(tr("%1: waiting").arg(v.label->text()));
    }
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Cancel sending"));
    m_cancel->setToolTip(QString());
    setStatus(status);
}

void SendProgressPanel::setStatus(const QString &status)
{
    m_status->setText(status);
    m_status->setAccessibleName(status);
}

void SendProgressPanel::showWarning(const QString &warning)
{
    m_warning->showMessage(MessageBanner::Kind::Warning, warning);
}

QString SendProgressPanel::statusText() const
{
    return m_status->text();
}

void SendProgressPanel::attach(SmtpSender *sender, bool encrypted, bool authenticates)
{
    reset(tr("Connecting…"));
    m_sender = sender;
    for (StepView &v : m_steps) {
        if (v.step == Step::Secure) {
            v.applies = encrypted;
        } else if (v.step == Step::Authenticate) {
            v.applies = authenticates;
        }
        v.label->setVisible(v.applies);
        v.icon->setVisible(v.applies);
    }
    connect(sender, &SmtpSender::progressChanged, this, &SendProgressPanel::onProgress);
    connect(sender, &SmtpSender::bodyProgress, this,
        [this](int, qint64 sent, qint64 total) { onBody(sent, total); });
    onProgress(sender->progress());
}

void SendProgressPanel::markUpTo(Step current, bool currentDone)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (StepView &v : m_steps) {
        QString icon;
        QString state;
        if (int(v.step) < int(current) || (v.step == current && currentDone)) {
            icon = QStringLiteral("step-done");
            state = tr("done");
        } else if (v.step == current) {
            icon = QStringLiteral("step-running");
            state = tr("in progress");
        } else {
            icon = QStringLiteral("step-pending");
            state = tr("waiting");
        }
        v.icon->setPixmap(Icons::icon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
        v.icon->setAccessibleName(tr("%1: %2").arg(v.label->text(), state));
        v.label->setEnabled(int(v.step) <= int(current));
    }
}

void SendProgressPanel::onProgress(SmtpSender::Progress progress)
{
    if (m_seen.isEmpty() || m_seen.last() != progress) {
        m_seen << progress;
    }
    switch (progress) {
    case SmtpSender::Progress::Idle:
    case SmtpSender::Progress::Connecting:
        markUpTo(Step::Connect, false);
        setStatus(tr("Connecting to the server…"));
        break;
    case SmtpSender::Progress::Securing:
        markUpTo(Step::Secure, false);
        setStatus(tr("Setting up encryption (TLS)…"));
        break;
    case SmtpSender::Progress::Authenticating:
        markUpTo(Step::Authenticate, false);
        setStatus(tr("Logging in…"));
        break;
    case SmtpSender::Progress::SendingEnvelope:
        markUpTo(Step::Recipients, false);
        setStatus(tr("Announcing the sender and the recipients…"));
        break;
    case SmtpSender::Progress::SendingBody:
        markUpTo(Step::Data, false);
        setStatus(tr("Sending the message…"));
        break;
    case SmtpSender::Progress::WaitingForServer:
        markUpTo(Step::Accepted, false);
        m_bar->setValue(m_bar->maximum());
        setStatus(tr("Waiting for the server to accept the message…"));
        break;
    case SmtpSender::Progress::Finishing:
    case SmtpSender::Progress::Done:
        if (m_sender && m_sender->allAccepted()) {
            markUpTo(Step::Accepted, true);
            m_bar->setValue(m_bar->maximum());
            setStatus(tr("The server accepted the message."));
            // Once accepted, cancelling can no longer unsend it.
            m_cancel->setEnabled(false);
        }
        break;
    case SmtpSender::Progress::Failed:
        m_cancel->setEnabled(false);
        setStatus(tr("Sending failed."));
        break;
    }
}

void SendProgressPanel::onBody(qint64 sent, qint64 total)
{
    if (total > 0) {
        m_bar->setValue(int(qMin<qint64>(1000, sent * 1000 / total)));
        setStatus(tr("Sending the message: %1 of %2")
                      .arg(PreSendCheck::formatSize(sent), PreSendCheck::formatSize(total)));
    } else {
        m_bar->setRange(0, 0);
        setStatus(tr("Sending the message: %1").arg(PreSendCheck::formatSize(sent)));
    }
}
