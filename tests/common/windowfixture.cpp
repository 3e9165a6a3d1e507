#include "common/windowfixture.h"

#include <QTest>

#include "compose/templatesdock.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "demo/demoserver.h"
#include "window/mainwindow.h"

WindowFixture::WindowFixture() = default;
WindowFixture::~WindowFixture() = default;

void WindowFixture::initWindowFixture()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath("wsprobe.ini"), QSettings::IniFormat);
    m_server = new DemoServer;
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void WindowFixture::cleanupWindowFixture()
{
    m_window.reset();
    delete m_server;
    m_server = nullptr;
    m_settings.reset();
    m_dir.reset();
}

MainWindow *WindowFixture::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_clock, *m_settings);
    m_window->setSessionFolder(m_dir->filePath("sessions"));
    m_window->templatesDock()->setPath(m_dir->filePath("templates.json"));
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("window not exposed");
    return m_window.get();
}

ConnectionPage *WindowFixture::connectedPage(const QString &path)
{
    MainWindow *w = m_window ? m_window.get() : makeWindow();
    w->connectTo(m_server->url(path).toString());
    if (!QTest::qWaitFor([w] { return w->connection()->readyState() == ReadyState::Open; }, 10000))
        qWarning("did not open");
    return w->currentPage();
}
