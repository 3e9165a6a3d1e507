#pragma once

#include <algorithm>

#include <QByteArray>
#include <QString>
#include <QTest>

#include "log/eventstore.h"
#include "session/session.h"

// What the session tests (tst_session, tst_sessionhar, tst_sessionprivacy) write and read.

inline constexpr qint64 T0 = 1767323045678; // 2026-01-02T03:04:05.678Z

// An error message must never carry raw control bytes to a terminal or a dialog.
inline bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A HAR file with one WebSocket entry: the messages given, and extra members for the entry.
inline QByteArray harWith(const QByteArray &messages, const QByteArray &entryMembers = {})
{
    return R"({"log":{"version":"1.2","entries":[{"startedDateTime":"2026-01-02T03:04:05.678Z",)"
           R"("request":{"url":"wss://a/"},"response":{"status":101},"_webSocketMessages":[)"
           + messages + "]" + entryMembers + "}]}}";
}

/// A recorded session's header with a secret in every place one can be.
inline SessionHeader sampleHeader()
{
    SessionHeader h;
    h.createdMs = T0;
    h.request.url = QUrl("ws://127.0.0.1:9/chat?room=1&access_token=abc");
    h.request.subprotocols = {"v2.chat", "v1.chat"};
    h.request.headers = {{"Authorization", "Bearer s3cret"}, {"X-Trace", "7"}};
    h.request.origin = "http://localhost";
    h.request.engine = EngineKind::QtWebSockets;
    h.request.keepAliveMs = 1500;
    h.request.deflate = false;
    h.request.keyPassphrase = "never written";
    h.source = "record";
    return h;
}

/// One event of every kind, with payloads that test escaping: UTF-8, all 256 bytes, controls.
inline EventStore sampleEvents()
{
    EventStore s;
    HandshakeRecord h;
    h.requestLine = "GET /chat?room=1&access_token=abc HTTP/1.1";
    h.requestHeaders = {{"Host", "127.0.0.1:9"}, {"Authorization", "Bearer s3cret"}};
    h.responseSeen = true;
    h.status = 101;
    h.statusLine = "HTTP/1.1 101 Switching Protocols";
    h.responseHeaders = {{"Upgrade", "websocket"}, {"Set-Cookie", "sid=1"}};
    s.append(Event::handshakeRecord(T0 + 1, h));
    s.append(Event::open(T0 + 2, "v2.chat", ""));
    s.append(
        Event::message(T0 + 3, Direction::Out, true, QString::fromUtf8("xin chào 😀").toUtf8()));
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    s.append(Event::message(T0 + 4, Direction::In, false, all));
    s.append(Event::message(T0 + 5, Direction::In, true, "line1\nline2\t\"quoted\""));
    s.append(Event::message(T0 + 6, Direction::Out, true, {}));
    s.append(Event::control(T0 + 7, EventKind::Pong, Direction::In, "p", 3));
    s.append(Event::error(T0 + 8, "something odd"));
    s.append(Event::close(T0 + 1009, 4000, QString::fromUtf8("tạm biệt"), true));
    return s;
}

inline void compareEvents(const EventStore &a, const EventStore &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Event x = a.at(i), y = b.at(i);
        QCOMPARE(int(x.kind), int(y.kind));
        QCOMPARE(x.timeMs, y.timeMs);
        QCOMPARE(int(x.direction), int(y.direction));
        QCOMPARE(x.payload, y.payload);
        QCOMPARE(x.code, y.code);
        QCOMPARE(x.wasClean, y.wasClean);
        QCOMPARE(x.protocol, y.protocol);
    }
}
