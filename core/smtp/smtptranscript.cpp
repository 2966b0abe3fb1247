#include "smtptranscript.h"

#include "logging.h"
#include "smtpclient.h"

#include <QDateTime>
#include <QFile>

SmtpTranscript::SmtpTranscript(QObject *parent) : QObject(parent) { }

void SmtpTranscript::setDevice(QIODevice *device)
{
    m_device = device;
}

SmtpTranscript *SmtpTranscript::openLogFile(const QString &path, QObject *parent)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcSmtp, "EPISTLE_SMTP_LOG: cannot open %s: %s", qPrintable(path),
            qPrintable(file->errorString()));
        delete file;
        return nullptr;
    }
    auto *transcript = new SmtpTranscript(parent);
    file->setParent(transcript);
    transcript->setDevice(file);
    return transcript;
}

void SmtpTranscript::attach(SmtpClient *client)
{
    connect(client, &SmtpClient::stateChanged, this, [this, client](Smtp::State state) {
        if (state == Smtp::State::Connecting) {
            add("# " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + " connecting to "
                + client->peerDescription().toUtf8() + " (" + Smtp::securityName(client->settings().security)
                + ")");
        }
    });
    connect(client, &SmtpClient::commandSent, this, [this](const QByteArray &line) {
        m_startTlsSent = m_startTlsSent || line == "STARTTLS";
        add("C: " + line);
    });
    connect(client, &SmtpClient::replyReceived, this, [this](const SmtpReply &reply) {
        QByteArray wire = reply.toWire();
        wire.chop(2);
        for (const QByteArray &line : wire.split('\n')) {
            add("S: " + (line.endsWith('\r') ? line.chopped(1) : line));
        }
    });
    connect(client, &SmtpClient::bodyChunkSent, this, [this](qint64 octets, bool bdat, bool last) {
        // Written so that the transcript doubles as a fake-server script.
        if (bdat) {
            add("X: bdat " + QByteArray::number(octets));
            if (last) {
                add("X: bdat-end");
            }
        } else {
            add("# " + QByteArray::number(octets) + " octets of message data, ending with <CRLF>.<CRLF>");
            add("X: data");
        }
    });
    connect(client, &SmtpClient::tlsEstablished, this, [this](const SmtpTlsInfo &info) {
        if (m_startTlsSent) {
            add("X: starttls");
            m_startTlsSent = false;
        }
        add("# TLS established: " + info.protocol.toUtf8() + ", " + info.cipher.toUtf8());
    });
    connect(client, &SmtpClient::errorOccurred, this,
        [this](const SmtpError &error) { add("# error: " + error.toString().toUtf8()); });
}

void SmtpTranscript::add(const QByteArray &line)
{
    // Nothing a server sends may break the one-line-per-entry format.
    QByteArray safe = line;
    safe.replace('\r', "\\r").replace('\n', "\\n");
    const QString text = QString::fromUtf8(safe);
    if (m_lines.size() >= MaxLines) {
        m_lines.removeFirst();
    }
    m_lines.append(text);
    if (m_device) {
        m_device->write(safe + '\n');
    }
    Q_EMIT lineAdded(text);
}
