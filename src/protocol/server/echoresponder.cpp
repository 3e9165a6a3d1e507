#include "protocol/server/echoresponder.h"

#include "protocol/server/serverengine.h"

EchoResponder::EchoResponder(std::unique_ptr<ServerEngine> engine, const ConnectionRequest &request)
    : m_engine(std::move(engine))
{
    m_engine->setListener(this);
    m_engine->open(request);
}

EchoResponder::~EchoResponder()
{
    if (!m_closed)
        m_engine->abort();
    // Later: the responder may be deleted from inside the engine's own report.
    m_engine.release()->deleteLater();
}

void EchoResponder::engineMessage(const QByteArray &payload, bool isText, qint64)
{
    if (isText)
        m_engine->sendText(payload);
    else
        m_engine->sendBinary(payload);
    ++m_echoed;
    if (m_engine->bufferedAmount() > MaxBufferedBytes)
        m_engine->setReadingPaused(true);
}

void EchoResponder::engineBufferedAmountChanged(qint64 bytes)
{
    if (bytes <= MaxBufferedBytes / 2 && m_engine->readingPaused()
        && !m_engine->faults().stopReading)
        m_engine->setReadingPaused(false);
}

void EchoResponder::engineClosed(int code, const QString &, bool)
{
    m_closed = true;
    m_closeCode = code;
    if (m_onClosed)
        m_onClosed();
}
