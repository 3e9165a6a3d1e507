// libFuzzer target: the server's answer to the upgrade request, fed in pieces of sizes the
// input chooses, then validated as the wire engine does.
#include <cstddef>
#include <cstdint>

#include "protocol/client/httpresponseparser.h"
#include "protocol/frame/permessagedeflate.h"
#include "protocol/handshake.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    HttpResponseParser parser;
    QByteArray pending;
    HttpResponseParser::State state = HttpResponseParser::State::Headers;
    while (!rest.isEmpty()
           && (state == HttpResponseParser::State::Headers
               || state == HttpResponseParser::State::Body)) {
        pending += rest.left(step);
        rest.remove(0, step);
        state = parser.feed(&pending);
    }
    if (state == HttpResponseParser::State::Headers || state == HttpResponseParser::State::Body)
        state = parser.finish();
    if (parser.body().size() > HttpResponseParser::MaxBodyBytes)
        __builtin_trap();
    if (state == HttpResponseParser::State::Complete) {
        HandshakeRecord record;
        record.status = parser.status();
        record.statusLine = parser.statusLine();
        record.responseHeaders = parser.headers();
        ConnectionRequest request;
        request.subprotocols = {QStringLiteral("chat")};
        QString protocol, extensions;
        Handshake::validateUpgrade(record, request, "dGhlIHNhbXBsZSBub25jZQ==", true, &protocol,
                                   &extensions);
        for (const QByteArray &value :
             Handshake::headerValues(record.responseHeaders, "Sec-WebSocket-Extensions")) {
            PerMessageDeflate::Params params;
            QString error;
            PerMessageDeflate::parseResponse(value, &params, &error);
        }
    }
    return 0;
}
