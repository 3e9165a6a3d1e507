#include "connection/connectionpage.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "collection/requestexpander.h"
#include "compose/onopenpanel.h"
#include "compose/periodicsender.h"
#include "compose/repeatpanel.h"
#include "compose/scriptpanel.h"
#include "compose/sendbox.h"
#include "compose/variablespanel.h"
#include "connection/clock.h"
#include "connection/closedialog.h"
#include "connection/connection.h"
#include "connection/connectionpanel.h"
#include "connection/handshakedialog.h"
#include "connection/reconnector.h"
#include "connection/requestauth.h"
#include "connection/statspanel.h"
#include "connection/statusindicators.h"
#include "log/eventlog.h"
#include "log/logview.h"
#include "log/splittermemory.h"
#include "log/wheelguard.h"
#include "protocols/layerpanel.h"
#include "session/session.h"
#include "session/sessionlibrary.h"
#include "session/sessiontitle.h"
#include "snippet/copyasdialog.h"

ConnectionPage::ConnectionPage(const Clock &clock, const SessionLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_workbench(new ConnectionWorkbench(clock, this))
{
    m_workbench->journalTo(&library);
    buildLayout();
    wire();
    onReadyStateChanged(ReadyState::Closed);
}

ConnectionPage::~ConnectionPage()
{
    delete m_indicators; // lives in the window's status bar, not in this page
}

void ConnectionPage::buildLayout()
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    outer->addWidget(m_mainSplitter);

    auto *scroll = new QScrollArea(m_mainSplitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panel = new ConnectionPanel(scroll);
    m_panel->setObjectName(QStringLiteral("connectionPanel"));
    scroll->setWidget(m_panel);
    scroll->setMinimumWidth(m_panel->minimumSizeHint().width() + 16);
    WheelGuard::protect(scroll);

    auto *right = new QWidget(m_mainSplitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    // The window shows the current tab's indicators in its status bar.
    m_indicators = new StatusIndicators(m_clock, this);
    m_indicators->setObjectName(QStringLiteral("indicators"));
    m_indicators->hide();
    m_reconnectLabel = new QLabel(right);
    m_reconnectLabel->setObjectName(QStringLiteral("reconnectLabel"));
    m_reconnectLabel->setAccessibleName(tr("Reconnect countdown"));
    m_cancelReconnect = new QPushButton(tr("Cancel"), right);
    m_cancelReconnect->setObjectName(QStringLiteral("cancelReconnectButton"));
    m_cancelReconnect->setToolTip(tr("Stop trying to reconnect"));
    m_reconnectLabel->hide();
    m_cancelReconnect->hide();
    header->addWidget(m_reconnectLabel);
    header->addWidget(m_cancelReconnect);
    header->addStretch(1);
    rightLayout->addLayout(header);

    m_logSplitter = new QSplitter(Qt::Vertical, right);
    m_logSplitter->setObjectName(QStringLiteral("logSplitter"));
    m_logSplitter->setChildrenCollapsible(false);
    rightLayout->addWidget(m_logSplitter, 1);
    m_logView = new LogView(m_logSplitter);
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setLog(&m_workbench->log());
    m_logView->setMessageActionsEnabled(true);
    m_composerTabs = new QTabWidget(m_logSplitter);
    m_composerTabs->setObjectName(QStringLiteral("composerTabs"));
    m_composerTabs->setDocumentMode(true);
    m_sendBox = new SendBox(m_composerTabs);
    m_sendBox->setObjectName(QStringLiteral("sendBox"));
    m_sendBox->setHistory(&m_workbench->history());
    m_sendBox->setVariables(&m_workbench->variables());
    m_repeat = new RepeatPanel(m_workbench->periodicSender(), m_composerTabs);
    m_variablesPanel = new VariablesPanel(m_composerTabs);
    m_onOpen = new OnOpenPanel(m_composerTabs);
    m_statsPanel = new StatsPanel(m_workbench->stats(), m_clock, m_composerTabs);
    m_composerTabs->addTab(m_sendBox, tr("Compose"));
    m_scriptPanel = new ScriptPanel(*m_workbench, m_clock, m_composerTabs);
    m_scriptPanel->setObjectName(QStringLiteral("scriptPanel"));
    m_composerTabs->addTab(m_scriptPanel, tr("Script"));
    m_composerTabs->addTab(m_repeat, tr("Repeat"));
    m_composerTabs->addTab(m_variablesPanel, tr("Variables"));
    m_composerTabs->addTab(m_onOpen, tr("On Open"));
    m_composerTabs->addTab(m_statsPanel, tr("Statistics"));
    auto *layerPanel = new LayerPanel(m_workbench->layers(), m_composerTabs);
    m_composerTabs->addTab(layerPanel, tr("Protocol"));
    // The open tab is saved by these names: tabs added later do not shift a saved index.
    m_repeat->setObjectName(QStringLiteral("repeatPanel"));
    m_variablesPanel->setObjectName(QStringLiteral("variablesPanel"));
    m_onOpen->setObjectName(QStringLiteral("onOpenPanel"));
    m_statsPanel->setObjectName(QStringLiteral("statsPanel"));
    layerPanel->setObjectName(QStringLiteral("layerPanel"));
    // Ping sits in the tab row's spare room, beside the composer rather than above the log.
    auto *corner = new QWidget(m_composerTabs);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    m_pingPayload = new QLineEdit(corner);
    m_pingPayload->setObjectName(QStringLiteral("pingPayloadEdit"));
    m_pingPayload->setPlaceholderText(tr("ping payload"));
    m_pingPayload->setAccessibleName(tr("Ping payload"));
    m_pingPayload->setToolTip(
        tr("Up to 125 bytes of UTF-8 sent with the ping; the pong must echo them"));
    m_pingPayload->setMaximumWidth(110);
    m_pingButton = new QPushButton(tr("Pin&g"), corner);
    m_pingButton->setObjectName(QStringLiteral("pingButton"));
    m_pingButton->setToolTip(tr("Send a ping frame and measure the round trip (Ctrl+P)"));
    m_rttLabel = new QLabel(corner);
    m_rttLabel->setObjectName(QStringLiteral("rttLabel"));
    m_rttLabel->setAccessibleName(tr("Last round trip"));
    cornerLayout->addWidget(m_pingPayload);
    cornerLayout->addWidget(m_pingButton);
    cornerLayout->addWidget(m_rttLabel);
    m_composerTabs->setCornerWidget(corner, Qt::TopRightCorner);

    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({340, 760});
    m_logSplitter->setStretchFactor(0, 1);
    m_logSplitter->setStretchFactor(1, 0);
    m_logSplitter->setSizes({560, 180});
    SplitterMemory::track(m_mainSplitter, QStringLiteral("connection/panel"));
    SplitterMemory::track(m_logSplitter, QStringLiteral("connection/composer"));
    setTabOrder(m_panel, m_logView);
    setTabOrder(m_logView, m_composerTabs);
}

void ConnectionPage::wire()
{
    Connection *c = connection();
    Reconnector *reconnector = &m_workbench->reconnector();
    connect(m_panel, &ConnectionPanel::connectRequested, this, &ConnectionPage::connectToServer);
    connect(m_panel, &ConnectionPanel::disconnectRequested, this,
            &ConnectionPage::disconnectFromServer);
    connect(m_panel, &ConnectionPanel::reconnectSettingsChanged, this,
            &ConnectionPage::applyReconnectSettings);
    connect(m_sendBox, &SendBox::sendRequested, this, [this](const OutgoingMessage &message) {
        QString error;
        if (!m_workbench->send(message, &error))
            m_sendBox->showError(error);
    });
    connect(m_sendBox, &SendBox::rawFramesRequested, this, [this](const RawFrameRecipe &recipe) {
        QString error;
        if (!m_workbench->sendRawFrames(recipe, &error) && !error.isEmpty())
            m_sendBox->showError(error);
    });
    // The periodic sender sends what the composer holds, as it changes.
    connect(m_sendBox, &SendBox::messageChanged, this,
            [this] { m_workbench->periodicSender().setMessage(m_sendBox->message()); });
    m_workbench->periodicSender().setMessage(m_sendBox->message());
    connect(m_pingButton, &QPushButton::clicked, this, &ConnectionPage::ping);
    connect(m_pingPayload, &QLineEdit::returnPressed, this, &ConnectionPage::ping);
    connect(m_cancelReconnect, &QPushButton::clicked, reconnector, &Reconnector::cancel);
    connect(m_variablesPanel, &VariablesPanel::tableChanged, this,
            [this](const Variables::Table &table) {
                m_workbench->variables().setTable(table);
                m_sendBox->refreshVariables();
            });
    connect(m_onOpen, &OnOpenPanel::messagesChanged, m_workbench,
            &ConnectionWorkbench::setOnOpenMessages);
    connect(m_onOpen, &OnOpenPanel::addFromComposerRequested, this,
            [this] { m_onOpen->addMessage(m_sendBox->currentText()); });
    connect(m_workbench, &ConnectionWorkbench::notice, this, &ConnectionPage::onError);
    connect(m_logView, &LogView::resendRequested, this,
            [this](const QList<OutgoingMessage> &messages) {
                for (const OutgoingMessage &m : messages) {
                    QString error;
                    if (!m_workbench->send(m, &error)) {
                        emit statusMessage(error);
                        break;
                    }
                }
            });
    connect(m_logView, &LogView::copyToComposerRequested, this,
            [this](const OutgoingMessage &message) {
                m_sendBox->setMessage(message);
                focusComposer();
            });
    connect(m_logView, &LogView::saveAsTemplateRequested, this,
            &ConnectionPage::saveAsTemplateRequested);
    connect(m_variablesPanel, &VariablesPanel::tableChanged, this,
            &ConnectionPage::settingsChanged);
    connect(m_onOpen, &OnOpenPanel::messagesChanged, this, &ConnectionPage::settingsChanged);
    connect(&m_workbench->log(), &EventLog::decodingChanged, this,
            &ConnectionPage::settingsChanged);
    connect(m_sendBox, &SendBox::messageChanged, this, &ConnectionPage::settingsChanged);
    connect(m_panel, &ConnectionPanel::reconnectSettingsChanged, this,
            &ConnectionPage::settingsChanged);
    connect(m_composerTabs, &QTabWidget::currentChanged, this, &ConnectionPage::settingsChanged);

    connect(c, &Connection::readyStateChanged, this, &ConnectionPage::onReadyStateChanged);
    connect(c, &Connection::errorOccurred, this, &ConnectionPage::onError);
    connect(c, &Connection::closed, this, &ConnectionPage::onClosed);
    connect(c, &Connection::bufferedAmountChanged, m_indicators,
            &StatusIndicators::setBufferedAmount);
    connect(c, &Connection::opened, this, [this, c](const QString &p, const QString &e) {
        m_indicators->setNegotiated(p, e);
        m_indicators->setOpenedAt(c->openedAtMs());
        m_indicators->setTlsErrorsIgnored(c->tlsErrorsIgnored());
        // The history keeps the URL as typed: an API key the Auth tab added stays out of it.
        ConnectionRequest typed = c->request();
        RequestAuth::takeFrom(&typed);
        const QString url = typed.url.toString();
        m_panel->rememberUrl(url);
        emit urlOpened(url);
        emit statusMessage(tr("Connected to %1").arg(url));
        emit titleChanged();
    });
    connect(c, &Connection::pongReceived, this, [this](qint64 rtt, const QByteArray &) {
        if (rtt < 0)
            return; // it answers none of our pings: the log shows it, there is no round trip
        m_rttLabel->setText(tr("RTT %1 ms").arg(rtt));
        emit statusMessage(tr("Pong received: round trip %1 ms").arg(rtt));
    });

    connect(reconnector, &Reconnector::countdown, this, [this, reconnector](qint64 left) {
        m_reconnectLabel->setText(tr("Reconnecting in %1 s (attempt %2)…")
                                      .arg(QLocale().toString(double(left) / 1000.0, 'f', 1))
                                      .arg(reconnector->attempt() + 1));
        m_reconnectLabel->show();
        m_cancelReconnect->show();
    });
    connect(reconnector, &Reconnector::attempting, this, [this](int attempt) {
        m_reconnectLabel->setText(tr("Reconnecting (attempt %1)…").arg(attempt));
        m_cancelReconnect->hide();
    });
    auto hideReconnect = [this] {
        m_reconnectLabel->hide();
        m_cancelReconnect->hide();
    };
    connect(reconnector, &Reconnector::reconnected, this, hideReconnect);
    connect(reconnector, &Reconnector::cancelled, this, [this, hideReconnect] {
        hideReconnect();
        emit statusMessage(tr("Reconnecting cancelled."));
    });
    connect(reconnector, &Reconnector::gaveUp, this, [this, hideReconnect](int attempts) {
        hideReconnect();
        m_panel->showError(tr("Gave up reconnecting after %n attempt(s).", nullptr, attempts));
    });
}

QString ConnectionPage::title() const
{
    if (!m_customTitle.isEmpty())
        return m_customTitle;
    // host/path: two tabs on one server differ.
    const QString where = SessionTitle::forUrl(QUrl(m_panel->urlText().trimmed()));
    return where.isEmpty() ? tr("New Connection") : where;
}

void ConnectionPage::setCustomTitle(const QString &title)
{
    m_customTitle = title.trimmed();
    emit titleChanged();
}

void ConnectionPage::applyReconnectSettings()
{
    m_workbench->setReconnect(m_panel->reconnectEnabled(), m_panel->backoff());
}

bool ConnectionPage::takeRequest()
{
    // {{variables}} in the URL, headers, Origin and subprotocols: the tab's, its
    // environment's, the globals'.
    ConnectionRequest request;
    QString error = m_panel->inputError();
    if (!error.isEmpty()) {
        onError(error);
        return false;
    }
    m_panel->showUrlAsSent();
    if (!RequestExpander::expand(m_panel->request(), m_panel->urlText(), m_workbench->variables(),
                                 &request, &error)) {
        onError(error);
        return false;
    }
    m_workbench->setRequest(request);
    return true;
}

void ConnectionPage::connectToServer()
{
    if (connection()->readyState() != ReadyState::Closed)
        return;
    m_panel->clearError();
    applyReconnectSettings();
    if (!takeRequest())
        return;
    m_workbench->open();
    emit titleChanged();
}

void ConnectionPage::reconnectNow()
{
    if (connection()->readyState() == ReadyState::Closed) {
        connectToServer();
        return;
    }
    // A URL edited while connected is the one to reconnect to (the panel said so).
    m_panel->clearError();
    if (takeRequest())
        m_workbench->reopen();
}

void ConnectionPage::disconnectFromServer()
{
    m_workbench->close(1000);
}

void ConnectionPage::closeWithCode()
{
    CloseDialog dialog(this);
    dialog.setEngine(connection()->request().engine);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.testingMode())
        m_workbench->closeForTesting(dialog.code(), dialog.reason().toUtf8());
    else
        m_workbench->close(dialog.code(), dialog.reason());
}

void ConnectionPage::showHandshake()
{
    const Connection *c = connection();
    HandshakeDialog dialog(c->request(), c->handshake(), c->protocol(), c->extensions(), this);
    dialog.exec();
}

void ConnectionPage::copyAs()
{
    CopyAsDialog dialog(m_panel->request(), this);
    dialog.exec();
}

void ConnectionPage::ping()
{
    connection()->ping(m_pingPayload->text().toUtf8());
}

void ConnectionPage::shutdown(const QString &reason)
{
    m_workbench->shutdown(reason);
}

void ConnectionPage::focusComposer()
{
    m_composerTabs->setCurrentWidget(m_sendBox);
    m_sendBox->setFocus(Qt::ShortcutFocusReason);
}

void ConnectionPage::onReadyStateChanged(ReadyState state)
{
    m_panel->setReadyState(state);
    m_sendBox->setOpen(state == ReadyState::Open);
    m_repeat->setOpen(state == ReadyState::Open);
    m_indicators->setReadyState(state);
    m_pingButton->setEnabled(state == ReadyState::Open);
    if (state == ReadyState::Closed) {
        m_indicators->setOpenedAt(0);
        m_indicators->setBufferedAmount(0);
    } else if (state == ReadyState::Connecting) {
        m_indicators->setNegotiated({}, {});
        m_indicators->setTlsErrorsIgnored({});
        // What went wrong with the last connection is not this one's: its own error, if it
        // fails, takes the place.
        if (!m_composerConnectionError.isEmpty()
            && m_sendBox->errorText() == m_composerConnectionError)
            m_sendBox->showError({});
        m_composerConnectionError.clear();
    }
    emit readyStateChanged(state);
}

void ConnectionPage::onError(const QString &message)
{
    emit statusMessage(message);
    if (connection()->readyState() != ReadyState::Open) {
        m_panel->showError(message);
    } else {
        m_composerConnectionError = message;
        m_sendBox->showError(message);
    }
}

void ConnectionPage::onClosed(int code, const QString &reason, bool wasClean)
{
    // The same words as the log's close row: the core owns how a close is described.
    emit statusMessage(
        tr("Closed: %1").arg(EventLog::preview(Event::close(0, code, reason, wasClean))));
}

QVariantMap ConnectionPage::saveState() const
{
    // The panel's fields are the request the next connect would use.
    QVariantMap map = m_workbench->saveState(m_panel->request());
    map.insert(QStringLiteral("title"), m_customTitle);
    map.insert(QStringLiteral("urlText"), m_panel->urlText());
    map.insert(QStringLiteral("composer"), m_sendBox->state());
    map.insert(QStringLiteral("composerPanel"), m_composerTabs->currentWidget()->objectName());
    map.insert(QStringLiteral("repeat"), m_repeat->state());
    map.insert(QStringLiteral("script"), m_scriptPanel->script());
    map.insert(QStringLiteral("pingPayload"), m_pingPayload->text());
    map.insert(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    map.insert(QStringLiteral("logSplitter"), m_logSplitter->saveState());
    return map;
}

void ConnectionPage::restoreState(const QVariantMap &map)
{
    m_workbench->restoreState(map);
    m_customTitle = map.value(QStringLiteral("title")).toString();
    m_panel->setRequest(m_workbench->request());
    // The URL as typed, even if it was not a valid URL when the window closed.
    m_panel->setUrlText(map.value(QStringLiteral("urlText")).toString());
    m_panel->setReconnect(m_workbench->reconnectEnabled(), m_workbench->backoff());
    m_sendBox->setState(map.value(QStringLiteral("composer")).toMap());
    const QString panel = map.value(QStringLiteral("composerPanel")).toString();
    int tab = -1;
    for (int i = 0; i < m_composerTabs->count() && !panel.isEmpty(); ++i) {
        if (m_composerTabs->widget(i)->objectName() == panel)
            tab = i;
    }
    if (tab < 0 && map.contains(QStringLiteral("composerTab"))) {
        // Workspaces saved before Script and Protocol kept the index among these five.
        const QList<QWidget *> before{m_sendBox, m_repeat, m_variablesPanel, m_onOpen,
                                      m_statsPanel};
        tab = m_composerTabs->indexOf(
            before.value(map.value(QStringLiteral("composerTab")).toInt(), m_sendBox));
    }
    if (tab >= 0)
        m_composerTabs->setCurrentIndex(tab);
    m_onOpen->setMessages(m_workbench->onOpenMessages());
    m_repeat->setState(map.value(QStringLiteral("repeat")).toMap());
    m_scriptPanel->setScript(map.value(QStringLiteral("script")).toString());
    m_variablesPanel->setTable(m_workbench->variables().table());
    m_pingPayload->setText(map.value(QStringLiteral("pingPayload")).toString());
    m_mainSplitter->restoreState(map.value(QStringLiteral("mainSplitter")).toByteArray());
    m_logSplitter->restoreState(map.value(QStringLiteral("logSplitter")).toByteArray());
    applyReconnectSettings();
    emit titleChanged();
}

SessionHeader ConnectionPage::sessionHeader() const
{
    EventLog &log = m_workbench->log();
    log.flush();
    SessionHeader header;
    header.request = connection()->request();
    header.createdMs = log.totalCount() > 0 ? log.store().row(0).timeMs : m_clock.nowMs();
    header.source = QStringLiteral("record");
    return header;
}

const EventStore &ConnectionPage::sessionEvents() const
{
    m_workbench->log().flush();
    return m_workbench->log().store();
}
