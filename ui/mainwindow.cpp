#include "mainwindow.h"

#include "clock.h"
#include "closedialog.h"
#include "connection.h"
#include "connectionpanel.h"
#include "demoserver.h"
#include "exportdialog.h"
#include "handshakedialog.h"
#include "journal.h"
#include "replaydialog.h"
#include "replaypage.h"
#include "sessionloader.h"
#include "sessionpage.h"
#include "sessionsdialog.h"
#include "logview.h"
#include "messagelog.h"
#include "sendbox.h"
#include "statusindicators.h"

#include <QCloseEvent>
#include <QPushButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QTabBar>
#include <QTableView>
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
    ui->logTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    ui->logTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    statusBar()->addPermanentWidget(m_indicators);
    wire();
    readSettings();
    onReadyStateChanged(ReadyState::Closed);
}

MainWindow::~MainWindow()
{
    m_connection->removeSink(m_log);
    finishJournal();
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

    connect(ui->actionOpenSession, &QAction::triggered, this, &MainWindow::openSession);
    connect(ui->actionImportHar, &QAction::triggered, this, &MainWindow::importHar);
    connect(ui->actionSessions, &QAction::triggered, this, &MainWindow::showSessions);
    connect(ui->actionExport, &QAction::triggered, this, &MainWindow::exportSession);
    connect(ui->actionReplay, &QAction::triggered, this, &MainWindow::replaySession);
    connect(ui->logTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0)
            delete ui->logTabs->widget(index);
    });
    connect(m_connection, &Connection::closed, this, &MainWindow::finishJournal,
            Qt::QueuedConnection);
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
    const ConnectionRequest request = ui->connectionPanel->request();
    finishJournal();
    SessionHeader header;
    header.createdMs = m_clock.nowMs();
    header.request = request;
    header.source = QStringLiteral("record");
    QString error;
    m_journal = m_library.startJournal(header, &error);
    if (m_journal)
        m_connection->addSink(m_journal.get());
    else
        statusBar()->showMessage(tr("Not recording this connection: %1").arg(error),
                                 StatusMessageMs);
    if (!m_connection->open(request))
        finishJournal();
}

void MainWindow::finishJournal()
{
    if (!m_journal || m_connection->readyState() != ReadyState::Closed)
        return;
    m_connection->removeSink(m_journal.get());
    m_journal->finish();
    if (!m_journal->error().isEmpty())
        statusBar()->showMessage(m_journal->error(), StatusMessageMs);
    m_journal.reset();
}

SessionPage *MainWindow::addSessionPage(Session &&session, const QString &path)
{
    const QString issues = SessionLoader::issuesText(session);
    auto *page = new SessionPage(std::move(session), path, ui->logTabs);
    connect(page, &SessionPage::replayRequested, this, &MainWindow::replaySession);
    connect(page, &SessionPage::exportRequested, this, &MainWindow::exportSession);
    const int index = ui->logTabs->addTab(page, page->title());
    ui->logTabs->setTabToolTip(index, path);
    ui->logTabs->setCurrentIndex(index);
    if (!issues.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some Lines Were Skipped"),
                        tr("%1 was opened; these parts of it could not be read:")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(issues);
        box.setInformativeText(issues.section(QLatin1Char('\n'), 0, 2));
        box.exec();
    }
    return page;
}

bool MainWindow::openSessionFile(const QString &path)
{
    Session session;
    QString error;
    if (!SessionLoader::load(this, path, &session, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot Open Session"), error);
        return false;
    }
    addSessionPage(std::move(session), path);
    return true;
}

void MainWindow::openSession()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Session"), m_library.directory(),
        tr("Sessions (*.wsprobe.jsonl *.jsonl *.json *.har);;All files (*)"));
    if (!path.isEmpty())
        openSessionFile(path);
}

void MainWindow::importHar()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import HAR"), QString(),
                                                      tr("HAR files (*.har);;All files (*)"));
    if (!path.isEmpty())
        openSessionFile(path);
}

void MainWindow::showSessions()
{
    SessionsDialog dialog(m_library, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const QString &path : dialog.chosenPaths())
        openSessionFile(path);
}

void MainWindow::offerRecovery()
{
    const QStringList unfinished = m_library.unfinished();
    if (unfinished.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Recover Sessions"),
                    tr("Wsprobe stopped while recording %n connection(s). Everything up to the "
                       "last half second was saved.",
                       nullptr, int(unfinished.size())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Open the recordings now? They stay in Recent Sessions either way."));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(recover))
        return;
    for (const QString &path : unfinished) {
        Session session;
        QString error;
        if (m_library.recover(path, &session, &error))
            addSessionPage(std::move(session), path);
        else
            QMessageBox::warning(this, tr("Recover Sessions"), error);
    }
}

bool MainWindow::currentSession(SessionHeader *header, const EventStore **events,
                                LogView **view) const
{
    QWidget *current = ui->logTabs->currentWidget();
    if (auto *page = qobject_cast<SessionPage *>(current)) {
        *header = page->header();
        *events = &page->log()->store();
        *view = page->logView();
        return true;
    }
    if (auto *replay = qobject_cast<ReplayPage *>(current)) {
        *header = replay->runner().header();
        *events = &replay->log()->store();
        *view = replay->logView();
        return true;
    }
    m_log->flush();
    *header = SessionHeader();
    header->request = m_connection->request();
    header->createdMs = m_log->totalCount() > 0 ? m_log->store().row(0).timeMs : m_clock.nowMs();
    header->source = QStringLiteral("record");
    *events = &m_log->store();
    *view = ui->logView;
    return true;
}

bool MainWindow::exportCurrent(const QString &path, SessionWriter::Format format, bool selectedOnly,
                               bool keepSecrets, QString *error)
{
    SessionHeader header;
    const EventStore *events = nullptr;
    LogView *view = nullptr;
    currentSession(&header, &events, &view);
    ExportOptions options;
    options.keepSecrets = keepSecrets;
    if (selectedOnly) {
        options.rows = view->selectedLogRows();
    }
    return SessionWriter::write(path, format, header, *events, options, error);
}

void MainWindow::exportSession()
{
    SessionHeader header;
    const EventStore *events = nullptr;
    LogView *view = nullptr;
    currentSession(&header, &events, &view);
    ExportDialog dialog(view->table()->selectionModel()->selectedRows().size(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString base = header.request.url.host();
    if (base.isEmpty())
        base = QStringLiteral("session");
    const QString path = dialog.askFileName(base);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCurrent(path, dialog.format(), dialog.selectedOnly(), dialog.keepSecrets(), &error))
        QMessageBox::warning(this, tr("Cannot Save Session"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), StatusMessageMs);
}

void MainWindow::replaySession()
{
    SessionHeader header;
    const EventStore *events = nullptr;
    LogView *view = nullptr;
    currentSession(&header, &events, &view);
    const qsizetype outgoing = events->messageCount(Direction::Out);
    if (outgoing == 0) {
        QMessageBox::information(this, tr("Replay Session"),
                                 tr("This tab has no outgoing messages to replay."));
        return;
    }
    ReplayDialog dialog(header, outgoing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SessionHeader replayHeader;
    replayHeader.createdMs = m_clock.nowMs();
    replayHeader.request = dialog.request();
    replayHeader.source = QStringLiteral("replay");
    QString error;
    std::unique_ptr<Journal> journal = m_library.startJournal(replayHeader, &error);
    auto *page = new ReplayPage(header, *events, dialog.request(), dialog.options(), dialog.rules(),
                                m_clock, std::move(journal), ui->logTabs);
    const int index = ui->logTabs->addTab(page, tr("Replay: %1").arg(dialog.request().url.host()));
    ui->logTabs->setCurrentIndex(index);
    page->start();
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
