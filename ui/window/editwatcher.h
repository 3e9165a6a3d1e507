#pragma once

#include <QObject>

/// Says that the user may have changed something: a key or mouse button let go, a drop or a
/// wheel turn in any of the application's windows. Widgets do not all tell when their
/// content changes (a header typed into a table cell, a checkbox in the panel), but every
/// edit a user makes ends with one of these events. The window answers by saving the
/// workspace after a pause; the saver compares, so an event that changed nothing writes
/// nothing.
class EditWatcher : public QObject
{
    Q_OBJECT
public:
    explicit EditWatcher(QObject *parent = nullptr);
    ~EditWatcher() override;

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
