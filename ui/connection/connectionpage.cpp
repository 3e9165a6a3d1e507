#include "connection/connectionpage.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include "compose/onopenpanel.h"
#include "compose/periodicsender.h"
#include "compose/repeatpanel.h"
#include "compose/sendbox.h"
#include "compose/variablespanel.h"
#include "connection/clock.h"
#include "connection/closedialog.h"
#include "connection/connection.h"
#include "connection/connectionpanel.h"
#include "connection/handshakedialog.h"
#include "connection/reconnector.h"
#include "connection/statspanel.h"
#include "connection/statusindicators.h"
#include "log/eventlog.h"
#include "log/logview.h"
#include "session/journal.h"
#include "session/session.h"
#include "session/sessionlibrary.h"

ConnectionPage::ConnectionPage(const Clock &clock, const SessionLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_library(library)
    , m_connection(new Connection(clock, this))
    , m_log(new EventLog(this))
    , m_variables(clock)
    , m_reconnector(new Reconnector(*m_connection, clock, this))
    , m_periodic(new PeriodicSender(*m_connection, this))
{
    buildLayout();
    wire();
    onReadyStateChanged(ReadyState::Closed);
}

ConnectionPage::~ConnectionPage()
{
    delete m_indicators; // lives in the window's status bar, not in this page
    m_connection->removeSink(m_log);
    m_connection->removeSink(&m_stats);
    if (m_journal) {
        m_connection->removeSink(m_journal.get());
        m_journal->finish();
    }
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
    m_logView->setLog(m_log);
    m_composerTabs = new QTabWidget(m_logSplitter);
    m_composerTabs->setObjectName(QStringLiteral("composerTabs"));
    m_composerTabs->setDocumentMode(true);
    m_sendBox = new SendBox(m_composerTabs);
    m_sendBox->setObjectName(QStringLiteral("sendBox"));
    m_sendBox->setVariables(&m_variables);
    m_sendBox->setHistory(&m_history);
    m_repeat = new RepeatPanel(*m_periodic, m_composerTabs);
    m_variablesPanel = new VariablesPanel(m_composerTabs);
    m_onOpen = new OnOpenPanel(m_composerTabs);
    m_statsPanel = new StatsPanel(m_stats, m_clock, m_composerTabs);
    m_composerTabs->addTab(m_sendBox, tr("Compose"));
    m_composerTabs->addTab(m_repeat, tr("Repeat"));
    m_composerTabs->addTab(m_variablesPanel, tr("Variables"));
    m_composerTabs->addTab(m_onOpen, tr("On Open"));
    m_composerTabs->addTab(m_statsPanel, tr("Statistics"));
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
    setTabOrder(m_panel, m_logView);
    setTabOrder(m_logView, m_composerTabs);
}

void ConnectionPage::wire()
{
    m_connection->addSink(m_log);
    m_connection->addSink(&m_stats);
    connect(m_panel, &ConnectionPanel::connectRequested, this, &ConnectionPage::connectToServer);
    connect(m_panel, &ConnectionPanel::disconnectRequested, this,
            &ConnectionPage::disconnectFromServer);
    connect(m_panel, &ConnectionPanel::reconnectSettingsChanged, this,
            &ConnectionPage::applyReconnectSettings);
    connect(m_sendBox, &SendBox::sendText, m_connection, &Connection::sendText);
    connect(m_sendBox, &SendBox::sendBinary, m_connection, &Connection::sendBinary);
    connect(m_pingButton, &QPushButton::clicked, this, &ConnectionPage::ping);
    connect(m_pingPayload, &QLineEdit::returnPressed, this, &ConnectionPage::ping);
    connect(m_cancelReconnect, &QPushButton::clicked, m_reconnector, &Reconnector::cancel);
    connect(m_variablesPanel, &VariablesPanel::tableChanged, this,
            [this](const Variables::Table &table) { m_variables.setTable(table); });
    connect(m_onOpen, &OnOpenPanel::messagesChanged, m_reconnector,
            &Reconnector::setOnOpenMessages);
    connect(m_onOpen, &OnOpenPanel::addFromComposerRequested, this,
            [this] { m_onOpen->addMessage(m_sendBox->currentText()); });
    m_reconnector->setSender([this](const QString &text) { return sendExpanded(text); });
    m_periodic->setSource([this](QByteArray *payload, bool *isText, QString *error) {
        return m_sendBox->buildMessage(payload, isText, error);
    });

    connect(m_connection, &Connection::readyStateChanged, this,
            &ConnectionPage::onReadyStateChanged);
    connect(m_connection, &Connection::errorOccurred, this, &ConnectionPage::onError);
    connect(m_connection, &Connection::closed, this, &ConnectionPage::onClosed);
    connect(m_connection, &Connection::bufferedAmountChanged, m_indicators,
            &StatusIndicators::setBufferedAmount);
    connect(m_connection, &Connection::opened, this, [this](const QString &p, const QString &e) {
        m_indicators->setNegotiated(p, e);
        m_indicators->setOpenedAt(m_connection->openedAtMs());
        const QString url = m_connection->url().toString();
        m_panel->rememberUrl(url);
        emit urlOpened(url);
        emit statusMessage(tr("Connected to %1").arg(url));
        emit titleChanged();
    });
    connect(m_connection, &Connection::pongReceived, this, [this](qint64 rtt, const QByteArray &) {
        m_rttLabel->setText(tr("RTT %1 ms").arg(rtt));
        emit statusMessage(tr("Pong received: round trip %1 ms").arg(rtt));
    });
    connect(m_connection, &Connection::closed, this, &ConnectionPage::finishJournal,
            Qt::QueuedConnection);

    connect(m_reconnector, &Reconnector::countdown, this, [this](qint64 left) {
        m_reconnectLabel->setText(tr("Reconnecting in %1 s (attempt %2)…")
                                      .arg(QString::number(double(left) / 1000.0, 'f', 1))
                                      .arg(m_reconnector->attempt() + 1));
        m_reconnectLabel->show();
        m_cancelReconnect->show();
    });
    connect(m_reconnector, &Reconnector::attempting, this, [this](int attempt) {
        m_reconnectLabel->setText(tr("Reconnecting (attempt %1)…").arg(attempt));
        m_cancelReconnect->hide();
        startJournal();
    });
    auto hideReconnect = [this] {
        m_reconnectLabel->hide();
        m_cancelReconnect->hide();
    };
    connect(m_reconnector, &Reconnector::reconnected, this, hideReconnect);
    connect(m_reconnector, &Reconnector::cancelled, this, [this, hideReconnect] {
        hideReconnect();
        emit statusMessage(tr("Reconnecting cancelled."));
    });
    connect(m_reconnector, &Reconnector::gaveUp, this, [this, hideReconnect](int attempts) {
        hideReconnect();
        m_panel->showError(tr("Gave up reconnecting after %n attempt(s).", nullptr, attempts));
    });
}

QString ConnectionPage::title() const
{
    if (!m_customTitle.isEmpty())
        return m_customTitle;
    const QUrl url(m_panel->urlText());
    if (!url.host().isEmpty())
        return url.port() > 0 ? tr("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    return tr("New Connection");
}

void ConnectionPage::setCustomTitle(const QString &title)
{
    m_customTitle = title.trimmed();
    emit titleChanged();
}

void ConnectionPage::applyReconnectSettings()
{
    m_reconnector->setEnabled(m_panel->reconnectEnabled());
    m_reconnector->setBackoff(m_panel->backoff());
}

bool ConnectionPage::sendExpanded(const QString &text)
{
    QString expanded;
    QString error;
    if (!m_variables.expand(text, &expanded, &error)) {
        onError(tr("On-open message not sent: %1").arg(error));
        return false;
    }
    return m_connection->sendText(expanded);
}

void ConnectionPage::startJournal()
{
    finishJournal();
    SessionHeader header;
    header.createdMs = m_clock.nowMs();
    header.request = m_panel->request();
    header.source = QStringLiteral("record");
    QString error;
    m_journal = m_library.startJournal(header, &error);
    if (m_journal)
        m_connection->addSink(m_journal.get());
    else
        emit statusMessage(tr("Not recording this connection: %1").arg(error));
}

void ConnectionPage::finishJournal()
{
    if (!m_journal || m_connection->readyState() != ReadyState::Closed)
        return;
    m_connection->removeSink(m_journal.get());
    // After a flood the writer may have seconds of events still to write: it finishes on a
    // pool thread, not on the window's. The application waits for the pool before exiting.
    QPointer<ConnectionPage> self(this);
    Journal *journal = m_journal.release();
    QThreadPool::globalInstance()->start([journal, self] {
        journal->finish();
        const QString error = journal->error();
        delete journal;
        if (!error.isEmpty()) {
            QMetaObject::invokeMethod(qApp, [self, error] {
                if (self)
                    emit self->statusMessage(error);
            });
        }
    });
}

void ConnectionPage::connectToServer()
{
    if (m_connection->readyState() != ReadyState::Closed)
        return;
    m_panel->clearError();
    applyReconnectSettings();
    // The core validates the request; a refusal comes back through errorOccurred.
    startJournal();
    if (!m_reconnector->open(m_panel->request()))
        finishJournal();
    emit titleChanged();
}

void ConnectionPage::reconnectNow()
{
    switch (m_connection->readyState()) {
    case ReadyState::Closed:
        connectToServer();
        break;
    case ReadyState::Connecting:
        m_reopenAfterClose = true;
        m_reconnector->cancel();
        m_connection->abort();
        break;
    case ReadyState::Open:
        m_reopenAfterClose = true;
        m_reconnector->closeByUser(1000, tr("Reconnecting"));
        break;
    case ReadyState::Closing:
        m_reopenAfterClose = true;
        break;
    }
}

void ConnectionPage::disconnectFromServer()
{
    m_reconnector->closeByUser(1000);
}

void ConnectionPage::closeWithCode()
{
    CloseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_reconnector->closeByUser(dialog.code(), dialog.reason());
}

void ConnectionPage::showHandshake()
{
    HandshakeDialog dialog(m_connection->request(), m_connection->handshake(),
                           m_connection->protocol(), m_connection->extensions(), this);
    dialog.exec();
}

void ConnectionPage::ping()
{
    m_connection->ping(m_pingPayload->text().toUtf8());
}

void ConnectionPage::shutdown(const QString &reason)
{
    m_periodic->stop();
    m_reconnector->cancel();
    if (m_connection->readyState() == ReadyState::Open)
        m_reconnector->closeByUser(1001, reason);
    else if (m_connection->readyState() == ReadyState::Connecting)
        m_connection->abort();
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
    }
    emit readyStateChanged(state);
}

void ConnectionPage::onError(const QString &message)
{
    emit statusMessage(message);
    if (m_connection->readyState() != ReadyState::Open)
        m_panel->showError(message);
    else
        m_sendBox->showError(message);
}

void ConnectionPage::onClosed(int code, const QString &reason, bool wasClean)
{
    if (m_reopenAfterClose) {
        m_reopenAfterClose = false;
        // After the close has been fully handled (journal, readyState listeners).
        QTimer::singleShot(0, this, &ConnectionPage::connectToServer);
    }
    // The same words as the log's close row: the core owns how a close is described.
    emit statusMessage(
        tr("Closed: %1").arg(EventLog::preview(Event::close(0, code, reason, wasClean))));
}

QVariantMap ConnectionPage::saveState() const
{
    QVariantMap map;
    map.insert(QStringLiteral("title"), m_customTitle);
    map.insert(QStringLiteral("urlText"), m_panel->urlText());
    map.insert(QStringLiteral("request"),
               SessionJson::requestToJson(m_panel->request()).toVariantMap());
    map.insert(QStringLiteral("reconnect"), m_panel->reconnectEnabled());
    const Backoff b = m_panel->backoff();
    map.insert(QStringLiteral("attempts"), b.maxAttempts);
    map.insert(QStringLiteral("firstDelayMs"), b.initialMs);
    map.insert(QStringLiteral("maxDelayMs"), b.maxMs);
    map.insert(QStringLiteral("composer"), m_sendBox->state());
    map.insert(QStringLiteral("composerTab"), m_composerTabs->currentIndex());
    map.insert(QStringLiteral("history"), m_history.entries());
    map.insert(QStringLiteral("onOpen"), m_onOpen->messages());
    map.insert(QStringLiteral("repeat"), m_repeat->state());
    QVariantList variables;
    for (const auto &[name, value] : m_variables.table())
        variables << QVariant(QStringList{name, value});
    map.insert(QStringLiteral("variables"), variables);
    map.insert(QStringLiteral("pingPayload"), m_pingPayload->text());
    map.insert(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    map.insert(QStringLiteral("logSplitter"), m_logSplitter->saveState());
    return map;
}

void ConnectionPage::restoreState(const QVariantMap &map)
{
    m_customTitle = map.value(QStringLiteral("title")).toString();
    m_panel->setRequest(SessionJson::requestFromJson(
        QJsonObject::fromVariantMap(map.value(QStringLiteral("request")).toMap())));
    // The URL as typed, even if it was not a valid URL when the window closed.
    m_panel->setUrlText(map.value(QStringLiteral("urlText")).toString());
    Backoff b;
    b.maxAttempts = map.value(QStringLiteral("attempts"), b.maxAttempts).toInt();
    b.initialMs = map.value(QStringLiteral("firstDelayMs"), b.initialMs).toInt();
    b.maxMs = map.value(QStringLiteral("maxDelayMs"), b.maxMs).toInt();
    m_panel->setReconnect(map.value(QStringLiteral("reconnect")).toBool(), b);
    m_sendBox->setState(map.value(QStringLiteral("composer")).toMap());
    m_composerTabs->setCurrentIndex(map.value(QStringLiteral("composerTab")).toInt());
    m_history.setEntries(map.value(QStringLiteral("history")).toStringList());
    m_onOpen->setMessages(map.value(QStringLiteral("onOpen")).toStringList());
    m_repeat->setState(map.value(QStringLiteral("repeat")).toMap());
    Variables::Table table;
    for (const QVariant &v : map.value(QStringLiteral("variables")).toList()) {
        const QStringList pair = v.toStringList();
        if (pair.size() == 2)
            table.append({pair[0], pair[1]});
    }
    m_variablesPanel->setTable(table);
    m_pingPayload->setText(map.value(QStringLiteral("pingPayload")).toString());
    m_mainSplitter->restoreState(map.value(QStringLiteral("mainSplitter")).toByteArray());
    m_logSplitter->restoreState(map.value(QStringLiteral("logSplitter")).toByteArray());
    applyReconnectSettings();
    emit titleChanged();
}
