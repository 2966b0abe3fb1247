// HtmlToText: the plain-text alternative generated from an HTML body.
#include "mime/htmltotext.h"
#include "mime/mimeattachment.h"
#include "mime/mimemessage.h"

#include <QTest>

class TestHtmlToText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
    void entities_data();
    void entities();
    void hostile();
    void inlineImageNames();
};

void TestHtmlToText::convert_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("plain text") << "hello   world"
                                << "hello world\n";
    QTest::newRow("paragraphs") << "<p>One</p><p>Two\nlines</p>"
                                << "One\n\nTwo lines\n";
    QTest::newRow("line breaks") << "a<br>b<br/>c<br><br>d"
                                 << "a\nb\nc\n\nd\n";
    QTest::newRow("signature separator keeps its space") << "<p>Hi</p><p>-- <br>Alice</p>"
                                                         << "Hi\n\n-- \nAlice\n";
    QTest::newRow("div") << "<div>a</div><div>b</div>"
                         << "a\nb\n";
    QTest::newRow("heading") << "<h1>Title</h1>text"
                             << "Title\n\ntext\n";
    QTest::newRow("document")
        << "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>"
           "<script>if (a < b) alert('x')</script></head><body><p>Body</p></body></html>"
        << "Body\n";
    QTest::newRow("comment") << "a<!-- <p>hidden</p> -->b"
                             << "ab\n";
    QTest::newRow("link") << "see <a href=\"https://example.org/x\">the page</a> now"
                          << "see the page <https://example.org/x> now\n";
    QTest::newRow("link is url") << "<a href=\"https://example.org/\">https://example.org</a>"
                                 << "https://example.org\n";
    QTest::newRow("mailto") << "<a href=\"mailto:a@b.test\">a@b.test</a>"
                            << "a@b.test\n";
    QTest::newRow("anchor") << "<a href=\"#top\">top</a>"
                            << "top\n";
    QTest::newRow("image link") << "<a href=\"https://x.test\"><img src=\"cid:1\"></a>"
                                << "[image] <https://x.test>\n";
    QTest::newRow("unordered list") << "<ul><li>one</li><li>two</li></ul>"
                                    << "* one\n* two\n";
    QTest::newRow("ordered list") << "<p>Steps:</p><ol><li>first<li>second</ol>after"
                                  << "Steps:\n\n1. first\n2. second\n\nafter\n";
    QTest::newRow("ordered start") << "<ol start=\"5\"><li>five</li></ol>"
                                   << "5. five\n";
    QTest::newRow("nested list") << "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"
                                 << "* a\n  * b\n* c\n";
    QTest::newRow("blockquote")
        << "<p>He wrote:</p><blockquote><p>Hello</p><p>there</p></blockquote><p>Reply</p>"
        << "He wrote:\n\n> Hello\n>\n> there\n\nReply\n";
    QTest::newRow("nested quote") << "<blockquote>a<blockquote>b</blockquote></blockquote>"
                                  << "> a\n>\n> > b\n";
    QTest::newRow("pre") << "<pre>\n  code\n    indented\n</pre>after"
                         << "  code\n    indented\n\nafter\n";
    QTest::newRow("entities") << "<p>Tom &amp; Jerry &lt;3 caf&eacute; &#8364;5 &#x1F600; &nbsp;x</p>"
                              << QString::fromUtf8("Tom & Jerry <3 café €5 😀  x\n");
    QTest::newRow("inline tags") << "<b>bold</b> <i>it</i><span>alic</span>"
                                 << "bold italic\n";
    QTest::newRow("hr") << "a<hr>b"
                        << "a\n----------------------------------------\nb\n";
    QTest::newRow("table") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
                           << "a\tb\nc\td\n";
    QTest::newRow("img alt") << "<p>Logo: <img src=\"cid:x\" alt=\"ACME\"></p>"
                             << "Logo: ACME\n";
    // Issue 15, fault 13: an image without alt text left "Picture:" followed by nothing.
    QTest::newRow("img without alt") << "<p>Picture: <img src=\"cid:x\"></p>"
                                     << "Picture: [image]\n";
    QTest::newRow("img named by its address")
        << "<p><img src=\"https://x.test/a/photo.png?s=1\" alt=\"\"></p>"
        << "[image: photo.png]\n";
    QTest::newRow("attributes with >") << "<p title=\"a > b\">text</p>"
                                       << "text\n";
    QTest::newRow("stray <") << "1 < 2 and 3 > 2"
                             << "1 < 2 and 3 > 2\n";
    QTest::newRow("unclosed tag") << "text <b"
                                  << "text\n";
    QTest::newRow("uppercase") << "<P>A<BR>B</P>"
                               << "A\nB\n";
    QTest::newRow("cdata") << "<![CDATA[x < y]]>"
                           << "x < y\n";
    QTest::newRow("whitespace between blocks") << "<p>a</p>\n\n   <p>b</p>"
                                               << "a\n\nb\n";
    QTest::newRow("unicode") << QString::fromUtf8("<p>Привет, <b>мир</b></p>")
                             << QString::fromUtf8("Привет, мир\n");
}

void TestHtmlToText::convert()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html), text);
}

void TestHtmlToText::entities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("latin1 table") << "&iexcl;&yuml;&Agrave;&szlig;&divide;" << QString::fromUtf8("¡ÿÀß÷");
    QTest::newRow("typography") << "&ldquo;a&rdquo; &mdash; &hellip; &trade;"
                                << QString::fromUtf8("“a” — … ™");
    QTest::newRow("numeric 1252 range") << "&#150;&#128;" << QString::fromUtf8("–€");
    QTest::newRow("invalid numeric") << "&#0;&#xD800;&#99999999;" << QString::fromUtf8("\uFFFD\uFFFD\uFFFD");
    QTest::newRow("legacy no semicolon") << "a &amp b &copy 2024" << QString::fromUtf8("a & b © 2024");
    QTest::newRow("unknown") << "&bogus; &"
                             << "&bogus; &";
    QTest::newRow("no digits") << "&#;&#x;"
                               << "&#;&#x;";
}

void TestHtmlToText::entities()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(HtmlToText::decodeEntities(input), output);
}

void TestHtmlToText::hostile()
{
    // Inputs large enough that work quadratic in their length would take minutes: the test's time limit
    // (TIMEOUT in CMakeLists.txt) catches that. No timed assertion: it would fail on a busy machine only.
    QString deep;
    for (int i = 0; i < 50000; ++i)
        deep += QStringLiteral("<blockquote><ul><li><a href=x>");
    deep += QStringLiteral("x");
    QVERIFY(!HtmlToText::convert(deep).isEmpty());
    QVERIFY(HtmlToText::convert(QString(500000, QLatin1Char('<'))).size() > 0);
    QVERIFY(HtmlToText::convert(QStringLiteral("<script>") + QString(500000, QLatin1Char('x'))).isEmpty());
    QVERIFY(HtmlToText::convert(QStringLiteral("<!--") + QString(500000, QLatin1Char('-'))).isEmpty());
    QVERIFY(HtmlToText::convert(QStringLiteral("<a href=\"") + QString(500000, QLatin1Char('x'))).isEmpty());
    QVERIFY(HtmlToText::convert(QString(200000, QLatin1Char('&'))).size() > 0);
}

void TestHtmlToText::inlineImageNames()
{
    // A "cid:" image is named as the message names its inline part, which is what the person pasted.
    const QHash<QString, QString> names { { QStringLiteral("a1@epistle"), QStringLiteral("holiday.jpg") } };
    QCOMPARE(
        HtmlToText::convert(QStringLiteral("<p>Picture: <img src=\"cid:a1@epistle\" alt=\"\"></p>"), names),
        QStringLiteral("Picture: [image: holiday.jpg]\n"));
    QCOMPARE(
        HtmlToText::convert(QStringLiteral("<img src=\"cid:unknown\">"), names), QStringLiteral("[image]\n"));
    // Through the message, as the composer sends it.
    MimeMessage message;
    message.setHtml(QStringLiteral("<p>Picture: <img src=\"cid:pic\"></p>"));
    message.addInlineImage(
        MimeAttachment::fromData("GIF89a", QStringLiteral("cat.gif"), "image/gif"), QStringLiteral("pic"));
    QCOMPARE(message.effectivePlainText(), QStringLiteral("Picture: [image: cat.gif]\n"));
}

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
