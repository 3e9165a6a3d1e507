#pragma once

#include <QObject>

class QWidget;

/// Keeps the mouse wheel for scrolling in panels of settings: a spin box or combo box inside a
/// protected container changes its value with the wheel only once it has keyboard focus (a
/// click or Tab); until then the wheel scrolls the page under it. Without this, rolling the
/// wheel over the connection panel to reach a field changed the engine and the limits it
/// passed over.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    /// Guards every spin box and combo box in container, now and added later. One filter on
    /// the application serves every container.
    static void protect(QWidget *container);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
    static bool isGuarded(const QWidget *widget);
    static void takeFocusOnlyStrongly(QWidget *widget);
};
