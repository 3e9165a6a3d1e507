#pragma once

#include <QByteArray>

/// The feed that ends with its last messages, its Close and its FIN in one write, as the
/// data-loss tests of the engine, the CLI, record and the window's journal all send it.
namespace Burst {

constexpr quint16 CloseCode = 4001;
constexpr const char *CloseReason = "feed over";

/// Columns count (int), size (int) and withClose (bool), with the rows every test runs.
void addRows();
/// count numbered text messages of size bytes (RawPeer::burst), then a Close if withClose.
QByteArray bytes(int count, int size, bool withClose);

} // namespace Burst
