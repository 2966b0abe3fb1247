// The RFC 5322 address-list parser and formatter: Appendix A examples, quoting, groups, comments, obsolete
// forms, IDN, and hostile input with the error positions people see.
#include "mime/addressparser.h"

#include <QTest>

using Mailboxes = QList<MailAddress>;

class TestAddressParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void groups();
    void appendixA();
    void commentAsName();
    void encodedWordsWhenReading();
    void invalid_data();
    void invalid();
    void skipInvalidKeepsTheRest();
    void idn();
    void formatting_data();
    void formatting();
    void formatRoundTrip();
    void hostileSizes();
    void addrSpecCheck();
    void envelopeHelpers();
};

static QString describe(const Mailboxes &boxes)
{
    QStringList parts;
    for (const MailAddress &m : boxes)
        parts << QStringLiteral("[%1|%2]").arg(m.name(), m.address());
    return parts.join(QLatin1Char(' '));
}

void TestAddressParser::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "jdoe@example.org"
                          << "[|jdoe@example.org]";
    QTest::newRow("angle only") << "<boss@nil.test>"
                                << "[|boss@nil.test]";
    QTest::newRow("name") << "John Doe <jdoe@machine.example>"
                          << "[John Doe|jdoe@machine.example]";
    QTest::newRow("quoted name with dot") << "\"Joe Q. Public\" <john.q.public@example.com>"
                                          << "[Joe Q. Public|john.q.public@example.com]";
    QTest::newRow("comma in quoted name") << "\"Doe, John\" <j@x.test>, k@y.test"
                                          << "[Doe, John|j@x.test] [|k@y.test]";
    QTest::newRow("escaped quotes") << "\"Giant; \\\"Big\\\" Box\" <sysservices@example.net>"
                                    << "[Giant; \"Big\" Box|sysservices@example.net]";
    QTest::newRow("question mark atom") << "Who? <one@y.test>"
                                        << "[Who?|one@y.test]";
    QTest::newRow("obs-phrase dot") << "John Q. Public <jqp@example.com>"
                                    << "[John Q. Public|jqp@example.com]";
    QTest::newRow("non-ascii name") << QString::fromUtf8("Jörg Müller <j@example.de>")
                                    << QString::fromUtf8("[Jörg Müller|j@example.de]");
    QTest::newRow("cjk name") << QString::fromUtf8("山田太郎 <taro@example.jp>")
                              << QString::fromUtf8("[山田太郎|taro@example.jp]");
    QTest::newRow("semicolon separator") << "a@x.test; b@y.test"
                                         << "[|a@x.test] [|b@y.test]";
    QTest::newRow("empty entries") << ", a@x.test,, ,b@y.test,"
                                   << "[|a@x.test] [|b@y.test]";
    QTest::newRow("quoted local part") << "\"john doe\"@example.org"
                                       << "[|\"john doe\"@example.org]";
    QTest::newRow("needless quotes") << "\"john\"@example.org"
                                     << "[|john@example.org]";
    QTest::newRow("domain literal") << "postmaster@[192.0.2.1]"
                                    << "[|postmaster@[192.0.2.1]]";
    QTest::newRow("plus and dots") << "first.last+tag@sub.example.co.uk"
                                   << "[|first.last+tag@sub.example.co.uk]";
    QTest::newRow("folded whitespace") << "Mary Smith\r\n \r\n   <mary@example.net>"
                                       << "[Mary Smith|mary@example.net]";
    QTest::newRow("obs-route") << "Mary Smith <@node.test,@relay.test:mary@example.net>"
                               << "[Mary Smith|mary@example.net]";
    QTest::newRow("obs-domain spaces") << "jdoe@test  . example"
                                       << "[|jdoe@test.example]";
    QTest::newRow("obs-local spaces") << "john . doe@example.org"
                                      << "[|john.doe@example.org]";
    QTest::newRow("comments everywhere") << "Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>"
                                         << "[Pete|pete@silly.test]";
    QTest::newRow("tabs") << "\tA\tB\t<a@b.test>\t"
                          << "[A B|a@b.test]";
    QTest::newRow("quoted pair in name") << "\"a\\\\b\" <x@y.test>"
                                         << "[a\\b|x@y.test]";
    QTest::newRow("empty quoted name") << "\"\" <x@y.test>"
                                       << "[|x@y.test]";
}

void TestAddressParser::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const AddressParser::Result result = AddressParser::parseList(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.errorPosition, -1);
    QCOMPARE(describe(result.addresses.mailboxes()), expected);
}

void TestAddressParser::groups()
{
    {
        const auto r = AddressParser::parseList(QStringLiteral("undisclosed-recipients:;"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.addresses.entries().size(), 1);
        QVERIFY(r.addresses.entries().first().isGroup);
        QCOMPARE(r.addresses.entries().first().group.name, QStringLiteral("undisclosed-recipients"));
        QVERIFY(r.addresses.entries().first().group.members.isEmpty());
        QVERIFY(r.addresses.mailboxes().isEmpty());
    }
    {
        const auto r = AddressParser::parseList(QStringLiteral(
            "a@x.test, A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;, z@z.test"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.addresses.entries().size(), 3);
        const AddressList::Entry &g = r.addresses.entries().at(1);
        QVERIFY(g.isGroup);
        QCOMPARE(g.group.name, QStringLiteral("A Group"));
        QCOMPARE(describe(g.group.members),
            QStringLiteral("[Ed Jones|c@a.test] [|joe@where.test] [John|jdoe@one.test]"));
        QCOMPARE(r.addresses.mailboxes().size(), 5);
    }
    {
        // A quoted group name with a comma.
        const auto r = AddressParser::parseList(QStringLiteral("\"Team, core\": a@x.test;"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.addresses.entries().first().group.name, QStringLiteral("Team, core"));
    }
    {
        const auto r = AddressParser::parseList(QStringLiteral("G1: a@x.test, G2: b@y.test;;"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("cannot contain another group")), qPrintable(r.error));
        QCOMPARE(r.errorPosition, 14);
    }
    {
        const auto r = AddressParser::parseList(QStringLiteral("Team: a@x.test"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("not closed with ';'")), qPrintable(r.error));
    }
}

void TestAddressParser::appendixA()
{
    // RFC 5322 Appendix A.1.3, A.4, A.5 and A.6 (the field bodies).
    auto r = AddressParser::parseList(
        QStringLiteral("A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n     "
                       "    joe@example.org,\r\n"
                       "  John <jdoe@one.test> (my dear friend); (the end of the group)"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.addresses.entries().size(), 1);
    QCOMPARE(r.addresses.entries().first().group.name, QStringLiteral("A Group"));
    QCOMPARE(describe(r.addresses.mailboxes()),
        QStringLiteral("[Chris Jones|c@public.example] [|joe@example.org] [John|jdoe@one.test]"));

    r = AddressParser::parseList(
        QStringLiteral("(Empty list)(start)Hidden recipients  :(nobody(that I know))  ;"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.addresses.entries().first().group.name, QStringLiteral("Hidden recipients"));
    QVERIFY(r.addresses.entries().first().group.members.isEmpty());

    r = AddressParser::parseList(QStringLiteral("John Doe <jdoe@machine(comment).  example>"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(describe(r.addresses.mailboxes()), QStringLiteral("[John Doe|jdoe@machine.example]"));

    r = AddressParser::parseList(
        QStringLiteral("Mary Smith <@node.test:mary@example.net>, , jdoe@test  . example"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(describe(r.addresses.mailboxes()),
        QStringLiteral("[Mary Smith|mary@example.net] [|jdoe@test.example]"));

    r = AddressParser::parseList(
        QStringLiteral("Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.addresses.mailboxes().size(), 3);
}

void TestAddressParser::commentAsName()
{
    const auto r = AddressParser::parseList(QStringLiteral("jdoe@example.org (John Doe), x@y.test"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(describe(r.addresses.mailboxes()), QStringLiteral("[John Doe|jdoe@example.org] [|x@y.test]"));
}

void TestAddressParser::encodedWordsWhenReading()
{
    const QString header = QStringLiteral("=?utf-8?Q?J=C3=B6rg?= =?utf-8?Q?_M=C3=BCller?= <j@example.de>, "
                                          "\"=?ISO-8859-1?Q?Andr=E9?= Pirard\" <PIRARD@vm1.ulg.ac.be>");
    const auto decoded = AddressParser::parseList(header, AddressParser::DecodeEncodedWords);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(describe(decoded.addresses.mailboxes()),
        QString::fromUtf8("[Jörg Müller|j@example.de] [André Pirard|PIRARD@vm1.ulg.ac.be]"));
    // Typed input is taken literally.
    const auto literal = AddressParser::parseList(header);
    QVERIFY(literal.ok());
    QVERIFY(literal.addresses.mailboxes().first().name().startsWith(QStringLiteral("=?utf-8?Q?")));
}

void TestAddressParser::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("unclosed angle") << "John <john@example.com" << 5 << "never closed by '>'";
    QTest::newRow("unclosed quote") << "\"John <john@example.com>" << 0 << "quote opened";
    QTest::newRow("unclosed quote later") << "a@b.test, \"Jo <j@x.test>" << 10 << "never closed";
    QTest::newRow("unclosed comment") << "john@example.com (John" << 17 << "comment opened";
    QTest::newRow("missing domain") << "john@" << 5 << "missing the domain";
    QTest::newRow("missing local") << "@example.com" << 0 << "missing the part before @";
    QTest::newRow("no at") << "john" << 0 << "needs an @";
    QTest::newRow("name without brackets") << "John Smith john@example.com" << 5 << "Spaces are not allowed";
    QTest::newRow("double dot") << "john..doe@example.com" << 5 << "dot";
    QTest::newRow("leading dot") << ".john@example.com" << 0 << "dot";
    QTest::newRow("trailing dot domain") << "john@example.com." << 16 << "cannot end with a dot";
    QTest::newRow("two ats") << "a@b@c.test" << 3 << "Expected a comma";
    QTest::newRow("bad domain char") << "a@exa!mple.com" << 5 << "cannot appear in a domain";
    QTest::newRow("empty angle") << "John <>" << 6 << "Empty address";
    QTest::newRow("stray close") << "a@b.test>" << 8 << "Expected a comma";
    QTest::newRow("stray paren") << "a@b.test)" << 8 << "Unexpected ')'";
    QTest::newRow("control char") << QStringLiteral("a@b.test\x01") << 8 << "control character";
    QTest::newRow("backslash") << "a\\b@c.test" << 1 << "Unexpected '\\'";
    QTest::newRow("unclosed literal") << "a@[1.2.3.4" << 2 << "never closed";
    QTest::newRow("long local part") << QString(65, QLatin1Char('a')) + "@x.test" << 0 << "64 octets";
    QTest::newRow("long label") << "a@" + QString(64, QLatin1Char('b')) + ".test" << 2 << "63 characters";
    QTest::newRow("name after address") << "a@b.test <c@d.test>" << 9 << "name must come before";
    QTest::newRow("group without name") << ": a@b.test;" << 0 << "needs a name";
}

void TestAddressParser::invalid()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, phrase);
    const AddressParser::Result result = AddressParser::parseList(input);
    QVERIFY2(!result.ok(), qPrintable(describe(result.addresses.mailboxes())));
    QVERIFY2(result.error.contains(phrase), qPrintable(result.error));
    QCOMPARE(result.errorPosition, position);
    // The message names the position for people, counting from 1.
    QVERIFY2(result.error.contains(QStringLiteral("at character ")), qPrintable(result.error));
}

void TestAddressParser::skipInvalidKeepsTheRest()
{
    const auto r = AddressParser::parseList(
        QStringLiteral("good@x.test, bad@, John Smith j@y.test, ok <ok@z.test>"), AddressParser::SkipInvalid);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(describe(r.addresses.mailboxes()), QStringLiteral("[|good@x.test] [ok|ok@z.test]"));
}

void TestAddressParser::idn()
{
    const auto r
        = AddressParser::parseList(QString::fromUtf8("Jörg <jörg@bücher.example>, user@bücher.example"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Mailboxes boxes = r.addresses.mailboxes();
    // Kept in Unicode in the model.
    QCOMPARE(boxes.at(0).address(), QString::fromUtf8("jörg@bücher.example"));
    QVERIFY(!boxes.at(0).hasAsciiLocalPart());
    QVERIFY(!boxes.at(0).hasAsciiDomain());
    QCOMPARE(boxes.at(1).aceAddress(), QStringLiteral("user@xn--bcher-kva.example"));
    QCOMPARE(boxes.at(0).aceAddress(), QString::fromUtf8("jörg@xn--bcher-kva.example"));
    QVERIFY(boxes.at(1).hasAsciiLocalPart());
    QCOMPARE(
        MailAddress::domainToAce(QString::fromUtf8("例え.テスト")), QStringLiteral("xn--r8jz45g.xn--zckzah"));
    QCOMPARE(MailAddress::domainToAce(QStringLiteral("[192.0.2.1]")), QStringLiteral("[192.0.2.1]"));
    // Mailboxes compare with the domain case-insensitive and in ACE form.
    QVERIFY(MailAddress(QStringLiteral("user@XN--BCHER-KVA.example")).sameMailbox(boxes.at(1)));
    // A domain that is not valid IDNA is refused with its position.
    const auto bad = AddressParser::parseList(QString::fromUtf8("user@exa\u200Fmple.com"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errorPosition, 5);
    QVERIFY2(bad.error.contains(QStringLiteral("international domain")), qPrintable(bad.error));
}

void TestAddressParser::formatting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("atoms") << "John Doe"
                           << "John Doe <a@b.test>";
    QTest::newRow("comma") << "Doe, John"
                           << "\"Doe, John\" <a@b.test>";
    QTest::newRow("dot") << "Joe Q. Public"
                         << "\"Joe Q. Public\" <a@b.test>";
    QTest::newRow("quote") << "He said \"hi\""
                           << "\"He said \\\"hi\\\"\" <a@b.test>";
    QTest::newRow("backslash") << "a\\b"
                               << "\"a\\\\b\" <a@b.test>";
    QTest::newRow("unicode") << QString::fromUtf8("Zoë Ångström")
                             << QString::fromUtf8("Zoë Ångström <a@b.test>");
    QTest::newRow("double space") << "a  b"
                                  << "\"a  b\" <a@b.test>";
    QTest::newRow("angle") << "<x>"
                           << "\"<x>\" <a@b.test>";
    QTest::newRow("empty") << ""
                           << "a@b.test";
}

void TestAddressParser::formatting()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(MailAddress(QStringLiteral("a@b.test"), name).toDisplayString(), expected);
}

void TestAddressParser::formatRoundTrip()
{
    AddressList list;
    const QStringList names = { QStringLiteral("Doe, Jane"), QStringLiteral("O'Brien (work)"),
        QStringLiteral("\"Q\" <x>"), QStringLiteral("a;b:c@d"), QString::fromUtf8("Σωκράτης"),
        QStringLiteral("x\\y"), QStringLiteral("=?utf-8?q?fake?=") };
    for (int i = 0; i < names.size(); ++i)
        list.append(MailAddress(QStringLiteral("user%1@example.org").arg(i), names[i]));
    AddressGroup group;
    group.name = QStringLiteral("Team: core; et al.");
    group.members = { MailAddress(QStringLiteral("t@x.test"), QStringLiteral("T, X")) };
    list.append(group);
    AddressGroup empty;
    empty.name = QStringLiteral("undisclosed-recipients");
    list.append(empty);
    const QString text = AddressParser::formatList(list);
    const auto r = AddressParser::parseList(text);
    QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char('\n') + text));
    QCOMPARE(r.addresses, list);
}

void TestAddressParser::hostileSizes()
{
    // Inputs large enough that a parser quadratic in their length would take minutes: the test's time limit
    // (TIMEOUT in CMakeLists.txt) catches that. No timed assertion: it would fail on a busy machine only.
    // Deep nesting of comments costs a counter, not a stack.
    const int depth = 200000;
    QString nested
        = QString(depth, QLatin1Char('(')) + QString(depth, QLatin1Char(')')) + QStringLiteral("a@b.test");
    auto r = AddressParser::parseList(nested);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.addresses.mailboxes().first().address(), QStringLiteral("a@b.test"));
    r = AddressParser::parseList(QString(depth, QLatin1Char('(')));
    QVERIFY(!r.ok());
    QCOMPARE(r.errorPosition, 0);
    // Unbalanced quotes across a long list.
    QString manyQuotes;
    for (int i = 0; i < 20000; ++i)
        manyQuotes += QStringLiteral("\"a\" <a%1@b.test>, ").arg(i);
    manyQuotes += QStringLiteral("\"unterminated <z@b.test>");
    r = AddressParser::parseList(manyQuotes);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorPosition, manyQuotes.lastIndexOf(QLatin1Char('"')));
    // A very long list and a very long token.
    QString many;
    for (int i = 0; i < 50000; ++i)
        many += QStringLiteral("user%1@example.org, ").arg(i);
    r = AddressParser::parseList(many);
    QVERIFY(r.ok());
    QCOMPARE(r.addresses.mailboxes().size(), 50000);
    r = AddressParser::parseList(QString(2000000, QLatin1Char('a')));
    QVERIFY(!r.ok());
    r = AddressParser::parseList(QString(1000000, QLatin1Char('<')));
    QVERIFY(!r.ok());
    r = AddressParser::parseList(QString(1000000, QLatin1Char('"')));
    QVERIFY(r.ok() || r.errorPosition >= 0);
    r = AddressParser::parseList(QString(500000, QLatin1Char('@')));
    QVERIFY(!r.ok());
    QString manyDots = QStringLiteral("a");
    for (int i = 0; i < 100000; ++i)
        manyDots += QStringLiteral(".a");
    r = AddressParser::parseList(manyDots + QStringLiteral("@b.test"), AddressParser::SkipInvalid);
    // A 200,001-character dot-atom is a local part by RFC 5322's grammar (SMTP's 64-octet limit is the
    // server's to apply).
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.addresses.mailboxes().size(), 1);
    QCOMPARE(r.addresses.mailboxes().first().address(), manyDots + QStringLiteral("@b.test"));
}

void TestAddressParser::addrSpecCheck()
{
    QVERIFY(AddressParser::isValidAddrSpec(QStringLiteral("a@b.test")));
    QVERIFY(AddressParser::isValidAddrSpec(QStringLiteral("\"a b\"@b.test")));
    QVERIFY(AddressParser::isValidAddrSpec(QString::fromUtf8("ü@bücher.example")));
    QString error;
    QVERIFY(!AddressParser::isValidAddrSpec(QStringLiteral("Name <a@b.test>"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!AddressParser::isValidAddrSpec(QStringLiteral("a@b.test, c@d.test")));
    QVERIFY(!AddressParser::isValidAddrSpec(QStringLiteral("a b@c.test")));
    QVERIFY(!AddressParser::isValidAddrSpec(QStringLiteral("a\r\nBcc: x@y.test")));
    QVERIFY(!AddressParser::isValidAddrSpec(QString()));
}

void TestAddressParser::envelopeHelpers()
{
    const auto one = AddressParser::parseMailbox(QStringLiteral("Jane <jane@example.org>"));
    QVERIFY(one.ok());
    const auto two = AddressParser::parseMailbox(QStringLiteral("a@b.test, c@d.test"));
    QVERIFY(!two.ok());
    QCOMPARE(two.errorPosition, 10);
    const auto none = AddressParser::parseMailbox(QStringLiteral("  "));
    QVERIFY(!none.ok());
}

QTEST_GUILESS_MAIN(TestAddressParser)
#include "tst_addressparser.moc"
