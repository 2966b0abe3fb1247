#pragma once

#include "accounts/connectiontest.h"
#include "smtp/smtptransaction.h"

#include <QObject>
#include <QPointer>
#include <QString>

class MessageBanner;
class MessageSubmission;

// What a composer's banner says about the way out of its message: the "undo send" countdown (Undo, Send
// now), a stalled attempt's diagnosis (with its fix), then the server's acceptance (the delivery report and
// the transcript one click away), or the acceptance of a message another window sent and closed on. A
// notice is about one message: it is cleared when the next message is begun or a draft opened, so an old
// "Message sent" never stands over new text. It only writes the banner; what the buttons do is the
// window's (through the submission and the signals).
class SendNotices : public QObject
{
    Q_OBJECT
public:
    SendNotices(MessageBanner *banner, MessageSubmission *submission, QObject *parent = nullptr);

    // The server accepted this window's message (SentNotice's words; 'localFolder' as there).
    void showSent(const SmtpSendResult &result, const QString &insecureWarning, const QString &localFolder);
    // Another window's message ('subject') was accepted and that window closed: said here, unless the banner
    // holds something else the person has not dealt with.
    void showSentElsewhere(const QString &subject, const SmtpSendResult &result);
    // A new message is begun or a draft opened: a notice about an earlier message goes.
    void clearStale();
    // Whether the banner shows one of these notices now.
    bool isShowing() const;

Q_SIGNALS:
    void deliveryReportRequested();
    void transcriptRequested();

private:
    void showCountdown(int secondsLeft);
    // Still sending, and the server test found why it hangs: said, with its fix when there is one.
    void showStallDiagnosis(const ConnectionTest::Diagnosis &diagnosis);
    void show(bool warning, const QString &text);
    void addReportButtons();

    MessageBanner *m_banner;
    QPointer<MessageSubmission> m_submission;
    QString m_text; // what this object last put on the banner
    bool m_countingDown = false;
};
