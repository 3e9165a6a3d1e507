#pragma once

#include <QFrame>
#include <QScrollArea>

#include "log/wheelguard.h"

/// A page of fields in a tab's lower half or side: it scrolls rather than squeezing its fields
/// or making the window's minimum size grow by its height; the wheel over it scrolls rather than
/// changing the spin box or combo box it passes over (WheelGuard).
inline QScrollArea *scrollingPage(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    WheelGuard::protect(scroll);
    return scroll;
}
