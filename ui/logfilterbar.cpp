#include "logfilterbar.h"

#include "event.h"

#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

namespace {
constexpr int DebounceMs = 150;
} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_case(new QToolButton(this))
    , m_regex(new QToolButton(this))
    , m_direction(new QComboBox(this))
    , m_kinds(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_prev(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_time(new QComboBox(this))
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

    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(tr("Both directions"), LogSearch::AllDirections);
    m_direction->addItem(tr("Sent only"), 1u << unsigned(Direction::Out));
    m_direction->addItem(tr("Received only"), 1u << unsigned(Direction::In));
    m_direction->setAccessibleName(tr("Direction filter"));
    m_direction->setToolTip(tr("Show events in one direction only"));

    m_kinds->setObjectName(QStringLiteral("kindsButton"));
    m_kinds->setText(tr("Kinds"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_kinds->setAccessibleName(tr("Event kinds shown"));
    m_kinds->setToolTip(tr("Choose which kinds of event the log shows"));
    auto *menu = new QMenu(m_kinds);
    for (EventKind kind :
         {EventKind::Text, EventKind::Binary, EventKind::Open, EventKind::Close, EventKind::Error,
          EventKind::Ping, EventKind::Pong, EventKind::Handshake, EventKind::Frame}) {
        QAction *a = menu->addAction(EventNames::kindLabel(kind));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(unsigned(kind));
        m_kindActions << a;
        connect(a, &QAction::toggled, this, &LogFilterBar::filterChanged);
    }
    m_kinds->setMenu(menu);

    m_count->setObjectName(QStringLiteral("matchLabel"));
    m_count->setAccessibleName(tr("Match count"));
    m_prev->setText(QStringLiteral("\u2191"));
    m_prev->setToolTip(tr("Previous match (Shift+Enter)"));
    m_prev->setAccessibleName(tr("Previous match"));
    m_next->setText(QStringLiteral("\u2193"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));

    m_time->setObjectName(QStringLiteral("timeModeCombo"));
    m_time->addItem(tr("Clock time"), MessageLog::AbsoluteTime);
    m_time->addItem(tr("Since open"), MessageLog::RelativeTime);
    m_time->addItem(tr("Since previous"), MessageLog::DeltaTime);
    m_time->setAccessibleName(tr("Time column"));
    m_time->setToolTip(tr("Show the time of day, the time since the connection opened, or "
                          "the time since the previous event"));

    layout->addWidget(m_search, 1);
    layout->addWidget(m_case);
    layout->addWidget(m_regex);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_direction);
    layout->addWidget(m_kinds);
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
    connect(m_direction, &QComboBox::currentIndexChanged, this, &LogFilterBar::filterChanged);
    connect(m_prev, &QToolButton::clicked, this, &LogFilterBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &LogFilterBar::nextRequested);
    connect(m_time, &QComboBox::currentIndexChanged, this,
            [this] { emit timeModeChanged(timeMode()); });
    setTabOrder(m_search, m_case);
    setTabOrder(m_case, m_regex);
    setTabOrder(m_regex, m_direction);
    setTabOrder(m_direction, m_kinds);
    setTabOrder(m_kinds, m_time);
}

bool LogFilterBar::buildSearch(LogSearch *search, QString *error) const
{
    search->setDirections(m_direction->currentData().toUInt());
    unsigned kinds = 0;
    for (const QAction *a : m_kindActions) {
        if (a->isChecked())
            kinds |= 1u << a->data().toUInt();
    }
    search->setKinds(kinds);
    return search->setQuery({m_search->text(), m_regex->isChecked(), m_case->isChecked()}, error);
}

void LogFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce.stop();
    emit filterChanged();
}

QString LogFilterBar::searchText() const
{
    return m_search->text();
}

void LogFilterBar::setRegex(bool regex)
{
    m_regex->setChecked(regex);
}

void LogFilterBar::setCaseSensitive(bool caseSensitive)
{
    m_case->setChecked(caseSensitive);
}

void LogFilterBar::setDirections(unsigned mask)
{
    const int i = m_direction->findData(mask);
    m_direction->setCurrentIndex(i < 0 ? 0 : i);
}

void LogFilterBar::setKinds(unsigned mask)
{
    const QSignalBlocker block(this);
    for (QAction *a : std::as_const(m_kindActions))
        a->setChecked(mask >> a->data().toUInt() & 1u);
    emit filterChanged();
}

MessageLog::TimeMode LogFilterBar::timeMode() const
{
    return MessageLog::TimeMode(m_time->currentData().toInt());
}

void LogFilterBar::setTimeMode(MessageLog::TimeMode mode)
{
    m_time->setCurrentIndex(m_time->findData(mode));
}

void LogFilterBar::showCount(qsizetype matches, qsizetype total, bool filtering)
{
    m_search->setStyleSheet(QString());
    m_search->setToolTip(tr("Shows only events whose full payload contains this text. Enter "
                            "and Shift+Enter step through the matches."));
    m_count->setStyleSheet(QString());
    const QLocale locale;
    m_count->setText(
        filtering
            ? tr("%1 of %2").arg(locale.toString(qint64(matches)), locale.toString(qint64(total)))
            : QString());
    m_prev->setEnabled(matches > 0);
    m_next->setEnabled(matches > 0);
}

void LogFilterBar::showProgress(qsizetype scanned, qsizetype total)
{
    m_count->setText(tr("searching… %1%").arg(total > 0 ? scanned * 100 / total : 100));
}

void LogFilterBar::showError(const QString &error)
{
    m_search->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    m_search->setToolTip(error);
    m_count->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_count->setText(tr("Invalid pattern"));
    m_count->setToolTip(error);
}

void LogFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
