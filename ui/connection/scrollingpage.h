#pragma once

#include <QFrame>
#include <QScrollArea>

/// A page of fields in a tab's lower half or side: it scrolls rather than squeezing its fields
/// or making the window's minimum size grow by its height.
inline QScrollArea *scrollingPage(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}
