#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QTreeWidget;

/// The keyboard shortcuts of a window, read from its actions when the dialog is made: every
/// action with a shortcut, under the menu it is in, so that the list cannot fall behind the
/// menus. A filter finds a command or a key.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group;   ///< the menu's title, or "Other" for an action in no menu
        QString command; ///< the action's text without its '&'
        QString keys;    ///< every shortcut of the action, as the platform writes them
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    /// What the dialog lists for window: the menu bar's menus in their order, then the other
    /// actions and the QShortcuts that describe themselves (whatsThis).
    static QList<Entry> entries(QWidget *window);
    static QString withoutMnemonic(const QString &text);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};
