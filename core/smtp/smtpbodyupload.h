#pragma once

#include "smtpclient.h"

#include <QByteArray>
#include <QPointer>

#include <memory>

class QIODevice;
class SmtpBodyEncoder;

// One message body on its way to the server, for its client: DATA (dot-stuffed, ended by the lone dot, one
// reply) or BDAT (RFC 3030 chunks, each with its reply, the last one saying whether the message was taken).
// The client calls pump() whenever the socket can take more; the upload appends what may go now and tells
// whether it is over. Memory stays flat: at most a write high-water mark and one chunk are held.
class SmtpBodyUpload
{
public:
    enum class Status {
        Going, // more to send once the socket drains or the source has data
        Finished, // the end of the message is out; the client forgets the upload
        Stopped // the client failed (or was cancelled) during a signal; touch nothing
    };

    SmtpBodyUpload(
        SmtpClient *client, QIODevice *device, qint64 total, bool bdat, SmtpClient::ReplyHandler done);
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
    Status finishData();
    Status failRead(QByteArray *out);
    bool gone(quint64 generation) const;

    SmtpClient *m_client;
    std::unique_ptr<SmtpBodyEncoder> m_encoder;
    QPointer<QIODevice> m_device;
    qint64 m_total = -1;
    bool m_bdat = false;
    SmtpClient::ReplyHandler m_done;
    // BDAT: what the chunk replies said so far; shared with their handlers, which may outlive the upload.
    struct Chunks
    {
        SmtpReply firstFailure; // the first refused chunk's reply
        int pending = 0; // chunks written whose reply has not come
    };
    std::shared_ptr<Chunks> m_chunks;
};
