#pragma once

#include "smtpreply.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QIODevice;
class SmtpChannel;

// Records a session as "C: " / "S: " lines in the format of the test scenarios (credentials redacted), to a
// device (the --trace output, an EPISTLE_SMTP_LOG file) and/or in memory for the protocol log view.
class SmtpTranscript : public QObject
{
    Q_OBJECT
public:
    explicit SmtpTranscript(QObject *parent = nullptr);
    // Appends to 'device' as lines arrive (not owned); nullptr keeps the lines in memory only.
    void setDevice(QIODevice *device);
    // Opens 'path' for appending; nullptr when it cannot be opened.
    static SmtpTranscript *openLogFile(const QString &path, QObject *parent);

    void attach(SmtpChannel *client);
    // The lines so far, capped so a long session cannot grow without end.
    QStringList lines() const { return m_lines; }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }
    void clear() { m_lines.clear(); }

    static constexpr int MaxLines = 5000;

Q_SIGNALS:
    void lineAdded(const QString &line);

private:
    void add(const QByteArray &line);

    QPointer<QIODevice> m_device;
    QStringList m_lines;
    bool m_startTlsSent = false;
};
