#pragma once

#include <functional>
#include <vector>

#include <QObject>
#include <QPointer>
#include <QTimer>

/// Waits for closing handshakes — a tab's connection, a Serve tab's clients, a Relay tab's
/// conversations — so that quitting or closing a tab does not drop a peer without a Close
/// frame (the peer would see 1006). Each part says when it is done; a signal of its object
/// says when to ask again; a part whose object has been deleted is done.
class ShutdownWait : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownWait(QObject *parent = nullptr);

    template<typename Sender, typename Signal>
    void add(Sender *object, Signal changed, std::function<bool()> done)
    {
        m_parts.push_back({QPointer<QObject>(object), std::move(done)});
        connect(object, changed, this, &ShutdownWait::check);
        // Queued: the pointer reads null only once the object is gone.
        connect(object, &QObject::destroyed, this, &ShutdownWait::check, Qt::QueuedConnection);
    }

    bool isDone() const;
    /// Emits finished() once every part is done, or when limitMs have passed; finished() comes
    /// from the event loop, even when everything is done already.
    void start(int limitMs);
    /// start(), then runs the event loop without user input until finished(). True when every
    /// part was done in time.
    bool exec(int limitMs);

signals:
    void finished(bool allDone);

private:
    void check();
    void finish();

    struct Part
    {
        QPointer<QObject> object;
        std::function<bool()> done;
    };
    std::vector<Part> m_parts;
    QTimer m_limit;
    bool m_running = false;
};
