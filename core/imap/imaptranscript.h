#pragma once

#include "imapresponse.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QIODevice;
class ImapClient;

// Records an IMAP session as "C: " / "S: " lines in the format of the fake server's scripts (credentials
// redacted, literals as "X: literal N"), to a device (a --trace output, an EPISTLE_IMAP_LOG file) and/or in
// memory for the protocol log view.
class ImapTranscript : public QObject
{
    Q_OBJECT
public:
    explicit ImapTranscript(QObject *parent = nullptr);
    // Appends to 'device' as lines arrive (not owned); nullptr keeps the lines in memory only.
    void setDevice(QIODevice *device) { m_device = device; }
    // An ImapTranscript writing to $EPISTLE_IMAP_LOG when it is set and can be opened, else nullptr.
    static ImapTranscript *fromEnvironment(QObject *parent);

    void attach(ImapClient *client);
    // The lines so far, capped so a long session cannot grow without end.
    QStringList lines() const { return m_lines; }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

    static constexpr int MaxLines = 5000;

Q_SIGNALS:
    void lineAdded(const QString &line);

private:
    void add(const QByteArray &line);

    QPointer<QIODevice> m_device;
    QStringList m_lines;
};
