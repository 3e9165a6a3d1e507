#pragma once

#include <QDockWidget>

#include "compose/templatelibrary.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

/// The message library beside the log: templates in folders. Double-click loads one into the
/// composer; Enter loads and sends it. Every change is saved to the library file at once.
class TemplatesDock : public QDockWidget
{
    Q_OBJECT
public:
    TemplatesDock(const QString &path, QWidget *parent = nullptr);

    static QString defaultPath() { return TemplateLibrary::defaultPath(); }
    /// Switches to another library file (tests use a temporary one).
    bool setPath(const QString &path);
    QString path() const { return m_path; }
    const TemplateLibrary &library() const { return m_library; }
    QTreeWidget *tree() const { return m_tree; }
    QString errorText() const;

    /// Saves a message under "Folder/Name" as typed; asks when name is empty.
    bool saveMessage(const OutgoingMessage &message, const QString &folderAndName = {});
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    /// Emits loadRequested for the template at index.
    void activate(int index, bool send);

signals:
    void loadRequested(const OutgoingMessage &message, bool send);
    void saveCurrentRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    bool store();
    bool writable();
    void showError(const QString &error);
    int currentIndex() const;
    void removeCurrent();

    TemplateLibrary m_library;
    QString m_path;
    QTreeWidget *m_tree;
    QLabel *m_error;
    bool m_unreadable = false; ///< the file exists but could not be read: never overwrite it
};
