#pragma once

#include <array>
#include <deque>
#include <memory>

#include <QObject>

#include "connection/event.h"
#include "relay/relaybreakpoint.h"
#include "relay/relayleg.h"
#include "relay/relayrecord.h"

class Clock;

/// One relayed conversation without its sockets: a real client's leg and its server's leg,
/// and what passes between them. Messages are recorded once (RelayRecord) with where they
/// went; a message that matches a breakpoint pauses its direction until the user forwards,
/// edits, drops or answers it, and later messages of that direction queue behind it in
/// order. Pings and pongs pass through as they came. Closes are symmetric: whichever peer
/// closes, its Close goes to the other peer verbatim (code and reason, or none for 1005), that
/// peer's answering Close goes back as the answer, so each peer sees the other's code; a leg
/// dropped without a Close (1006), or one whose peer drops instead of answering, is mirrored
/// by dropping the other leg's TCP, whose peer then sees 1006 too. Memory is bounded: while one
/// leg's bufferedAmount plus its direction's queue is over the high-water mark, the conversation
/// stops reading from the side that feeds it, and reads again under the low-water mark. What counts
/// is what is really held: each queued record with its overhead (heldBytes()) plus what the
/// other leg has not yet written to the network, frames' wire bytes and bookkeeping included
/// (RelayLeg::bufferedAmount), so a flood of empty messages is bounded too.
class RelayConversation : public QObject, public RelayLegListener
{
    Q_OBJECT
public:
    explicit RelayConversation(const Clock &clock, QObject *parent = nullptr);
    ~RelayConversation() override;

    /// The legs are not owned; they must outlive the conversation or be taken away first
    /// (setLeg(side, nullptr)).
    void setLeg(RelaySide side, RelayLeg *leg);
    void setBreakpoints(const RelayBreakpoints &breakpoints);
    const RelayBreakpoints &breakpoints() const { return m_breakpoints; }
    void setBackPressure(qint64 highWaterBytes, qint64 lowWaterBytes);
    qint64 highWaterBytes() const { return m_high; }

    /// The message held at a breakpoint in this direction (by the side it came from).
    const RelayRecord *paused(RelaySide from) const;
    /// Messages (and a close) waiting behind it.
    int queuedCount(RelaySide from) const;
    /// What a direction's queue holds: heldBytes() of each record in it.
    qint64 queuedBytes(RelaySide from) const;
    /// What a held record costs: the record, its payloads and its fragment list.
    static qint64 heldBytes(const RelayRecord &record);
    /// The most the conversation ever held for one direction (its queue and the other leg's
    /// bufferedAmount together), which back-pressure keeps near the high-water mark.
    qint64 peakHeldBytes() const { return m_peakHeld; }

    /// What to do with the paused message of a direction; false when none is paused.
    bool forward(RelaySide from);
    bool forwardEdited(RelaySide from, const QByteArray &payload, bool isText);
    bool drop(RelaySide from);
    /// Drops the paused message and writes this reply to the side it came from.
    bool answer(RelaySide from, const QByteArray &payload, bool isText);
    /// Writes a message to either side now, outside any queue. False when that leg is gone.
    bool inject(RelaySide to, const QByteArray &payload, bool isText);
    /// Ends both legs with this Close (the user stops the relay).
    void closeBoth(int code, const QByteArray &reason);

    bool isLegOpen(RelaySide side) const;
    bool isLegClosed(RelaySide side) const { return m_state[idx(side)].closed; }
    bool isReadingPaused(RelaySide side) const { return m_state[idx(side)].readingPaused; }
    bool isFinished() const
    {
        return isLegClosed(RelaySide::Client) && isLegClosed(RelaySide::Server);
    }
    qint64 messagesRelayed() const { return m_relayed; }
    /// Conversations alive in this process: a relay that lets finished ones go returns to 0.
    static int liveInstances();

    // RelayLegListener
    void legHandshake(RelaySide side, const HandshakeRecord &record) override;
    void legOpened(RelaySide side, const QString &protocol, const QString &extensions) override;
    void legMessage(RelaySide side, const QByteArray &payload, bool isText, qint64 wireSize,
                    const RelayFragments &fragments) override;
    void legPing(RelaySide side, const QByteArray &payload) override;
    void legPong(RelaySide side, const QByteArray &payload) override;
    void legFrame(RelaySide side, const FrameInfo &frame) override;
    void legError(RelaySide side, const QString &message) override;
    void legCloseReceived(RelaySide side, int code, const QByteArray &reason) override;
    void legClosed(RelaySide side, int code, const QByteArray &reason, bool wasClean) override;
    void legBufferedAmountChanged(RelaySide side, qint64 bytes) override;

    static constexpr qint64 DefaultHighWater = 4 * 1024 * 1024;
    static constexpr qint64 DefaultLowWater = 1024 * 1024;

signals:
    /// A new record; a paused or queued one is reported again with recordUpdated.
    void recordAdded(const RelayRecord &record);
    void recordUpdated(const RelayRecord &record);
    /// What happened on one leg in the browser's vocabulary, as that leg's own session would
    /// record it (In: from that peer; Out: written to it). Journals and frame logs hear this.
    void legEvent(RelaySide side, const Event &event);
    /// A direction paused at a breakpoint, or went on again.
    void pauseChanged(RelaySide from, bool paused);
    void readingPausedChanged(RelaySide side, bool paused);
    /// Both legs are closed.
    void finished();

private:
    struct LegState
    {
        RelayLeg *leg = nullptr;
        bool open = false;
        bool closed = false;
        bool closeSent = false; ///< Wsprobe wrote a Close on this leg (its own or an answer)
        /// The peer's Close came and waits for the other peer's answer (legCloseReceived).
        bool closeReceived = false;
        bool readingPaused = false;
        qint64 buffered = 0;
        std::deque<RelayRecord> queue; ///< from this side; the front may be paused
        qint64 queueBytes = 0;
    };
    static size_t idx(RelaySide side) { return side == RelaySide::Client ? 0 : 1; }
    LegState &state(RelaySide side) { return m_state[idx(side)]; }
    static RelayRoute arrivedFrom(RelaySide side);
    static RelayRoute leavingTo(RelaySide side);

    RelayRecord newRecord(RelayRecord::Kind kind, RelaySide from);
    void emitLeg(RelaySide side, const Event &event);
    /// A ping or pong passes straight to the other side, outside queues and breakpoints.
    void passControl(RelaySide side, EventKind kind, const QByteArray &payload);
    /// Takes a message or close through the breakpoints and queue of its direction.
    void admit(RelayRecord record, RelaySide from);
    /// Sends whatever waits in front of this direction's queue until something pauses.
    void drain(RelaySide from);
    /// Decides a record's fate and writes it to the other side.
    void deliver(RelayRecord &record, RelaySide from);
    void deliverClose(RelayRecord &record, RelaySide to);
    /// Takes the paused front of a direction; false when none.
    bool takePaused(RelaySide from, RelayRecord *out);
    /// asArrived: the record's own payload, in the frames it came in where the legs allow.
    void writeMessage(RelayRecord &record, RelaySide to, const QByteArray &payload, bool isText,
                      bool asArrived = false);
    void updateBackPressure();
    /// dropped: Wsprobe dropped the leg itself, which reports nothing more.
    void markClosed(RelaySide side, bool dropped);

    const Clock &m_clock;
    std::array<LegState, 2> m_state;
    RelayBreakpoints m_breakpoints;
    qint64 m_high = DefaultHighWater;
    qint64 m_low = DefaultLowWater;
    qint64 m_nextId = 1;
    qint64 m_relayed = 0;
    qint64 m_peakHeld = 0;
    bool m_finishedReported = false;
};
