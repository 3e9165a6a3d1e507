#pragma once

#include <memory>
#include <set>

#include <QObject>

#include "serve/servescript.h"

class Clock;
class ServeController;
class ServeScriptSession;

/// The script of a Serve tab (docs/scripting.md, "Serve mode", "In the Serve tab"): what the
/// tab attaches to its rules as ServeRules::scriptRunner, for the whole time it is listening.
/// Each start() is a fresh runtime (a ServeScriptSession) of the file at path(); the rules keep
/// pointing at this object, so a reload needs no new rules, and the clients already connected
/// are announced to the new runtime (onClientConnect) as if they had just come. A reload that
/// fails (the file does not parse, its top level throws) leaves the previous runtime serving.
/// Widget-free, so the tab's behaviour is tested without widgets (tst_servescriptrunner).
class ServeScriptRunner : public QObject, public ServeScript
{
    Q_OBJECT
public:
    ServeScriptRunner(ServeController &controller, const Clock &clock, QObject *parent = nullptr);
    ~ServeScriptRunner() override;

    /// Whether the tab listens: a runtime lives only while it does. True starts path() unless
    /// it runs already; false stops it. False with *error when it cannot start.
    bool setServing(bool serving, QString *error);
    bool isServing() const { return m_serving; }
    /// The script file; empty: none. While serving, another file than the running one starts
    /// in its place (the rules named another script); empty stops it.
    bool setPath(const QString &path, QString *error);
    const QString &path() const { return m_path; }
    /// While serving: a fresh runtime of path() (the file as it is now). False with *error
    /// when not serving or it cannot start.
    bool reload(QString *error);
    void setBusyLimitMs(int ms) { m_busyLimitMs = ms; }
    bool isRunning() const { return m_session != nullptr; }
    /// Runtimes started so far (a reload counts), for the status line and tests.
    int generation() const { return m_generation; }

    // ServeScript: forwarded to the running runtime.
    void clientConnected(int client) override;
    void clientMessage(int client, const QByteArray &payload, bool isText) override;
    void clientGone(int client) override;

signals:
    void logged(const QString &text);
    /// A hook threw or was interrupted, or a script rule matched while nothing ran.
    void problem(const QString &message);
    /// Started, reloaded or stopped, or serving began or ended.
    void runningChanged();

private:
    /// Runs path() in a fresh runtime, in place of the one running, which goes on when this
    /// fails (*error: "mock.js:3: SyntaxError: …").
    bool start(QString *error);
    void stop();

    ServeController &m_controller;
    const Clock &m_clock;
    QString m_path;
    QString m_runningPath;
    bool m_serving = false;
    int m_busyLimitMs = 5000;
    int m_generation = 0;
    std::unique_ptr<ServeScriptSession> m_session;
    std::set<int> m_open; ///< clients connected and not gone, for a reloaded runtime
};
