#pragma once

#include "oauthprovider.h"
#include "oauthtokenclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

// One OAuth 2 sign-in as a native app does it (RFC 8252): the authorization code flow with PKCE (S256,
// RFC 7636) and a random state, the browser sent to the provider, and the answer taken on a loopback
// listener on 127.0.0.1 with a port chosen at run time (RFC 8252 7.3). Opening the browser is the caller's
// part (the CLI prints the address and runs xdg-open, the app uses QDesktopServices): this class never
// opens anything. Qt's QOAuth2AuthorizationCodeFlow builds the authorization request (PKCE added through its
// parameter hook, which Qt 6.4 lacks otherwise) and QOAuthHttpServerReplyHandler listens; the answer is
// checked here (state, error, code) and the code exchanged by OAuthTokenClient, because the 6.4 flow
// ignores a wrong state silently and never reports a token endpoint's refusal.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        SignedIn,
        Refused, // the person or the provider said no (access_denied, invalid_grant, invalid_client)
        TimedOut, // no answer from the browser in time
        Failed, // the listener could not start, a wrong state, a token endpoint that failed
        Cancelled
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        bool temporary = false; // Failed for a reason that may pass (token endpoint 5xx, port taken)
        QString message; // one sentence for the person
        OAuthTokenResponse tokens; // when SignedIn
    };

    explicit OAuthSignIn(const OAuthProvider &provider, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Asks the provider to preselect this account (login_hint).
    void setLoginHint(const QString &hint) { m_loginHint = hint; }
    // How long to wait for the browser to come back (default 5 minutes).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // A fixed port for providers that register one exact redirect URI; 0 (the default) lets the system
    // choose a free one.
    void setRedirectPort(quint16 port) { m_redirectPort = port; }

    // Listens and builds the authorization address; authorizationUrlReady() follows at once. False (with
    // 'error' set, and finished() not emitted) when the listener cannot start.
    bool start(QString *error);
    void cancel();

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // http://127.0.0.1:PORT/ as sent in the request.
    QString redirectUri() const { return m_redirectUri; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Open this in the system browser.
    void authorizationUrlReady(const QUrl &url);
    // Exactly once after a successful start().
    void finished(const OAuthSignIn::Result &result);

private:
    void onCallback(const QVariantMap &values);
    void onTokens(const OAuthTokenResponse &response);
    void finish(Outcome outcome, const QString &message, bool temporary = false);

    OAuthProvider m_provider;
    QString m_loginHint;
    int m_timeoutMs = 5 * 60 * 1000;
    quint16 m_redirectPort = 0;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    OAuthTokenClient *m_tokens = nullptr;
    QTimer m_timer;
    QByteArray m_codeVerifier;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizationUrl;
    bool m_started = false;
    bool m_exchanging = false;
    bool m_finished = false;
};
Q_DECLARE_METATYPE(OAuthSignIn::Result)
