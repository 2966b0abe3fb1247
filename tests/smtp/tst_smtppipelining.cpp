// Every reply counts (RFC 2920 3.1): pipelined groups against a scripted server that answers out of the
// ordinary — a refused login in front of a message the server queues anyway, one reply too many, replies that
// never come, a connection closed after the end of the message left, a refused BDAT chunk, overlapping
// transactions with different recipients' fates. The rule under test (design.md, "Delivery truth"): a
// message's result is what its own final reply says, and only once the replies of its flight are known to
// match their commands; after the end of a message left, anything less is "may have been sent".
#include "senderharness.h"

#include <QTest>

using namespace SenderHarness;

namespace {

QByteArray plainAuth()
{
    return "AUTH PLAIN " + QByteArray("\0alice\0secret", 13).toBase64();
}

// The greeting and EHLO of a server with these extensions, and the pipelined login in front of the group.
QByteArray opening(const QList<QByteArray> &extensions, bool login)
{
    QByteArray s = "S: 220 fake.example.org ESMTP\nC: EHLO client.example.org\nS: 250-fake.example.org\n";
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        s += (i + 1 < extensions.size() ? "S: 250-" : "S: 250 ") + extensions.at(i) + '\n';
    }
    if (login) {
        s += "C: " + plainAuth() + '\n';
    }
    return s;
}

// A body just over the inline limit: it goes in two BDAT chunks, after the envelope's replies.
QByteArray largeBody()
{
    return "Subject: large\r\n\r\n" + QByteArray(int(SmtpClient::InlineBodyLimit), 'x') + "\r\n";
}

} // namespace

class TestSmtpPipelining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void oneMessage_data();
    void oneMessage();

    void bdatChunkRefusedSendsNoMore();
    void overlappingTransactionsKeepTheirOwnRecipients();
    void closedAfterOneEndLeft();
    void extraReplyInAFlightOfTwo();
    void pipeliningOfferedOnlyBeforeStartTls();

private:
    SmtpConnectionSettings settings(bool login) const;
    TestCertificates m_certs;
};

void TestSmtpPipelining::initTestCase()
{
    qRegisterMetaType<SmtpReply>();
    qRegisterMetaType<SmtpError>();
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
}

SmtpConnectionSettings TestSmtpPipelining::settings(bool login) const
{
    SmtpConnectionSettings s = plainSettings(m_certs);
    if (login) {
        s.authMechanism = "plain";
        s.credentials = { QStringLiteral("alice"), QStringLiteral("secret"), {}, {} };
    }
    s.timeouts = SmtpTimeouts::uniform(1500);
    return s;
}

void TestSmtpPipelining::oneMessage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("login");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("error"); // of the message (NoError when accepted)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("warning"); // the code of its one warning, or NoError for none
    QTest::addColumn<int>("received"); // message bodies the server received whole

    const QList<QByteArray> chunking = { "PIPELINING", "CHUNKING", "AUTH PLAIN" };
    const QList<QByteArray> dataOnly = { "PIPELINING", "AUTH PLAIN" };
    const QByteArray groupBdat = R"(
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<bob@example.org>
        C: BDAT 22 LAST
        X: bdat 22
        X: bdat-end
        C: QUIT
    )";
    const QByteArray groupData = R"(
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<bob@example.org>
        C: DATA
    )";
    const int ok = SmtpError::NoError;
    const int auth = SmtpError::AuthenticationFailed;
    const int maybe = SmtpError::MessageMayHaveBeenSent;

    // RFC 2920 3.1 and Postfix's permit_mynetworks: the login is refused, the message is queued all the same.
    QTest::newRow("login refused, message queued (BDAT): sent, with a warning") << opening(chunking, true)
            + groupBdat + R"(
        S: 535 5.7.8 Error: authentication failed
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 Ok: queued as 4Fq1
        S: 221 2.0.0 Bye
        X: expect-close)" << true << true << ok << 0 << auth << 1;
    QTest::newRow("login refused for now (454), message queued: sent, never retried")
        << opening(chunking, true) + groupBdat + R"(
        S: 454 4.7.0 Temporary authentication failure
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 Ok: queued as 4Fq2
        S: 221 2.0.0 Bye
        X: expect-close)"
        << true << true << ok << 0 << auth << 1;
    QTest::newRow("login refused, replies a few bytes at a time: sent, with a warning") << "X: slow 1\n"
            + opening(chunking, true) + groupBdat + R"(
        S: 535 5.7.8 Error: authentication failed
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 Ok: queued as 4Fq3
        S: 221 2.0.0 Bye
        X: expect-close)" << true << true << ok << 0 << auth << 1;
    QTest::newRow("login refused and the message refused: the login is the cause") << opening(chunking, true)
            + groupBdat + R"(
        S: 535 5.7.8 Error: authentication failed
        S: 250 2.1.0 Ok
        S: 554 5.7.1 Relay access denied
        S: 554 5.5.1 No valid recipients
        S: 221 2.0.0 Bye
        X: expect-close)" << true << false << auth << 77 << ok << 1;
    // After a refused login the body of a DATA transaction is never sent: a lone dot would deliver an empty
    // message, so the session ends on the 354.
    QTest::newRow("login refused, DATA: the body never leaves") << opening(dataOnly, true) + groupData + R"(
        S: 535 5.7.8 Error: authentication failed
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 354 End data with <CR><LF>.<CR><LF>
        X: expect-close)" << true << false << auth << 77 << ok << 0;
    QTest::newRow("login refused for now (454), DATA: not sent, temporary") << opening(dataOnly, true)
            + groupData + R"(
        S: 454 4.7.0 Temporary authentication failure
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 354 End data with <CR><LF>.<CR><LF>
        X: expect-close)" << true << false << auth << 75 << ok << 0;
    // One reply too many: the 554 meant for the message lands on QUIT. Reporting "250 extra" as the
    // message's verdict would file as sent what the server refused.
    QTest::newRow("one reply too many: may have been sent, protocol error") << opening(chunking, false)
            + groupBdat + R"(
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 extra
        S: 554 5.6.0 message refused
        S: 221 2.0.0 Bye
        X: expect-close)" << false << false << maybe << 76 << ok << 1;
    QTest::newRow("a reply after QUIT's, in the same segment: may have been sent") << opening(chunking, false)
            + groupBdat + R"(
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 Ok: queued as 4Fq4
        S: 221 2.0.0 Bye
        S: 250 2.0.0 and one more
        X: expect-close)" << false << false << maybe << 76 << ok << 1;
    QTest::newRow("a 354 where none can come: may have been sent, protocol error") << opening(chunking, false)
            + groupBdat + R"(
        S: 250 2.1.0 Ok
        S: 354 go ahead
        S: 250 2.0.0 Ok: queued as 4Fq5
        S: 221 2.0.0 Bye
        X: expect-close)" << false << false << maybe << 76 << ok << 1;
    // RFC 2920 3.2: a server may hold a group's replies; when they never come after the end left, nobody
    // knows, and a retry could deliver twice.
    QTest::newRow("replies held, then none: timeout after the end left") << opening(chunking, false)
            + groupBdat + R"(
        S: 250 2.1.0 Ok
        X: silent)" << false << false << maybe << 75 << ok << 1;
    QTest::newRow("no reply at all after the end left")
        << opening(chunking, false) + groupBdat + "X: silent" << false << false << maybe << 75 << ok << 1;
    QTest::newRow("a malformed reply after the end left") << opening(chunking, false) + groupBdat + R"(
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 25x garbage
        X: expect-close)" << false << false << maybe << 76 << ok
                                                          << 1;
    QTest::newRow("the server closes after the end left") << opening(chunking, false) + groupBdat + R"(
        S: 250 2.1.0 Ok
        X: close)" << false << false << maybe << 75 << ok << 1;
    QTest::newRow("the server closes instead of answering QUIT: sent") << opening(chunking, false) + groupBdat
            + R"(
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 Ok: queued as 4Fq6
        X: close)" << false << true << ok << 0 << ok << 1;
    QTest::newRow("QUIT answered with 421 in the message's flight: may have been sent")
        << opening(chunking, false) + groupBdat + R"(
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 Ok: queued as 4Fq7
        S: 421 4.3.0 closing
        X: expect-close)"
        << false << false << maybe << 76 << ok << 1;
}

void TestSmtpPipelining::oneMessage()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, login);
    QFETCH(bool, accepted);
    QFETCH(int, error);
    QFETCH(int, exitCode);
    QFETCH(int, warning);
    QFETCH(int, received);

    const Outcome o = run({ FakeSmtpServer::indentedScript(text) }, settings(login), { Message() });
    QVERIFY2(o.finished, qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.messages.size(), received);
    QCOMPARE(o.results.size(), 1);
    const SmtpSendResult &r = o.results.first();
    QCOMPARE(r.accepted, accepted);
    QCOMPARE(o.allAccepted, accepted);
    QCOMPARE(int(r.error.code()), error);
    QCOMPARE(o.messageAcceptedSignals, accepted ? 1 : 0);
    QCOMPARE(o.messageFailedSignals, accepted ? 0 : 1);
    if (accepted) {
        // An earlier command's failure never turns an accepted message into a failure.
        QCOMPARE(o.error.code(), SmtpError::NoError);
        QVERIFY(r.finalReply.isPositive());
    } else {
        QCOMPARE(r.error.exitCode(), exitCode);
        QVERIFY(!r.error.message().isEmpty());
        QCOMPARE(o.error.exitCode(), exitCode);
        // "May have been sent" is never tried again on its own.
        if (error == SmtpError::MessageMayHaveBeenSent) {
            QVERIFY(!r.error.isTemporary());
        }
    }
    if (warning == SmtpError::NoError) {
        QVERIFY(r.warnings.isEmpty());
    } else {
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(int(r.warnings.first().code()), warning);
        QVERIFY(r.warnings.first().reply().isValid());
        QVERIFY(!r.warnings.first().message().isEmpty());
    }
}

void TestSmtpPipelining::bdatChunkRefusedSendsNoMore()
{
    // RFC 3030 2: after a refused chunk the transaction has failed; no further chunk may follow. Without
    // PIPELINING each chunk waits for its reply, so the point where the client must stop is exact.
    Message m;
    m.body = largeBody() + largeBody();
    const Outcome o = run({ script(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250 CHUNKING
        C: MAIL FROM:<alice@example.org>
        S: 250 2.1.0 Ok
        C: RCPT TO:<bob@example.org>
        S: 250 2.1.5 Ok
        C: BDAT 1048576
        X: bdat 1048576
        S: 554 5.3.4 Message too big for system
        C: QUIT
        S: 221 2.0.0 Bye
        X: expect-close)") },
        settings(false), { m });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY(!o.allAccepted);
    QCOMPARE(o.results.first().error.code(), SmtpError::MessageTooLarge);
    QCOMPARE(o.results.first().error.exitCode(), 65);
    QVERIFY(o.messages.isEmpty());
}

void TestSmtpPipelining::overlappingTransactionsKeepTheirOwnRecipients()
{
    // Two transactions in one flight (PIPELINING + CHUNKING). The second's only recipient is refused: its
    // body must not go, whatever the first transaction's recipients got.
    Message first;
    first.body = largeBody();
    Message second = first;
    second.to = { QStringLiteral("carol@example.org") };
    const QByteArray last = QByteArray::number(largeBody().size() - 1048576);
    const QByteArray text = R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-PIPELINING
        S: 250 CHUNKING
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<bob@example.org>
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        C: BDAT 1048576
        X: bdat 1048576
        C: BDAT )"
        + last + R"( LAST
        X: bdat )"
        + last + R"(
        X: bdat-end
        C: RSET
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<carol@example.org>
        S: 250 2.0.0 chunk
        S: 250 2.0.0 Ok: queued as 1A
        S: 250 2.0.0 Ok
        S: 250 2.1.0 Ok
        S: 550 5.1.1 <carol@example.org>: Recipient address rejected
        C: QUIT
        S: 221 2.0.0 Bye
        X: expect-close)";
    const Outcome o = run({ FakeSmtpServer::indentedScript(text) }, settings(false), { first, second });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.results.size(), 2);
    QVERIFY(o.results[0].accepted);
    QCOMPARE(o.results[0].queueId(), QStringLiteral("1A"));
    QVERIFY(!o.results[1].accepted);
    QCOMPARE(o.results[1].error.code(), SmtpError::AllRecipientsRefused);
    QCOMPARE(o.results[1].recipients.first().reply.code(), 550);
    QCOMPARE(o.messages.size(), 1);
}

void TestSmtpPipelining::closedAfterOneEndLeft()
{
    // The server hangs up after the first message's end left, before the second's body went: the first may
    // have been sent; the second was not, and may be tried again.
    Message small;
    Message large;
    large.body = largeBody();
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
        C: RSET
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<bob@example.org>
        X: close)") },
        settings(false), { small, large });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.results.size(), 2);
    QCOMPARE(o.results[0].error.code(), SmtpError::MessageMayHaveBeenSent);
    QVERIFY(!o.results[0].error.isTemporary());
    QCOMPARE(o.results[1].error.code(), SmtpError::ConnectionLost);
    QVERIFY(o.results[1].error.isTemporary());
}

void TestSmtpPipelining::extraReplyInAFlightOfTwo()
{
    // Two messages in one flight and one reply too many in the second's group: the replies of the flight can
    // no longer be matched to their commands, so neither message's verdict stands — even the first's 250.
    Message a;
    Message b;
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
        C: RSET
        C: MAIL FROM:<alice@example.org>
        C: RCPT TO:<bob@example.org>
        C: BDAT 22 LAST
        X: bdat 22
        X: bdat-end
        C: QUIT
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 Ok: queued as 1B
        S: 250 2.0.0 Ok
        S: 250 2.0.0 extra
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 554 5.7.1 refused
        S: 221 2.0.0 Bye
        X: expect-close)") },
        settings(false), { a, b });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QCOMPARE(o.results.size(), 2);
    for (const SmtpSendResult &r : o.results) {
        QVERIFY(!r.accepted);
        QCOMPARE(r.error.code(), SmtpError::MessageMayHaveBeenSent);
        QCOMPARE(r.error.exitCode(), 76);
    }
}

void TestSmtpPipelining::pipeliningOfferedOnlyBeforeStartTls()
{
    // RFC 3207 4.2: what the server said before TLS is forgotten. PIPELINING offered only then is not used
    // after it: every command waits for its reply.
    SmtpConnectionSettings s = settings(true);
    s.security = Smtp::Security::StartTls;
    const Outcome o = run({ FakeSmtpServer::indentedScript(R"(
        S: 220 fake
        C: EHLO client.example.org
        S: 250-fake
        S: 250-PIPELINING
        S: 250-CHUNKING
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 2.0.0 Ready to start TLS
        X: starttls
        C: EHLO client.example.org
        S: 250-fake
        S: 250-CHUNKING
        S: 250 AUTH PLAIN
        C: )" + plainAuth() + R"(
        S: 235 2.7.0 Authentication successful
        C: MAIL FROM:<alice@example.org>
        S: 250 2.1.0 Ok
        C: RCPT TO:<bob@example.org>
        S: 250 2.1.5 Ok
        C: BDAT 22 LAST
        X: bdat 22
        X: bdat-end
        S: 250 2.0.0 Ok: queued as 1C
        C: QUIT
        S: 221 2.0.0 Bye
        X: expect-close)") },
        s, { Message() });
    QVERIFY2(o.serverErrors.isEmpty(), qPrintable(o.serverErrors.join(QLatin1Char('\n'))));
    QVERIFY(o.allAccepted);
}

QTEST_GUILESS_MAIN(TestSmtpPipelining)
#include "tst_smtppipelining.moc"
