// The whole window under a flood from a loopback peer, offscreen: once the first messages are
// shown, the log's flushes must not lay out the main window (its tool bars, docks and status
// bar, each a relayout and a repaint of the window), whatever else ticks meanwhile.

#include <QMainWindow>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include "common/windowfixture.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/statusindicators.h"
#include "log/eventlog.h"
#include "log/logview.h"
#include "window/mainwindow.h"

namespace {

/// Counts the layout requests a widget receives and names the widgets below it that received
/// one, the first place to look when the count is not zero.
class LayoutRequests : public QObject
{
public:
    explicit LayoutRequests(QWidget *window)
        : m_window(window)
    {
    }
    int count = 0;
    QStringList seen;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() != QEvent::LayoutRequest || !o->isWidgetType())
            return false;
        auto *w = static_cast<QWidget *>(o);
        if (w == m_window)
            ++count;
        else if (m_window->isAncestorOf(w) && seen.size() < 40)
            seen << QStringLiteral("%1 \"%2\"").arg(o->metaObject()->className(), o->objectName());
        return false;
    }

private:
    QWidget *m_window;
};

/// A peer that sends text messages as fast as the event loop lets it, in bursts, until told to
/// stop or a bound is reached.
class FloodPeer : public QObject
{
public:
    FloodPeer()
        : m_server(QStringLiteral("flood"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            m_burst.start();
        });
        m_burst.setInterval(2);
        connect(&m_burst, &QTimer::timeout, this, [this] {
            if (!m_client || ++m_bursts > MaxBursts) {
                m_burst.stop();
                return;
            }
            const QString text = QStringLiteral("{\"n\":%1,\"pad\":\"%2\"}");
            for (int i = 0; i < 50; ++i)
                m_client->sendTextMessage(text.arg(m_bursts * 50 + i).arg(QString(40, 'x')));
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }
    void stop() { m_burst.stop(); }

private:
    static constexpr int MaxBursts = 5000; // ten seconds at most
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_client;
    QTimer m_burst;
    int m_bursts = 0;
};

} // namespace

class TestWindowFlood : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }

    void flushesDoNotLayOutTheWindow_data();
    void flushesDoNotLayOutTheWindow();
};

// At every layout request QMainWindowLayout lays out the tool bars, the docks and the status bar
// (animating each move), and whatever moved repaints. Under a flood the log flushes 20 times a
// second: nothing that changes with it (the log's count, the status bar's indicators, the
// statistics, the time connected) may pass a size change up to the window.
void TestWindowFlood::flushesDoNotLayOutTheWindow_data()
{
    QTest::addColumn<QString>("composerTab");
    QTest::addRow("composing") << "sendBox";
    // Its figures change twice a second.
    QTest::addRow("statistics shown") << "statsPanel";
}

void TestWindowFlood::flushesDoNotLayOutTheWindow()
{
    QFETCH(QString, composerTab);
    FloodPeer peer;
    QVERIFY(peer.listen());
    MainWindow *w = makeWindow();
    w->resize(1200, 800);
    auto *tabs = child<QTabWidget>(w, "composerTabs");
    tabs->setCurrentWidget(child<QWidget>(tabs, qPrintable(composerTab)));
    EventLog *log = w->log();
    LogView *view = w->currentPage()->logView();
    w->connectTo(peer.url());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    // The first messages are shown and the window has settled around them.
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 1000, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view->table()->verticalScrollBar()->isVisible(), 10000);
    QSignalSpy flushes(log, &QAbstractItemModel::rowsInserted);
    QVERIFY(flushes.wait(5000));

    LayoutRequests requests(w);
    qApp->installEventFilter(&requests);
    flushes.clear();
    const int rowsBefore = log->rowCount();
    // More than a second of flushes: the time connected in the status bar changes on the way.
    const QString connectedFor = w->indicators()->durationText();
    QTRY_VERIFY_WITH_TIMEOUT(
        flushes.size() >= 25 && w->indicators()->durationText() != connectedFor, 20000);
    qApp->removeEventFilter(&requests);
    peer.stop();
    QVERIFY(log->rowCount() > rowsBefore + 1000); // it was a flood all along
    QVERIFY2(requests.count == 0, qPrintable(QStringLiteral("%1 layout requests; laid out: %2")
                                                 .arg(requests.count)
                                                 .arg(requests.seen.join(QStringLiteral(", ")))));
}

QTEST_MAIN(TestWindowFlood)
#include "tst_windowflood.moc"
