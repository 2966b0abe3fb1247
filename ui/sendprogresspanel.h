#pragma once

#include "smtp/smtpsender.h"

class MessageBanner;
class MessageSubmission;

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

// The composer's sending display, bound to the engine's explicit progress (SmtpSender::progressChanged):
// connecting, securing (TLS), logging in, recipients, the message with bytes sent of the total, and the
// server's acceptance, each with a mark for done, running or waiting; a warning when the password travels
// unencrypted; and a Cancel button that works at any moment. It only listens (to a MessageSubmission and its
// attempts): the send itself runs in core, event-driven, so the window stays responsive.
class SendProgressPanel : public QFrame
{
    Q_OBJECT
public:
    // The steps shown, in order.
    enum class Step { Connect, Secure, Authenticate, Recipients, Data, Accepted };
    Q_ENUM(Step)

    explicit SendProgressPanel(QWidget *parent = nullptr);

    // Shows the attempts of this submission as they come.
    void follow(MessageSubmission *submission);

    // Before the engine starts (the outbox, a password prompt): a sentence instead of steps.
    void reset(const QString &status);
    // Follows this sender until it finishes.
    void attach(SmtpSender *sender, bool encrypted, bool authenticates);
    void setStatus(const QString &status);
    // Something the person must know about this attempt (the password travels unencrypted).
    void showWarning(const QString &warning);

    QString statusText() const;
    // The steps reached so far, for tests: the engine's Progress values in the order they arrived.
    QList<SmtpSender::Progress> seenProgress() const { return m_seen; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }
    MessageBanner *warning() const { return m_warning; }

Q_SIGNALS:
    void cancelRequested();

private:
    void onProgress(SmtpSender::Progress progress);
    void onBody(qint64 sent, qint64 total);
    void markUpTo(Step current, bool currentDone);

    struct StepView
    {
        Step step;
        QLabel *icon;
        QLabel *label;
        bool applies = true;
    };
    QList<StepView> m_steps;
    QLabel *m_status;
    MessageBanner *m_warning;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPointer<SmtpSender> m_sender;
    QList<SmtpSender::Progress> m_seen;
};
