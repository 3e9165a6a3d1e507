#include "mainwindow.h"

#include "closedialog.h"
#include "connection.h"
#include "connectionpanel.h"
#include "demoserver.h"
#include "handshakedialog.h"
#include "logview.h"
#include "messagelog.h"
#include "sendbox.h"
#include "statusindicators.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include "ui_mainwindow.h"

namespace {
constexpr int StatusMessageMs = 15000;
}

MainWindow::MainWindow(const Clock &clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_clock(clock)
    , m_settings(settings)
    , m_connection(new Connection(clock, this))
    , m_log(new MessageLog(this))
    , m_indicators(new StatusIndicators(clock, this))
{
    ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/wsprobe.png")));
    ui->logView->setLog(m_log);
    ui->mainSplitter->setStretchFactor(0, 0);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({340, 760});
    ui->panelScroll->setMinimumWidth(ui->connectionPanel->minimumSizeHint().width() + 16);
    ui->logSplitter->setStretchFactor(0, 1);
    ui->logSplitter->setStretchFactor(1, 0);
    ui->logSplitter->setSizes({520, 170});
    statusBar()->addPermanentWidget(m_indicators);
    wire();
    readSettings();
    onReadyStateChanged(ReadyState::Closed);
}

MainWindow::~MainWindow()
{
    m_connection->removeSink(m_log);
}

void MainWindow::wire()
{
    ConnectionPanel *panel = ui->connectionPanel;
    connect(panel, &ConnectionPanel::connectRequested, this, &MainWindow::connectToServer);
    connect(panel, &ConnectionPanel::disconnectRequested, this, &MainWindow::disconnectFromServer);
    connect(ui->sendBox, &SendBox::sendText, m_connection, &Connection::sendText);
    connect(ui->sendBox, &SendBox::sendBinary, m_connection, &Connection::sendBinary);
    connect(ui->logView, &LogView::clearRequested, ui->actionClearLog, &QAction::trigger);

    m_connection->addSink(m_log);
    connect(m_connection, &Connection::readyStateChanged, this, &MainWindow::onReadyStateChanged);
    connect(m_connection, &Connection::errorOccurred, this, &MainWindow::onError);
    connect(m_connection, &Connection::closed, this, &MainWindow::onClosed);
    connect(m_connection, &Connection::bufferedAmountChanged, m_indicators,
            &StatusIndicators::setBufferedAmount);
    connect(m_connection, &Connection::opened, this, [this](const QString &p, const QString &e) {
        m_indicators->setNegotiated(p, e);
        m_indicators->setOpenedAt(m_connection->openedAtMs());
        ui->connectionPanel->rememberUrl(m_connection->url().toString());
        statusBar()->showMessage(tr("Connected to %1").arg(m_connection->url().toString()),
                                 StatusMessageMs);
    });
    connect(m_connection, &Connection::pongReceived, this, [this](qint64 rtt, const QByteArray &) {
        statusBar()->showMessage(tr("Pong received: round trip %1 ms").arg(rtt), StatusMessageMs);
    });

    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionFocusUrl, &QAction::triggered, panel, &ConnectionPanel::focusUrl);
    connect(ui->actionConnect, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(ui->actionDisconnect, &QAction::triggered, this, &MainWindow::disconnectFromServer);
    connect(ui->actionCloseWith, &QAction::triggered, this, &MainWindow::closeWithCode);
    connect(ui->actionPing, &QAction::triggered, this, [this] { m_connection->ping(); });
    connect(ui->actionHandshake, &QAction::triggered, this, &MainWindow::showHandshake);
    connect(m_connection, &Connection::handshakeFinished, this,
            [this] { ui->actionHandshake->setEnabled(true); });
    connect(ui->actionSend, &QAction::triggered, ui->sendBox, &SendBox::submit);
    connect(ui->actionFollow, &QAction::triggered, ui->logView, &LogView::follow);
    connect(ui->actionClearLog, &QAction::triggered, m_log, &MessageLog::clear);
    connect(ui->actionDemoServer, &QAction::triggered, this, &MainWindow::startDemoServer);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

bool MainWindow::startDemoServer()
{
    if (!m_demo) {
        m_demo = new DemoServer(this);
        if (!m_demo->start()) {
            onError(m_demo->errorString());
            delete m_demo;
            m_demo = nullptr;
            return false;
        }
    }
    ui->actionDemoServer->setEnabled(false);
    ui->actionDemoServer->setText(tr("Demo Server on Port %1").arg(m_demo->port()));
    if (m_connection->readyState() == ReadyState::Closed)
        ui->connectionPanel->setUrlText(m_demo->url(QStringLiteral("/echo")).toString());
    statusBar()->showMessage(tr("Demo server listening on %1 — paths /echo, /ticker, /binary")
                                 .arg(m_demo->url(QStringLiteral("/")).toString()),
                             StatusMessageMs);
    return true;
}

void MainWindow::connectTo(const QString &url)
{
    ui->connectionPanel->setUrlText(url);
    connectToServer();
}

void MainWindow::connectToServer()
{
    if (m_connection->readyState() != ReadyState::Closed)
        return;
    ui->connectionPanel->clearError();
    // The core validates the request; a refusal comes back through errorOccurred.
    m_connection->open(ui->connectionPanel->request());
}

void MainWindow::disconnectFromServer()
{
    m_connection->close(1000);
}

void MainWindow::closeWithCode()
{
    CloseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_connection->close(dialog.code(), dialog.reason());
}

void MainWindow::showHandshake()
{
    HandshakeDialog dialog(m_connection->request(), m_connection->handshake(),
                           m_connection->protocol(), m_connection->extensions(), this);
    dialog.exec();
}

void MainWindow::onReadyStateChanged(ReadyState state)
{
    ui->connectionPanel->setReadyState(state);
    ui->sendBox->setOpen(state == ReadyState::Open);
    m_indicators->setReadyState(state);
    ui->actionConnect->setEnabled(state == ReadyState::Closed);
    ui->actionDisconnect->setEnabled(state == ReadyState::Open || state == ReadyState::Connecting);
    ui->actionCloseWith->setEnabled(state == ReadyState::Open);
    ui->actionPing->setEnabled(state == ReadyState::Open);
    ui->actionSend->setEnabled(state == ReadyState::Open);
    ui->actionHandshake->setEnabled(!m_connection->handshake().requestLine.isEmpty());
    if (state == ReadyState::Closed) {
        m_indicators->setOpenedAt(0);
        m_indicators->setBufferedAmount(0);
    } else if (state == ReadyState::Connecting) {
        m_indicators->setNegotiated({}, {});
    }
    updateWindowTitle();
}

void MainWindow::onError(const QString &message)
{
    statusBar()->showMessage(message, StatusMessageMs);
    if (m_connection->readyState() != ReadyState::Open)
        ui->connectionPanel->showError(message);
    else
        ui->sendBox->showError(message);
}

void MainWindow::onClosed(int code, const QString &reason, bool wasClean)
{
    // The same words as the log's close row: the core owns how a close is described.
    const QString text =
        tr("Closed: %1").arg(MessageLog::preview(Event::close(0, code, reason, wasClean)));
    // Keep an error that explains the close on screen rather than replacing it.
    if (wasClean || statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(text, StatusMessageMs);
}

void MainWindow::updateWindowTitle()
{
    const QUrl url = m_connection->url();
    if (m_connection->readyState() == ReadyState::Closed || url.isEmpty())
        setWindowTitle(tr("Wsprobe"));
    else
        setWindowTitle(
            tr("%1 — %2 — Wsprobe")
                .arg(url.toString(), Connection::readyStateName(m_connection->readyState())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Wsprobe"),
                       tr("<h3>Wsprobe %1</h3><p>A WebSocket test and debugging tool: connect, "
                          "see what crosses the wire, poke the server, keep what happened.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(WSPROBE_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::readSettings()
{
    m_settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(m_settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(m_settings.value(QStringLiteral("state")).toByteArray());
    ui->mainSplitter->restoreState(m_settings.value(QStringLiteral("mainSplitter")).toByteArray());
    ui->logSplitter->restoreState(m_settings.value(QStringLiteral("logSplitter")).toByteArray());
    m_settings.endGroup();
    ui->connectionPanel->setRecentUrls(
        m_settings.value(QStringLiteral("recentUrls")).toStringList());
    ui->connectionPanel->setUrlText(m_settings.value(QStringLiteral("lastUrl")).toString());
}

void MainWindow::writeSettings()
{
    m_settings.beginGroup(QStringLiteral("MainWindow"));
    m_settings.setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("state"), saveState());
    m_settings.setValue(QStringLiteral("mainSplitter"), ui->mainSplitter->saveState());
    m_settings.setValue(QStringLiteral("logSplitter"), ui->logSplitter->saveState());
    m_settings.endGroup();
    m_settings.setValue(QStringLiteral("recentUrls"), ui->connectionPanel->recentUrls());
    m_settings.setValue(QStringLiteral("lastUrl"), ui->connectionPanel->urlText());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    if (m_connection->readyState() == ReadyState::Open)
        m_connection->close(1000, tr("Wsprobe window closed"));
    event->accept();
}
