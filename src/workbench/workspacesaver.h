#pragma once

#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "workbench/workspace.h"

/// Keeps the workspace file up to date while the user works. Told that something may have
/// changed, it waits until nothing has for debounceMs (and never longer than maxDelayMs after
/// the first change, so steady typing is saved too), takes a snapshot and rewrites the file
/// only when the snapshot's bytes differ from the last ones written. The file is written on a
/// pool thread: its commit waits for the disk (fdatasync), which under a journal's flood of
/// writes took 130-170 ms of the window's thread.
class WorkspaceSaver : public QObject
{
    Q_OBJECT
public:
    using Snapshot = std::function<Workspace()>;
    WorkspaceSaver(const QString &path, Snapshot snapshot, QObject *parent = nullptr);
    /// Waits for a write in progress.
    ~WorkspaceSaver() override;

    static constexpr int DefaultDebounceMs = 700;
    static constexpr int DefaultMaxDelayMs = 3000;
    void setDelays(int debounceMs, int maxDelayMs);

    QString path() const { return m_path; }
    /// The bytes now in the file (read at start or written since): nothing is written while
    /// the snapshot gives these.
    void setSaved(const QByteArray &bytes) { m_saved = bytes; }

    /// Something may have changed: save after the debounce.
    void markChanged();
    /// Waiting for the debounce, or writing.
    bool isPending() const { return m_timer.isActive() || m_write != nullptr; }
    /// Saves at once if anything differs (quitting), after a write in progress. False when
    /// the write failed.
    bool saveNow();
    /// How many times the file was written.
    int writeCount() const { return m_writes; }
    QString error() const { return m_error; }

signals:
    void saved();
    /// The file could not be written (once per new error, not on every retry).
    void failed(const QString &error);

private:
    struct Write;
    /// The debounce is over: snapshot here, write on a pool thread.
    void saveInBackground();
    void finishWrite(const std::shared_ptr<Write> &write);
    /// Waits for the write in progress, if any, and takes its result.
    void settleWrite();
    bool applyResult(bool ok, const QString &error, const QByteArray &bytes);

    QString m_path;
    Snapshot m_snapshot;
    QTimer m_timer;
    QElapsedTimer m_firstChange;
    int m_debounceMs = DefaultDebounceMs;
    int m_maxDelayMs = DefaultMaxDelayMs;
    QByteArray m_saved;
    QString m_error;
    int m_writes = 0;
    std::shared_ptr<Write> m_write; ///< the write in progress, if any
    bool m_again = false;           ///< the debounce ended while writing: save after it
};
