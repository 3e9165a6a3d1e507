#pragma once

#include <map>

#include <QCoreApplication>
#include <QJSValue>
#include <QObject>
#include <QTimer>

#include "script/scriptwatchdog.h"
#include "serve/servescript.h"

class Clock;
class QJSEngine;
class ServeController;
class ServeScriptSession;

/// The native half of the serve API, the global `__host` serveprelude.js builds on. Nothing
/// here reads or writes files or starts processes.
class ServeScriptHost : public QObject
{
    Q_OBJECT
public:
    explicit ServeScriptHost(ServeScriptSession &session);

    Q_INVOKABLE QString fileName() const;
    Q_INVOKABLE QString tr(const QString &key) const;
    /// "" when sent, else why not.
    Q_INVOKABLE QString sendText(int client, const QString &text);
    Q_INVOKABLE QString sendBinary(int client, const QByteArray &data);
    Q_INVOKABLE QString close(int client, int code, const QString &reason);
    Q_INVOKABLE bool isOpen(int client) const;
    Q_INVOKABLE QJSValue clients() const;
    Q_INVOKABLE QJSValue clientInfo(int client) const;
    Q_INVOKABLE void startTimer(int id, double ms);
    Q_INVOKABLE void stopTimer(int id);
    Q_INVOKABLE void log(const QString &text);
    Q_INVOKABLE void hookError(const QString &hook, const QString &message, int line);
    Q_INVOKABLE QJSValue jsonValue(const QString &text, const QString &path) const;
    Q_INVOKABLE QString describeBinary(const QByteArray &data) const;

private:
    ServeScriptSession &m_session;
};

/// The script of a serve rules file (docs/scripting.md, "Serve mode"): one QJSEngine for the
/// whole serve session, told of each client connecting (`onClientConnect(client)`), each
/// message a "script" rule hands it (`onClientMessage(client, msg)`) and each client leaving
/// (`onClientClose(client)`); it answers through the controller (`client.send`,
/// `client.close`, `broadcast`) whenever it likes, after `sleep`/`delay` on the Clock.
///
/// A hook that throws, or keeps the thread longer than the busy limit (the watchdog
/// interrupts it), is reported with problem() and the session goes on serving: the next
/// message gets a working engine with the script's state as it was. The controller's calls
/// arrive queued, so a hook never runs inside the controller's own event handling.
class ServeScriptSession : public QObject, public ServeScript
{
    Q_OBJECT
public:
    ServeScriptSession(ServeController &controller, const Clock &clock, QObject *parent = nullptr);
    ~ServeScriptSession() override;

    void setBusyLimitMs(int ms) { m_busyLimitMs = ms; }
    /// Runs the script's top level. False with *error ("mock.js:3:7: SyntaxError: …") when it
    /// does not parse or throws; the session is then not running.
    bool start(const QString &source, const QString &fileName, QString *error);
    /// Reads path and starts it; false with *error naming the file.
    bool startFile(const QString &path, QString *error);
    bool isRunning() const { return m_engine != nullptr; }
    /// Problems reported so far (each also went out with problem()).
    int problemCount() const { return m_problems; }
    /// Fires the script's timers that are due on the clock.
    void poll();

    // ServeScript
    void clientConnected(int client) override;
    void clientMessage(int client, const QByteArray &payload, bool isText) override;
    void clientGone(int client) override;

signals:
    void logged(const QString &text);
    /// A hook threw or was interrupted: "onClientMessage (mock.js:12): ReferenceError: …".
    void problem(const QString &message);

private:
    friend class ServeScriptHost;
    void call(const char *function, const QJSValueList &args);
    void afterCall(const QJSValue &result, const char *function);
    void report(const QString &hook, const QString &message, int line);
    void schedule();
    void onBeat();

    ServeController &m_controller;
    const Clock &m_clock;
    int m_busyLimitMs = 5000;
    QString m_fileName;
    QJSEngine *m_engine = nullptr;
    ServeScriptHost *m_host = nullptr;
    ScriptWatchdog m_watchdog;
    QTimer m_timer;
    QTimer m_beat;
    std::multimap<qint64, int> m_timers; ///< due time on the clock → timer id
    int m_problems = 0;
};
