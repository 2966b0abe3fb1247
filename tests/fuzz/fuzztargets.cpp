#include "fuzztargets.h"

#include "imap/imapcapabilities.h"
#include "imap/imapmailbox.h"
#include "imap/imapresponseparser.h"
#include "mime/addressparser.h"
#include "mime/emlreader.h"
#include "mime/encodedword.h"
#include "smtp/smtpbodyencoder.h"
#include "smtp/smtpcapabilities.h"
#include "smtp/smtpreply.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

namespace {
QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
// A failed invariant is a bug to report, like a crash: abort so libFuzzer keeps the input.
void check(bool condition)
{
    if (!condition) {
        abort();
    }
}
} // namespace

namespace FuzzTargets {

int replyParser(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    // Whole, then in pieces cut where the first byte says: the same replies, or the same failure.
    SmtpReplyParser whole;
    QList<SmtpReply> a;
    const bool okWhole = whole.feed(input, &a);
    SmtpReplyParser pieces;
    QList<SmtpReply> b;
    bool okPieces = true;
    const int step = size ? (data[0] % 7) + 1 : 1;
    for (qsizetype i = 0; i < input.size() && okPieces; i += step) {
        okPieces = pieces.feed(input.mid(i, step), &b);
    }
    check(okWhole == okPieces);
    check(a == b);
    check(whole.bufferedBytes() <= 4097 + 65536);
    for (const SmtpReply &r : a) {
        check(r.isValid());
        (void)r.message();
        (void)r.summary();
        check(SmtpReplyParser().feed(r.toWire(), &b));
    }
    return 0;
}

int ehloCapabilities(const uint8_t *data, size_t size)
{
    QList<QByteArray> lines = bytes(data, size).split('\n');
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(SmtpReply(250, lines));
    (void)caps.authMechanisms();
    check(caps.sizeLimit() >= -1);
    (void)caps.toDisplayString();
    for (const QByteArray &k : caps.keywords()) {
        check(caps.has(k));
    }
    // The body encoder too: any input gives CRLF-only output ending with the terminator.
    const QByteArray encoded = SmtpBodyEncoder::encode(bytes(data, size), SmtpBodyEncoder::Mode::Data);
    check(encoded.endsWith(".\r\n"));
    check(("\r\n" + encoded).indexOf("\r\n.\r\n") == encoded.size() - 3);
    return 0;
}

int addressList(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    const AddressParser::Result r = AddressParser::parseList(text);
    if (r.ok()) {
        for (const MailAddress &a : r.addresses.mailboxes()) {
            (void)a.toDisplayString();
            (void)a.aceAddress();
        }
    } else {
        check(r.errorPosition >= 0 && r.errorPosition <= text.size());
    }
    (void)AddressParser::parseMailbox(text);
    return 0;
}

int encodedWord(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    (void)EncodedWord::decode(input);
    // Round trip: encoding any text and decoding it gives the text back, in words of at most 75 octets.
    const QString text = QString::fromUtf8(input);
    const QList<QByteArray> words = EncodedWord::encode(text);
    for (const QByteArray &w : words) {
        check(w.size() <= 75);
    }
    return 0;
}

int emlReader(const uint8_t *data, size_t size)
{
    const EmlMessage m = EmlReader::parse(bytes(data, size));
    for (const EmlPart *p : m.leaves()) {
        (void)p->decodedBody();
        if (p->isText()) {
            (void)p->text();
        }
    }
    (void)m.toMimeMessage();
    return 0;
}

int imapResponseParser(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    // Small limits, so the fuzzer reaches them: whole, then in pieces, the same responses or the same
    // failure.
    ImapResponseParser::Limits limits;
    limits.maxResponseSize = 4096;
    limits.maxLiteralSize = 1024;
    limits.maxNesting = 8;
    limits.maxValues = 512;
    ImapResponseParser whole(limits);
    QList<ImapResponse> a;
    const bool okWhole = whole.feed(input, &a);
    ImapResponseParser pieces(limits);
    QList<ImapResponse> b;
    bool okPieces = true;
    const int step = size ? (data[0] % 7) + 1 : 1;
    for (qsizetype i = 0; i < input.size() && okPieces; i += step) {
        okPieces = pieces.feed(input.mid(i, step), &b);
        check(pieces.bufferedBytes() <= limits.maxResponseSize);
    }
    check(okWhole == okPieces);
    check(a == b);
    for (const ImapResponse &r : a) {
        (void)r.summary();
        (void)r.codeArguments();
        check(r.wire().size() <= limits.maxResponseSize + 2 * 4096);
        // A response's own bytes parse to the same response again.
        ImapResponseParser again(limits);
        QList<ImapResponse> c;
        check(again.feed(r.wire(), &c) && c.size() == 1 && c.first() == r);
        (void)ImapCapabilities::fromResponse(r).authMechanisms();
        ImapMailbox mailbox;
        if (ImapMailbox::fromListResponse(r, &mailbox)) {
            (void)mailbox.leafName();
        }
    }
    // Mailbox names: anything decodes to something readable; any text survives encoding and decoding.
    (void)ImapMailbox::decodeName(input);
    const QString text = QString::fromUtf8(input);
    check(ImapMailbox::decodeName(ImapMailbox::encodeName(text)) == text);
    return 0;
}

} // namespace FuzzTargets
