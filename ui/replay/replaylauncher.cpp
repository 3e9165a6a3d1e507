#include "replay/replaylauncher.h"

#include <QMessageBox>

#include "connection/clock.h"
#include "log/eventlog.h"
#include "log/logpage.h"
#include "log/logview.h"
#include "replay/replaydialog.h"
#include "replay/replaypage.h"
#include "session/journal.h"
#include "session/sessionlibrary.h"

ReplayLauncher::ReplayLauncher(const Clock &clock, const SessionLibrary &library, QWidget *window)
    : QObject(window)
    , m_clock(clock)
    , m_library(library)
    , m_window(window)
{
}

ReplayPage *ReplayLauncher::ask(LogPage *page, QWidget *tabParent)
{
    const SessionHeader header = page->sessionHeader();
    const EventStore &events = page->sessionEvents();
    const qsizetype outgoing = events.messageCount(Direction::Out);
    if (outgoing == 0) {
        QMessageBox::information(m_window, tr("Replay Session"),
                                 tr("This tab has no outgoing messages to replay."));
        return nullptr;
    }
    // The tab's decoder, if it has one, is what the dialog offers to compare by.
    const EventLog *log = page->logView() ? page->logView()->log() : nullptr;
    ReplayDialog dialog(header, outgoing, log ? log->decodePipeline().spec() : QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    SessionHeader replayHeader;
    replayHeader.createdMs = m_clock.nowMs();
    replayHeader.request = dialog.request();
    replayHeader.source = QStringLiteral("replay");
    QString error;
    std::unique_ptr<Journal> journal = m_library.startJournal(replayHeader, &error);
    return new ReplayPage(header, events, dialog.request(), dialog.options(), dialog.rules(),
                          m_clock, std::move(journal), tabParent);
}
