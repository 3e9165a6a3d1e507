#include "protocol/frame/messageassembler.h"

namespace {

MessageAssembler::Result message(const QByteArray &payload, bool isText, qint64 wireSize)
{
    MessageAssembler::Result r;
    r.status = MessageAssembler::Result::Message;
    r.payload = payload;
    r.isText = isText;
    r.wireSize = wireSize;
    return r;
}

} // namespace

void MessageAssembler::reset(qint64 maxMessageSize, PerMessageDeflate *deflate, Endpoint role)
{
    *this = MessageAssembler();
    m_maxMessageSize = maxMessageSize;
    m_role = role;
    m_deflate = deflate;
}

MessageAssembler::Result MessageAssembler::violation(int code, const QString &what)
{
    Result r;
    r.status = Result::Violation;
    r.closeCode = code;
    r.violation = what;
    return r;
}

QString MessageAssembler::notUtf8(bool fromClient)
{
    return fromClient ? tr("the client sent a text message that is not valid UTF-8")
                      : tr("the server sent a text message that is not valid UTF-8");
}

MessageAssembler::Result MessageAssembler::add(const FrameCodec::Frame &frame)
{
    const bool s = m_role == Endpoint::Server; // the violation is the client's
    const quint8 opcode = frame.info.opcode;
    if (opcode == FrameCodec::Continuation && !m_inMessage)
        return violation(1002, s ? tr("the client sent a continuation frame with no message to "
                                      "continue")
                                 : tr("the server sent a continuation frame with no message to "
                                      "continue"));
    if (opcode != FrameCodec::Continuation && m_inMessage)
        return violation(1002, (s ? tr("the client started a new %1 message before finishing "
                                       "the previous one")
                                  : tr("the server started a new %1 message before finishing "
                                       "the previous one"))
                                   .arg(FrameCodec::opcodeName(opcode)));
    if (opcode != FrameCodec::Continuation) {
        m_inMessage = true;
        m_opcode = opcode;
        m_compressed = frame.info.compressed;
        m_utf8.reset();
        m_message.clear();
    } else if (frame.info.compressed) {
        return violation(1002, s ? tr("the client set RSV1 on a continuation frame")
                                 : tr("the server set RSV1 on a continuation frame"));
    }
    if (qint64(m_message.size()) + frame.payload.size() > m_maxMessageSize)
        return violation(1009, (s ? tr("the client's message exceeds this server's limit of %1 "
                                       "bytes per message")
                                  : tr("the server's message exceeds Wsprobe's limit of %1 bytes "
                                       "per message (change it with --max-message-size, or Max "
                                       "message size in the connection panel)"))
                                   .arg(m_maxMessageSize));
    const bool text = m_opcode == FrameCodec::Text;
    // Compressed text can only be checked once inflated.
    if (text && !m_compressed && !m_utf8.feed(frame.payload))
        return violation(1007, notUtf8(s));
    if (!frame.info.fin) {
        m_message.append(frame.payload);
        return {};
    }
    // A single-frame message (the common case) is handed on without another copy.
    const QByteArray payload = m_message.isEmpty() ? frame.payload : m_message + frame.payload;
    m_message.clear();
    m_inMessage = false;
    if (!m_compressed) {
        if (text && !m_utf8.isComplete())
            return violation(
                1007, s ? tr("the client's text message ends in the middle of a UTF-8 character")
                        : tr("the server's text message ends in the middle of a UTF-8 character"));
        return message(payload, text, -1);
    }
    QByteArray inflated;
    switch (m_deflate->decompress(payload, m_maxMessageSize, &inflated)) {
    case PerMessageDeflate::InflateResult::TooBig:
        return violation(1009, (s ? tr("the client's compressed message inflates beyond this "
                                       "server's limit of %1 bytes per message")
                                  : tr("the server's compressed message inflates beyond Wsprobe's "
                                       "limit of %1 bytes per message (change it with "
                                       "--max-message-size, or Max message size in the "
                                       "connection panel)"))
                                   .arg(m_maxMessageSize));
    case PerMessageDeflate::InflateResult::Corrupt:
        return violation(1007, s ? tr("the client's compressed message is not valid deflate data")
                                 : tr("the server's compressed message is not valid deflate data"));
    case PerMessageDeflate::InflateResult::Ok:
        break;
    }
    if (text && !Utf8Validator::isValidUtf8(inflated))
        return violation(1007, notUtf8(s));
    return message(inflated, text, payload.size());
}
