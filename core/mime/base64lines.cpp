#include "mime/base64lines.h"

#include <cstdint>
#include <cstring>

namespace {

const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Two output characters for each 12-bit value: one table lookup per half of a 3-octet group keeps the inner
// loop short (this is what makes the streaming writer as fast as coreutils' base64).
struct PairTable
{
    char pairs[4096][2];
    PairTable()
    {
        for (int i = 0; i < 4096; ++i) {
            pairs[i][0] = alphabet[i >> 6];
            pairs[i][1] = alphabet[i & 63];
        }
    }
};

const PairTable &pairTable()
{
    static const PairTable table;
    return table;
}

inline char *encodeGroups(const unsigned char *in, qint64 groups, char *out, const PairTable &t)
{
    for (qint64 g = 0; g < groups; ++g) {
        const uint32_t v = (uint32_t(in[0]) << 16) | (uint32_t(in[1]) << 8) | uint32_t(in[2]);
        std::memcpy(out, t.pairs[v >> 12], 2);
        std::memcpy(out + 2, t.pairs[v & 0xfff], 2);
        in += 3;
        out += 4;
    }
    return out;
}

} // namespace

qint64 Base64Lines::encodedSize(qint64 inputSize)
{
    if (inputSize <= 0)
        return 0;
    const qint64 characters = 4 * ((inputSize + 2) / 3);
    const qint64 lines = (characters + LineLength - 1) / LineLength;
    return characters + 2 * (lines - 1);
}

qint64 Base64Lines::chunkEncodedSize(qint64 inputSize, bool firstChunk)
{
    if (inputSize <= 0)
        return 0;
    return encodedSize(inputSize) + (firstChunk ? 0 : 2);
}

char *Base64Lines::encodeChunk(const char *input, qint64 inputSize, char *out, bool firstChunk)
{
    if (inputSize <= 0)
        return out;
    const PairTable &table = pairTable();
    const unsigned char *in = reinterpret_cast<const unsigned char *>(input);
    bool first = firstChunk;
    qint64 remaining = inputSize;
    while (remaining >= BytesPerLine) {
        if (!first) {
            *out++ = '\r';
            *out++ = '\n';
        }
        first = false;
        out = encodeGroups(in, BytesPerLine / 3, out, table);
        in += BytesPerLine;
        remaining -= BytesPerLine;
    }
    if (remaining > 0) {
        if (!first) {
            *out++ = '\r';
            *out++ = '\n';
        }
        const qint64 groups = remaining / 3;
        out = encodeGroups(in, groups, out, table);
        in += groups * 3;
        const qint64 rest = remaining - groups * 3;
        if (rest == 1) {
            *out++ = alphabet[in[0] >> 2];
            *out++ = alphabet[(in[0] & 3) << 4];
            *out++ = '=';
            *out++ = '=';
        } else if (rest == 2) {
            *out++ = alphabet[in[0] >> 2];
            *out++ = alphabet[((in[0] & 3) << 4) | (in[1] >> 4)];
            *out++ = alphabet[(in[1] & 15) << 2];
            *out++ = '=';
        }
    }
    return out;
}

QByteArray Base64Lines::encode(const QByteArray &data)
{
    QByteArray out(encodedSize(data.size()), Qt::Uninitialized);
    char *end = encodeChunk(data.constData(), data.size(), out.data(), true);
    Q_ASSERT(end == out.constData() + out.size());
    Q_UNUSED(end);
    return out;
}
