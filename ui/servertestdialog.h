#pragma once

#include "accounts/connectiontest.h"
#include "imap/imapconnectiontest.h"
#include "imap/imapsentcopy.h"
#include "smtp/smtpconnectionsettings.h"

#include <QDialog>
#include <QPointer>

class AppContext;
class CertificateView;
class MessageBanner;
class ProtocolLogDialog;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;
class SmtpTranscript;

// The server test, live: each step of ConnectionTest appears as it starts and gets a tick or a cross with its
// time and what was learnt (and a warning when the password travels unencrypted because the account chose no
// encryption); then the TLS session and the server's capabilities; and when a step fails, the
// diagnosis in plain words with the fix — a one-click "Apply suggested settings" where the fix is a setting,
// and for a certificate that does not verify, its details and the choice to trust exactly it for this host.
// For an account that saves a copy of sent mail on its IMAP server, the IMAP steps (ImapConnectionTest:
// connect, TLS, login, the Sent folder) follow in the same list, with their own diagnosis under the SMTP one.
// The dialog only reports: applying a fix is its owner's job (the account editor's, or forAccount()'s).
class ServerTestDialog : public QDialog
{
    Q_OBJECT
public:
    // 'sender' is used for MAIL FROM (then RSET: nothing is sent); 'accountName' for the title.
    ServerTestDialog(const SmtpConnectionSettings &settings, const QString &sender,
        const QString &accountName, QWidget *parent = nullptr);
    ~ServerTestDialog() override;

    // Tests a saved account (its secret from the keychain, or asked for) and writes what the person applies
    // — a suggested fix, a trusted certificate — into that account, and the server's SIZE limit into the
    // composer's limits. Shown at once; deletes itself when closed.
    static ServerTestDialog *forAccount(AppContext *context, const QString &accountId, QWidget *parent);
    // Keeps the SIZE limit the server announces in the test, for the composer's size check of this account.
    void rememberSizeLimit(AppContext *context, const QString &accountId);

    // Starts (or restarts) the test with the current settings.
    void start();
    void setSettings(const SmtpConnectionSettings &settings) { m_settings = settings; }
    // Tests the IMAP server of the Sent copy too, after the SMTP steps; 'error' (no IMAP password saved, ...)
    // is shown as that part's failure instead.
    void setImap(const ImapConnectionSettings &settings, const ImapSentCopyOptions &options,
        const QString &error = {});
    SmtpConnectionSettings settings() const { return m_settings; }
    // How long to wait for a greeting before probing for implicit TLS (ConnectionTest's default is 3 s).
    void setTlsProbeDelay(int milliseconds) { m_probeDelay = milliseconds; }

    bool isFinished() const { return m_finished; }
    bool passed() const { return m_passed; }
    ConnectionTest *test() const { return m_test; }
    const ConnectionTest::Diagnosis &diagnosis() const { return m_diagnosis; }
    ImapConnectionTest *imapTest() const { return m_imapTest; }
    // What the step list shows, one line per step ("✓ Connecting — 3 ms — 127.0.0.1:25"), for tests.
    QStringList stepLines() const;
    QString diagnosisText() const;
    QPushButton *applyButton() const { return m_apply; }
    CertificateView *certificateView() const { return m_certificate; }
    // The warning that the password went unencrypted during the test (hidden when it did not).
    MessageBanner *insecureWarning() const { return m_insecure; }
    SmtpTranscript *transcript() const { return m_transcript; }

Q_SIGNALS:
    // The person chose the suggested settings; the dialog runs the test again with them.
    void suggestedSettingsApplied(const SmtpConnectionSettings &settings);
    // The person trusts this certificate (SHA-256 of the leaf) for the host.
    void certificateTrusted(const QByteArray &sha256);
    // The person chose the file of the authority (CA) that signs the server's certificate.
    void caFileChosen(const QString &path);
    // The server wants a login the account does not have; the person chose to add one (the dialog closes).
    void loginRequested();
    void testFinished(bool passed);
    // The diagnosis is an OAuth sign-in that expired or whose token is refused: the person asked to sign
    // in again (the owner runs the sign-in, then tests again).
    void signInRequested();

private:
    void onStepStarted(ConnectionTest::StepId id);
    void onStepFinished(const ConnectionTest::Step &step);
    void onFinished(bool passed);
    void startImap();
    void onImapFinished(bool passed);
    QTreeWidgetItem *imapItemFor(ImapConnectionTest::StepId id);
    void applySuggestion();
    QTreeWidgetItem *itemFor(ConnectionTest::StepId id);
    void setItemState(QTreeWidgetItem *item, const QString &icon, const QString &state);
    // A finished step, SMTP or IMAP: tick or cross, its time and what was learnt.
    void showStepResult(QTreeWidgetItem *item, bool ok, qint64 milliseconds, const QString &detail);

    SmtpConnectionSettings m_settings;
    QString m_sender;
    QString m_accountName;
    QPointer<ConnectionTest> m_test;
    ConnectionTest::Diagnosis m_diagnosis;
    bool m_finished = false;
    bool m_passed = false;
    int m_probeDelay = -1;
    bool m_imapWanted = false;
    ImapConnectionSettings m_imapSettings;
    ImapSentCopyOptions m_imapOptions;
    QString m_imapError;
    QPointer<ImapConnectionTest> m_imapTest;
    SmtpTranscript *m_transcript;
    QLabel *m_header;
    MessageBanner *m_insecure;
    QTreeWidget *m_steps;
    QLabel *m_tls;
    QLabel *m_capabilities;
    QLabel *m_result;
    CertificateView *m_certificate;
    QScrollArea *m_certificateArea = nullptr;
    QPushButton *m_apply;
    QPushButton *m_again;
    QPushButton *m_log;
    QPointer<ProtocolLogDialog> m_logDialog;
};
