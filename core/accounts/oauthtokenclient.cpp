#include "oauthtokenclient.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace {
// A token answer is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxResponseBytes = 256 * 1024;

QByteArray formEncode(const QUrlQuery &query)
{
    // application/x-www-form-urlencoded (RFC 6749 Appendix B): every reserved character percent-encoded.
    QByteArray body;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += key.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding();
    }
    return body;
}
} // namespace

OAuthTokenClient::OAuthTokenClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

OAuthTokenClient::~OAuthTokenClient() = default;

void OAuthTokenClient::exchangeCode(const OAuthProvider &provider, const QString &code,
    const QString &codeVerifier, const QString &redirectUri, Callback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("code_verifier"), codeVerifier);
    post(provider, form, std::move(done));
}

void OAuthTokenClient::refresh(const OAuthProvider &provider, const QString &refreshToken, Callback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    if (provider.id == QLatin1String("microsoft")) {
        // Microsoft's v2 endpoint wants the scope again with a refresh.
        form.addQueryItem(QStringLiteral("scope"), provider.scope);
    }
    post(provider, form, std::move(done));
}

void OAuthTokenClient::post(const OAuthProvider &provider, QUrlQuery form, Callback done)
{
    // A public client names itself in the body (RFC 6749 2.3.1 client_secret_post when it has a secret,
    // which is what Google's installed-app clients use).
    form.addQueryItem(QStringLiteral("client_id"), provider.clientId);
    if (!provider.clientSecret.isEmpty()) {
        form.addQueryItem(QStringLiteral("client_secret"), provider.clientSecret);
    }
    QNetworkRequest request(provider.tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, formEncode(form));
    const QString name = provider.displayName;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxResponseBytes) {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done, name] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        OAuthTokenResponse r;
        if (status == 0) {
            r.outcome = OAuthTokenResponse::Outcome::Failed;
            r.temporary = true;
            r.message = OAuthTokenResponse::tr("%1's sign-in server could not be reached: %2.")
                            .arg(name, reply->errorString());
        } else {
            r = OAuthTokenClient::parse(status, reply->read(MaxResponseBytes), name);
        }
        qCDebug(lcOAuth, "token endpoint: HTTP %d, %s", status, qPrintable(r.error));
        done(r);
    });
}

OAuthTokenResponse OAuthTokenClient::parse(int status, const QByteArray &body, const QString &name)
{
    OAuthTokenResponse r;
    r.httpStatus = status;
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    const QJsonObject o = doc.object();
    if (status >= 500) {
        r.temporary = true;
        r.message = OAuthTokenResponse::tr("%1's sign-in server had a problem (HTTP %2); try again later.")
                        .arg(name)
                        .arg(status);
        return r;
    }
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        r.message = OAuthTokenResponse::tr("%1's sign-in server answered something that is not a token "
                                           "(HTTP %2, not JSON).")
                        .arg(name)
                        .arg(status);
        return r;
    }
    r.error = o.value(QLatin1String("error")).toString();
    r.errorDescription = o.value(QLatin1String("error_description")).toString().left(500);
    if (status >= 400 || !r.error.isEmpty()) {
        // RFC 6749 5.2: the provider refused the grant or the client.
        r.outcome = OAuthTokenResponse::Outcome::Refused;
        const QString why = r.errorDescription.isEmpty()
            ? r.error
            : QStringLiteral("%1: %2").arg(r.error, r.errorDescription);
        if (r.error == QLatin1String("invalid_grant")) {
            r.message = OAuthTokenResponse::tr("%1 refused the refresh token (%2).").arg(name, why);
        } else if (r.error == QLatin1String("invalid_client")
            || r.error == QLatin1String("unauthorized_client")) {
            r.message
                = OAuthTokenResponse::tr("%1 does not accept the OAuth client id this account uses (%2).")
                      .arg(name, why);
        } else {
            r.message = OAuthTokenResponse::tr("%1 refused the sign-in (%2).")
                            .arg(name, why.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : why);
        }
        return r;
    }
    r.accessToken = o.value(QLatin1String("access_token")).toString();
    r.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    r.scope = o.value(QLatin1String("scope")).toString();
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    // Some providers send expires_in as a string.
    r.expiresIn = expires.isDouble() ? qint64(expires.toDouble())
        : expires.isString()         ? expires.toString().toLongLong()
                                     : -1;
    const QString type = o.value(QLatin1String("token_type")).toString();
    if (r.accessToken.isEmpty()
        || (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)) {
        r.message
            = OAuthTokenResponse::tr("%1's sign-in server answered without a bearer access token.").arg(name);
        r.accessToken.clear();
        return r;
    }
    r.outcome = OAuthTokenResponse::Outcome::Granted;
    return r;
}
