// The envelope commands as pure functions: the exact line for every parameter and capability, and every
// refusal made before a byte leaves (no socket, no server).
#include "smtp/smtpcommands.h"

#include <QTest>

namespace {

SmtpCapabilities caps(const QList<QByteArray> &keywords)
{
    QList<QByteArray> lines = { "fake.example.org" };
    lines += keywords;
    return SmtpCapabilities::fromEhloReply(SmtpReply(250, lines));
}

} // namespace

class TestSmtpCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xtext_data();
    void xtext();
    void address_data();
    void address();
    void hello();
    void mailFrom_data();
    void mailFrom();
    void mailFromWarnsWithoutDsn();
    void mailFromRequireTls_data();
    void mailFromRequireTls();
    void rcptTo_data();
    void rcptTo();
    void verify();
    void checkEnvelope_data();
    void checkEnvelope();
};

void TestSmtpCommands::xtext_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("abc@example.org") << QByteArray("abc@example.org");
    QTest::newRow("plus and equals") << QByteArray("a+b=c") << QByteArray("a+2Bb+3Dc");
    QTest::newRow("space and control") << QByteArray("a b\x01") << QByteArray("a+20b+01");
    QTest::newRow("8-bit") << QByteArray("\xc3\xa9") << QByteArray("+C3+A9");
    QTest::newRow("tilde and bang stay") << QByteArray("!~") << QByteArray("!~");
}

void TestSmtpCommands::xtext()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(SmtpCommands::xtext(in), out);
}

void TestSmtpCommands::address_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("error");
    const int ok = SmtpError::NoError;
    QTest::newRow("ascii") << QStringLiteral("bob@example.org") << false << QByteArray("bob@example.org")
                           << ok;
    QTest::newRow("idn domain as A-label") << QStringLiteral("bob@m\u00fcller.example") << false
                                           << QByteArray("bob@xn--mller-kva.example") << ok;
    QTest::newRow("idn domain kept with SMTPUTF8")
        << QStringLiteral("bob@m\u00fcller.example") << true << QByteArray("bob@m\xc3\xbcller.example") << ok;
    QTest::newRow("utf8 local part with SMTPUTF8")
        << QStringLiteral("j\u00f6rg@example.org") << true << QByteArray("j\xc3\xb6rg@example.org") << ok;
    QTest::newRow("utf8 local part without SMTPUTF8") << QStringLiteral("j\u00f6rg@example.org") << false
                                                      << QByteArray() << int(SmtpError::EightBitNotSupported);
    QTest::newRow("CRLF") << QStringLiteral("bob@example.org>\r\nRCPT TO:<evil@example.net") << false
                          << QByteArray() << int(SmtpError::InvalidInput);
    QTest::newRow("NUL") << QStringLiteral("bob@exa") + QChar(0) + QStringLiteral("mple.org") << true
                         << QByteArray() << int(SmtpError::InvalidInput);
    QTest::newRow("angle") << QStringLiteral("<bob@example.org") << false << QByteArray()
                           << int(SmtpError::InvalidInput);
    QTest::newRow("DEL") << QStringLiteral("bob\x7f@example.org") << false << QByteArray()
                         << int(SmtpError::InvalidInput);
    QTest::newRow("empty null sender") << QString() << false << QByteArray() << ok;
}

void TestSmtpCommands::address()
{
    QFETCH(QString, address);
    QFETCH(bool, utf8);
    QFETCH(QByteArray, line);
    QFETCH(int, error);
    const SmtpCommand c = SmtpCommands::address(address, utf8, Smtp::Step::RcptTo);
    QCOMPARE(int(c.error.code()), error);
    QCOMPARE(c.line, line);
    if (error != SmtpError::NoError) {
        QCOMPARE(c.error.step(), Smtp::Step::RcptTo);
        QVERIFY(!c.error.message().isEmpty());
        QVERIFY(!c.error.message().contains(QLatin1Char('\n')));
    }
}

void TestSmtpCommands::hello()
{
    QCOMPARE(SmtpCommands::hello("EHLO", QStringLiteral("client.example.org")).line,
        QByteArray("EHLO client.example.org"));
    QCOMPARE(SmtpCommands::hello("HELO", QStringLiteral("[192.0.2.1]")).line, QByteArray("HELO [192.0.2.1]"));
    for (const QString &bad :
        { QStringLiteral("a b"), QStringLiteral("a\r\nMAIL"), QStringLiteral("\u00e9t\u00e9") }) {
        const SmtpCommand c = SmtpCommands::hello("EHLO", bad);
        QCOMPARE(c.error.code(), SmtpError::InvalidInput);
        QVERIFY(c.line.isEmpty());
    }
}

void TestSmtpCommands::mailFrom_data()
{
    QTest::addColumn<QList<QByteArray>>("keywords");
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("body8bit");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QByteArray>("ret");
    QTest::addColumn<QString>("envid");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("error");
    const QString alice = QStringLiteral("alice@example.org");
    const int ok = SmtpError::NoError;
    QTest::newRow("bare") << QList<QByteArray> {} << alice << qint64(-1) << false << false << QByteArray()
                          << QString() << QByteArray("MAIL FROM:<alice@example.org>") << ok;
    QTest::newRow("null sender") << QList<QByteArray> {} << QString() << qint64(-1) << false << false
                                 << QByteArray() << QString() << QByteArray("MAIL FROM:<>") << ok;
    QTest::newRow("SIZE only when offered")
        << QList<QByteArray> {} << alice << qint64(500) << false << false << QByteArray() << QString()
        << QByteArray("MAIL FROM:<alice@example.org>") << ok;
    QTest::newRow("SIZE offered") << QList<QByteArray> { "SIZE 1000" } << alice << qint64(500) << false
                                  << false << QByteArray() << QString()
                                  << QByteArray("MAIL FROM:<alice@example.org> SIZE=500") << ok;
    QTest::newRow("SIZE without limit")
        << QList<QByteArray> { "SIZE" } << alice << qint64(5000000) << false << false << QByteArray()
        << QString() << QByteArray("MAIL FROM:<alice@example.org> SIZE=5000000") << ok;
    QTest::newRow("too large") << QList<QByteArray> { "SIZE 1000" } << alice << qint64(1001) << false << false
                               << QByteArray() << QString() << QByteArray()
                               << int(SmtpError::MessageTooLarge);
    QTest::newRow("8BITMIME") << QList<QByteArray> { "8BITMIME" } << alice << qint64(-1) << true << false
                              << QByteArray() << QString()
                              << QByteArray("MAIL FROM:<alice@example.org> BODY=8BITMIME") << ok;
    QTest::newRow("8-bit without 8BITMIME")
        << QList<QByteArray> {} << alice << qint64(-1) << true << false << QByteArray() << QString()
        << QByteArray() << int(SmtpError::EightBitNotSupported);
    QTest::newRow("UTF-8 headers") << QList<QByteArray> { "SMTPUTF8" } << alice << qint64(-1) << false << true
                                   << QByteArray() << QString()
                                   << QByteArray("MAIL FROM:<alice@example.org> SMTPUTF8") << ok;
    QTest::newRow("UTF-8 headers without SMTPUTF8")
        << QList<QByteArray> {} << alice << qint64(-1) << false << true << QByteArray() << QString()
        << QByteArray() << int(SmtpError::EightBitNotSupported);
    QTest::newRow("UTF-8 sender implies SMTPUTF8")
        << QList<QByteArray> { "SMTPUTF8" } << QStringLiteral("j\u00f6rg@example.org") << qint64(-1) << false
        << false << QByteArray() << QString() << QByteArray("MAIL FROM:<j\xc3\xb6rg@example.org> SMTPUTF8")
        << ok;
    QTest::newRow("IDN sender domain alone does not")
        << QList<QByteArray> { "SMTPUTF8" } << QStringLiteral("bob@m\u00fcller.example") << qint64(-1)
        << false << false << QByteArray() << QString() << QByteArray("MAIL FROM:<bob@xn--mller-kva.example>")
        << ok;
    QTest::newRow("DSN") << QList<QByteArray> { "DSN" } << alice << qint64(-1) << false << false
                         << QByteArray("hdrs") << QStringLiteral("QQ+id=1")
                         << QByteArray("MAIL FROM:<alice@example.org> RET=HDRS ENVID=QQ+2Bid+3D1") << ok;
    QTest::newRow("bad RET") << QList<QByteArray> { "DSN" } << alice << qint64(-1) << false << false
                             << QByteArray("ALL") << QString() << QByteArray()
                             << int(SmtpError::InvalidInput);
    QTest::newRow("everything, in order")
        << QList<QByteArray> { "SIZE 100000", "8BITMIME", "SMTPUTF8", "DSN" } << alice << qint64(42) << true
        << true << QByteArray("FULL") << QStringLiteral("x")
        << QByteArray("MAIL FROM:<alice@example.org> SIZE=42 BODY=8BITMIME SMTPUTF8 RET=FULL ENVID=x") << ok;
    QTest::newRow("CRLF in sender") << QList<QByteArray> {} << QStringLiteral("a@b\r\nRSET") << qint64(-1)
                                    << false << false << QByteArray() << QString() << QByteArray()
                                    << int(SmtpError::InvalidInput);
}

void TestSmtpCommands::mailFrom()
{
    QFETCH(QList<QByteArray>, keywords);
    QFETCH(QString, from);
    QFETCH(qint64, size);
    QFETCH(bool, body8bit);
    QFETCH(bool, smtpUtf8);
    QFETCH(QByteArray, ret);
    QFETCH(QString, envid);
    QFETCH(QByteArray, line);
    QFETCH(int, error);
    SmtpMailParameters p;
    p.size = size;
    p.body8bit = body8bit;
    p.smtpUtf8 = smtpUtf8;
    p.dsnReturn = ret;
    p.dsnEnvelopeId = envid;
    const SmtpCommand c = SmtpCommands::mailFrom(from, p, caps(keywords));
    QCOMPARE(int(c.error.code()), error);
    QCOMPARE(c.line, line);
    QCOMPARE(c.smtpUtf8, line.contains(" SMTPUTF8"));
    QVERIFY(c.warnings.isEmpty());
}

void TestSmtpCommands::mailFromWarnsWithoutDsn()
{
    SmtpMailParameters p;
    p.dsnReturn = "FULL";
    const SmtpCommand c = SmtpCommands::mailFrom(QStringLiteral("alice@example.org"), p, caps({}));
    QVERIFY(c.isValid());
    QCOMPARE(c.line, QByteArray("MAIL FROM:<alice@example.org>"));
    QCOMPARE(c.warnings.size(), 1);
}

void TestSmtpCommands::mailFromRequireTls_data()
{
    QTest::addColumn<QList<QByteArray>>("keywords");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<bool>("tlsNotRequired");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("error");
    const int ok = SmtpError::NoError;
    const int refused = SmtpError::RequireTlsNotOffered;
    QTest::newRow("REQUIRETLS offered, TLS")
        << QList<QByteArray> { "REQUIRETLS", "SIZE 100" } << true << true << false
        << QByteArray("MAIL FROM:<alice@example.org> SIZE=10 REQUIRETLS") << ok;
    QTest::newRow("not offered") << QList<QByteArray> { "SIZE 100" } << true << true << false << QByteArray()
                                 << refused;
    QTest::newRow("offered, but no TLS")
        << QList<QByteArray> { "REQUIRETLS" } << false << true << false << QByteArray() << refused;
    QTest::newRow("TLS-Required: No counts in SIZE, no REQUIRETLS")
        << QList<QByteArray> { "REQUIRETLS", "SIZE 100" } << true << true << true
        << QByteArray("MAIL FROM:<alice@example.org> SIZE=28") << ok;
    QTest::newRow("TLS-Required: No makes a message too large")
        << QList<QByteArray> { "SIZE 20" } << true << false << true << QByteArray()
        << int(SmtpError::MessageTooLarge);
}

void TestSmtpCommands::mailFromRequireTls()
{
    QFETCH(QList<QByteArray>, keywords);
    QFETCH(bool, encrypted);
    QFETCH(bool, requireTls);
    QFETCH(bool, tlsNotRequired);
    QFETCH(QByteArray, line);
    QFETCH(int, error);
    SmtpMailParameters p;
    p.size = 10;
    p.requireTls = requireTls;
    p.tlsNotRequired = tlsNotRequired;
    const SmtpCommand c = SmtpCommands::mailFrom(
        QStringLiteral("alice@example.org"), p, caps(keywords), encrypted, QStringLiteral("mx:25"));
    QCOMPARE(int(c.error.code()), error);
    QCOMPARE(c.line, line);
    if (error == SmtpError::RequireTlsNotOffered) {
        QVERIFY(c.error.message().contains(QLatin1String("mx:25")));
        QCOMPARE(c.error.exitCode(), 69);
    }
}

void TestSmtpCommands::rcptTo_data()
{
    QTest::addColumn<QList<QByteArray>>("keywords");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QList<QByteArray>>("notify");
    QTest::addColumn<QString>("orcpt");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("error");
    const QString bob = QStringLiteral("bob@example.org");
    const int ok = SmtpError::NoError;
    QTest::newRow("bare") << QList<QByteArray> {} << bob << false << QList<QByteArray> {} << QString()
                          << QByteArray("RCPT TO:<bob@example.org>") << 0 << ok;
    QTest::newRow("NOTIFY and ORCPT")
        << QList<QByteArray> { "DSN" } << bob << false << QList<QByteArray> { "success", "Failure" } << bob
        << QByteArray("RCPT TO:<bob@example.org> NOTIFY=SUCCESS,FAILURE "
                      "ORCPT=rfc822;bob@example.org")
        << 0 << ok;
    QTest::newRow("NEVER") << QList<QByteArray> { "DSN" } << bob << false << QList<QByteArray> { "never" }
                           << QString() << QByteArray("RCPT TO:<bob@example.org> NOTIFY=NEVER") << 0 << ok;
    QTest::newRow("NEVER combined") << QList<QByteArray> { "DSN" } << bob << false
                                    << QList<QByteArray> { "NEVER", "DELAY" } << QString() << QByteArray()
                                    << 0 << int(SmtpError::InvalidInput);
    QTest::newRow("unknown NOTIFY") << QList<QByteArray> { "DSN" } << bob << false
                                    << QList<QByteArray> { "ALWAYS" } << QString() << QByteArray() << 0
                                    << int(SmtpError::InvalidInput);
    QTest::newRow("DSN not offered: left out, warned")
        << QList<QByteArray> {} << bob << false << QList<QByteArray> { "SUCCESS" } << QString()
        << QByteArray("RCPT TO:<bob@example.org>") << 1 << ok;
    QTest::newRow("non-ASCII ORCPT left out")
        << QList<QByteArray> { "DSN" } << bob << false << QList<QByteArray> {}
        << QStringLiteral("b\u00f6b@example.org") << QByteArray("RCPT TO:<bob@example.org>") << 0 << ok;
    QTest::newRow("UTF-8 in a SMTPUTF8 transaction")
        << QList<QByteArray> { "SMTPUTF8" } << QStringLiteral("j\u00f6rg@example.org") << true
        << QList<QByteArray> {} << QString() << QByteArray("RCPT TO:<j\xc3\xb6rg@example.org>") << 0 << ok;
    QTest::newRow("empty") << QList<QByteArray> {} << QString() << false << QList<QByteArray> {} << QString()
                           << QByteArray() << 0 << int(SmtpError::InvalidInput);
    QTest::newRow("LF") << QList<QByteArray> {} << QStringLiteral("bob@example.org\nDATA") << false
                        << QList<QByteArray> {} << QString() << QByteArray() << 0
                        << int(SmtpError::InvalidInput);
}

void TestSmtpCommands::rcptTo()
{
    QFETCH(QList<QByteArray>, keywords);
    QFETCH(QString, to);
    QFETCH(bool, utf8);
    QFETCH(QList<QByteArray>, notify);
    QFETCH(QString, orcpt);
    QFETCH(QByteArray, line);
    QFETCH(int, warnings);
    QFETCH(int, error);
    SmtpRcptParameters p;
    p.notify = notify;
    p.originalRecipient = orcpt;
    const SmtpCommand c = SmtpCommands::rcptTo(to, p, caps(keywords), utf8);
    QCOMPARE(int(c.error.code()), error);
    QCOMPARE(c.line, line);
    QCOMPARE(c.warnings.size(), warnings);
    if (error != SmtpError::NoError) {
        QCOMPARE(c.error.step(), Smtp::Step::RcptTo);
    }
}

void TestSmtpCommands::verify()
{
    QCOMPARE(SmtpCommands::verify(QStringLiteral("bob"), caps({})).line, QByteArray("VRFY bob"));
    QCOMPARE(SmtpCommands::verify(QStringLiteral("j\u00f6rg"), caps({ "SMTPUTF8" })).line,
        QByteArray("VRFY j\xc3\xb6rg SMTPUTF8"));
    QCOMPARE(
        SmtpCommands::verify(QStringLiteral("bob\r\nQUIT"), caps({})).error.code(), SmtpError::InvalidInput);
}

void TestSmtpCommands::checkEnvelope_data()
{
    QTest::addColumn<QList<QByteArray>>("keywords");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<bool>("utf8Headers");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("needsUtf8");
    const QString alice = QStringLiteral("alice@example.org");
    const QStringList bob = { QStringLiteral("bob@example.org") };
    const int ok = SmtpError::NoError;
    const int mail = int(Smtp::Step::MailFrom);
    const int rcpt = int(Smtp::Step::RcptTo);
    QTest::newRow("fine") << QList<QByteArray> {} << alice << bob << false << ok << 0 << false;
    QTest::newRow("no recipients") << QList<QByteArray> {} << alice << QStringList() << false
                                   << int(SmtpError::InvalidInput) << rcpt << false;
    QTest::newRow("CR in sender") << QList<QByteArray> {} << QStringLiteral("a\r@b") << bob << false
                                  << int(SmtpError::InvalidInput) << mail << false;
    QTest::newRow("LF in second recipient")
        << QList<QByteArray> {} << alice << QStringList { QStringLiteral("b@c"), QStringLiteral("d\n@e") }
        << false << int(SmtpError::InvalidInput) << rcpt << false;
    QTest::newRow("UTF-8 recipient without SMTPUTF8")
        << QList<QByteArray> {} << alice << QStringList { QStringLiteral("j\u00f6rg@example.org") } << false
        << int(SmtpError::EightBitNotSupported) << rcpt << false;
    QTest::newRow("UTF-8 recipient with SMTPUTF8")
        << QList<QByteArray> { "SMTPUTF8" } << alice
        << QStringList { QStringLiteral("j\u00f6rg@example.org") } << false << ok << 0 << true;
    QTest::newRow("IDN domain needs no SMTPUTF8")
        << QList<QByteArray> {} << alice << QStringList { QStringLiteral("bob@m\u00fcller.example") } << false
        << ok << 0 << false;
    QTest::newRow("UTF-8 headers") << QList<QByteArray> { "SMTPUTF8" } << alice << bob << true << ok << 0
                                   << true;
}

void TestSmtpCommands::checkEnvelope()
{
    QFETCH(QList<QByteArray>, keywords);
    QFETCH(QString, from);
    QFETCH(QStringList, to);
    QFETCH(bool, utf8Headers);
    QFETCH(int, error);
    QFETCH(int, step);
    QFETCH(bool, needsUtf8);
    bool needs = false;
    const SmtpError e = SmtpCommands::checkEnvelope(from, to, utf8Headers, caps(keywords), &needs);
    QCOMPARE(int(e.code()), error);
    if (error != SmtpError::NoError) {
        QCOMPARE(int(e.step()), step);
        QVERIFY(!e.message().isEmpty());
    } else {
        QCOMPARE(needs, needsUtf8);
    }
}

QTEST_GUILESS_MAIN(TestSmtpCommands)
#include "tst_smtpcommands.moc"
