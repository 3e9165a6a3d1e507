#pragma once

#include <QMainWindow>

#include <memory>

class Clock;
class Connection;
class DemoServer;
class MessageLog;
class QSettings;
class StatusIndicators;
struct Event;
enum class ReadyState;

namespace Ui {
class MainWindow;
}

/// Builds the pages and wires them to one Connection and its MessageLog. It holds no
/// protocol logic: every decision is the core's, every error comes back from it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// settings is read now and written on close; both it and clock must outlive the window.
    MainWindow(const Clock &clock, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Connection *connection() const { return m_connection; }
    MessageLog *log() const { return m_log; }
    DemoServer *demoServer() const { return m_demo; }
    StatusIndicators *indicators() const { return m_indicators; }

    /// Starts the built-in server (if not running) and fills in its /echo URL.
    bool startDemoServer();
    /// Fills in url and connects.
    void connectTo(const QString &url);

public slots:
    void connectToServer();
    void disconnectFromServer();
    void closeWithCode();
    void showHandshake();
    void readSettings();
    void writeSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void wire();
    void onReadyStateChanged(ReadyState state);
    void onError(const QString &message);
    void onClosed(int code, const QString &reason, bool wasClean);
    void updateWindowTitle();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> ui;
    const Clock &m_clock;
    QSettings &m_settings;
    Connection *m_connection;
    MessageLog *m_log;
    DemoServer *m_demo = nullptr;
    StatusIndicators *m_indicators;
};
