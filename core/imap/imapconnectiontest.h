#pragma once

#include "imapclient.h"
#include "imapsentfolder.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class ImapSessionOpener;

// The IMAP part of the server test: connect, TLS, greeting, STARTTLS, login, and which folder would receive
// the copies of sent mail, then LOGOUT. Nothing is saved. Each step is reported live with its timing; on
// failure a diagnosis names the cause and the fix (wording from ImapWording), with the settings that would
// fix it where a setting is the answer.
class ImapConnectionTest : public QObject
{
    Q_OBJECT
public:
    enum class StepId { Connect, Tls, Greeting, StartTls, Login, SentFolder, Logout };
    Q_ENUM(StepId)

    struct Step
    {
        StepId id = StepId::Connect;
        bool ok = false;
        qint64 milliseconds = 0;
        QString detail; // what was learnt: the peer, TLS parameters, capabilities, the mechanism, the folder
    };

    // Why the test failed and what to do about it. 'code' is stable (for scripts and JSON).
    struct Diagnosis
    {
        QString code;
        QString message;
        bool hasSuggestion = false;
        ImapConnectionSettings suggested; // "apply suggested settings"
        ImapError error;
    };

    explicit ImapConnectionTest(const ImapConnectionSettings &settings, QObject *parent = nullptr);
    ~ImapConnectionTest() override;

    // Look for the Sent folder (the default), or check that 'folder' exists; 'folder' is also the name a
    // missing Sent folder would be created with.
    void setSentFolder(bool discover, const QString &folder, bool createFolder = true);

    void start();
    void cancel();

    // The cause and the fix for an error from any IMAP session with these settings (a failed copy, too).
    static Diagnosis diagnose(const ImapError &error, const ImapConnectionSettings &settings);

    ImapClient *client() const { return m_client; }
    const QList<Step> &steps() const { return m_steps; }
    bool isFinished() const { return m_finished; }
    bool passed() const { return m_finished && !m_diagnosis.error.isError(); }
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    ImapSentFolder sentFolder() const { return m_folder; }

    static QString stepName(StepId id); // "connect", "tls", ..., stable
    static QString stepTitle(StepId id); // "Finding the Sent folder", for people

Q_SIGNALS:
    void stepStarted(ImapConnectionTest::StepId id);
    // The client exists and is about to connect: attach a transcript, watch its signals.
    void clientCreated(ImapClient *client);
    void stepFinished(const ImapConnectionTest::Step &step);
    void finished(bool passed);

private:
    void begin(StepId id);
    void end(bool ok, const QString &detail = {});
    void watchClient();
    void onOpened();
    void onListed(const ImapCommandResult &result);
    void logout();
    void fail(const ImapError &error);
    void finish();

    ImapConnectionSettings m_settings;
    QPointer<ImapClient> m_client;
    ImapSessionOpener *m_opener = nullptr;
    bool m_discover = true;
    QString m_folderName = QStringLiteral("Sent");
    bool m_createFolder = true;
    QList<Step> m_steps;
    StepId m_current = StepId::Connect;
    bool m_inStep = false;
    QElapsedTimer m_stepClock;
    Diagnosis m_diagnosis;
    ImapSentFolder m_folder;
    bool m_finished = false;
};
