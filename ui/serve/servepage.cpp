#include "serve/servepage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "compose/sendbox.h"
#include "compose/variablespanel.h"
#include "connection/servertlseditor.h"
#include "log/eventlog.h"
#include "log/logdelegate.h"
#include "log/logsearch.h"
#include "log/logview.h"
#include "log/scrollingpage.h"
#include "log/tablefindbar.h"
#include "script/servescriptrunner.h"
#include "serve/serveclientmodel.h"
#include "serve/servefaultspanel.h"
#include "serve/serverecording.h"
#include "serve/serverulespanel.h"
#include "serve/servescriptbar.h"
#include "serve/servesendpanel.h"
#include "serve/servesettingspanel.h"

ServePage::ServePage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_controller(clock)
{
    m_controller.setKeepLogs(true);
    m_controller.setRules(ServeRules::echoRules());
    m_clientModel = std::make_unique<ServeClientModel>(&m_controller);
    m_mergedModel = std::make_unique<ServeMergedLogModel>(&m_controller);
    m_script = std::make_shared<ServeScriptRunner>(m_controller, clock);

    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    m_clientTable = new QTableView(this);
    m_clientTable->setModel(m_clientModel.get());
    m_clientTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clientTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_clientTable->verticalHeader()->hide();
    m_clientTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_clientTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Short columns as wide as what they hold; the path, which can be long, takes what is left
    // and is elided in its middle, so the state and counts stay in view.
    QHeaderView *clientHeader = m_clientTable->horizontalHeader();
    clientHeader->setStretchLastSection(false);
    clientHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    clientHeader->setSectionResizeMode(ServeClientModel::PathColumn, QHeaderView::Stretch);
    clientHeader->setSectionResizeMode(ServeClientModel::ProtocolColumn, QHeaderView::Interactive);
    clientHeader->resizeSection(ServeClientModel::ProtocolColumn,
                                fontMetrics().horizontalAdvance(QLatin1Char('M')) * 7);
    m_clientTable->setTextElideMode(Qt::ElideMiddle);
    m_clientTable->setAccessibleName(tr("Clients"));
    m_clientTable->setWordWrap(false);

    m_mergedTable = new QTableView(this);
    m_mergedTable->setModel(m_mergedModel.get());
    m_mergedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mergedTable->verticalHeader()->hide();
    m_mergedTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mergedTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_mergedTable->horizontalHeader()->setStretchLastSection(true);
    m_mergedTable->setWordWrap(false);
    m_mergedTable->setAccessibleName(tr("Log of all clients"));
    // Sent, received and closes tinted as in every other log.
    auto *tints = new LogDelegate(m_mergedTable);
    tints->setFirstLogColumn(ServeMergedLogModel::ClientColumn + 1);
    m_mergedTable->setItemDelegate(tints);
    LogView::fitLogColumns(m_mergedTable, ServeMergedLogModel::ClientColumn + 1);
    m_mergedTable->horizontalHeader()->resizeSection(
        ServeMergedLogModel::ClientColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("#9999")) + 16);
    m_clientLog = new LogView(this);
    m_clientLog->setMessageActionsEnabled(false);
    m_logTabs = new QTabWidget(this);
    auto *merged = new QWidget(this);
    // LogSearch over the merged log finds what the log view's search would, across clients.
    m_mergedSearch = new TableFindBar(
        m_mergedTable,
        [this](const QString &text, qsizetype current, bool backwards) -> qsizetype {
            EventLog *log = m_controller.mergedLog();
            if (!log)
                return -1;
            log->flush();
            return LogSearch::plainText(text).nextMatch(log->store(), current, backwards);
        },
        merged);
    m_mergedSearch->setPlaceholder(
        tr("Find in every client's messages (Enter: next, Shift+Enter: previous)"),
        tr("Find in the log of all clients"));
    auto *mergedLayout = new QVBoxLayout(merged);
    mergedLayout->setContentsMargins(0, 0, 0, 0);
    mergedLayout->addWidget(m_mergedSearch);
    mergedLayout->addWidget(m_mergedTable, 1);
    m_logTabs->addTab(merged, tr("All Clients"));
    m_logTabs->addTab(m_clientLog, tr("Selected Client"));

    m_rules = new ServeRulesPanel(this);
    m_rules->scriptBar()->setRunner(m_script.get());
    connect(m_script.get(), &ServeScriptRunner::problem, this,
            [this](const QString &message) { showStatus(tr("Script: %1").arg(message), true); });
    m_faults = new ServeFaultsPanel(this);
    m_variables = new VariablesPanel(this);
    m_settings = new ServeSettingsPanel(this);
    auto *tools = new QTabWidget(this);
    m_send = new ServeSendPanel(
        m_controller, [this] { return selectedClients(); }, this);
    connect(m_send, &ServeSendPanel::status, this, &ServePage::showStatus);
    // The lower half scrolls rather than adding its rows of buttons and editors to the
    // window's minimum size (861×765 with a Serve tab open, past a 1280×720 screen). Faults
    // and Server scroll on their own.
    tools->addTab(scrollingPage(m_send, tools), tr("Send"));
    tools->addTab(scrollingPage(m_rules, tools), tr("Rules"));
    tools->addTab(m_faults, tr("Faults"));
    tools->addTab(scrollingPage(m_variables, tools), tr("Variables"));
    tools->addTab(m_settings, tr("Server"));
    connect(m_settings, &ServeSettingsPanel::changed, this, &ServePage::settingsChanged);

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(m_logTabs);
    centre->addWidget(tools);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    // The tools scroll, so their size hint no longer claims their room: 3 to 2 from the start.
    const int line = fontMetrics().lineSpacing();
    centre->setSizes({line * 30, line * 20});
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_clientTable);
    split->addWidget(centre);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // Wide enough for a client's columns without scrolling; the logs take the rest.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    split->setSizes({em * 34, em * 66});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildListenBar());
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_clientTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<int> ids = selectedClients();
        if (!ids.isEmpty())
            showClient(ids.first());
        updateButtons();
    });
    connect(m_mergedTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int id = m_mergedModel->clientAt(index.row());
        const int row = m_clientModel->rowOf(id);
        if (row >= 0)
            m_clientTable->selectRow(row);
        m_logTabs->setCurrentWidget(m_clientLog);
    });
    connect(&m_controller, &ServeController::clientConnected, this, [this](int id) {
        // The first client is shown at once; later ones wait to be picked.
        if (m_clientModel->rowCount() == 1)
            m_clientTable->selectRow(m_clientModel->rowOf(id));
        updateStatus();
    });
    connect(&m_controller, &ServeController::clientChanged, this, [this] {
        updateButtons();
        updateStatus();
    });
    connect(&m_controller, &ServeController::clientRemoved, this, [this](int id) {
        // Its log goes when the signal returns: the view lets go of it first.
        if (id == m_shownClient)
            showClient(0);
    });
    connect(&m_controller, &ServeController::problem, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(&m_controller, &ServeController::stopped, this, [this] {
        updateButtons();
        updateStatus();
    });
    connect(m_rules, &ServeRulesPanel::rulesApplied, this, [this](const ServeRules &rules) {
        if (!rules.faults.isNone())
            m_faults->setMessageFaults(rules.faults);
        if (m_mode->currentIndex() != RulesMode)
            m_mode->setCurrentIndex(RulesMode);
        else
            applyMode();
    });
    connect(m_faults, &ServeFaultsPanel::faultsChanged, this, &ServePage::applyFaults);
    connect(m_faults, &ServeFaultsPanel::faultsChanged, this, &ServePage::settingsChanged);
    connect(m_rules, &ServeRulesPanel::rulesApplied, this, &ServePage::settingsChanged);
    connect(m_faults, &ServeFaultsPanel::faultRequested, this, &ServePage::doFault);
    connect(m_variables, &VariablesPanel::tableChanged, this,
            [this](const Variables::Table &table) {
                m_controller.variables().setTable(table);
                m_send->sendBox()->refreshVariables();
            });
    m_firedTimer.setInterval(500);
    connect(&m_firedTimer, &QTimer::timeout, this,
            [this] { m_rules->showFired(m_controller.responder()); });
    showStatus(tr("Not listening. Clients that connect are answered by echo, your rules or a "
                  "recording; each becomes a row on the left."));
    updateButtons();
}

ServePage::~ServePage()
{
    // The widgets go before the controller, its logs and the models that feed them (members,
    // which would otherwise go first). LogView cannot be given no log, so it is deleted.
    m_controller.disconnect(this);
    m_script->setServing(false, nullptr);
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

QWidget *ServePage::buildListenBar()
{
    auto *bar = new QWidget(this);
    m_address = new QLineEdit(QStringLiteral("127.0.0.1"), bar);
    m_address->setAccessibleName(tr("Listen address"));
    m_address->setToolTip(tr("127.0.0.1 lets only this computer in; type 0.0.0.0 or another "
                             "address to let others connect"));
    m_address->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    m_port = new QSpinBox(bar);
    m_port->setRange(0, 65535);
    m_port->setValue(8080);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("Listen on port"));
    m_paths = new QLineEdit(bar);
    m_paths->setPlaceholderText(tr("paths, e.g. /chat /feed (empty: any)"));
    m_paths->setAccessibleName(tr("Paths"));
    m_mode = new QComboBox(bar);
    m_mode->addItems({tr("Echo"), tr("Rules"), tr("Recording")});
    m_mode->setAccessibleName(tr("Answer by"));
    m_recording = new QLineEdit(bar);
    m_recording->setPlaceholderText(tr("a .wsprobe.jsonl session or a HAR file"));
    m_recording->setAccessibleName(tr("Recording to serve"));
    m_recordingBrowse = new QPushButton(tr("Browse…"), bar);
    m_speed = new QDoubleSpinBox(bar);
    m_speed->setRange(0, 100);
    m_speed->setValue(1);
    m_speed->setSingleStep(0.5);
    m_speed->setPrefix(tr("×"));
    m_speed->setSpecialValueText(tr("no delays"));
    m_speed->setToolTip(tr("Speed of the recorded timing: 2 answers twice as fast, 0 at once"));
    m_startButton = new QPushButton(tr("&Start"), bar);
    m_stopButton = new QPushButton(tr("St&op"), bar);

    auto *first = new QHBoxLayout;
    first->addWidget(new QLabel(tr("Listen on:"), bar));
    first->addWidget(m_address);
    first->addWidget(new QLabel(tr("port:"), bar));
    first->addWidget(m_port);
    first->addWidget(m_paths, 1);
    first->addWidget(m_startButton);
    first->addWidget(m_stopButton);
    auto *second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("Answer by:"), bar));
    second->addWidget(m_mode);
    second->addWidget(m_recording, 1);
    second->addWidget(m_recordingBrowse);
    second->addWidget(m_speed);
    // Takes the room the hidden recording fields leave, so the combo keeps its size.
    second->addStretch(0);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);

    auto browse = [this](QLineEdit *edit, const QString &title, const QString &filter) {
        const QString path = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    };
    connect(m_recordingBrowse, &QPushButton::clicked, this, [this, browse] {
        browse(m_recording, tr("Serve a Recording"),
               tr("Sessions and HAR (*.jsonl *.har);;All files (*)"));
        applyMode();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        applyMode();
        updateButtons();
        emit settingsChanged();
    });
    for (QLineEdit *edit : {m_address, m_paths, m_recording})
        connect(edit, &QLineEdit::editingFinished, this, &ServePage::settingsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ServePage::settingsChanged);
    connect(m_recording, &QLineEdit::editingFinished, this, &ServePage::applyMode);
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, &ServePage::applyMode);
    connect(m_startButton, &QPushButton::clicked, this, &ServePage::start);
    connect(m_stopButton, &QPushButton::clicked, this, &ServePage::stop);
    return bar;
}

bool ServePage::start()
{
    ServerConfig config;
    const QString address = m_address->text().trimmed();
    if (!config.address.setAddress(address.isEmpty() ? QStringLiteral("127.0.0.1") : address)) {
        showStatus(tr("\"%1\" is not an IP address.").arg(address), true);
        return false;
    }
    config.port = quint16(m_port->value());
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (QString path : m_paths->text().split(separators, Qt::SkipEmptyParts)) {
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        config.paths << path;
    }
    QString error;
    if (!m_settings->applyTo(&config, &error)) {
        showStatus(error, true);
        return false;
    }
    if (!m_faults->serverFaults(&config.faults, &error)) {
        showStatus(error, true);
        return false;
    }
    m_lastError.clear();
    applyMode();
    if (!m_lastError.isEmpty())
        return false;
    // Each run records to a file of its own in the folder (the controller numbers clients).
    m_controller.setRecordPath(m_settings->recordPathForRun());
    // A fresh runtime for each run of the server; one that does not start keeps it stopped.
    if (!m_script->setServing(true, &error) || !m_controller.listen(config, &error)) {
        m_script->setServing(false, nullptr);
        showStatus(error, true);
        updateButtons();
        return false;
    }
    m_settings->tlsEditor()->setFingerprint(m_controller.certificateFingerprint());
    m_firedTimer.start();
    emit titleChanged(tr("Serve :%1").arg(m_controller.port()));
    updateStatus();
    updateButtons();
    return true;
}

void ServePage::stop()
{
    m_controller.stop();
    m_script->setServing(false, nullptr);
    m_settings->tlsEditor()->setFingerprint(QString());
    m_firedTimer.stop();
    emit titleChanged(tr("Serve"));
    updateStatus();
    updateButtons();
}

void ServePage::applyMode()
{
    ServeRules rules;
    switch (m_mode->currentIndex()) {
    case EchoMode:
        rules = ServeRules::echoRules();
        m_controller.setRecording(nullptr, 1);
        break;
    case RulesMode:
        rules = m_rules->rules();
        m_controller.setRecording(nullptr, 1);
        break;
    case RecordingMode: {
        const QString path = m_recording->text().trimmed();
        if (path.isEmpty()) {
            m_controller.setRecording(nullptr, 1);
            break;
        }
        auto recording = std::make_shared<ServeRecording>();
        QString error;
        if (!recording->load(path, &error)) {
            m_lastError = error;
            showStatus(error, true);
            return;
        }
        m_controller.setRecording(std::move(recording), m_speed->value());
        // Rules still come first; a recording answers what they do not.
        rules = m_rules->rules();
        break;
    }
    }
    rules.faults = m_faults->messageFaults();
    // The script the rules name (none in echo mode), started in place of another while
    // listening; the rules hand it messages through the runner, which outlives reloads.
    QString error;
    if (!m_script->setPath(rules.scriptPath(), &error))
        showStatus(error, true);
    if (!rules.script.isEmpty())
        rules.scriptRunner = m_script;
    m_controller.setRules(rules);
}

void ServePage::applyFaults()
{
    ServerFaults faults;
    QString error;
    if (!m_faults->serverFaults(&faults, &error)) {
        m_faults->showError(error);
        return;
    }
    m_faults->showError({});
    m_controller.setServerFaults(faults);
    m_controller.setMessageFaults(m_faults->messageFaults());
}

QList<int> ServePage::selectedClients() const
{
    QList<int> ids;
    if (!m_clientTable->selectionModel())
        return ids;
    for (const QModelIndex &index : m_clientTable->selectionModel()->selectedRows())
        ids << m_clientModel->clientAt(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool ServePage::sendComposed()
{
    return m_send->sendBox()->submit();
}

void ServePage::doFault(const ServeFault &fault)
{
    QString error;
    int done = 0;
    for (int id : selectedClients())
        done += m_controller.applyFault(id, fault, &error);
    m_faults->showError(
        done == 0 ? (error.isEmpty() ? tr("Select a connected client first.") : error) : QString());
}

void ServePage::showClient(int id)
{
    EventLog *log = m_controller.clientLog(id);
    if (!log) {
        if (!m_noClientLog)
            m_noClientLog = std::make_unique<EventLog>();
        log = m_noClientLog.get();
        id = 0;
    }
    m_shownClient = id;
    m_clientLog->setLog(log);
}

void ServePage::updateButtons()
{
    const bool listening = m_controller.isListening();
    m_startButton->setEnabled(!listening);
    m_stopButton->setEnabled(listening || m_controller.openClientCount() > 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_address, m_port, m_paths})
        w->setEnabled(!listening);
    m_settings->setListening(listening);
    const bool recording = m_mode->currentIndex() == RecordingMode;
    m_recording->setVisible(recording);
    m_recordingBrowse->setVisible(recording);
    m_speed->setVisible(recording);
    m_send->updateButtons();
    m_faults->setHaveTarget(!selectedClients().isEmpty());
}

void ServePage::updateStatus()
{
    if (!m_controller.isListening()) {
        if (m_lastError.isEmpty())
            showStatus(tr("Not listening."));
        return;
    }
    QString text =
        tr("Listening on %1 — %n client(s) connected.", nullptr, m_controller.openClientCount())
            .arg(m_controller.url().toString());
    if (const QString fingerprint = m_controller.certificateFingerprint(); !fingerprint.isEmpty())
        text += QLatin1Char(' ') + tr("Certificate SHA-256: %1").arg(fingerprint);
    showStatus(text);
}

void ServePage::showStatus(const QString &text, bool error)
{
    if (error)
        m_lastError = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

QVariantMap ServePage::state() const
{
    QVariantMap map = {{QStringLiteral("kind"), QStringLiteral("serve")},
                       {QStringLiteral("address"), m_address->text()},
                       {QStringLiteral("port"), m_port->value()},
                       {QStringLiteral("paths"), m_paths->text()},
                       {QStringLiteral("mode"), m_mode->currentIndex()},
                       {QStringLiteral("recording"), m_recording->text()},
                       {QStringLiteral("speed"), m_speed->value()},
                       {QStringLiteral("faults"), m_faults->state()},
                       {QStringLiteral("compose"), m_send->sendBox()->state()}};
    // The Server page's fields sit beside the others ("tls", "cert", "key" as before).
    map.insert(m_settings->state());
    map.insert(m_rules->state());
    return map;
}

void ServePage::setState(const QVariantMap &state)
{
    m_address->setText(state.value(QStringLiteral("address"), m_address->text()).toString());
    m_port->setValue(state.value(QStringLiteral("port"), m_port->value()).toInt());
    m_paths->setText(state.value(QStringLiteral("paths")).toString());
    m_recording->setText(state.value(QStringLiteral("recording")).toString());
    m_speed->setValue(state.value(QStringLiteral("speed"), 1.0).toDouble());
    m_settings->setState(state);
    m_rules->setState(state);
    m_faults->setState(state.value(QStringLiteral("faults")).toMap());
    m_send->sendBox()->setState(state.value(QStringLiteral("compose")).toMap());
    m_mode->setCurrentIndex(state.value(QStringLiteral("mode"), 0).toInt());
    applyMode();
    updateButtons();
}

QComboBox *ServePage::tlsBox() const
{
    return m_settings->tlsEditor()->modeBox();
}

QComboBox *ServePage::targetBox() const
{
    return m_send->targetBox();
}

SendBox *ServePage::sendBox() const
{
    return m_send->sendBox();
}

QSpinBox *ServePage::repeatIntervalBox() const
{
    return m_send->repeatIntervalBox();
}

QSpinBox *ServePage::repeatCountBox() const
{
    return m_send->repeatCountBox();
}

QPushButton *ServePage::repeatButton() const
{
    return m_send->repeatButton();
}
