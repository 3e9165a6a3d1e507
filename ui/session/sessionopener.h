#pragma once

#include <QObject>

#include "session/session.h"

class QTabWidget;
class QWidget;
class SessionLibrary;
class SessionPage;

/// Opens recordings as read-only tabs: session and HAR files, the Recent Sessions list, and
/// journals a crash left unfinished. Errors are told in message boxes over the window.
class SessionOpener : public QObject
{
    Q_OBJECT
public:
    /// library is the window's and must outlive this object (it may be reassigned).
    SessionOpener(QWidget *window, QTabWidget *tabs, const SessionLibrary &library,
                  QObject *parent = nullptr);

    /// Opens a session or HAR file in a tab; false with a message box on failure.
    bool openFile(const QString &path);
    /// Unfinished journals from a crash: asks whether to recover them.
    void offerRecovery();
    void openDialog();
    void importHar();
    void showRecent();
    /// Opens the recordings of one connection's reconnections as one session in one tab.
    bool openJoined(const QStringList &oldestFirst);

signals:
    void replayRequested();
    void exportRequested();
    void saveSelectedRequested();

private:
    SessionPage *addPage(Session &&session, const QString &path);

    QWidget *m_window;
    QTabWidget *m_tabs;
    const SessionLibrary &m_library;
};
