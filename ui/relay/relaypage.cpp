#include "relay/relaypage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "connection/connectionpanel.h"
#include "connection/servertlseditor.h"
#include "log/scrollingpage.h"
#include "log/tablefindbar.h"
#include "protocol/requestvalidator.h"
#include "relay/relaybreakpointpanel.h"
#include "relay/relayclientlist.h"
#include "relay/relayconversation.h"
#include "relay/relaylogmodel.h"
#include "relay/relaymessageeditor.h"
#include "relay/relayrecorder.h"

RelayPage::RelayPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_controller(clock)
    , m_port(new QSpinBox(this))
    , m_side(new QTabWidget(this))
    , m_upstream(new ConnectionPanel(this))
    , m_removeHeaders(new QLineEdit(this))
    , m_tls(new ServerTlsEditor(this))
    , m_clientDeflate(new QCheckBox(tr("Accept permessage-&deflate from clients"), this))
    , m_startButton(new QPushButton(tr("&Start"), this))
    , m_stopButton(new QPushButton(tr("St&op"), this))
    , m_status(new QLabel(this))
    , m_recordFolder(new QLineEdit(this))
    , m_clients(new RelayClientList(this))
    , m_handshakes(new QPlainTextEdit(this))
    , m_log(new QTableView(this))
{
    m_port->setRange(0, 65535);
    m_port->setValue(8080);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("Listen on port"));
    m_status->setObjectName(QStringLiteral("relayStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Listen on 127.0.0.1, port:"), this));
    top->addWidget(m_port);
    top->addStretch(1);
    top->addWidget(m_startButton);
    top->addWidget(m_stopButton);

    m_handshakes->setReadOnly(true);
    m_handshakes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_handshakes->setAccessibleName(tr("Handshakes of both legs"));
    m_log->setModel(nullptr);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_log->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_log->setWordWrap(false);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setAccessibleName(tr("Relay log"));

    auto *tools = new QTabWidget(this);
    tools->addTab(buildPausedPanel(), tr("Paused"));
    tools->addTab(buildInjectPanel(), tr("Inject"));
    m_breakpoints = new RelayBreakpointPanel(this);
    tools->addTab(m_breakpoints, tr("Breakpoints"));
    tools->addTab(m_handshakes, tr("Handshakes"));

    auto *logPane = new QWidget(this);
    m_find = new TableFindBar(
        m_log,
        [this](const QString &text, qsizetype current, bool backwards) -> qsizetype {
            auto *model = qobject_cast<RelayLogModel *>(m_log->model());
            if (!model)
                return -1;
            model->flush();
            return model->findRow(text, int(current), backwards);
        },
        logPane);
    m_find->setPlaceholder(
        tr("Find in this conversation's messages (Enter: next, Shift+Enter: previous)"),
        tr("Find in the relay log"));
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_find);
    logLayout->addWidget(m_log, 1);
    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(logPane);
    centre->addWidget(tools);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    // Before listening the upstream and listening settings matter; once clients come, they do.
    m_side->addTab(buildUpstreamPanel(), tr("&Upstream"));
    m_side->addTab(buildListenPanel(), tr("&Listening"));
    m_side->addTab(m_clients, tr("&Clients"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_side);
    split->addWidget(centre);
    split->setStretchFactor(1, 3);
    // The side pages need less than the log, whose payload column is what people read.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    split->setSizes({em * 28, em * 72});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_startButton, &QPushButton::clicked, this, &RelayPage::start);
    connect(m_upstream, &ConnectionPanel::connectRequested, this, &RelayPage::start);
    connect(m_stopButton, &QPushButton::clicked, this, &RelayPage::stop);
    connect(m_clients, &RelayClientList::currentChanged, this, &RelayPage::showConversation);
    connect(m_clients, &RelayClientList::replayRequested, this, &RelayPage::replayRequested);
    connect(m_clients, &RelayClientList::serveRequested, this, &RelayPage::serveRecordingRequested);
    connect(&m_controller, &RelayController::legEvent, this,
            [this](int id, RelaySide side, const Event &e) {
                if (e.kind != EventKind::Handshake || !e.handshake)
                    return;
                m_clients->setHandshake(id, side == RelaySide::Server, *e.handshake);
                if (id == m_current)
                    m_handshakes->setPlainText(m_clients->handshakeText(id));
            });
    connect(&m_controller, &RelayController::conversationStarted, this,
            &RelayPage::onConversationStarted);
    connect(&m_controller, &RelayController::conversationFinished, this,
            &RelayPage::onConversationFinished);
    connect(&m_controller, &RelayController::problem, this, &RelayPage::showStatus);
    connect(m_tls, &ServerTlsEditor::changed, this, &RelayPage::settingsChanged);
    connect(m_clientDeflate, &QCheckBox::toggled, this, &RelayPage::settingsChanged);
    connect(m_breakpoints, &RelayBreakpointPanel::changed, this, [this] {
        m_controller.setBreakpoints(m_breakpoints->breakpoints());
        // A rule that parsed replaces the one that did not: its error is over.
        if (m_breakpointProblemShown)
            showStatus(m_state);
        emit settingsChanged();
    });
    connect(m_breakpoints, &RelayBreakpointPanel::problem, this, [this](const QString &error) {
        showStatus(error);
        m_breakpointProblemShown = true;
    });
    showState(tr("Not listening. A client that connects here is connected to the upstream "
                 "URL; what they say shows below, with where each message went."));
    updateButtons();
}

QWidget *RelayPage::buildUpstreamPanel()
{
    // The connection tab's own request panel: URL, headers, auth, subprotocols, TLS, proxy,
    // deflate, limits, frames — the options `wsprobe-cli relay` takes for its upstream.
    m_upstream->setUpstreamOnly();
    m_upstream->setUrlText(QString());
    m_removeHeaders->setPlaceholderText(tr("Cookie, X-Debug"));
    m_removeHeaders->setAccessibleName(tr("Client headers not passed on"));
    m_removeHeaders->setToolTip(tr("Names of the client's request headers not to pass upstream, "
                                   "separated by commas. Headers set above are added or "
                                   "replace the client's of that name."));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *note = new QLabel(tr("Each client is connected to this URL (without a path: to the "
                               "client's path and query). The client's subprotocols, Origin "
                               "and headers go along; those set here are added or win."),
                            content);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_upstream);
    auto *form = new QFormLayout;
    form->addRow(tr("Do not pass on:"), m_removeHeaders);
    layout->addLayout(form);
    return scrollingPage(content, this);
}

QWidget *RelayPage::buildListenPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_clientDeflate->setChecked(true);
    m_clientDeflate->setToolTip(tr("Each leg negotiates compression for itself: the client's "
                                   "leg here, the server's with the upstream's option."));
    layout->addWidget(m_tls);
    layout->addWidget(m_clientDeflate);
    // Each conversation becomes two sessions (RelayRecorder), as `wsprobe-cli relay -o` does.
    m_recordFolder->setPlaceholderText(tr("not recorded"));
    m_recordFolder->setAccessibleName(tr("Record conversations to folder"));
    m_recordFolder->setToolTip(tr("Each conversation is recorded as two sessions in this "
                                  "folder, one per leg; the server's leg can be replayed or "
                                  "served once the conversation has finished."));
    auto *browse = new QPushButton(tr("Browse…"), panel);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this,
                                                              tr("Record Relayed "
                                                                 "Conversations To"),
                                                              m_recordFolder->text());
        if (!dir.isEmpty()) {
            m_recordFolder->setText(dir);
            emit settingsChanged();
        }
    });
    connect(m_recordFolder, &QLineEdit::editingFinished, this, &RelayPage::settingsChanged);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Record to folder:"), panel));
    row->addWidget(m_recordFolder, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    layout->addStretch(1);
    return panel;
}

RelayPage::~RelayPage()
{
    // The models go before the controller's conversations that feed them.
    m_controller.disconnect(this);
    m_log->setModel(nullptr);
}

QWidget *RelayPage::buildPausedPanel()
{
    auto *panel = new QWidget(this);
    m_pausedLabel = new QLabel(tr("Nothing is paused."), panel);
    m_pausedLabel->setWordWrap(true);
    m_pausedEditor = new RelayMessageEditor(panel);
    m_forward = new QPushButton(tr("&Forward"), panel);
    m_forwardEdited = new QPushButton(tr("Forward &Edited"), panel);
    m_drop = new QPushButton(tr("&Drop"), panel);
    m_answer = new QPushButton(tr("&Answer Locally"), panel);
    m_forward->setToolTip(tr("Pass the paused message on as it came"));
    m_forwardEdited->setToolTip(tr("Pass on what the editor holds instead"));
    m_drop->setToolTip(tr("Do not pass the paused message on"));
    m_answer->setToolTip(tr("Do not pass it on; send what the editor holds back to its sender"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_forward, m_forwardEdited, m_drop, m_answer})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_pausedLabel);
    layout->addWidget(m_pausedEditor, 1);
    layout->addLayout(buttons);
    connect(m_forward, &QPushButton::clicked, this, &RelayPage::forwardPaused);
    connect(m_forwardEdited, &QPushButton::clicked, this, &RelayPage::forwardEdited);
    connect(m_drop, &QPushButton::clicked, this, &RelayPage::dropPaused);
    connect(m_answer, &QPushButton::clicked, this, &RelayPage::answerPaused);
    return panel;
}

QWidget *RelayPage::buildInjectPanel()
{
    auto *panel = new QWidget(this);
    m_injectTarget = new QComboBox(panel);
    m_injectTarget->addItem(tr("Wsprobe → server"), int(RelaySide::Server));
    m_injectTarget->addItem(tr("Wsprobe → client"), int(RelaySide::Client));
    m_injectTarget->setAccessibleName(tr("Inject to"));
    m_injectEditor = new RelayMessageEditor(panel);
    m_injectButton = new QPushButton(tr("&Inject"), panel);
    m_injectButton->setToolTip(tr("Send this message to the chosen side of the shown client "
                                  "connection now"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Send to:"), panel));
    row->addWidget(m_injectTarget);
    row->addStretch(1);
    row->addWidget(m_injectButton);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(row);
    layout->addWidget(m_injectEditor, 1);
    connect(m_injectButton, &QPushButton::clicked, this, &RelayPage::inject);
    return panel;
}

bool RelayPage::addBreakpoint(const QString &rule)
{
    return m_breakpoints->add(rule);
}

RelaySettings RelayPage::settings() const
{
    RelaySettings st;
    st.config.listen.port = quint16(m_port->value());
    m_tls->applyTo(&st.config.listen);
    st.config.listen.deflateEnabled = m_clientDeflate->isChecked();
    st.config.upstream = m_upstream->request();
    st.config.listen.maxMessageSize = st.config.upstream.maxMessageSize;
    st.config.listen.maxFrameSize = st.config.upstream.maxFrameSize;
    for (const QString &name : m_removeHeaders->text().split(QLatin1Char(','))) {
        if (const QString n = name.trimmed(); !n.isEmpty())
            st.config.headers.remove << n.toLatin1();
    }
    st.breakpointRules = m_breakpoints->rules();
    return st;
}

void RelayPage::setSettings(const RelaySettings &st)
{
    m_port->setValue(st.config.listen.port);
    m_tls->setFrom(st.config.listen);
    m_clientDeflate->setChecked(st.config.listen.deflateEnabled);
    m_upstream->setRequest(st.config.upstream);
    QStringList removed;
    for (const QByteArray &name : st.config.headers.remove)
        removed << QString::fromLatin1(name);
    m_removeHeaders->setText(removed.join(QStringLiteral(", ")));
    m_breakpoints->setRules(st.breakpointRules);
}

QVariantMap RelayPage::saveState() const
{
    QVariantMap map = settings().toMap();
    map.insert(QStringLiteral("urlText"), m_upstream->urlText());
    map.insert(QStringLiteral("recordFolder"), m_recordFolder->text());
    return map;
}

void RelayPage::restoreState(const QVariantMap &state)
{
    QStringList problems;
    setSettings(RelaySettings::fromMap(state, &problems));
    // The URL as typed, even one that does not parse yet.
    if (const QString url = state.value(QStringLiteral("urlText")).toString(); !url.isEmpty())
        m_upstream->setUrlText(url);
    m_recordFolder->setText(state.value(QStringLiteral("recordFolder")).toString());
    if (!problems.isEmpty())
        showStatus(tr("Breakpoints not restored: %1").arg(problems.join(QLatin1Char(' '))));
}

bool RelayPage::start()
{
    if (m_controller.isListening())
        return true;
    QString error = m_upstream->inputError();
    RelayConfig config = settings().effectiveConfig();
    if (error.isEmpty()) {
        m_upstream->showUrlAsSent();
        config.upstream.url = RequestValidator::parseUrl(m_upstream->urlText(), &error);
    }
    if (error.isEmpty())
        error = RequestValidator::checkRequest(config.upstream);
    const QString folder = m_recordFolder->text().trimmed();
    if (error.isEmpty() && !folder.isEmpty()) {
        config.recordBase =
            RelayRecorder::baseInFolder(folder, QDateTime::currentDateTime(), &error);
        if (!error.isEmpty()) {
            m_side->setCurrentIndex(1);
            showStatus(error);
            updateButtons();
            return false;
        }
    }
    m_recordBase = config.recordBase;
    if (!error.isEmpty())
        m_side->setCurrentIndex(0);
    else if (!m_controller.start(config, &error))
        m_side->setCurrentIndex(1);
    if (!error.isEmpty()) {
        showStatus(error);
        updateButtons();
        return false;
    }
    QString text = tr("Listening on %1 — each client is connected to %2.")
                       .arg(m_controller.url().toString(), config.upstream.url.toString());
    m_tls->setFingerprint(m_controller.certificateFingerprint());
    if (config.listen.tls)
        text += QLatin1Char('\n')
                + tr("Certificate fingerprint (SHA-256): %1")
                      .arg(m_controller.certificateFingerprint());
    if (!m_recordBase.isEmpty())
        text += QLatin1Char('\n')
                + tr("Recording each conversation to %1 (one session per leg).").arg(folder);
    showState(text);
    m_side->setCurrentWidget(m_clients);
    emit titleChanged(tr("Relay :%1").arg(m_controller.port()));
    emit settingsChanged();
    updateButtons();
    return true;
}

void RelayPage::stop()
{
    m_controller.stop(1001);
    m_tls->setFingerprint(QString());
    showState(tr("Stopped: no new clients; the open ones were closed with 1001 (going away)."));
    updateButtons();
}

RelayLogModel *RelayPage::logModel(int conversation) const
{
    return m_clients->model(conversation);
}

void RelayPage::onConversationStarted(int id, RelayConversation *conversation, const QString &peer)
{
    RelayLogModel *model = m_clients->add(
        id, conversation, peer,
        m_recordBase.isEmpty() ? QString()
                               : RelayRecorder::pathFor(m_recordBase, id, RelaySide::Server));
    connect(conversation, &RelayConversation::recordAdded, model, &RelayLogModel::record);
    connect(conversation, &RelayConversation::recordUpdated, model, &RelayLogModel::record);
    connect(conversation, &RelayConversation::pauseChanged, this, [this, id] {
        m_clients->updateRow(id);
        if (id == m_current)
            updatePaused();
    });
    // "n more waiting" follows the queue without touching what the user is editing.
    connect(conversation, &RelayConversation::recordAdded, this, [this, id](const RelayRecord &r) {
        if (id == m_current && r.fate == RelayRecord::Fate::Queued)
            updatePaused(false);
    });
    // Follow new rows while the view is at the bottom.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, model] {
        QScrollBar *bar = m_log->verticalScrollBar();
        m_follow = m_log->model() == model && bar->value() >= bar->maximum();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, model] {
        if (m_follow && m_log->model() == model)
            m_log->scrollToBottom();
    });
}

void RelayPage::onConversationFinished(int id)
{
    m_clients->finish(id);
    if (id == m_current)
        updatePaused();
}

QListWidget *RelayPage::clientList() const
{
    return m_clients->list();
}

QListWidget *RelayPage::breakpointList() const
{
    return m_breakpoints->list();
}

void RelayPage::showConversation(int id)
{
    m_current = id;
    m_log->setModel(logModel(id));
    m_handshakes->setPlainText(m_clients->handshakeText(id));
    if (m_log->model()) {
        // Widths from the font, not the rows: a big log never measures its contents.
        const QFontMetrics fm = m_log->fontMetrics();
        RelayRecord widest;
        widest.arrived = RelayRoute::ClientToWsprobe;
        widest.left = RelayRoute::WsprobeToServer;
        const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
        QHeaderView *h = m_log->horizontalHeader();
        h->resizeSection(RelayLogModel::TimeColumn,
                         fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
        h->resizeSection(RelayLogModel::PathColumn, fm.horizontalAdvance(widest.pathLabel()) + pad);
        h->resizeSection(RelayLogModel::FateColumn,
                         fm.horizontalAdvance(RelayRecord::fateLabel(RelayRecord::Fate::Answered))
                             + pad);
        h->resizeSection(RelayLogModel::TypeColumn,
                         fm.horizontalAdvance(QStringLiteral("binary · 3 frames")) + pad);
        h->resizeSection(RelayLogModel::SizeColumn,
                         fm.horizontalAdvance(QStringLiteral("65536 B (wire 65536 / –)")));
        m_log->scrollToBottom();
    }
    updatePaused();
}

bool RelayPage::pausedSide(RelaySide *side) const
{
    RelayConversation *c = m_clients->conversation(m_current);
    if (!c)
        return false;
    for (RelaySide s : {RelaySide::Client, RelaySide::Server}) {
        if (c->paused(s)) {
            *side = s;
            return true;
        }
    }
    return false;
}

void RelayPage::updatePaused(bool fillEditor)
{
    RelaySide side;
    if (!pausedSide(&side)) {
        m_pausedLabel->setText(tr("Nothing is paused."));
        updateButtons();
        return;
    }
    RelayConversation *c = m_clients->conversation(m_current);
    const RelayRecord *r = c->paused(side);
    m_pausedLabel->setText(tr("Paused: %1 (%n more waiting behind it in this direction)", nullptr,
                              c->queuedCount(side))
                               .arg(RelayRecord::routeLabel(r->arrived)));
    if (fillEditor || r->id != m_pausedId)
        m_pausedEditor->setMessage(OutgoingMessage::fromPayload(r->payload, r->isText));
    m_pausedId = r->id;
    updateButtons();
}

void RelayPage::updateButtons()
{
    const bool listening = m_controller.isListening();
    m_startButton->setEnabled(!listening);
    m_stopButton->setEnabled(listening);
    const QList<QWidget *> settings = {m_port, m_upstream,      m_removeHeaders,
                                       m_tls,  m_clientDeflate, m_recordFolder};
    for (QWidget *w : settings)
        w->setEnabled(!listening);
    RelaySide side;
    const bool paused = pausedSide(&side);
    for (QPushButton *b : {m_forward, m_forwardEdited, m_drop, m_answer})
        b->setEnabled(paused);
    m_injectButton->setEnabled(m_clients->conversation(m_current) != nullptr);
}

void RelayPage::forwardPaused()
{
    RelaySide side;
    if (pausedSide(&side))
        m_clients->conversation(m_current)->forward(side);
}

void RelayPage::forwardEdited()
{
    RelaySide side;
    OutgoingMessage::Payload p;
    if (pausedSide(&side) && build(m_pausedEditor, &p))
        m_clients->conversation(m_current)->forwardEdited(side, p.bytes, p.isText);
}

void RelayPage::dropPaused()
{
    RelaySide side;
    if (pausedSide(&side))
        m_clients->conversation(m_current)->drop(side);
}

void RelayPage::answerPaused()
{
    RelaySide side;
    OutgoingMessage::Payload p;
    if (pausedSide(&side) && build(m_pausedEditor, &p))
        m_clients->conversation(m_current)->answer(side, p.bytes, p.isText);
}

void RelayPage::inject()
{
    RelayConversation *c = m_clients->conversation(m_current);
    OutgoingMessage::Payload p;
    if (!c || !build(m_injectEditor, &p))
        return;
    const auto to = RelaySide(m_injectTarget->currentData().toInt());
    if (!c->inject(to, p.bytes, p.isText))
        showStatus(tr("That side of the connection is gone; nothing was sent."));
}

bool RelayPage::build(RelayMessageEditor *editor, OutgoingMessage::Payload *payload)
{
    QString error;
    if (editor->build(payload, &error))
        return true;
    showStatus(error);
    return false;
}

void RelayPage::showState(const QString &text)
{
    m_state = text;
    showStatus(text);
}

void RelayPage::showStatus(const QString &text)
{
    m_status->setText(text);
    m_breakpointProblemShown = false;
}
