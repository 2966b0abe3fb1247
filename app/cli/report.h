#pragma once

#include "smtp/smtpclient.h"
#include "smtp/smtptransaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

// Collects what a command line run did (the steps with their timings and replies, the TLS session, the
// capabilities) and turns it into the --json object or human-readable lines.
class RunReport : public QObject
{
    Q_OBJECT
public:
    struct StepRecord
    {
        Smtp::Step step;
        bool ok;
        qint64 ms;
        SmtpReply reply;
    };

    explicit RunReport(QObject *parent = nullptr);
    void watch(SmtpClient *client);

    QJsonObject serverObject(const SmtpConnectionSettings &settings) const;
    QJsonArray stepsArray() const;
    static QJsonObject errorObject(const SmtpError &error);
    static QJsonObject replyObject(const SmtpReply &reply);
    static QJsonArray recipientsArray(const SmtpSendResult &result);
    // What went wrong without stopping an accepted message (a refused login): error objects, [] for none.
    static QJsonArray warningsArray(const SmtpSendResult &result);
    static QJsonObject certificateObject(const QSslCertificate &certificate);

    int roundTrips() const { return m_roundTrips; }
    qint64 bytesSent() const { return m_bytesSent; }
    const QList<StepRecord> &steps() const { return m_steps; }

private:
    QList<StepRecord> m_steps;
    SmtpTlsInfo m_tls;
    SmtpCapabilities m_capabilities;
    int m_roundTrips = 0;
    qint64 m_bytesSent = 0;
};

// Writes a JSON object as one line on stdout.
void printJson(const QJsonObject &object);
