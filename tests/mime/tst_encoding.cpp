// Encoders and decoders of core/mime: RFC 2047 encoded words, folding, RFC 2231 parameters, quoted-printable
// and base64 lines, with their edge cases.
#include "mime/addressparser.h"
#include "mime/base64lines.h"
#include "mime/emlreader.h"
#include "mime/encodedword.h"
#include "mime/headerfieldbuilder.h"
#include "mime/mimeutils.h"
#include "mime/quotedprintable.h"
#include "smtp/smtpbodyencoder.h"

#include "mimetestutil.h"

#include <QRandomGenerator>
#include <QTest>

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodedWordRoundTrip_data();
    void encodedWordRoundTrip();
    void encodedWordChoosesShorterForm();
    void encodedWordPhraseSafeQ();
    void decodeRealWorld_data();
    void decodeRealWorld();
    void foldUnstructured_data();
    void foldUnstructured();
    void foldPlainAscii();
    void utf8Headers();
    void addressHeaderRoundTrip();
    void addressHeaderSevenBitErrors();
    void parameters();
    void rfc2231Decoding_data();
    void rfc2231Decoding();
    void quotedPrintableEdges_data();
    void quotedPrintableEdges();
    void quotedPrintableLongLines();
    void quotedPrintableRoundTrip();
    void quotedPrintableDecodeLenient_data();
    void quotedPrintableDecodeLenient();
    void base64Lines();
    void boundaryAlphabetArgument();
    void dates();
    void sanitize();
    void lineEndsAreTheWiresLineEnds();
};

void TestEncoding::encodedWordRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");
    const QStringList samples = MimeTest::scriptSamples();
    for (int i = 0; i < samples.size(); ++i) {
        for (int e = 0; e < 3; ++e)
            QTest::addRow("sample%d-%s", i, e == 0 ? "auto" : e == 1 ? "B" : "Q") << samples[i] << e;
    }
    QTest::newRow("ascii specials") << QStringLiteral("a=?b?=c _ \"quoted\" (x) <y> ,;:") << 0;
    QTest::newRow("spaces") << QStringLiteral("  leading and trailing  ") << 0;
    QTest::newRow("single astral") << QString::fromUtf8("😀") << 2;
}

void TestEncoding::encodedWordRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, encoding);
    const auto enc = encoding == 0 ? EncodedWord::Encoding::Auto
        : encoding == 1            ? EncodedWord::Encoding::B
                                   : EncodedWord::Encoding::Q;
    for (int firstMax : { 75, 40, 24 }) {
        const QList<QByteArray> words = EncodedWord::encode(text, firstMax, 75, enc);
        QVERIFY(!words.isEmpty());
        QString concatenated;
        for (int i = 0; i < words.size(); ++i) {
            const QByteArray &w = words[i];
            QVERIFY2(
                w.size() <= (i == 0 ? qMax(firstMax, int(EncodedWord::MinWordLength)) : 75), w.constData());
            QVERIFY(w.startsWith("=?utf-8?B?") || w.startsWith("=?utf-8?Q?"));
            QVERIFY(w.endsWith("?="));
            for (char c : w)
                QVERIFY(c > 32 && c < 127);
            // Each word alone is whole characters: decoding the words one by one gives the text back.
            QString part;
            QVERIFY(EncodedWord::decodeWord(w, &part));
            concatenated += part;
        }
        QCOMPARE(concatenated, text);
        // And as a header value, with folding whitespace between the words (RFC 2047 6.2).
        QCOMPARE(EncodedWord::decode(words.join("\r\n ")), text);
        QCOMPARE(EncodedWord::decode(words.join(' ')), text);
    }
}

void TestEncoding::encodedWordChoosesShorterForm()
{
    QCOMPARE(
        EncodedWord::chooseEncoding(QString::fromUtf8("Grüße aus Bonn, wir sehen uns am Montag").toUtf8()),
        EncodedWord::Encoding::Q);
    QCOMPARE(EncodedWord::chooseEncoding(QString::fromUtf8("Grüße").toUtf8()), EncodedWord::Encoding::B);
    QCOMPARE(EncodedWord::chooseEncoding(QString::fromUtf8("我能吞下玻璃而不伤身体").toUtf8()),
        EncodedWord::Encoding::B);
    QCOMPARE(
        EncodedWord::chooseEncoding(QString::fromUtf8("Съешь же ещё").toUtf8()), EncodedWord::Encoding::B);
    QCOMPARE(
        EncodedWord::encode(QString::fromUtf8("Grüße")), QList<QByteArray> { "=?utf-8?B?R3LDvMOfZQ==?=" });
    QCOMPARE(EncodedWord::encode(QString::fromUtf8("Grüße aus Bonn")),
        QList<QByteArray> { "=?utf-8?Q?Gr=C3=BC=C3=9Fe_aus_Bonn?=" });
}

void TestEncoding::encodedWordPhraseSafeQ()
{
    // RFC 2047 5(3): in a phrase, Q may only carry letters, digits and !*+-/ literally.
    const QList<QByteArray> words = EncodedWord::encode(
        QString::fromUtf8("ä \"x\" (y) <z>, a.b;c:d@e=f?g_h"), 75, 75, EncodedWord::Encoding::Q);
    for (const QByteArray &w : words) {
        const QByteArray payload = w.mid(10, w.size() - 12);
        for (char c : payload)
            QVERIFY2(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/=_")
                         .contains(c),
                payload.constData());
    }
}

void TestEncoding::decodeRealWorld_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    // RFC 2047 section 8.
    QTest::newRow("rfc2047 8 a") << QByteArray("(=?ISO-8859-1?Q?a?=)") << QStringLiteral("(a)");
    QTest::newRow("rfc2047 8 a b") << QByteArray("=?ISO-8859-1?Q?a?= b") << QStringLiteral("a b");
    QTest::newRow("rfc2047 8 ab") << QByteArray("=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=")
                                  << QStringLiteral("ab");
    QTest::newRow("rfc2047 8 ab spaces")
        << QByteArray("=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=") << QStringLiteral("ab");
    QTest::newRow("rfc2047 8 ab folded")
        << QByteArray("=?ISO-8859-1?Q?a?=\r\n   =?ISO-8859-1?Q?b?=") << QStringLiteral("ab");
    QTest::newRow("rfc2047 8 underscore") << QByteArray("=?ISO-8859-1?Q?a_b?=") << QStringLiteral("a b");
    QTest::newRow("rfc2047 8 charsets")
        << QByteArray("=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=") << QStringLiteral("a b");
    QTest::newRow("keld") << QByteArray("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=")
                          << QString::fromUtf8("Keld Jørn Simonsen");
    QTest::newRow("text around") << QByteArray("Re: =?utf-8?Q?caf=C3=A9?= and more")
                                 << QString::fromUtf8("Re: café and more");
    QTest::newRow("lowercase b no padding") << QByteArray("=?utf-8?b?w6k?=") << QString::fromUtf8("é");
    QTest::newRow("utf8 split across words")
        << QByteArray("=?UTF-8?B?ww==?= =?UTF-8?B?qQ==?=") << QString::fromUtf8("é");
    QTest::newRow("utf8 split Q") << QByteArray("=?utf-8?Q?=E2=82?=\r\n =?utf-8?Q?=AC?=")
                                  << QString::fromUtf8("€");
    QTest::newRow("language") << QByteArray("=?utf-8*en?Q?Hi?=") << QStringLiteral("Hi");
    QTest::newRow("unknown charset") << QByteArray("=?x-unknown?Q?abc?=") << QStringLiteral("abc");
    QTest::newRow("not a word") << QByteArray("=?utf-8?X?abc?=") << QStringLiteral("=?utf-8?X?abc?=");
    QTest::newRow("unterminated") << QByteArray("=?utf-8?Q?abc") << QStringLiteral("=?utf-8?Q?abc");
    QTest::newRow("space inside") << QByteArray("=?utf-8?Q?a b?=") << QStringLiteral("=?utf-8?Q?a b?=");
    QTest::newRow("windows-1252") << QByteArray("=?windows-1252?Q?=80_5?=") << QString::fromUtf8("€ 5");
    QTest::newRow("latin1 label is 1252")
        << QByteArray("=?iso-8859-1?q?=93quoted=94?=") << QString::fromUtf8("“quoted”");
    QTest::newRow("gb2312") << QByteArray("=?gb2312?B?xOO6ww==?=") << QString::fromUtf8("你好");
    QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=")
                                 << QString::fromUtf8("テスト");
    QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QString::fromUtf8("Привет");
    QTest::newRow("glued to text") << QByteArray("abc=?utf-8?Q?=C3=A9?=def") << QString::fromUtf8("abcédef");
    QTest::newRow("raw utf8") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                            "e")
                              << QString::fromUtf8("Grüße");
    QTest::newRow("raw latin1") << QByteArray("Gr\xfc\xdf"
                                              "e")
                                << QString::fromUtf8("Grüße");
    QTest::newRow("words then text") << QByteArray("=?utf-8?Q?a?= =?utf-8?Q?b?= c =?utf-8?Q?d?=")
                                     << QStringLiteral("ab c d");
    QTest::newRow("question in Q") << QByteArray("=?utf-8?Q?why=3F?=") << QStringLiteral("why?");
    QTest::newRow("empty word") << QByteArray("=?utf-8?Q?"
                                              "?=")
                                << QString();
}

void TestEncoding::decodeRealWorld()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(EncodedWord::decode(raw), expected);
}

void TestEncoding::foldUnstructured_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("text");
    const QStringList samples = MimeTest::scriptSamples();
    for (int i = 0; i < samples.size(); ++i) {
        QTest::addRow("subject-%d", i) << QByteArray("Subject") << samples[i];
        QTest::addRow("long-%d", i) << QByteArray("Subject") << samples[i] + samples[i] + samples[i];
        QTest::addRow("longname-%d", i)
            << QByteArray("X-A-Rather-Long-Header-Name-For-Folding-Tests-Here-And-More") << samples[i];
    }
    QTest::newRow("ascii with =?") << QByteArray("Subject")
                                   << QStringLiteral("looks like =?utf-8?Q?x?= but is not");
    QTest::newRow("unbreakable ascii") << QByteArray("Subject") << QString(1200, QLatin1Char('x'));
}

void TestEncoding::foldUnstructured()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, text);
    HeaderFieldBuilder field(name, false);
    field.appendUnstructured(text);
    const QByteArray bytes = field.toByteArray();
    QVERIFY(!field.usedUtf8());
    QList<QByteArray> lines;
    QString problem;
    QVERIFY2(MimeTest::crlfLines(bytes, &lines, &problem), qPrintable(problem));
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        // 78 columns; only the first line of a field with a very long name may need more.
        QVERIFY2(line.size() <= 78 || (i == 0 && name.size() > 50 && line.size() < 998), line.constData());
        for (char c : line)
            QVERIFY(c > 0 && static_cast<unsigned char>(c) < 128);
        if (i > 0)
            QVERIFY(line.startsWith(' ') && line.trimmed().size() > 0);
    }
    QCOMPARE(EncodedWord::decode(MimeTest::unfoldValue(bytes)), text);
}

void TestEncoding::foldPlainAscii()
{
    const QString text
        = QStringLiteral("This subject line is plain ASCII and long enough that it has to be folded "
                         "at least once,  keeping  double spaces and\ttabs exactly where they were");
    HeaderFieldBuilder field("Subject", false);
    field.appendUnstructured(text);
    const QByteArray bytes = field.toByteArray();
    QVERIFY(!bytes.contains("=?"));
    QList<QByteArray> lines;
    QString problem;
    QVERIFY(MimeTest::crlfLines(bytes, &lines, &problem));
    QVERIFY(lines.size() > 1);
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() <= 78, line.constData());
        QVERIFY(!line.endsWith(' '));
    }
    QCOMPARE(QString::fromLatin1(MimeTest::unfoldValue(bytes)), text);
}

void TestEncoding::utf8Headers()
{
    const QString text = QString::fromUtf8("Grüße — 我能吞下玻璃而不伤身体");
    HeaderFieldBuilder field("Subject", true);
    field.appendUnstructured(text);
    QVERIFY(field.usedUtf8());
    QCOMPARE(field.toByteArray(), "Subject: " + text.toUtf8() + "\r\n");
    HeaderFieldBuilder ascii("Subject", true);
    ascii.appendUnstructured(QStringLiteral("plain"));
    QVERIFY(!ascii.usedUtf8());
    HeaderFieldBuilder to("To", true);
    to.appendAddressList(
        AddressList(MailAddress(QString::fromUtf8("jörg@bücher.example"), QString::fromUtf8("Jörg, M."))));
    QCOMPARE(to.toByteArray(), QString::fromUtf8("To: \"Jörg, M.\" <jörg@bücher.example>\r\n").toUtf8());
}

void TestEncoding::addressHeaderRoundTrip()
{
    AddressList list;
    const QStringList samples = MimeTest::scriptSamples();
    for (int i = 0; i < samples.size(); ++i)
        list.append(
            MailAddress(QStringLiteral("user%1@example.org").arg(i), samples[i].left(20 + 7 * i).trimmed()));
    list.append(MailAddress(QStringLiteral("plain@example.org"), QStringLiteral("Doe, \"JD\" John")));
    list.append(MailAddress(QString::fromUtf8("idn@bücher.example"), QStringLiteral("IDN")));
    list.append(MailAddress(QStringLiteral("noname@example.org")));
    list.append(MailAddress(QStringLiteral("fake@example.org"), QStringLiteral("=?utf-8?Q?not_encoded?=")));
    AddressGroup group;
    group.name = QString::fromUtf8("Équipe «core»");
    group.members = { MailAddress(QStringLiteral("a@x.test"), QString::fromUtf8("Ä")),
        MailAddress(QStringLiteral("b@x.test")) };
    list.append(group);
    AddressGroup empty;
    empty.name = QStringLiteral("undisclosed-recipients");
    list.append(empty);

    HeaderFieldBuilder field("To", false);
    field.appendAddressList(list);
    QVERIFY2(field.error().isEmpty(), qPrintable(field.error()));
    QVERIFY(!field.usedUtf8());
    const QByteArray bytes = field.toByteArray();
    QList<QByteArray> lines;
    QString problem;
    QVERIFY(MimeTest::crlfLines(bytes, &lines, &problem));
    for (const QByteArray &line : lines)
        QVERIFY2(line.size() <= 78, line.constData());

    const auto parsed = AddressParser::parseList(
        QString::fromLatin1(MimeTest::unfoldValue(bytes)), AddressParser::DecodeEncodedWords);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error + QLatin1Char('\n') + QString::fromLatin1(bytes)));
    // The IDN domain went out in its ASCII form.
    AddressList expected;
    for (const AddressList::Entry &e : list.entries()) {
        if (e.isGroup) {
            expected.append(e.group);
        } else {
            MailAddress m = e.mailbox;
            m.setAddress(m.aceAddress());
            expected.append(m);
        }
    }
    QCOMPARE(AddressParser::formatList(parsed.addresses), AddressParser::formatList(expected));
    QCOMPARE(parsed.addresses, expected);
}

void TestEncoding::addressHeaderSevenBitErrors()
{
    HeaderFieldBuilder field("To", false);
    field.appendMailbox(MailAddress(QString::fromUtf8("jörg@example.org")));
    QVERIFY(field.error().contains(QStringLiteral("SMTPUTF8")));
}

void TestEncoding::parameters()
{
    using P = HeaderFieldBuilder::Parameter;
    using S = HeaderFieldBuilder::ParameterStyle;
    HeaderFieldBuilder b("Content-Disposition", false);
    QCOMPARE(b.parameterTokens(P { "filename", QStringLiteral("report.pdf"), S::FileName }),
        QList<QByteArray> { "filename=report.pdf" });
    QCOMPARE(b.parameterTokens(P { "filename", QStringLiteral("my report (final).pdf"), S::FileName }),
        QList<QByteArray> { "filename=\"my report (final).pdf\"" });
    QCOMPARE(b.parameterTokens(P { "filename", QStringLiteral("a\"b\\c.txt"), S::FileName }),
        QList<QByteArray> { "filename=\"a\\\"b\\\\c.txt\"" });
    QCOMPARE(b.parameterTokens(P { "filename", QString::fromUtf8("ä b.txt"), S::FileName }),
        QList<QByteArray> { "filename*=utf-8''%C3%A4%20b.txt" });
    QCOMPARE(b.parameterTokens(P { "name", QString::fromUtf8("ä.txt"), S::Rfc2047 }),
        QList<QByteArray> { "name=\"=?utf-8?B?w6QudHh0?=\"" });
    HeaderFieldBuilder utf8("Content-Disposition", true);
    QCOMPARE(utf8.parameterTokens(P { "filename", QString::fromUtf8("ä b.txt"), S::FileName }),
        QList<QByteArray> { QString::fromUtf8("filename=\"ä b.txt\"").toUtf8() });

    // Long names: continuations, each line within 78 columns, decoded back exactly.
    const QStringList names = {
        QString::fromUtf8("Квартальный отчёт о продажах — окончательная версия (исправленная) 2024.xlsx"),
        QStringLiteral(
            "a-very-long-ascii-file-name-that-does-not-fit-on-one-header-line-at-all-really.tar.gz"),
        QString::fromUtf8("報告書_最終版_修正済み_二〇二四年度_第三四半期_売上と利益の分析.pdf"),
        QString::fromUtf8(
            "emoji-🎉🎊-party-👩‍👩‍👧‍👦-photos-from-the-summer-holiday-at-the-lake.zip"),
        QStringLiteral("quote\"and\\backslash in a long ascii name that must be continued over lines.txt")
    };
    for (const QString &name : names) {
        for (bool utf8Mode : { false, true }) {
            HeaderFieldBuilder field("Content-Disposition", utf8Mode);
            field.appendValueWithParameters(
                "attachment", { P { "filename", name, S::FileName }, P { "size", QStringLiteral("1234") } });
            const QByteArray bytes = field.toByteArray();
            QVERIFY2(MimeUtils::isAscii(bytes),
                bytes.constData()); // long names go out as RFC 2231 even in UTF-8 mode
            QList<QByteArray> lines;
            QString problem;
            QVERIFY(MimeTest::crlfLines(bytes, &lines, &problem));
            for (const QByteArray &line : lines)
                QVERIFY2(line.size() <= 78, line.constData());
            const EmlReader::HeaderValue value = EmlReader::parseHeaderValue(MimeTest::unfoldValue(bytes));
            QCOMPARE(value.value, QByteArray("attachment"));
            QCOMPARE(value.parameters.value("filename"), name);
            QCOMPARE(value.parameters.value("size"), QStringLiteral("1234"));
        }
        HeaderFieldBuilder type("Content-Type", false);
        type.appendValueWithParameters("application/octet-stream", { P { "name", name, S::Rfc2047 } });
        const QByteArray bytes = type.toByteArray();
        QList<QByteArray> lines;
        QString problem;
        QVERIFY(MimeTest::crlfLines(bytes, &lines, &problem));
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= 78 || MimeUtils::isAscii(name.toUtf8()), line.constData());
        QCOMPARE(EmlReader::parseHeaderValue(MimeTest::unfoldValue(bytes)).parameters.value("name"), name);
    }
}

void TestEncoding::rfc2231Decoding_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("expected");
    // RFC 2231 sections 3 and 4.
    QTest::newRow("rfc2231 3") << QByteArray(
        "message/external-body; access-type=URL;\r\n URL*0=\"ftp://\";\r\n "
        "URL*1=\"cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar\"")
                               << QByteArray("url")
                               << QStringLiteral("ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar");
    QTest::newRow("rfc2231 4") << QByteArray(
        "application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A")
                               << QByteArray("title") << QStringLiteral("This is ***fun***");
    QTest::newRow("rfc2231 4.1") << QByteArray(
        "application/x-stuff; title*0*=us-ascii'en'This%20is%20even%20more%20;"
        " title*1*=%2A%2A%2Afun%2A%2A%2A%20; title*2=\"isn't it!\"")
                                 << QByteArray("title")
                                 << QStringLiteral("This is even more ***fun*** isn't it!");
    QTest::newRow("latin1") << QByteArray("attachment; filename*=iso-8859-1''%E4.txt")
                            << QByteArray("filename") << QString::fromUtf8("ä.txt");
    QTest::newRow("out of order") << QByteArray("attachment; filename*1=\"b\"; filename*0=\"a\"")
                                  << QByteArray("filename") << QStringLiteral("ab");
    QTest::newRow("gap ends") << QByteArray("attachment; filename*0=\"a\"; filename*2=\"c\"")
                              << QByteArray("filename") << QStringLiteral("a");
    QTest::newRow("encoded word") << QByteArray("image/png; name=\"=?utf-8?B?w6Q=?=.png\"")
                                  << QByteArray("name") << QString::fromUtf8("ä.png");
    QTest::newRow("raw utf8") << QByteArray("attachment; filename=\"\xc3\xa4.txt\"") << QByteArray("filename")
                              << QString::fromUtf8("ä.txt");
    QTest::newRow("comments") << QByteArray("text/plain (plain text); charset=\"us-ascii\" (US)")
                              << QByteArray("charset") << QStringLiteral("us-ascii");
    QTest::newRow("case") << QByteArray("TEXT/Plain; CHARSET=UTF-8") << QByteArray("charset")
                          << QStringLiteral("UTF-8");
    QTest::newRow("escaped") << QByteArray("attachment; filename=\"a\\\"b\"") << QByteArray("filename")
                             << QStringLiteral("a\"b");
}

void TestEncoding::rfc2231Decoding()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, expected);
    QCOMPARE(EmlReader::parseHeaderValue(raw).parameters.value(parameter), expected);
}

void TestEncoding::quotedPrintableEdges_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain") << QByteArray("hello\r\n") << QByteArray("hello\r\n");
    QTest::newRow("no final break") << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
    QTest::newRow("trailing spaces") << QByteArray("abc  \r\nx") << QByteArray("abc =20\r\nx");
    QTest::newRow("trailing tab at end") << QByteArray("abc\t") << QByteArray("abc=09");
    QTest::newRow("inner spaces kept") << QByteArray("a  b\tc") << QByteArray("a  b\tc");
    QTest::newRow("lone CR") << QByteArray("a\rb") << QByteArray("a=0Db");
    QTest::newRow("lone LF") << QByteArray("a\nb") << QByteArray("a=0Ab");
    QTest::newRow("leading dot") << QByteArray(".\r\n..x\r\n") << QByteArray("=2E\r\n=2E.x\r\n");
    QTest::newRow("From") << QByteArray("From me\r\nFromage\r\n") << QByteArray("=46rom me\r\nFromage\r\n");
    QTest::newRow("utf8") << QString::fromUtf8("é€").toUtf8() << QByteArray("=C3=A9=E2=82=AC");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("a=00b");
    const QByteArray exactly76(76, 'x');
    QTest::newRow("exactly 76") << exactly76 + "\r\n" << exactly76 + "\r\n";
    QTest::newRow("77") << QByteArray(77, 'x') + "\r\n" << QByteArray(75, 'x') + "=\r\nxx\r\n";
    QTest::newRow("76 with trailing space") << QByteArray(75, 'x') + " \r\n"
                                            << QByteArray(75, 'x') + "=\r\n=20\r\n";
    QTest::newRow("escape not split") << QByteArray(74, 'x') + "==" << QByteArray(74, 'x') + "=\r\n=3D=3D";
}

void TestEncoding::quotedPrintableEdges()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray encoded = QuotedPrintable::encode(input);
    QCOMPARE(encoded, expected);
    QCOMPARE(QuotedPrintable::decode(encoded), input);
}

void TestEncoding::quotedPrintableLongLines()
{
    for (int length : { 75, 76, 77, 150, 151, 152, 997, 998, 999, 5000 }) {
        for (char fill : { 'x', ' ', '=', '.' }) {
            QByteArray line(length, fill);
            line += "\r\n";
            const QByteArray encoded = QuotedPrintable::encode(line);
            QList<QByteArray> lines;
            QString problem;
            QVERIFY2(MimeTest::crlfLines(encoded, &lines, &problem), qPrintable(problem));
            for (const QByteArray &l : lines) {
                QVERIFY2(l.size() <= 76, l.constData());
                QVERIFY(!l.endsWith(' ') && !l.endsWith('\t'));
                QVERIFY(!l.startsWith('.'));
            }
            QCOMPARE(QuotedPrintable::decode(encoded), line);
        }
    }
}

void TestEncoding::quotedPrintableRoundTrip()
{
    QRandomGenerator random(42);
    const QByteArray alphabet("abc XYZ.=\t\r\n\x80\xff-From ");
    for (int round = 0; round < 500; ++round) {
        QByteArray data;
        const int n = random.bounded(400);
        for (int i = 0; i < n; ++i)
            data += round % 2 ? char(random.bounded(256)) : alphabet[random.bounded(alphabet.size())];
        for (auto mode : { QuotedPrintable::Mode::Text, QuotedPrintable::Mode::Binary }) {
            const QByteArray encoded = QuotedPrintable::encode(data, mode);
            QCOMPARE(QuotedPrintable::decode(encoded), data);
            for (int i = 0; i < encoded.size(); ++i) {
                const unsigned char c = static_cast<unsigned char>(encoded[i]);
                QVERIFY(c < 127 && (c >= 32 || c == '\r' || c == '\n' || c == '\t'));
            }
            if (mode == QuotedPrintable::Mode::Binary)
                QVERIFY(!encoded.contains("\r\n") || encoded.contains("=\r\n"));
        }
    }
}

void TestEncoding::quotedPrintableDecodeLenient_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("lowercase hex") << QByteArray("=c3=a9") << QString::fromUtf8("é").toUtf8();
    QTest::newRow("LF soft break") << QByteArray("ab=\ncd") << QByteArray("abcd");
    QTest::newRow("soft break with padding") << QByteArray("ab=  \r\ncd") << QByteArray("abcd");
    QTest::newRow("invalid escape kept") << QByteArray("a=ZZb=") << QByteArray("a=ZZb");
    QTest::newRow("transport padding removed") << QByteArray("abc   \r\ndef \t") << QByteArray("abc\r\ndef");
    QTest::newRow("encoded space kept") << QByteArray("abc=20\r\n") << QByteArray("abc \r\n");
    QTest::newRow("trailing equals") << QByteArray("abc=") << QByteArray("abc");
}

void TestEncoding::quotedPrintableDecodeLenient()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QuotedPrintable::decode(input), expected);
}

void TestEncoding::base64Lines()
{
    QRandomGenerator random(7);
    for (int n = 0; n < 400; ++n) {
        QByteArray data(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            data[i] = char(random.bounded(256));
        const QByteArray encoded = Base64Lines::encode(data);
        QCOMPARE(qint64(encoded.size()), Base64Lines::encodedSize(n));
        // Same as Qt's base64 cut into 76-character lines.
        const QByteArray reference = data.toBase64();
        QByteArray split;
        for (int i = 0; i < reference.size(); i += 76)
            split += (i ? "\r\n" : "") + reference.mid(i, 76);
        QCOMPARE(encoded, split);
        QCOMPARE(QByteArray::fromBase64(encoded), data);
    }
    // Chunked encoding (multiples of 57) equals the whole.
    QByteArray big(57 * 10 + 13, Qt::Uninitialized);
    for (char &c : big)
        c = char(random.bounded(256));
    for (int chunk : { 57, 114, 57 * 3, 57 * 10 }) {
        QByteArray out;
        for (int offset = 0; offset < big.size(); offset += chunk) {
            const int n = qMin(chunk, int(big.size()) - offset);
            QByteArray piece(Base64Lines::chunkEncodedSize(n, offset == 0), Qt::Uninitialized);
            char *end = Base64Lines::encodeChunk(big.constData() + offset, n, piece.data(), offset == 0);
            QCOMPARE(end - piece.constData(), qint64(piece.size()));
            out += piece;
        }
        QCOMPARE(out, Base64Lines::encode(big));
    }
    QCOMPARE(Base64Lines::encodedSize(0), qint64(0));
    QCOMPARE(Base64Lines::encodedSize(57), qint64(76));
    QCOMPARE(Base64Lines::encodedSize(58), qint64(76 + 2 + 4));
    QCOMPARE(Base64Lines::encodedSize(100 * 1024 * 1024),
        qint64(4 * ((100 * 1024 * 1024 + 2) / 3)) + 2 * ((4 * ((100 * 1024 * 1024 + 2) / 3) + 75) / 76 - 1));
}

void TestEncoding::boundaryAlphabetArgument()
{
    // MessageWriter's boundaries start with "=_": quoted-printable and base64 output can never contain it,
    // whatever the input. Random inputs, both encoders.
    QRandomGenerator random(99);
    for (int round = 0; round < 300; ++round) {
        QByteArray data(random.bounded(2000), Qt::Uninitialized);
        for (char &c : data)
            c = round % 3 == 0 ? "=_-\r\n "[random.bounded(6)] : char(random.bounded(256));
        QVERIFY(!QuotedPrintable::encode(data).contains("=_"));
        QVERIFY(!QuotedPrintable::encode(data, QuotedPrintable::Mode::Binary).contains("=_"));
        QVERIFY(!Base64Lines::encode(data).contains("=_"));
    }
}

void TestEncoding::dates()
{
    const QDateTime date(QDate(2024, 3, 5), QTime(9, 7, 3), Qt::OffsetFromUTC, -(3 * 3600 + 30 * 60));
    QCOMPARE(MimeUtils::formatDate(date), QByteArray("Tue, 5 Mar 2024 09:07:03 -0330"));
    QCOMPARE(MimeUtils::parseDate("Tue, 5 Mar 2024 09:07:03 -0330"), date);
    QCOMPARE(MimeUtils::parseDate("5 Mar 2024 12:37:03 GMT").toUTC(), date.toUTC());
    QCOMPARE(MimeUtils::parseDate("Tue, 5 Mar 24 09:07:03 -0330 (NST)"), date);
    QVERIFY(!MimeUtils::parseDate("garbage").isValid());
    QVERIFY(!MimeUtils::parseDate("").isValid());
}

void TestEncoding::sanitize()
{
    QCOMPARE(MimeUtils::sanitizeHeaderText(QStringLiteral("a\r\nBcc: x\r\n\r\nb\0c\x7f\td")),
        QStringLiteral("a Bcc: x bc\td"));
    QCOMPARE(MimeUtils::sanitizeHeaderText(QString::fromUtf8("a\u2028b")), QStringLiteral("a b"));
    QCOMPARE(MimeUtils::toCrlf("a\nb\rc\r\nd\n\r"), QByteArray("a\r\nb\r\nc\r\nd\r\n\r\n"));
}

void TestEncoding::lineEndsAreTheWiresLineEnds()
{
    // What core/mime calls a line end (the header block of a prepared .eml, its Bcc fields) must be what the
    // SMTP engine makes a line end on the wire, or a header field could hide from one and appear to the
    // other.
    QRandomGenerator random(20250102);
    QList<QByteArray> inputs { "a\rb", "a\r\rb", "a\n\rb", "a\r\r\nb", "\r", "\n\n", "a\r\n\r\n", "x\r" };
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes;
        for (int k = 0; k < 24; ++k) {
            const char alphabet[] = { 'a', ':', ' ', '\r', '\n' };
            bytes += alphabet[random.bounded(5)];
        }
        inputs << bytes;
    }
    for (const QByteArray &input : inputs) {
        QByteArray expected = MimeUtils::toCrlf(input);
        if (!expected.isEmpty() && !expected.endsWith("\r\n")) {
            expected += "\r\n"; // the encoder ends the message with a line end
        }
        QCOMPARE(SmtpBodyEncoder::encode(input, SmtpBodyEncoder::Mode::Bdat), expected);
        for (qsizetype i = 0; i < input.size(); ++i) {
            const int end = MimeUtils::lineEndLength(input, i);
            QCOMPARE(end > 0, input[i] == '\r' || input[i] == '\n');
        }
    }
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
