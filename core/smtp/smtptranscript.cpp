#include "smtptranscript.h"

#include "logging.h"
#include "smtpchannel.h"

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

void SmtpTranscript::attach(SmtpChannel *client)
{
    connect(client, &SmtpChannel::stateChanged, this, [this, client](Smtp::State state) {
        if (state == Smtp::State::Connecting) {
            add("# " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + " connecting to "
                + client->peerDescription().toUtf8() + " (" + Smtp::securityName(client->settings().security)
                + ")");
        }
    });
    connect(client, &SmtpChannel::commandSent, this, [this](const QByteArray &line) {
        m_startTlsSent = m_startTlsSent || line == "STARTTLS";
        add("C: " + line);
    });
    connect(client, &SmtpChannel::replyReceived, this, [this](const SmtpReply &reply) {
        QByteArray wire = reply.toWire();
        wire.chop(2);
        for (const QByteArray &line : wire.split('\n')) {
            add("S: " + (line.endsWith('\r') ? line.chopped(1) : line));
        }
    });
    connect(client, &SmtpChannel::bodyChunkSent, this, [this](qint64 octets, bool bdat, bool last) {
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
    connect(client, &SmtpChannel::tlsEstablished, this, [this](const SmtpTlsInfo &info) {
        if (m_startTlsSent) {
            add("X: starttls");
            m_startTlsSent = false;
        }
        add("# TLS established: " + info.protocol.toUtf8() + ", " + info.cipher.toUtf8());
    });
    connect(client, &SmtpChannel::errorOccurred, this,
        [this](const SmtpError &error) { add("# error: " + error.toString().toUtf8()); });
}

namespace {

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at 'p' (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF) and its code point; 0 when it is not one.
int utf8Sequence(const uchar *p, qsizetype left, char32_t *codePoint)
{
    const uchar c = p[0];
    int length = 0;
    char32_t value = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        value = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        value = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        value = c & 0x07;
    } else {
        return 0;
    }
    if (left < length) {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (!isContinuation(p[i])) {
            return 0;
        }
        value = (value << 6) | (p[i] & 0x3F);
    }
    const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
    if (overlong || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
        return 0;
    }
    *codePoint = value;
    return length;
}

// What a terminal would act on rather than show: C0 and C1 controls (ESC starts the OSC sequences that set
// titles, make links and write the clipboard; 0x9B is CSI on its own), DEL, and the characters that reorder
// or break lines.
bool isActive(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void appendEscaped(QByteArray *out, const uchar *p, int length)
{
    for (int i = 0; i < length; ++i) {
        switch (p[i]) {
        case '\r':
            out->append("\\r");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            out->append("\\x" + QByteArray::number(p[i], 16).toUpper().rightJustified(2, '0'));
        }
    }
}

// The line in the scripts' own escapes (\r \n \t \\ \xNN): printable UTF-8 stays as it is, everything else
// becomes visible text, so the transcript stays one line per entry, replayable, and harmless on a terminal.
QByteArray escapeLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size());
    const auto *p = reinterpret_cast<const uchar *>(line.constData());
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size;) {
        const uchar c = p[i];
        if (c == '\\') {
            out.append("\\\\");
            ++i;
        } else if (c < 0x80) {
            if (isActive(c)) {
                appendEscaped(&out, p + i, 1);
            } else {
                out.append(char(c));
            }
            ++i;
        } else {
            char32_t codePoint = 0;
            const int length = utf8Sequence(p + i, size - i, &codePoint);
            if (length == 0 || isActive(codePoint)) {
                appendEscaped(&out, p + i, qMax(1, length));
                i += qMax(1, length);
            } else {
                out.append(reinterpret_cast<const char *>(p + i), length);
                i += length;
            }
        }
    }
    return out;
}

} // namespace

void SmtpTranscript::add(const QByteArray &line)
{
    // Nothing a server sends may break the one-line-per-entry format or act on the terminal --trace writes
    // to.
    const QByteArray safe = escapeLine(line);
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
