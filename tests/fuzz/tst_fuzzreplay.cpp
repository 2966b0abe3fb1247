// Replays every checked-in fuzz input (seed corpora and crash regressions) through the fuzz entry points in
// an ordinary build, so a fixed crash stays fixed even where libFuzzer is not built.
#include "fuzztargets.h"

#include <QDir>
#include <QTest>

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QString root = qEnvironmentVariable("EPISTLE_SOURCE_DIR") + QStringLiteral("/tests/fuzz");
    int count = 0;
    for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
        for (const QString &target :
            { QStringLiteral("reply"), QStringLiteral("ehlo"), QStringLiteral("address"),
                QStringLiteral("encodedword"), QStringLiteral("eml"), QStringLiteral("imap") }) {
            QDir dir(root + QLatin1Char('/') + kind + QLatin1Char('/') + target);
            for (const QString &file : dir.entryList(QDir::Files)) {
                QTest::newRow(qPrintable(kind + QLatin1Char('/') + target + QLatin1Char('/') + file))
                    << target << dir.filePath(file);
                ++count;
            }
        }
    }
    QVERIFY2(count >= 25, "the seed corpora are missing");
}

void TestFuzzReplay::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const auto *bytes = reinterpret_cast<const uint8_t *>(data.constData());
    const size_t size = size_t(data.size());
    if (target == QLatin1String("reply")) {
        QCOMPARE(FuzzTargets::replyParser(bytes, size), 0);
    } else if (target == QLatin1String("ehlo")) {
        QCOMPARE(FuzzTargets::ehloCapabilities(bytes, size), 0);
    } else if (target == QLatin1String("address")) {
        QCOMPARE(FuzzTargets::addressList(bytes, size), 0);
    } else if (target == QLatin1String("encodedword")) {
        QCOMPARE(FuzzTargets::encodedWord(bytes, size), 0);
    } else if (target == QLatin1String("imap")) {
        QCOMPARE(FuzzTargets::imapResponseParser(bytes, size), 0);
    } else {
        QCOMPARE(FuzzTargets::emlReader(bytes, size), 0);
    }
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
