#include "common/burst.h"

#include <QTest>

#include "common/rawpeer.h"

namespace Burst {

void addRows()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("withClose");
    QTest::addRow("100k x 64 B, Close, FIN") << 100000 << 64 << true;
    QTest::addRow("1M x 64 B, Close, FIN") << 1000000 << 64 << true;
    QTest::addRow("4 x 1 MiB, Close, FIN") << 4 << 1024 * 1024 << true;
    QTest::addRow("100k x 64 B, FIN") << 100000 << 64 << false;
    QTest::addRow("4 x 1 MiB, FIN") << 4 << 1024 * 1024 << false;
}

QByteArray bytes(int count, int size, bool withClose)
{
    QByteArray out = RawPeer::burst(count, size);
    if (withClose)
        out += RawPeer::closeFrame(CloseCode, CloseReason);
    return out;
}

} // namespace Burst
