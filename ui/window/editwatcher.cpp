#include "window/editwatcher.h"

#include <QCoreApplication>
#include <QEvent>

EditWatcher::EditWatcher(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

EditWatcher::~EditWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool EditWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyRelease:
    case QEvent::MouseButtonRelease:
    case QEvent::Drop:
    case QEvent::Wheel:
        emit edited();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
