#include "smtpbodyupload.h"

#include "smtpadvice.h"
#include "smtpbodyencoder.h"
#include "smtptransport.h"

namespace {

constexpr qint64 ReadChunk = 64 * 1024;
// The socket's write buffer is kept below this while a body streams, so memory stays flat and the event
// loop never spends long in one go.
constexpr qint64 WriteHighWater = 512 * 1024;

} // namespace

SmtpBodyUpload::SmtpBodyUpload(SmtpChannel *channel, QIODevice *device, qint64 total, bool bdat,
    std::shared_ptr<const SmtpChannel::Envelope> envelope, SmtpChannel::ReplyHandler done)
    : m_client(channel)
    , m_envelope(std::move(envelope))
    , m_encoder(std::make_unique<SmtpBodyEncoder>(
          device, bdat ? SmtpBodyEncoder::Mode::Bdat : SmtpBodyEncoder::Mode::Data, total))
    , m_device(device)
    , m_total(total)
    , m_bdat(bdat)
    , m_chunks(std::make_shared<Chunks>())
{
    m_encoder->setPrefix(m_envelope->bodyPrefix);
    if (bdat) {
        m_chunks->done = std::move(done);
    } else {
        m_done = std::move(done);
    }
}

SmtpBodyUpload::~SmtpBodyUpload() = default;

bool SmtpBodyUpload::gone(quint64 generation) const
{
    // Signal handlers may cancel (and so retire this upload) at any emit: checked after each one.
    return generation != m_client->m_generation || m_client->m_body.get() != this;
}

SmtpBodyUpload::Status SmtpBodyUpload::pump(QByteArray *out)
{
    return m_bdat ? pumpBdat(out) : pumpData(out);
}

SmtpBodyUpload::Status SmtpBodyUpload::failRead(QByteArray *out)
{
    const QString why = m_encoder->errorString();
    m_client->writeOut(*out);
    out->clear();
    m_client->fail(SmtpAdvice::bodyReadFailed(why));
    return Status::Stopped;
}

// ---- DATA: one stream, dot-stuffed, ended by the final dot ----

SmtpBodyUpload::Status SmtpBodyUpload::pumpData(QByteArray *out)
{
    const quint64 generation = m_client->m_generation;
    const auto fill = [&] { return m_client->m_transport->bytesToWrite() + out->size(); };
    while (fill() < WriteHighWater) {
        if (m_envelope->recipientsAccepted == 0 && m_encoder->sourceBytesRead() == 0) {
            // RFC 2920 3.1: DATA was accepted though no recipient was; a lone dot ends it harmlessly.
            out->append(".\r\n");
            Q_EMIT m_client->commandSent(".");
            return gone(generation) ? Status::Stopped : finishData(false);
        }
        if (!m_encoder->read(ReadChunk, out)) {
            return failRead(out);
        }
        Q_EMIT m_client->bodyProgress(m_encoder->sourceBytesRead(), m_total);
        if (gone(generation)) {
            return Status::Stopped;
        }
        if (m_encoder->atEnd()) {
            Q_EMIT m_client->bodyChunkSent(m_encoder->bytesProduced(), false, true);
            if (gone(generation)) {
                return Status::Stopped;
            }
            Q_EMIT m_client->messageEndSent(m_device);
            return gone(generation) ? Status::Stopped : finishData(true);
        }
        if (m_encoder->isWaitingForSource()) {
            return Status::Going;
        }
    }
    return Status::Going;
}

SmtpBodyUpload::Status SmtpBodyUpload::finishData(bool contentLeft)
{
    // The reply to the final dot decides whether the message was taken.
    SmtpReplyQueue::Entry e;
    e.step = Smtp::Step::Data;
    e.kind = SmtpReplyQueue::Kind::MessageEnd;
    e.contentLeft = contentLeft;
    e.deadline = QDeadlineTimer(m_client->m_settings.timeouts.dataEnd);
    e.sentAt = m_client->m_clock.elapsed();
    e.handler = std::move(m_done);
    const quint64 generation = m_client->m_generation;
    Q_EMIT m_client->bodyProgress(m_encoder->sourceBytesRead(), m_total);
    if (gone(generation)) {
        return Status::Stopped;
    }
    m_client->expectReply(std::move(e));
    // RFC 2920 3.1: the message content may be followed by the next group in the same write.
    m_client->m_lastWrittenEndsGroup = false;
    return Status::Finished;
}

// ---- BDAT: chunks, a bounded number in flight with PIPELINING ----

SmtpBodyUpload::Status SmtpBodyUpload::pumpBdat(QByteArray *out)
{
    const auto fill = [&] { return m_client->m_transport->bytesToWrite() + out->size(); };
    while (fill() < WriteHighWater) {
        if (m_chunks->firstFailure.isValid()) {
            // RFC 3030 2: a refused chunk ends the transaction; the last outstanding reply ends the upload.
            return Status::Going;
        }
        // Without PIPELINING every chunk waits for its reply; with it a bounded number is in flight.
        if (!m_client->m_replies.isEmpty()
            && (!m_client->m_capabilities.pipelining() || m_chunks->pending >= MaxBdatChunksInFlight)) {
            return Status::Going;
        }
        QByteArray chunk;
        bool last = false;
        Status status = Status::Going;
        if (!readChunk(&chunk, &last, &status, out)) {
            return status;
        }
        status = sendChunk(chunk, last, out);
        if (status != Status::Going) {
            return status;
        }
    }
    return Status::Going;
}

bool SmtpBodyUpload::readChunk(QByteArray *chunk, bool *last, Status *status, QByteArray *out)
{
    while (chunk->size() < BdatChunk && !m_encoder->atEnd()) {
        if (!m_encoder->read(qMin<qint64>(ReadChunk, BdatChunk - chunk->size()), chunk)) {
            *status = failRead(out);
            return false;
        }
        if (m_encoder->isWaitingForSource()) {
            break;
        }
    }
    if (chunk->isEmpty() && m_encoder->isWaitingForSource()) {
        *status = Status::Going;
        return false;
    }
    *last = m_encoder->atEnd();
    return true;
}

SmtpBodyUpload::Status SmtpBodyUpload::sendChunk(const QByteArray &chunk, bool last, QByteArray *out)
{
    const quint64 generation = m_client->m_generation;
    const QByteArray command = "BDAT " + QByteArray::number(chunk.size()) + (last ? " LAST" : "");
    out->append(command + "\r\n");
    out->append(chunk);
    Q_EMIT m_client->commandSent(command);
    if (gone(generation)) {
        return Status::Stopped;
    }
    Q_EMIT m_client->bodyChunkSent(chunk.size(), true, last);
    if (gone(generation)) {
        return Status::Stopped;
    }
    if (last) {
        Q_EMIT m_client->messageEndSent(m_device);
        if (gone(generation)) {
            return Status::Stopped;
        }
    }
    Q_EMIT m_client->bodyProgress(m_encoder->sourceBytesRead(), m_total);
    if (gone(generation)) {
        return Status::Stopped;
    }
    expectChunkReply(last);
    m_client->m_lastWrittenEndsGroup = false;
    return last ? Status::Finished : Status::Going;
}

void SmtpBodyUpload::expectChunkReply(bool last)
{
    SmtpReplyQueue::Entry e;
    e.step = Smtp::Step::Data;
    e.kind = last ? SmtpReplyQueue::Kind::MessageEnd : SmtpReplyQueue::Kind::Chunk;
    e.contentLeft = last;
    e.sentAt = m_client->m_clock.elapsed();
    const SmtpTimeouts &timeouts = m_client->m_settings.timeouts;
    e.deadline = QDeadlineTimer(last ? timeouts.dataEnd : timeouts.dataBlock);
    ++m_chunks->pending;
    if (last) {
        m_chunks->lastSent = true;
        e.handler = [chunks = m_chunks, done = std::move(m_chunks->done)](const SmtpReply &reply) {
            if (done) {
                done(chunks->firstFailure.isValid() ? chunks->firstFailure : reply);
            }
        };
    } else {
        // The handler may outlive this upload (the last chunk went while earlier replies were due).
        e.handler = [channel = m_client, chunks = m_chunks](const SmtpReply &reply) {
            --chunks->pending;
            if (!reply.isPositive() && !chunks->firstFailure.isValid()) {
                chunks->firstFailure = reply;
            }
            if (chunks->firstFailure.isValid() && chunks->pending == 0 && !chunks->lastSent) {
                // Nothing more goes and nothing more is due: the transaction failed with that chunk.
                channel->endBody();
                const SmtpChannel::ReplyHandler done = std::move(chunks->done);
                if (done) {
                    done(chunks->firstFailure);
                }
            }
        };
    }
    m_client->expectReply(std::move(e));
}
