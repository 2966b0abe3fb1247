#include "sendfailurepanel.h"

#include "certificateview.h"
#include "icons.h"
#include "uitext.h"

#include "store/outboxmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel *selectableLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SendFailurePanel::SendFailurePanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(selectableLabel(this, QStringLiteral("failureText")))
    , m_diagnosis(selectableLabel(this, QStringLiteral("failureDiagnosis")))
    , m_apply(new QPushButton(Icons::icon(QStringLiteral("step-done")), QString(), this))
    , m_certificate(new CertificateView(this))
    , m_password(new QPushButton(Icons::icon(QStringLiteral("key")), tr("Enter &password…"), this))
    , m_signIn(new QPushButton(Icons::icon(QStringLiteral("key")), tr("Sign &in again…"), this))
    , m_edit(new QPushButton(Icons::icon(QStringLiteral("drafts")), tr("&Edit message"), this))
{
    setObjectName(QStringLiteral("failurePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Sending failed"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_diagnosis->hide();
    m_password->setObjectName(QStringLiteral("enterPassword"));
    m_signIn->setObjectName(QStringLiteral("signInAgain"));
    m_apply->setObjectName(QStringLiteral("applyFix"));
    m_apply->hide();
    m_certificate->hide();
    // Shown by showFailure() when they apply: all at once they would be wider than a small screen.
    m_password->hide();
    m_signIn->hide();
    connect(m_apply, &QPushButton::clicked, this, &SendFailurePanel::applyFixRequested);
    connect(m_certificate, &CertificateView::trustRequested, this, &SendFailurePanel::trustRequested);
    connect(m_certificate, &CertificateView::caFileChosen, this, &SendFailurePanel::caFileChosen);

    auto *transcript = new QPushButton(Icons::icon(QStringLiteral("log")), tr("Show &transcript"), this);
    transcript->setObjectName(QStringLiteral("showTranscript"));
    auto *diagnose
        = new QPushButton(Icons::icon(QStringLiteral("server-test")), tr("&Diagnose account…"), this);
    diagnose->setObjectName(QStringLiteral("diagnose"));
    diagnose->setToolTip(tr("Run the server test on this account: every step, and the fix when one fails"));
    auto *editAccount = new QPushButton(Icons::icon(QStringLiteral("accounts")), tr("Edit &account…"), this);
    editAccount->setObjectName(QStringLiteral("editAccount"));
    editAccount->setToolTip(tr("Change this account's server, security or login, then retry"));
    auto *retry = new QPushButton(Icons::icon(QStringLiteral("send")), tr("&Retry now"), this);
    retry->setObjectName(QStringLiteral("retry"));
    m_edit->setObjectName(QStringLiteral("editAgain"));
    m_edit->setToolTip(tr("Take the message out of the outbox and edit it again"));
    auto *close = new QPushButton(tr("C&lose (keep in outbox)"), this);
    connect(transcript, &QPushButton::clicked, this, &SendFailurePanel::transcriptRequested);
    connect(diagnose, &QPushButton::clicked, this, &SendFailurePanel::diagnoseRequested);
    connect(editAccount, &QPushButton::clicked, this, &SendFailurePanel::editAccountRequested);
    connect(m_password, &QPushButton::clicked, this, &SendFailurePanel::passwordRequested);
    connect(m_signIn, &QPushButton::clicked, this, &SendFailurePanel::signInRequested);
    connect(retry, &QPushButton::clicked, this, &SendFailurePanel::retryRequested);
    connect(m_edit, &QPushButton::clicked, this, &SendFailurePanel::editRequested);
    connect(close, &QPushButton::clicked, this, &SendFailurePanel::closeRequested);

    // Two rows, so that the panel fits a small screen: what to do with the message, then with the account.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { retry, m_password, m_signIn, m_edit }) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *accountButtons = new QHBoxLayout;
    for (QPushButton *b : { diagnose, editAccount, transcript }) {
        accountButtons->addWidget(b);
    }
    accountButtons->addStretch(1);
    // What happened scrolls when the window is small; the buttons stay in view below it.
    auto *details = new QWidget(this);
    details->setBackgroundRole(QPalette::ToolTipBase);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *> { m_title, m_text, m_diagnosis }) {
        detailsLayout->addWidget(w);
    }
    detailsLayout->addWidget(m_apply, 0, Qt::AlignLeft);
    detailsLayout->addWidget(m_certificate);
    detailsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("failureDetails"));
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::ToolTipBase);
    scroll->viewport()->setBackgroundRole(QPalette::ToolTipBase);
    // Two lines at the least: the title and the start of the reason, with a scroll bar for the rest.
    scroll->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addLayout(accountButtons);
}

void SendFailurePanel::follow(MessageSubmission *submission)
{
    connect(submission, &MessageSubmission::failed, this, &SendFailurePanel::showFailure);
    connect(submission, &MessageSubmission::diagnosed, this,
        [this, submission](const ConnectionTest::Diagnosis &d, bool passed) {
            showDiagnosis(d, passed, describeFix(submission, d));
        });
    connect(submission, &MessageSubmission::actionFailed, this, &SendFailurePanel::addProblem);
    connect(this, &SendFailurePanel::passwordRequested, submission, &MessageSubmission::requestPassword);
    connect(this, &SendFailurePanel::signInRequested, submission, &MessageSubmission::requestSignIn);
    connect(this, &SendFailurePanel::retryRequested, submission, &MessageSubmission::retry);
    connect(this, &SendFailurePanel::editRequested, submission, &MessageSubmission::editAgain);
    connect(this, &SendFailurePanel::applyFixRequested, submission, &MessageSubmission::applyFix);
    connect(this, &SendFailurePanel::trustRequested, submission, &MessageSubmission::trustCertificate);
    connect(this, &SendFailurePanel::caFileChosen, submission, &MessageSubmission::useCaFile);
}

QString SendFailurePanel::describeFix(
    const MessageSubmission *submission, const ConnectionTest::Diagnosis &diagnosis)
{
    if (!submission->offersFix(diagnosis)) {
        return {};
    }
    return UiText::describeChange(submission->accountSettings(), diagnosis.suggested);
}

void SendFailurePanel::showFailure(const MessageSubmission::Failure &failure)
{
    const SmtpError &error = failure.error;
    m_title->setText(
        failure.mayHaveBeenSent ? tr("The message may have been sent") : tr("The message was not sent"));
    QStringList lines;
    m_error = error.isError() ? error.message() : failure.item.lastError.message;
    lines << m_error;
    // A refused login's sentence quotes the reply already.
    if (error.reply().isValid() && !m_error.contains(error.reply().summary())) {
        lines << tr("The server said: %1").arg(error.reply().summary());
    }
    for (const QString &warning : { failure.storeError, failure.insecureWarning }) {
        if (!warning.isEmpty()) {
            lines << tr("Warning: %1").arg(warning);
        }
    }
    lines << tr("It is kept in the outbox: %1").arg(OutboxModel::describeState(failure.item));
    m_text->setText(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(m_text->text());
    if (failure.untrustedCertificate) {
        m_certificate->setCertificate(failure.host, error.certificateChain().first(), error.sslErrors());
    }
    m_certificate->setVisible(failure.untrustedCertificate);
    m_password->setVisible(failure.needsPassword);
    m_signIn->setVisible(failure.needsSignIn);
    m_edit->setVisible(failure.canEditAgain);
    m_apply->hide();
    m_diagnosis->setText(tr("Checking this account's server settings…"));
    m_diagnosis->setVisible(failure.diagnosing);
}

void SendFailurePanel::showDiagnosis(
    const ConnectionTest::Diagnosis &diagnosis, bool passed, const QString &fix)
{
    if (passed) {
        m_diagnosis->setText(tr("Checked just now: the server answers and these settings work, so the "
                                "problem may have passed. Retry now, or wait for the automatic retry."));
        return;
    }
    // The test often ends where the send did, for the same reason: say that it is confirmed, not the
    // sentence again.
    m_diagnosis->setText(diagnosis.message.trimmed() == m_error.trimmed()
            ? tr("Checked just now with the server test: it fails in the same way, so this will not pass on "
                 "its own.")
            : tr("Diagnosis: %1").arg(diagnosis.message));
    if (!fix.isEmpty()) {
        m_apply->setText(UiText::applyFixAndSend(fix));
        m_apply->show();
    }
}

void SendFailurePanel::addProblem(const QString &problem)
{
    m_text->setText(m_text->text() + QLatin1Char('\n') + problem);
}
