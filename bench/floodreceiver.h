#pragma once

#include <QString>
#include <QtGlobal>

/// One receiver process of the flood benchmark. Modes: raw (a plain socket that reads the
/// bytes and parses nothing: the machine's limit), bare (a QWebSocket that only counts),
/// core-qt / core (Connection + EventLog on the QWebSocket / wire engine), gui (the main
/// window, offscreen, log visible). Prints one RESULT line; returns 0 when all N arrived.
int runFloodReceiver(const QString &mode, quint16 port, qint64 messages, int size, bool deflate);

/// Bytes one unmasked frame of `payload` bytes occupies on the wire.
qint64 floodFrameBytes(qint64 payload);
