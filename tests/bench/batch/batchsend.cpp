// Sends N copies of a message over one connection with SmtpSender, as an application embedding the core
// would, and prints messages per second. Used by tests/bench/batch/run.py.
// Usage: epistle-batch-bench HOST PORT starttls|tls|none CAFILE USER PASSWORD FROM TO EML COUNT
#include "smtp/smtpsender.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 11) {
        fprintf(stderr, "usage: %s HOST PORT starttls|tls|none CAFILE USER PASSWORD FROM TO EML COUNT\n",
            argv[0]);
        return 64;
    }
    SmtpConnectionSettings s;
    s.host = a[1];
    s.port = quint16(a[2].toUInt());
    Smtp::securityFromName(a[3], &s.security);
    s.tls.caCertificates = QSslCertificate::fromPath(a[4]);
    s.credentials.user = a[5];
    s.credentials.password = a[6];
    s.authMechanism = s.credentials.user.isEmpty() ? QByteArray("none") : QByteArray("plain");
    QFile file(a[9]);
    if (!file.open(QIODevice::ReadOnly)) {
        return 66;
    }
    const QByteArray message = file.readAll();
    const int count = a[10].toInt();
    std::vector<std::unique_ptr<QBuffer>> bodies;
    QList<SmtpOutgoingMessage> messages;
    for (int i = 0; i < count; ++i) {
        auto b = std::make_unique<QBuffer>();
        b->setData(message);
        b->open(QIODevice::ReadOnly);
        SmtpOutgoingMessage m;
        m.from = a[7];
        m.recipients = { a[8] };
        m.body = b.get();
        m.size = message.size();
        messages << m;
        bodies.push_back(std::move(b));
    }
    SmtpSender sender(s);
    QElapsedTimer clock;
    QObject::connect(
        &sender, &SmtpSender::finished, &app, [&] { app.exit(0); }, Qt::QueuedConnection);
    clock.start();
    sender.send(messages);
    app.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    int accepted = 0;
    for (const SmtpSendResult &r : sender.results()) {
        accepted += r.accepted ? 1 : 0;
    }
    printf("%d %d %.3f %.1f\n", count, accepted, seconds, accepted / seconds);
    if (accepted != count) {
        fprintf(stderr, "%s\n", qPrintable(sender.error().toString()));
        return 1;
    }
    return 0;
}
