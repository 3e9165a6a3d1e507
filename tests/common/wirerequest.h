#pragma once

#include <QUrl>

#include "protocol/connectionrequest.h"

/// A request for Wsprobe's own engine with a short close timeout, as the engine tests use.
inline ConnectionRequest wireRequest(const QUrl &url)
{
    ConnectionRequest r;
    r.url = url;
    r.engine = EngineKind::Wire;
    r.closeTimeoutMs = 2000;
    return r;
}
