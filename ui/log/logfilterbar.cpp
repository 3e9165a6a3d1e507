#include "log/logfilterbar.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

#include "connection/event.h"

namespace {
constexpr int DebounceMs = 150;
} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_case(new QToolButton(this))
    , m_regex(new QToolButton(this))
    , m_highlight(new QToolButton(this))
    , m_show(new QToolButton(this))
    , m_directionGroup(new QActionGroup(this))
    , m_count(new QLabel(this))
    , m_prev(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_time(new QToolButton(this))
    , m_timeGroup(new QActionGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search payloads (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search payloads"));
    m_search->setToolTip(tr("Shows only events whose full payload contains this text. Enter "
                            "and Shift+Enter step through the matches."));
    m_case->setText(QStringLiteral("Aa"));
    m_case->setCheckable(true);
    m_case->setObjectName(QStringLiteral("caseButton"));
    m_case->setToolTip(tr("Match case"));
    m_case->setAccessibleName(tr("Match case"));
    m_regex->setText(QStringLiteral(".*"));
    m_regex->setCheckable(true);
    m_regex->setObjectName(QStringLiteral("regexButton"));
    m_regex->setToolTip(tr("Regular expression (PCRE syntax)"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_highlight->setText(tr("Highlight"));
    m_highlight->setCheckable(true);
    m_highlight->setObjectName(QStringLiteral("highlightButton"));
    m_highlight->setToolTip(tr("Mark the matches and step through them, but keep every event "
                               "in the log"));

    // One menu for what is shown: a direction, then the kinds of event.
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setPopupMode(QToolButton::InstantPopup);
    m_show->setAccessibleName(tr("Events shown"));
    m_show->setToolTip(tr("Choose the direction and the kinds of event the log shows"));
    auto *menu = new QMenu(m_show);
    menu->addSection(tr("Direction"));
    const QList<QPair<QString, unsigned>> directions = {
        {tr("Both directions"), LogSearch::AllDirections},
        {tr("Sent only"), 1u << unsigned(Direction::Out)},
        {tr("Received only"), 1u << unsigned(Direction::In)}};
    for (const auto &[label, mask] : directions) {
        QAction *a = menu->addAction(label);
        a->setCheckable(true);
        a->setData(mask);
        m_directionGroup->addAction(a);
    }
    m_directionGroup->actions().constFirst()->setChecked(true);
    connect(m_directionGroup, &QActionGroup::triggered, this, &LogFilterBar::filterChanged);
    menu->addSection(tr("Kinds"));
    for (EventKind kind : {EventKind::Text, EventKind::Binary, EventKind::Open, EventKind::Close,
                           EventKind::Error, EventKind::Ping, EventKind::Pong, EventKind::Handshake,
                           EventKind::Frame, EventKind::Check}) {
        QAction *a = menu->addAction(EventNames::kindLabel(kind));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(unsigned(kind));
        m_kindActions << a;
        connect(a, &QAction::toggled, this, &LogFilterBar::filterChanged);
    }
    // In the menu rather than on the bar: the bar's width is the window's minimum.
    menu->addSection(tr("Search"));
    m_decoded = menu->addAction(tr("Search Decoded Messages Too"));
    m_decoded->setObjectName(QStringLiteral("searchDecodedAction"));
    m_decoded->setCheckable(true);
    m_decoded->setToolTip(tr("Search the decoded messages and the protocol layer's packet "
                             "summaries too (the decoder is chosen on the detail pane's Decoded "
                             "page); slower, as each message is decoded"));
    connect(m_decoded, &QAction::toggled, this, &LogFilterBar::filterChanged);
    menu->addSection(tr("Protocol Layer"));
    m_hideHeartbeats = menu->addAction(tr("Hide Heartbeats"));
    m_hideHeartbeats->setObjectName(QStringLiteral("hideHeartbeatsAction"));
    m_hideHeartbeats->setCheckable(true);
    m_hideHeartbeats->setToolTip(tr("Leave out messages that are only the protocol layer's "
                                    "keep-alives (Engine.IO ping/pong, STOMP heart-beats, MQTT "
                                    "PINGREQ…)"));
    connect(m_hideHeartbeats, &QAction::toggled, this, &LogFilterBar::filterChanged);
    m_typesMenu = menu->addMenu(tr("Packet Types"));
    m_typesMenu->setObjectName(QStringLiteral("packetTypesMenu"));
    m_typesMenu->setToolTipsVisible(true);
    m_typesMenu->setEnabled(false);
    m_show->setMenu(menu);

    m_count->setObjectName(QStringLiteral("matchLabel"));
    // An explicit minimum: a long count or error asks for room but never forces the window's
    // width (the search box gives way first, the tooltip keeps an error whole).
    m_count->setMinimumWidth(1);
    m_count->setAccessibleName(tr("Match count"));
    m_prev->setText(QStringLiteral("\u2191"));
    m_prev->setToolTip(tr("Previous match (Shift+Enter)"));
    m_prev->setAccessibleName(tr("Previous match"));
    m_next->setText(QStringLiteral("\u2193"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));

    m_time->setObjectName(QStringLiteral("timeModeButton"));
    m_time->setPopupMode(QToolButton::InstantPopup);
    m_time->setAccessibleName(tr("Time column"));
    m_time->setToolTip(tr("Show the time of day, the time since the connection opened, or "
                          "the time since the previous event"));
    auto *timeMenu = new QMenu(m_time);
    const QList<QPair<QString, int>> modes = {{tr("Clock time"), EventLog::AbsoluteTime},
                                              {tr("Since open"), EventLog::RelativeTime},
                                              {tr("Since previous"), EventLog::DeltaTime}};
    for (const auto &[label, mode] : modes) {
        QAction *a = timeMenu->addAction(label);
        a->setCheckable(true);
        a->setData(mode);
        m_timeGroup->addAction(a);
    }
    m_timeGroup->actions().constFirst()->setChecked(true);
    m_time->setMenu(timeMenu);
    connect(m_timeGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_time->setText(a->text());
        emit timeModeChanged(timeMode());
    });
    m_time->setText(m_timeGroup->checkedAction()->text());

    layout->addWidget(m_search, 1);
    layout->addWidget(m_case);
    layout->addWidget(m_regex);
    layout->addWidget(m_highlight);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_show);
    layout->addWidget(m_time);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LogFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            emit filterChanged();
        }
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            emit previousRequested();
        else
            emit nextRequested();
    });
    connect(m_case, &QToolButton::toggled, this, &LogFilterBar::filterChanged);
    connect(m_regex, &QToolButton::toggled, this, &LogFilterBar::filterChanged);
    connect(m_highlight, &QToolButton::toggled, this, &LogFilterBar::filterChanged);
    connect(this, &LogFilterBar::filterChanged, this, &LogFilterBar::updateShowLabel);
    connect(m_prev, &QToolButton::clicked, this, &LogFilterBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &LogFilterBar::nextRequested);
    setTabOrder(m_search, m_case);
    setTabOrder(m_case, m_regex);
    setTabOrder(m_regex, m_highlight);
    setTabOrder(m_highlight, m_show);
    setTabOrder(m_show, m_time);
    updateShowLabel();
}

void LogFilterBar::updateShowLabel()
{
    int hidden = 0;
    for (const QAction *a : std::as_const(m_kindActions))
        hidden += !a->isChecked();
    // A packet type hidden counts as a kind of message hidden.
    for (const QAction *a : std::as_const(m_typeActions))
        hidden += !a->isChecked();
    const QAction *direction = m_directionGroup->checkedAction();
    const bool allDirections = direction == m_directionGroup->actions().constFirst();
    if (hidden == 0 && allDirections)
        m_show->setText(tr("Show: all"));
    else if (hidden == 0)
        m_show->setText(tr("Show: %1").arg(direction->text()));
    else
        m_show->setText(tr("Show: %n kind(s) hidden", nullptr, hidden));
}

bool LogFilterBar::hidesHeartbeats() const
{
    return m_hideHeartbeats->isChecked();
}

void LogFilterBar::setPacketTypes(const QStringList &types)
{
    const QStringList hidden = hiddenPacketTypes();
    m_typesMenu->clear();
    m_typeActions.clear();
    m_typesMenu->setEnabled(!types.isEmpty());
    if (types.isEmpty()) {
        updateShowLabel();
        return;
    }
    QAction *all = m_typesMenu->addAction(tr("Show All Packet Types"));
    all->setObjectName(QStringLiteral("showAllPacketTypes"));
    m_typesMenu->addSeparator();
    for (const QString &type : types) {
        // The protocol's own names ("event", "next", "PINGREQ"): not translated.
        QAction *a = m_typesMenu->addAction(type);
        a->setObjectName(QStringLiteral("packetType_") + type);
        a->setCheckable(true);
        a->setChecked(!hidden.contains(type));
        a->setData(type);
        a->setToolTip(tr("Show messages with a %1 packet").arg(type));
        m_typeActions << a;
        connect(a, &QAction::toggled, this, [this] {
            updateShowLabel();
            emit filterChanged();
        });
    }
    connect(all, &QAction::triggered, this, [this] {
        {
            const QSignalBlocker block(this);
            for (QAction *a : std::as_const(m_typeActions))
                a->setChecked(true);
        }
        updateShowLabel();
        emit filterChanged();
    });
    updateShowLabel();
}

QStringList LogFilterBar::hiddenPacketTypes() const
{
    QStringList hidden;
    for (const QAction *a : m_typeActions)
        if (!a->isChecked())
            hidden << a->data().toString();
    return hidden;
}

bool LogFilterBar::buildSearch(LogSearch *search, QString *error) const
{
    search->setDirections(m_directionGroup->checkedAction()->data().toUInt());
    unsigned kinds = 0;
    for (const QAction *a : m_kindActions) {
        if (a->isChecked())
            kinds |= 1u << a->data().toUInt();
    }
    search->setKinds(kinds);
    return search->setQuery(
        {m_search->text(), m_regex->isChecked(), m_case->isChecked(), m_decoded->isChecked()},
        error);
}

void LogFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce.stop();
    emit filterChanged();
}

bool LogFilterBar::highlightOnly() const
{
    return m_highlight->isChecked();
}

void LogFilterBar::setHighlightOnly(bool on)
{
    m_highlight->setChecked(on);
}

QString LogFilterBar::countText() const
{
    return m_count->text();
}

EventLog::TimeMode LogFilterBar::timeMode() const
{
    return EventLog::TimeMode(m_timeGroup->checkedAction()->data().toInt());
}

void LogFilterBar::setTimeMode(EventLog::TimeMode mode)
{
    for (QAction *a : m_timeGroup->actions()) {
        if (a->data().toInt() == mode && !a->isChecked()) {
            a->setChecked(true);
            m_time->setText(a->text());
            emit timeModeChanged(mode);
        }
    }
}

void LogFilterBar::showCount(qsizetype current, qsizetype matches, qsizetype total, bool hasPattern,
                             bool filtering)
{
    m_error.clear();
    m_search->setStyleSheet(QString());
    m_search->setToolTip(tr("Shows only events whose full payload contains this text. Enter "
                            "and Shift+Enter step through the matches."));
    m_count->setStyleSheet(QString());
    m_count->setToolTip(QString());
    const QLocale locale;
    QString text;
    if (hasPattern && current >= 0)
        text = tr("match %1 of %2")
                   .arg(locale.toString(qint64(current + 1)), locale.toString(qint64(matches)));
    else if (hasPattern)
        text = tr("%n match(es)", nullptr, int(std::min<qsizetype>(matches, INT_MAX)));
    else if (filtering)
        text = tr("%1 of %2 events")
                   .arg(locale.toString(qint64(matches)), locale.toString(qint64(total)));
    m_count->setText(text);
    m_prev->setEnabled(matches > 0);
    m_next->setEnabled(matches > 0);
}

void LogFilterBar::showProgress(qsizetype scanned, qsizetype total)
{
    m_count->setText(tr("searching… %1%").arg(total > 0 ? scanned * 100 / total : 100));
}

void LogFilterBar::showError(const QString &error)
{
    // The log shows it again at every flush: restyling each time would relay out the bar.
    if (error == m_error)
        return;
    m_error = error;
    m_search->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    m_search->setToolTip(error);
    m_count->setStyleSheet(QStringLiteral("color: #c62828;"));
    // A short marker in place: PCRE2's reason is long (and English in every language), and in
    // place it took the search box's room. The tooltips keep it whole.
    m_count->setText(tr("invalid pattern"));
    m_count->setToolTip(error);
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
}

void LogFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
