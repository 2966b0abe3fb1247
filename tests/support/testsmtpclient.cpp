#include "testsmtpclient.h"

#include <QSslSocket>
#include <QTest>
#include <utility>

QByteArray TestSmtpReply::text() const
{
    QList<QByteArray> texts;
    for (const QByteArray &line : lines) {
        texts.append(line.mid(4));
    }
    return texts.join('\n');
}

TestSmtpClient::TestSmtpClient(int timeoutMs)
    : m_timeoutMs(timeoutMs)
    , m_socket(std::make_unique<QSslSocket>())
    , m_tlsConfiguration(QSslConfiguration::defaultConfiguration())
{
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
        [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

TestSmtpClient::~TestSmtpClient() = default;

void TestSmtpClient::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
}

bool TestSmtpClient::connectToHost(const QString &host, quint16 port)
{
    m_socket->setSslConfiguration(m_tlsConfiguration);
    m_socket->connectToHost(host, port);
    if (!QTest::qWaitFor(
            [this] {
                return m_socket->state() == QAbstractSocket::ConnectedState
                    || m_socket->state() == QAbstractSocket::UnconnectedState;
            },
            m_timeoutMs)
        || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_error
            = QStringLiteral("cannot connect to %1:%2: %3").arg(host).arg(port).arg(m_socket->errorString());
        return false;
    }
    m_greeting = readReply();
    return m_greeting.code == 220;
}

bool TestSmtpClient::connectToHostEncrypted(const QString &host, quint16 port, const QString &peerName)
{
    m_socket->setSslConfiguration(m_tlsConfiguration);
    m_socket->connectToHostEncrypted(host, port, peerName.isEmpty() ? host : peerName);
    if (!waitForEncrypted(peerName)) {
        return false;
    }
    m_greeting = readReply();
    return m_greeting.code == 220;
}

bool TestSmtpClient::startTls(const QString &peerName)
{
    if (command("STARTTLS").code != 220) {
        m_error = QStringLiteral("STARTTLS refused: %1").arg(QString::fromUtf8(m_lastReply.raw));
        return false;
    }
    m_socket->startClientEncryption();
    if (!waitForEncrypted(peerName)) {
        return false;
    }
    m_extensions.clear(); // RFC 3207 4.2: forget what was said before TLS
    return true;
}

bool TestSmtpClient::waitForEncrypted(const QString &peerName)
{
    if (!peerName.isEmpty()) {
        m_socket->setPeerVerifyName(peerName);
    }
    (void)QTest::qWaitFor(
        [this] { return m_socket->isEncrypted() || m_socket->state() == QAbstractSocket::UnconnectedState; },
        m_timeoutMs);
    if (!m_socket->isEncrypted()) {
        m_error = QStringLiteral("TLS handshake failed: %1").arg(m_socket->errorString());
        for (const QSslError &error : std::as_const(m_sslErrors)) {
            m_error += QStringLiteral("; ") + error.errorString();
        }
        return false;
    }
    return true;
}

TestSmtpReply TestSmtpClient::readReply()
{
    TestSmtpReply reply;
    for (;;) {
        (void)QTest::qWaitFor(
            [this] {
                return m_socket->canReadLine() || m_socket->state() != QAbstractSocket::ConnectedState;
            },
            m_timeoutMs);
        if (!m_socket->canReadLine()) {
            m_error = QStringLiteral("no complete reply (%1)")
                          .arg(m_socket->state() == QAbstractSocket::ConnectedState
                                  ? QStringLiteral("timeout")
                                  : QStringLiteral("connection closed"));
            m_lastReply = reply;
            return reply;
        }
        const QByteArray line = m_socket->readLine();
        reply.raw += line;
        m_transcript += "S: " + line;
        QByteArray text = line;
        while (text.endsWith('\n') || text.endsWith('\r')) {
            text.chop(1);
        }
        reply.lines.append(text);
        if (text.size() < 4 || text.at(3) != '-') {
            reply.code = text.left(3).toInt();
            break;
        }
    }
    m_lastReply = reply;
    return reply;
}

bool TestSmtpClient::writeRaw(const QByteArray &bytes)
{
    m_transcript += "C: " + bytes;
    return m_socket->write(bytes) == bytes.size();
}

TestSmtpReply TestSmtpClient::command(const QByteArray &line)
{
    writeRaw(line + "\r\n");
    return readReply();
}

QList<QByteArray> TestSmtpClient::ehlo(const QByteArray &name)
{
    const TestSmtpReply reply = command("EHLO " + name);
    m_extensions.clear();
    if (reply.code == 250) {
        for (qsizetype i = 1; i < reply.lines.size(); ++i) {
            m_extensions.append(reply.lines.at(i).mid(4));
        }
    }
    return m_extensions;
}

bool TestSmtpClient::hasExtension(const QByteArray &keyword) const
{
    for (const QByteArray &extension : m_extensions) {
        if (extension.split(' ').value(0).compare(keyword, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool TestSmtpClient::authPlain(const QString &user, const QString &password)
{
    // RFC 4616: authzid NUL authcid NUL passwd, UTF-8; the password is sent as typed.
    const QByteArray response = '\0' + user.toUtf8() + '\0' + password.toUtf8();
    return command("AUTH PLAIN " + response.toBase64()).code == 235;
}

bool TestSmtpClient::sendMail(
    const QByteArray &from, const QList<QByteArray> &recipients, const QByteArray &message)
{
    if (command("MAIL FROM:<" + from + ">").code != 250) {
        return false;
    }
    for (const QByteArray &recipient : recipients) {
        if (command("RCPT TO:<" + recipient + ">").code != 250) {
            return false;
        }
    }
    if (command("DATA").code != 354) {
        return false;
    }
    // RFC 5321 4.5.2: a line that starts with a period gets one more.
    QByteArray body;
    bool lineStart = true;
    for (const char c : message) {
        if (lineStart && c == '.') {
            body += '.';
        }
        body += c;
        lineStart = c == '\n';
    }
    if (!body.isEmpty() && !body.endsWith("\r\n")) {
        body += "\r\n";
    }
    m_socket->write(body);
    m_transcript += "C: [" + QByteArray::number(body.size()) + " bytes of message]\r\n";
    return command(".").code == 250;
}

bool TestSmtpClient::quit()
{
    const bool ok = command("QUIT").code == 221;
    m_socket->disconnectFromHost();
    return ok;
}

bool TestSmtpClient::waitForDisconnected()
{
    return QTest::qWaitFor(
        [this] { return m_socket->state() == QAbstractSocket::UnconnectedState; }, m_timeoutMs);
}

void TestSmtpClient::abort()
{
    m_socket->abort();
}

bool TestSmtpClient::isEncrypted() const
{
    return m_socket->isEncrypted();
}
