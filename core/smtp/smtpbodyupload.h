#pragma once

#include "smtpchannel.h"

#include <QByteArray>
#include <QPointer>

#include <memory>

class QIODevice;
class SmtpBodyEncoder;

// One message body on its way to the server, for its channel: DATA (dot-stuffed, ended by the final dot, one
// reply) or BDAT (RFC 3030 chunks, each with its reply, the last one saying whether the message was taken).
// The channel calls pump() whenever the socket can take more; the upload appends what may go now and tells
// whether it is over. Memory stays flat: at most a write high-water mark and one chunk are held. After a
// refused chunk no further chunk goes (RFC 3030 2); the transaction ends with that chunk's reply.
class SmtpBodyUpload
{
public:
    enum class Status {
        Going, // more to send once the socket drains or the source has data
        Finished, // the end of the message is out; the channel forgets the upload
        Stopped // the channel failed (or was cancelled) during a signal; touch nothing
    };

    SmtpBodyUpload(SmtpChannel *channel, QIODevice *device, qint64 total, bool bdat,
        std::shared_ptr<const SmtpChannel::Envelope> envelope, SmtpChannel::ReplyHandler done);
    ~SmtpBodyUpload();

    // Appends bytes to 'out' while the socket's buffer is below the high-water mark.
    Status pump(QByteArray *out);
    QIODevice *device() const { return m_device; }

    static constexpr qint64 BdatChunk = 1024 * 1024;
    static constexpr int MaxBdatChunksInFlight = 8;

private:
    Status pumpData(QByteArray *out);
    Status pumpBdat(QByteArray *out);
    bool readChunk(QByteArray *chunk, bool *last, Status *status, QByteArray *out);
    Status sendChunk(const QByteArray &chunk, bool last, QByteArray *out);
    Status finishData(bool contentLeft);
    void expectChunkReply(bool last);
    Status failRead(QByteArray *out);
    bool gone(quint64 generation) const;

    SmtpChannel *m_client;
    std::shared_ptr<const SmtpChannel::Envelope> m_envelope;
    std::unique_ptr<SmtpBodyEncoder> m_encoder;
    QPointer<QIODevice> m_device;
    qint64 m_total = -1;
    bool m_bdat = false;
    SmtpChannel::ReplyHandler m_done;
    // BDAT: what the chunk replies said so far; shared with their handlers, which may outlive the upload.
    struct Chunks
    {
        SmtpReply firstFailure; // the first refused chunk's reply
        int pending = 0; // chunks written whose reply has not come
        bool lastSent = false;
        SmtpChannel::ReplyHandler done; // until the last chunk is written, or a refusal ends the transaction
    };
    std::shared_ptr<Chunks> m_chunks;
};
