// Fills an outbox with COUNT messages that failed for good, as earlier command-line sends to a refusing
// server leave them, so tests/bench/outbox/startcost.py can time a start against a full outbox. Usage:
// epistle-outbox-fill STORE_DIR COUNT
#include "store/mailstore.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: epistle-outbox-fill STORE_DIR COUNT\n");
        return 64;
    }
    MailStore store(args.at(1));
    QString error;
    if (!store.open(nullptr, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 73;
    }
    const int count = args.at(2).toInt();
    for (int i = 0; i < count; ++i) {
        QByteArray eml = "From: alice@example.test\r\nTo: nobody@example.test\r\nSubject: failed "
            + QByteArray::number(i) + "\r\n\r\nA message the server refused.\r\n";
        QBuffer buffer(&eml);
        buffer.open(QIODevice::ReadOnly);
        OutboxItem item;
        item.from = QStringLiteral("alice@example.test");
        item.recipients = { QStringLiteral("nobody@example.test") };
        item.size = eml.size();
        item.connection = QJsonObject { { QStringLiteral("host"), QStringLiteral("127.0.0.1") },
            { QStringLiteral("port"), 25 }, { QStringLiteral("security"), QStringLiteral("none") } };
        if (!store.outbox()->enqueue(&buffer, item, &error) || !store.outbox()->claim(item.id, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 73;
        }
        item.state = OutboxItem::State::Failed;
        item.attempts = 1;
        item.lastAttempt = QDateTime::currentDateTimeUtc();
        item.lastError = OutboxFailure::other(QStringLiteral("recipients-refused"),
            QStringLiteral("The server refused every recipient (550 5.1.1 No such user)."), false, 65);
        if (!store.outbox()->finishAttempt(item, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 73;
        }
        store.outbox()->release(item.id);
    }
    return 0;
}
