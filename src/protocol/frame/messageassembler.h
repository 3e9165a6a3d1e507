#pragma once

#include <QCoreApplication>

#include "protocol/frame/framecodec.h"
#include "protocol/frame/permessagedeflate.h"
#include "protocol/frame/utf8validator.h"

/// Puts the other end's data frames back together into messages (RFC 6455 §5.4), inflating
/// permessage-deflate messages and checking UTF-8 and the size limit as it goes.
class MessageAssembler
{
    Q_DECLARE_TR_FUNCTIONS(MessageAssembler)
public:
    struct Result
    {
        enum { Incomplete, Message, Violation } status = Incomplete;
        QByteArray payload; ///< Message: the whole (inflated) message
        bool isText = false;
        qint64 wireSize = -1; ///< Message: compressed size if it was deflated
        int closeCode = 0;    ///< Violation: the code to close with
        QString violation;
    };

    /// role: which end Wsprobe plays, so that a violation names the other.
    void reset(qint64 maxMessageSize, PerMessageDeflate *deflate, Endpoint role = Endpoint::Client);
    /// Takes one data frame (text, binary or continuation).
    Result add(const FrameCodec::Frame &frame);

private:
    static Result violation(int code, const QString &what);
    static QString notUtf8(bool fromClient);

    qint64 m_maxMessageSize = 0;
    Endpoint m_role = Endpoint::Client;
    PerMessageDeflate *m_deflate = nullptr;
    bool m_inMessage = false;
    quint8 m_opcode = 0;
    bool m_compressed = false;
    QByteArray m_message;
    Utf8Validator m_utf8;
};
