// The pure parts of the IMAP client, without a socket: the incremental, bounded response parser,
// capabilities, modified UTF-7 mailbox names, LIST entries, the bytes of each command, and the choice of the
// Sent folder.
#include "imap/imapcapabilities.h"
#include "imap/imapcommand.h"
#include "imap/imapmailbox.h"
#include "imap/imapresponseparser.h"
#include "imap/imapsentfolder.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

namespace {

QList<ImapResponse> parseAll(const QByteArray &input, bool *ok = nullptr, QString *error = nullptr)
{
    ImapResponseParser parser;
    QList<ImapResponse> out;
    const bool result = parser.feed(input, &out);
    if (ok) {
        *ok = result;
    }
    if (error) {
        *error = parser.errorString();
    }
    return out;
}

ImapResponse parseOne(const QByteArray &input)
{
    const QList<ImapResponse> all = parseAll(input);
    return all.size() == 1 ? all.first() : ImapResponse();
}

} // namespace

class TestImapParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taggedStatus_data();
    void taggedStatus();
    void untaggedData();
    void continuation();
    void literalsAcrossFeeds();
    void nonSynchronizingAndBinaryLiterals();
    void emptyLiteral();
    void byteByByteGivesTheSameResponses();
    void bareLineFeedTolerated();
    void responseTooLarge();
    void literalTooLargeFailsBeforeReading();
    void deepNestingIsBoundedNotRecursive();
    void malformedIsDeliveredNotFatal_data();
    void malformedIsDeliveredNotFatal();
    void errorIsSticky();

    void capabilities();
    void mailboxNames_data();
    void mailboxNames();
    void mailboxNamesInvalidKeptReadable();
    void listEntries();

    void commands_data();
    void commands();
    void commandsRefuseLineBreaks();
    void internalDate();
    void sentFolderChoice();
};

void TestImapParser::taggedStatus_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("codeData");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("ok") << QByteArray("A1 OK done\r\n") << int(ImapResponse::Status::Ok) << QByteArray()
                        << QByteArray() << QByteArray("done");
    QTest::newRow("appenduid") << QByteArray("A3 OK [APPENDUID 38505 3955] APPEND completed\r\n")
                               << int(ImapResponse::Status::Ok) << QByteArray("APPENDUID")
                               << QByteArray("38505 3955") << QByteArray("APPEND completed");
    QTest::newRow("overquota") << QByteArray(
        "A3 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)\r\n")
                               << int(ImapResponse::Status::No) << QByteArray("OVERQUOTA") << QByteArray()
                               << QByteArray("Quota exceeded (mailbox for user is full)");
    QTest::newRow("trycreate lower-case")
        << QByteArray("a9 no [trycreate] Mailbox doesn't exist: Sent\r\n") << int(ImapResponse::Status::No)
        << QByteArray("TRYCREATE") << QByteArray() << QByteArray("Mailbox doesn't exist: Sent");
    QTest::newRow("bad no text") << QByteArray("A2 BAD\r\n") << int(ImapResponse::Status::Bad) << QByteArray()
                                 << QByteArray() << QByteArray();
    QTest::newRow("capability code") << QByteArray(
        "A1 OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+] Logged in\r\n")
                                     << int(ImapResponse::Status::Ok) << QByteArray("CAPABILITY")
                                     << QByteArray("IMAP4rev1 SASL-IR LITERAL+") << QByteArray("Logged in");
}

void TestImapParser::taggedStatus()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, codeData);
    QFETCH(QByteArray, text);
    const ImapResponse r = parseOne(wire);
    QVERIFY(r.isTagged());
    QCOMPARE(int(r.status()), status);
    QCOMPARE(r.code(), code);
    QCOMPARE(r.codeData(), codeData);
    QCOMPARE(r.text(), text);
    QVERIFY(r.isWellFormed());
    QCOMPARE(r.wire(), wire);
}

void TestImapParser::untaggedData()
{
    const QList<ImapResponse> all = parseAll("* 23 EXISTS\r\n"
                                             "* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Items\"\r\n"
                                             "* SEARCH 2 84 882\r\n"
                                             "* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=SCRAM-SHA-256\r\n"
                                             "* OK [ALERT] System shutdown in 10 minutes\r\n"
                                             "* FLAGS (\\Answered \\Flagged NIL)\r\n");
    QCOMPARE(all.size(), 6);
    QVERIFY(all[0].hasNumber());
    QCOMPARE(all[0].number(), 23u);
    QCOMPARE(all[0].keyword(), QByteArray("EXISTS"));

    QCOMPARE(all[1].keyword(), QByteArray("LIST"));
    QCOMPARE(all[1].values().size(), size_t(3));
    QVERIFY(all[1].values()[0].isList());
    QCOMPARE(all[1].values()[0].items().size(), size_t(2));
    QVERIFY(all[1].values()[0].items()[1].isAtom("\\SENT"));
    QCOMPARE(all[1].values()[2].bytes(), QByteArray("Sent Items"));
    QCOMPARE(all[1].values()[2].type(), ImapValue::Type::String);

    QCOMPARE(all[2].keyword(), QByteArray("SEARCH"));
    QCOMPARE(all[2].values().size(), size_t(3));
    QCOMPARE(all[2].values()[2].toNumber(), 882u);

    QCOMPARE(all[4].status(), ImapResponse::Status::Ok);
    QCOMPARE(all[4].code(), QByteArray("ALERT"));
    QCOMPARE(all[4].message(), QStringLiteral("System shutdown in 10 minutes"));

    QVERIFY(all[5].values()[0].items()[2].isNil());
    for (const ImapResponse &r : all) {
        QVERIFY2(r.isWellFormed(), qPrintable(r.summary()));
        QVERIFY(r.isUntagged());
    }
}

void TestImapParser::continuation()
{
    QCOMPARE(parseOne("+ Ready for literal data\r\n").text(), QByteArray("Ready for literal data"));
    QVERIFY(parseOne("+ Ready\r\n").isContinuation());
    // RFC 9051 7.5: base64 challenge; some servers leave out the space or the text.
    QCOMPARE(parseOne("+ cj1mb28=\r\n").text(), QByteArray("cj1mb28="));
    QCOMPARE(parseOne("+\r\n").text(), QByteArray());
    QCOMPARE(parseOne("+cj1mb28=\r\n").text(), QByteArray("cj1mb28="));
}

void TestImapParser::literalsAcrossFeeds()
{
    ImapResponseParser parser;
    QList<ImapResponse> out;
    QVERIFY(parser.feed("* LIST () \"/\" {10}\r\nSent", &out));
    QVERIFY(out.isEmpty());
    QVERIFY(parser.bufferedBytes() > 0);
    QVERIFY(parser.feed(" Mail\r", &out));
    QVERIFY(out.isEmpty()); // the literal is complete (its last byte a CR), the line it sits on is not
    QVERIFY(parser.feed("\r\nA1 OK done\r\n", &out));
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].values()[2].bytes(), QByteArray("Sent Mail\r"));
    QCOMPARE(out[1].tag(), QByteArray("A1"));
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
}

void TestImapParser::nonSynchronizingAndBinaryLiterals()
{
    const QList<ImapResponse> all = parseAll("* 1 FETCH (BODY[] {3+}\r\nabc FLAGS (\\Seen))\r\n"
                                             "* 2 FETCH (BINARY[] ~{2}\r\n\x01\x02)\r\n");
    QCOMPARE(all.size(), 2);
    const ImapValue &fetch = all[0].values()[0];
    QVERIFY(fetch.isList());
    QCOMPARE(fetch.items().size(), size_t(4));
    QCOMPARE(fetch.items()[0].bytes(), QByteArray("BODY[]"));
    QCOMPARE(fetch.items()[1].bytes(), QByteArray("abc"));
    QCOMPARE(all[1].values()[0].items()[1].bytes(), QByteArray("\x01\x02"));
    QVERIFY(all[0].isWellFormed());
    QVERIFY(all[1].isWellFormed());
}

void TestImapParser::emptyLiteral()
{
    const ImapResponse r = parseOne("* LIST () NIL {0}\r\n\r\n");
    QCOMPARE(r.values().size(), size_t(3));
    QVERIFY(r.values()[1].isNil());
    QCOMPARE(r.values()[2].bytes(), QByteArray());
}

void TestImapParser::byteByByteGivesTheSameResponses()
{
    const QByteArray input
        = "* OK [CAPABILITY IMAP4rev1 LITERAL+] hi\r\n* LIST (\\Noselect) \".\" {5}\r\nINBOX\r\n"
          "+ go\r\nA12 OK [APPENDUID 1 2] ok\r\n";
    const QList<ImapResponse> whole = parseAll(input);
    ImapResponseParser parser;
    QList<ImapResponse> pieces;
    for (const char c : input) {
        QVERIFY(parser.feed(QByteArray(1, c), &pieces));
    }
    QCOMPARE(pieces.size(), 4);
    QCOMPARE(pieces, whole);
}

void TestImapParser::bareLineFeedTolerated()
{
    const QList<ImapResponse> all = parseAll("* OK hi\nA1 OK done\n");
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[1].text(), QByteArray("done"));
}

void TestImapParser::responseTooLarge()
{
    ImapResponseParser::Limits limits;
    limits.maxResponseSize = 1000;
    ImapResponseParser parser(limits);
    QList<ImapResponse> out;
    // An endless line: memory never grows past the limit, and the error comes once the limit is passed.
    bool ok = true;
    for (int i = 0; i < 100 && ok; ++i) {
        ok = parser.feed(QByteArray(100, 'x'), &out);
        QVERIFY(parser.bufferedBytes() <= 1000);
    }
    QVERIFY(!ok);
    QVERIFY(parser.errorString().contains(QLatin1String("1000")));
}

void TestImapParser::literalTooLargeFailsBeforeReading()
{
    ImapResponseParser parser;
    QList<ImapResponse> out;
    // 10 GB announced: refused at the announcement, nothing of it read or kept.
    QVERIFY(!parser.feed("* 1 FETCH (BODY[] {9999999999}\r\n", &out));
    QVERIFY(parser.errorString().contains(QLatin1String("9999999999")));
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));

    ImapResponseParser::Limits limits;
    limits.maxLiteralSize = 100;
    ImapResponseParser small(limits);
    QVERIFY(small.feed("* LIST () \"/\" {100}\r\n", &out));
    small.reset();
    QVERIFY(!small.feed("* LIST () \"/\" {101}\r\n", &out));
}

void TestImapParser::deepNestingIsBoundedNotRecursive()
{
    // A server could nest a million parentheses; the reader keeps its own stack, bounded, and gives up on
    // the response's data without failing the parse (the framing was fine).
    const QByteArray deep = "* 1 FETCH " + QByteArray(200000, '(') + QByteArray(200000, ')') + "\r\n";
    const ImapResponse r = parseOne(deep);
    QVERIFY(!r.isWellFormed());
    QCOMPARE(r.keyword(), QByteArray("FETCH"));

    QByteArray allowed = "* 1 X " + QByteArray(32, '(') + "a" + QByteArray(32, ')') + "\r\n";
    QVERIFY(parseOne(allowed).isWellFormed());
    QByteArray tooDeep = "* 1 X " + QByteArray(34, '(') + "a" + QByteArray(34, ')') + "\r\n";
    QVERIFY(!parseOne(tooDeep).isWellFormed());
}

void TestImapParser::malformedIsDeliveredNotFatal_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("unclosed list") << QByteArray("* LIST (\\Sent \"/\" Sent\r\n");
    QTest::newRow("stray paren") << QByteArray("* LIST ()) \"/\" Sent\r\n");
    QTest::newRow("unclosed quote") << QByteArray("* LIST () \"/\" \"Sent\r\n");
    QTest::newRow("unclosed code") << QByteArray("A1 OK [APPENDUID 1 2 done\r\n");
    QTest::newRow("tagged data") << QByteArray("A1 LIST () \"/\" x\r\n");
    QTest::newRow("empty line") << QByteArray("\r\n");
}

void TestImapParser::malformedIsDeliveredNotFatal()
{
    QFETCH(QByteArray, wire);
    bool ok = false;
    const QList<ImapResponse> all = parseAll(wire + "A2 OK next\r\n", &ok);
    QVERIFY(ok);
    QCOMPARE(all.size(), 2);
    QVERIFY(!all[0].isWellFormed());
    QCOMPARE(all[1].tag(), QByteArray("A2"));
}

void TestImapParser::errorIsSticky()
{
    ImapResponseParser parser;
    QList<ImapResponse> out;
    QVERIFY(!parser.feed("* X {99999999999}\r\n", &out));
    QVERIFY(!parser.feed("A1 OK fine\r\n", &out));
    QVERIFY(out.isEmpty());
    parser.reset();
    QVERIFY(parser.feed("A1 OK fine\r\n", &out));
    QCOMPARE(out.size(), 1);
}

void TestImapParser::capabilities()
{
    const ImapCapabilities c = ImapCapabilities::fromResponse(
        parseOne("* CAPABILITY IMAP4rev1 SASL-IR LITERAL- AUTH=PLAIN auth=scram-sha-256 SPECIAL-USE "
                 "APPENDLIMIT=35651584 LOGINDISABLED\r\n"));
    QVERIFY(c.has("imap4rev1"));
    QCOMPARE(c.authMechanisms(), QList<QByteArray>({ "PLAIN", "SCRAM-SHA-256" }));
    QVERIFY(c.saslInitialResponse());
    QVERIFY(c.loginDisabled());
    QVERIFY(!c.literalPlus());
    QVERIFY(c.nonSynchronizingLiteral(4096));
    QVERIFY(!c.nonSynchronizingLiteral(4097));
    QCOMPARE(c.appendLimit(), qint64(35651584));
    QVERIFY(c.specialUse());
    QVERIFY(!c.listExtended());

    const ImapCapabilities fromCode
        = ImapCapabilities::fromResponse(parseOne("* OK [CAPABILITY IMAP4rev1 LITERAL+ STARTTLS] ready\r\n"));
    QVERIFY(fromCode.literalPlus());
    QVERIFY(fromCode.startTls());
    QVERIFY(fromCode.nonSynchronizingLiteral(100 * 1024 * 1024));
    QCOMPARE(fromCode.appendLimit(), qint64(-1));
}

void TestImapParser::mailboxNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("ascii") << QStringLiteral("Sent Items") << QByteArray("Sent Items");
    QTest::newRow("ampersand") << QStringLiteral("Tom & Jerry") << QByteArray("Tom &- Jerry");
    // RFC 3501 5.1.3's own example.
    QTest::newRow("rfc3501") << QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e")
                             << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("german") << QStringLiteral("Entw\u00fcrfe") << QByteArray("Entw&APw-rfe");
    QTest::newRow("russian") << QStringLiteral(
        "\u041e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u0435")
                             << QByteArray("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-");
    QTest::newRow("astral") << QStringLiteral("Mail \U0001F4E8") << QByteArray("Mail &2D3c6A-");
}

void TestImapParser::mailboxNames()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, wire);
    QCOMPARE(ImapMailbox::encodeName(name), wire);
    QCOMPARE(ImapMailbox::decodeName(wire), name);
}

void TestImapParser::mailboxNamesInvalidKeptReadable()
{
    // Not modified UTF-7 (raw UTF-8, an unterminated shift, encoded ASCII): shown as UTF-8, never dropped.
    QCOMPARE(ImapMailbox::decodeName("Gesendete \xc3\xbc"), QStringLiteral("Gesendete \u00fc"));
    QCOMPARE(ImapMailbox::decodeName("A&B"), QStringLiteral("A&B"));
    QCOMPARE(ImapMailbox::decodeName("&AEEAQg-"), QStringLiteral("&AEEAQg-"));
}

void TestImapParser::listEntries()
{
    ImapMailbox m;
    QVERIFY(ImapMailbox::fromListResponse(
        parseOne("* LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"\r\n"), &m));
    QCOMPARE(m.name, QStringLiteral("[Gmail]/Sent Mail"));
    QCOMPARE(m.leafName(), QStringLiteral("Sent Mail"));
    QCOMPARE(m.delimiter, QLatin1Char('/'));
    QVERIFY(m.hasAttribute("\\sent"));
    QVERIFY(m.isSelectable());

    QVERIFY(ImapMailbox::fromListResponse(parseOne("* LIST (\\Noselect) NIL {9}\r\nINBOX.Top\r\n"), &m));
    QVERIFY(m.delimiter.isNull());
    QVERIFY(!m.isSelectable());
    QCOMPARE(m.wireName, QByteArray("INBOX.Top"));

    QVERIFY(!ImapMailbox::fromListResponse(parseOne("* LIST \\Sent \"/\" Sent\r\n"), &m));
    QVERIFY(!ImapMailbox::fromListResponse(parseOne("* LIST () \"//\" Sent\r\n"), &m));
    QVERIFY(!ImapMailbox::fromListResponse(parseOne("* LSUB () \"/\" Sent\r\n"), &m));
}

void TestImapParser::commands_data()
{
    QTest::addColumn<QByteArray>("display");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("capability") << ImapCommand::capability().toDisplay("A1") << QByteArray("A1 CAPABILITY");
    QTest::newRow("login quoted")
        << ImapCommand::login("alice@example.test", "correct \"horse\\").toDisplay("A2")
        << QByteArray("A2 LOGIN \"alice@example.test\" \"correct \\\"horse\\\\\"");
    QTest::newRow("login 8-bit literal") << ImapCommand::login("bob", "p\xc3\xa4ss").toDisplay("A2")
                                         << QByteArray("A2 LOGIN \"bob\" {5+}\r\np\xc3\xa4ss");
    const QByteArray initial("\0alice\0pw", 9);
    QTest::newRow("authenticate ir") << ImapCommand::authenticate("PLAIN", &initial).toDisplay("A3")
                                     << QByteArray("A3 AUTHENTICATE PLAIN AGFsaWNlAHB3");
    const QByteArray empty;
    QTest::newRow("authenticate empty ir") << ImapCommand::authenticate("EXTERNAL", &empty).toDisplay("A3")
                                           << QByteArray("A3 AUTHENTICATE EXTERNAL =");
    QTest::newRow("list special-use") << ImapCommand::list("*", true).toDisplay("A4")
                                      << QByteArray("A4 LIST \"\" \"*\" RETURN (SPECIAL-USE)");
    QTest::newRow("create use") << ImapCommand::create("Sent", { "\\Sent" }).toDisplay("A5")
                                << QByteArray("A5 CREATE \"Sent\" (USE (\\Sent))");
    QTest::newRow("search") << ImapCommand::uidSearchHeader("Message-ID", "<a@b>").toDisplay("A6")
                            << QByteArray("A6 UID SEARCH HEADER Message-ID \"<a@b>\"");
    QBuffer buffer;
    buffer.setData("hello");
    buffer.open(QIODevice::ReadOnly);
    const QDateTime when(QDate(2025, 3, 4), QTime(9, 5, 0), QTimeZone(3600));
    QTest::newRow("append") << ImapCommand::append("Sent", &buffer, 5, { "\\Seen" }, when).toDisplay("A7")
                            << QByteArray("A7 APPEND \"Sent\" (\\Seen) \"04-Mar-2025 09:05:00 +0100\" {5+}");
}

void TestImapParser::commands()
{
    QFETCH(QByteArray, display);
    QFETCH(QByteArray, expected);
    QCOMPARE(display, expected);
}

void TestImapParser::commandsRefuseLineBreaks()
{
    // A folder or search text with CR/LF would let a value smuggle a second command: never built.
    const ImapCommand create = ImapCommand::create("Sent\r\nA9 DELETE INBOX", {});
    QVERIFY(!create.isValid());
    QCOMPARE(create.errorCode(), ImapError::InvalidInput);
    QVERIFY(!ImapCommand::uidSearchHeader("Message-ID", "<a@b>\nA9 LOGOUT").isValid());
    QVERIFY(!ImapCommand::uidSearchHeader("Message ID", "<a@b>").isValid());
    QVERIFY(!ImapCommand::login(QByteArray("alice\0", 6), "x").isValid());
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(!ImapCommand::append("Sent", &buffer, 0, { "\\Seen)" }, {}).isValid());
    QVERIFY(!ImapCommand::append("Sent", nullptr, 0, {}, {}).isValid());
}

void TestImapParser::internalDate()
{
    const QDateTime when(QDate(2024, 12, 31), QTime(23, 59, 58), QTimeZone(-(4 * 3600 + 30 * 60)));
    QCOMPARE(ImapCommand::internalDate(when), QByteArray("31-Dec-2024 23:59:58 -0430"));
}

void TestImapParser::sentFolderChoice()
{
    const auto mailbox = [](const QByteArray &line) {
        ImapMailbox m;
        ImapMailbox::fromListResponse(parseOne(line + "\r\n"), &m);
        return m;
    };
    const ImapMailbox inbox = mailbox("* LIST (\\HasChildren) \".\" INBOX");
    const ImapMailbox sentByName = mailbox("* LIST () \".\" INBOX.Sent");
    const ImapMailbox marked = mailbox("* LIST (\\Sent) \".\" \"INBOX.Gesendete Objekte\"");
    const ImapMailbox noselect = mailbox("* LIST (\\Sent \\Noselect) \".\" Old");

    ImapSentFolder f
        = ImapSentFolder::choose({ inbox, sentByName, noselect, marked }, QStringLiteral("Sent"));
    QCOMPARE(f.how, ImapSentFolder::How::SpecialUse);
    QCOMPARE(f.name, QStringLiteral("INBOX.Gesendete Objekte"));
    QVERIFY(f.exists);

    f = ImapSentFolder::choose({ inbox, sentByName }, QStringLiteral("Sent"));
    QCOMPARE(f.how, ImapSentFolder::How::ByName);
    QCOMPARE(f.wireName, QByteArray("INBOX.Sent"));

    f = ImapSentFolder::choose({ inbox }, QStringLiteral("Gesendet"));
    QCOMPARE(f.how, ImapSentFolder::How::Configured);
    QVERIFY(!f.exists);
    QCOMPARE(f.wireName, QByteArray("Gesendet"));
}

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imapparser.moc"
