#include "sendnotices.h"

#include "messagebanner.h"
#include "sendfailurepanel.h"
#include "sentnotice.h"
#include "uitext.h"

#include "store/messagesubmission.h"

#include <QPushButton>

SendNotices::SendNotices(MessageBanner *banner, MessageSubmission *submission, QObject *parent)
    : QObject(parent), m_banner(banner), m_submission(submission)
{
    if (!submission) {
        return;
    }
    connect(submission, &MessageSubmission::undoCountdown, this, &SendNotices::showCountdown);
    connect(submission, &MessageSubmission::stallDiagnosed, this, &SendNotices::showStallDiagnosis);
    connect(submission, &MessageSubmission::stateChanged, this, [this](MessageSubmission::State state) {
        if (state != MessageSubmission::State::Waiting && m_countingDown) {
            // Undone, or on its way: the countdown is over either way.
            m_countingDown = false;
            if (isShowing()) {
                m_banner->hide();
            }
        }
    });
}

bool SendNotices::isShowing() const
{
    return !m_text.isEmpty() && m_banner->isVisible() && m_banner->text() == m_text;
}

void SendNotices::show(bool warning, const QString &text)
{
    m_text = text;
    m_banner->showMessage(warning ? MessageBanner::Kind::Warning : MessageBanner::Kind::Information, text);
}

void SendNotices::showCountdown(int secondsLeft)
{
    const QString text
        = tr("Sending in %n second(s). Until then you can take the message back to edit.", "", secondsLeft);
    if (m_countingDown && isShowing()) {
        // Only the number changes: the buttons stay, and so does the keyboard focus on them.
        m_text = text;
        m_banner->setText(text);
        return;
    }
    m_countingDown = true;
    show(false, text);
    QPushButton *undo = m_banner->addButton(tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoSend"));
    connect(undo, &QPushButton::clicked, this, [this] {
        if (m_submission) {
            m_submission->undo();
        }
    });
    QPushButton *now = m_banner->addButton(tr("Send &now"));
    now->setObjectName(QStringLiteral("sendNow"));
    connect(now, &QPushButton::clicked, this, [this] {
        if (m_submission) {
            m_submission->sendWithoutWaiting();
        }
    });
}

void SendNotices::showSent(
    const SmtpSendResult &result, const QString &insecureWarning, const QString &localFolder)
{
    SentNotice::show(m_banner, result, insecureWarning, localFolder);
    m_text = m_banner->text();
    addReportButtons();
}

void SendNotices::showSentElsewhere(const QString &subject, const SmtpSendResult &result)
{
    if (m_banner->isVisible() && !isShowing()) {
        return; // the banner says something else that still matters (a mail link's files, a failed save)
    }
    show(false,
        tr("\"%1\" was sent from the window that closed: the server accepted it for %n recipient(s).", "",
            int(result.acceptedRecipients().size()))
            .arg(subject.isEmpty() ? tr("(no subject)") : subject));
    addReportButtons();
}

void SendNotices::showStallDiagnosis(const ConnectionTest::Diagnosis &diagnosis)
{
    show(true, tr("Sending is waiting for the server. Diagnosis: %1").arg(diagnosis.message));
    const QString fix = SendFailurePanel::describeFix(m_submission, diagnosis);
    if (!fix.isEmpty()) {
        QPushButton *button = m_banner->addButton(UiText::applyFixAndSend(fix));
        button->setObjectName(QStringLiteral("applyFixWhileSending"));
        connect(button, &QPushButton::clicked, this, [this] {
            m_banner->hide();
            if (m_submission) {
                m_submission->applyFix();
            }
        });
    }
}

void SendNotices::addReportButtons()
{
    QPushButton *report = m_banner->addButton(tr("Delivery report"));
    connect(report, &QPushButton::clicked, this, &SendNotices::deliveryReportRequested);
    QPushButton *log = m_banner->addButton(tr("Transcript"));
    connect(log, &QPushButton::clicked, this, &SendNotices::transcriptRequested);
}

void SendNotices::clearStale()
{
    if (isShowing() && !m_countingDown) {
        m_banner->hide();
    }
    m_text.clear();
}
