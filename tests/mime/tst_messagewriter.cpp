// MessageWriter: structure chosen from content, headers (Bcc absence, injection attempts), transfer
// encodings, boundaries, the exact size prediction, and errors from attachments that change while being
// written.
#include "mime/base64lines.h"
#include "mime/emlreader.h"
#include "mime/encodedword.h"
#include "mime/messagewriter.h"
#include "mime/mimeutils.h"

#include "mimetestutil.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestMessageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dump();
    void structure_data();
    void structure();
    void inlineImagesAreReferenced();
    void bccNeverWritten();
    void onlyBccGivesUndisclosedRecipients();
    void envelope();
    void headerInjection();
    void extraHeaders();
    void textEncodingChoice();
    void eightBitAndUtf8Headers();
    void nonAsciiLocalPart();
    void idnInSevenBit();
    void messageIdAndDate();
    void boundaries();
    void sizePrediction();
    void smallReads();
    void reopenRestarts();
    void missingAttachment();
    void attachmentVanishes();
    void attachmentShrinks();
    void attachmentGrows();
    void writeToFile();
    void deviceBasics();

private:
    MimeMessage basicMessage() const;
    QString writeFile(const QString &name, const QByteArray &data);
    static QByteArray writeAll(MessageWriter &writer);
    static void checkWire(const QByteArray &bytes, bool sevenBit);

    QTemporaryDir m_dir;
};

void TestMessageWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

MimeMessage TestMessageWriter::basicMessage() const
{
    MimeMessage m;
    m.setFrom(MailAddress(QStringLiteral("alice@example.org"), QStringLiteral("Alice Example")));
    m.setTo(AddressList(MailAddress(QStringLiteral("bob@example.net"), QStringLiteral("Bob"))));
    m.setSubject(QStringLiteral("Hello"));
    m.setPlainText(QStringLiteral("Hi Bob,\nhow are you?\n"));
    return m;
}

QString TestMessageWriter::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestMessageWriter::writeAll(MessageWriter &writer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writer.writeTo(&buffer))
        qWarning("writeTo failed: %s", qPrintable(writer.errorString()));
    return buffer.data();
}

void TestMessageWriter::checkWire(const QByteArray &bytes, bool sevenBit)
{
    QList<QByteArray> lines;
    QString problem;
    QVERIFY2(MimeTest::crlfLines(bytes, &lines, &problem), qPrintable(problem));
    QVERIFY(bytes.endsWith("\r\n"));
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() <= 998, line.left(100).constData());
        QVERIFY(!line.contains('\0'));
        if (sevenBit)
            QVERIFY2(MimeUtils::isAscii(line), line.constData());
    }
}

void TestMessageWriter::dump()
{
    // Prints a complete message, for people reading the test log.
    MimeMessage m = basicMessage();
    m.setSubject(QString::fromUtf8("Grüße — quarterly report 📈"));
    m.setCc(AddressList(MailAddress(QStringLiteral("carol@example.com"), QString::fromUtf8("Carol, Ünal"))));
    m.setHtml(
        QStringLiteral("<p>Hi <b>Bob</b>,</p><p>see <a href=\"https://example.org/r\">the report</a>.</p>"
                       "<img src=\"cid:%1\">"));
    const QString cid = m.addInlineImage(
        MimeAttachment::fromData(QByteArray(100, 'x'), QStringLiteral("chart.png"), "image/png"));
    m.setHtml(m.html().arg(cid));
    m.setPlainText(QString());
    m.addAttachment(
        MimeAttachment::fromData(QByteArray("a,b\n1,2\n"), QString::fromUtf8("données é.csv"), "text/csv"));
    MessageWriter writer(m);
    QVERIFY2(writer.isValid(), qPrintable(writer.errorString()));
    const QByteArray bytes = writeAll(writer);
    qInfo().noquote() << "\n" + QString::fromUtf8(bytes);
    QCOMPARE(qint64(bytes.size()), writer.totalSize());
    checkWire(bytes, true);
}

void TestMessageWriter::structure_data()
{
    QTest::addColumn<bool>("plain");
    QTest::addColumn<bool>("html");
    QTest::addColumn<int>("inlineImages");
    QTest::addColumn<int>("attachments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << true << false << 0 << 0 << "text/plain";
    QTest::newRow("empty") << false << false << 0 << 0 << "text/plain";
    QTest::newRow("html") << false << true << 0 << 0 << "multipart/alternative(text/plain,text/html)";
    QTest::newRow("plain+html") << true << true << 0 << 0 << "multipart/alternative(text/plain,text/html)";
    QTest::newRow("html+inline")
        << false << true << 2 << 0
        << "multipart/related(multipart/alternative(text/plain,text/html),image/png,image/png)";
    QTest::newRow("html+inline+attachment") << false << true << 1 << 1
                                            << "multipart/mixed(multipart/related(multipart/alternative(text/"
                                               "plain,text/html),image/png),application/pdf)";
    QTest::newRow("html+attachment")
        << false << true << 0 << 2
        << "multipart/mixed(multipart/alternative(text/plain,text/html),application/pdf,"
           "application/pdf)";
    QTest::newRow("plain+attachment")
        << true << false << 0 << 1 << "multipart/mixed(text/plain,application/pdf)";
    QTest::newRow("attachment only") << false << false << 0 << 1 << "multipart/mixed(application/pdf)";
    QTest::newRow("plain+inline") << true << false << 1 << 0 << "multipart/mixed(text/plain,image/png)";
}

void TestMessageWriter::structure()
{
    QFETCH(bool, plain);
    QFETCH(bool, html);
    QFETCH(int, inlineImages);
    QFETCH(int, attachments);
    QFETCH(QString, expected);
    MimeMessage m = basicMessage();
    m.setPlainText(plain ? QStringLiteral("plain text") : QString());
    if (html)
        m.setHtml(QStringLiteral("<p>rich <b>text</b></p>"));
    QString imgs;
    for (int i = 0; i < inlineImages; ++i) {
        const QString cid = m.addInlineImage(
            MimeAttachment::fromData(QByteArray(10, char(i)), QStringLiteral("i%1.png").arg(i)));
        imgs += QStringLiteral("<img src=\"cid:%1\">").arg(cid);
    }
    if (html)
        m.setHtml(m.html() + imgs);
    for (int i = 0; i < attachments; ++i)
        m.addAttachment(
            MimeAttachment::fromData(QByteArray("%PDF-1.4\n"), QStringLiteral("doc%1.pdf").arg(i)));
    MessageWriter writer(m);
    QVERIFY2(writer.isValid(), qPrintable(writer.errorString()));
    QCOMPARE(writer.structure(), expected);
    const QByteArray bytes = writeAll(writer);
    checkWire(bytes, true);
    // The reader sees the same tree.
    const EmlMessage parsed = EmlReader::parse(bytes);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
    std::function<QString(const EmlPart &)> describe = [&](const EmlPart &p) {
        QString s = QString::fromLatin1(p.mimeType);
        if (p.isMultipart()) {
            QStringList c;
            for (const EmlPart &child : p.children)
                c << describe(child);
            s += QLatin1Char('(') + c.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        return s;
    };
    QCOMPARE(describe(parsed.root), expected);
    if (expected.contains(QStringLiteral("related")))
        QVERIFY(bytes.contains("multipart/related;\r\n type=\"multipart/alternative\";")
            || bytes.contains("multipart/related; type=\"multipart/alternative\";"));
    // The generated plain alternative comes from the HTML; an image without alt text is named there by its
    // part's file name (issue 15, fault 13: not "Picture:" followed by nothing).
    if (html && !plain) {
        QString images;
        for (int i = 0; i < inlineImages; ++i)
            images += QStringLiteral("[image: i%1.png]").arg(i);
        const QString text = images.isEmpty() ? QStringLiteral("rich text\n")
                                              : QStringLiteral("rich text\n\n%1\n").arg(images);
        for (const EmlPart *leaf : parsed.leaves()) {
            if (leaf->mimeType == "text/plain")
                QCOMPARE(leaf->text(), text);
        }
    }
}

void TestMessageWriter::inlineImagesAreReferenced()
{
    MimeMessage m = basicMessage();
    const QString cid
        = m.addInlineImage(MimeAttachment::fromData(QByteArray("GIF89a"), QStringLiteral("logo.gif")));
    QVERIFY(cid.endsWith(QStringLiteral("@example.org")));
    m.setHtml(QStringLiteral("<img src=\"cid:%1\"><img src='cid:missing@x'>").arg(cid));
    const QStringList problems = m.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("cid:missing@x")));
    const QString cid2 = m.addInlineImage(
        MimeAttachment::fromData(QByteArray("GIF89a"), QStringLiteral("x.gif")), QStringLiteral("missing@x"));
    QCOMPARE(cid2, QStringLiteral("missing@x"));
    QVERIFY(m.problems().isEmpty());
    MessageWriter writer(m);
    const QByteArray bytes = writeAll(writer);
    const EmlMessage parsed = EmlReader::parse(bytes);
    QStringList ids;
    for (const EmlPart *leaf : parsed.leaves()) {
        if (leaf->mimeType == "image/gif") {
            ids << QString::fromLatin1(leaf->contentId);
            QCOMPARE(leaf->disposition, QByteArray("inline"));
        }
    }
    QCOMPARE(ids, QStringList({ cid, cid2 }));
    // Unreferenced images are pointed out.
    MimeMessage unused = basicMessage();
    unused.setHtml(QStringLiteral("<p>no images</p>"));
    unused.addInlineImage(MimeAttachment::fromData(QByteArray("GIF89a"), QStringLiteral("lost.gif")));
    QCOMPARE(unused.problems().size(), 1);
}

void TestMessageWriter::bccNeverWritten()
{
    MimeMessage m = basicMessage();
    m.setBcc(
        AddressList({ MailAddress(QStringLiteral("hidden@secret.example"), QStringLiteral("Hidden Person")),
            MailAddress(QString::fromUtf8("tajný@tajné.example"), QString::fromUtf8("Tajný")) }));
    for (bool utf8 : { false, true }) {
        MessageWriter::Options options;
        options.allowUtf8Headers = utf8;
        MessageWriter writer(m, options);
        QVERIFY2(writer.isValid() || !utf8, qPrintable(writer.errorString()));
        if (!writer.isValid())
            continue;
        const QByteArray bytes = writeAll(writer);
        QVERIFY(!bytes.contains("hidden"));
        QVERIFY(!bytes.contains("Hidden"));
        QVERIFY(!bytes.contains("secret"));
        QVERIFY(!bytes.toLower().contains("\nbcc:"));
        QVERIFY(!writer.headerBlock().toLower().contains("bcc"));
        QVERIFY(writer.envelopeRecipients().contains(MailAddress(QStringLiteral("hidden@secret.example"))));
    }
}

void TestMessageWriter::onlyBccGivesUndisclosedRecipients()
{
    MimeMessage m = basicMessage();
    m.setTo(AddressList());
    m.setBcc(AddressList(MailAddress(QStringLiteral("hidden@secret.example"))));
    MessageWriter writer(m);
    const QByteArray bytes = writeAll(writer);
    QVERIFY(bytes.contains("\r\nTo: undisclosed-recipients:;\r\n"));
    QVERIFY(!bytes.contains("hidden"));
    QCOMPARE(writer.envelopeRecipients().size(), 1);
}

void TestMessageWriter::envelope()
{
    MimeMessage m = basicMessage();
    m.setTo(AddressList({ MailAddress(QStringLiteral("bob@example.net")),
        MailAddress(QStringLiteral("bob@EXAMPLE.NET"), QStringLiteral("Bob again")) }));
    m.setCc(AddressList({ MailAddress(QStringLiteral("carol@example.com")),
        MailAddress(QStringLiteral("bob@example.net")) }));
    AddressGroup team;
    team.name = QStringLiteral("Team");
    team.members = { MailAddress(QStringLiteral("dave@example.com")),
        MailAddress(QStringLiteral("carol@example.com")) };
    AddressList bcc(MailAddress(QStringLiteral("erin@example.com")));
    bcc.append(team);
    m.setBcc(bcc);
    m.setSender(MailAddress(QStringLiteral("secretary@example.org")));
    const QList<MailAddress> rcpt = m.envelopeRecipients();
    QStringList addresses;
    for (const MailAddress &a : rcpt)
        addresses << a.address();
    QCOMPARE(addresses,
        QStringList({ QStringLiteral("bob@example.net"), QStringLiteral("carol@example.com"),
            QStringLiteral("erin@example.com"), QStringLiteral("dave@example.com") }));
    QCOMPARE(m.envelopeSender().address(), QStringLiteral("alice@example.org"));
    m.setEnvelopeSender(MailAddress(QStringLiteral("bounces@example.org")));
    QCOMPARE(m.envelopeSender().address(), QStringLiteral("bounces@example.org"));
    MessageWriter writer(m);
    QCOMPARE(writer.envelopeSender().address(), QStringLiteral("bounces@example.org"));
    QCOMPARE(writer.envelopeRecipients().size(), 4);
    const QByteArray bytes = writeAll(writer);
    QVERIFY(bytes.contains("\r\nSender: secretary@example.org\r\n"));
    QVERIFY(!m.needsSmtpUtf8());
}

void TestMessageWriter::headerInjection()
{
    MimeMessage m;
    m.setFrom(MailAddress(
        QStringLiteral("alice@example.org"), QStringLiteral("Alice\r\nBcc: evil@attacker.example")));
    m.setTo(
        AddressList(MailAddress(QStringLiteral("bob@example.net"), QStringLiteral("Bob\nX-Injected: 1"))));
    m.setSubject(QStringLiteral("Hello\r\nBcc: evil@attacker.example\r\n\r\nbody injected"));
    m.setUserAgent(QStringLiteral("UA\r\nX-Injected: ua"));
    QVERIFY(m.addHeader("X-Note", QStringLiteral("value\r\nX-Injected: extra\n\nbody"), nullptr));
    m.setPlainText(QStringLiteral("the body"));
    MimeAttachment a = MimeAttachment::fromData(
        QByteArray("data"), QStringLiteral("evil\r\nContent-Type: text/html\r\n.txt"));
    a.setDescription(QStringLiteral("desc\r\nX-Injected: desc"));
    m.addAttachment(a);
    // The address itself cannot carry a line break: the writer refuses it.
    MimeMessage badAddress = basicMessage();
    badAddress.setTo(
        AddressList(MailAddress(QStringLiteral("bob@example.net\r\nBcc: evil@attacker.example"))));
    MessageWriter refused(badAddress);
    QVERIFY(!refused.isValid());

    for (bool utf8 : { false, true }) {
        MessageWriter::Options options;
        options.allowUtf8Headers = utf8;
        MessageWriter writer(m, options);
        QVERIFY2(writer.isValid(), qPrintable(writer.errorString()));
        const QByteArray bytes = writeAll(writer);
        checkWire(bytes, !utf8);
        const QList<QByteArray> lines = bytes.split('\n');
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.startsWith("Bcc:"), line.constData());
            QVERIFY2(!line.startsWith("X-Injected"), line.constData());
            QVERIFY2(!line.startsWith("body injected"), line.constData());
        }
        const EmlMessage parsed = EmlReader::parse(bytes);
        QVERIFY(parsed.bcc.isEmpty());
        QCOMPARE(parsed.subject, QStringLiteral("Hello Bcc: evil@attacker.example body injected"));
        QCOMPARE(parsed.from.mailboxes().first().name(), QStringLiteral("Alice Bcc: evil@attacker.example"));
        QCOMPARE(parsed.to.mailboxes().first().name(), QStringLiteral("Bob X-Injected: 1"));
        QCOMPARE(parsed.root.decodedHeader("X-Note"), QStringLiteral("value X-Injected: extra body"));
        int textParts = 0;
        for (const EmlPart *leaf : parsed.leaves()) {
            if (leaf->mimeType == "text/html")
                QFAIL("a file name created a text/html part");
            if (leaf->mimeType == "text/plain" && leaf->fileName.isEmpty())
                ++textParts;
            if (!leaf->fileName.isEmpty()) {
                QCOMPARE(leaf->fileName, QStringLiteral("evil Content-Type: text_html .txt"));
                QCOMPARE(leaf->decodedHeader("Content-Description"), QStringLiteral("desc X-Injected: desc"));
            }
        }
        QCOMPARE(textParts, 1);
    }
}

void TestMessageWriter::extraHeaders()
{
    MimeMessage m = basicMessage();
    QString error;
    QVERIFY(m.addHeader("X-Priority", QStringLiteral("1 (Highest)"), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(m.addHeaderLine(QStringLiteral("List-Unsubscribe: <mailto:unsubscribe@example.org>"), &error));
    QVERIFY(m.addHeaderLine(QString::fromUtf8("X-Greeting: Grüße"), &error));
    QVERIFY(!m.addHeader("Content-Type", QStringLiteral("text/html"), &error));
    QVERIFY2(error.contains(QStringLiteral("Content-Type")) && error.contains(QStringLiteral("parts")),
        qPrintable(error));
    QVERIFY(!m.addHeader("content-transfer-encoding", QStringLiteral("8bit"), &error));
    QVERIFY(!m.addHeader("MIME-Version", QStringLiteral("2.0"), &error));
    QVERIFY(error.contains(QStringLiteral("MIME-Version")));
    QVERIFY(!m.addHeader("Bcc", QStringLiteral("x@y.test"), &error));
    QVERIFY(error.contains(QStringLiteral("Bcc")));
    QVERIFY(!m.addHeader("Subject", QStringLiteral("again"), &error));
    QVERIFY(!m.addHeader("From", QStringLiteral("x@y.test"), &error));
    QVERIFY(!m.addHeader("X Bad", QStringLiteral("v"), &error));
    QVERIFY(error.contains(QStringLiteral("RFC 5322")));
    QVERIFY(!m.addHeader("X-Bad:", QStringLiteral("v"), &error));
    QVERIFY(!m.addHeader("X-Foo\r\nBcc", QStringLiteral("v"), &error));
    QVERIFY(!m.addHeader(QString::fromUtf8("X-Ü").toUtf8(), QStringLiteral("v"), &error));
    QVERIFY(!m.addHeader("", QStringLiteral("v"), &error));
    QVERIFY(!m.addHeader(QByteArray(77, 'X'), QStringLiteral("v"), &error));
    QVERIFY(!m.addHeaderLine(QStringLiteral("no colon here"), &error));
    QCOMPARE(m.extraHeaders().size(), 3);
    MessageWriter writer(m);
    const QByteArray bytes = writeAll(writer);
    QVERIFY(bytes.contains("\r\nX-Priority: 1 (Highest)\r\n"));
    QVERIFY(bytes.contains("\r\nList-Unsubscribe: <mailto:unsubscribe@example.org>\r\n"));
    QVERIFY(bytes.contains("\r\nX-Greeting: =?utf-8?"));
    QCOMPARE(bytes.count("Content-Type:"), 1);
    QCOMPARE(bytes.count("MIME-Version:"), 1);
}

void TestMessageWriter::textEncodingChoice()
{
    auto encodingOf = [&](const QString &text, bool allow8bit) {
        MimeMessage m = basicMessage();
        m.setPlainText(text);
        MessageWriter::Options options;
        options.allow8bit = allow8bit;
        MessageWriter writer(m, options);
        const QByteArray bytes = writeAll(writer);
        const EmlMessage parsed = EmlReader::parse(bytes);
        QString expected = text;
        expected.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (!expected.isEmpty() && !expected.endsWith(QLatin1Char('\n')))
            expected += QLatin1Char('\n');
        if (parsed.root.text() != expected)
            qWarning() << "decoded" << parsed.root.text() << "expected" << expected;
        checkWire(bytes, !allow8bit);
        return parsed.root.text() == expected ? parsed.root.transferEncoding : QByteArray("MISMATCH");
    };
    QCOMPARE(encodingOf(QStringLiteral("plain ascii\nlines\n"), false), QByteArray("7bit"));
    QCOMPARE(encodingOf(QStringLiteral("no final newline"), false), QByteArray("7bit"));
    QCOMPARE(encodingOf(QString(), false), QByteArray("7bit"));
    QCOMPARE(encodingOf(QString::fromUtf8("Grüße\n"), false), QByteArray("quoted-printable"));
    QCOMPARE(encodingOf(QString::fromUtf8("Grüße\n"), true), QByteArray("8bit"));
    QCOMPARE(encodingOf(QStringLiteral("trailing space \nx"), false), QByteArray("quoted-printable"));
    QCOMPARE(encodingOf(QStringLiteral("From here\n"), false), QByteArray("quoted-printable"));
    QCOMPARE(encodingOf(QStringLiteral(".\n.leading dots\n"), false), QByteArray("7bit"));
    QCOMPARE(encodingOf(QString(998, QLatin1Char('x')), false), QByteArray("7bit"));
    QCOMPARE(encodingOf(QString(999, QLatin1Char('x')), false), QByteArray("quoted-printable"));
    QCOMPARE(encodingOf(QString(999, QChar(0xE9)), true), QByteArray("quoted-printable"));
    QCOMPARE(encodingOf(QString(499, QChar(0xE9)), true), QByteArray("8bit"));
    QCOMPARE(encodingOf(QStringLiteral("lone\rCR and lone\nLF and\r\nCRLF"), false), QByteArray("7bit"));
    QCOMPARE(encodingOf(QStringLiteral("form\ffeed"), false), QByteArray("quoted-printable"));
    QCOMPARE(encodingOf(QStringLiteral("nul\0char"), true), QByteArray("quoted-printable"));
}

void TestMessageWriter::eightBitAndUtf8Headers()
{
    MimeMessage m = basicMessage();
    m.setSubject(QString::fromUtf8("Grüße"));
    m.setPlainText(QString::fromUtf8("Grüße\n"));
    {
        MessageWriter writer(m);
        QVERIFY(!writer.requires8BitMime());
        QVERIFY(!writer.requiresSmtpUtf8());
        checkWire(writeAll(writer), true);
    }
    {
        MessageWriter::Options options;
        options.allow8bit = true;
        MessageWriter writer(m, options);
        QVERIFY(writer.requires8BitMime());
        QVERIFY(!writer.requiresSmtpUtf8());
        QVERIFY(writer.headerBlock().contains("Subject: =?utf-8?"));
    }
    {
        MessageWriter::Options options;
        options.allow8bit = true;
        options.allowUtf8Headers = true;
        MessageWriter writer(m, options);
        QVERIFY(writer.requires8BitMime());
        QVERIFY(writer.requiresSmtpUtf8());
        QVERIFY(writer.headerBlock().contains(QString::fromUtf8("Subject: Grüße\r\n").toUtf8()));
    }
    {
        // Allowed but not needed: an ASCII message asks for neither.
        MessageWriter::Options options;
        options.allow8bit = true;
        options.allowUtf8Headers = true;
        MessageWriter writer(basicMessage(), options);
        QVERIFY(!writer.requires8BitMime());
        QVERIFY(!writer.requiresSmtpUtf8());
    }
}

void TestMessageWriter::nonAsciiLocalPart()
{
    MimeMessage m = basicMessage();
    m.setTo(AddressList(MailAddress(QString::fromUtf8("jörg@bücher.example"), QString::fromUtf8("Jörg"))));
    QVERIFY(m.needsSmtpUtf8());
    MessageWriter sevenBit(m);
    QVERIFY(!sevenBit.isValid());
    QVERIFY2(sevenBit.errorString().contains(QStringLiteral("SMTPUTF8")), qPrintable(sevenBit.errorString()));
    QCOMPARE(sevenBit.totalSize(), qint64(-1));
    QVERIFY(!sevenBit.open(QIODevice::ReadOnly));
    MessageWriter::Options options;
    options.allowUtf8Headers = true;
    MessageWriter utf8(m, options);
    QVERIFY2(utf8.isValid(), qPrintable(utf8.errorString()));
    QVERIFY(utf8.requiresSmtpUtf8());
    QVERIFY(utf8.headerBlock().contains(QString::fromUtf8("To: Jörg <jörg@bücher.example>").toUtf8()));
    // Only in the envelope (Bcc): the headers are 7-bit but the envelope still needs SMTPUTF8.
    MimeMessage hidden = basicMessage();
    hidden.setBcc(AddressList(MailAddress(QString::fromUtf8("jörg@example.org"))));
    MessageWriter writer(hidden);
    QVERIFY(writer.isValid());
    QVERIFY(writer.requiresSmtpUtf8());
}

void TestMessageWriter::idnInSevenBit()
{
    MimeMessage m = basicMessage();
    m.setFrom(MailAddress(QString::fromUtf8("info@bücher.example"), QString::fromUtf8("Bücher")));
    MessageWriter writer(m);
    QVERIFY2(writer.isValid(), qPrintable(writer.errorString()));
    QVERIFY(!writer.requiresSmtpUtf8());
    QVERIFY(writer.headerBlock().contains("From: =?utf-8?"));
    QVERIFY(writer.headerBlock().contains("<info@xn--bcher-kva.example>"));
    QVERIFY(writer.messageId().endsWith("@xn--bcher-kva.example>"));
}

void TestMessageWriter::messageIdAndDate()
{
    MimeMessage m = basicMessage();
    MessageWriter a(m);
    MessageWriter b(m);
    QVERIFY(a.messageId().startsWith('<'));
    QVERIFY(a.messageId().endsWith("@example.org>"));
    QVERIFY(a.messageId() != b.messageId());
    QVERIFY(a.headerBlock().contains("\r\nMessage-ID: " + a.messageId() + "\r\n"));
    QVERIFY(a.headerBlock().startsWith("Date: "));
    const QDateTime date(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600);
    m.setDate(date);
    m.setMessageId("given@example.org");
    m.setInReplyTo("<parent@example.org>");
    m.setReferences({ "<root@example.org>", "<parent@example.org>" });
    MimeMessage longId = m;
    longId.setMessageId(QByteArray(1000, 'x') + "@example.org");
    MessageWriter tooLong(longId);
    QVERIFY(!tooLong.isValid());
    QVERIFY2(tooLong.errorString().contains(QStringLiteral("998")), qPrintable(tooLong.errorString()));
    MessageWriter c(m);
    QCOMPARE(c.messageId(), QByteArray("<given@example.org>"));
    QVERIFY(c.headerBlock().startsWith("Date: Tue, 2 Jan 2024 03:04:05 +0100\r\n"));
    QVERIFY(c.headerBlock().contains("\r\nIn-Reply-To: <parent@example.org>\r\n"));
    QVERIFY(c.headerBlock().contains("\r\nReferences: <root@example.org> <parent@example.org>\r\n"));
    const EmlMessage parsed = EmlReader::parse(writeAll(c));
    QCOMPARE(parsed.date, date);
    QCOMPARE(parsed.messageId, QByteArray("<given@example.org>"));
    QCOMPARE(parsed.references.size(), 2);
}

void TestMessageWriter::boundaries()
{
    MimeMessage m = basicMessage();
    m.setHtml(QStringLiteral("<p>x</p><img src=\"cid:a@b\">"));
    m.addInlineImage(
        MimeAttachment::fromData(QByteArray("img"), QStringLiteral("a.png")), QStringLiteral("a@b"));
    m.addAttachment(MimeAttachment::fromData(QByteArray("att"), QStringLiteral("a.bin")));
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        MessageWriter writer(m);
        const QList<QByteArray> boundaries = writer.boundaries();
        QCOMPARE(boundaries.size(), 3);
        for (const QByteArray &b : boundaries) {
            QVERIFY(b.startsWith("=_"));
            QCOMPARE(b.size(), 30);
            QVERIFY(!seen.contains(b));
            seen.insert(b);
        }
        const QByteArray bytes = writeAll(writer);
        // Each boundary appears only on its delimiter lines: once per child plus the close delimiter, plus
        // its Content-Type parameter.
        QCOMPARE(bytes.count(boundaries[0]), 3 + 1);
        QCOMPARE(bytes.count(boundaries[1]), 3 + 1);
        QCOMPARE(bytes.count(boundaries[2]), 3 + 1);
    }
}

void TestMessageWriter::sizePrediction()
{
    // Many shapes and sizes: attachments around multiples of 57 and of the chunk size, empty ones,
    // texts in every script, long lines.
    QRandomGenerator random(1234);
    const QList<qint64> sizes = { 0, 1, 2, 3, 56, 57, 58, 113, 114, 115, 1000, 57 * 1024 - 1, 57 * 1024,
        57 * 1024 + 1, 3 * 57 * 1024 + 5, 300001 };
    const QStringList samples = MimeTest::scriptSamples();
    int checked = 0;
    for (int round = 0; round < 40; ++round) {
        MimeMessage m = basicMessage();
        m.setSubject(samples[round % samples.size()] + QString::number(round));
        m.setPlainText(
            round % 4 == 0 ? QString() : samples[(round + 1) % samples.size()].repeated(round + 1));
        if (round % 3 == 0)
            m.setHtml(QStringLiteral("<p>%1</p>").arg(samples[round % samples.size()]));
        const int attachments = round % 5;
        for (int i = 0; i < attachments; ++i) {
            const qint64 size = sizes[random.bounded(int(sizes.size()))];
            QByteArray data(size, Qt::Uninitialized);
            for (char &c : data)
                c = char(random.bounded(256));
            const QString name
                = samples[(round + i) % samples.size()].left(10 + round) + QStringLiteral(".bin");
            if (i % 2)
                m.addAttachment(MimeAttachment::fromData(data, name));
            else
                m.addAttachment(MimeAttachment::fromFile(
                    writeFile(QStringLiteral("f%1-%2").arg(round).arg(i), data), name));
        }
        for (int options = 0; options < 4; ++options) {
            MessageWriter::Options o;
            o.allow8bit = options & 1;
            o.allowUtf8Headers = options & 2;
            MessageWriter writer(m, o);
            QVERIFY2(writer.isValid(), qPrintable(writer.errorString()));
            const qint64 predicted = writer.totalSize();
            QVERIFY(writer.open(QIODevice::ReadOnly));
            QCOMPARE(writer.size(), predicted);
            QCOMPARE(writer.bytesAvailable(), predicted);
            const QByteArray bytes = writeAll(writer);
            QCOMPARE(qint64(bytes.size()), predicted);
            QCOMPARE(writer.bytesProduced(), predicted);
            QCOMPARE(writer.bytesAvailable(), qint64(0));
            QVERIFY(writer.atEnd());
            checkWire(bytes, options == 0);
            ++checked;
        }
    }
    QCOMPARE(checked, 160);
}

void TestMessageWriter::smallReads()
{
    MimeMessage m = basicMessage();
    QByteArray data(200000, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 7);
    m.addAttachment(MimeAttachment::fromFile(writeFile(QStringLiteral("small-reads.bin"), data)));
    m.addAttachment(MimeAttachment::fromData(data.left(70000), QStringLiteral("mem.bin")));
    MessageWriter reference(m);
    const QByteArray expected = writeAll(reference);
    for (int step : { 1, 7, 76, 78, 1000, 65536 }) {
        MessageWriter writer(m);
        QVERIFY(writer.open(QIODevice::ReadOnly));
        QByteArray got;
        QByteArray buffer(step, Qt::Uninitialized);
        while (!writer.atEnd()) {
            const qint64 n = writer.read(buffer.data(), step);
            QVERIFY(n > 0);
            got.append(buffer.constData(), n);
        }
        // Same bytes apart from the Date, Message-ID and boundaries, which differ per writer.
        QCOMPARE(got.size(), expected.size());
        const EmlMessage parsed = EmlReader::parse(got);
        QCOMPARE(parsed.leaves().at(1)->decodedBody(), data);
        QCOMPARE(parsed.leaves().at(2)->decodedBody(), data.left(70000));
        QVERIFY2(writer.peakBufferSize() <= 3 * MessageWriter::ChunkSize,
            qPrintable(QString::number(writer.peakBufferSize())));
    }
}

void TestMessageWriter::reopenRestarts()
{
    MimeMessage m = basicMessage();
    m.addAttachment(
        MimeAttachment::fromFile(writeFile(QStringLiteral("reopen.bin"), QByteArray(100000, 'r'))));
    MessageWriter writer(m);
    QVERIFY(writer.open(QIODevice::ReadOnly));
    QByteArray partial = writer.read(5000);
    QCOMPARE(partial.size(), 5000);
    writer.close();
    const QByteArray first = writeAll(writer);
    const QByteArray second
        = writeAll(writer); // writeTo opens again after the first run closed? no: still open
    QCOMPARE(qint64(first.size()), writer.totalSize());
    writer.close();
    const QByteArray third = writeAll(writer);
    QCOMPARE(third, first);
    QVERIFY(second.isEmpty() || second == first);
    QVERIFY(!writer.open(QIODevice::ReadWrite));
}

void TestMessageWriter::missingAttachment()
{
    MimeMessage m = basicMessage();
    m.addAttachment(MimeAttachment::fromFile(m_dir.filePath(QStringLiteral("does-not-exist.pdf"))));
    MessageWriter writer(m);
    QVERIFY(!writer.isValid());
    QVERIFY2(writer.errorString().contains(QStringLiteral("does-not-exist.pdf"))
            && writer.errorString().contains(QStringLiteral("does not exist")),
        qPrintable(writer.errorString()));
    QString error;
    QVERIFY(!MessageWriter::writeToFile(m, m_dir.filePath(QStringLiteral("out.eml")), {}, &error));
    QVERIFY(error.contains(QStringLiteral("does-not-exist.pdf")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.eml"))));

    MimeMessage dir = basicMessage();
    dir.addAttachment(MimeAttachment::fromFile(m_dir.path()));
    MessageWriter dirWriter(dir);
    QVERIFY(!dirWriter.isValid());
    QVERIFY(dirWriter.errorString().contains(QStringLiteral("not a regular file")));

    if (::geteuid() != 0) {
        const QString locked = writeFile(QStringLiteral("locked.bin"), "secret");
        QFile::setPermissions(locked, QFileDevice::Permissions());
        MimeMessage unreadable = basicMessage();
        unreadable.addAttachment(MimeAttachment::fromFile(locked));
        MessageWriter w(unreadable);
        QVERIFY(!w.isValid());
        QVERIFY(w.errorString().contains(QStringLiteral("cannot be read")));
    }
}

void TestMessageWriter::attachmentVanishes()
{
    const QString path = writeFile(QStringLiteral("vanish.bin"), QByteArray(500000, 'v'));
    MimeMessage m = basicMessage();
    m.addAttachment(MimeAttachment::fromFile(path, QStringLiteral("vanish.bin")));
    MessageWriter writer(m);
    QVERIFY(writer.isValid());
    QVERIFY(writer.open(QIODevice::ReadOnly));
    // Read the headers and the text, stop before the attachment, then remove it.
    const QByteArray head = writer.read(200);
    QCOMPARE(head.size(), 200);
    QVERIFY(QFile::remove(path));
    QByteArray rest;
    qint64 n = 0;
    char buffer[4096];
    while ((n = writer.read(buffer, sizeof buffer)) > 0)
        rest.append(buffer, n);
    QCOMPARE(n, qint64(-1));
    QVERIFY(writer.hasFailed());
    QVERIFY(writer.atEnd());
    QVERIFY(writer.errorString().contains(path));
    QVERIFY2(writer.errorString().contains(QStringLiteral("could not be opened")),
        qPrintable(writer.errorString()));
    QVERIFY(qint64(head.size() + rest.size()) < writer.totalSize());
    // writeTo reports it too, and writeToFile leaves no partial file.
    writeFile(QStringLiteral("vanish.bin"), QByteArray(500000, 'v'));
    MessageWriter again(m);
    QVERIFY(again.isValid());
    QFile::remove(path);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QVERIFY(!again.writeTo(&sink));
    QVERIFY(again.errorString().contains(QStringLiteral("vanish.bin")));
}

void TestMessageWriter::attachmentShrinks()
{
    const QString path = writeFile(QStringLiteral("shrink.bin"), QByteArray(300000, 's'));
    MimeMessage m = basicMessage();
    m.addAttachment(MimeAttachment::fromFile(path));
    MessageWriter writer(m);
    QVERIFY(writer.open(QIODevice::ReadOnly));
    QVERIFY(writer.read(200000).size() == 200000); // inside the attachment now
    QFile f(path);
    QVERIFY(f.resize(100000));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QVERIFY(!writer.writeTo(&sink));
    QVERIFY2(writer.errorString().contains(QStringLiteral("changed while the message was being written"))
            && writer.errorString().contains(QStringLiteral("300000")),
        qPrintable(writer.errorString()));
}

void TestMessageWriter::attachmentGrows()
{
    const QString path = writeFile(QStringLiteral("grow.bin"), QByteArray(1000, 'g'));
    MimeMessage m = basicMessage();
    m.addAttachment(MimeAttachment::fromFile(path));
    MessageWriter writer(m);
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("more");
    f.close();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QVERIFY(!writer.writeTo(&sink));
    QVERIFY2(writer.errorString().contains(QStringLiteral("grew")), qPrintable(writer.errorString()));
}

void TestMessageWriter::writeToFile()
{
    MimeMessage m = basicMessage();
    const QString path = m_dir.filePath(QStringLiteral("written.eml"));
    QString error;
    QVERIFY2(MessageWriter::writeToFile(m, path, {}, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const EmlMessage parsed = EmlReader::parse(f.readAll());
    QCOMPARE(parsed.subject, QStringLiteral("Hello"));
    // A device is written to, not replaced by a regular file.
    QVERIFY2(MessageWriter::writeToFile(m, QStringLiteral("/dev/null"), {}, &error), qPrintable(error));
    QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    QVERIFY(!MessageWriter::writeToFile(m, m_dir.filePath(QStringLiteral("no/such/dir/x.eml")), {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestMessageWriter::deviceBasics()
{
    MessageWriter writer(basicMessage());
    QVERIFY(writer.isSequential());
    QVERIFY(writer.atEnd());
    QVERIFY(writer.open(QIODevice::ReadOnly));
    QVERIFY(!writer.atEnd());
    QCOMPARE(writer.write("x"), qint64(-1));
    const QByteArray all = writer.readAll();
    QCOMPARE(qint64(all.size()), writer.totalSize());
    QVERIFY(writer.atEnd());
    QVERIFY(!writer.hasFailed());
    char c;
    QCOMPARE(writer.read(&c, 1), qint64(-1));
    QCOMPARE(writer.read(10), QByteArray());
    MimeMessage noFrom = basicMessage();
    noFrom.setFrom(MailAddress());
    MessageWriter invalid(noFrom);
    QVERIFY(!invalid.isValid());
    QVERIFY(invalid.errorString().contains(QStringLiteral("sender")));
}

QTEST_GUILESS_MAIN(TestMessageWriter)
#include "tst_messagewriter.moc"
