#include "oauthproviderserver.h"

#include "serverregistry.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>

OAuthProviderServer::OAuthProviderServer() = default;

OAuthProviderServer::~OAuthProviderServer()
{
    stop();
}

bool OAuthProviderServer::start()
{
    return start(Options());
}

bool OAuthProviderServer::start(const Options &options)
{
    stop();
    m_options = options;
    QStringList arguments { TestPaths::serversDirectory() + QStringLiteral("/oauth_provider.py"),
        QStringLiteral("--client-id"), options.clientId, QStringLiteral("--user"), options.user,
        QStringLiteral("--scope"), options.scope, QStringLiteral("--access-ttl"),
        QString::number(options.accessTtlSeconds), QStringLiteral("--parent-pid"),
        QString::number(QCoreApplication::applicationPid()) };
    if (!options.clientSecret.isEmpty()) {
        arguments << QStringLiteral("--client-secret") << options.clientSecret;
    }
    if (options.rotateRefreshTokens) {
        arguments << QStringLiteral("--rotate-refresh-tokens");
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(TestPaths::systemPython(), arguments);
    QByteArray out;
    m_port = ServerRegistry::waitForReadyLine(m_process.get(), &out);
    if (!m_port) {
        m_error = QStringLiteral("oauth_provider.py did not start: %1 %2")
                      .arg(QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
        stop();
        return false;
    }
    return true;
}

void OAuthProviderServer::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
    m_port = 0;
}

QString OAuthProviderServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QByteArray OAuthProviderServer::request(
    const QByteArray &verb, const QString &path, const QByteArray &body) const
{
    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(url(path)) };
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    delete reply;
    return data;
}

Account OAuthProviderServer::account(const QString &name) const
{
    Account a;
    a.id = Account::newId();
    a.name = name;
    a.address = m_options.user;
    a.host = QStringLiteral("localhost");
    a.authMechanism = "XOAUTH2";
    a.oauthProvider = QStringLiteral("custom");
    a.oauthAuthorizeUrl = url(QStringLiteral("/authorize"));
    a.oauthTokenUrl = url(QStringLiteral("/token"));
    a.oauthScope = m_options.scope;
    a.oauthClientId = m_options.clientId;
    return a;
}

QJsonObject OAuthProviderServer::stats() const
{
    return QJsonDocument::fromJson(request("GET", QStringLiteral("/stats"))).object();
}

QStringList OAuthProviderServer::issuedSecrets() const
{
    const QJsonObject o = QJsonDocument::fromJson(request("GET", QStringLiteral("/issued"))).object();
    QStringList all;
    for (const char *kind : { "access", "refresh", "codes" }) {
        for (const QJsonValue &v : o.value(QLatin1String(kind)).toArray()) {
            all << v.toString();
        }
    }
    return all;
}

bool OAuthProviderServer::setFault(const QString &mode) const
{
    return request("POST", QStringLiteral("/fault"), "mode=" + mode.toUtf8()).contains(mode.toUtf8());
}

bool OAuthProviderServer::revokeAll() const
{
    return request("POST", QStringLiteral("/revoke-all")) == "{}";
}

bool OAuthProviderServer::expireAccessTokens() const
{
    return request("POST", QStringLiteral("/expire-access")) == "{}";
}

OAuthProviderServer::BrowserRun OAuthProviderServer::browse(
    const QString &authorizationUrl, bool deny, const QString &state)
{
    BrowserRun run;
    QStringList arguments { TestPaths::serversDirectory() + QStringLiteral("/oauth_browser.py"),
        authorizationUrl };
    if (deny) {
        arguments << QStringLiteral("--deny");
    }
    if (!state.isNull()) {
        arguments << QStringLiteral("--state") << state;
    }
    // Run with an event loop, not waitForFinished: the listener it talks to may be in this very process.
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(TestPaths::systemPython(), arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        run.error = QStringLiteral("oauth_browser.py did not finish");
        return run;
    }
    run.exitCode = process.exitCode();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    run.redirect = out.section(QLatin1Char('\n'), 0, 0);
    run.page = out.section(QLatin1Char('\n'), 1);
    run.error = QString::fromUtf8(process.readAllStandardError());
    return run;
}
