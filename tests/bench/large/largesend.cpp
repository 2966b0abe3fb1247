// Sends one message with a large attachment through MessageWriter and SmtpSender (STARTTLS) while a 1 ms
// timer ticks, and prints the wall time and the largest gap between ticks: how long the event loop was ever
// blocked while the engine read, encoded, encrypted and wrote the message.
// Usage: epistle-large-send HOST PORT CAFILE FILE
#include "mime/messagewriter.h"
#include "smtp/smtpsender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslCertificate>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 5) {
        fprintf(stderr, "usage: %s HOST PORT CAFILE FILE\n", argv[0]);
        return 64;
    }
    SmtpConnectionSettings s;
    s.host = a[1];
    s.port = quint16(a[2].toUInt());
    s.security = Smtp::Security::StartTls;
    s.tls.caCertificates = QSslCertificate::fromPath(a[3]);
    s.authMechanism = "none";

    MimeMessage message;
    message.setFrom(MailAddress(QStringLiteral("alice@example.test"), QStringLiteral("Alice")));
    message.addTo(MailAddress(QStringLiteral("bob@example.test")));
    message.setSubject(QStringLiteral("large attachment"));
    message.setPlainText(QStringLiteral("The file is attached."));
    message.addAttachment(MimeAttachment::fromFile(a[4]));
    MessageWriter writer(message);
    if (!writer.isValid() || !writer.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 65;
    }
    SmtpOutgoingMessage out;
    out.from = writer.envelopeSender().address();
    for (const MailAddress &r : writer.envelopeRecipients()) {
        out.recipients << r.address();
    }
    out.body = &writer;
    out.size = writer.totalSize();

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = qMax(maxGap, now - lastTick);
        lastTick = now;
    });
    SmtpSender sender(s);
    QObject::connect(
        &sender, &SmtpSender::finished, &app, [&] { app.exit(0); }, Qt::QueuedConnection);
    clock.start();
    ticker.start();
    sender.send({ out });
    app.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    printf("bytes %lld seconds %.3f max-event-loop-gap-ms %.1f accepted %d\n", writer.totalSize(), seconds,
        maxGap / 1e6, sender.allAccepted() ? 1 : 0);
    if (!sender.allAccepted()) {
        fprintf(stderr, "%s\n", qPrintable(sender.error().toString()));
        return 1;
    }
    return 0;
}
