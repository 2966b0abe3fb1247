#include "oauthsignin.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace {

// A value of the redirect's query as the provider wrote it (application/x-www-form-urlencoded: '+' is a
// space), which QOAuthHttpServerReplyHandler passes on still encoded.
QString queryValue(const QVariantMap &values, const QString &key)
{
    QByteArray raw = values.value(key).toString().toUtf8();
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

// base64url without padding of 'bytes' random bytes from the system's generator.
QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The page the browser shows after the redirect.
QString page(const QString &title, const QString &text)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

OAuthSignIn::OAuthSignIn(const OAuthProvider &provider, QObject *parent)
    : QObject(parent), m_provider(provider), m_tokens(new OAuthTokenClient(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_exchanging) {
            return; // the token endpoint has its own deadline
        }
        finish(Outcome::TimedOut,
            tr("No answer came back from the browser within %n second(s); the sign-in was abandoned.",
                nullptr, m_timeoutMs / 1000),
            true);
    });
}

OAuthSignIn::~OAuthSignIn() = default;

bool OAuthSignIn::start(QString *error)
{
    if (m_started) {
        *error = tr("This sign-in has started already.");
        return false;
    }
    QString why;
    if (!OAuthProvider::checkEndpoint(m_provider.authorizeUrl, tr("authorization URL"), &why)
        || !OAuthProvider::checkEndpoint(m_provider.tokenUrl, tr("token URL"), &why)) {
        *error = why;
        return false;
    }
    // RFC 8252 7.3 and 8.3: the loopback IP literal, never "localhost" (which may resolve elsewhere), and
    // never every interface.
    m_listener
        = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), m_redirectPort, this);
    if (!m_listener->isListening()) {
        *error = m_redirectPort
            ? tr("Epistle cannot wait for the browser's answer on 127.0.0.1 port %1: the port is in use by "
                 "another program. Close it or choose another port.")
                  .arg(m_redirectPort)
            : tr("Epistle cannot listen on 127.0.0.1 for the browser's answer.");
        return false;
    }
    m_started = true;
    m_redirectUri = m_listener->callback();
    m_state = QString::fromLatin1(randomToken(24));
    // RFC 7636 4.1: 32 random octets, base64url: a 43-character verifier; S256 challenge.
    m_codeVerifier = randomToken(32);
    const QByteArray challenge
        = QCryptographicHash::hash(m_codeVerifier, QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setAuthorizationUrl(m_provider.authorizeUrl);
    m_flow->setAccessTokenUrl(m_provider.tokenUrl);
    m_flow->setClientIdentifier(m_provider.clientId);
    m_flow->setScope(m_provider.scope);
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_listener);
    const QString hint = m_loginHint;
    const auto extra = m_provider.authorizeParameters;
    m_flow->setModifyParametersFunction(
        [challenge, hint, extra](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization) {
                return;
            }
            parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!hint.isEmpty()) {
                parameters->insert(QStringLiteral("login_hint"), hint);
            }
            for (const auto &[key, value] : extra) {
                parameters->insert(key, value);
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
        [this](const QUrl &url) { m_authorizationUrl = url; });
    m_flow->grant();
    // The answer is ours to check: the 6.4 flow would exchange the code itself and swallow its errors.
    QObject::disconnect(m_listener, nullptr, m_flow, nullptr);
    QObject::disconnect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, nullptr, nullptr);
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback);
    if (!m_authorizationUrl.isValid()) {
        *error = tr("The authorization address for %1 could not be built.").arg(m_provider.displayName);
        m_listener->close();
        m_started = false;
        return false;
    }
    qCDebug(lcOAuth, "sign-in with %s: waiting on %s", qPrintable(m_provider.id), qPrintable(m_redirectUri));
    m_timer.start(m_timeoutMs);
    Q_EMIT authorizationUrlReady(m_authorizationUrl);
    return true;
}

void OAuthSignIn::cancel()
{
    finish(Outcome::Cancelled, tr("The sign-in was cancelled."));
}

void OAuthSignIn::onCallback(const QVariantMap &values)
{
    // Called while the listener is about to answer the browser: the text set here is the page it shows.
    if (m_finished || m_exchanging) {
        m_listener->setCallbackText(
            page(tr("Nothing to do"), tr("This sign-in is over; you can close this page.")));
        return;
    }
    const QString error = queryValue(values, QStringLiteral("error"));
    const QString state = queryValue(values, QStringLiteral("state"));
    if (state != m_state) {
        // RFC 6749 10.12: an answer to a request this sign-in did not make (a forged or stale redirect).
        m_listener->setCallbackText(page(tr("Sign-in rejected"),
            tr("This answer does not belong to the sign-in Epistle started, so it was not used. Start the "
               "sign-in again from Epistle.")));
        finish(Outcome::Failed,
            tr("The browser came back with an answer that does not belong to this sign-in (its state does "
               "not match); it was not used. Sign in again."));
        return;
    }
    if (!error.isEmpty()) {
        const QString description = queryValue(values, QStringLiteral("error_description")).left(300);
        const QString why = description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
        m_listener->setCallbackText(page(tr("Not signed in"),
            tr("%1 did not grant Epistle access (%2). You can close this page.")
                .arg(m_provider.displayName, why)));
        finish(error == QLatin1String("access_denied") ? Outcome::Refused : Outcome::Failed,
            error == QLatin1String("access_denied")
                ? tr("%1 did not grant access: the sign-in was declined (%2).")
                      .arg(m_provider.displayName, why)
                : tr("%1 refused the sign-in request (%2).").arg(m_provider.displayName, why));
        return;
    }
    const QString code = queryValue(values, QStringLiteral("code"));
    if (code.isEmpty()) {
        m_listener->setCallbackText(page(tr("Not signed in"), tr("The answer held no authorization code.")));
        finish(Outcome::Failed, tr("The browser came back without an authorization code."));
        return;
    }
    m_listener->setCallbackText(page(tr("Signed in"),
        tr("Epistle received the sign-in from %1. You can close this page and return to Epistle.")
            .arg(m_provider.displayName)));
    m_exchanging = true;
    m_tokens->exchangeCode(m_provider, code, QString::fromLatin1(m_codeVerifier), m_redirectUri,
        [this](const OAuthTokenResponse &response) { onTokens(response); });
}

void OAuthSignIn::onTokens(const OAuthTokenResponse &response)
{
    m_exchanging = false;
    if (m_finished) {
        return;
    }
    if (!response.isGranted()) {
        finish(response.outcome == OAuthTokenResponse::Outcome::Refused ? Outcome::Refused : Outcome::Failed,
            response.message, response.temporary);
        return;
    }
    Result r;
    r.outcome = Outcome::SignedIn;
    r.tokens = response;
    m_finished = true;
    m_timer.stop();
    m_listener->close();
    Q_EMIT finished(r);
}

void OAuthSignIn::finish(Outcome outcome, const QString &message, bool temporary)
{
    if (m_finished || !m_started) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    if (m_listener) {
        m_listener->close();
    }
    Result r;
    r.outcome = outcome;
    r.message = message;
    r.temporary = temporary;
    // Closing the listener inside its own callback is fine; the result goes out on a fresh stack, so a
    // receiver may delete this object.
    QMetaObject::invokeMethod(
        this, [this, r] { Q_EMIT finished(r); }, Qt::QueuedConnection);
}
