#include "relay/relayconversation.h"

#include <algorithm>
#include <atomic>

#include "connection/clock.h"

RelayLegListener::~RelayLegListener() = default;
RelayLeg::~RelayLeg() = default;

namespace {
std::atomic<int> g_liveConversations{0};
} // namespace

RelayConversation::RelayConversation(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    ++g_liveConversations;
}

RelayConversation::~RelayConversation()
{
    --g_liveConversations;
}

int RelayConversation::liveInstances()
{
    return g_liveConversations;
}

void RelayConversation::setLeg(RelaySide side, RelayLeg *leg)
{
    state(side).leg = leg;
}

void RelayConversation::setBreakpoints(const RelayBreakpoints &breakpoints)
{
    m_breakpoints = breakpoints;
}

void RelayConversation::setBackPressure(qint64 highWaterBytes, qint64 lowWaterBytes)
{
    m_high = std::max<qint64>(1, highWaterBytes);
    m_low = std::clamp<qint64>(lowWaterBytes, 0, m_high);
    updateBackPressure();
}

RelayRoute RelayConversation::arrivedFrom(RelaySide side)
{
    return side == RelaySide::Client ? RelayRoute::ClientToWsprobe : RelayRoute::ServerToWsprobe;
}

RelayRoute RelayConversation::leavingTo(RelaySide side)
{
    return side == RelaySide::Client ? RelayRoute::WsprobeToClient : RelayRoute::WsprobeToServer;
}

const RelayRecord *RelayConversation::paused(RelaySide from) const
{
    const LegState &st = m_state[idx(from)];
    if (st.queue.empty() || st.queue.front().fate != RelayRecord::Fate::Paused)
        return nullptr;
    return &st.queue.front();
}

int RelayConversation::queuedCount(RelaySide from) const
{
    const LegState &st = m_state[idx(from)];
    return int(st.queue.size()) - (paused(from) ? 1 : 0);
}

qint64 RelayConversation::queuedBytes(RelaySide from) const
{
    return m_state[idx(from)].queueBytes;
}

qint64 RelayConversation::heldBytes(const RelayRecord &record)
{
    // The record itself and what it points to; a flood of empty messages weighs this much
    // each, so it is bounded like one of big ones.
    return qint64(sizeof(RelayRecord)) + record.payload.size() + record.sentPayload.size()
           + record.fragments.size() * qint64(sizeof(RelayFragment));
}

bool RelayConversation::isLegOpen(RelaySide side) const
{
    const LegState &st = m_state[idx(side)];
    return st.open && !st.closed && !st.closeSent;
}

RelayRecord RelayConversation::newRecord(RelayRecord::Kind kind, RelaySide from)
{
    RelayRecord r;
    r.id = m_nextId++;
    r.timeMs = m_clock.nowMs();
    r.kind = kind;
    r.arrived = arrivedFrom(from);
    return r;
}

void RelayConversation::emitLeg(RelaySide side, const Event &event)
{
    emit legEvent(side, event);
}

void RelayConversation::legHandshake(RelaySide side, const HandshakeRecord &record)
{
    emitLeg(side, Event::handshakeRecord(m_clock.nowMs(), record));
}

void RelayConversation::legOpened(RelaySide side, const QString &protocol,
                                  const QString &extensions)
{
    state(side).open = true;
    emitLeg(side, Event::open(m_clock.nowMs(), protocol, extensions));
}

void RelayConversation::legMessage(RelaySide side, const QByteArray &payload, bool isText,
                                   qint64 wireSize, const RelayFragments &fragments)
{
    Event e = Event::message(m_clock.nowMs(), Direction::In, isText, payload);
    e.wireSize = wireSize;
    emitLeg(side, e);
    RelayRecord r = newRecord(RelayRecord::Kind::Message, side);
    r.payload = payload;
    r.isText = isText;
    r.wireSizeIn = wireSize;
    r.fragments = fragments;
    admit(std::move(r), side);
}

void RelayConversation::legPing(RelaySide side, const QByteArray &payload)
{
    passControl(side, EventKind::Ping, payload);
}

void RelayConversation::legPong(RelaySide side, const QByteArray &payload)
{
    passControl(side, EventKind::Pong, payload);
}

void RelayConversation::passControl(RelaySide side, EventKind kind, const QByteArray &payload)
{
    const qint64 now = m_clock.nowMs();
    emitLeg(side, Event::control(now, kind, Direction::In, payload));
    const bool ping = kind == EventKind::Ping;
    RelayRecord r = newRecord(ping ? RelayRecord::Kind::Ping : RelayRecord::Kind::Pong, side);
    r.payload = payload;
    r.isText = false;
    // Control frames are not held by breakpoints or queues: a paused direction must not make
    // either peer think its partner is gone.
    const RelaySide to = otherSide(side);
    if (isLegOpen(to)) {
        if (ping)
            state(to).leg->sendPing(payload);
        else
            state(to).leg->sendPong(payload);
        r.left = leavingTo(to);
        r.sentAtMs = now;
        emitLeg(to, Event::control(now, kind, Direction::Out, payload));
    } else {
        r.fate = RelayRecord::Fate::Undeliverable;
    }
    emit recordAdded(r);
}

void RelayConversation::legFrame(RelaySide side, const FrameInfo &frame)
{
    emitLeg(side, Event::frameRecord(m_clock.nowMs(), frame));
}

void RelayConversation::legError(RelaySide side, const QString &message)
{
    emitLeg(side, Event::error(m_clock.nowMs(), message));
}

void RelayConversation::legCloseReceived(RelaySide side, int code, const QByteArray &reason)
{
    LegState &st = state(side);
    if (st.closed || st.closeReceived)
        return;
    st.closeReceived = true;
    // To the other peer verbatim, after whatever of this direction is held at a breakpoint;
    // its answer comes back when that leg closes (legClosed).
    RelayRecord r = newRecord(RelayRecord::Kind::Close, side);
    r.code = code;
    r.payload = reason;
    r.wasClean = true;
    admit(std::move(r), side);
}

void RelayConversation::legClosed(RelaySide side, int code, const QByteArray &reason, bool wasClean)
{
    LegState &st = state(side);
    if (st.closed)
        return;
    const LegState &other = state(otherSide(side));
    // The other peer still has to hear how this leg ended: it has not been sent a Close, or
    // it sent one that waits for this answer. Not when this peer's own Close already went
    // (legCloseReceived) and this is only the end of its TCP.
    const bool mirror = !st.closeReceived && !other.closed && !other.closeSent;
    emitLeg(side, Event::close(m_clock.nowMs(), code, QString::fromUtf8(reason), wasClean));
    if (mirror) {
        // The peer ended this leg or answered the other's Close; the other one ends the same
        // way, after whatever of this direction is still held at a breakpoint.
        RelayRecord r = newRecord(RelayRecord::Kind::Close, side);
        r.code = code;
        r.payload = reason;
        r.wasClean = wasClean;
        markClosed(side, false);
        admit(std::move(r), side);
    } else {
        markClosed(side, false);
    }
    updateBackPressure();
    if (isFinished() && !m_finishedReported) {
        m_finishedReported = true;
        emit finished();
    }
}

void RelayConversation::markClosed(RelaySide side, bool dropped)
{
    LegState &st = state(side);
    st.closed = true;
    st.open = false;
    if (dropped) {
        // Wsprobe dropped this leg itself: the leg reports nothing more, so its session's
        // close is written here.
        emitLeg(side, Event::close(m_clock.nowMs(), 1006, QString(), false));
        if (isFinished() && !m_finishedReported) {
            m_finishedReported = true;
            emit finished();
        }
    }
}

void RelayConversation::legBufferedAmountChanged(RelaySide side, qint64 bytes)
{
    state(side).buffered = bytes;
    updateBackPressure();
}

void RelayConversation::admit(RelayRecord record, RelaySide from)
{
    LegState &st = state(from);
    if (!st.queue.empty()) {
        record.fate = RelayRecord::Fate::Queued;
        record.queuedBehind = int(st.queue.size());
        st.queueBytes += heldBytes(record);
        st.queue.push_back(record);
        emit recordAdded(record);
        updateBackPressure();
        return;
    }
    const bool hold =
        record.isMessage()
        && std::any_of(m_breakpoints.cbegin(), m_breakpoints.cend(), [&](const RelayBreakpoint &b) {
               return b.matches(from, record.payload, record.isText);
           });
    if (hold) {
        record.fate = RelayRecord::Fate::Paused;
        st.queueBytes += heldBytes(record);
        st.queue.push_back(record);
        emit recordAdded(record);
        emit pauseChanged(from, true);
        updateBackPressure();
        return;
    }
    deliver(record, from);
    emit recordAdded(record);
}

void RelayConversation::deliver(RelayRecord &record, RelaySide from)
{
    const RelaySide to = otherSide(from);
    if (record.kind == RelayRecord::Kind::Close) {
        deliverClose(record, to);
        return;
    }
    record.fate = RelayRecord::Fate::Forwarded;
    writeMessage(record, to, record.payload, record.isText, true);
}

void RelayConversation::deliverClose(RelayRecord &record, RelaySide to)
{
    LegState &st = state(to);
    LegState &from = state(otherSide(to));
    record.fate = RelayRecord::Fate::Forwarded;
    if (st.closed || st.closeSent || !st.leg) {
        record.fate = RelayRecord::Fate::Undeliverable;
        // Its peer waits for an answer that cannot come from a leg already closed: Wsprobe
        // echoes its code, as an endpoint does (a leg still closing answers when it ends).
        if (st.closed && record.wasClean && from.closeReceived && !from.closeSent && from.leg
            && !from.closed) {
            from.closeSent = true;
            from.leg->close(record.code, QByteArray());
        }
        return;
    }
    record.left = leavingTo(to);
    record.sentAtMs = m_clock.nowMs();
    if (record.wasClean && st.open) {
        st.closeSent = true;
        st.leg->close(record.code, record.payload);
        return;
    }
    // Dropped (or failed) on one side: the other sees the same, a connection gone without
    // a Close (1006).
    record.fate = RelayRecord::Fate::Mirrored;
    st.closeSent = true;
    if (st.leg->abort())
        markClosed(to, true);
}

void RelayConversation::writeMessage(RelayRecord &record, RelaySide to, const QByteArray &payload,
                                     bool isText, bool asArrived)
{
    LegState &st = state(to);
    if (!isLegOpen(to) || !st.leg) {
        record.fate = RelayRecord::Fate::Undeliverable;
        record.left = RelayRoute::None;
        return;
    }
    const qint64 now = m_clock.nowMs();
    qint64 wire = -1;
    if (record.fragments.isEmpty()) {
        wire = st.leg->sendMessage(payload, isText);
    } else if (!asArrived) {
        record.framing = RelayRecord::Framing::JoinedEdited;
        wire = st.leg->sendMessage(payload, isText);
    } else {
        // Compressed frames are cut from one leg's deflate stream: the other leg's are its
        // own, so the message goes as one.
        const RelayLeg::FramesResult sent = record.wireSizeIn >= 0
                                                ? RelayLeg::FramesResult::NotKept
                                                : st.leg->sendFragments(payload, record.fragments);
        if (sent == RelayLeg::FramesResult::Failed) {
            // The leg said why and ends itself; the message did not reach its peer.
            record.fate = RelayRecord::Fate::Undeliverable;
            record.left = RelayRoute::None;
            return;
        }
        if (sent == RelayLeg::FramesResult::NotKept) {
            record.framing = RelayRecord::Framing::JoinedDeflate;
            wire = st.leg->sendMessage(payload, isText);
        }
    }
    record.left = leavingTo(to);
    record.wireSizeOut = wire;
    record.sentAtMs = now;
    Event e = Event::message(now, Direction::Out, isText, payload);
    e.wireSize = wire;
    emitLeg(to, e);
    ++m_relayed;
    updateBackPressure();
}

bool RelayConversation::takePaused(RelaySide from, RelayRecord *out)
{
    LegState &st = state(from);
    if (!paused(from))
        return false;
    *out = std::move(st.queue.front());
    st.queue.pop_front();
    st.queueBytes -= heldBytes(*out);
    return true;
}

bool RelayConversation::forward(RelaySide from)
{
    RelayRecord r;
    if (!takePaused(from, &r))
        return false;
    deliver(r, from);
    emit recordUpdated(r);
    drain(from);
    return true;
}

bool RelayConversation::forwardEdited(RelaySide from, const QByteArray &payload, bool isText)
{
    RelayRecord r;
    if (!takePaused(from, &r))
        return false;
    r.fate = RelayRecord::Fate::Edited;
    r.sentPayload = payload;
    r.sentIsText = isText;
    writeMessage(r, otherSide(from), payload, isText);
    emit recordUpdated(r);
    drain(from);
    return true;
}

bool RelayConversation::drop(RelaySide from)
{
    RelayRecord r;
    if (!takePaused(from, &r))
        return false;
    r.fate = RelayRecord::Fate::Dropped;
    emit recordUpdated(r);
    drain(from);
    return true;
}

bool RelayConversation::answer(RelaySide from, const QByteArray &payload, bool isText)
{
    RelayRecord r;
    if (!takePaused(from, &r))
        return false;
    RelayRecord reply;
    reply.id = m_nextId++;
    reply.timeMs = m_clock.nowMs();
    reply.fate = RelayRecord::Fate::Injected;
    reply.payload = payload;
    reply.isText = isText;
    reply.answerTo = r.id;
    writeMessage(reply, from, payload, isText);
    r.fate = RelayRecord::Fate::Answered;
    r.answerId = reply.id;
    emit recordUpdated(r);
    emit recordAdded(reply);
    drain(from);
    return true;
}

bool RelayConversation::inject(RelaySide to, const QByteArray &payload, bool isText)
{
    RelayRecord r;
    r.id = m_nextId++;
    r.timeMs = m_clock.nowMs();
    r.fate = RelayRecord::Fate::Injected;
    r.payload = payload;
    r.isText = isText;
    writeMessage(r, to, payload, isText);
    emit recordAdded(r);
    return r.fate == RelayRecord::Fate::Injected;
}

void RelayConversation::closeBoth(int code, const QByteArray &reason)
{
    for (RelaySide side : {RelaySide::Client, RelaySide::Server}) {
        LegState &st = state(side);
        if (st.closed || st.closeSent || !st.leg)
            continue;
        st.closeSent = true;
        if (st.open) {
            st.leg->close(code, reason);
        } else if (st.leg->abort()) {
            markClosed(side, true);
        }
    }
}

void RelayConversation::drain(RelaySide from)
{
    LegState &st = state(from);
    bool stillPaused = false;
    while (!st.queue.empty()) {
        RelayRecord &front = st.queue.front();
        const bool hold = front.isMessage()
                          && std::any_of(m_breakpoints.cbegin(), m_breakpoints.cend(),
                                         [&](const RelayBreakpoint &b) {
                                             return b.matches(from, front.payload, front.isText);
                                         });
        if (hold) {
            front.fate = RelayRecord::Fate::Paused;
            front.queuedBehind = 0;
            emit recordUpdated(front);
            stillPaused = true;
            break;
        }
        RelayRecord r = std::move(front);
        st.queue.pop_front();
        st.queueBytes -= heldBytes(r);
        r.queuedBehind = 0;
        deliver(r, from);
        emit recordUpdated(r);
    }
    emit pauseChanged(from, stillPaused);
    updateBackPressure();
}

void RelayConversation::updateBackPressure()
{
    for (RelaySide source : {RelaySide::Client, RelaySide::Server}) {
        LegState &st = state(source);
        if (!st.leg || st.closed)
            continue;
        const LegState &sink = state(otherSide(source));
        // What the source has fed and is not yet gone: held in its direction's queue, or
        // written to the sink's leg and not yet on the network.
        qint64 pressure = st.queueBytes;
        if (sink.leg && !sink.closed)
            pressure += sink.leg->bufferedAmount();
        m_peakHeld = std::max(m_peakHeld, pressure);
        const bool pause = st.readingPaused ? pressure > m_low : pressure > m_high;
        if (pause != st.readingPaused) {
            st.readingPaused = pause;
            st.leg->setReadingPaused(pause);
            emit readingPausedChanged(source, pause);
        }
    }
}
