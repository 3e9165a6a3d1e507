#include "session/sessionopener.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

#include "log/logview.h"
#include "session/sessionloader.h"
#include "session/sessionpage.h"
#include "session/sessionsdialog.h"
#include "session/sessiontitle.h"

SessionOpener::SessionOpener(QWidget *window, QTabWidget *tabs, const SessionLibrary &library,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tabs(tabs)
    , m_library(library)
{
}

SessionPage *SessionOpener::addPage(Session &&session, const QString &path)
{
    const QString issues = SessionLoader::issuesText(session);
    auto *page = new SessionPage(std::move(session), path, m_tabs);
    connect(page, &SessionPage::replayRequested, this, &SessionOpener::replayRequested);
    connect(page, &SessionPage::exportRequested, this, &SessionOpener::exportRequested);
    connect(page->logView(), &LogView::saveSelectedRequested, this,
            &SessionOpener::saveSelectedRequested);
    const int index = m_tabs->addTab(page, page->title());
    m_tabs->setTabToolTip(index, path);
    m_tabs->setCurrentIndex(index);
    if (!issues.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some Lines Were Skipped"),
                        tr("%1 was opened; these parts of it could not be read:")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(issues);
        box.setInformativeText(issues.section(QLatin1Char('\n'), 0, 2));
        box.exec();
    }
    return page;
}

bool SessionOpener::openFile(const QString &path)
{
    QList<int> harEntries;
    QString error;
    if (!SessionLoader::chooseHarEntries(m_window, path, &harEntries, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Cannot Open Session"), error);
        return false;
    }
    if (harEntries.isEmpty())
        harEntries << -1; // a session file
    bool opened = false;
    for (const int entry : std::as_const(harEntries)) {
        Session session;
        if (!SessionLoader::load(m_window, path, entry, &session, &error)) {
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Cannot Open Session"), error);
            return opened;
        }
        SessionPage *page = addPage(std::move(session), path);
        // Entries of one file would all be called by its name.
        if (entry >= 0 && harEntries.size() > 1)
            m_tabs->setTabText(m_tabs->indexOf(page),
                               tr("%1 · entry %2").arg(page->title()).arg(entry));
        opened = true;
    }
    return opened;
}

void SessionOpener::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Session"), m_library.directory(),
        tr("Sessions (*.wsprobe.jsonl *.jsonl *.json *.har);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void SessionOpener::importHar()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import HAR"), QString(),
                                                      tr("HAR files (*.har);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void SessionOpener::showRecent()
{
    SessionsDialog dialog(m_library, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const QStringList &paths : dialog.chosen()) {
        if (paths.size() == 1)
            openFile(paths.first());
        else
            openJoined(paths);
    }
}

bool SessionOpener::openJoined(const QStringList &oldestFirst)
{
    Session joined;
    for (const QString &path : oldestFirst) {
        Session session;
        QString error;
        if (!SessionLoader::load(m_window, path, -1, &session, &error)) {
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Cannot Open Session"), error);
            return false;
        }
        if (path == oldestFirst.first())
            joined = std::move(session);
        else
            joined.appendLater(session);
    }
    SessionPage *page = addPage(std::move(joined), oldestFirst.last());
    m_tabs->setTabText(
        m_tabs->indexOf(page),
        tr("%1 · %n connection(s)", nullptr, int(oldestFirst.size())).arg(page->title()));
    return true;
}

void SessionOpener::offerRecovery()
{
    const QStringList unfinished = m_library.unfinished();
    if (unfinished.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Recover Sessions"),
                    tr("Wsprobe stopped while recording %n connection(s). Everything up to the "
                       "last half second was saved.",
                       nullptr, int(unfinished.size())),
                    QMessageBox::NoButton, m_window);
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
            addPage(std::move(session), path);
        else
            QMessageBox::warning(m_window, tr("Recover Sessions"), error);
    }
}
