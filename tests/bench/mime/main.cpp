// epistle-mime-bench: writes a message with the given attachment through MessageWriter to OUTPUT (e.g.
// /dev/null), the way `epistle send --dry-run --output FILE` does, and reports size, time and buffer use.
// run.sh compares it with coreutils' `base64 -w 76` under /usr/bin/time.
#include "mime/messagewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s ATTACHMENT OUTPUT [--8bit]\n", argv[0]);
        return 64;
    }
    MimeMessage message;
    message.setFrom(MailAddress(QStringLiteral("bench@example.org"), QStringLiteral("Bench")));
    message.setTo(AddressList(MailAddress(QStringLiteral("sink@example.org"))));
    message.setSubject(QStringLiteral("MessageWriter benchmark"));
    message.setPlainText(QStringLiteral("The attachment follows.\n"));
    message.addAttachment(MimeAttachment::fromFile(args.at(1), {}, "application/octet-stream"));

    MessageWriter::Options options;
    options.allow8bit = args.contains(QStringLiteral("--8bit"));
    QElapsedTimer timer;
    timer.start();
    MessageWriter writer(message, options);
    if (!writer.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 66;
    }
    QFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        std::fprintf(
            stderr, "cannot open %s: %s\n", qPrintable(args.at(2)), qPrintable(output.errorString()));
        return 73;
    }
    if (!writer.writeTo(&output)) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 74;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::fprintf(stderr,
        "message %lld bytes (predicted %lld) in %.3f s, %.0f MB/s; writer buffer peak %lld bytes\n",
        writer.bytesProduced(), writer.totalSize(), seconds, writer.bytesProduced() / seconds / 1e6,
        writer.peakBufferSize());
    return writer.bytesProduced() == writer.totalSize() ? 0 : 1;
}
