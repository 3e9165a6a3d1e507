#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>
#include <QTimer>

/// Standard output as wsprobe-cli writes it: into a buffer that goes out in one write() when
/// the event loop has nothing else to do, when it holds FlushBytes, and before exit — so a
/// flood of a million messages costs hundreds of system calls, not a million, while a person
/// or a pipe reader still sees every event as soon as the program is idle. On a terminal each
/// line goes out at once (line buffering, as stdio does).
class ConsoleOutput : public QIODevice
{
    Q_OBJECT
public:
    enum class Buffering {
        Full, ///< until idle, FlushBytes, or exit
        Line, ///< each write that ends a line
        None, ///< each write (standard error)
    };
    static constexpr qsizetype FlushBytes = 256 * 1024;

    /// Writes to target, which must stay open as long as this lives.
    ConsoleOutput(QIODevice *target, Buffering buffering, QObject *parent = nullptr);
    ~ConsoleOutput() override;

    /// Before anything is written here, other's buffer is written out: what goes to standard
    /// error must not overtake the standard output it follows on a shared terminal.
    void setWrittenAfter(ConsoleOutput *other) { m_after = other; }
    /// Writes out what is buffered; false (with errorString()) when the target refused it.
    /// After a refusal nothing more is written: what follows is dropped, and writeFailed()
    /// has said so, once.
    bool flushBuffer();
    bool hasFailed() const { return m_failed; }
    /// Whether the failure was a closed pipe (EPIPE: the reader, such as head, has exited).
    bool failedOnClosedPipe() const { return m_closedPipe; }
    qsizetype buffered() const { return m_pending.size(); }
    /// The buffer itself, for a writer that formats straight into it: at a million records a
    /// second the copy through QIODevice::write() was a tenth of the console's path (perf).
    /// Call appended() afterwards, which writes out by the same rules as write().
    QByteArray *appendBuffer();
    bool appended();

    bool isSequential() const override { return true; }

signals:
    /// The target refused a write (a closed pipe, a full disk); errorString() says why.
    void writeFailed();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    /// Writes out when the buffering mode says so, after size bytes ending in last.
    bool afterAppend(qint64 size, char last);

    QIODevice *m_target;
    Buffering m_buffering;
    QByteArray m_pending;
    qsizetype m_mark = -1; ///< m_pending's size at appendBuffer()
    QTimer m_idle;
    QPointer<ConsoleOutput> m_after;
    bool m_failed = false;
    bool m_closedPipe = false;
};
