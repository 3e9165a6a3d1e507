#include "engine.h"

#include "qtwebsocketengine.h"

Engine::~Engine() = default;

std::unique_ptr<Engine> createEngine(EngineKind kind)
{
    switch (kind) {
    case EngineKind::QtWebSockets:
        break;
    }
    return std::make_unique<QtWebSocketEngine>();
}
