#include "session/sessionpage.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "log/eventlog.h"
#include "log/logview.h"
#include "session/sessiontitle.h"

SessionPage::SessionPage(Session &&session, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_header(session.header)
    , m_path(path)
    , m_log(new EventLog(this))
    , m_view(new LogView(this))
    , m_info(new QLabel(this))
{
    const qsizetype in = session.events.messageCount(Direction::In);
    const qsizetype out = session.events.messageCount(Direction::Out);
    const QLocale locale;
    const QString url =
        m_header.request.url.isEmpty() ? tr("(no URL recorded)") : m_header.request.url.toString();
    m_info->setText(tr("%1 · recorded %2 · %3 sent, %4 received · read-only")
                        .arg(url,
                             locale.toString(QDateTime::fromMSecsSinceEpoch(m_header.createdMs),
                                             QLocale::ShortFormat),
                             locale.toString(out), locale.toString(in)));
    m_info->setObjectName(QStringLiteral("sessionInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setToolTip(path);
    m_log->adopt(std::move(session.events));
    m_view->setLog(m_log);

    auto *replay = new QPushButton(tr("&Replay…"), this);
    replay->setToolTip(tr("Send this session's outgoing messages again and compare the replies"));
    auto *save = new QPushButton(tr("Save &As…"), this);
    save->setToolTip(tr("Save as a session, HAR or text transcript"));
    connect(replay, &QPushButton::clicked, this, &SessionPage::replayRequested);
    connect(save, &QPushButton::clicked, this, &SessionPage::exportRequested);
    m_view->setReadOnly(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_info, 1);
    bar->addWidget(save);
    bar->addWidget(replay);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

SessionPage::~SessionPage() = default;

QString SessionPage::title() const
{
    // "host/path — 10:58": where and when, not the journal's file name.
    if (!m_header.request.url.host().isEmpty())
        return SessionTitle::forRecording(m_header.request.url, m_header.createdMs,
                                          QDate::currentDate());
    if (!m_header.title.isEmpty())
        return m_header.title;
    return m_path.isEmpty() ? tr("Recording") : QFileInfo(m_path).fileName();
}

const EventStore &SessionPage::sessionEvents() const
{
    return m_log->store();
}
