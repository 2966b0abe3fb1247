#pragma once

#include "imapclient.h"

#include <QObject>
#include <QPointer>

// Takes a client from nothing to a logged-in session, the same way for every IMAP operation and for the
// server test: connect, greeting, CAPABILITY (unless the greeting carried it), STARTTLS when the security
// asks for it (required: never a silent fall back, and a PREAUTH greeting on a connection that should have
// been encrypted is refused), CAPABILITY again, the login, and CAPABILITY once more when the login's reply
// did not carry the new list. Exactly one of opened() and failed() follows start().
class ImapSessionOpener : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Connecting, Securing, Authenticating, Ready, Failed };
    Q_ENUM(Stage)

    // The client stays the caller's; the opener only drives it.
    explicit ImapSessionOpener(ImapClient *client, QObject *parent = nullptr);

    void start();
    Stage stage() const { return m_stage; }
    // The SASL mechanism (or "LOGIN") that logged in; empty after PREAUTH.
    QByteArray mechanism() const { return m_mechanism; }

Q_SIGNALS:
    void stageChanged(ImapSessionOpener::Stage stage);
    void opened();
    void failed(const ImapError &error);

private:
    void setStage(Stage stage);
    void onGreeting(const ImapCommandResult &greeting);
    void secure();
    void authenticate();
    void onLogin(const ImapCommandResult &result);
    // Runs CAPABILITY first when the client does not know the current list, then 'next'.
    void withCapabilities(void (ImapSessionOpener::*next)());
    void finishOpened();
    void fail(const ImapError &error);

    QPointer<ImapClient> m_client;
    Stage m_stage = Stage::Idle;
    QByteArray m_mechanism;
    bool m_done = false;
};
