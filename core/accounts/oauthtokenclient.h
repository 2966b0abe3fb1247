#pragma once

#include "oauthprovider.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QUrlQuery;

// What a token endpoint answered (RFC 6749 5.1 success, 5.2 error), with the outcome a person can act on.
struct OAuthTokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(OAuthTokenResponse)

public:
    enum class Outcome {
        Granted, // an access token (and usually a refresh token)
        Refused, // the provider said no (invalid_grant, invalid_client, ...): signing in again is the fix
        Failed // no usable answer (no connection, 5xx, not JSON): try again later
    };

    Outcome outcome = Outcome::Failed;
    QString accessToken;
    QString refreshToken; // empty when the provider keeps the old one
    QString scope;
    qint64 expiresIn = -1; // seconds; -1 when the provider did not say
    QString error; // RFC 6749 5.2 code: invalid_grant, invalid_client, ...
    QString errorDescription;
    int httpStatus = 0;
    bool temporary = false; // Failed for a reason that may pass (5xx, network, time-out)
    QString message; // one sentence: what happened

    bool isGranted() const { return outcome == Outcome::Granted; }
};

// Talks to an OAuth 2 token endpoint: exchanges an authorization code (with its PKCE verifier, RFC 7636
// 4.5) and refreshes an access token (RFC 6749 6). Plain QNetworkAccessManager, because
// QOAuth2AuthorizationCodeFlow in Qt 6.4 drops a failed token request's error body (it only logs it) and
// never reports it, so a revoked sign-in would look like a hang. Answers are bounded in size and time.
class OAuthTokenClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const OAuthTokenResponse &response)>;

    explicit OAuthTokenClient(QObject *parent = nullptr);
    ~OAuthTokenClient() override;

    // Gives up on a token endpoint after this long (default 30 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Each calls 'done' exactly once, later, unless this object is destroyed first.
    void exchangeCode(const OAuthProvider &provider, const QString &code, const QString &codeVerifier,
        const QString &redirectUri, Callback done);
    void refresh(const OAuthProvider &provider, const QString &refreshToken, Callback done);

    // Reads a token endpoint's answer (exposed for tests): status and body to an outcome and a sentence.
    static OAuthTokenResponse parse(int httpStatus, const QByteArray &body, const QString &providerName);

private:
    void post(const OAuthProvider &provider, QUrlQuery form, Callback done);

    QNetworkAccessManager *m_network = nullptr;
    int m_timeoutMs = 30000;
};
