// libFuzzer target: server bytes after the upgrade, through the frame decoder, the UTF-8
// validator and the permessage-deflate inflater, as the wire engine uses them.
#include <cstddef>
#include <cstdint>

#include "protocol/frame/framecodec.h"
#include "protocol/frame/permessagedeflate.h"
#include "protocol/frame/utf8validator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    FrameCodec codec;
    codec.maxFrameSize = 1 << 20;
    codec.allowRsv1 = size > 0 && (data[0] & 1);
    PerMessageDeflate inflater(PerMessageDeflate::Params{});
    Utf8Validator utf8;
    qsizetype offset = 0;
    for (int frames = 0; frames < 1000; ++frames) {
        FrameCodec::Frame frame;
        int code = 0;
        QString error;
        const FrameCodec::Result r = codec.decode(input, &offset, &frame, &code, &error);
        if (r != FrameCodec::Result::Frame)
            break;
        if (qsizetype(frame.info.payloadLength) != frame.payload.size())
            __builtin_trap(); // the decoder must never misreport a length
        utf8.feed(frame.payload);
        if (frame.info.compressed) {
            QByteArray out;
            inflater.decompress(frame.payload, 1 << 20, &out);
            if (out.size() > (1 << 20))
                __builtin_trap(); // the bomb limit must hold
        }
    }
    return 0;
}
