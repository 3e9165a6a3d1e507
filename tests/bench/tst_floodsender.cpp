// The flood benchmark's figures "with permessage-deflate" once measured plain frames: the
// sender never read its deflate flag. These tests read its bytes off the wire.
#include <zlib.h>

#include <QTcpSocket>
#include <QTest>

#include "common/connectionspy.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "floodsender.h"

namespace {

struct Frame
{
    quint8 first = 0;
    QByteArray payload;
};

/// Reads the 101 and then `count` frames; fails the test on a short read.
bool readUpgrade(QTcpSocket &s, bool offerDeflate, QByteArray &head, QList<Frame> &frames,
                 int count)
{
    QByteArray request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
    if (offerDeflate)
        request += "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n";
    s.write(request + "\r\n");
    QByteArray buffer;
    // The sender lives on this thread, so wait by spinning the event loop, not by blocking.
    for (int round = 0; round < 500; ++round) {
        QTest::qWait(10);
        buffer += s.readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        head = buffer.left(end);
        QByteArray rest = buffer.mid(end + 4);
        frames.clear();
        qsizetype pos = 0;
        while (frames.size() < count && pos + 2 <= rest.size()) {
            const quint8 b0 = quint8(rest[pos]);
            qint64 len = quint8(rest[pos + 1]) & 0x7f;
            qsizetype at = pos + 2;
            if (len == 126) {
                if (at + 2 > rest.size())
                    break;
                len = (quint8(rest[at]) << 8) | quint8(rest[at + 1]);
                at += 2;
            }
            if (at + len > rest.size())
                break;
            frames.append({b0, rest.mid(at, len)});
            pos = at + len;
        }
        if (frames.size() == count)
            return true;
    }
    return false;
}

QByteArray inflateRaw(QByteArray data)
{
    data.append("\x00\x00\xff\xff", 4); // RFC 7692 §7.2.2: the tail the sender removed
    z_stream z{};
    inflateInit2(&z, -15);
    QByteArray out(1 << 16, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(data.data());
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - qsizetype(z.avail_out));
    inflateEnd(&z);
    return rc == Z_OK || rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray pattern(int size)
{
    QByteArray p;
    for (int i = 0; i < size; ++i)
        p.append(char('a' + i % 26));
    return p;
}

} // namespace

class TestFloodSender : public QObject
{
    Q_OBJECT
private slots:
    void frames_data();
    void frames();
    void wireEngineInflatesIt();
};

void TestFloodSender::frames_data()
{
    QTest::addColumn<bool>("asked");  // the bench's --deflate
    QTest::addColumn<bool>("offers"); // the client's Sec-WebSocket-Extensions
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("compressed");
    QTest::newRow("asked and offered") << true << true << 200 << true;
    QTest::newRow("asked, not offered") << true << false << 200 << false;
    QTest::newRow("offered, not asked") << false << true << 64 << false;
}

void TestFloodSender::frames()
{
    QFETCH(bool, asked);
    QFETCH(bool, offers);
    QFETCH(int, size);
    QFETCH(bool, compressed);
    FloodSender sender(3, size, asked);
    sender.setQuitWhenDone(false);
    QVERIFY(sender.listen());
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, sender.port());
    QVERIFY(s.waitForConnected(5000));
    QByteArray head;
    QList<Frame> frames;
    QVERIFY(readUpgrade(s, offers, head, frames, 3));
    // The extension in the 101 and RSV1 on the frames go together (RFC 7692 §6).
    QCOMPARE(head.toLower().contains("sec-websocket-extensions: permessage-deflate"), compressed);
    for (const Frame &f : frames) {
        QCOMPARE(f.first, quint8(compressed ? 0xC1 : 0x81)); // FIN, RSV1 when compressed, text
        if (compressed) {
            QVERIFY(f.payload.size() < size);
            QCOMPARE(inflateRaw(f.payload), pattern(size));
        } else {
            QCOMPARE(f.payload, pattern(size));
        }
    }
}

void TestFloodSender::wireEngineInflatesIt()
{
    // What the bench's core mode sees: every message arrives inflated, frames flagged RSV1.
    FloodSender sender(50, 1024, true);
    sender.setQuitWhenDone(false);
    QVERIFY(sender.listen());
    SystemClock clock;
    Connection connection(clock);
    ConnectionSpy spy(&connection);
    ConnectionRequest r;
    r.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(sender.port()));
    r.reportFrames = true;
    connection.open(r);
    QVERIFY(spy.waitForEvents(EventKind::Text, 50));
    QVERIFY(connection.extensions().contains(QLatin1String("permessage-deflate")));
    const QList<Event> texts = spy.messages(Direction::In);
    QCOMPARE(texts.size(), 50);
    for (const Event &m : texts) {
        QCOMPARE(m.payload, pattern(1024));
        QVERIFY(m.wireSize > 0 && m.wireSize < 1024);
    }
    int compressedFrames = 0;
    for (const Event &f : spy.eventsOf(EventKind::Frame)) {
        if (f.frame.direction == Direction::In && f.frame.opcode == 1) {
            QVERIFY(f.frame.compressed);
            ++compressedFrames;
        }
    }
    QCOMPARE(compressedFrames, 50);
}

QTEST_GUILESS_MAIN(TestFloodSender)
#include "tst_floodsender.moc"
