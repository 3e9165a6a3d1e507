// permessage-deflate in the wire engine: round trips, the four parameters, context takeover
// and every way a server's compressed frame can be wrong.
#include <zlib.h>

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "common/wirerequest.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/frame/framecodec.h"
#include "protocol/frame/permessagedeflate.h"

class TestWireDeflate : public QObject
{
    Q_OBJECT
private slots:
    void encoderRoundTrip();
    void deflateRoundTrip_data();
    void deflateRoundTrip();
    void deflateViolations_data();
    void deflateViolations();
    void deflateParameters_data();
    void deflateParameters();
    void deflateNotOfferedButAccepted();
    void serverContextTakeover();

private:
    SystemClock m_clock;
};

static QByteArray serverDeflate(z_stream *z, const QByteArray &in)
{
    QByteArray out(int(deflateBound(z, uLong(in.size()))) + 64, Qt::Uninitialized);
    z->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z->avail_in = uInt(in.size());
    z->next_out = reinterpret_cast<Bytef *>(out.data());
    z->avail_out = uInt(out.size());
    deflate(z, Z_SYNC_FLUSH);
    out.resize(out.size() - int(z->avail_out));
    out.chop(4);
    return out;
}

static QByteArray deflateOnce(const QByteArray &in)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    const QByteArray out = serverDeflate(&z, in);
    deflateEnd(&z);
    return out;
}

static QByteArray rsv1Frame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    QByteArray f = RawPeer::frame(opcode, payload, fin);
    f[0] = char(uchar(f[0]) | 0x40);
    return f;
}

void TestWireDeflate::encoderRoundTrip()
{
    for (int size : {0, 1, 125, 126, 65535, 65536, 200000}) {
        QByteArray payload(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            payload[i] = char(i * 13);
        const QByteArray frame =
            FrameCodec::encode(FrameCodec::Binary, payload, true, false, 0x01020304);
        // Unmask as a server would, then decode as a client would (without the mask bit).
        const int lenBytes = size <= 125 ? 0 : size <= 0xffff ? 2 : 8;
        QByteArray unmasked = frame;
        unmasked[1] = char(uchar(unmasked[1]) & 0x7f);
        QByteArray body = frame.mid(2 + lenBytes + 4);
        FrameCodec::applyMask(body.data(), body.size(), 0x01020304);
        unmasked = unmasked.left(2 + lenBytes) + body;
        FrameCodec codec;
        qsizetype offset = 0;
        FrameCodec::Frame out;
        int code = 0;
        QString error;
        QCOMPARE(codec.decode(unmasked, &offset, &out, &code, &error), FrameCodec::Result::Frame);
        QCOMPARE(out.payload, payload);
        QCOMPARE(offset, unmasked.size());
    }
}

void TestWireDeflate::deflateRoundTrip_data()
{
    QTest::addColumn<bool>("noContextTakeover");
    QTest::addRow("context takeover") << false;
    QTest::addRow("no context takeover") << true;
}

void TestWireDeflate::deflateRoundTrip()
{
    QFETCH(bool, noContextTakeover);
    PerMessageDeflate::Params p;
    p.clientNoContextTakeover = p.serverNoContextTakeover = noContextTakeover;
    PerMessageDeflate sender(p), receiver(p);
    const QList<QByteArray> messages{QByteArray(10000, 'a'),
                                     QByteArray("{\"op\":\"quote\",\"px\":1}"),
                                     QByteArray(10000, 'a'), QByteArray()};
    qsizetype lastSize = 0;
    for (const QByteArray &m : messages) {
        const QByteArray wire = sender.compress(m);
        QByteArray back;
        QCOMPARE(receiver.decompress(wire, 1 << 20, &back), PerMessageDeflate::InflateResult::Ok);
        QCOMPARE(back, m);
        lastSize = wire.size();
    }
    QVERIFY(lastSize < 10);
}

void TestWireDeflate::deflateViolations_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("decompression bomb")
        << rsv1Frame(0x2, deflateOnce(QByteArray(8 * 1024 * 1024, 0))) << 1009
        << "inflates beyond Wsprobe's limit of 1048576";
    QTest::addRow("RSV1 on continuation")
        << (rsv1Frame(0x1, deflateOnce("ab"), false) + rsv1Frame(0x0, "x")) << 1002
        << "continuation";
    QTest::addRow("not deflate data")
        << rsv1Frame(0x2, "\xff\xff\xff\xff") << 1007 << "not valid deflate";
    QTest::addRow("compressed invalid UTF-8")
        << rsv1Frame(0x1, deflateOnce("ok \xff")) << 1007 << "not valid UTF-8";
    QTest::addRow("compressed ping") << rsv1Frame(0x9, "") << 1002 << "compressed a ping";
}

void TestWireDeflate::deflateViolations()
{
    QFETCH(QByteArray, frames);
    QFETCH(int, code);
    QFETCH(QString, message);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames, false, {}, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    ConnectionRequest r = wireRequest(peer.url());
    r.maxMessageSize = 1024 * 1024;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.eventsOf(EventKind::Open).first().extensions, QString("permessage-deflate"));
    QVERIFY2(!spy.errors.isEmpty() && spy.errors.first().contains(message),
             qPrintable(spy.errors.value(0)));
    QCOMPARE(spy.lastClose().code, code);
}

void TestWireDeflate::deflateParameters_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("error");
    QTest::addRow("all four") << QByteArray(
        "permessage-deflate; server_no_context_takeover; "
        "client_no_context_takeover; server_max_window_bits=10; "
        "client_max_window_bits=9")
                              << "";
    QTest::addRow("quoted bits") << QByteArray("permessage-deflate; server_max_window_bits=\"12\"")
                                 << "";
    QTest::addRow("window 7") << QByteArray("permessage-deflate; server_max_window_bits=7")
                              << "8 to 15";
    QTest::addRow("window 16") << QByteArray("permessage-deflate; client_max_window_bits=16")
                               << "8 to 15";
    QTest::addRow("unknown parameter") << QByteArray("permessage-deflate; x_mode=fast") << "x_mode";
    QTest::addRow("repeated parameter")
        << QByteArray("permessage-deflate; server_no_context_takeover; server_no_context_takeover")
        << "repeated";
}

void TestWireDeflate::deflateParameters()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, error);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(rsv1Frame(0x1, deflateOnce("fine")), false, {},
                       "Sec-WebSocket-Extensions: " + header + "\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    if (error.isEmpty()) {
        QVERIFY(spy.waitForEvents(EventKind::Text, 1));
        QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("fine"));
        QCOMPARE(c.extensions(), QString::fromLatin1(header));
        QVERIFY(peer.request().contains(
            "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"));
        c.abort();
    } else {
        QVERIFY(spy.waitForClosed());
        QVERIFY2(spy.errors.first().contains(error), qPrintable(spy.errors.first()));
        QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
    }
}

void TestWireDeflate::deflateNotOfferedButAccepted()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, {}, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    ConnectionRequest r = wireRequest(peer.url());
    r.deflate = false;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QVERIFY(!peer.request().contains("Sec-WebSocket-Extensions"));
    QVERIFY2(spy.errors.first().contains("\"permessage-deflate\", which was not offered"),
             qPrintable(spy.errors.first()));
}

void TestWireDeflate::serverContextTakeover()
{
    // Three messages from one compression context: the second and third refer back to the
    // first, so they only decode if the client kept its window.
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    const QByteArray text = "{\"symbol\":\"WSP\",\"price\":101.25,\"venue\":\"loopback\"}";
    QByteArray frames;
    for (int i = 0; i < 3; ++i)
        frames += rsv1Frame(0x1, serverDeflate(&z, text));
    deflateEnd(&z);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames, false, {}, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 3, 5000);
    for (const Event &e : spy.messages(Direction::In))
        QCOMPARE(e.payload, text);
    const QList<Event> in = spy.messages(Direction::In);
    QVERIFY(in[2].wireSize < in[0].wireSize); // the later ones are back-references
    QVERIFY(in[0].wireSize > 0);
    c.abort();
}

QTEST_GUILESS_MAIN(TestWireDeflate)
#include "tst_wiredeflate.moc"
