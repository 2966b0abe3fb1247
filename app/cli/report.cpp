#include "report.h"

#include "cliutil.h"

#include <QJsonDocument>

RunReport::RunReport(QObject *parent) : QObject(parent) { }

void RunReport::watch(SmtpClient *client)
{
    connect(
        client, &SmtpClient::stepFinished, this, [this](Smtp::Step step, const SmtpReply &reply, qint64 ms) {
            const bool ok = !reply.isValid() || reply.isPositive() || reply.isIntermediate();
            m_steps.append({ step, ok, ms, reply });
        });
    connect(client, &SmtpClient::tlsEstablished, this, [this](const SmtpTlsInfo &info) { m_tls = info; });
    connect(client, &SmtpClient::replyReceived, this, [this, client](const SmtpReply &) {
        m_capabilities = client->capabilities().isEmpty() ? m_capabilities : client->capabilities();
        m_roundTrips = client->roundTrips();
        m_bytesSent = client->bytesWritten();
    });
    connect(client, &SmtpClient::disconnected, this, [this, client] {
        m_roundTrips = client->roundTrips();
        m_bytesSent = client->bytesWritten();
    });
    connect(client, &SmtpClient::errorOccurred, this, [this](const SmtpError &error) {
        m_steps.append({ error.step(), false, 0, error.reply() });
    });
}

QJsonObject RunReport::certificateObject(const QSslCertificate &c)
{
    return QJsonObject {
        { QStringLiteral("subject"), SmtpTlsInfo::describeSubject(c) },
        { QStringLiteral("issuer"), SmtpTlsInfo::describeIssuer(c) },
        { QStringLiteral("notBefore"), c.effectiveDate().toString(Qt::ISODate) },
        { QStringLiteral("notAfter"), c.expiryDate().toString(Qt::ISODate) },
        { QStringLiteral("sha256"), SmtpTlsInfo::formatFingerprint(SmtpTlsInfo::fingerprint(c)) },
    };
}

QJsonObject RunReport::serverObject(const SmtpConnectionSettings &settings) const
{
    QJsonObject server {
        { QStringLiteral("host"), settings.host },
        { QStringLiteral("port"), settings.effectivePort() },
        { QStringLiteral("security"), QString::fromLatin1(Smtp::securityName(settings.security)) },
    };
    if (m_tls.encrypted) {
        server.insert(QStringLiteral("tls"),
            QJsonObject { { QStringLiteral("protocol"), m_tls.protocol },
                { QStringLiteral("cipher"), m_tls.cipher }, { QStringLiteral("bits"), m_tls.cipherBits },
                { QStringLiteral("pinned"), m_tls.pinned },
                { QStringLiteral("certificate"), certificateObject(m_tls.peerCertificate) } });
    } else {
        server.insert(QStringLiteral("tls"), QJsonValue::Null);
    }
    QJsonArray caps;
    for (const QByteArray &k : m_capabilities.keywords()) {
        QByteArray line = k;
        const QList<QByteArray> params = m_capabilities.parameters(k);
        if (!params.isEmpty()) {
            line += ' ' + params.join(' ');
        }
        caps.append(QString::fromLatin1(line));
    }
    server.insert(QStringLiteral("capabilities"), caps);
    return server;
}

QJsonArray RunReport::stepsArray() const
{
    QJsonArray out;
    for (const StepRecord &s : m_steps) {
        QJsonObject o { { QStringLiteral("step"), QString::fromLatin1(Smtp::stepName(s.step)) },
            { QStringLiteral("ok"), s.ok }, { QStringLiteral("ms"), s.ms } };
        o.insert(QStringLiteral("reply"),
            s.reply.isValid() ? QJsonValue(s.reply.summary()) : QJsonValue(QJsonValue::Null));
        out.append(o);
    }
    return out;
}

QJsonObject RunReport::replyObject(const SmtpReply &reply)
{
    if (!reply.isValid()) {
        return {};
    }
    return QJsonObject { { QStringLiteral("code"), reply.code() },
        { QStringLiteral("enhancedCode"), QString::fromLatin1(reply.enhancedCode()) },
        { QStringLiteral("text"), reply.message() } };
}

QJsonObject RunReport::errorObject(const SmtpError &error)
{
    QJsonObject o { { QStringLiteral("step"), QString::fromLatin1(Smtp::stepName(error.step())) },
        { QStringLiteral("code"), error.codeName() }, { QStringLiteral("message"), error.message() },
        { QStringLiteral("exitCode"), error.exitCode() } };
    o.insert(QStringLiteral("enhancedCode"),
        error.enhancedCode().isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QString::fromLatin1(error.enhancedCode())));
    o.insert(QStringLiteral("reply"),
        error.reply().isValid() ? QJsonValue(error.reply().summary()) : QJsonValue(QJsonValue::Null));
    if (!error.certificateChain().isEmpty()) {
        o.insert(QStringLiteral("certificate"), certificateObject(error.certificateChain().first()));
    }
    return o;
}

QJsonArray RunReport::recipientsArray(const SmtpSendResult &result)
{
    QJsonArray out;
    for (const SmtpRecipientResult &r : result.recipients) {
        out.append(QJsonObject { { QStringLiteral("address"), r.address },
            { QStringLiteral("accepted"), r.accepted },
            { QStringLiteral("reply"),
                r.reply.isValid() ? QJsonValue(r.reply.summary()) : QJsonValue(QJsonValue::Null) } });
    }
    return out;
}

QJsonArray RunReport::warningsArray(const SmtpSendResult &result)
{
    QJsonArray out;
    for (const SmtpError &warning : result.warnings) {
        out.append(errorObject(warning));
    }
    return out;
}

void printJson(const QJsonObject &object)
{
    Cli::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}
