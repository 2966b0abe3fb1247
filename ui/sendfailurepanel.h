#pragma once

#include "store/messagesubmission.h"

#include <QFrame>

class CertificateView;
class QLabel;
class QPushButton;

// The composer's "sending failed" panel: whether the message was not sent or may have been, why (the error,
// the server's reply), where it waits in the outbox, the server test's diagnosis as it comes in, and the
// buttons that act on it — show the transcript, diagnose or edit the account, enter the password (or sign in
// again), retry, edit the message again, close keeping it in the outbox — plus a suggested fix in one click
// and, for a certificate nobody vouches for, that certificate with the choice to trust it. It only shows and
// forwards: the decisions are MessageSubmission's.
class SendFailurePanel : public QFrame
{
    Q_OBJECT
public:
    explicit SendFailurePanel(QWidget *parent = nullptr);

    // Shows this submission's failures and diagnoses, and hands the person's choices to it.
    void follow(MessageSubmission *submission);
    // The diagnosed fix in words ("SSL/TLS on port 465") when the submission can apply it, else empty.
    static QString describeFix(
        const MessageSubmission *submission, const ConnectionTest::Diagnosis &diagnosis);

    void showFailure(const MessageSubmission::Failure &failure);
    // The server test's answer; 'fix' describes the suggested change in words (empty: no button for it).
    void showDiagnosis(const ConnectionTest::Diagnosis &diagnosis, bool passed, const QString &fix);
    // An action did not work out (a retry the outbox refused): said below the rest.
    void addProblem(const QString &problem);

    QLabel *text() const { return m_text; }
    QLabel *diagnosis() const { return m_diagnosis; }
    QPushButton *applyButton() const { return m_apply; }
    CertificateView *certificate() const { return m_certificate; }

Q_SIGNALS:
    // What the submission does not do itself: the transcript, the server test, closing the window.
    void transcriptRequested();
    void diagnoseRequested();
    void editAccountRequested();
    void closeRequested();

    void passwordRequested();
    void signInRequested();
    void retryRequested();
    void editRequested();
    void applyFixRequested();
    void trustRequested(const QByteArray &sha256);
    void caFileChosen(const QString &path);

private:
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_diagnosis;
    QPushButton *m_apply;
    CertificateView *m_certificate;
    QPushButton *m_password;
    QPushButton *m_signIn;
    QPushButton *m_edit;
    QString m_error; // the first line of the failure, which a diagnosis should not repeat
};
