#include "imaptranscript.h"

#include "imapclient.h"
#include "logging.h"

#include <QDateTime>
#include <QFile>

ImapTranscript::ImapTranscript(QObject *parent) : QObject(parent) { }

ImapTranscript *ImapTranscript::fromEnvironment(QObject *parent)
{
    const QString path = qEnvironmentVariable("EPISTLE_IMAP_LOG");
    if (path.isEmpty()) {
        return nullptr;
    }
    auto *file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcImap, "EPISTLE_IMAP_LOG: cannot open %s: %s", qPrintable(path),
            qPrintable(file->errorString()));
        delete file;
        return nullptr;
    }
    auto *transcript = new ImapTranscript(parent);
    file->setParent(transcript);
    transcript->setDevice(file);
    return transcript;
}

void ImapTranscript::attach(ImapClient *client)
{
    connect(client, &ImapClient::stateChanged, this, [this, client](Imap::State state) {
        if (state == Imap::State::Connecting) {
            add("# " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + " connecting to "
                + client->peerDescription().toUtf8() + " (" + Smtp::securityName(client->settings().security)
                + ")");
        }
    });
    connect(client, &ImapClient::commandSent, this, [this](const QByteArray &line) { add("C: " + line); });
    connect(client, &ImapClient::literalSent, this, [this](qint64 octets, bool redacted) {
        add("X: literal " + QByteArray::number(octets) + (redacted ? " # redacted" : ""));
    });
    connect(client, &ImapClient::responseReceived, this, [this](const ImapResponse &response) {
        // Literals inside a response are kept on their line, escaped, so each response stays one entry.
        QByteArray wire = response.wire();
        if (wire.endsWith("\r\n")) {
            wire.chop(2);
        }
        add("S: " + wire);
    });
    connect(client, &ImapClient::tlsEstablished, this, [this](const SmtpTlsInfo &info) {
        add("# TLS established: " + info.protocol.toUtf8() + ", " + info.cipher.toUtf8());
    });
    connect(client, &ImapClient::errorOccurred, this,
        [this](const ImapError &error) { add("# error: " + error.toString().toUtf8()); });
}

void ImapTranscript::add(const QByteArray &line)
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
