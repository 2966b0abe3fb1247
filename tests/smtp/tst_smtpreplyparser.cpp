// The reply parser on its own: bytes in, replies out, every malformed shape an error, memory bounded.
#include "smtp/smtpreply.h"

#include <QRandomGenerator>
#include <QTest>

class TestSmtpReplyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleLine();
    void multiLine();
    void enhancedCodes_data();
    void enhancedCodes();
    void byteAtATimeParsesTheSame_data();
    void byteAtATimeParsesTheSame();
    void malformed_data();
    void malformed();
    void bareCodeAndBareLf();
    void longValidReply();
    void lineLimit();
    void replySizeLimit();
    void lineCountLimit();
    void errorIsSticky();
    void floodStaysBounded();
    void bufferedBytes();
    void latin1Text();
};

static QList<SmtpReply> parseAll(
    const QByteArray &data, bool *ok = nullptr, SmtpReplyParser::Limits limits = {})
{
    SmtpReplyParser p(limits);
    QList<SmtpReply> out;
    const bool result = p.feed(data, &out);
    if (ok) {
        *ok = result;
    }
    return out;
}

void TestSmtpReplyParser::singleLine()
{
    bool ok = false;
    const QList<SmtpReply> r = parseAll("220 mail.example.org ESMTP ready\r\n", &ok);
    QVERIFY(ok);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].code(), 220);
    QCOMPARE(r[0].lines(), QList<QByteArray> { "mail.example.org ESMTP ready" });
    QVERIFY(r[0].isPositive());
    QCOMPARE(r[0].toWire(), QByteArray("220 mail.example.org ESMTP ready\r\n"));
}

void TestSmtpReplyParser::multiLine()
{
    bool ok = false;
    const QByteArray wire
        = "250-mail.example.org\r\n250-PIPELINING\r\n250-SIZE 1000\r\n250 8BITMIME\r\n354 go\r\n";
    const QList<SmtpReply> r = parseAll(wire, &ok);
    QVERIFY(ok);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].lines().size(), 4);
    QCOMPARE(r[0].lines()[3], QByteArray("8BITMIME"));
    QCOMPARE(r[1].code(), 354);
    QVERIFY(r[1].isIntermediate());
    QCOMPARE(r[0].toWire() + r[1].toWire(), wire);
}

void TestSmtpReplyParser::enhancedCodes_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("5.7.8") << QByteArray("535 5.7.8 Authentication failed\r\n") << QByteArray("5.7.8")
                           << QByteArray("Authentication failed");
    QTest::newRow("2.0.0 queued") << QByteArray("250 2.0.0 Ok: queued as 4F1\r\n") << QByteArray("2.0.0")
                                  << QByteArray("Ok: queued as 4F1");
    QTest::newRow("three digit parts")
        << QByteArray("550 5.123.456 odd\r\n") << QByteArray("5.123.456") << QByteArray("odd");
    QTest::newRow("class mismatch is text")
        << QByteArray("550 2.1.0 text\r\n") << QByteArray() << QByteArray("2.1.0 text");
    QTest::newRow("four digit part is text")
        << QByteArray("550 5.1234.0 text\r\n") << QByteArray() << QByteArray("5.1234.0 text");
    QTest::newRow("no code") << QByteArray("250 ok\r\n") << QByteArray() << QByteArray("ok");
    QTest::newRow("code only") << QByteArray("250 2.0.0\r\n") << QByteArray("2.0.0") << QByteArray();
    QTest::newRow("multi-line stripped") << QByteArray("550-5.1.1 No such\r\n550 5.1.1 user\r\n")
                                         << QByteArray("5.1.1") << QByteArray("No such\nuser");
    QTest::newRow("glued text is text")
        << QByteArray("250 2.0.0ok\r\n") << QByteArray() << QByteArray("2.0.0ok");
}

void TestSmtpReplyParser::enhancedCodes()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, enhanced);
    QFETCH(QByteArray, text);
    const QList<SmtpReply> r = parseAll(wire);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].enhancedCode(), enhanced);
    QCOMPARE(r[0].text(), text);
}

void TestSmtpReplyParser::byteAtATimeParsesTheSame_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("greeting") << QByteArray("220 hi\r\n");
    QTest::newRow("ehlo") << QByteArray("250-a\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 10\r\n");
    QTest::newRow("several") << QByteArray("250 2.1.0 ok\r\n250 2.1.5 ok\r\n550 5.1.1 no\r\n354 go\r\n");
    QTest::newRow("bare lf") << QByteArray("250-a\n250 b\n");
}

void TestSmtpReplyParser::byteAtATimeParsesTheSame()
{
    QFETCH(QByteArray, wire);
    const QList<SmtpReply> whole = parseAll(wire);
    SmtpReplyParser p;
    QList<SmtpReply> pieces;
    for (char c : wire) {
        QVERIFY(p.feed(QByteArray(1, c), &pieces));
    }
    QCOMPARE(pieces, whole);
    QVERIFY(!whole.isEmpty());
    // And split at every possible point.
    for (int cut = 1; cut < wire.size(); ++cut) {
        SmtpReplyParser q;
        QList<SmtpReply> two;
        QVERIFY(q.feed(wire.left(cut), &two));
        QVERIFY(q.feed(wire.mid(cut), &two));
        QCOMPARE(two, whole);
    }
}

void TestSmtpReplyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("mismatched codes") << QByteArray("250-a\r\n251 b\r\n");
    QTest::newRow("non-numeric") << QByteArray("25x ok\r\n");
    QTest::newRow("letters") << QByteArray("hello\r\n");
    QTest::newRow("two digits") << QByteArray("25 ok\r\n");
    QTest::newRow("four digits") << QByteArray("2500 ok\r\n");
    QTest::newRow("first digit 1") << QByteArray("150 ok\r\n");
    QTest::newRow("first digit 6") << QByteArray("650 ok\r\n");
    QTest::newRow("second digit 6") << QByteArray("260 ok\r\n");
    QTest::newRow("empty line") << QByteArray("\r\n");
    QTest::newRow("tab separator") << QByteArray("250\tok\r\n");
    QTest::newRow("nul in code") << QByteArray("2\x00"
                                               "0 ok\r\n",
        8);
    QTest::newRow("leading space") << QByteArray(" 250 ok\r\n");
}

void TestSmtpReplyParser::malformed()
{
    QFETCH(QByteArray, wire);
    SmtpReplyParser p;
    QList<SmtpReply> out;
    QVERIFY(!p.feed(wire, &out));
    QVERIFY(p.hasError());
    QVERIFY(!p.errorString().isEmpty());
    QVERIFY(out.isEmpty());
}

void TestSmtpReplyParser::bareCodeAndBareLf()
{
    bool ok = false;
    const QList<SmtpReply> r = parseAll("250\r\n221\n", &ok);
    QVERIFY(ok);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].code(), 250);
    QVERIFY(r[0].lines().value(0).isEmpty());
    QCOMPARE(r[1].code(), 221);
}

void TestSmtpReplyParser::longValidReply()
{
    // A valid reply of more than 4 KiB in total, made of lines under the line limit.
    QByteArray wire;
    for (int i = 0; i < 40; ++i) {
        wire += "250-" + QByteArray(200, char('a' + i % 26)) + "\r\n";
    }
    wire += "250 end\r\n";
    bool ok = false;
    const QList<SmtpReply> r = parseAll(wire, &ok);
    QVERIFY(ok);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].lines().size(), 41);
    QVERIFY(wire.size() > 4096);
}

void TestSmtpReplyParser::lineLimit()
{
    SmtpReplyParser p;
    QList<SmtpReply> out;
    // Exactly at the limit is fine.
    QVERIFY(p.feed("250 " + QByteArray(4092, 'x') + "\r\n", &out));
    QCOMPARE(out.size(), 1);
    // One over, delivered without CRLF in many small pieces, fails as soon as it passes the limit.
    SmtpReplyParser q;
    bool failed = false;
    int fed = 0;
    while (fed < 10000 && !failed) {
        failed = !q.feed(QByteArray(100, 'y'), &out);
        fed += 100;
    }
    QVERIFY(failed);
    QVERIFY(fed <= 4200);
    QVERIFY(q.bufferedBytes() == 0);
}

void TestSmtpReplyParser::replySizeLimit()
{
    SmtpReplyParser p;
    QList<SmtpReply> out;
    bool ok = true;
    int lines = 0;
    while (ok && lines < 1000) {
        ok = p.feed("250-" + QByteArray(1000, 'z') + "\r\n", &out);
        ++lines;
    }
    QVERIFY(!ok);
    QVERIFY(lines * 1004 > 65536);
    QVERIFY(lines * 1004 < 65536 + 2008);
    QVERIFY(p.errorString().contains(QLatin1String("65536")));
}

void TestSmtpReplyParser::lineCountLimit()
{
    QByteArray wire;
    for (int i = 0; i < 600; ++i) {
        wire += "250-x\r\n";
    }
    bool ok = true;
    parseAll(wire, &ok);
    QVERIFY(!ok);
}

void TestSmtpReplyParser::errorIsSticky()
{
    SmtpReplyParser p;
    QList<SmtpReply> out;
    QVERIFY(!p.feed("bad\r\n", &out));
    QVERIFY(!p.feed("250 fine\r\n", &out));
    QVERIFY(out.isEmpty());
    p.reset();
    QVERIFY(p.feed("250 fine\r\n", &out));
    QCOMPARE(out.size(), 1);
}

void TestSmtpReplyParser::floodStaysBounded()
{
    // 256 MiB of one endless line: the parser gives up at the line limit and holds nothing more.
    SmtpReplyParser p;
    QList<SmtpReply> out;
    const QByteArray chunk(64 * 1024, 'A');
    qint64 fed = 0;
    bool ok = true;
    while (ok && fed < 256LL * 1024 * 1024) {
        ok = p.feed("250-" + chunk, &out);
        fed += chunk.size();
        QVERIFY(p.bufferedBytes() <= 4097);
    }
    QVERIFY(!ok);
    // Many complete small replies are returned as they complete; none is held back.
    SmtpReplyParser q;
    QList<SmtpReply> replies;
    for (int i = 0; i < 1000; ++i) {
        replies.clear();
        QVERIFY(q.feed(QByteArray("250 ok\r\n").repeated(100), &replies));
        QCOMPARE(replies.size(), 100);
        QCOMPARE(q.bufferedBytes(), 0);
    }
}

void TestSmtpReplyParser::bufferedBytes()
{
    SmtpReplyParser p;
    QList<SmtpReply> out;
    QVERIFY(p.feed("220 ready\r\n250 inj", &out));
    QCOMPARE(out.size(), 1);
    QVERIFY(p.bufferedBytes() > 0);
    SmtpReplyParser q;
    QVERIFY(q.feed("250-first\r\n", &out));
    QVERIFY(q.bufferedBytes() > 0);
    QVERIFY(!q.isIdle());
}

void TestSmtpReplyParser::latin1Text()
{
    const QList<SmtpReply> r = parseAll("550 Benutzer unbekannt: M\xfcller\r\n");
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].message(), QStringLiteral("Benutzer unbekannt: M\u00fcller"));
    const QList<SmtpReply> u = parseAll("550 Benutzer unbekannt: M\xc3\xbcller\r\n");
    QCOMPARE(u[0].message(), QStringLiteral("Benutzer unbekannt: M\u00fcller"));
}

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
