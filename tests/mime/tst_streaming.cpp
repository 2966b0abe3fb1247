// Streaming: a 100 MB attachment goes through MessageWriter without ever being held in memory. The writer's
// own buffer is measured (peakBufferSize), and so is the process's peak RSS where no sanitizer inflates it.
#include "mime/base64lines.h"
#include "mime/messagewriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
#define EPISTLE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EPISTLE_SANITIZED 1
#endif
#endif

namespace {

// Takes whatever is written, keeps only a count and the last bytes.
class CountingSink : public QIODevice
{
public:
    qint64 total = 0;
    QByteArray tail;
    qint64 largestWrite = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        total += size;
        largestWrite = qMax(largestWrite, size);
        tail.append(data, qMin<qint64>(size, 4096));
        if (size > 4096)
            tail = QByteArray(data + size - 4096, 4096);
        if (tail.size() > 8192)
            tail = tail.right(4096);
        return size;
    }
};

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeAttachment();
};

void TestStreaming::largeAttachment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.bin"));
    const qint64 size = 100 * 1024 * 1024 + 17; // not a multiple of 57 nor of the chunk size
    {
        // Sparse: the file takes no disk space, only a few marker bytes are real.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("BEGIN") == 5);
        QVERIFY(file.seek(size / 2));
        QVERIFY(file.write("MIDDLE") == 6);
        QVERIFY(file.seek(size - 3));
        QVERIFY(file.write("END") == 3);
        file.close();
        QCOMPARE(QFileInfo(path).size(), size);
    }

    MimeMessage message;
    message.setFrom(MailAddress(QStringLiteral("alice@example.org")));
    message.setTo(AddressList(MailAddress(QStringLiteral("bob@example.net"))));
    message.setSubject(QStringLiteral("A large attachment"));
    message.setPlainText(QStringLiteral("See the attachment.\n"));
    message.addAttachment(
        MimeAttachment::fromFile(path, QStringLiteral("large.bin"), "application/octet-stream"));

    MessageWriter writer(message);
    QVERIFY2(writer.isValid(), qPrintable(writer.errorString()));
    QVERIFY(writer.totalSize() > Base64Lines::encodedSize(size));
    const qint64 rssBefore = peakRssKiB();
    CountingSink sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    QVERIFY2(writer.writeTo(&sink), qPrintable(writer.errorString()));
    QCOMPARE(sink.total, writer.totalSize());
    QCOMPARE(writer.bytesProduced(), writer.totalSize());

    // The writer never held more than one raw chunk and its encoded form, whatever the file's size.
    const qint64 bound
        = MessageWriter::ChunkSize + Base64Lines::chunkEncodedSize(MessageWriter::ChunkSize, false);
    QVERIFY2(writer.peakBufferSize() <= bound,
        qPrintable(QStringLiteral("%1 > %2").arg(writer.peakBufferSize()).arg(bound)));
    qInfo("attachment %lld bytes, message %lld bytes, writer buffer peak %lld bytes, largest write %lld",
        size, writer.totalSize(), writer.peakBufferSize(), sink.largestWrite);

    // The end of the message is the end of the file, encoded, then the closing boundary.
    const QByteArray closing = "\r\n--" + writer.boundaries().first() + "--\r\n";
    QVERIFY(sink.tail.endsWith(closing));
    const QByteArray body = sink.tail.left(sink.tail.size() - closing.size());
    const QByteArray lastLine = body.mid(body.lastIndexOf('\n') + 1);
    QVERIFY(QByteArray::fromBase64(lastLine).endsWith("END"));

    const qint64 rssAfter = peakRssKiB();
    qInfo("peak RSS before writing %lld KiB, after %lld KiB", rssBefore, rssAfter);
#ifndef EPISTLE_SANITIZED
    QVERIFY2(rssAfter < 48 * 1024, qPrintable(QString::number(rssAfter)));
    QVERIFY2(rssAfter - rssBefore < 8 * 1024, qPrintable(QString::number(rssAfter - rssBefore)));
#endif
}

QTEST_GUILESS_MAIN(TestStreaming)
#include "tst_streaming.moc"
