#include "log/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace {

const char *const GuardProperty = "wsprobeWheelGuard";

bool isValueWidget(const QObject *o)
{
    return qobject_cast<const QAbstractSpinBox *>(o) || qobject_cast<const QComboBox *>(o);
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::protect(QWidget *container)
{
    static WheelGuard *guard = nullptr;
    if (!guard) {
        guard = new WheelGuard(qApp);
        qApp->installEventFilter(guard);
    }
    container->setProperty(GuardProperty, true);
    // Those polished already; the filter sees the Polish of those still to come.
    for (QWidget *w : container->findChildren<QWidget *>()) {
        if (isValueWidget(w))
            takeFocusOnlyStrongly(w);
    }
}

bool WheelGuard::isGuarded(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->property(GuardProperty).toBool())
            return true;
        if (w->isWindow())
            break;
    }
    return false;
}

void WheelGuard::takeFocusOnlyStrongly(QWidget *widget)
{
    // Qt::WheelFocus, their default, would give them focus at the first wheel step over them,
    // and the steps after it would change the value.
    if (widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here: the type first, the cheap test.
    if (event->type() != QEvent::Wheel && event->type() != QEvent::Polish)
        return false;
    if (!isValueWidget(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (!isGuarded(widget))
        return false;
    if (event->type() == QEvent::Polish) {
        takeFocusOnlyStrongly(widget);
        return false;
    }
    if (widget->hasFocus())
        return false;
    // Scroll what the field sits in, as if the wheel had been over the page itself.
    QWidget *parent = widget->parentWidget();
    while (parent && !qobject_cast<QAbstractScrollArea *>(parent))
        parent = parent->parentWidget();
    if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        QWidget *viewport = area->viewport();
        QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()),
                              wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                              wheel->buttons(), wheel->modifiers(), wheel->phase(),
                              wheel->inverted(), wheel->source(), wheel->pointingDevice());
        QCoreApplication::sendEvent(viewport, &forwarded);
    }
    return true; // accepted: the wheel does not go on up to the field's parents as well
}
