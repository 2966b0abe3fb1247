// EmlReader: reading messages back (ours and other mailers'), reopening them as MimeMessage, and surviving
// hostile input with bounded time and memory.
#include "mime/emlreader.h"
#include "mime/messagewriter.h"

#include "mimetestutil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestEmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void draftKeepsBcc();
    void otherMailers();
    void lfLineEndings();
    void nestedMessage();
    void boundaryPrefixes();
    void malformed_data();
    void malformed();
    void hostileLimits();
    void randomMutations();
    void readFile();

private:
    static QByteArray write(const MimeMessage &m, bool utf8 = false);
};

QByteArray TestEmlReader::write(const MimeMessage &m, bool utf8)
{
    MessageWriter::Options options;
    options.allow8bit = utf8;
    options.allowUtf8Headers = utf8;
    MessageWriter writer(m, options);
    if (!writer.isValid())
        qWarning("invalid: %s", qPrintable(writer.errorString()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writer.writeTo(&buffer);
    return buffer.data();
}

void TestEmlReader::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QByteArray jpeg("\xff\xd8\xff\xe0", 4);
    jpeg += QByteArray(5000, '\x42');
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpeg);
    }
    MimeMessage m;
    m.setFrom(MailAddress(QStringLiteral("alice@example.org"), QString::fromUtf8("Alice Ünal")));
    m.setSender(MailAddress(QStringLiteral("office@example.org"), QStringLiteral("Office")));
    m.setReplyTo(AddressList(MailAddress(QStringLiteral("replies@example.org"))));
    AddressList to(MailAddress(QStringLiteral("bob@example.net"), QStringLiteral("Doe, Bob")));
    AddressGroup team;
    team.name = QString::fromUtf8("Équipe");
    team.members = { MailAddress(QStringLiteral("t1@example.com")),
        MailAddress(QStringLiteral("t2@example.com"), QString::fromUtf8("Τ2")) };
    to.append(team);
    m.setTo(to);
    m.setCc(AddressList(MailAddress(QStringLiteral("carol@example.com"), QString::fromUtf8("キャロル"))));
    m.setBcc(AddressList(MailAddress(QStringLiteral("hidden@example.com"))));
    m.setSubject(QString::fromUtf8("Ré: the plan — 计划 📅"));
    m.setDate(QDateTime(QDate(2024, 6, 1), QTime(12, 0, 0), Qt::OffsetFromUTC, 7200));
    m.setMessageId("<abc@example.org>");
    m.setInReplyTo("<parent@example.org>");
    m.setReferences({ "<root@example.org>", "<parent@example.org>" });
    m.setUserAgent(QStringLiteral("Epistle/0.1"));
    QVERIFY(m.addHeader("X-Priority", QStringLiteral("1")));
    QVERIFY(m.addHeader("X-Note", QString::fromUtf8("ünïcödé note")));
    m.setPlainText(QString::fromUtf8("Hello,\n\nthe plan: ✓ done.\n-- \nAlice"));
    const QString cid = m.addInlineImage(MimeAttachment::fromFile(path));
    m.setHtml(QStringLiteral("<p>Hello, <img src=\"cid:%1\"></p>").arg(cid));
    m.addAttachment(MimeAttachment::fromData(
        QByteArray("col1;col2\r\n1;2\r\n"), QString::fromUtf8("таблица данных.csv")));
    m.addAttachment(MimeAttachment::fromData(QByteArray(), QStringLiteral("empty.bin")));

    for (bool utf8 : { false, true }) {
        const QByteArray bytes = write(m, utf8);
        const EmlMessage parsed = EmlReader::parse(bytes);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.from, AddressList(m.from()));
        QCOMPARE(parsed.sender, AddressList(m.sender()));
        QCOMPARE(parsed.replyTo, m.replyTo());
        QCOMPARE(parsed.to, m.to());
        QCOMPARE(parsed.cc, m.cc());
        QVERIFY(parsed.bcc.isEmpty());
        QCOMPARE(parsed.subject, m.subject());
        QCOMPARE(parsed.date, m.date());
        QCOMPARE(parsed.messageId, m.messageId());
        QCOMPARE(parsed.inReplyTo, m.inReplyTo());
        QCOMPARE(parsed.references, m.references());

        QStringList notes;
        const MimeMessage back = parsed.toMimeMessage(&notes);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(back.subject(), m.subject());
        QCOMPARE(back.from(), m.from());
        QCOMPARE(back.to(), m.to());
        QCOMPARE(back.plainText(), m.plainText() + QLatin1Char('\n'));
        QCOMPARE(back.html(), m.html() + QLatin1Char('\n'));
        QCOMPARE(back.userAgent(), m.userAgent());
        QCOMPARE(back.extraHeaders(), m.extraHeaders());
        QCOMPARE(back.inlineImages().size(), 1);
        QCOMPARE(back.inlineImages().first().contentId(), cid);
        QCOMPARE(back.inlineImages().first().data(), jpeg);
        QCOMPARE(back.inlineImages().first().mimeType(), QByteArray("image/jpeg"));
        QCOMPARE(back.attachments().size(), 2);
        QCOMPARE(back.attachments().at(0).fileName(), m.attachments().at(0).fileName());
        QCOMPARE(back.attachments().at(0).data(), m.attachments().at(0).data());
        QCOMPARE(back.attachments().at(0).mimeType(), QByteArray("text/csv"));
        QCOMPARE(back.attachments().at(1).size(), qint64(0));
        // Written again, it reads the same.
        const EmlMessage again = EmlReader::parse(write(back, utf8));
        QCOMPARE(again.subject, parsed.subject);
        QCOMPARE(again.to, parsed.to);
        QCOMPARE(again.leaves().size(), parsed.leaves().size());
        for (int i = 0; i < again.leaves().size(); ++i) {
            QCOMPARE(again.leaves().at(i)->decodedBody(), parsed.leaves().at(i)->decodedBody());
            QCOMPARE(again.leaves().at(i)->decodedSize(), qint64(again.leaves().at(i)->decodedBody().size()));
        }
    }
}

void TestEmlReader::draftKeepsBcc()
{
    const QByteArray draft
        = "From: a@example.org\r\nTo: b@example.org\r\nBcc: Secret <s@example.org>, t@example.org\r\n"
          "Subject: draft\r\n\r\nbody\r\n";
    const EmlMessage parsed = EmlReader::parse(draft);
    QCOMPARE(parsed.bcc.mailboxes().size(), 2);
    const MimeMessage m = parsed.toMimeMessage();
    QCOMPARE(m.bcc().mailboxes().size(), 2);
    QCOMPARE(m.envelopeRecipients().size(), 3);
    QCOMPARE(m.plainText(), QStringLiteral("body\n"));
}

void TestEmlReader::otherMailers()
{
    // Outlook-style: RFC 2047 in the name parameter only, Windows-1252 body, CRLF.
    const QByteArray outlook
        = "From: =?iso-8859-1?Q?Andr=E9_Pirard?= <andre@example.be>\r\n"
          "To: \"Smith, John\" <john@example.com>\r\n"
          "Subject: =?windows-1252?Q?Caf=E9_=96_menu?=\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: multipart/mixed;\r\n\tboundary=\"----=_NextPart_000_0001_01D0\"\r\n"
          "\r\n"
          "This is a multi-part message in MIME format.\r\n"
          "\r\n"
          "------=_NextPart_000_0001_01D0\r\n"
          "Content-Type: text/plain;\r\n\tcharset=\"windows-1252\"\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n"
          "\r\n"
          "Caf=E9 =96 see attached=\r\n"
          " menu.\r\n"
          "\r\n"
          "------=_NextPart_000_0001_01D0\r\n"
          "Content-Type: application/pdf;\r\n\tname=\"=?iso-8859-1?Q?men=FC.pdf?=\"\r\n"
          "Content-Transfer-Encoding: base64\r\n"
          "Content-Disposition: attachment\r\n"
          "\r\n"
          "JVBERi0xLjQK\r\n"
          "\r\n"
          "------=_NextPart_000_0001_01D0--\r\n";
    EmlMessage parsed = EmlReader::parse(outlook);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.subject, QString::fromUtf8("Café – menu"));
    QCOMPARE(parsed.from.mailboxes().first().name(), QString::fromUtf8("André Pirard"));
    QCOMPARE(parsed.to.mailboxes().first().name(), QStringLiteral("Smith, John"));
    QCOMPARE(parsed.leaves().size(), 2);
    QCOMPARE(parsed.leaves().at(0)->text(), QString::fromUtf8("Café – see attached menu.\n"));
    QCOMPARE(parsed.leaves().at(1)->fileName, QString::fromUtf8("menü.pdf"));
    QCOMPARE(parsed.leaves().at(1)->decodedBody(), QByteArray("%PDF-1.4\n"));
    MimeMessage m = parsed.toMimeMessage();
    QCOMPARE(m.attachments().size(), 1);
    QCOMPARE(m.attachments().first().fileName(), QString::fromUtf8("menü.pdf"));

    // Thunderbird-style: format=flowed, RFC 2231 file name continuation, 8bit body.
    const QByteArray thunderbird
        = "Content-Type: multipart/mixed; boundary=\"------------a1b2c3\"\r\n"
          "Message-ID: <1234@example.org>\r\n"
          "Date: Mon, 1 Jan 2024 10:00:00 +0100\r\n"
          "MIME-Version: 1.0\r\n"
          "From: =?UTF-8?B?SsO2cmc=?= <joerg@example.de>\r\n"
          "To: anna@example.de\r\n"
          "Subject: =?UTF-8?Q?Gr=c3=bc=c3=9fe?=\r\n"
          "\r\n"
          "This is a multi-part message in MIME format.\r\n"
          "--------------a1b2c3\r\n"
          "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
          "Content-Transfer-Encoding: 8bit\r\n"
          "\r\n"
          "Grüße \r\n"
          "aus Köln\r\n"
          "\r\n"
          "--------------a1b2c3\r\n"
          "Content-Type: text/plain; charset=UTF-8; name=\"x.txt\"\r\n"
          "Content-Disposition: attachment;\r\n"
          " filename*0*=UTF-8''%C3%9C%62%65%72%73%69%63%68%74%20%64%65%72%20%4B%6F%73;\r\n"
          " filename*1*=%74%65%6E%2E%74%78%74\r\n"
          "Content-Transfer-Encoding: base64\r\n"
          "\r\n"
          "MTIz\r\n"
          "\r\n"
          "--------------a1b2c3--\r\n";
    parsed = EmlReader::parse(thunderbird);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.subject, QString::fromUtf8("Grüße"));
    QCOMPARE(parsed.date, QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600));
    QCOMPARE(parsed.leaves().at(0)->text(), QString::fromUtf8("Grüße \naus Köln\n"));
    QCOMPARE(parsed.leaves().at(0)->contentTypeParameters.value("format"), QStringLiteral("flowed"));
    QCOMPARE(parsed.leaves().at(1)->fileName, QString::fromUtf8("Übersicht der Kosten.txt"));
    QCOMPARE(parsed.leaves().at(1)->decodedBody(), QByteArray("123"));

    // Not MIME at all.
    parsed = EmlReader::parse("From: x@y.test\nSubject: old\n\nplain old body\n");
    QCOMPARE(parsed.root.mimeType, QByteArray("text/plain"));
    QCOMPARE(parsed.root.text(), QStringLiteral("plain old body\n"));
}

void TestEmlReader::lfLineEndings()
{
    MimeMessage m;
    m.setFrom(MailAddress(QStringLiteral("a@example.org")));
    m.setTo(AddressList(MailAddress(QStringLiteral("b@example.org"))));
    m.setSubject(QString::fromUtf8(
        "Sübject that is long enough to be folded over more than one line, in fact quite long"));
    m.setHtml(QStringLiteral("<p>x</p>"));
    m.addAttachment(MimeAttachment::fromData(QByteArray(1000, 'z'), QStringLiteral("z.bin")));
    QByteArray bytes = write(m);
    bytes.replace("\r\n", "\n"); // as a Unix mailbox file stores it
    const EmlMessage parsed = EmlReader::parse(bytes);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.subject, m.subject());
    QCOMPARE(parsed.leaves().size(), 3);
    QCOMPARE(parsed.leaves().at(2)->decodedBody(), QByteArray(1000, 'z'));
}

void TestEmlReader::nestedMessage()
{
    MimeMessage inner;
    inner.setFrom(MailAddress(QStringLiteral("inner@example.org")));
    inner.setTo(AddressList(MailAddress(QStringLiteral("x@example.org"))));
    inner.setSubject(QStringLiteral("forwarded"));
    inner.setPlainText(QStringLiteral("inner body"));
    const QByteArray innerBytes = write(inner);
    MimeMessage outer;
    outer.setFrom(MailAddress(QStringLiteral("outer@example.org")));
    outer.setTo(AddressList(MailAddress(QStringLiteral("y@example.org"))));
    outer.setPlainText(QStringLiteral("see forwarded"));
    outer.addAttachment(MimeAttachment::fromData(innerBytes, QStringLiteral("fwd.eml"), "message/rfc822"));
    const EmlMessage parsed = EmlReader::parse(write(outer));
    const EmlPart &attached = parsed.root.children.at(1);
    QCOMPARE(attached.mimeType, QByteArray("message/rfc822"));
    QCOMPARE(attached.decodedBody(), innerBytes);
    // Our writer base64-encodes every attachment, so the inner message is not parsed as a tree; the raw
    // 7-bit form is.
    QByteArray raw
        = "From: a@b.test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
          "Content-Type: message/rfc822\r\n\r\n"
        + innerBytes + "\r\n--b--\r\n";
    const EmlMessage nested = EmlReader::parse(raw);
    QCOMPARE(nested.root.children.at(0).children.size(), size_t(1));
    QCOMPARE(nested.root.children.at(0).children.at(0).decodedHeader("Subject"), QStringLiteral("forwarded"));
}

void TestEmlReader::boundaryPrefixes()
{
    // The inner boundary starts with the outer one: only whole delimiter lines count (RFC 2046 5.1.1).
    const QByteArray raw = "Content-Type: multipart/mixed; boundary=\"abc\"\r\n\r\n"
                           "--abc\r\n"
                           "Content-Type: multipart/alternative; boundary=\"abcdef\"\r\n\r\n"
                           "--abcdef\r\nContent-Type: text/plain\r\n\r\none\r\n"
                           "--abcdef\r\nContent-Type: text/html\r\n\r\n<p>two</p>\r\n"
                           "--abcdef--\r\n"
                           "--abc \r\nContent-Type: text/plain\r\n\r\nthree --abc inside\r\n"
                           "--abc--\r\nepilogue\r\n";
    const EmlMessage parsed = EmlReader::parse(raw);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.root.children.size(), size_t(2));
    QCOMPARE(parsed.root.children.at(0).children.size(), size_t(2));
    QCOMPARE(parsed.leaves().at(0)->text(), QStringLiteral("one"));
    QCOMPARE(parsed.leaves().at(1)->text(), QStringLiteral("<p>two</p>"));
    QCOMPARE(parsed.leaves().at(2)->text(), QStringLiteral("three --abc inside"));
}

void TestEmlReader::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("leaves");
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("only newline") << QByteArray("\r\n") << 1;
    QTest::newRow("headers only") << QByteArray("Subject: x\r\nFrom: a@b.test") << 1;
    QTest::newRow("no blank line") << QByteArray("Subject: x\r\nthis is body\r\n") << 1;
    QTest::newRow("continuation first") << QByteArray(" folded\r\nSubject: x\r\n\r\nb") << 1;
    QTest::newRow("no boundary param")
        << QByteArray("Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\na\r\n--x--") << 1;
    QTest::newRow("boundary never appears")
        << QByteArray("Content-Type: multipart/mixed; boundary=q\r\n\r\nnothing") << 1;
    QTest::newRow("no close delimiter")
        << QByteArray("Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n\r\na\r\n--q\r\n\r\nb") << 2;
    QTest::newRow("bad content type") << QByteArray("Content-Type: garbage\r\n\r\nx") << 1;
    QTest::newRow("bad base64") << QByteArray("Content-Transfer-Encoding: base64\r\n\r\n!!!@@@===") << 1;
    QTest::newRow("bad qp") << QByteArray("Content-Transfer-Encoding: quoted-printable\r\n\r\n=\r=Z=") << 1;
    QTest::newRow("unknown charset") << QByteArray(
        "Content-Type: text/plain; charset=x-nonsense\r\n\r\n\xff\xfe")
                                     << 1;
    QTest::newRow("nul bytes") << QByteArray("Subject: a\0b\r\n\r\n\0\0\0", 17) << 1;
    QTest::newRow("unterminated quotes")
        << QByteArray("Content-Type: text/plain; name=\"abc\r\nTo: \"x\r\n\r\nb") << 1;
    QTest::newRow("2231 garbage") << QByteArray(
        "Content-Disposition: attachment; filename*0*=zz'%%; filename*99999=x; "
        "filename*-1=y; filename*=''%ZZ\r\n\r\nb")
                                  << 1;
}

void TestEmlReader::malformed()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, leaves);
    const EmlMessage parsed = EmlReader::parse(raw);
    QCOMPARE(parsed.leaves().size(), leaves);
    for (const EmlPart *leaf : parsed.leaves()) {
        leaf->decodedBody();
        leaf->text();
    }
    parsed.toMimeMessage();
}

void TestEmlReader::hostileLimits()
{
    // Inputs large enough that work quadratic in their length would take minutes: the test's time limit
    // (TIMEOUT in CMakeLists.txt) catches that. No timed assertion: it would fail on a busy machine only.
    // Deep nesting: 100000 multiparts inside each other.
    {
        QByteArray raw;
        const int depth = 100000;
        for (int i = 0; i < depth; ++i)
            raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
        raw += "\r\nleaf\r\n";
        const EmlMessage parsed = EmlReader::parse(raw);
        int depthSeen = 0;
        const EmlPart *p = &parsed.root;
        while (!p->children.empty()) {
            p = &p->children.front();
            ++depthSeen;
        }
        QVERIFY(depthSeen <= EmlReader::Limits().maxDepth);
        QVERIFY(!parsed.problems.isEmpty());
    }
    // Many parts.
    {
        QByteArray raw = "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
        for (int i = 0; i < 200000; ++i)
            raw += "--b\r\n\r\nx\r\n";
        raw += "--b--\r\n";
        const EmlMessage parsed = EmlReader::parse(raw);
        QCOMPARE(int(parsed.root.children.size()), EmlReader::Limits().maxParts - 1);
        QVERIFY(parsed.problems.join(QLatin1Char(' ')).contains(QStringLiteral("parts")));
    }
    // Many header fields, one huge folded field, a huge parameter list.
    {
        QByteArray raw;
        for (int i = 0; i < 300000; ++i)
            raw += "X-H: v\r\n";
        raw += "Subject: start\r\n";
        for (int i = 0; i < 300000; ++i)
            raw += " =?utf-8?Q?=C3=A9?=\r\n";
        raw += "Content-Type: text/plain";
        for (int i = 0; i < 100000; ++i)
            raw += "; name*" + QByteArray::number(i % 2000) + "*=%41";
        raw += "\r\n\r\nbody";
        const EmlMessage parsed = EmlReader::parse(raw);
        QCOMPARE(parsed.root.headers.size(), EmlReader::Limits().maxHeaderFields);
    }
    {
        QByteArray raw = "Subject: x";
        for (int i = 0; i < 200000; ++i)
            raw += " =?utf-8?Q?=C3=A9?=";
        raw += "\r\nTo: " + QByteArray(1000000, '(') + "\r\nCc: " + QByteArray(500000, '"') + "\r\n\r\n";
        const EmlMessage parsed = EmlReader::parse(raw);
        QCOMPARE(parsed.subject.size(), 200001 + 1);
    }
    // A boundary-like line repeated many times inside nested levels.
    {
        QByteArray raw;
        for (int i = 0; i < 32; ++i)
            raw += "Content-Type: multipart/mixed; boundary=\"z\"\r\n\r\n--z\r\n";
        for (int i = 0; i < 100000; ++i)
            raw += "--zz\r\n--z x\r\n";
        EmlReader::parse(raw);
    }
}

void TestEmlReader::randomMutations()
{
    // A small in-process fuzzer: mutations of real messages must never crash or hang the reader.
    MimeMessage m;
    m.setFrom(MailAddress(QStringLiteral("a@example.org"), QString::fromUtf8("Ä")));
    m.setTo(AddressList(MailAddress(QStringLiteral("b@example.org"))));
    m.setSubject(QString::fromUtf8("Sübject"));
    m.setHtml(QStringLiteral("<p>x</p><img src=\"cid:i@x\">"));
    m.addInlineImage(
        MimeAttachment::fromData(QByteArray(300, 'i'), QString::fromUtf8("bïld.png")), QStringLiteral("i@x"));
    m.addAttachment(MimeAttachment::fromData(
        QByteArray(500, 'a'), QString::fromUtf8("a very long fïle name for continuation.bin")));
    const QList<QByteArray> seeds = { write(m), write(m, true),
        "Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: message/rfc822\r\n\r\n"
        "Content-Type: multipart/digest; boundary=r\r\n\r\n--r\r\n\r\nx\r\n--r--\r\n--q--\r\n" };
    const QList<QByteArray> tokens = { "\r\n", "\n", "--", "=?", "?=", ":", ";", "\"",
        "*0*=", "boundary=", "Content-Type: multipart/mixed; boundary=", "(", ")", "<", ">", "=", "\0" };
    QRandomGenerator random(2024);
    QElapsedTimer timer;
    timer.start();
    int iterations = 0;
    while (timer.elapsed() < 3000 && iterations < 20000) {
        QByteArray data = seeds[iterations % seeds.size()];
        const int mutations = 1 + random.bounded(8);
        for (int k = 0; k < mutations && !data.isEmpty(); ++k) {
            const int at = random.bounded(int(data.size()));
            switch (random.bounded(4)) {
            case 0:
                data[at] = char(random.bounded(256));
                break;
            case 1:
                data.remove(at, random.bounded(50));
                break;
            case 2:
                data.insert(at, tokens[random.bounded(int(tokens.size()))]);
                break;
            default:
                data.insert(at, data.mid(random.bounded(int(data.size())), random.bounded(200)));
                break;
            }
        }
        const EmlMessage parsed = EmlReader::parse(data);
        for (const EmlPart *leaf : parsed.leaves()) {
            leaf->text();
            QCOMPARE(leaf->decodedSize(), qint64(leaf->decodedBody().size()));
        }
        parsed.toMimeMessage();
        ++iterations;
    }
    qInfo("%d mutated messages parsed", iterations);
}

void TestEmlReader::readFile()
{
    QString error;
    const EmlMessage missing = EmlReader::readFile(QStringLiteral("/nonexistent/x.eml"), &error);
    QVERIFY(error.contains(QStringLiteral("/nonexistent/x.eml")));
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("m.eml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Subject: file\r\n\r\nbody\r\n");
    f.close();
    const EmlMessage parsed = EmlReader::readFile(f.fileName(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(parsed.subject, QStringLiteral("file"));
}

QTEST_GUILESS_MAIN(TestEmlReader)
#include "tst_emlreader.moc"
