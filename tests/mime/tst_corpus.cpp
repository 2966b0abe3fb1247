// Cross-check against a parser nobody here wrote: writes a corpus of messages of every structure, in many
// scripts, with awkward bodies and attachments, then runs check_corpus.py (Python's email package,
// policy=default) over it with a JSON manifest of what each message must contain.
#include "mime/messagewriter.h"

#include "mimetestutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#ifndef MIME_CHECKER
#error "MIME_CHECKER must name check_corpus.py"
#endif

class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus();

private:
    QJsonObject entryFor(const MimeMessage &m, const MessageWriter &writer, const QString &file, bool utf8,
        bool sevenBit, const QString &text, const QString &html) const;
};

static QJsonArray addressJson(const AddressList &list)
{
    QJsonArray out;
    for (const AddressList::Entry &e : list.entries()) {
        if (!e.isGroup) {
            out.append(QJsonObject { { QStringLiteral("name"), e.mailbox.name() },
                { QStringLiteral("address"), e.mailbox.address() } });
            continue;
        }
        QJsonArray members;
        for (const MailAddress &m : e.group.members)
            members.append(QJsonObject {
                { QStringLiteral("name"), m.name() }, { QStringLiteral("address"), m.address() } });
        out.append(QJsonObject {
            { QStringLiteral("group"), e.group.name }, { QStringLiteral("members"), members } });
    }
    return out;
}

// QString::left without cutting a surrogate pair in two.
static QString safeLeft(const QString &s, int n)
{
    if (n > 0 && n < s.size() && s.at(n - 1).isHighSurrogate())
        --n;
    return s.left(n);
}

static QByteArray contentOf(const MimeAttachment &a)
{
    if (!a.isFile())
        return a.data();
    QFile f(a.filePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject TestCorpus::entryFor(const MimeMessage &m, const MessageWriter &writer, const QString &file,
    bool utf8, bool sevenBit, const QString &text, const QString &html) const
{
    QJsonObject entry;
    entry[QStringLiteral("file")] = file;
    entry[QStringLiteral("utf8Headers")] = utf8;
    entry[QStringLiteral("sevenBit")] = sevenBit;
    entry[QStringLiteral("subject")] = m.subject();
    entry[QStringLiteral("from")] = addressJson(m.from());
    entry[QStringLiteral("to")] = addressJson(m.to());
    entry[QStringLiteral("cc")] = addressJson(m.cc());
    entry[QStringLiteral("reply-to")] = addressJson(m.replyTo());
    entry[QStringLiteral("messageId")] = QString::fromLatin1(writer.messageId());
    entry[QStringLiteral("structure")] = writer.structure();
    entry[QStringLiteral("text")] = text.isNull() ? QJsonValue() : QJsonValue(text);
    entry[QStringLiteral("html")] = html.isNull() ? QJsonValue() : QJsonValue(html);
    QJsonArray secrets;
    for (const MailAddress &b : m.bcc().mailboxes()) {
        secrets.append(b.address());
        if (!b.name().isEmpty())
            secrets.append(b.name());
    }
    entry[QStringLiteral("bccSecrets")] = secrets;
    // Attachments in the order the writer puts them: inline images in the related part first when there is
    // HTML; without HTML they are inline parts before the attachments.
    QJsonArray files;
    QList<MimeAttachment> all = m.inlineImages() + m.attachments();
    for (const MimeAttachment &a : all) {
        const QByteArray data = contentOf(a);
        QJsonObject f;
        f[QStringLiteral("fileName")] = a.fileName();
        f[QStringLiteral("mimeType")] = QString::fromLatin1(a.mimeType());
        f[QStringLiteral("size")] = data.size();
        f[QStringLiteral("sha256")]
            = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        f[QStringLiteral("disposition")] = a.disposition() == MimeAttachment::Disposition::Inline
            ? QStringLiteral("inline")
            : QStringLiteral("attachment");
        if (!m.html().isEmpty() && !a.contentId().isEmpty())
            f[QStringLiteral("contentId")] = a.contentId();
        files.append(f);
    }
    entry[QStringLiteral("attachments")] = files;
    return entry;
}

void TestCorpus::corpus()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        QSKIP("Debian's /usr/bin/python3 is needed for the cross-check");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("EPISTLE_KEEP_CORPUS"));

    const QStringList samples = MimeTest::scriptSamples();
    const QStringList asciiNames = { QStringLiteral("Doe, John"), QStringLiteral("O'Brien \"Bob\" Jr."),
        QStringLiteral("back\\slash"), QStringLiteral("Plain Name"),
        QStringLiteral("=?utf-8?q?not_encoded?="), QStringLiteral("semi;colon <x>") };
    const QStringList extensions = { QStringLiteral(".pdf"), QStringLiteral(".png"), QStringLiteral(".txt"),
        QStringLiteral(".bin"), QStringLiteral(".zip"), QStringLiteral(".csv") };
    const QList<int> sizes = { 0, 1, 2, 56, 57, 58, 1000, 4096, 70000, 200001 };
    QRandomGenerator random(20240601);
    auto randomBytes = [&](int n) {
        QByteArray data(n, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        return data;
    };
    auto name = [&](int i, int k) {
        const QString &s = samples[(i + k) % samples.size()];
        return (k % 3 == 0 ? asciiNames[(i + k) % asciiNames.size()] : safeLeft(s, 6 + (i + k) % 20))
            .trimmed();
    };

    QJsonArray entries;
    const int count = 72;
    for (int i = 0; i < count; ++i) {
        const int variant = i % 8;
        const bool utf8 = i % 4 == 3;
        const bool allow8bit = i % 4 >= 2;
        MimeMessage m;
        const bool idnFrom = i % 5 == 0;
        QString fromAddress = idnFrom ? QStringLiteral("info%1@bücher.example").arg(i)
                                      : QStringLiteral("sender%1@example.org").arg(i);
        if (utf8 && i % 8 == 7)
            fromAddress = QString::fromUtf8("jörg%1@bücher.example").arg(i);
        m.setFrom(MailAddress(fromAddress, name(i, 1)));
        AddressList to;
        for (int k = 0; k < 1 + i % 4; ++k)
            to.append(MailAddress(QStringLiteral("rcpt%1.%2@example.net").arg(i).arg(k),
                k == 0 && i % 6 == 0 ? QString() : name(i, k + 2)));
        if (i % 9 == 4) {
            AddressGroup group;
            group.name = i % 2 ? QStringLiteral("Project Team")
                               : safeLeft(samples[i % samples.size()], 12).trimmed();
            group.members = { MailAddress(QStringLiteral("g1.%1@example.com").arg(i), name(i, 5)),
                MailAddress(QStringLiteral("g2.%1@example.com").arg(i)) };
            to.append(group);
        }
        if (i % 11 == 10)
            to = AddressList(); // Bcc only: "undisclosed-recipients:;"
        m.setTo(to);
        if (i % 3 == 1)
            m.setCc(AddressList(MailAddress(QStringLiteral("cc%1@bücher.example").arg(i), name(i, 7))));
        if (i % 2 == 0 || to.isEmpty())
            m.setBcc(AddressList(MailAddress(QStringLiteral("hidden%1@bcc-secret.example").arg(i),
                QStringLiteral("Secret Watcher %1").arg(i))));
        if (i % 7 == 2)
            m.setReplyTo(AddressList(MailAddress(QStringLiteral("reply%1@example.org").arg(i), name(i, 4))));

        QString subject = samples[i % samples.size()];
        if (i % 6 == 0)
            subject = samples[i % samples.size()].repeated(3) + QStringLiteral(" – long");
        if (i == 5)
            subject.clear();
        if (i % 10 == 7)
            subject = QStringLiteral(
                "Plain ASCII subject that is long enough to need folding onto a second line, "
                "or even a third one when it keeps going like this");
        if (i % 13 == 12)
            subject = QStringLiteral("Literal =?utf-8?q?text?= in a subject");
        m.setSubject(subject);
        QVERIFY(m.addHeader("X-Corpus",
            QStringLiteral("message %1 %2").arg(i).arg(safeLeft(samples[(i + 2) % samples.size()], 10))));

        QString text = samples[(i + 1) % samples.size()] + QStringLiteral("\n\nSecond paragraph.\n");
        if (i % 3 == 0)
            text += QString(1500, QLatin1Char('x')) + QLatin1Char('\n')
                + samples[i % samples.size()].repeated(30) + QLatin1Char('\n');
        if (i % 5 == 1)
            text += QStringLiteral(
                "lone\rCR, lone\nLF, trailing spaces   \nFrom the start\n.\n..dots\nno final newline");
        if (i % 7 == 3)
            text += QStringLiteral("--=_ boundary-like line\n--\n");
        QString html = QStringLiteral(
            "<html><body><p>%1</p><blockquote>%2</blockquote><ul><li>one</li><li>two</li></ul>"
            "<p><a href=\"https://example.org/%3\">link</a></p>")
                           .arg(samples[i % samples.size()], samples[(i + 5) % samples.size()])
                           .arg(i);
        QString expectedText;
        QString expectedHtml;
        auto attach = [&](int k) {
            const int size = sizes[(i + k) % sizes.size()];
            const QByteArray data
                = k % 4 == 3 ? QByteArray("line one\r\nline two\nthree\r") : randomBytes(size);
            QString fileName = safeLeft(samples[(i + k) % samples.size()], 8 + (i * k) % 30).trimmed()
                + extensions[(i + k) % extensions.size()];
            if (i % 7 == 0 && k == 0)
                fileName = samples[(i + k) % samples.size()].repeated(3) + QStringLiteral(".pdf");
            if (k == 2)
                fileName = QStringLiteral("report \"final\" (v2) %1.pdf").arg(i);
            MimeAttachment a;
            if (k % 2 == 0) {
                const QString path = dir.filePath(QStringLiteral("src-%1-%2").arg(i).arg(k));
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
                    qFatal("cannot write %s", qPrintable(path));
                f.close();
                a = MimeAttachment::fromFile(path, fileName);
            } else {
                a = MimeAttachment::fromData(data, fileName);
            }
            m.addAttachment(a);
        };
        auto inlineImage = [&](int k) {
            QByteArray png("\x89PNG\r\n\x1a\n", 8);
            png += randomBytes(100 + 3000 * k + i);
            const QString cid = m.addInlineImage(MimeAttachment::fromData(png,
                QStringLiteral("image-%1-%2 %3.png")
                    .arg(i)
                    .arg(k)
                    .arg(safeLeft(samples[(i + k) % samples.size()], 5).trimmed())));
            html += QStringLiteral("<p><img src=\"cid:%1\" alt=\"image %2\"></p>").arg(cid).arg(k);
        };
        switch (variant) {
        case 0: // plain
            m.setPlainText(text);
            expectedText = text;
            break;
        case 1: // HTML only: the plain alternative is generated
            m.setHtml(html);
            expectedHtml = html;
            break;
        case 2: // plain + HTML
            m.setPlainText(text);
            m.setHtml(html);
            expectedText = text;
            expectedHtml = html;
            break;
        case 3: // HTML with inline images; sometimes nothing but an image (an empty plain part)
            if (i % 16 == 11) {
                html = QString();
                inlineImage(0);
            } else {
                inlineImage(0);
                inlineImage(1);
            }
            m.setHtml(html);
            expectedHtml = html;
            if (i % 16 == 11)
                expectedText = QStringLiteral("image 0");
            break;
        case 4: // everything
            m.setPlainText(text);
            inlineImage(0);
            m.setHtml(html);
            expectedText = text;
            expectedHtml = html;
            for (int k = 0; k < 3; ++k)
                attach(k);
            break;
        case 5: // plain + attachments
            m.setPlainText(text);
            expectedText = text;
            for (int k = 0; k < 1 + i % 4; ++k)
                attach(k);
            break;
        case 6: // attachments only, no body
            for (int k = 0; k < 2; ++k)
                attach(k);
            break;
        case 7: // empty body; sometimes an inline image without HTML
            expectedText = QString(QLatin1String(""));
            if (i % 16 == 15)
                inlineImage(0);
            break;
        }
        if (variant == 7 && m.inlineImages().size() == 1) {
            expectedText = QString(); // attachments only: no text part
            expectedHtml = QString();
            m.setHtml(QString());
        }

        MessageWriter::Options options;
        options.allow8bit = allow8bit;
        options.allowUtf8Headers = utf8;
        MessageWriter writer(m, options);
        QVERIFY2(
            writer.isValid(), qPrintable(QStringLiteral("message %1: %2").arg(i).arg(writer.errorString())));
        const QString file = QStringLiteral("message-%1.eml").arg(i, 3, 10, QLatin1Char('0'));
        QFile out(dir.filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY2(writer.writeTo(&out), qPrintable(writer.errorString()));
        out.close();
        QCOMPARE(QFileInfo(out.fileName()).size(), writer.totalSize());
        const bool sevenBit = !allow8bit && !utf8;
        // A null expected text means "generated from the HTML" (variant 1) or "no text part".
        entries.append(entryFor(m, writer, file, utf8, sevenBit, expectedText, expectedHtml));
    }
    QVERIFY(entries.size() >= 50);

    const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject { { QStringLiteral("messages"), entries } }).toJson());
    f.close();

    QProcess checker;
    checker.setProcessChannelMode(QProcess::MergedChannels);
    checker.start(python, { QStringLiteral(MIME_CHECKER), manifest });
    QVERIFY2(checker.waitForFinished(240000), "the checker did not finish");
    const QString output = QString::fromUtf8(checker.readAll());
    qInfo().noquote() << output.trimmed();
    if (!dir.autoRemove())
        qInfo().noquote() << "corpus kept in" << dir.path();
    QVERIFY2(checker.exitStatus() == QProcess::NormalExit && checker.exitCode() == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
