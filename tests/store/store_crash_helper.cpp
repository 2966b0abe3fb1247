// The process tst_storecrash kills with SIGKILL. Two jobs:
//   store_crash_helper drafts STORE_DIR SCRATCH_DIR   save one draft ("crashdraft") over and over, each
//   revision's
//                                                      content a function of its number; prints "saved N"
//   store_crash_helper flush STORE_DIR PORT            open the store (crash recovery), send every due outbox
//                                                      message to 127.0.0.1:PORT, print "finished ID STATE"
//                                                      each
//   store_crash_helper undo STORE_DIR PORT SECONDS     send a draft as the composer does with "undo send"
//                                                      (MessageSubmission, an automatic sender), print
//                                                      "waiting ID" once it waits in the outbox
// Everything it prints is a line on stdout, flushed at once, so the test knows what was acknowledged before
// the kill.

#include "accounts/accountstore.h"
#include "store/draftautosaver.h"
#include "store/draftstore.h"
#include "store/mailstore.h"
#include "store/messagesubmission.h"
#include "store/outboxsender.h"
#include "storecrashcontent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <utility>

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int drafts(const QString &storeDir, const QString &scratch)
{
    DraftStore store(storeDir);
    QString error;
    if (!store.open(CrashContent::DraftId, &error)) {
        say("error " + error.toUtf8());
        return 1;
    }
    int revision = 0;
    if (store.contains(CrashContent::DraftId)) {
        Draft current;
        if (!store.load(CrashContent::DraftId, &current, &error)) {
            say("error " + error.toUtf8());
            return 1;
        }
        revision = current.revision;
    }
    say("ready " + QByteArray::number(revision));
    for (;;) {
        const int next = revision + 1;
        Draft draft = CrashContent::draft(next);
        draft.id = CrashContent::DraftId;
        draft.revision = revision;
        // Attachments are picked from files that vanish right after the save: the draft must hold copies.
        QStringList sources;
        for (DraftAttachment &a : draft.attachments) {
            const QString path = scratch + QLatin1Char('/') + a.fileName;
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                say("error cannot write " + path.toUtf8());
                return 1;
            }
            f.write(a.data);
            f.close();
            a = DraftAttachment::fromFile(path);
            sources.append(path);
        }
        if (!store.save(draft, &error)) {
            say("error " + error.toUtf8());
            return 1;
        }
        for (const QString &path : std::as_const(sources)) {
            QFile::remove(path);
        }
        revision = draft.revision;
        say("saved " + QByteArray::number(revision));
    }
}

int flush(const QString &storeDir, quint16 port)
{
    MailStore store(storeDir);
    MailStore::Recovery recovery;
    QString error;
    if (!store.open(&recovery, &error)) {
        say("error " + error.toUtf8());
        return 1;
    }
    SmtpConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = Smtp::Security::None;
    settings.authMechanism = "none";
    settings.timeouts = SmtpTimeouts::uniform(60 * 1000);
    OutboxSender sender(store.outbox(),
        [settings](const OutboxItem &, const OutboxSender::SettingsReady &ready) { ready(settings, {}); });
    QObject::connect(
        &sender, &OutboxSender::itemStarted, [](const QString &id) { say("started " + id.toLatin1()); });
    QObject::connect(&sender, &OutboxSender::itemFinished, [](const QString &id, const OutboxItem &item) {
        say("finished " + id.toLatin1() + ' ' + OutboxItem::stateName(item.state).toLatin1());
    });
    QObject::connect(&sender, &OutboxSender::idle, [] { QCoreApplication::exit(0); });
    say("ready");
    sender.flush();
    return QCoreApplication::exec();
}

int undoWait(const QString &storeDir, quint16 port, int seconds)
{
    MailStore store(storeDir);
    QString error;
    if (!store.open(nullptr, &error)) {
        say("error " + error.toUtf8());
        return 1;
    }
    AccountStore accounts(storeDir + QStringLiteral("/accounts.conf"));
    Account account;
    account.name = QStringLiteral("Crash");
    account.address = QStringLiteral("alice@example.test");
    account.host = QStringLiteral("127.0.0.1");
    account.port = port;
    account.security = Smtp::Security::None;
    account.authMechanism = "none";
    account.proxyType = Account::ProxyType::None;
    accounts.add(&account);
    OutboxSender sender(
        store.outbox(), [&accounts](const OutboxItem &item, const OutboxSender::SettingsReady &ready) {
            ready(accounts.accountByName(item.account).toConnectionSettings(SmtpCredentials()), QString());
        });
    sender.setAutomatic(true);
    DraftAutosaver draft(store.drafts());
    Draft content;
    content.account = account.name;
    content.from = account.fromHeader();
    content.to = QStringLiteral("bob@example.test");
    content.subject = QStringLiteral("Undo crash");
    content.plainText = QStringLiteral("Sent once, whatever happens.");
    draft.setContentProvider([&content] { return content; });
    draft.attach(QString());
    draft.markChanged();
    MessageSubmission submission(&store, &sender, &accounts, &draft);
    submission.setUndoDelay(seconds);
    QObject::connect(
        &submission, &MessageSubmission::stateChanged, [&submission](MessageSubmission::State state) {
            if (state == MessageSubmission::State::Waiting) {
                say("waiting " + submission.outboxId().toLatin1());
            } else if (state == MessageSubmission::State::Sending) {
                say("sending");
            }
        });
    if (!submission.submit(account)) {
        say("error not queued");
        return 1;
    }
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("drafts")) {
        return drafts(args.at(2), args.at(3));
    }
    if (args.size() >= 4 && args.at(1) == QLatin1String("flush")) {
        return flush(args.at(2), quint16(args.at(3).toUInt()));
    }
    if (args.size() >= 5 && args.at(1) == QLatin1String("undo")) {
        return undoWait(args.at(2), quint16(args.at(3).toUInt()), args.at(4).toInt());
    }
    say("usage: store_crash_helper drafts STORE_DIR SCRATCH_DIR | flush STORE_DIR PORT | undo STORE_DIR PORT "
        "SECONDS");
    return 64;
}
