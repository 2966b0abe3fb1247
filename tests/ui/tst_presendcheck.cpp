#include "addresslineedit.h"
#include "store/presendcheck.h"

#include <QTest>

Q_DECLARE_METATYPE(PreSendCheck::Kind)

// The pre-send rules on their own (the composer's dialogs for them are in tst_composer), the attachment
// keyword list, and how pasted address lists are normalised.
class TestPreSendCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issues_data();
    void issues();
    void blockingFirst();
    void keywords_data();
    void keywords();
    void pastedLists_data();
    void pastedLists();
};

namespace {
PreSendCheck::Input good()
{
    PreSendCheck::Input in;
    in.to = QStringLiteral("Bob <bob@example.test>");
    in.subject = QStringLiteral("Lunch");
    in.bodyText = QStringLiteral("See you at noon.");
    return in;
}
} // namespace

void TestPreSendCheck::issues_data()
{
    QTest::addColumn<PreSendCheck::Input>("input");
    QTest::addColumn<QList<PreSendCheck::Kind>>("kinds");
    using K = PreSendCheck::Kind;

    QTest::newRow("fine") << good() << QList<K> {};
    PreSendCheck::Input in = good();
    in.to.clear();
    QTest::newRow("no recipients") << in << QList<K> { K::NoRecipients };
    in.bcc = QStringLiteral("hidden@example.test");
    QTest::newRow("bcc only is enough") << in << QList<K> {};
    in = good();
    in.cc = QStringLiteral("carol@");
    QTest::newRow("invalid cc") << in << QList<K> { K::InvalidAddress };
    in = good();
    in.to = QStringLiteral("bob@example.test, <broken");
    QTest::newRow("invalid to, no 'no recipients' on top") << in << QList<K> { K::InvalidAddress };
    in = good();
    in.subject = QStringLiteral("   ");
    QTest::newRow("empty subject") << in << QList<K> { K::EmptySubject };
    in = good();
    in.bodyText = QStringLiteral("The report is attached.");
    QTest::newRow("attachment mentioned") << in << QList<K> { K::AttachmentMentioned };
    in.attachmentCount = 1;
    QTest::newRow("attachment mentioned and there") << in << QList<K> {};
    in = good();
    in.subject = QStringLiteral("Rechnung im Anhang");
    QTest::newRow("keyword in the subject") << in << QList<K> { K::AttachmentMentioned };
    in = good();
    in.messageSize = 12 * 1024 * 1024;
    in.sizeLimit = 10 * 1024 * 1024;
    QTest::newRow("too large") << in << QList<K> { K::TooLarge };
    in.sizeLimit = 0;
    QTest::newRow("SIZE without a limit") << in << QList<K> {};
    in.sizeLimit = -1;
    QTest::newRow("limit unknown") << in << QList<K> {};
    in = good();
    in.linkAttachments = QStringList { QStringLiteral("/home/u/.ssh/id_ed25519") };
    QTest::newRow("files from a link") << in << QList<K> { K::LinkAttachments };
    in = good();
    in.hasAccount = false;
    QTest::newRow("no account") << in << QList<K> { K::NoAccount };
}

void TestPreSendCheck::issues()
{
    QFETCH(PreSendCheck::Input, input);
    QFETCH(QList<PreSendCheck::Kind>, kinds);
    QList<PreSendCheck::Kind> found;
    for (const PreSendCheck::Issue &issue : PreSendCheck::run(input)) {
        found << issue.kind;
        QVERIFY(!issue.text.isEmpty());
        QVERIFY(!issue.field.isEmpty());
    }
    QCOMPARE(found, kinds);
}

void TestPreSendCheck::blockingFirst()
{
    PreSendCheck::Input in;
    in.to = QStringLiteral("bob@");
    in.bodyText = QStringLiteral("see the enclosed file");
    const QList<PreSendCheck::Issue> issues = PreSendCheck::run(in);
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).severity, PreSendCheck::Severity::Blocking);
    QCOMPARE(issues.at(0).kind, PreSendCheck::Kind::InvalidAddress);
    QCOMPARE(issues.at(0).field, QStringLiteral("to"));
    QCOMPARE(issues.at(1).severity, PreSendCheck::Severity::Question);
    QCOMPARE(issues.at(2).severity, PreSendCheck::Severity::Question);
}

void TestPreSendCheck::keywords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("attached") << "Please find the report attached."
                              << "attached";
    QTest::newRow("capitalised") << "Attachment: the slides"
                                 << "Attachment";
    QTest::newRow("attaching") << "I'm attaching the photos"
                               << "attaching";
    QTest::newRow("enclosed") << "the enclosed invoice"
                              << "enclosed";
    QTest::newRow("french") << QString::fromUtf8("Voir la pièce jointe") << QString::fromUtf8("pièce jointe");
    QTest::newRow("german") << "Details im Anhang"
                            << "Anhang";
    QTest::newRow("spanish") << "Te envío el adjunto"
                             << "adjunto";
    QTest::newRow("inside a word does not count") << "We reattached nothing; a detachment left." << QString();
    QTest::newRow("quoted text is someone else's") << "Thanks!\n> see attached\n> file" << QString();
    QTest::newRow("signature ignored") << "Hi\n-- \nAlice\nAttachments are scanned" << QString();
    QTest::newRow("nothing") << "See you at noon." << QString();
}

void TestPreSendCheck::keywords()
{
    QFETCH(QString, text);
    QFETCH(QString, keyword);
    QString found;
    QCOMPARE(PreSendCheck::mentionsAttachment(text, &found), !keyword.isEmpty());
    QCOMPARE(found, keyword);
}

void TestPreSendCheck::pastedLists_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("column") << "a@x.example\nb@x.example\n\nc@x.example\n"
                            << "a@x.example, b@x.example, c@x.example";
    QTest::newRow("outlook semicolons") << "Ann <a@x.example>; b@x.example;"
                                        << "Ann <a@x.example>, b@x.example";
    QTest::newRow("quoted comma kept") << "\"Doe, Jane\" <j@x.example>\tk@x.example"
                                       << "\"Doe, Jane\" <j@x.example>, k@x.example";
    QTest::newRow("group keeps its semicolon") << "Team: a@x.example, b@x.example;\nc@x.example"
                                               << "Team: a@x.example, b@x.example;, c@x.example";
}

void TestPreSendCheck::pastedLists()
{
    QFETCH(QString, pasted);
    QTEST(AddressLineEdit::normalizePastedList(pasted), "normalized");
}

QTEST_MAIN(TestPreSendCheck)
#include "tst_presendcheck.moc"
