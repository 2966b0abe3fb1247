#include "oauthcredentials.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace {

// Wraps 'done' so that it is dropped when 'context' went away meanwhile.
template<typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done](Args... args) {
        if (done && (!hadContext || guard)) {
            done(args...);
        }
    };
}

} // namespace

bool OAuthGrant::accessTokenValidFor(qint64 seconds, const QDateTime &now) const
{
    if (accessToken.isEmpty()) {
        return false;
    }
    // No expiry given: good until a server refuses it (then a refresh follows).
    return !expiresAt.isValid() || now.secsTo(expiresAt) >= seconds;
}

QString OAuthGrant::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            o.insert(QLatin1String(key), value);
        }
    };
    put("refreshToken", refreshToken);
    put("accessToken", accessToken);
    put("expiresAt", expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString());
    put("scope", scope);
    put("signedInAs", signedInAs);
    put("signedInAt", signedInAt.isValid() ? signedInAt.toUTC().toString(Qt::ISODate) : QString());
    put("endedBecause", endedBecause);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OAuthGrant OAuthGrant::fromJson(const QString &json, bool *ok)
{
    OAuthGrant g;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (ok) {
        *ok = doc.isObject();
    }
    const QJsonObject o = doc.object();
    g.refreshToken = o.value(QLatin1String("refreshToken")).toString();
    g.accessToken = o.value(QLatin1String("accessToken")).toString();
    g.expiresAt = QDateTime::fromString(o.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
    g.scope = o.value(QLatin1String("scope")).toString();
    g.signedInAs = o.value(QLatin1String("signedInAs")).toString();
    g.signedInAt = QDateTime::fromString(o.value(QLatin1String("signedInAt")).toString(), Qt::ISODate);
    g.endedBecause = o.value(QLatin1String("endedBecause")).toString();
    return g;
}

OAuthCredentials::OAuthCredentials(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_client(new OAuthTokenClient(this))
{ }

OAuthCredentials::~OAuthCredentials() = default;

QString OAuthCredentials::signInAgainMessage(const Account &account, const QString &reason)
{
    return tr("The sign-in of account \"%1\" has expired or was revoked: %2").arg(account.name, reason);
}

void OAuthCredentials::provider(const Account &account, QObject *context,
    std::function<void(bool, const OAuthProvider &, const QString &)> done)
{
    auto reply = guarded(context, std::move(done));
    OAuthProvider p;
    QString error;
    if (!OAuthProvider::forAccount(account, &p, &error, m_providerDirectories)) {
        QMetaObject::invokeMethod(
            this, [reply, p, error] { reply(false, p, error); }, Qt::QueuedConnection);
        return;
    }
    if (account.oauthClientId.isEmpty() && !p.clientSecret.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [reply, p] { reply(true, p, QString()); }, Qt::QueuedConnection);
        return;
    }
    // The account's own client may have a secret (Google's desktop clients do): in the keychain.
    m_secrets->read(account.id, SecretStore::Kind::OAuthClientSecret, this,
        [reply, p](const SecretStore::Result &r) mutable {
            if (r.ok) {
                p.clientSecret = r.secret;
            }
            reply(true, p, QString());
        });
}

void OAuthCredentials::state(const Account &account, QObject *context,
    std::function<void(State, const OAuthGrant &, const QString &)> done)
{
    auto reply = guarded(context, std::move(done));
    m_secrets->read(account.id, SecretStore::Kind::OAuthGrant, this, [reply](const SecretStore::Result &r) {
        if (!r.ok) {
            // Nothing saved where we can look (without a keychain, a sign-in lives in this session's memory).
            reply(r.notFound ? State::SignedOut : State::Unknown, OAuthGrant(),
                r.notFound ? QString() : r.error);
            return;
        }
        bool ok = false;
        const OAuthGrant grant = OAuthGrant::fromJson(r.secret, &ok);
        if (!ok || (!grant.hasRefreshToken() && !grant.accessTokenValidFor(0))) {
            reply(grant.endedBecause.isEmpty() ? State::SignedOut : State::Expired, grant, QString());
            return;
        }
        reply(State::SignedIn, grant, QString());
    });
}

void OAuthCredentials::store(const Account &account, const OAuthTokenResponse &tokens, QObject *context,
    std::function<void(const SecretStore::Result &)> done)
{
    auto reply = guarded(context, std::move(done));
    OAuthGrant grant;
    grant.refreshToken = tokens.refreshToken;
    grant.accessToken = tokens.accessToken;
    grant.scope = tokens.scope;
    grant.signedInAs = account.loginUser();
    grant.signedInAt = QDateTime::currentDateTimeUtc();
    if (tokens.expiresIn > 0) {
        grant.expiresAt = grant.signedInAt.addSecs(tokens.expiresIn);
    }
    m_secrets->write(account.id, SecretStore::Kind::OAuthGrant, grant.toJson(), this,
        [reply](const SecretStore::Result &r) { reply(r); });
}

void OAuthCredentials::signOut(
    const Account &account, QObject *context, std::function<void(const QString &)> done)
{
    auto reply = guarded(context, std::move(done));
    m_secrets->remove(account.id, SecretStore::Kind::OAuthGrant, this,
        [reply](const SecretStore::Result &r) { reply(r.ok ? QString() : r.error); });
}

void OAuthCredentials::accessToken(
    const Account &account, bool forceRefresh, QObject *context, TokenCallback done)
{
    auto reply = guarded(context, std::move(done));
    if (m_pending.contains(account.id)) {
        m_pending[account.id].callbacks.append(reply); // one refresh for all who ask meanwhile
        return;
    }
    m_pending[account.id].callbacks.append(reply);
    m_secrets->read(account.id, SecretStore::Kind::OAuthGrant, this,
        [this, account, forceRefresh](const SecretStore::Result &r) {
            Token t;
            if (!r.ok) {
                t.signInNeeded = r.error.isEmpty();
                t.message = r.error.isEmpty()
                    ? tr("Account \"%1\" is not signed in to %2 yet: sign in first.")
                          .arg(account.name, account.oauthProvider)
                    : tr("The sign-in of account \"%1\" cannot be read: %2").arg(account.name, r.error);
                deliver(account.id, t);
                return;
            }
            const OAuthGrant grant = OAuthGrant::fromJson(r.secret);
            if (!forceRefresh && grant.accessTokenValidFor(RefreshMarginSeconds)) {
                t.ok = true;
                t.accessToken = grant.accessToken;
                deliver(account.id, t);
                return;
            }
            if (!grant.hasRefreshToken()) {
                t.signInNeeded = true;
                t.message = signInAgainMessage(account,
                    grant.endedBecause.isEmpty() ? tr("The provider gave no refresh token.")
                                                 : grant.endedBecause);
                deliver(account.id, t);
                return;
            }
            refresh(account, grant, this);
        });
}

void OAuthCredentials::refresh(const Account &account, const OAuthGrant &grant, QObject *)
{
    provider(account, this, [this, account, grant](bool ok, const OAuthProvider &p, const QString &error) {
        if (!ok) {
            Token t;
            t.message = error;
            deliver(account.id, t);
            return;
        }
        qCDebug(lcOAuth, "refreshing the access token of %s", qPrintable(account.id));
        m_client->refresh(p, grant.refreshToken, [this, account, grant](const OAuthTokenResponse &response) {
            Token t;
            OAuthGrant next = grant;
            if (response.outcome == OAuthTokenResponse::Outcome::Refused) {
                // The sign-in is over: say so once, and remember it for "Sign-in expired".
                next.refreshToken.clear();
                next.accessToken.clear();
                next.expiresAt = QDateTime();
                next.endedBecause = response.message;
                t.signInNeeded = true;
                t.message = signInAgainMessage(account, response.message);
            } else if (!response.isGranted()) {
                t.temporary = response.temporary;
                t.message = response.message;
                deliver(account.id, t);
                return;
            } else {
                next.accessToken = response.accessToken;
                // RFC 6749 6: a new refresh token replaces the old one (Microsoft rotates them).
                if (!response.refreshToken.isEmpty()) {
                    next.refreshToken = response.refreshToken;
                }
                next.expiresAt = response.expiresIn > 0
                    ? QDateTime::currentDateTimeUtc().addSecs(response.expiresIn)
                    : QDateTime();
                t.ok = true;
                t.refreshed = true;
                t.accessToken = response.accessToken;
            }
            m_secrets->write(account.id, SecretStore::Kind::OAuthGrant, next.toJson(), this,
                [this, id = account.id, t](const SecretStore::Result &) { deliver(id, t); });
        });
    });
}

void OAuthCredentials::deliver(const QString &accountId, const Token &token)
{
    const QList<TokenCallback> callbacks = m_pending.take(accountId).callbacks;
    for (const TokenCallback &callback : callbacks) {
        callback(token);
    }
}
