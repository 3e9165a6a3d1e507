#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

#include "connection/clock.h"
#include "demo/demoserver.h"
#include "log/heapreuse.h"
#include "window/mainwindow.h"
#include "window/preferences.h"

int main(int argc, char *argv[])
{
    HeapReuse::keepFreedMemory();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wsprobe"));
    QApplication::setApplicationName(QStringLiteral("Wsprobe"));
    QApplication::setApplicationVersion(QStringLiteral(WSPROBE_VERSION));
    // The installed desktop entry's name: Wayland has no other way to match the window to its
    // icon and launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral(WSPROBE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsprobe.png")));
    QSettings settings;
    Preferences::load(settings).applyLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "WebSocket test and debugging tool"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Start the built-in test server and connect to its /echo path."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QApplication::translate("main", "A ws:// or wss:// URL to connect to, or a session "
                                        "(.wsprobe.jsonl) or HAR file to open."),
        QStringLiteral("[url|file]"));
    parser.process(app);

    SystemClock clock;
    MainWindow window(clock, settings);
    window.show();

    const QStringList urls = parser.positionalArguments();
    if (parser.isSet(demo)) {
        if (window.startDemoServer() && urls.isEmpty())
            window.connectTo(window.demoServer()->url(QStringLiteral("/echo")).toString());
    }
    if (!urls.isEmpty()) {
        if (QFileInfo(urls.first()).isFile())
            window.openSessionFile(urls.first());
        else
            window.connectTo(urls.first());
    }
    // Once the window is on screen: journals a crash left behind.
    QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    const int status = app.exec();
    // Journals still being written after their connection closed.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
