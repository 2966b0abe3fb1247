#include "fakesmtpserver.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

namespace {

// A client that never ends its line must not make the server hold unbounded memory.
constexpr qsizetype MaxPendingLine = 1024 * 1024;
// X: flood keeps at most this much queued in the socket before waiting for it to drain.
constexpr qint64 FloodHighWater = 256 * 1024;
constexpr qint64 FloodChunk = 64 * 1024;
// report() shows at most this much of a pending buffer and this many transcript entries.
constexpr qsizetype ReportBytes = 400;
constexpr int ReportTranscript = 60;

QByteArray shortened(const QByteArray &bytes)
{
    if (bytes.size() <= ReportBytes) {
        return FakeSmtpServer::escape(bytes);
    }
    return FakeSmtpServer::escape(bytes.left(ReportBytes)) + "... (" + QByteArray::number(bytes.size())
        + " bytes)";
}

QString quoted(const QByteArray &bytes)
{
    return QLatin1Char('\'') + QString::fromLatin1(shortened(bytes)) + QLatin1Char('\'');
}

} // namespace

// The listening socket: hands each descriptor to the server, which wraps it in a QSslSocket
// itself (QTcpServer would otherwise make a plain QTcpSocket that cannot start TLS).
class FakeSmtpServer::Listener : public QTcpServer
{
public:
    explicit Listener(FakeSmtpServer *server) : m_server(server) { }

protected:
    void incomingConnection(qintptr descriptor) override { m_server->incomingConnection(descriptor); }

private:
    FakeSmtpServer *m_server;
};

// One client connection playing one script: a small interpreter driven by socket and timer
// events; advance() runs directives until one has to wait for input, output or time.
class FakeSmtpServer::Connection : public QObject
{
public:
    Connection(FakeSmtpServer *server, int index, const Script &script, QSslSocket *socket)
        : m_server(server), m_index(index), m_script(script), m_socket(socket)
    {
        m_socket->setParent(this);
        m_slowTimer.setSingleShot(false);
        m_waitTimer.setSingleShot(true);
        connect(&m_slowTimer, &QTimer::timeout, this, &Connection::sendSlowByte);
        connect(&m_waitTimer, &QTimer::timeout, this, [this] {
            m_phase = PhaseDone;
            advance();
        });
        connect(m_socket, &QSslSocket::readyRead, this, &Connection::readInput);
        connect(m_socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
        connect(m_socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
        connect(m_socket, &QSslSocket::bytesWritten, this, &Connection::onBytesWritten);
        connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Connection::onBytesWritten);
        connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { m_lastSocketError = m_socket->errorString(); });
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors) {
                m_lastSocketError += error.errorString() + QLatin1Char(' ');
            }
        });
    }

    void start(Mode mode)
    {
        if (mode == Mode::ImplicitTls) {
            m_tlsPending = true;
            m_socket->startServerEncryption();
            return;
        }
        advance();
    }

    bool isFinished() const { return m_finished; }
    QByteArray received() const { return m_received; }

    QString describe() const
    {
        QString text = QStringLiteral("connection %1: ").arg(m_index + 1);
        if (m_finished) {
            text += m_failed ? QStringLiteral("failed") : QStringLiteral("finished");
        } else if (m_ip < m_script.steps.size()) {
            const Step &step = m_script.steps.at(m_ip);
            text += QStringLiteral("waiting at line %1 (%2)")
                        .arg(step.line)
                        .arg(QString::fromUtf8(step.source));
            if (m_tlsPending) {
                text += QStringLiteral(", TLS handshake in progress");
            }
        }
        text += m_disconnected ? QStringLiteral("; connection closed") : QStringLiteral("; connection open");
        if (!m_in.isEmpty()) {
            text += QStringLiteral("\n  unread from the client: ") + quoted(m_in);
        }
        if (!m_lastSocketError.isEmpty()) {
            text += QStringLiteral("\n  last socket error: ") + m_lastSocketError;
        }
        text += QStringLiteral("\n  transcript:");
        const qsizetype first = qMax<qsizetype>(0, m_transcript.size() - ReportTranscript);
        if (first > 0) {
            text += QStringLiteral("\n    (%1 earlier entries)").arg(first);
        }
        for (qsizetype i = first; i < m_transcript.size(); ++i) {
            text += QStringLiteral("\n    ") + QString::fromLatin1(m_transcript.at(i));
        }
        return text;
    }

private:
    enum Phase { PhaseNone, PhaseWaiting, PhaseDone };

    QString where(const Step &step) const
    {
        QString prefix;
        if (!m_script.name.isEmpty()) {
            prefix = m_script.name + QStringLiteral(", ");
        } else if (m_server->m_scripts.size() > 1) {
            prefix = QStringLiteral("connection %1, ").arg(m_index + 1);
        }
        return prefix + QStringLiteral("line %1: ").arg(step.line);
    }

    void fail(const QString &error)
    {
        if (m_finished) {
            return;
        }
        m_failed = true;
        m_transcript.append("!! " + error.toUtf8());
        m_server->recordError(error);
        m_finished = true;
        m_slowTimer.stop();
        m_waitTimer.stop();
        if (!m_disconnected) {
            // The client sees the script end the way a real server gives up: the connection
            // closes. Output already queued (the last replies) still goes out first.
            if (m_socket->state() == QAbstractSocket::ConnectedState && !m_tlsPending) {
                m_socket->disconnectFromHost();
            } else {
                m_socket->abort();
            }
        }
        Q_EMIT m_server->scriptFinished(m_index);
        m_server->checkAllFinished();
    }

    void finish()
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        if (!m_in.isEmpty() && !m_ignoreInput) {
            m_finished = false; // fail() reports and finishes
            fail(QStringLiteral("after the end of the script the client sent %1").arg(quoted(m_in)));
            return;
        }
        Q_EMIT m_server->scriptFinished(m_index);
        m_server->checkAllFinished();
    }

    void output(const QByteArray &bytes)
    {
        m_transcript.append("S: " + shortened(bytes));
        if (m_slowMs <= 0) {
            m_socket->write(bytes);
            return;
        }
        const bool idle = m_slowQueue.isEmpty();
        m_slowQueue += bytes;
        if (idle) {
            sendSlowByte();
        }
    }

    void sendSlowByte()
    {
        if (m_slowQueue.isEmpty() || m_disconnected) {
            m_slowTimer.stop();
            return;
        }
        m_socket->write(m_slowQueue.left(1));
        m_socket->flush();
        m_slowQueue.remove(0, 1);
        if (m_slowQueue.isEmpty()) {
            m_slowTimer.stop();
            advance();
        } else if (!m_slowTimer.isActive()) {
            m_slowTimer.start(m_slowMs);
        }
    }

    // Input is left in the socket while the next thing to do is X: starttls (possibly after
    // some output or a wait): the bytes that arrive then are the client's TLS handshake,
    // which QSslSocket must read itself.
    bool holdInput() const
    {
        if (m_tlsPending || m_socket->isEncrypted()) {
            return false;
        }
        for (qsizetype i = m_ip; i < m_script.steps.size(); ++i) {
            switch (m_script.steps.at(i).kind) {
            case Step::Send:
            case Step::Raw:
            case Step::Wait:
            case Step::Slow:
                continue;
            case Step::StartTls:
                return true;
            default:
                return false;
            }
        }
        return false;
    }

    void readInput()
    {
        // After a close QSslSocket stays "open" while its inner socket is not: ask for what is
        // buffered rather than read a closed device.
        if (m_socket->bytesAvailable() <= 0 || (holdInput() && !m_disconnected)) {
            return;
        }
        const QByteArray data = m_socket->readAll();
        if (data.isEmpty()) {
            return;
        }
        m_received += data;
        if (m_finished) {
            if (!m_ignoreInput && !m_failed) {
                m_finished = false;
                fail(QStringLiteral("after the end of the script the client sent %1").arg(quoted(data)));
            }
            return;
        }
        m_in += data;
        advance();
    }

    void onEncrypted()
    {
        m_tlsPending = false;
        m_transcript.append("-- TLS established (" + m_socket->sessionCipher().name().toLatin1() + ")");
        if (m_ip < m_script.steps.size() && m_script.steps.at(m_ip).kind == Step::ExpectTlsFailure) {
            fail(where(m_script.steps.at(m_ip))
                + QStringLiteral("the TLS handshake succeeded, but the script expected the client to refuse "
                                 "the certificate"));
            return;
        }
        advance();
    }

    void onDisconnected()
    {
        if (m_disconnected) {
            return;
        }
        // Whatever arrived with the close still counts.
        m_disconnected = true;
        readInput();
        m_transcript.append("-- connection closed");
        if (!m_finished) {
            if (m_tlsPending) {
                m_tlsPending = false;
                if (m_ip < m_script.steps.size() && m_script.steps.at(m_ip).kind == Step::ExpectTlsFailure) {
                    ++m_ip;
                    m_phase = PhaseNone;
                } else {
                    const QString line
                        = m_ip < m_script.steps.size() ? where(m_script.steps.at(m_ip)) : QString();
                    fail(line + QStringLiteral("the TLS handshake failed: %1").arg(m_lastSocketError));
                }
            } else if (m_ip < m_script.steps.size() && m_script.steps.at(m_ip).kind == Step::Flood) {
                // The client gave up on the flood: that is what X: expect-close checks next.
                ++m_ip;
                m_phase = PhaseNone;
            }
            advance();
        }
        Q_EMIT m_server->clientDisconnected(m_index);
    }

    void onBytesWritten()
    {
        if (!m_finished && m_ip < m_script.steps.size() && m_script.steps.at(m_ip).kind == Step::Flood) {
            advance();
        }
    }

    qint64 pendingOutput() const { return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite(); }

    // Events can arrive while advance() is running (a write may emit bytesWritten at once);
    // they only ask for another pass.
    void advance()
    {
        if (m_running) {
            m_again = true;
            return;
        }
        QPointer<Connection> guard(this);
        m_running = true;
        do {
            m_again = false;
            run();
        } while (guard && m_again && !m_finished);
        if (guard) {
            m_running = false;
        }
    }

    void run()
    {
        while (!m_finished) {
            if (m_tlsPending || !m_slowQueue.isEmpty()) {
                return;
            }
            if (m_ip >= m_script.steps.size()) {
                finish();
                return;
            }
            const Step &step = m_script.steps.at(m_ip);
            const QString at = where(step);
            switch (step.kind) {
            case Step::Send: {
                if (m_disconnected) {
                    return fail(at
                        + QStringLiteral("the client closed the connection; the script still had to send %1")
                              .arg(quoted(step.bytes)));
                }
                QByteArray out;
                while (m_ip < m_script.steps.size() && m_script.steps.at(m_ip).kind == Step::Send) {
                    out += m_script.steps.at(m_ip).bytes + "\r\n";
                    ++m_ip;
                }
                output(out);
                break;
            }
            case Step::Raw:
                if (m_disconnected) {
                    return fail(at
                        + QStringLiteral("the client closed the connection; the script still had to send %1")
                              .arg(quoted(step.bytes)));
                }
                output(step.bytes);
                ++m_ip;
                break;
            case Step::Expect:
            case Step::ExpectMatch: {
                const qsizetype lf = m_in.indexOf('\n');
                if (lf < 0) {
                    const QByteArray expected = step.kind == Step::Expect ? step.bytes + "\r\n" : step.source;
                    if (m_disconnected) {
                        return fail(at
                            + QStringLiteral("expected %1, but the client closed the connection%2")
                                  .arg(quoted(expected),
                                      m_in.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" after sending %1").arg(quoted(m_in))));
                    }
                    if (m_in.size() > MaxPendingLine) {
                        return fail(at
                            + QStringLiteral("expected %1, got %2 bytes without a line end")
                                  .arg(quoted(expected))
                                  .arg(m_in.size()));
                    }
                    return;
                }
                const QByteArray line = m_in.left(lf + 1);
                m_in.remove(0, lf + 1);
                m_transcript.append("C: " + shortened(line));
                if (step.kind == Step::Expect) {
                    const QByteArray expected = step.bytes + "\r\n";
                    if (line != expected) {
                        return fail(
                            at + QStringLiteral("expected %1, got %2").arg(quoted(expected), quoted(line)));
                    }
                } else {
                    const bool crlf = line.endsWith("\r\n");
                    const QString text = QString::fromUtf8(line.left(line.size() - (crlf ? 2 : 1)));
                    if (!crlf || !step.pattern.match(text).hasMatch()) {
                        return fail(at
                            + QStringLiteral("expected a line matching '%1' + CRLF, got %2")
                                  .arg(step.pattern.pattern(), quoted(line)));
                    }
                }
                ++m_ip;
                break;
            }
            case Step::StartTls:
                if (m_disconnected) {
                    return fail(at + QStringLiteral("the client closed the connection before TLS started"));
                }
                if (!m_in.isEmpty()) {
                    return fail(at
                        + QStringLiteral("the client sent %1 after STARTTLS, before the TLS handshake "
                                         "(RFC 3207 forbids pipelining across STARTTLS)")
                              .arg(quoted(m_in)));
                }
                m_transcript.append("-- starting TLS");
                ++m_ip;
                m_tlsPending = true;
                m_socket->startServerEncryption();
                return;
            case Step::ExpectTlsFailure:
                // Reached with the connection encrypted or never asked to be.
                return fail(at
                    + QStringLiteral("X: expect-tls-failure must follow X: starttls or open an implicit-TLS "
                                     "script"));
            case Step::Close:
            case Step::Abort:
                ++m_ip;
                m_ignoreInput = true;
                m_transcript.append(step.kind == Step::Close ? "-- server closes" : "-- server aborts");
                if (!m_disconnected) {
                    if (step.kind == Step::Close) {
                        m_socket->disconnectFromHost();
                    } else {
                        m_socket->abort();
                    }
                }
                finish();
                return;
            case Step::Wait:
                if (m_phase == PhaseNone) {
                    m_phase = PhaseWaiting;
                    m_waitTimer.start(int(step.number));
                    return;
                }
                if (m_phase == PhaseWaiting) {
                    return;
                }
                m_phase = PhaseNone;
                ++m_ip;
                break;
            case Step::ExpectQuiet:
                if (!m_in.isEmpty()) {
                    return fail(at
                        + QStringLiteral("the client sent %1 while it should have been waiting")
                              .arg(quoted(m_in)));
                }
                if (m_disconnected) {
                    return fail(at
                        + QStringLiteral("the client closed the connection while it should have been "
                                         "waiting"));
                }
                if (m_phase == PhaseNone) {
                    m_phase = PhaseWaiting;
                    m_waitTimer.start(int(step.number));
                    return;
                }
                if (m_phase == PhaseWaiting) {
                    return;
                }
                m_phase = PhaseNone;
                ++m_ip;
                break;
            case Step::Slow:
                m_slowMs = int(step.number);
                ++m_ip;
                break;
            case Step::Data: {
                // The body ends at CRLF "." CRLF; an empty body is just ".\r\n" after the
                // DATA command's own CRLF.
                qsizetype end = -1;
                if (m_in.startsWith(".\r\n")) {
                    end = 3;
                } else {
                    const qsizetype terminator = m_in.indexOf("\r\n.\r\n");
                    if (terminator >= 0) {
                        end = terminator + 5;
                    }
                }
                if (end < 0) {
                    if (m_disconnected) {
                        return fail(at
                            + QStringLiteral("the client closed the connection inside DATA after %1 bytes")
                                  .arg(m_in.size()));
                    }
                    return;
                }
                const QByteArray body = m_in.left(end);
                m_in.remove(0, end);
                m_transcript.append("C: [DATA body, " + QByteArray::number(body.size()) + " bytes]");
                m_server->m_messages.append(body);
                ++m_ip;
                break;
            }
            case Step::Bdat:
                if (m_in.size() < step.number) {
                    if (m_disconnected) {
                        return fail(at
                            + QStringLiteral("the client closed the connection after %1 of %2 BDAT bytes")
                                  .arg(m_in.size())
                                  .arg(step.number));
                    }
                    return;
                }
                m_bdat += m_in.left(step.number);
                m_in.remove(0, step.number);
                m_transcript.append("C: [BDAT chunk, " + QByteArray::number(step.number) + " bytes]");
                ++m_ip;
                break;
            case Step::BdatEnd:
                m_server->m_messages.append(m_bdat);
                m_bdat.clear();
                ++m_ip;
                break;
            case Step::ExpectClose:
                if (!m_in.isEmpty()) {
                    return fail(at
                        + QStringLiteral("expected the client to close the connection, got %1")
                              .arg(quoted(m_in)));
                }
                if (!m_disconnected) {
                    return;
                }
                ++m_ip;
                break;
            case Step::Flood: {
                if (m_disconnected) {
                    ++m_ip;
                    m_phase = PhaseNone;
                    break;
                }
                if (m_phase == PhaseNone) {
                    m_phase = PhaseWaiting;
                    m_floodLeft = step.number;
                    const QByteArray line = step.bytes + "\r\n";
                    m_floodLineSize = line.size();
                    m_floodChunk = line.repeated(qMax<qsizetype>(1, FloodChunk / line.size()));
                    m_transcript.append("S: [flood of " + QByteArray::number(step.number) + " bytes of "
                        + shortened(line) + "]");
                }
                while (m_floodLeft > 0 && pendingOutput() < FloodHighWater) {
                    QByteArray chunk = m_floodChunk;
                    if (chunk.size() > m_floodLeft) {
                        const qint64 lines = (m_floodLeft + m_floodLineSize - 1) / m_floodLineSize;
                        chunk.truncate(lines * m_floodLineSize);
                    }
                    m_socket->write(chunk);
                    m_floodLeft -= chunk.size();
                }
                if (m_floodLeft > 0) {
                    return; // bytesWritten brings us back
                }
                m_phase = PhaseNone;
                ++m_ip;
                break;
            }
            case Step::Silent:
                ++m_ip;
                m_ignoreInput = true;
                m_transcript.append("-- silent");
                finish();
                return;
            }
        }
    }

    FakeSmtpServer *m_server;
    const int m_index;
    const Script m_script;
    QSslSocket *m_socket;
    qsizetype m_ip = 0;
    Phase m_phase = PhaseNone;
    QByteArray m_in;
    QByteArray m_received;
    QByteArray m_bdat;
    QByteArray m_slowQueue;
    int m_slowMs = 0;
    QTimer m_slowTimer;
    QTimer m_waitTimer;
    qint64 m_floodLeft = 0;
    qint64 m_floodLineSize = 0;
    QByteArray m_floodChunk;
    QList<QByteArray> m_transcript;
    QString m_lastSocketError;
    bool m_tlsPending = false;
    bool m_disconnected = false;
    bool m_finished = false;
    bool m_failed = false;
    bool m_ignoreInput = false;
    bool m_running = false;
    bool m_again = false;
};

FakeSmtpServer::FakeSmtpServer(QObject *parent) : QObject(parent) { }

FakeSmtpServer::~FakeSmtpServer()
{
    close();
}

bool FakeSmtpServer::setScript(const QList<QByteArray> &lines)
{
    m_scripts.clear();
    return addScript(lines);
}

bool FakeSmtpServer::setScripts(const QList<QList<QByteArray>> &scripts)
{
    m_scripts.clear();
    bool ok = true;
    for (const QList<QByteArray> &lines : scripts) {
        ok = addScript(lines) && ok;
    }
    return ok;
}

bool FakeSmtpServer::addScript(const QList<QByteArray> &lines, const QString &name)
{
    Script script;
    if (!parse(lines, name, &script)) {
        return false;
    }
    m_scripts.append(script);
    return true;
}

bool FakeSmtpServer::setScriptText(const QByteArray &text)
{
    m_scripts.clear();
    return addScriptText(text);
}

bool FakeSmtpServer::addScriptText(const QByteArray &text, const QString &name)
{
    return addScript(text.split('\n'), name);
}

bool FakeSmtpServer::loadScriptFile(const QString &path)
{
    m_scripts.clear();
    return addScriptFile(path);
}

bool FakeSmtpServer::addScriptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        recordError(QStringLiteral("cannot read script %1: %2").arg(path, file.errorString()));
        return false;
    }
    return addScriptText(file.readAll(), QFileInfo(path).fileName());
}

int FakeSmtpServer::scriptCount() const
{
    return int(m_scripts.size());
}

bool FakeSmtpServer::parse(const QList<QByteArray> &lines, const QString &name, Script *script)
{
    script->name = name;
    const QString prefix = name.isEmpty() ? QString() : name + QStringLiteral(", ");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        // Line ends of the script file itself are not part of any directive; CR and LF in
        // directives are written as escapes.
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty() || line.startsWith('#')) {
            continue;
        }
        Step step;
        step.line = int(i + 1);
        step.source = line;
        auto error = [&](const QString &message) {
            recordError(prefix
                + QStringLiteral("line %1: %2: %3").arg(step.line).arg(message, QString::fromUtf8(line)));
            return false;
        };
        auto textAfter = [&](qsizetype length) {
            QByteArray text = line.mid(length);
            if (text.startsWith(' ')) {
                text.remove(0, 1);
            }
            return text;
        };
        auto unescaped = [&](const QByteArray &text, QByteArray *out) {
            QString why;
            if (!unescape(text, out, &why)) {
                return error(why);
            }
            return true;
        };
        if (line.startsWith("S:")) {
            step.kind = Step::Send;
            if (!unescaped(textAfter(2), &step.bytes)) {
                return false;
            }
        } else if (line.startsWith("C:")) {
            step.kind = Step::Expect;
            if (!unescaped(textAfter(2), &step.bytes)) {
                return false;
            }
        } else if (line.startsWith("C~:")) {
            step.kind = Step::ExpectMatch;
            step.pattern
                = QRegularExpression(QRegularExpression::anchoredPattern(QString::fromUtf8(textAfter(3))));
            if (!step.pattern.isValid()) {
                return error(
                    QStringLiteral("invalid regular expression (%1)").arg(step.pattern.errorString()));
            }
        } else if (line.startsWith("R:")) {
            step.kind = Step::Raw;
            if (!unescaped(textAfter(2), &step.bytes)) {
                return false;
            }
        } else if (line.startsWith("X:")) {
            const QByteArray rest = textAfter(2).trimmed();
            const qsizetype space = rest.indexOf(' ');
            const QByteArray word = space < 0 ? rest : rest.left(space);
            const QByteArray arguments = space < 0 ? QByteArray() : rest.mid(space + 1);
            auto number = [&](const QByteArray &text, qint64 *value) {
                bool ok = false;
                *value = text.trimmed().toLongLong(&ok);
                if (!ok || *value < 0) {
                    return error(QStringLiteral("expected a number"));
                }
                return true;
            };
            auto noArguments = [&] {
                return arguments.isEmpty() || error(QStringLiteral("this directive takes no argument"));
            };
            if (word == "starttls") {
                step.kind = Step::StartTls;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "expect-tls-failure") {
                step.kind = Step::ExpectTlsFailure;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "close") {
                step.kind = Step::Close;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "abort") {
                step.kind = Step::Abort;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "wait" || word == "slow" || word == "expect-quiet" || word == "bdat") {
                step.kind = word == "wait" ? Step::Wait
                    : word == "slow"       ? Step::Slow
                    : word == "bdat"       ? Step::Bdat
                                           : Step::ExpectQuiet;
                if (!number(arguments, &step.number)) {
                    return false;
                }
            } else if (word == "data") {
                step.kind = Step::Data;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "bdat-end") {
                step.kind = Step::BdatEnd;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "expect-close") {
                step.kind = Step::ExpectClose;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "silent") {
                step.kind = Step::Silent;
                if (!noArguments()) {
                    return false;
                }
            } else if (word == "flood") {
                step.kind = Step::Flood;
                // The line is everything after BYTES and one space, so it may hold spaces.
                const qsizetype gap = arguments.indexOf(' ');
                if (!number(gap < 0 ? arguments : arguments.left(gap), &step.number)) {
                    return false;
                }
                if (gap >= 0 && !unescaped(arguments.mid(gap + 1), &step.bytes)) {
                    return false;
                }
            } else {
                return error(QStringLiteral("unknown X: directive"));
            }
        } else {
            return error(QStringLiteral("not a directive (S:, C:, C~:, R: or X:)"));
        }
        script->steps.append(step);
    }
    return true;
}

void FakeSmtpServer::setCertificate(TestCertificates::Kind kind)
{
    const TestCertificates certificates;
    if (!certificates.isValid()) {
        recordError(QStringLiteral("test certificates: %1").arg(certificates.errorString()));
        return;
    }
    setTlsConfiguration(certificates.serverConfiguration(kind));
}

void FakeSmtpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    m_tlsConfigured = true;
}

QSslConfiguration FakeSmtpServer::tlsConfiguration() const
{
    return m_tlsConfiguration;
}

bool FakeSmtpServer::listen(Mode mode, const QHostAddress &address)
{
    close();
    m_mode = mode;
    if (!m_tlsConfigured) {
        // Scripts may use X: starttls even in plain mode, so a certificate is always ready.
        setCertificate(TestCertificates::Kind::Server);
    }
    m_listener = std::make_unique<Listener>(this);
    if (!m_listener->listen(address, 0)) {
        recordError(
            QStringLiteral("cannot listen on %1: %2").arg(address.toString(), m_listener->errorString()));
        m_listener.reset();
        return false;
    }
    return true;
}

void FakeSmtpServer::close()
{
    if (m_listener) {
        m_listener->close();
        m_listener.reset();
    }
    // Each socket is a child of its connection: destroying the connection closes it, and
    // ~QObject drops the socket's signal connections before it deletes the socket.
    m_connections.clear();
}

quint16 FakeSmtpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHostAddress FakeSmtpServer::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

void FakeSmtpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        recordError(QStringLiteral("cannot take the incoming connection: %1").arg(socket->errorString()));
        delete socket;
        return;
    }
    const int index = int(m_connections.size()) + m_unexpectedConnections;
    if (m_connections.size() >= size_t(m_scripts.size())) {
        ++m_unexpectedConnections;
        recordError(QStringLiteral("unexpected connection #%1: there are only %2 scripts")
                        .arg(index + 1)
                        .arg(m_scripts.size()));
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setSslConfiguration(m_tlsConfiguration);
    const Script &script = m_scripts.at(qsizetype(m_connections.size()));
    m_connections.push_back(std::make_unique<Connection>(this, int(m_connections.size()), script, socket));
    m_connections.back()->start(m_mode);
}

void FakeSmtpServer::recordError(const QString &error)
{
    m_errors.append(error);
    Q_EMIT errorOccurred(error);
}

void FakeSmtpServer::checkAllFinished()
{
    if (isDone()) {
        Q_EMIT allScriptsFinished();
    }
}

bool FakeSmtpServer::isDone() const
{
    if (m_connections.size() < size_t(m_scripts.size())) {
        return false;
    }
    for (const auto &connection : m_connections) {
        if (!connection->isFinished()) {
            return false;
        }
    }
    return true;
}

bool FakeSmtpServer::waitForDone(int timeoutMs)
{
    (void)QTest::qWaitFor([this] { return isDone(); }, timeoutMs);
    return isDone() && m_errors.isEmpty();
}

int FakeSmtpServer::connectionCount() const
{
    return int(m_connections.size()) + m_unexpectedConnections;
}

QString FakeSmtpServer::report() const
{
    QStringList lines;
    if (m_errors.isEmpty()) {
        lines.append(QStringLiteral("no errors"));
    } else {
        lines.append(QStringLiteral("errors:"));
        for (const QString &error : m_errors) {
            lines.append(QStringLiteral("  ") + error);
        }
    }
    lines.append(
        QStringLiteral("%1 script(s), %2 connection(s)").arg(m_scripts.size()).arg(connectionCount()));
    for (const auto &connection : m_connections) {
        lines.append(connection->describe());
    }
    for (qsizetype i = qsizetype(m_connections.size()); i < m_scripts.size(); ++i) {
        lines.append(QStringLiteral("script %1: no client connected yet").arg(i + 1));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray FakeSmtpServer::receivedBytes() const
{
    QByteArray all;
    for (const auto &connection : m_connections) {
        all += connection->received();
    }
    return all;
}

QByteArray FakeSmtpServer::receivedBytes(int connection) const
{
    if (connection < 0 || size_t(connection) >= m_connections.size()) {
        return {};
    }
    return m_connections.at(size_t(connection))->received();
}

QList<QByteArray> FakeSmtpServer::indentedScript(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            lines.append(trimmed);
        }
    }
    return lines;
}

QByteArray FakeSmtpServer::decodeDataBody(const QByteArray &raw)
{
    QByteArray body = raw;
    if (body == ".\r\n") {
        return {};
    }
    if (body.endsWith("\r\n.\r\n")) {
        body.chop(3); // keep the CRLF that ends the last line of the message
    }
    QByteArray out;
    out.reserve(body.size());
    bool lineStart = true;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (lineStart && c == '.') {
            lineStart = false;
            continue; // RFC 5321 4.5.2: the client added one period; take it away
        }
        out.append(c);
        lineStart = c == '\n' && i > 0 && body.at(i - 1) == '\r';
    }
    return out;
}

QByteArray FakeSmtpServer::escape(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (u < 0x20 || u >= 0x7f) {
                out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    return out;
}

bool FakeSmtpServer::unescape(const QByteArray &text, QByteArray *bytes, QString *error)
{
    bytes->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\') {
            bytes->append(c);
            continue;
        }
        if (i + 1 >= text.size()) {
            *error = QStringLiteral("a lone backslash at the end (write \\\\ for one backslash)");
            return false;
        }
        const char e = text.at(++i);
        switch (e) {
        case 'r':
            bytes->append('\r');
            break;
        case 'n':
            bytes->append('\n');
            break;
        case 't':
            bytes->append('\t');
            break;
        case '\\':
            bytes->append('\\');
            break;
        case 'x': {
            bool ok = false;
            const int value = i + 2 < text.size() ? text.mid(i + 1, 2).toInt(&ok, 16) : 0;
            if (!ok) {
                *error = QStringLiteral("\\x needs two hex digits");
                return false;
            }
            bytes->append(char(value));
            i += 2;
            break;
        }
        default:
            *error
                = QStringLiteral("unknown escape \\%1 (known: \\r \\n \\t \\\\ \\xNN)").arg(QLatin1Char(e));
            return false;
        }
    }
    return true;
}
