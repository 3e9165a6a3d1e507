#pragma once

#include <QCoreApplication>

#include "protocol/framecodec.h"
#include "protocol/permessagedeflate.h"
#include "protocol/utf8validator.h"

/// Puts a server's data frames back together into messages (RFC 6455 §5.4), inflating
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

    void reset(qint64 maxMessageSize, PerMessageDeflate *deflate);
    /// Takes one data frame (text, binary or continuation).
    Result add(const FrameCodec::Frame &frame);

private:
    static Result violation(int code, const QString &what);

    qint64 m_maxMessageSize = 0;
    PerMessageDeflate *m_deflate = nullptr;
    bool m_inMessage = false;
    quint8 m_opcode = 0;
    bool m_compressed = false;
    QByteArray m_message;
    Utf8Validator m_utf8;
};
