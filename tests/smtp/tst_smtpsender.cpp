// The one-shot sender against the scripted fake server: the exact bytes the client writes for every
// operation and extension, and every error branch. Each row is a conversation: "S:" lines the server sends,
// "C:" lines the client must write byte for byte, "X:" directives (see tests/support/fakesmtpserver.h).
#include "senderharness.h"
#include "tunnelproxy.h"

#include <QTest>

using namespace SenderHarness;

namespace {

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64();
}

} // namespace

Q_DECLARE_METATYPE(QList<QByteArray>)

class TestSmtpSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void conversations_data();
    void conversations();

    void startTlsUpgrades();
    void startTlsInjectionSameSegment();
    void startTlsInjectionLaterSegment();
    void startTlsNotOffered();
    void startTlsRefused();
    void capabilitiesAfterTlsReplaceBefore();
    void implicitTls();
    void implicitTlsAgainstPlainServer();
    void untrustedCertificateCarriesChain();
    void certificateForAnotherName();
    void pinnedCertificateAccepted();
    void pinMismatchRefused();
    void explicitAcceptOfThatCertificate();
    void expiredAndNotYetValid_data();
    void expiredAndNotYetValid();

    void timeoutOnSilentServer();
    void slowServerHitsCommandDeadline();
    void floodKeepsMemoryBounded();
    void bodySmugglingSequences();
    void largeBodyStreamsWithProgress();
    void severalMessagesOneConnection();
    void cancelAtAnyPoint();
    void credentialsNeverSentBeforeTlsToRemote();
    void sendThroughProxies_data();
    void sendThroughProxies();

private:
    Outcome run(const QList<QList<QByteArray>> &scripts, SmtpConnectionSettings settings,
        const QList<Message> &messages, FakeSmtpServer::Mode mode = FakeSmtpServer::Mode::Plain,
        TestCertificates::Kind cert = TestCertificates::Kind::Server, int timeoutMs = 15000);
    SmtpConnectionSettings plainSettings() const;
    TestCertificates m_certs;
};

void TestSmtpSender::initTestCase()
{
    qRegisterMetaType<SmtpReply>();
    qRegisterMetaType<SmtpError>();
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
}

SmtpConnectionSettings TestSmtpSender::plainSettings() const
{
    return SenderHarness::plainSettings(m_certs);
}

Outcome TestSmtpSender::run(const QList<QList<QByteArray>> &scripts, SmtpConnectionSettings settings,
    const QList<Message> &messages, FakeSmtpServer::Mode mode, TestCertificates::Kind cert, int timeoutMs)
{
    return SenderHarness::run(scripts, settings, messages, mode, cert, timeoutMs);
}

// ---- data-driven conversations ----

void TestSmtpSender::conversations_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedError");
    QTest::addColumn<QList<bool>>("accepted");

    const QByteArray body = "Subject: hi\r\n\r\nHello\r\n";
    const QStringList bob = { QStringLiteral("bob@example.org") };
    const QStringList two = { QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org") };

    QTest::newRow("plain, no extensions: one command at a time")
        << script(R"(
            S: 220 fake.example.org ESMTP
            C: EHLO client.example.org
            S: 250 fake.example.org
            C: MAIL FROM:<alice@example.org>
            S: 250 2.1.0 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 2.1.5 Ok
            C: DATA
            S: 354 End data with <CR><LF>.<CR><LF>
            X: data
            S: 250 2.0.0 Ok: queued as 4Fq1
            C: QUIT
            S: 221 2.0.0 Bye
            X: expect-close)")
        << QByteArray("none") << bob << body << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("multi-line greeting") << script(R"(
            S: 220-fake.example.org ESMTP
            S: 220-second line
            S: 220 third line
            C: EHLO client.example.org
            S: 250 fake.example.org
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 221 Bye)") << QByteArray("none")
                                         << bob << body << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("pipelining: MAIL, RCPTs and DATA in one group, QUIT after the dot")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 PIPELINING
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: RCPT TO:<carol@example.org>
            C: DATA
            S: 250 Ok
            S: 250 Ok
            S: 250 Ok
            S: 354 go
            X: data
            C: QUIT
            S: 250 Ok queued
            S: 221 Bye)")
        << QByteArray("none") << two << body << int(SmtpError::NoError) << QList<bool> { true, true };

    QTest::newRow("pipelining + chunking: MAIL, RCPT, BDAT LAST with the body and QUIT in one write")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250-PIPELINING
            S: 250 CHUNKING
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: BDAT 22 LAST
            X: bdat 22
            X: bdat-end
            C: QUIT
            S: 250 Ok
            S: 250 Ok
            S: 250 Ok: queued as X1
            S: 221 Bye)")
        << QByteArray("none") << bob << body << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("AUTH PLAIN with initial response leads the pipelined group (RFC 4954 4)")
        << script(QByteArray(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250-PIPELINING
            S: 250-CHUNKING
            S: 250 AUTH PLAIN LOGIN
            C: AUTH PLAIN )"
               + b64(QByteArray("\0alice\0secret", 13)) + R"(
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: BDAT 22 LAST
            X: bdat 22
            X: bdat-end
            C: QUIT
            S: 235 2.7.0 Authentication successful
            S: 250 Ok
            S: 250 Ok
            S: 250 Ok
            S: 221 Bye)")
                      .constData())
        << QByteArray("plain") << bob << body << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("AUTH PLAIN refused: the pipelined MAIL is not reported as the cause")
        << script(QByteArray(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250-PIPELINING
            S: 250-CHUNKING
            S: 250 AUTH PLAIN
            C: AUTH PLAIN )"
               + b64(QByteArray("\0alice\0secret", 13)) + R"(
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: BDAT 22 LAST
            X: bdat 22
            X: bdat-end
            C: QUIT
            S: 535 5.7.8 Authentication credentials invalid
            S: 530 5.7.0 Authentication required
            S: 554 5.5.1 No valid recipients
            S: 554 5.5.1 No valid recipients
            S: 221 Bye)")
                      .constData())
        << QByteArray("plain") << bob << body << int(SmtpError::AuthenticationFailed)
        << QList<bool> { false };

    QTest::newRow("AUTH LOGIN: two challenges")
        << script(QByteArray(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 AUTH LOGIN
            C: AUTH LOGIN
            S: 334 VXNlcm5hbWU6
            C: )"
               + b64("alice") + R"(
            S: 334 UGFzc3dvcmQ6
            C: )"
               + b64("secret") + R"(
            S: 235 ok
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 221 Bye)")
                      .constData())
        << QByteArray("login") << bob << body << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("endless 334 challenges stop at the bound")
        << script(QByteArray(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 AUTH LOGIN
            C: AUTH LOGIN
            S: 334 VXNlcm5hbWU6
            C: )"
               + b64("alice") + R"(
            S: 334 UGFzc3dvcmQ6
            C: )"
               + b64("secret") + R"(
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            C: *
            S: 334 UGFzc3dvcmQ6
            X: expect-close)")
                      .constData())
        << QByteArray("login") << bob << body << int(SmtpError::ProtocolError) << QList<bool> { false };

    QTest::newRow("HELO fallback when EHLO gets 502") << script(R"(
            S: 220 old.example.org
            C: EHLO client.example.org
            S: 502 5.5.2 Command not implemented
            C: HELO client.example.org
            S: 250 old.example.org
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 221 Bye)") << QByteArray("none") << bob << body
                                                      << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("EHLO refused with 554: no HELO fallback")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 554 5.7.1 Go away
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none") << bob << body << int(SmtpError::HelloRefused) << QList<bool> { false };

    QTest::newRow("greeting 554") << script(R"(
            S: 554 5.3.2 No SMTP service here
            X: expect-close)") << QByteArray("none")
                                  << bob << body << int(SmtpError::GreetingRefused) << QList<bool> { false };

    QTest::newRow("greeting 421") << script(R"(
            S: 421 4.3.2 Service not available, closing
            X: expect-close)") << QByteArray("none")
                                  << bob << body << int(SmtpError::ServiceUnavailable)
                                  << QList<bool> { false };

    QTest::newRow("byte-at-a-time replies") << script(R"(
            X: slow 2
            S: 220-fake
            S: 220 ready
            C: EHLO client.example.org
            S: 250-fake
            S: 250-PIPELINING
            S: 250 SIZE 100000
            C: MAIL FROM:<alice@example.org> SIZE=22
            C: RCPT TO:<bob@example.org>
            C: DATA
            S: 250 Ok
            S: 250 Ok
            S: 354 go
            X: data
            C: QUIT
            S: 250 Ok
            S: 221 Bye)") << QByteArray("none")
                                            << bob << body << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("malformed reply code")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 25x what
            X: expect-close)")
        << QByteArray("none") << bob << body << int(SmtpError::ProtocolError) << QList<bool> { false };

    QTest::newRow("mismatched codes inside one reply")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 251 PIPELINING
            X: expect-close)")
        << QByteArray("none") << bob << body << int(SmtpError::ProtocolError) << QList<bool> { false };

    QTest::newRow("unsolicited reply")
        << script(R"(
            S: 220 fake
            S: 250 nobody asked
            X: expect-close)")
        << QByteArray("none") << bob << body << int(SmtpError::ProtocolError) << QList<bool> { false };

    QTest::newRow("421 after MAIL") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 421 4.4.2 Closing
            X: expect-close)") << QByteArray("none")
                                    << bob << body << int(SmtpError::ServiceUnavailable)
                                    << QList<bool> { false };

    QTest::newRow("421 after RCPT") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 421 4.4.2 Closing
            X: expect-close)") << QByteArray("none")
                                    << bob << body << int(SmtpError::ServiceUnavailable)
                                    << QList<bool> { false };

    QTest::newRow("421 after the final dot: not delivered, temporary") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 421 4.3.0 Shutting down
            X: expect-close)") << QByteArray("none") << bob << body << int(SmtpError::ServiceUnavailable)
                                                                       << QList<bool> { true };

    QTest::newRow("disconnect after the final dot: may have been sent") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            X: close)") << QByteArray("none") << bob << body << int(SmtpError::MessageMayHaveBeenSent)
                                                                        << QList<bool> { true };

    QTest::newRow("disconnect mid-DATA: not delivered")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            C: Subject: hi
            X: close)")
        << QByteArray("none") << bob << QByteArray("Subject: hi\r\n\r\n" + QByteArray(4 << 20, 'x') + "\r\n")
        << int(SmtpError::ConnectionLost) << QList<bool> { true };

    QTest::newRow("sender refused") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 553 5.7.1 Sender address rejected: not owned by user
            C: QUIT
            S: 221 Bye)") << QByteArray("none")
                                    << bob << body << int(SmtpError::SenderRefused) << QList<bool> { false };

    QTest::newRow("partial recipient refusal: sent to the others, refusals reported")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 PIPELINING
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: RCPT TO:<carol@example.org>
            C: DATA
            S: 250 Ok
            S: 550 5.1.1 <bob@example.org>: Recipient address rejected
            S: 250 Ok
            S: 354 go
            X: data
            C: QUIT
            S: 250 Ok
            S: 221 Bye)")
        << QByteArray("none") << two << body << int(SmtpError::NoError) << QList<bool> { false, true };

    QTest::newRow("every recipient refused, pipelined: DATA accepted anyway gets a lone dot")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 PIPELINING
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: RCPT TO:<carol@example.org>
            C: DATA
            S: 250 Ok
            S: 550 5.1.1 no
            S: 550 5.1.1 no
            S: 354 go anyway
            C: .
            C: QUIT
            S: 554 5.5.1 No valid recipients
            S: 221 Bye)")
        << QByteArray("none") << two << body << int(SmtpError::AllRecipientsRefused)
        << QList<bool> { false, false };

    QTest::newRow("every recipient refused, not pipelined: no DATA at all") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 550 5.1.1 no
            C: RCPT TO:<carol@example.org>
            S: 550 5.1.1 no
            C: QUIT
            S: 221 Bye)") << QByteArray("none") << two << body << int(SmtpError::AllRecipientsRefused)
                                                                            << QList<bool> { false, false };

    QTest::newRow("message refused after the dot")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 554 5.7.1 Spam detected
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none") << bob << body << int(SmtpError::MessageRefused) << QList<bool> { true };

    QTest::newRow("CR/LF injection in an address: refused before anything is sent")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none")
        << QStringList { QStringLiteral("bob@example.org>\r\nRCPT TO:<evil@example.net") } << body
        << int(SmtpError::InvalidInput) << QList<bool> { false };

    QTest::newRow("NUL in an address")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none")
        << QStringList { QStringLiteral("bob@exa") + QChar(0) + QStringLiteral("mple.org") } << body
        << int(SmtpError::InvalidInput) << QList<bool> { false };

    QTest::newRow("SIZE too small: refused up front")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 SIZE 10
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none") << bob << body << int(SmtpError::MessageTooLarge) << QList<bool> { false };

    QTest::newRow("huge and negative SIZE values are no limit") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 SIZE 99999999999999999999999999999
            C: MAIL FROM:<alice@example.org> SIZE=22
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 221 Bye)") << QByteArray("none") << bob << body << int(SmtpError::NoError)
                                                                << QList<bool> { true };

    QTest::newRow("QUIT answered with 421 after a sent message is still a success") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 421 4.3.0 closing anyway)") << QByteArray("none") << bob << body << int(SmtpError::NoError)
                                                                                    << QList<bool> { true };

    {
        // A valid reply of more than 4 KiB in total (every line under the limit) is read whole.
        QByteArray ehlo = "S: 220 fake\nC: EHLO client.example.org\n";
        for (int i = 0; i < 60; ++i) {
            ehlo += "S: 250-X-FILLER-" + QByteArray::number(i) + " " + QByteArray(120, 'f') + "\n";
        }
        ehlo += R"(S: 250 PIPELINING
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: DATA
            S: 250 ok
            S: 250 ok
            S: 354 go
            X: data
            C: QUIT
            S: 250 ok
            S: 221 bye)";
        QTest::newRow("a valid reply over 4 KiB") << script(ehlo.constData()) << QByteArray("none") << bob
                                                  << body << int(SmtpError::NoError) << QList<bool> { true };
    }

    QTest::newRow("negative SIZE is no limit") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 SIZE -1
            C: MAIL FROM:<alice@example.org> SIZE=22
            S: 250 Ok
            C: RCPT TO:<bob@example.org>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 221 Bye)") << QByteArray("none") << bob
                                               << body << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("Latin-1 text in replies")
        << script(R"(
            S: 220 fake \xe9t\xe9
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 550 5.7.1 Exp\xe9diteur refus\xe9
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none") << bob << body << int(SmtpError::SenderRefused) << QList<bool> { false };

    QTest::newRow("IDN domain goes as A-label without SMTPUTF8") << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: MAIL FROM:<alice@example.org>
            S: 250 Ok
            C: RCPT TO:<bob@xn--mller-kva.example>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 221 Bye)") << QByteArray("none") << QStringList { QStringLiteral("bob@m\u00fcller.example") }
                                                                 << body << int(SmtpError::NoError)
                                                                 << QList<bool> { true };

    QTest::newRow("non-ASCII local part with SMTPUTF8")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 SMTPUTF8
            C: MAIL FROM:<alice@example.org> SMTPUTF8
            S: 250 Ok
            C: RCPT TO:<j\xc3\xb6rg@m\xc3\xbcller.example>
            S: 250 Ok
            C: DATA
            S: 354 go
            X: data
            S: 250 Ok
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none") << QStringList { QStringLiteral("j\u00f6rg@m\u00fcller.example") } << body
        << int(SmtpError::NoError) << QList<bool> { true };

    QTest::newRow("non-ASCII local part without SMTPUTF8: refused up front")
        << script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250 fake
            C: QUIT
            S: 221 Bye)")
        << QByteArray("none") << QStringList { QStringLiteral("j\u00f6rg@example.org") } << body
        << int(SmtpError::EightBitNotSupported) << QList<bool> { false };
}

void TestSmtpSender::conversations()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QByteArray, auth);
    QFETCH(QStringList, to);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedError);
    QFETCH(QList<bool>, accepted);

    SmtpConnectionSettings s = plainSettings();
    s.authMechanism = auth;
    if (auth != "none") {
        s.credentials.user = QStringLiteral("alice");
        s.credentials.password = QStringLiteral("secret");
    }
    Message m;
    m.to = to;
    m.body = body;
    const Outcome o = run({ lines }, s, { m });
    QVERIFY2(o.finished, qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(int(o.error.code()), expectedError);
    if (expectedError == SmtpError::NoError) {
        QVERIFY(o.allAccepted);
        QCOMPARE(o.messages.size(), 1);
    } else {
        QVERIFY(!o.allAccepted);
        QVERIFY(!o.error.message().isEmpty());
    }
    QCOMPARE(o.results.size(), 1);
    // Each recipient keeps its RCPT verdict, whatever became of the message.
    QList<bool> got;
    for (const SmtpRecipientResult &r : o.results[0].recipients) {
        got << r.accepted;
    }
    QCOMPARE(got, accepted);
    // Nothing secret ever reaches the transcript.
    for (const QByteArray &c : o.commands) {
        QVERIFY2(
            !c.contains(b64(QByteArray("\0alice\0secret", 13))) && !c.contains(b64("secret")), c.constData());
    }
}

// ---- STARTTLS and TLS ----

void TestSmtpSender::startTlsUpgrades()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls;
    s.authMechanism = "auto";
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    const Outcome o = run({ script(QByteArray(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-STARTTLS
        S: 250 PIPELINING
        C: STARTTLS
        S: 220 2.0.0 Ready to start TLS
        X: starttls
        C: EHLO client.example.org
        S: 250-fake
        S: 250-PIPELINING
        S: 250-CHUNKING
        S: 250 AUTH PLAIN
        C: AUTH PLAIN )" + b64(QByteArray("\0alice\0secret", 13))
                              + R"(
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<bob@example.org>
        C: BDAT 22 LAST
        X: bdat 22
        X: bdat-end
        C: QUIT
        S: 235 ok
        S: 250 ok
        S: 250 ok
        S: 250 ok
        S: 221 bye)")
                                       .constData()) },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY(o.allAccepted);
    // connect, greeting, EHLO, STARTTLS, TLS handshake, EHLO, one pipelined group: the protocol minimum.
    QCOMPARE(o.roundTrips, 7);
}

void TestSmtpSender::startTlsInjectionSameSegment()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls;
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 Ready
        S: 250-injected
        S: 250 AUTH PLAIN
        X: expect-close)") },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.error.code(), SmtpError::ProtocolError);
    QCOMPARE(o.error.step(), Smtp::Step::StartTls);
    QCOMPARE(o.commands.last(), QByteArray("STARTTLS"));
}

void TestSmtpSender::startTlsInjectionLaterSegment()
{
    // The injected bytes arrive after the 220, before the handshake: they must be taken as (broken) TLS,
    // never as a reply.
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls;
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 Ready
        X: wait 100
        R: 250-injected\r\n250 AUTH PLAIN\r\n
        X: silent)") },
        s, { Message() });
    QVERIFY(o.error.isError());
    QVERIFY2(o.error.code() == SmtpError::TlsHandshakeFailed || o.error.code() == SmtpError::ProtocolError,
        qPrintable(o.error.toString()));
    QCOMPARE(o.commands.last(), QByteArray("STARTTLS"));
}

void TestSmtpSender::startTlsNotOffered()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls;
    s.authMechanism = "auto";
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 AUTH PLAIN
        C: QUIT
        S: 221 bye)") },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.error.code(), SmtpError::StartTlsNotOffered);
    QVERIFY(o.error.message().contains(QLatin1String("STARTTLS")));
}

void TestSmtpSender::startTlsRefused()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls;
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 STARTTLS
        C: STARTTLS
        S: 454 4.7.0 TLS not available due to temporary reason
        C: QUIT
        S: 221 bye)") },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.error.code(), SmtpError::StartTlsRefused);
    QVERIFY(!o.commands.contains("MAIL FROM:<alice@example.org>"));
}

void TestSmtpSender::capabilitiesAfterTlsReplaceBefore()
{
    // Before TLS the server (or an attacker) offers LOGIN only and no SIZE limit; after TLS it offers
    // SCRAM-SHA-256 and PLAIN with a SIZE limit. Only the second list counts: PLAIN? no, SCRAM is strongest,
    // but the test server cannot do SCRAM, so it offers PLAIN only after TLS and the client must use it.
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls;
    s.authMechanism = "auto";
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    const Outcome o = run({ script(QByteArray(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-STARTTLS
        S: 250-SIZE 1000000
        S: 250 AUTH LOGIN CRAM-MD5
        C: STARTTLS
        S: 220 go
        X: starttls
        C: EHLO client.example.org
        S: 250-fake
        S: 250 AUTH PLAIN
        C: AUTH PLAIN )" + b64(QByteArray("\0alice\0secret", 13))
                              + R"(
        S: 235 ok
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)")
                                       .constData()) },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY(o.allAccepted);
}

void TestSmtpSender::implicitTls()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::Tls;
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-PIPELINING
        S: 250 CHUNKING
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<bob@example.org>
        C: BDAT 22 LAST
        X: bdat 22
        X: bdat-end
        C: QUIT
        S: 250 ok
        S: 250 ok
        S: 250 ok
        S: 221 bye)") },
        s, { Message() }, FakeSmtpServer::Mode::ImplicitTls);
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY(o.allAccepted);
    // connect, TLS handshake, greeting, EHLO, one group.
    QCOMPARE(o.roundTrips, 5);
}

void TestSmtpSender::implicitTlsAgainstPlainServer()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::Tls;
    const Outcome o = run({ script(R"(
        S: 220 fake plain server
        X: silent)") },
        s, { Message() });
    QCOMPARE(o.error.code(), SmtpError::TlsNotSpokenByServer);
    QVERIFY(o.error.message().contains(QLatin1String("STARTTLS")));
    QCOMPARE(o.error.exitCode(), 78);
}

void TestSmtpSender::untrustedCertificateCarriesChain()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::Tls;
    const Outcome o = run({ script("X: expect-tls-failure") }, s, { Message() },
        FakeSmtpServer::Mode::ImplicitTls, TestCertificates::Kind::SelfSigned);
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.error.code(), SmtpError::CertificateUntrusted);
    QVERIFY(!o.error.sslErrors().isEmpty());
    QVERIFY(!o.error.certificateChain().isEmpty());
    QCOMPARE(SmtpTlsInfo::fingerprint(o.error.certificateChain().first()),
        m_certs.sha256Fingerprint(TestCertificates::Kind::SelfSigned));
    QVERIFY(o.error.message().contains(
        SmtpTlsInfo::formatFingerprint(m_certs.sha256Fingerprint(TestCertificates::Kind::SelfSigned))));
    QCOMPARE(o.error.exitCode(), 78);
}

void TestSmtpSender::certificateForAnotherName()
{
    // The certificate is valid (test CA) for mail.other.example, which is also what the banner would say;
    // the configured host is 127.0.0.1, so it must fail.
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::Tls;
    const Outcome o = run({ script("X: expect-tls-failure") }, s, { Message() },
        FakeSmtpServer::Mode::ImplicitTls, TestCertificates::Kind::OtherName);
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.error.code(), SmtpError::CertificateUntrusted);
    bool mismatch = false;
    for (const QSslError &e : o.error.sslErrors()) {
        mismatch = mismatch || e.error() == QSslError::HostNameMismatch;
    }
    QVERIFY(mismatch);
    QVERIFY(o.error.message().contains(QLatin1String("mail.other.example")));
}

void TestSmtpSender::pinnedCertificateAccepted()
{
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::Tls;
    s.tls.caCertificates.clear();
    s.tls.pinnedSha256 = { m_certs.sha256Fingerprint(TestCertificates::Kind::SelfSigned) };
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250 fake
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)") },
        s, { Message() }, FakeSmtpServer::Mode::ImplicitTls, TestCertificates::Kind::SelfSigned);
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY2(o.allAccepted, qPrintable(o.error.toString()));
}

void TestSmtpSender::pinMismatchRefused()
{
    // Even a certificate the CA vouches for is refused when the account pins another one.
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::Tls;
    s.tls.pinnedSha256 = { m_certs.sha256Fingerprint(TestCertificates::Kind::SelfSigned) };
    // The client drops the connection as soon as its side of the handshake is done; whether the server saw
    // the handshake finish is a race, so only the client's verdict is checked.
    const Outcome o = run({ script("X: silent") }, s, { Message() }, FakeSmtpServer::Mode::ImplicitTls,
        TestCertificates::Kind::Server);
    QCOMPARE(o.error.code(), SmtpError::CertificatePinMismatch);
}

void TestSmtpSender::explicitAcceptOfThatCertificate()
{
    FakeSmtpServer server;
    server.setCertificate(TestCertificates::Kind::SelfSigned);
    server.setScripts({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250 fake
        C: QUIT
        S: 221 bye)") });
    QVERIFY(server.listen(FakeSmtpServer::Mode::ImplicitTls));
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::Tls;
    s.port = server.port();
    SmtpClient client(s);
    int asked = 0;
    connect(&client, &SmtpClient::certificateErrors, this,
        [&](const QList<QSslError> &, const QList<QSslCertificate> &chain) {
            ++asked;
            client.acceptCertificate(chain.first());
        });
    QSignalSpy done(&client, &SmtpClient::disconnected);
    client.connectToServer(
        [&](const SmtpReply &) { client.hello([&](const SmtpReply &) { client.quit(); }); });
    QVERIFY(done.wait(10000));
    QCOMPARE(asked, 1);
    QVERIFY(!client.lastError().isError());
    QVERIFY(!client.tlsInfo().acceptedErrors.isEmpty());
    QVERIFY(server.waitForDone(2000));
    QVERIFY(server.errors().isEmpty());

    // Accepting some other certificate does not accept this one.
    FakeSmtpServer again;
    again.setCertificate(TestCertificates::Kind::SelfSigned);
    again.setScripts({ script("X: expect-tls-failure") });
    QVERIFY(again.listen(FakeSmtpServer::Mode::ImplicitTls));
    s.port = again.port();
    SmtpClient other(s);
    connect(&other, &SmtpClient::certificateErrors, this,
        [&](const QList<QSslError> &, const QList<QSslCertificate> &) {
            other.acceptCertificate(m_certs.certificate(TestCertificates::Kind::Server));
        });
    QSignalSpy failed(&other, &SmtpClient::errorOccurred);
    other.connectToServer();
    QVERIFY(failed.wait(10000));
    QCOMPARE(other.lastError().code(), SmtpError::CertificateUntrusted);
}

void TestSmtpSender::expiredAndNotYetValid_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("implicit");
    QTest::addColumn<int>("sslError");
    QTest::newRow("expired, implicit TLS")
        << int(TestCertificates::Kind::Expired) << true << int(QSslError::CertificateExpired);
    QTest::newRow("expired, STARTTLS")
        << int(TestCertificates::Kind::Expired) << false << int(QSslError::CertificateExpired);
    QTest::newRow("not yet valid, implicit TLS")
        << int(TestCertificates::Kind::NotYetValid) << true << int(QSslError::CertificateNotYetValid);
    QTest::newRow("not yet valid, STARTTLS")
        << int(TestCertificates::Kind::NotYetValid) << false << int(QSslError::CertificateNotYetValid);
}

void TestSmtpSender::expiredAndNotYetValid()
{
    QFETCH(int, kind);
    QFETCH(bool, implicit);
    QFETCH(int, sslError);
    SmtpConnectionSettings s = plainSettings();
    s.security = implicit ? Smtp::Security::Tls : Smtp::Security::StartTls;
    const QList<QByteArray> lines = implicit ? script("X: expect-tls-failure") : script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 go
        X: starttls
        X: expect-tls-failure)");
    const Outcome o = run({ lines }, s, { Message() },
        implicit ? FakeSmtpServer::Mode::ImplicitTls : FakeSmtpServer::Mode::Plain,
        TestCertificates::Kind(kind));
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.error.code(), SmtpError::CertificateUntrusted);
    bool found = false;
    for (const QSslError &e : o.error.sslErrors()) {
        found = found || e.error() == QSslError::SslError(sslError);
    }
    QVERIFY(found);
}

// ---- time, memory, bodies ----

void TestSmtpSender::timeoutOnSilentServer()
{
    SmtpConnectionSettings s = plainSettings();
    s.timeouts = SmtpTimeouts::uniform(400);
    const Outcome o = run({ script("X: silent") }, s, { Message() });
    QCOMPARE(o.error.code(), SmtpError::Timeout);
    QCOMPARE(o.error.step(), Smtp::Step::Greeting);
    QCOMPARE(o.error.exitCode(), 75);
}

void TestSmtpSender::slowServerHitsCommandDeadline()
{
    // One byte every 150 ms keeps an idle timer happy forever; the per-command deadline (1 s) must fire.
    SmtpConnectionSettings s = plainSettings();
    s.timeouts = SmtpTimeouts::uniform(1000);
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        X: slow 150
        S: 250-fake
        S: 250-a-very-long-capability-line-that-takes-a-while
        S: 250 done)") },
        s, { Message() });
    QCOMPARE(o.error.code(), SmtpError::Timeout);
    QCOMPARE(o.error.step(), Smtp::Step::Hello);
}

namespace {
// Resident memory of this process in KiB (/proc), for bounds that do not depend on timing.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}
} // namespace

void TestSmtpSender::floodKeepsMemoryBounded()
{
    // 1 GiB of a never-ending multi-line reply: the client gives up at the reply limit, long before.
    SmtpConnectionSettings s = plainSettings();
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        X: flood 1073741824 250-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA)") },
        s, { Message() });
    QCOMPARE(o.error.code(), SmtpError::ProtocolError);

    // Many complete lines of one never-ending reply, read as fast as they come: the client's buffers stay
    // flat (it reads 64 KiB at a time, the socket's read buffer is capped, the reply is capped).
    const qint64 before = residentKiB();
    const Outcome lines = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        X: flood 536870912 250-)") },
        s, { Message() });
    QCOMPARE(lines.error.code(), SmtpError::ProtocolError);
#if !defined(__SANITIZE_ADDRESS__)
    QVERIFY2(residentKiB() - before < 32 * 1024, qPrintable(QString::number(residentKiB() - before)));
#else
    Q_UNUSED(before); // AddressSanitizer keeps freed memory resident on purpose
#endif
}

void TestSmtpSender::bodySmugglingSequences()
{
    // Every way of spelling end-of-data with bare CR or LF: the server receives one message whose dot lines
    // are all stuffed and whose only terminator is the real one.
    const QByteArray evil = "Subject: s\r\n\r\nline\n.\nMAIL FROM:<x@evil>\r\n"
                            "a\r.\rb\r\n.\nc\n.\r\nd\r\n..\r\n.";
    SmtpConnectionSettings s = plainSettings();
    Message m;
    m.body = evil;
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250 fake
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)") },
        s, { m });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.messages.size(), 1);
    const QByteArray got = o.messages.first();
    QCOMPARE(got,
        QByteArray("Subject: s\r\n\r\nline\r\n..\r\nMAIL FROM:<x@evil>\r\n"
                   "a\r\n..\r\nb\r\n..\r\nc\r\n..\r\nd\r\n...\r\n..\r\n.\r\n"));
}

void TestSmtpSender::largeBodyStreamsWithProgress()
{
    // 8 MiB through BDAT chunks with pipelining: several chunks, all replies matched, progress reaches total.
    QByteArray big;
    big.reserve(8 << 20);
    big += "Subject: big\r\n\r\n";
    while (big.size() < (8 << 20)) {
        big += QByteArray(76, 'x') + "\r\n";
    }
    const int n = int(big.size());
    const int chunk = 1 << 20;
    QByteArray lines = R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-PIPELINING
        S: 250 CHUNKING
        C: MAIL FROM:<alice@example.org> 
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        S: 250 ok
)";
    int left = n;
    while (left > chunk) {
        lines += "C: BDAT " + QByteArray::number(chunk) + "\nX: bdat " + QByteArray::number(chunk)
            + "\nS: 250 ok\n";
        left -= chunk;
    }
    lines += "C: BDAT " + QByteArray::number(left) + " LAST\nX: bdat " + QByteArray::number(left)
        + "\nX: bdat-end\nC: QUIT\nS: 250 ok\nS: 221 bye\n";
    SmtpConnectionSettings s = plainSettings();
    Message m;
    m.body = big;
    const Outcome o = run({ script(lines.constData()) }, s, { m });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY(o.allAccepted);
    QCOMPARE(o.messages.value(0), big);
}

void TestSmtpSender::severalMessagesOneConnection()
{
    SmtpConnectionSettings s = plainSettings();
    Message a, b, c;
    b.from = QStringLiteral("refused@example.org");
    c.to = { QStringLiteral("carol@example.org") };
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250 fake
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok 1
        C: MAIL FROM:<refused@example.org>
        S: 550 no
        C: RSET
        S: 250 ok
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<carol@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok 3
        C: QUIT
        S: 221 bye)") },
        s, { a, b, c });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.results.size(), 3);
    QVERIFY(o.results[0].accepted);
    QVERIFY(!o.results[1].accepted);
    QCOMPARE(o.results[1].error.code(), SmtpError::SenderRefused);
    QVERIFY(o.results[2].accepted);
    QCOMPARE(o.messages.size(), 2);
}

void TestSmtpSender::cancelAtAnyPoint()
{
    // Cancel after each of the first N client lines: always a clean Cancelled, never a crash or a hang.
    // Lines: EHLO, MAIL, RCPT, DATA; then once while the body streams.
    for (int stopAfter = 0; stopAfter < 5; ++stopAfter) {
        FakeSmtpServer server;
        server.setScripts({ script(R"(
            S: 220 fake
            C: EHLO client.example.org
            S: 250-fake
            S: 250 PIPELINING
            C: MAIL FROM:<alice@example.org>
            C: RCPT TO:<bob@example.org>
            C: DATA
            S: 250 ok
            S: 250 ok
            S: 354 go
            X: silent)") });
        QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
        SmtpConnectionSettings s = plainSettings();
        s.port = server.port();
        SmtpSender sender(s);
        QByteArray body = "Subject: x\r\n\r\n" + QByteArray(2 << 20, 'y');
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        SmtpOutgoingMessage m;
        m.from = QStringLiteral("alice@example.org");
        m.recipients = { QStringLiteral("bob@example.org") };
        m.body = &buffer;
        m.size = body.size();
        int lines = 0;
        connect(sender.client(), &SmtpClient::commandSent, &sender, [&](const QByteArray &) {
            if (lines++ == stopAfter) {
                QMetaObject::invokeMethod(&sender, &SmtpSender::cancel, Qt::QueuedConnection);
            }
        });
        bool cancelledInBody = false;
        connect(sender.client(), &SmtpClient::bodyProgress, &sender, [&](qint64, qint64) {
            if (stopAfter == 4 && !cancelledInBody) {
                cancelledInBody = true;
                sender.cancel(); // synchronously, from inside the engine's own signal
            }
        });
        QSignalSpy finished(&sender, &SmtpSender::finished);
        sender.send({ m });
        QVERIFY(finished.wait(5000) || finished.count() == 1);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!sender.allAccepted());
        QCOMPARE(sender.error().code(), SmtpError::Cancelled);
    }
}

void TestSmtpSender::credentialsNeverSentBeforeTlsToRemote()
{
    // Through an HTTP CONNECT proxy the peer is not known to be this machine: AUTH before TLS is refused,
    // while the same server reached directly on loopback may take it.
    FakeSmtpServer server;
    server.setScripts({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 AUTH PLAIN
        C: QUIT
        S: 221 bye)") });
    QVERIFY(server.listen(FakeSmtpServer::Mode::Plain));
    TunnelProxy proxy;
    QVERIFY(proxy.listen());
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls; // StartTls chosen, but the client is driven by hand below
    s.port = server.port();
    s.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
    s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    SmtpClient client(s);
    QSignalSpy done(&client, &SmtpClient::disconnected);
    bool refused = false;
    client.connectToServer([&](const SmtpReply &) {
        client.hello([&](const SmtpReply &) {
            refused = !client.authenticate("PLAIN");
            client.quit();
        });
    });
    QVERIFY(done.wait(10000));
    QVERIFY(refused);
    QCOMPARE(client.lastError().code(), SmtpError::AuthRequiresTls);
    QVERIFY(server.waitForDone(2000));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QVERIFY(!server.receivedBytes().contains("AUTH"));
    QVERIFY(proxy.connections() >= 1);
}

void TestSmtpSender::sendThroughProxies_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("HTTP CONNECT") << int(TunnelProxy::Kind::HttpConnect);
    QTest::newRow("SOCKS5") << int(TunnelProxy::Kind::Socks5);
}

void TestSmtpSender::sendThroughProxies()
{
    // A whole send with STARTTLS (verified against the configured host, through the tunnel) via each proxy.
    QFETCH(int, kind);
    TunnelProxy proxy { TunnelProxy::Kind(kind) };
    QVERIFY(proxy.listen());
    SmtpConnectionSettings s = plainSettings();
    s.security = Smtp::Security::StartTls;
    s.proxy = QNetworkProxy(
        kind == int(TunnelProxy::Kind::Socks5) ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
        QStringLiteral("127.0.0.1"), proxy.port());
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 go
        X: starttls
        C: EHLO client.example.org
        S: 250 fake
        C: MAIL FROM:<alice@example.org>
        S: 250 ok
        C: RCPT TO:<bob@example.org>
        S: 250 ok
        C: DATA
        S: 354 go
        X: data
        S: 250 ok
        C: QUIT
        S: 221 bye)") },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY2(o.allAccepted, qPrintable(o.error.toString()));
    QCOMPARE(proxy.connections(), 1);
}

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
