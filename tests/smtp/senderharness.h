#pragma once

#include "fakesmtpserver.h"
#include "testcertificates.h"

#include "smtp/smtpsender.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QStringList>

#include <memory>
#include <vector>

// Runs SmtpSender against scripted fake servers, for the engine's send tests: the messages go in, and what
// the sender reported and what the server saw come out.
namespace SenderHarness {

struct Message
{
    QString from = QStringLiteral("alice@example.org");
    QStringList to = { QStringLiteral("bob@example.org") };
    QByteArray body = "Subject: hi\r\n\r\nHello\r\n";
    bool body8bit = false;
    bool smtpUtf8 = false;
    QList<QByteArray> notify;
    QByteArray ret;
    qint64 size = -2; // -2: the body's size
    SmtpOutgoingMessage::TlsRequirement tlsRequirement = SmtpOutgoingMessage::TlsRequirement::Default;
};

struct Outcome
{
    bool finished = false;
    bool allAccepted = false;
    SmtpError error;
    QList<SmtpSendResult> results;
    QStringList serverErrors;
    QList<QByteArray> messages;
    QList<QByteArray> commands;
    int roundTrips = 0;
    int messageAcceptedSignals = 0;
    int messageFailedSignals = 0;
};

inline QList<QByteArray> script(const char *text)
{
    return FakeSmtpServer::indentedScript(text);
}

// Settings for a plain connection to the fake server on loopback, no login, 5 s deadlines.
inline SmtpConnectionSettings plainSettings(const TestCertificates &certificates)
{
    SmtpConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.security = Smtp::Security::None;
    s.heloName = QStringLiteral("client.example.org");
    s.authMechanism = "none";
    s.tls.caCertificates = { certificates.caCertificate() };
    s.timeouts = SmtpTimeouts::uniform(5000);
    return s;
}

inline Outcome run(const QList<QList<QByteArray>> &scripts, SmtpConnectionSettings settings,
    const QList<Message> &messages, FakeSmtpServer::Mode mode = FakeSmtpServer::Mode::Plain,
    TestCertificates::Kind cert = TestCertificates::Kind::Server, int timeoutMs = 15000)
{
    Outcome outcome;
    FakeSmtpServer server;
    server.setCertificate(cert);
    server.setScripts(scripts);
    if (!server.listen(mode)) {
        outcome.serverErrors << QStringLiteral("fake server could not listen");
        return outcome;
    }
    settings.port = server.port();
    std::vector<std::unique_ptr<QBuffer>> buffers;
    QList<SmtpOutgoingMessage> outgoing;
    for (const Message &m : messages) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m.body);
        buffer->open(QIODevice::ReadOnly);
        SmtpOutgoingMessage o;
        o.from = m.from;
        o.recipients = m.to;
        o.body = buffer.get();
        o.size = m.size == -2 ? m.body.size() : m.size;
        o.body8bit = m.body8bit;
        o.smtpUtf8 = m.smtpUtf8;
        o.dsnNotify = m.notify;
        o.dsnReturn = m.ret;
        o.tlsRequirement = m.tlsRequirement;
        outgoing.append(o);
        buffers.push_back(std::move(buffer));
    }
    SmtpSender sender(settings);
    QObject::connect(sender.client(), &SmtpClient::commandSent,
        [&](const QByteArray &line) { outcome.commands.append(line); });
    QObject::connect(&sender, &SmtpSender::messageAccepted, [&] { ++outcome.messageAcceptedSignals; });
    QObject::connect(&sender, &SmtpSender::messageFailed, [&] { ++outcome.messageFailedSignals; });
    QSignalSpy finished(&sender, &SmtpSender::finished);
    sender.send(outgoing);
    if (!finished.wait(timeoutMs)) {
        outcome.serverErrors << QStringLiteral("the sender did not finish in time");
        sender.cancel();
    }
    outcome.finished = finished.count() == 1;
    // Let the server see the client's last bytes and the close.
    server.waitForDone(2000);
    outcome.allAccepted = sender.allAccepted();
    outcome.error = sender.error();
    outcome.results = sender.results();
    outcome.serverErrors += server.errors();
    if (!server.errors().isEmpty()) {
        outcome.serverErrors << server.report();
    }
    outcome.messages = server.receivedMessages();
    outcome.roundTrips = sender.client()->roundTrips();
    return outcome;
}

} // namespace SenderHarness
