#pragma once

#include <memory>

#include <QObject>

/// Reads standard input line by line without blocking the event loop. The reading thread is
/// detached because a read from a terminal cannot be interrupted portably; it holds no
/// pointer that can dangle once the reader is gone. It never runs far ahead of its reader:
/// at most MaxInFlight lines wait in the event queue, and pause() stops it altogether, so a
/// consumer that cannot keep up makes stdin back up into its pipe instead of into memory.
class LineReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxInFlight = 256;

    explicit LineReader(QObject *parent = nullptr);
    ~LineReader() override;

    /// Starts reading stdin (once).
    void start();
    /// No more lines until resume(); the reading thread waits.
    void pause();
    void resume();
    bool isPaused() const;

signals:
    void lineRead(const QString &line);
    void endOfInput();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_started = false;
};
