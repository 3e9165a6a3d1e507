#pragma once

#include <memory>

#include <QObject>

/// Reads standard input line by line without blocking the event loop. The reading thread is
/// detached because a read from a terminal cannot be interrupted portably; it holds no
/// pointer that can dangle once the reader is gone.
class LineReader : public QObject
{
    Q_OBJECT
public:
    explicit LineReader(QObject *parent = nullptr);
    ~LineReader() override;

    /// Starts reading stdin (once).
    void start();

signals:
    void lineRead(const QString &line);
    void endOfInput();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_started = false;
};
