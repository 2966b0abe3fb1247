#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The epistle executable as a person starts it from a German terminal: usage errors, an unknown account, a
// server test against a closed port and the help are German under LANG=de_DE.UTF-8 (and under LC_MESSAGES
// alone), English under LANG=C and LC_ALL=C; what scripts read is the same in every language: exit codes,
// the test's step names, and a --json run, which stays English throughout.
class TestCliGerman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrorInGerman();
    void usageErrorInEnglishUnderC();
    void unknownAccountInGerman();
    void serverTestAgainstClosedPortInGerman();
    void jsonStaysEnglish();
    void localeVariablesDecide_data();
    void localeVariablesDecide();
    void helpInGerman();
    void manualPageStaysEnglish();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs epistle with a private config and data folder and only the given locale variables set.
    Run epistle(const QStringList &arguments, const QStringList &localeVariables);
    static quint16 closedPort();

    QTemporaryDir m_home;
};

void TestCliGerman::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Qt's own German words ("Unbekannte Option") come from Debian's qt6-translations-l10n (scripts/deps.sh).
    QVERIFY2(
        QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")),
        "qtbase_de.qm is missing: install qt6-translations-l10n");
}

TestCliGerman::Run TestCliGerman::epistle(const QStringList &arguments, const QStringList &localeVariables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name == QLatin1String("LANG") || name == QLatin1String("LANGUAGE")
            || name.startsWith(QLatin1String("LC_"))) {
            env.remove(name);
        }
    }
    for (const QString &assignment : localeVariables) {
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("EPISTLE_BINARY"), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

quint16 TestCliGerman::closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void TestCliGerman::usageErrorInGerman()
{
    // Qt's command line parser's own sentence, and Epistle's hint after it.
    Run r = epistle(
        { QStringLiteral("send"), QStringLiteral("--bogus") }, { QStringLiteral("LANG=de_DE.UTF-8") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("epistle: Unbekannte Option 'bogus'.")), qPrintable(r.err));
    QVERIFY2(
        r.err.contains(QStringLiteral("„epistle help“ zeigt die Befehle und Optionen.")), qPrintable(r.err));
    // Epistle's own usage error, the option names untouched.
    r = epistle({ QStringLiteral("send"), QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--security"), QStringLiteral("bogus"), QStringLiteral("--from"),
                    QStringLiteral("a@example.org"), QStringLiteral("--to"), QStringLiteral("b@example.org"),
                    QStringLiteral("--subject"), QStringLiteral("Hallo"), QStringLiteral("--body"),
                    QStringLiteral("Text") },
        { QStringLiteral("LANG=de_DE.UTF-8") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("epistle: --security nimmt tls, starttls oder none")),
        qPrintable(r.err));
}

void TestCliGerman::usageErrorInEnglishUnderC()
{
    const Run r
        = epistle({ QStringLiteral("send"), QStringLiteral("--bogus") }, { QStringLiteral("LANG=C") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("epistle: Unknown option 'bogus'.")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Try 'epistle help' for the commands and options.")),
        qPrintable(r.err));
}

void TestCliGerman::unknownAccountInGerman()
{
    Run r = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("nope") },
        { QStringLiteral("LANG=de_DE.UTF-8") });
    QCOMPARE(r.exitCode, 78);
    QVERIFY2(r.err.contains(QStringLiteral("unbekanntes Konto „nope“: es ist kein Konto gespeichert")),
        qPrintable(r.err));
    r = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("nope") },
        { QStringLiteral("LANG=C") });
    QCOMPARE(r.exitCode, 78);
    QVERIFY2(
        r.err.contains(QStringLiteral("unknown account \"nope\": no account is saved")), qPrintable(r.err));
}

void TestCliGerman::serverTestAgainstClosedPortInGerman()
{
    const QString server = QStringLiteral("127.0.0.1:%1").arg(closedPort());
    const Run r = epistle({ QStringLiteral("test"), QStringLiteral("--server"), server,
                              QStringLiteral("--security"), QStringLiteral("none") },
        { QStringLiteral("LANG=de_DE.UTF-8") });
    QCOMPARE(r.exitCode, 69);
    // The step's name and mark are for scripts; the sentences for the person.
    QVERIFY2(r.out.contains(QStringLiteral("FAIL connect")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Unter %1 werden keine Verbindungen angenommen.").arg(server)),
        qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("Prüfen Sie den Port: Für den E-Mail-Versand dienen 465")),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("[connection-refused]")), qPrintable(r.err));
}

void TestCliGerman::jsonStaysEnglish()
{
    const QStringList arguments { QStringLiteral("test"), QStringLiteral("--server"),
        QStringLiteral("127.0.0.1:%1").arg(closedPort()), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--json") };
    const Run german = epistle(arguments, { QStringLiteral("LANG=de_DE.UTF-8") });
    const Run english = epistle(arguments, { QStringLiteral("LANG=C") });
    QCOMPARE(german.exitCode, 69);
    QCOMPARE(english.exitCode, 69);
    const QJsonObject de = QJsonDocument::fromJson(german.out.toUtf8()).object();
    const QJsonObject en = QJsonDocument::fromJson(english.out.toUtf8()).object();
    QVERIFY2(!de.isEmpty(), qPrintable(german.out));
    const QString message
        = de.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Nothing accepts connections")), qPrintable(message));
    QCOMPARE(
        message, en.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
    QCOMPARE(de.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("message")),
        en.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("message")));
}

void TestCliGerman::localeVariablesDecide_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<bool>("german");
    QTest::newRow("LANG=de_DE.UTF-8") << QStringList { QStringLiteral("LANG=de_DE.UTF-8") } << true;
    QTest::newRow("LANG=de_AT.UTF-8") << QStringList { QStringLiteral("LANG=de_AT.UTF-8") } << true;
    QTest::newRow("LC_MESSAGES over LANG=C")
        << QStringList { QStringLiteral("LANG=C"), QStringLiteral("LC_MESSAGES=de_DE.UTF-8") } << true;
    QTest::newRow("LC_ALL=C over LANG=de")
        << QStringList { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=C") } << false;
    QTest::newRow("LANGUAGE under the C locale (ignored, as gettext does)")
        << QStringList { QStringLiteral("LANG=C"), QStringLiteral("LANGUAGE=de") } << false;
    QTest::newRow("LANG=en_US.UTF-8") << QStringList { QStringLiteral("LANG=en_US.UTF-8") } << false;
    QTest::newRow("LANG=fr_FR.UTF-8 (no French: English)")
        << QStringList { QStringLiteral("LANG=fr_FR.UTF-8") } << false;
    QTest::newRow("nothing set") << QStringList {} << false;
}

void TestCliGerman::localeVariablesDecide()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, german);
    const Run r
        = epistle({ QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("nope") }, variables);
    QCOMPARE(r.exitCode, 78);
    QCOMPARE(r.err.contains(QStringLiteral("unbekanntes Konto")), german);
    QCOMPARE(r.err.contains(QStringLiteral("unknown account")), !german);
}

void TestCliGerman::helpInGerman()
{
    const Run r = epistle({ QStringLiteral("help") }, { QStringLiteral("LANG=de_DE.UTF-8") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Aufruf: epistle [COMMAND] [OPTIONS]\n")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("Rückgabewerte (sysexits.h): 0 Erfolg, 64 Aufruf")), qPrintable(r.out));
    // The synopses keep every command and option name.
    QVERIFY2(
        r.out.contains(QStringLiteral("send [connection] [message] [output] [--queue | --send-at TIME]\n")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 QStringLiteral("accounts discover ADDRESS [--json] [--timeout SECONDS] [--no-probe]\n")),
        qPrintable(r.out));
    // A command's help: its description translated around the option names and commands it names.
    const Run send
        = epistle({ QStringLiteral("help"), QStringLiteral("send") }, { QStringLiteral("LANG=de_DE.UTF-8") });
    QCOMPARE(send.exitCode, 0);
    const QString text = QString(send.out).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QVERIFY2(text.contains(
                 QStringLiteral("es sei denn, --keep-on-failure behält sie dort für epistle outbox flush.")),
        qPrintable(send.out));
    QVERIFY2(send.out.contains(QStringLiteral("\nVerbindungsoptionen:\n")), qPrintable(send.out));
    // The options' descriptions too, in the command's own list and in the groups it takes.
    for (const QString &words :
        { QStringLiteral("Die Nachricht zusammenstellen und ausgeben, statt sie zu senden."),
            QStringLiteral("Das gespeicherte Konto NAME verwenden."),
            QStringLiteral("tls (implizit, Port 465), starttls (verlangt, Port 587) oder none.") }) {
        QVERIFY2(text.simplified().contains(words), qPrintable(send.out));
    }
    QVERIFY2(!text.contains(QStringLiteral("Use the saved account NAME.")), qPrintable(send.out));
}

void TestCliGerman::manualPageStaysEnglish()
{
    // The build writes the manual page; the builder's locale must not leak into it.
    const Run r = epistle(
        { QStringLiteral("help"), QStringLiteral("--man") }, { QStringLiteral("LANG=de_DE.UTF-8") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Open the composer window.")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Editorfenster")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Use the saved account NAME.")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliGerman)
#include "tst_cligerman.moc"
