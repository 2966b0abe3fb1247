// The IMAP client against a real Dovecot started for the test on 127.0.0.1 (its own certificate, a Maildir):
// every copy is read back from the Maildir and compared byte for byte, with its \Seen flag. Also: a message
// sent through the test Postfix and its copy are the same bytes; every SASL mechanism Dovecot offers;
// STARTTLS; a wrong password; a certificate for another host refused, then trusted exactly; TRYCREATE; a
// copy already there found by its Message-ID; a large message streamed; the server test's steps.
#include "dovecotimapserver.h"
#include "imaptestsupport.h"
#include "postfixserver.h"
#include "testpaths.h"

#include "imap/imapconnectiontest.h"
#include "smtp/smtpsender.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace ImapTestSupport;

namespace {

// The stored copy of message(tag): found by its Message-ID, whatever else the folder holds.
DovecotImapServer::StoredMessage stored(const DovecotImapServer &server, const QString &user,
    const QByteArray &tag, const QString &folder = QStringLiteral("Sent"))
{
    for (const DovecotImapServer::StoredMessage &m : server.messages(user, folder)) {
        if (m.bytes.contains("\r\nMessage-ID: <" + tag + "@example.test>\r\n")) {
            return m;
        }
    }
    return {};
}

bool processRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    // A zombie waiting for init to reap it holds no port and no file.
    return !stat.readAll().split(')').last().trimmed().startsWith('Z');
}

bool portRefuses(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000)
        && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

qint64 masterPid(const QString &directory)
{
    QFile file(directory + QStringLiteral("/dovecot/run/master.pid"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

} // namespace

class TestImapDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void copyIsStoredByteForByteWithSeen();
    void everyMechanism_data();
    void everyMechanism();
    void startTlsRequiredAndUsed();
    void wrongPasswordIsRefused();
    void certificateForAnotherHostRefusedThenTrustedExactly();
    void tryCreateMakesTheFolder();
    void retryFindsTheCopyByMessageId();
    void largeMessageIsStreamed();
    void sentThroughPostfixAndCopiedAreTheSameBytes();
    void connectionTestFindsSpecialUseSent();
    void connectionTestDiagnosesImplicitTlsOnThePlainPort();
    void instanceStopsAndIsReapedWhenItsOwnerDies();

private:
    ImapConnectionSettings dovecot(Smtp::Security security) const;
    DovecotImapServer m_dovecot;
};

void TestImapDovecot::initTestCase()
{
    qRegisterMetaType<ImapError>();
    qRegisterMetaType<ImapSentCopyResult>();
    const QString why = DovecotImapServer::unavailableReason();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
}

void TestImapDovecot::cleanupTestCase()
{
    m_dovecot.stop();
}

ImapConnectionSettings TestImapDovecot::dovecot(Smtp::Security security) const
{
    return settings(security, security == Smtp::Security::Tls ? m_dovecot.imapsPort() : m_dovecot.imapPort(),
        m_dovecot.tlsPeerName());
}

void TestImapDovecot::copyIsStoredByteForByteWithSeen()
{
    const QByteArray bytes = message("stored");
    const int before = int(m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent")).size());
    const Outcome o = runCopy(dovecot(Smtp::Security::Tls), options(), bytes);
    QVERIFY2(
        o.result.ok, qPrintable(o.result.error.toString() + QLatin1Char('\n') + m_dovecot.log().right(2000)));
    QCOMPARE(o.result.folder, QStringLiteral("Sent"));
    QVERIFY(o.result.uid > 0); // Dovecot has UIDPLUS
    QVERIFY(o.result.uidValidity > 0);
    QCOMPARE(int(m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent")).size()), before + 1);
    const DovecotImapServer::StoredMessage copy = stored(m_dovecot, m_dovecot.user(), "stored");
    QCOMPARE(copy.bytes, bytes);
    QVERIFY2(copy.isSeen(), qPrintable(copy.fileName));
    // The session ended with LOGOUT, as the transcript shows.
    QVERIFY(o.transcript.filter(QStringLiteral("LOGOUT")).size() >= 1);
}

void TestImapDovecot::everyMechanism_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("expected");
    for (const QByteArray m :
        { "PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256" }) {
        QTest::newRow(m.constData()) << m << TestAccounts::alice().user << TestAccounts::alice().password
                                     << m;
    }
    // A non-ASCII password: SCRAM prepares it (SASLprep), PLAIN sends it as it is; both are accepted.
    QTest::newRow("bob SCRAM-SHA-256") << QByteArray("SCRAM-SHA-256") << TestAccounts::bob().user
                                       << TestAccounts::bob().password << QByteArray("SCRAM-SHA-256");
    QTest::newRow("bob PLAIN") << QByteArray("PLAIN") << TestAccounts::bob().user
                               << TestAccounts::bob().password << QByteArray("PLAIN");
    QTest::newRow("auto picks SCRAM-SHA-256")
        << QByteArray("auto") << TestAccounts::alice().user << TestAccounts::alice().password
        << QByteArray("SCRAM-SHA-256");
}

void TestImapDovecot::everyMechanism()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, expected);
    ImapConnectionSettings s = dovecot(Smtp::Security::Tls);
    s.authMechanism = mechanism;
    s.credentials.user = user;
    s.credentials.password = password;
    const QByteArray bytes = message("mechanism-" + mechanism);
    QByteArray used;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Outcome o = runCopy(s, options(), &buffer, -1, [&](ImapSentCopy &copy) {
        QObject::connect(copy.client(), &ImapClient::authenticated, [&](const QByteArray &m) { used = m; });
    });
    QVERIFY2(
        o.result.ok, qPrintable(o.result.error.toString() + QLatin1Char('\n') + m_dovecot.log().right(2000)));
    QCOMPARE(used, expected);
    QCOMPARE(stored(m_dovecot, user, "mechanism-" + mechanism).bytes, bytes);
    // Credentials never reach the transcript.
    const QString transcript = o.transcript.join(QLatin1Char('\n'));
    QVERIFY(!transcript.contains(password));
    QVERIFY(!transcript.contains(QString::fromLatin1(password.toUtf8().toBase64())));
}

void TestImapDovecot::startTlsRequiredAndUsed()
{
    const QByteArray bytes = message("starttls");
    SmtpTlsInfo tls;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Outcome o
        = runCopy(dovecot(Smtp::Security::StartTls), options(), &buffer, -1, [&](ImapSentCopy &copy) {
              QObject::connect(
                  copy.client(), &ImapClient::tlsEstablished, [&](const SmtpTlsInfo &info) { tls = info; });
          });
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QVERIFY(tls.encrypted);
    QCOMPARE(tls.peerCertificate, TestCertificates().certificate(TestCertificates::Kind::Server));
    const QString transcript = o.transcript.join(QLatin1Char('\n'));
    const qsizetype startTls = transcript.indexOf(QLatin1String(" STARTTLS"));
    const qsizetype auth = transcript.indexOf(QLatin1String(" AUTHENTICATE "));
    QVERIFY2(startTls > 0 && auth > startTls, qPrintable(transcript));
    QCOMPARE(stored(m_dovecot, m_dovecot.user(), "starttls").bytes, bytes);
}

void TestImapDovecot::wrongPasswordIsRefused()
{
    ImapConnectionSettings s = dovecot(Smtp::Security::Tls);
    s.credentials.password = QStringLiteral("wrong horse");
    const int before = int(m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent")).size());
    const Outcome o = runCopy(s, options(), message("wrong"));
    QVERIFY(!o.result.ok);
    QCOMPARE(o.result.error.code(), ImapError::AuthenticationFailed);
    QCOMPARE(o.result.error.response().code(), QByteArray("AUTHENTICATIONFAILED"));
    QVERIFY(!o.result.error.isTemporary());
    QCOMPARE(o.result.error.exitCode(), 77);
    QCOMPARE(int(m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent")).size()), before);
}

void TestImapDovecot::certificateForAnotherHostRefusedThenTrustedExactly()
{
    DovecotImapServer other;
    DovecotImapServer::Options o;
    o.certificate = QStringLiteral("other-name");
    QVERIFY2(other.start(o), qPrintable(other.errorString()));
    const ImapConnectionSettings s = settings(Smtp::Security::Tls, other.imapsPort(), other.tlsPeerName());
    const QByteArray bytes = message("other-name");

    const Outcome refused = runCopy(s, options(), bytes);
    QCOMPARE(refused.result.error.code(), ImapError::CertificateUntrusted);
    QVERIFY(refused.result.error.message().contains(QLatin1String("mail.other.example")));
    const QSslCertificate leaf = refused.result.error.certificateChain().value(0);
    QCOMPARE(leaf, TestCertificates().certificate(TestCertificates::Kind::OtherName));
    QVERIFY(other.messages(other.user(), QStringLiteral("Sent")).isEmpty());

    // What "Trust this certificate" does: pin exactly it for this account; then it is accepted.
    const ImapConnectionTest::Diagnosis d = ImapConnectionTest::diagnose(refused.result.error, s);
    QVERIFY(d.hasSuggestion);
    const Outcome trusted = runCopy(d.suggested, options(), bytes);
    QVERIFY2(trusted.result.ok, qPrintable(trusted.result.error.toString()));
    QCOMPARE(other.messages(other.user(), QStringLiteral("Sent")).value(0).bytes, bytes);
}

void TestImapDovecot::tryCreateMakesTheFolder()
{
    ImapSentCopyOptions o = options();
    o.discoverFolder = false;
    o.folder = QStringLiteral("Copies/Gesendet \u00fcber Epistle");
    const QByteArray bytes = message("trycreate");
    QVERIFY(!m_dovecot.hasFolder(m_dovecot.user(), o.folder));
    const Outcome out = runCopy(dovecot(Smtp::Security::Tls), o, bytes);
    QVERIFY2(out.result.ok, qPrintable(out.result.error.toString()));
    QVERIFY(out.result.folderCreated);
    // Dovecot answered [TRYCREATE] after reading the LITERAL+ message; it was sent again from the start.
    QVERIFY2(out.transcript.filter(QStringLiteral("TRYCREATE")).size() == 1,
        qPrintable(out.transcript.join(QLatin1Char('\n'))));
    const QList<DovecotImapServer::StoredMessage> stored
        = m_dovecot.messages(m_dovecot.user(), QStringLiteral("Copies/Gesendet &APw-ber Epistle"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().bytes, bytes);
}

void TestImapDovecot::retryFindsTheCopyByMessageId()
{
    const QByteArray bytes = message("retry-once");
    const Outcome first = runCopy(dovecot(Smtp::Security::Tls), options(), bytes);
    QVERIFY2(first.result.ok, qPrintable(first.result.error.toString()));
    const int count = int(m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent")).size());
    // A retry after "may have been saved": the copy is found, not saved twice.
    ImapSentCopyOptions o = options();
    o.messageId = "<retry-once@example.test>";
    const Outcome again = runCopy(dovecot(Smtp::Security::Tls), o, bytes);
    QVERIFY2(again.result.ok, qPrintable(again.result.error.toString()));
    QVERIFY(again.result.alreadyThere);
    QCOMPARE(again.result.uid, first.result.uid);
    QCOMPARE(int(m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent")).size()), count);
    // A message that is not there yet is saved.
    o.messageId = "<retry-new@example.test>";
    const Outcome fresh = runCopy(dovecot(Smtp::Security::Tls), o, message("retry-new"));
    QVERIFY(fresh.result.ok);
    QVERIFY(!fresh.result.alreadyThere);
    QCOMPARE(int(m_dovecot.messages(m_dovecot.user(), QStringLiteral("Sent")).size()), count + 1);
}

void TestImapDovecot::largeMessageIsStreamed()
{
    // 30 MB from a file, read in chunks while it is sent; stored identically.
    QTemporaryFile file;
    QVERIFY(file.open());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray head = message("large");
    file.write(head);
    hash.addData(head);
    QByteArray line(998, 'x');
    line += "\r\n";
    for (int i = 0; i < 30 * 1024; ++i) {
        line[0] = char('a' + i % 26);
        file.write(line);
        hash.addData(line);
    }
    QVERIFY(file.flush());
    QVERIFY(file.seek(0));
    qint64 progressCalls = 0;
    const Outcome o = runCopy(dovecot(Smtp::Security::Tls), options(), &file, -1, [&](ImapSentCopy &copy) {
        QObject::connect(&copy, &ImapSentCopy::appendProgress, [&](qint64, qint64) { ++progressCalls; });
    });
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QVERIFY(progressCalls > 10);
    const QByteArray copy = stored(m_dovecot, m_dovecot.user(), "large").bytes;

    QCOMPARE(copy.size(), file.size());
    QCOMPARE(QCryptographicHash::hash(copy, QCryptographicHash::Sha256), hash.result());
}

void TestImapDovecot::sentThroughPostfixAndCopiedAreTheSameBytes()
{
    PostfixServer postfix;
    QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
    const QByteArray bytes = message("through-postfix");

    SmtpConnectionSettings smtp;
    smtp.host = postfix.tlsPeerName();
    smtp.port = postfix.submissionsPort();
    smtp.security = Smtp::Security::Tls;
    smtp.tls.caCertificates = { postfix.caCertificate() };
    smtp.credentials.user = postfix.user();
    smtp.credentials.password = postfix.password();
    QBuffer body;
    body.setData(bytes);
    body.open(QIODevice::ReadOnly);
    SmtpOutgoingMessage m;
    m.from = QStringLiteral("alice@example.test");
    m.recipients = { QStringLiteral("bob@example.test") };
    m.body = &body;
    m.size = bytes.size();
    m.body8bit = true;
    SmtpSender sender(smtp);
    QSignalSpy sent(&sender, &SmtpSender::finished);
    sender.send({ m });
    QVERIFY(sent.wait(30000));
    QVERIFY2(sender.allAccepted(), qPrintable(sender.error().toString()));

    // Then the copy, of the same bytes, as the outbox will do once the server accepted the message.
    QVERIFY(body.seek(0));
    const Outcome o = runCopy(dovecot(Smtp::Security::Tls), options(), &body, -1, [](ImapSentCopy &) {});
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QVERIFY(postfix.waitForDelivery(1));
    const QByteArray delivered = postfix.deliveredMessages().first().messageWithoutAddedHeaders();
    const QByteArray copied = stored(m_dovecot, m_dovecot.user(), "through-postfix").bytes;
    QCOMPARE(delivered, bytes);
    QCOMPARE(copied, bytes);
}

void TestImapDovecot::connectionTestFindsSpecialUseSent()
{
    ImapConnectionTest test(dovecot(Smtp::Security::StartTls));
    QSignalSpy finished(&test, &ImapConnectionTest::finished);
    test.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(test.passed(), qPrintable(test.diagnosis().message));
    QCOMPARE(test.sentFolder().name, QStringLiteral("Sent"));
    QCOMPARE(test.sentFolder().how, ImapSentFolder::How::SpecialUse);
    QCOMPARE(test.steps().size(), 6);
    QVERIFY(test.steps().at(3).detail.contains(QLatin1String("SCRAM-SHA-256")));
}

void TestImapDovecot::connectionTestDiagnosesImplicitTlsOnThePlainPort()
{
    // SSL/TLS chosen for the port that starts in plain text: named, and STARTTLS suggested.
    ImapConnectionSettings s = dovecot(Smtp::Security::Tls);
    s.port = m_dovecot.imapPort();
    ImapConnectionTest test(s);
    QSignalSpy finished(&test, &ImapConnectionTest::finished);
    test.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(!test.passed());
    QCOMPARE(test.diagnosis().code, QStringLiteral("tls-on-plain-port"));
    QVERIFY(test.diagnosis().hasSuggestion);
    QCOMPARE(test.diagnosis().suggested.security, Smtp::Security::StartTls);

    // The suggestion works.
    ImapConnectionTest fixed(test.diagnosis().suggested);
    QSignalSpy fixedFinished(&fixed, &ImapConnectionTest::finished);
    fixed.start();
    QVERIFY(fixedFinished.wait(30000));
    QVERIFY2(fixed.passed(), qPrintable(fixed.diagnosis().message));
}

void TestImapDovecot::instanceStopsAndIsReapedWhenItsOwnerDies()
{
    DovecotImapServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString directory = server.directory();
    const qint64 master = masterPid(directory);
    const quint16 ports[] = { server.imapPort(), server.imapsPort() };
    QVERIFY(processRunning(master));
    server.stop();
    QVERIFY(!QDir(directory).exists());
    QVERIFY(QTest::qWaitFor([&] { return !processRunning(master); }, 5000));
    for (const quint16 port : ports) {
        QVERIFY2(portRefuses(port), qPrintable(QString::number(port)));
    }

    // An instance whose test process died is stopped and removed by the same reaper as Postfix's, in a
    // registry of its own here so that nobody else's instances are touched.
    QTemporaryDir registry(QStringLiteral("/tmp/epistle-imap-reap-XXXXXX"));
    QVERIFY(registry.isValid());
    QFile::setPermissions(registry.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QProcess gone; // a process that has ended: its pid is the dead owner
    gone.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("echo $$") });
    QVERIFY(gone.waitForFinished(5000));
    const QByteArray deadOwner = gone.readAllStandardOutput().trimmed();
    QVERIFY(deadOwner.toLongLong() > 0);
    const QString servers = TestPaths::serversDirectory();
    const QString instance = registry.filePath(QStringLiteral("dovecot-orphan"));
    QProcess start;
    start.start(QStringLiteral("/bin/sh"),
        { servers + QStringLiteral("/dovecot-imap-instance"), QStringLiteral("start"), instance,
            QStringLiteral("--certs"), TestCertificates().directory(), QStringLiteral("--owner"),
            QString::fromLatin1(deadOwner) });
    QVERIFY(start.waitForFinished(60000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    const qint64 orphan = masterPid(instance);
    QVERIFY(processRunning(orphan));
    QProcess reap;
    reap.start(QStringLiteral("/bin/sh"),
        { servers + QStringLiteral("/postfix-instance"), QStringLiteral("reap"), registry.path() });
    QVERIFY(reap.waitForFinished(60000));
    QVERIFY2(!QDir(instance).exists(), reap.readAllStandardError().constData());
    QVERIFY(QTest::qWaitFor([&] { return !processRunning(orphan); }, 5000));
}

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imapdovecot.moc"
