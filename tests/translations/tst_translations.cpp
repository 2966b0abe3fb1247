#include "translations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The German catalogue as the build uses it: lrelease finds nothing unfinished or untranslated in
// epistle_de.ts, untranslated.py --check finds no translation that loses a placeholder, a tag or a plural
// form (and does list them in a file that has such faults), and Translations::install picks the catalogue by
// locale, with German plural forms for %n and English ones under the C locale.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lreleaseReportsNothingUnfinished();
    void checkerFindsNothingInGerman();
    void checkerListsUnfinishedAndBrokenMessages();
    void germanLocaleLoadsGermanWithPluralForms();
    void cLocaleKeepsEnglishWithItsPluralForms();
    void cleanup();

private:
    static QString translationsDir();
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    static Run run(const QString &program, const QStringList &arguments);
};

QString TestTranslations::translationsDir()
{
    return qEnvironmentVariable("EPISTLE_SOURCE_DIR") + QStringLiteral("/resources/translations");
}

TestTranslations::Run TestTranslations::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

void TestTranslations::cleanup()
{
    // Each test installs its own catalogues.
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslations::lreleaseReportsNothingUnfinished()
{
    QTemporaryDir out;
    const Run r = run(qEnvironmentVariable("EPISTLE_LRELEASE"),
        { translationsDir() + QStringLiteral("/epistle_de.ts"), QStringLiteral("-qm"),
            out.filePath(QStringLiteral("epistle_de.qm")) });
    QCOMPARE(r.exitCode, 0);
    // "Generated 981 translation(s) (981 finished and 0 unfinished)", and no "Ignored N untranslated" line.
    const QRegularExpressionMatch m = QRegularExpression(
        QStringLiteral(R"(Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\))"))
                                          .match(r.output);
    QVERIFY2(m.hasMatch(), qPrintable(r.output));
    QVERIFY2(m.captured(1).toInt() > 900, qPrintable(r.output));
    QCOMPARE(m.captured(3).toInt(), 0);
    QCOMPARE(m.captured(2), m.captured(1));
    QVERIFY2(!r.output.contains(QLatin1String("untranslated")), qPrintable(r.output));
}

void TestTranslations::checkerFindsNothingInGerman()
{
    const Run r = run(QStringLiteral("/usr/bin/python3"),
        { translationsDir() + QStringLiteral("/untranslated.py"), QStringLiteral("--check"),
            translationsDir() + QStringLiteral("/epistle_de.ts") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String(": 0 of ")), qPrintable(r.output));
}

void TestTranslations::checkerListsUnfinishedAndBrokenMessages()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("epistle_de.ts"));
    QFile file(ts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Sample</name>
    <message><source>Not yet done</source><translation type="unfinished"></translation></message>
    <message><source>Cannot read %1: %2</source><translation>Nicht lesbar: %2</translation></message>
    <message><source>Accepted by &lt;b&gt;%1&lt;/b&gt;</source><translation>Angenommen von %1</translation></message>
    <message><source>&amp;Send</source><translation>Senden</translation></message>
    <message numerus="yes"><source>%n draft(s)</source><translation><numerusform>%n Entwurf</numerusform></translation></message>
    <message><source>Fine %1</source><translation>Gut %1</translation></message>
</context>
</TS>
)");
    file.close();
    Run r = run(QStringLiteral("/usr/bin/python3"),
        { translationsDir() + QStringLiteral("/untranslated.py"), QStringLiteral("--check"), ts });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QLatin1String("Sample | Not yet done\n")), qPrintable(r.output));
    QVERIFY2(
        r.output.contains(QLatin1String("Sample | Cannot read %1: %2 | placeholders")), qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String("rich text tags differ")), qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String("&Send | accelerator (&) missing")), qPrintable(r.output));
    QVERIFY2(
        r.output.contains(QLatin1String("has 1 plural form(s), the language needs 2")), qPrintable(r.output));
    QVERIFY2(!r.output.contains(QLatin1String("Fine %1")), qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String(": 1 of 6 message(s) unfinished")), qPrintable(r.output));
    // Without --check, only what is unfinished.
    r = run(
        QStringLiteral("/usr/bin/python3"), { translationsDir() + QStringLiteral("/untranslated.py"), ts });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.output.count(QLatin1String("Sample |")), 1);
}

void TestTranslations::germanLocaleLoadsGermanWithPluralForms()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Austria));
    QCOMPARE(QCoreApplication::translate("ComposerHeader", "&Subject:"), QStringLiteral("&Betreff:"));
    QCOMPARE(QCoreApplication::translate("CliText", "Try 'epistle help' for the commands and options."),
        QStringLiteral("„epistle help“ zeigt die Befehle und Optionen."));
    // German has two forms: one for 1, the other for 0 and everything above.
    const char *attachments = "%n attachment(s), %1 in all";
    QCOMPARE(
        QCoreApplication::translate("AttachmentPanel", attachments, nullptr, 1).arg(QStringLiteral("3 KB")),
        QStringLiteral("1 Anhang, insgesamt 3 KB"));
    QCOMPARE(
        QCoreApplication::translate("AttachmentPanel", attachments, nullptr, 3).arg(QStringLiteral("9 KB")),
        QStringLiteral("3 Anhänge, insgesamt 9 KB"));
    QCOMPARE(
        QCoreApplication::translate("AttachmentPanel", attachments, nullptr, 0).arg(QStringLiteral("0 B")),
        QStringLiteral("0 Anhänge, insgesamt 0 B"));
    QCOMPARE(QCoreApplication::translate("OutboxBatch",
                 "Gave up after %n attempts; try again when the problem is solved.", nullptr, 1),
        QStringLiteral("Nach 1 Versuch aufgegeben; versuchen Sie es erneut, wenn das Problem behoben ist."));
}

void TestTranslations::cLocaleKeepsEnglishWithItsPluralForms()
{
    Translations::install(QCoreApplication::instance(), QLocale::c());
    QCOMPARE(QCoreApplication::translate("ComposerHeader", "&Subject:"), QStringLiteral("&Subject:"));
    QCOMPARE(QCoreApplication::translate("AttachmentPanel", "%n attachment(s), %1 in all", nullptr, 1)
                 .arg(QStringLiteral("3 KB")),
        QStringLiteral("1 attachment, 3 KB in all"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
