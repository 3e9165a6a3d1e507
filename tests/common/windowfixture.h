#pragma once

#include <memory>

#include <QObject>
#include <QSettings>
#include <QTemporaryDir>

#include "connection/clock.h"

class ConnectionPage;
class DemoServer;
class MainWindow;

/// What the window tests share: a temporary folder for settings, sessions and templates, the
/// demo server on 127.0.0.1, and a window built on them. A test class inherits it and calls
/// initWindowFixture() from init() and cleanupWindowFixture() from cleanup().
class WindowFixture
{
protected:
    WindowFixture();
    ~WindowFixture();
    void initWindowFixture();
    void cleanupWindowFixture();
    /// A new window on the fixture's settings, shown and exposed.
    MainWindow *makeWindow();
    /// The current tab, connected to the demo server's path (the window is made if needed).
    ConnectionPage *connectedPage(const QString &path = QStringLiteral("/echo"));

    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    DemoServer *m_server = nullptr;
};

/// A child widget by object name; a missing one ends the test run with its name.
template<typename T> T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}
