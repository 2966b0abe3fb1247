#pragma once

#include "smtp/smtpcapabilities.h"
#include "smtp/smtpclient.h"
#include "smtp/smtpconnectionsettings.h"
#include "smtp/smtperror.h"
#include "smtp/smtptlsinfo.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QSslSocket;

// Runs the steps of a real send without sending anything — resolve, connect, TLS, greeting, EHLO, STARTTLS,
// AUTH, MAIL FROM, RCPT, RSET, QUIT — reports each live with its timing, and on failure names the cause and
// the fix in plain words, with the settings that would fix it where a setting is the answer.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    enum class StepId {
        Resolve,
        Connect,
        Tls,
        Greeting,
        Ehlo,
        StartTls,
        EhloAfterTls,
        Auth,
        MailFrom,
        RcptTo,
        Reset,
        Quit
    };
    Q_ENUM(StepId)

    // One step's outcome.
    struct Step
    {
        StepId id = StepId::Resolve;
        bool ok = false;
        qint64 milliseconds = 0;
        QString detail; // what was learnt: addresses, TLS parameters, capabilities, the server's reply
        SmtpReply reply;
    };

    // Why the test failed and what to do about it. 'code' is stable (for scripts and JSON).
    struct Diagnosis
    {
        QString code;
        QString message; // cause and fix in one or two sentences
        bool hasSuggestion = false;
        // The fix is to sign in to the OAuth provider again (the sign-in expired, was revoked, or its token
        // is refused): the UI offers "Sign in again" where it offers other fixes.
        bool signInAgain = false;
        SmtpConnectionSettings suggested; // "apply suggested settings"
        // The fix is a user name and password, which only the person can give ("add a login").
        bool needsLogin = false;
        SmtpError error;
    };

    // What else was learnt on the way, which some diagnoses depend on.
    struct DiagnosisContext
    {
        SmtpCapabilities capabilities; // the last EHLO's
        bool encrypted = false;
        QString sender;
        QString recipient;
        qint64 messageSize = -1;
        // The port was asked for a TLS handshake while it kept silent, and gave none.
        bool tlsProbeUnanswered = false;
    };

    explicit ConnectionTest(const SmtpConnectionSettings &settings, QObject *parent = nullptr);

    // The cause and the fix for an error from any session with these settings (a failed send, too).
    static Diagnosis diagnose(
        const SmtpError &error, const SmtpConnectionSettings &settings, const DiagnosisContext &context);
    static Diagnosis diagnose(const SmtpError &error, const SmtpConnectionSettings &settings);
    // For an OAuth sign-in that ended before any server was reached (the provider refused to refresh it):
    // 'message' says why; the fix is signing in again.
    static Diagnosis signInExpired(const QString &message);
    ~ConnectionTest() override;

    // MAIL FROM with this address (the account's), then RSET. Empty skips the step.
    void setSender(const QString &address) { m_sender = address; }
    // RCPT TO this address too, when given.
    void setTestRecipient(const QString &address) { m_recipient = address; }
    // Announce a message of this size with MAIL FROM, so a server SIZE limit shows up now, not at send time.
    void setMessageSize(qint64 bytes) { m_messageSize = bytes; }
    // How long to wait for a greeting before checking whether the port speaks TLS from the first byte.
    // Negative (the default): at once on port 465, after a second elsewhere.
    void setTlsProbeDelay(int milliseconds) { m_probeDelay = milliseconds; }

    void start();
    void cancel();

    SmtpClient *client() const { return m_client; }
    const QList<Step> &steps() const { return m_steps; }
    bool isFinished() const { return m_finished; }
    bool passed() const { return m_finished && !m_diagnosis.error.isError() && m_diagnosis.code.isEmpty(); }
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    SmtpTlsInfo tlsInfo() const { return m_tlsInfo; }
    SmtpCapabilities capabilities() const { return m_capabilities; }
    QStringList resolvedAddresses() const { return m_addresses; }

    static QString stepName(StepId id); // "resolve", "connect", "tls", ..., stable
    static QString stepTitle(StepId id); // "Looking up the server", for people

Q_SIGNALS:
    void stepStarted(ConnectionTest::StepId id);
    // The client exists and is about to connect: attach a transcript, watch its signals.
    void clientCreated(SmtpClient *client);
    void stepFinished(const ConnectionTest::Step &step);
    void finished(bool passed);

private:
    void begin(StepId id);
    void end(bool ok, const QString &detail = {}, const SmtpReply &reply = {});
    void connectClient();
    void onGreeting(const SmtpReply &reply);
    void onEhlo(const SmtpReply &reply, bool afterTls);
    void doAuth();
    void doMail();
    void doRcpt();
    void doReset();
    void doQuit();
    void onClientError(const SmtpError &error);
    void startGreetingWait();
    void startTlsProbe();
    void fail(const SmtpError &error);
    void diagnose(const SmtpError &error);
    void finish();

    // The steps of diagnose(): each takes the error's own wording and names it, or words it better.
    static QString peerOf(const SmtpConnectionSettings &settings);
    static Diagnosis named(const SmtpError &error, const SmtpConnectionSettings &settings,
        const QString &code, const QString &message);
    static void suggest(Diagnosis &d, Smtp::Security security, quint16 port);
    static Diagnosis securityMismatch(Diagnosis d, const DiagnosisContext &context);
    static Diagnosis noGreeting(Diagnosis d, const DiagnosisContext &context);
    static Diagnosis certificate(Diagnosis d);
    static Diagnosis login(Diagnosis d, const DiagnosisContext &context);
    static bool usesSignInToken(const SmtpConnectionSettings &settings);
    static bool asksForLogin(const SmtpReply &reply);
    static Diagnosis envelope(Diagnosis d, const DiagnosisContext &context);

    SmtpConnectionSettings m_settings;
    QPointer<SmtpClient> m_client;
    QPointer<QSslSocket> m_probe;
    QString m_sender;
    QString m_recipient;
    qint64 m_messageSize = -1;
    int m_probeDelay = -1;
    QList<Step> m_steps;
    StepId m_current = StepId::Resolve;
    bool m_inStep = false;
    QElapsedTimer m_stepClock;
    Diagnosis m_diagnosis;
    SmtpTlsInfo m_tlsInfo;
    SmtpCapabilities m_capabilities;
    QStringList m_addresses;
    bool m_finished = false;
    bool m_greeted = false;
    bool m_probed = false;
    int m_lookupId = -1;
};
