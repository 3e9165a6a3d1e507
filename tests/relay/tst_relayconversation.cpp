// The relay's pipe logic with fake legs and a ManualClock: routes, breakpoints and their
// queue, edits, drops, answers, injection, control frames, closes and back-pressure.
#include <QSignalSpy>
#include <QTest>

#include "connection/clock.h"
#include "relay/relayconversation.h"
#include "relay/relayframes.h"
#include "relay/relayrequest.h"

namespace {

/// Records what the conversation asks of it.
class FakeLeg final : public RelayLeg
{
public:
    struct Sent
    {
        QByteArray payload;
        bool isText;
    };
    QList<Sent> messages;
    QList<QByteArray> pings, pongs;
    QList<QPair<int, QByteArray>> closes;
    int aborts = 0;
    qint64 buffered = 0;
    bool readingPaused = false;
    qint64 compressTo = -1;
    bool deflate = false;
    QList<QPair<QByteArray, RelayFragments>> framed;

    qint64 sendMessage(const QByteArray &payload, bool isText) override
    {
        messages.append({payload, isText});
        return compressTo;
    }
    FramesResult sendFragments(const QByteArray &payload, const RelayFragments &fragments) override
    {
        if (deflate)
            return FramesResult::NotKept;
        framed.append({payload, fragments});
        return FramesResult::Sent;
    }
    void sendPing(const QByteArray &p) override { pings << p; }
    void sendPong(const QByteArray &p) override { pongs << p; }
    void close(int code, const QByteArray &reason) override { closes.append({code, reason}); }
    bool abort() override
    {
        ++aborts;
        return true;
    }
    qint64 bufferedAmount() const override { return buffered; }
    void setReadingPaused(bool paused) override { readingPaused = paused; }
};

RelayBreakpoint breakOn(RelaySide from, const QByteArray &needle)
{
    RelayBreakpoint b;
    b.from = from;
    b.rule = QString::fromUtf8(needle);
    b.test = [needle](QByteArrayView p, bool) { return p.contains(needle); };
    return b;
}

} // namespace

class TestRelayConversation : public QObject
{
    Q_OBJECT
private:
    ManualClock clock{1000};
    std::unique_ptr<RelayConversation> conv;
    FakeLeg client, server;
    QList<RelayRecord> added, updated;
    QList<QPair<RelaySide, Event>> legEvents;

    void openBoth()
    {
        conv->legOpened(RelaySide::Server, QString(), QString());
        conv->legOpened(RelaySide::Client, QString(), QString());
    }
    QList<Event> eventsOf(RelaySide side, EventKind kind) const
    {
        QList<Event> out;
        for (const auto &[s, e] : legEvents)
            if (s == side && e.kind == kind)
                out << e;
        return out;
    }

private slots:
    void init()
    {
        client = FakeLeg();
        server = FakeLeg();
        added.clear();
        updated.clear();
        legEvents.clear();
        conv = std::make_unique<RelayConversation>(clock);
        conv->setLeg(RelaySide::Client, &client);
        conv->setLeg(RelaySide::Server, &server);
        connect(conv.get(), &RelayConversation::recordAdded, this,
                [this](const RelayRecord &r) { added << r; });
        connect(conv.get(), &RelayConversation::recordUpdated, this,
                [this](const RelayRecord &r) { updated << r; });
        connect(conv.get(), &RelayConversation::legEvent, this,
                [this](RelaySide s, const Event &e) {
                    legEvents.append({s, e});
                });
    }

    void forwardsBothWaysWithFourRoutes()
    {
        openBoth();
        server.compressTo = 7;
        conv->legMessage(RelaySide::Client, "hello", true, -1, {});
        conv->legMessage(RelaySide::Server, QByteArray("\x00\x01", 2), false, 30, {});
        QCOMPARE(server.messages.size(), 1);
        QCOMPARE(server.messages[0].payload, QByteArray("hello"));
        QVERIFY(server.messages[0].isText);
        QCOMPARE(client.messages.size(), 1);
        QCOMPARE(client.messages[0].payload, QByteArray("\x00\x01", 2));
        QVERIFY(!client.messages[0].isText);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added[0].arrived, RelayRoute::ClientToWsprobe);
        QCOMPARE(added[0].left, RelayRoute::WsprobeToServer);
        QCOMPARE(added[0].fate, RelayRecord::Fate::Forwarded);
        QCOMPARE(added[0].wireSizeOut, 7);
        QCOMPARE(added[1].arrived, RelayRoute::ServerToWsprobe);
        QCOMPARE(added[1].left, RelayRoute::WsprobeToClient);
        QCOMPARE(added[1].wireSizeIn, 30);
        QCOMPARE(added[0].pathLabel(), QStringLiteral("client → Wsprobe → server"));
        // Each leg's own session: what came from its peer (In) and what was written to it.
        const QList<Event> clientMsgs = eventsOf(RelaySide::Client, EventKind::Text)
                                        + eventsOf(RelaySide::Client, EventKind::Binary);
        QCOMPARE(clientMsgs.size(), 2);
        QCOMPARE(eventsOf(RelaySide::Server, EventKind::Text).at(0).direction, Direction::Out);
        QCOMPARE(eventsOf(RelaySide::Server, EventKind::Text).at(0).wireSize, 7);
        QCOMPARE(eventsOf(RelaySide::Client, EventKind::Text).at(0).direction, Direction::In);
        QCOMPARE(conv->messagesRelayed(), 2);
    }

    void fragmentsKeepTheirFramesUnlessEditedOrDeflated()
    {
        openBoth();
        const RelayFragments three = {{0x1, false, 0, 2}, {0x0, false, 0, 2}, {0x0, true, 0, 3}};
        conv->legMessage(RelaySide::Client, "abcdefg", true, -1, three);
        QCOMPARE(server.framed.size(), 1);
        QCOMPARE(server.framed[0].first, QByteArray("abcdefg"));
        QCOMPARE(server.framed[0].second, three);
        QVERIFY(server.messages.isEmpty());
        QCOMPARE(added.last().framing, RelayRecord::Framing::Kept);
        QCOMPARE(added.last().fragments.size(), 3);

        // Compressed on the arriving leg: its frames are cut from that leg's deflate stream.
        conv->legMessage(RelaySide::Client, "abcdefg", true, 5, three);
        QCOMPARE(server.framed.size(), 1);
        QCOMPARE(server.messages.size(), 1);
        QCOMPARE(added.last().framing, RelayRecord::Framing::JoinedDeflate);
        // The leaving leg deflates: the same.
        client.deflate = true;
        conv->legMessage(RelaySide::Server, "abcdefg", false, -1, three);
        QCOMPARE(client.messages.size(), 1);
        QCOMPARE(added.last().framing, RelayRecord::Framing::JoinedDeflate);
        QVERIFY(added.last().framingLabel().contains(QLatin1String("deflate")));

        // Held at a breakpoint and forwarded as it came: the frames are kept; edited: one.
        conv->setBreakpoints({breakOn(RelaySide::Client, "held")});
        conv->legMessage(RelaySide::Client, "held-1", true, -1,
                         {{0x1, false, 0, 3}, {0x0, true, 0, 3}});
        QVERIFY(conv->forward(RelaySide::Client));
        QCOMPARE(server.framed.size(), 2);
        QCOMPARE(updated.last().framing, RelayRecord::Framing::Kept);
        conv->legMessage(RelaySide::Client, "held-2", true, -1,
                         {{0x1, false, 0, 3}, {0x0, true, 0, 3}});
        QVERIFY(conv->forwardEdited(RelaySide::Client, "changed", true));
        QCOMPARE(server.framed.size(), 2);
        QCOMPARE(server.messages.last().payload, QByteArray("changed"));
        QCOMPARE(updated.last().framing, RelayRecord::Framing::JoinedEdited);
    }

    void frameShapes()
    {
        RelayFrameShapes shapes;
        FrameInfo f;
        f.direction = Direction::In;
        f.opcode = 0x2;
        f.fin = false;
        f.payloadLength = 1;
        shapes.arrived(f);
        FrameInfo ping;
        ping.direction = Direction::In;
        ping.opcode = 0x9;
        shapes.arrived(ping); // between fragments: not part of the message
        f.opcode = 0x0;
        f.fin = true;
        f.payloadLength = 2;
        shapes.arrived(f);
        const RelayFragments got = shapes.take();
        QCOMPARE(got, (RelayFragments{{0x2, false, 0, 1}, {0x0, true, 0, 2}}));
        f.opcode = 0x1;
        shapes.arrived(f); // one frame: nothing to keep
        QVERIFY(shapes.take().isEmpty());

        const QList<RawFrame> masked = RelayFrameShapes::rawFrames("xyz", got, true);
        QCOMPARE(masked.size(), 2);
        QCOMPARE(masked[0].payload, QByteArray("x"));
        QCOMPARE(masked[0].opcode, quint8(0x2));
        QVERIFY(!masked[0].fin);
        QVERIFY(masked[0].masked && masked[0].maskKey.has_value());
        QCOMPARE(masked[1].payload, QByteArray("yz"));
        QVERIFY(masked[1].fin);
        QVERIFY(!RelayFrameShapes::rawFrames("xyz", got, false)[0].masked);
        QVERIFY(RelayFrameShapes::rawFrames("xyzw", got, false).isEmpty()); // lengths differ
    }

    void breakpointPausesAndLaterMessagesQueueInOrder()
    {
        openBoth();
        conv->setBreakpoints({breakOn(RelaySide::Client, "secret")});
        QSignalSpy pauses(conv.get(), &RelayConversation::pauseChanged);
        conv->legMessage(RelaySide::Client, "a secret", true, -1, {});
        conv->legMessage(RelaySide::Client, "second", true, -1, {});
        conv->legMessage(RelaySide::Client, "third", true, -1, {});
        conv->legMessage(RelaySide::Server, "server goes on", true, -1, {});
        QCOMPARE(server.messages.size(), 0);
        QCOMPARE(client.messages.size(), 1); // the other direction is not held
        QVERIFY(conv->paused(RelaySide::Client));
        QCOMPARE(conv->paused(RelaySide::Client)->payload, QByteArray("a secret"));
        QVERIFY(!conv->paused(RelaySide::Server));
        QCOMPARE(conv->queuedCount(RelaySide::Client), 2);
        QCOMPARE(added[0].fate, RelayRecord::Fate::Paused);
        QCOMPARE(added[1].fate, RelayRecord::Fate::Queued);
        QCOMPARE(added[1].queuedBehind, 1);
        QCOMPARE(added[2].queuedBehind, 2);
        QCOMPARE(pauses.size(), 1);

        QVERIFY(conv->forward(RelaySide::Client));
        QCOMPARE(server.messages.size(), 3);
        QCOMPARE(server.messages[0].payload, QByteArray("a secret"));
        QCOMPARE(server.messages[1].payload, QByteArray("second"));
        QCOMPARE(server.messages[2].payload, QByteArray("third"));
        QCOMPARE(updated.size(), 3);
        QCOMPARE(updated[0].id, added[0].id);
        QCOMPARE(updated[0].fate, RelayRecord::Fate::Forwarded);
        QCOMPARE(updated[2].fate, RelayRecord::Fate::Forwarded);
        QVERIFY(!conv->paused(RelaySide::Client));
        QVERIFY(!conv->forward(RelaySide::Client));
    }

    void queuedMessageThatMatchesPausesInTurn()
    {
        openBoth();
        conv->setBreakpoints({breakOn(RelaySide::Server, "!")});
        conv->legMessage(RelaySide::Server, "one!", true, -1, {});
        conv->legMessage(RelaySide::Server, "two", true, -1, {});
        conv->legMessage(RelaySide::Server, "three!", true, -1, {});
        conv->legMessage(RelaySide::Server, "four", true, -1, {});
        QVERIFY(conv->drop(RelaySide::Server));
        QCOMPARE(client.messages.size(), 1);
        QCOMPARE(client.messages[0].payload, QByteArray("two"));
        QCOMPARE(conv->paused(RelaySide::Server)->payload, QByteArray("three!"));
        QCOMPARE(conv->queuedCount(RelaySide::Server), 1);
        QVERIFY(conv->forwardEdited(RelaySide::Server, "3", false));
        QCOMPARE(client.messages.size(), 3);
        QCOMPARE(client.messages[1].payload, QByteArray("3"));
        QVERIFY(!client.messages[1].isText);
        QCOMPARE(client.messages[2].payload, QByteArray("four"));
        const auto edited =
            std::find_if(updated.cbegin(), updated.cend(),
                         [](const RelayRecord &r) { return r.fate == RelayRecord::Fate::Edited; });
        QVERIFY(edited != updated.cend());
        QCOMPARE(edited->payload, QByteArray("three!"));
        QCOMPARE(edited->sentPayload, QByteArray("3"));
        QCOMPARE(updated[0].fate, RelayRecord::Fate::Dropped);
    }

    void answerLocally()
    {
        openBoth();
        conv->setBreakpoints({breakOn(RelaySide::Client, "ask")});
        conv->legMessage(RelaySide::Client, "ask me", true, -1, {});
        QVERIFY(conv->answer(RelaySide::Client, "{\"answer\":42}", true));
        QCOMPARE(server.messages.size(), 0);
        QCOMPARE(client.messages.size(), 1);
        QCOMPARE(client.messages[0].payload, QByteArray("{\"answer\":42}"));
        QCOMPARE(updated.last().fate, RelayRecord::Fate::Answered);
        const RelayRecord reply = added.last();
        QCOMPARE(reply.fate, RelayRecord::Fate::Injected);
        QCOMPARE(reply.answerTo, updated.last().id);
        QCOMPARE(updated.last().answerId, reply.id);
        QCOMPARE(reply.left, RelayRoute::WsprobeToClient);
        QCOMPARE(reply.arrived, RelayRoute::None);
    }

    void injectEitherSide()
    {
        openBoth();
        QVERIFY(conv->inject(RelaySide::Server, "to server", true));
        QVERIFY(conv->inject(RelaySide::Client, QByteArray("\xff", 1), false));
        QCOMPARE(server.messages.size(), 1);
        QCOMPARE(client.messages.size(), 1);
        QCOMPARE(added[0].left, RelayRoute::WsprobeToServer);
        QCOMPARE(added[1].left, RelayRoute::WsprobeToClient);
        conv->legClosed(RelaySide::Client, 1000, "bye", true);
        QVERIFY(!conv->inject(RelaySide::Client, "late", true));
        QCOMPARE(added.last().fate, RelayRecord::Fate::Undeliverable);
    }

    void controlFramesPassEvenWhilePaused()
    {
        openBoth();
        conv->setBreakpoints({breakOn(RelaySide::Client, "")});
        conv->legMessage(RelaySide::Client, "held", true, -1, {});
        conv->legPing(RelaySide::Client, "p1");
        conv->legPong(RelaySide::Server, "p1");
        conv->legPing(RelaySide::Server, "");
        conv->legPong(RelaySide::Client, "");
        QCOMPARE(server.pings, QList<QByteArray>{"p1"});
        QCOMPARE(client.pongs, QList<QByteArray>{"p1"});
        QCOMPARE(client.pings, QList<QByteArray>{""});
        QCOMPARE(server.pongs, QList<QByteArray>{""});
        QCOMPARE(server.messages.size(), 0);
    }

    void closeCodesVerbatim_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("reason");
        QTest::addRow("client 1000") << 0 << 1000 << QByteArray("done");
        QTest::addRow("client 4999") << 0 << 4999 << QByteArray("");
        QTest::addRow("server 3000") << 1 << 3000 << QByteArray("é");
        QTest::addRow("server 1005") << 1 << 1005 << QByteArray();
        QTest::addRow("client 1011") << 0 << 1011 << QByteArray("x");
    }
    void closeCodesVerbatim()
    {
        QFETCH(int, from);
        QFETCH(int, code);
        QFETCH(QByteArray, reason);
        openBoth();
        const RelaySide side = from == 0 ? RelaySide::Client : RelaySide::Server;
        FakeLeg &other = from == 0 ? server : client;
        QSignalSpy done(conv.get(), &RelayConversation::finished);
        conv->legClosed(side, code, reason, true);
        QCOMPARE(other.closes.size(), 1);
        QCOMPARE(other.closes[0].first, code);
        QCOMPARE(other.closes[0].second, reason);
        QCOMPARE(other.aborts, 0);
        QCOMPARE(added.last().kind, RelayRecord::Kind::Close);
        QCOMPARE(added.last().code, code);
        QVERIFY(done.isEmpty());
        // The other peer answers; that end is Wsprobe's own, not mirrored back.
        conv->legClosed(otherSide(side), code, reason, true);
        QCOMPARE(done.size(), 1);
        QCOMPARE((from == 0 ? client : server).closes.size(), 0);
    }

    void aPeersCloseIsAnsweredByTheOtherPeer_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("answer");
        QTest::addRow("server 4321, client answers 4000") << 1 << 4321 << 4000;
        QTest::addRow("client 1000, server answers 1005") << 0 << 1000 << 1005;
        QTest::addRow("server 1005, client answers 1005") << 1 << 1005 << 1005;
    }
    void aPeersCloseIsAnsweredByTheOtherPeer()
    {
        QFETCH(int, from);
        QFETCH(int, code);
        QFETCH(int, answer);
        openBoth();
        const RelaySide side = from == 0 ? RelaySide::Client : RelaySide::Server;
        FakeLeg &closer = from == 0 ? client : server;
        FakeLeg &other = from == 0 ? server : client;
        QSignalSpy done(conv.get(), &RelayConversation::finished);
        conv->legCloseReceived(side, code, "first");
        QCOMPARE(other.closes, (QList<QPair<int, QByteArray>>{{code, "first"}}));
        QVERIFY(closer.closes.isEmpty()); // not answered before the other peer does
        // Data may still go to the closing peer until it has its answer.
        QVERIFY(conv->inject(side, "still", true));
        conv->legClosed(otherSide(side), answer, "second", true);
        QCOMPARE(closer.closes, (QList<QPair<int, QByteArray>>{{answer, "second"}}));
        QCOMPARE(closer.aborts, 0);
        QVERIFY(done.isEmpty());
        conv->legClosed(side, code, "first", true);
        QCOMPARE(done.size(), 1);
        QCOMPARE(other.closes.size(), 1); // nothing mirrored back
    }

    void aDropInsteadOfAnAnswerIsMirrored()
    {
        openBoth();
        QSignalSpy done(conv.get(), &RelayConversation::finished);
        conv->legCloseReceived(RelaySide::Server, 4321, "bye");
        conv->legClosed(RelaySide::Client, 1006, QByteArray(), false);
        QCOMPARE(server.aborts, 1);
        QVERIFY(server.closes.isEmpty());
        QCOMPARE(done.size(), 1);
    }

    void droppedLegIsMirrored()
    {
        openBoth();
        QSignalSpy done(conv.get(), &RelayConversation::finished);
        conv->legClosed(RelaySide::Server, 1006, QByteArray(), false);
        QCOMPARE(client.aborts, 1);
        QCOMPARE(client.closes.size(), 0);
        QCOMPARE(added.last().fate, RelayRecord::Fate::Mirrored);
        const QList<Event> clientCloses = eventsOf(RelaySide::Client, EventKind::Close);
        QCOMPARE(clientCloses.size(), 1);
        QCOMPARE(clientCloses[0].code, 1006);
        QVERIFY(!clientCloses[0].wasClean);
        QCOMPARE(done.size(), 1);
        QVERIFY(conv->isFinished());
    }

    void closeWaitsBehindPausedMessages()
    {
        openBoth();
        conv->setBreakpoints({breakOn(RelaySide::Client, "x")});
        conv->legMessage(RelaySide::Client, "x", true, -1, {});
        conv->legClosed(RelaySide::Client, 4001, "later", true);
        QCOMPARE(server.closes.size(), 0);
        QCOMPARE(added.last().fate, RelayRecord::Fate::Queued);
        QVERIFY(conv->forward(RelaySide::Client));
        QCOMPARE(server.messages.size(), 1);
        QCOMPARE(server.closes.size(), 1);
        QCOMPARE(server.closes[0].first, 4001);
        // Server messages after the client left have nowhere to go.
        conv->legMessage(RelaySide::Server, "too late", true, -1, {});
        QCOMPARE(added.last().fate, RelayRecord::Fate::Undeliverable);
        QCOMPARE(client.messages.size(), 0);
    }

    void backPressureStopsTheFeedingSide()
    {
        openBoth();
        conv->setBackPressure(1000, 100);
        QSignalSpy spy(conv.get(), &RelayConversation::readingPausedChanged);
        server.buffered = 1500;
        conv->legBufferedAmountChanged(RelaySide::Server, 1500);
        QVERIFY(client.readingPaused);
        QVERIFY(!server.readingPaused);
        QVERIFY(conv->isReadingPaused(RelaySide::Client));
        server.buffered = 500; // between the marks: still paused
        conv->legBufferedAmountChanged(RelaySide::Server, 500);
        QVERIFY(client.readingPaused);
        server.buffered = 50;
        conv->legBufferedAmountChanged(RelaySide::Server, 50);
        QVERIFY(!client.readingPaused);
        QCOMPARE(spy.size(), 2);
    }

    void aPausedDirectionsQueueIsBounded()
    {
        openBoth();
        conv->setBackPressure(1000, 100);
        conv->setBreakpoints({breakOn(RelaySide::Server, "stop")});
        conv->legMessage(RelaySide::Server, "stop", true, -1, {});
        for (int i = 0; i < 3; ++i)
            conv->legMessage(RelaySide::Server, QByteArray(400, 'a'), true, -1, {});
        QVERIFY(server.readingPaused);
        QVERIFY(conv->queuedBytes(RelaySide::Server) > 1000);
        QVERIFY(conv->drop(RelaySide::Server));
        QVERIFY(!server.readingPaused);
        QCOMPARE(conv->queuedBytes(RelaySide::Server), 0);
    }

    void emptyMessagesWeighInTheQueue()
    {
        openBoth();
        conv->setBackPressure(4096, 1024);
        conv->setBreakpoints({breakOn(RelaySide::Server, "")});
        int sent = 0;
        while (!server.readingPaused && sent < 100000) {
            conv->legMessage(RelaySide::Server, QByteArray(), false, -1, {});
            ++sent;
        }
        // Each record weighs what it holds, so empty ones fill the mark too.
        QVERIFY(server.readingPaused);
        QCOMPARE(sent, int(4096 / RelayConversation::heldBytes(RelayRecord())) + 1);
        QVERIFY(conv->queuedBytes(RelaySide::Server) <= 4096 + RelayConversation::heldBytes({}));
        QVERIFY(conv->peakHeldBytes() > 4096);
        // Nothing is dropped: forwarded in order once the breakpoint goes.
        conv->setBreakpoints({});
        QVERIFY(conv->forward(RelaySide::Server));
        QCOMPARE(client.messages.size(), sent);
        QVERIFY(!server.readingPaused);
        QCOMPARE(conv->queuedBytes(RelaySide::Server), 0);
    }

    void breakpointRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("isText");
        QTest::addColumn<bool>("matches");
        QTest::addRow("any, both sides") << "any" << 2 << QByteArray("x") << true << true;
        QTest::addRow("bare text") << "client:hello" << 1 << QByteArray("oh hello") << true << true;
        QTest::addRow("text: no") << "server:text:bye" << 1 << QByteArray("hello") << true << false;
        QTest::addRow("regex") << "client:regex:^sub (\\w+)$" << 1 << QByteArray("sub news") << true
                               << true;
        QTest::addRow("json equals")
            << "json:$.type=\"ack\"" << 2 << QByteArray(R"({"type":"ack"})") << true << true;
        QTest::addRow("json equals no")
            << "json:$.type=\"ack\"" << 2 << QByteArray(R"({"type":"nak"})") << true << false;
        QTest::addRow("json matches")
            << "json:$.n~^4" << 2 << QByteArray(R"({"n":42})") << true << true;
        QTest::addRow("hex prefix")
            << "server:hex:00 ff" << 1 << QByteArray("\x00\xff\x01", 3) << false << true;
    }
    void breakpointRules()
    {
        QFETCH(QString, rule);
        QFETCH(int, count);
        QFETCH(QByteArray, payload);
        QFETCH(bool, isText);
        QFETCH(bool, matches);
        RelayBreakpoints list;
        QString error;
        QVERIFY2(RelayBreakpointText::parse(rule, &list, &error), qPrintable(error));
        QCOMPARE(list.size(), count);
        QCOMPARE(list.first().matches(list.first().from, payload, isText), matches);
        QVERIFY(!list.first().matches(otherSide(list.first().from), payload, isText) || count == 2);
    }

    void badBreakpointRules()
    {
        RelayBreakpoints list;
        QString error;
        QVERIFY(!RelayBreakpointText::parse(QStringLiteral("regex:(unclosed"), &list, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RelayBreakpointText::parse(QStringLiteral("json:$.a"), &list, &error));
        QVERIFY(error.contains(QStringLiteral("PATH=JSON")));
        QVERIFY(!RelayBreakpointText::parse(QStringLiteral("json:$.a=nope"), &list, &error));
        QVERIFY(list.isEmpty());
    }

    void upstreamRequestFromTheClients()
    {
        ConnectionRequest base;
        base.url = QUrl(QStringLiteral("wss://example.test:8443"));
        base.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        const HeaderList client = {{"Host", "127.0.0.1:9000"},
                                   {"Upgrade", "websocket"},
                                   {"Connection", "Upgrade"},
                                   {"Sec-WebSocket-Key", "abc"},
                                   {"Sec-WebSocket-Version", "13"},
                                   {"Sec-WebSocket-Protocol", "v2.chat, v1.chat"},
                                   {"Sec-WebSocket-Extensions", "permessage-deflate"},
                                   {"Origin", "http://localhost:3000"},
                                   {"Cookie", "a=1"},
                                   {"X-Trace", "1"},
                                   {"User-Agent", "Mozilla/5.0"}};
        RelayHeaderRules rules;
        rules.remove = {"cookie"};
        rules.set = {{"X-Trace", "2"}, {"Authorization", "Bearer t"}};
        const ConnectionRequest r =
            RelayRequest::upstream(base, "GET /chat/room?id=7 HTTP/1.1", client, rules);
        QCOMPARE(r.url.toString(), QStringLiteral("wss://example.test:8443/chat/room?id=7"));
        QCOMPARE(r.subprotocols, (QStringList{"v2.chat", "v1.chat"}));
        QCOMPARE(r.origin, QStringLiteral("http://localhost:3000"));
        QCOMPARE(r.proxy, base.proxy);
        const HeaderList expected = {
            {"User-Agent", "Mozilla/5.0"}, {"X-Trace", "2"}, {"Authorization", "Bearer t"}};
        QCOMPARE(r.headers, expected);
        base.url = QUrl(QStringLiteral("ws://h/fixed"));
        QCOMPARE(RelayRequest::upstream(base, "GET /other HTTP/1.1", client, {}).url.path(),
                 QStringLiteral("/fixed"));
        // The relay's own subprotocols stand in only for a client that offers none.
        base.subprotocols = {QStringLiteral("mqtt")};
        QCOMPARE(RelayRequest::upstream(base, "GET / HTTP/1.1", client, {}).subprotocols,
                 (QStringList{"v2.chat", "v1.chat"}));
        const HeaderList bare = {{"Host", "h"}, {"Upgrade", "websocket"}};
        QCOMPARE(RelayRequest::upstream(base, "GET / HTTP/1.1", bare, {}).subprotocols,
                 QStringList{QStringLiteral("mqtt")});
    }
};

QTEST_GUILESS_MAIN(TestRelayConversation)
#include "tst_relayconversation.moc"
