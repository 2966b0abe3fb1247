#include "mailtourl.h"

#include <QTest>

// RFC 6068 mailto: parsing: addresses from the path and the to/cc/bcc fields, percent-decoding as UTF-8,
// subject and body, unsafe fields ignored, and attachments only as local absolute files.
class TestMailtoUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void notMailto();
};

void TestMailtoUrl::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("attachments");
    QTest::addColumn<QStringList>("ignored");

    const QStringList none;
    QTest::newRow("plain") << "mailto:a@example.org" << QStringList { "a@example.org" } << none << none
                           << QString() << QString() << none << none;
    QTest::newRow("scheme case") << "MAILTO:a@example.org" << QStringList { "a@example.org" } << none << none
                                 << QString() << QString() << none << none;
    QTest::newRow("two in path, fields")
        << "mailto:a@example.org,b@example.org?cc=c@example.org&bcc=d@example.org&subject=Hello%20there"
           "&body=Line%201%0D%0ALine%202"
        << QStringList { "a@example.org", "b@example.org" } << QStringList { "c@example.org" }
        << QStringList { "d@example.org" } << "Hello there"
        << "Line 1\nLine 2" << none << none;
    QTest::newRow("to field adds") << "mailto:?to=a@x.example&to=b@y.example,c@z.example"
                                   << QStringList { "a@x.example", "b@y.example", "c@z.example" } << none
                                   << none << QString() << QString() << none << none;
    QTest::newRow("quoted name with comma") << "mailto:%22Doe%2C%20Jane%22%20%3Cj@x.example%3E,k@x.example"
                                            << QStringList { "\"Doe, Jane\" <j@x.example>", "k@x.example" }
                                            << none << none << QString() << QString() << none << none;
    QTest::newRow("utf-8") << "mailto:u@x.example?subject=%C3%A9t%C3%A9%20%E2%82%AC&body=gr%C3%BC%C3%9Fe"
                           << QStringList { "u@x.example" } << none << none << QString::fromUtf8("été €")
                           << QString::fromUtf8("grüße") << none << none;
    QTest::newRow("plus is a plus") << "mailto:a+tag@x.example?subject=1+1"
                                    << QStringList { "a+tag@x.example" } << none << none << "1+1" << QString()
                                    << none << none;
    QTest::newRow("first subject wins, one line")
        << "mailto:a@x.example?subject=One%0ATwo&subject=Other" << QStringList { "a@x.example" } << none
        << none << "One Two" << QString() << none << none;
    QTest::newRow("field names case-insensitive")
        << "mailto:a@x.example?SUBJECT=Hi&Cc=c@x.example" << QStringList { "a@x.example" }
        << QStringList { "c@x.example" } << none << "Hi" << QString() << none << none;
    QTest::newRow("unsafe headers ignored")
        << "mailto:a@x.example?from=evil@x.example&reply-to=evil@x.example&X-Mailer=Bad&subject=S"
        << QStringList { "a@x.example" } << none << none << "S" << QString() << none
        << QStringList { "from", "reply-to", "x-mailer" };
    QTest::newRow("fragment dropped") << "mailto:a@x.example?subject=S#part" << QStringList { "a@x.example" }
                                      << none << none << "S" << QString() << none << none;
    QTest::newRow("attach absolute path")
        << "mailto:a@x.example?attach=/tmp/report.pdf" << QStringList { "a@x.example" } << none << none
        << QString() << QString() << QStringList { "/tmp/report.pdf" } << none;
    QTest::newRow("attach file url") << "mailto:a@x.example?attachment=file:///tmp/a%20b.txt"
                                     << QStringList { "a@x.example" } << none << none << QString()
                                     << QString() << QStringList { "/tmp/a b.txt" } << none;
    QTest::newRow("attach file://localhost")
        << "mailto:a@x.example?attach=file://localhost/tmp/x.txt" << QStringList { "a@x.example" } << none
        << none << QString() << QString() << QStringList { "/tmp/x.txt" } << none;
    QTest::newRow("attach path cleaned")
        << "mailto:a@x.example?attach=/tmp/../home/u/.ssh/id_ed25519" << QStringList { "a@x.example" } << none
        << none << QString() << QString() << QStringList { "/home/u/.ssh/id_ed25519" } << none;
    QTest::newRow("attach remote refused")
        << "mailto:a@x.example?attach=http://evil.example/x&attach=file://evil/x"
        << QStringList { "a@x.example" } << none << none << QString() << QString() << none
        << QStringList { "attach=http://evil.example/x", "attach=file://evil/x" };
    QTest::newRow("attach relative refused")
        << "mailto:a@x.example?attach=notes.txt" << QStringList { "a@x.example" } << none << none << QString()
        << QString() << none << QStringList { "attach=notes.txt" };
    QTest::newRow("empty") << "mailto:" << none << none << none << QString() << QString() << none << none;
}

void TestMailtoUrl::parse()
{
    QFETCH(QString, url);
    const MailtoUrl m = MailtoUrl::parse(url);
    QVERIFY(m.isValid());
    QTEST(m.to, "to");
    QTEST(m.cc, "cc");
    QTEST(m.bcc, "bcc");
    QTEST(m.subject, "subject");
    QTEST(m.body, "body");
    QTEST(m.attachments, "attachments");
    QTEST(m.ignored, "ignored");
}

void TestMailtoUrl::notMailto()
{
    QVERIFY(!MailtoUrl::isMailto(QStringLiteral("https://example.org")));
    const MailtoUrl m = MailtoUrl::parse(QStringLiteral("https://example.org/?to=a@x"));
    QVERIFY(!m.isValid());
    QVERIFY(m.to.isEmpty());
    QVERIFY(MailtoUrl::isMailto(QStringLiteral("  mailto:a@x")));
}

QTEST_GUILESS_MAIN(TestMailtoUrl)
#include "tst_mailtourl.moc"
