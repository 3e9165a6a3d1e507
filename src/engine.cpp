#include "engine.h"

#include "qtwebsocketengine.h"

EngineListener::~EngineListener() = default;

Engine::Engine(EngineListener *listener, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
{
}

Engine::~Engine() = default;

std::unique_ptr<Engine> createEngine(EngineKind kind, EngineListener *listener)
{
    switch (kind) {
    case EngineKind::QtWebSockets:
        break;
    }
    return std::make_unique<QtWebSocketEngine>(listener);
}
