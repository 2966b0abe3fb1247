#pragma once

// What the IMAP suites share: settings for a server on 127.0.0.1 that trusts the test CA, a fixed message and
// date, and running one ImapSentCopy to its end with its transcript.
#include "testcertificates.h"

#include "imap/imapsentcopy.h"
#include "imap/imaptranscript.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace ImapTestSupport {

inline ImapConnectionSettings settings(
    Smtp::Security security, quint16 port, const QString &host = QStringLiteral("localhost"))
{
    ImapConnectionSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.credentials.user = QStringLiteral("alice@example.test");
    s.credentials.password = QStringLiteral("correct horse");
    s.tls.caCertificates = { TestCertificates().caCertificate() };
    s.timeouts = ImapTimeouts::uniform(20000);
    return s;
}

// The bytes of AUTHENTICATE PLAIN's initial response for the settings' user (RFC 4616: authzid NUL authcid
// NUL password).
inline QByteArray plainResponse(const ImapConnectionSettings &s)
{
    return (QByteArray(1, '\0') + s.credentials.user.toUtf8() + '\0' + s.credentials.password.toUtf8())
        .toBase64();
}

inline QDateTime sentAt()
{
    return QDateTime(QDate(2025, 3, 4), QTime(9, 5, 0), QTimeZone(3600));
}

// The internal date as the client writes it for sentAt().
inline QByteArray sentAtWire()
{
    return "\"04-Mar-2025 09:05:00 +0100\"";
}

inline QByteArray message(const QByteArray &tag = "copy")
{
    return "From: Alice <alice@example.test>\r\nTo: Bob <bob@example.test>\r\nSubject: " + tag
        + "\r\nMessage-ID: <" + tag
        + "@example.test>\r\nDate: Tue, 04 Mar 2025 09:05:00 +0100\r\n"
          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
          "Hello Bob,\r\n.a line starting with a dot\r\nA \xc3\xa4 and a tab\there.\r\n";
}

struct Outcome
{
    ImapSentCopyResult result;
    QStringList transcript;
    bool finished = false;
    int finishedCount = 0;
};

// Runs one copy to its end. 'prepare' may connect to the copy's client (certificate decisions...).
template<typename Prepare>
Outcome runCopy(const ImapConnectionSettings &s, const ImapSentCopyOptions &options, QIODevice *device,
    qint64 size, Prepare prepare, int timeoutMs = 60000)
{
    Outcome out;
    ImapSentCopy copy(s, options);
    ImapTranscript transcript;
    transcript.attach(copy.client());
    prepare(copy);
    QSignalSpy finished(&copy, &ImapSentCopy::finished);
    copy.start(device, size);
    out.finished = finished.wait(timeoutMs);
    // A second finished() would be a bug: give it the chance to show.
    QTest::qWait(0);
    out.finishedCount = int(finished.size());
    out.result = copy.result();
    out.transcript = transcript.lines();
    return out;
}

inline Outcome runCopy(
    const ImapConnectionSettings &s, const ImapSentCopyOptions &options, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return runCopy(s, options, &buffer, -1, [](ImapSentCopy &) {});
}

inline ImapSentCopyOptions options()
{
    ImapSentCopyOptions o;
    o.internalDate = sentAt();
    return o;
}

} // namespace ImapTestSupport
