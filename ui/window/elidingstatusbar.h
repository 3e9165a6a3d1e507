#pragma once

#include <QRect>
#include <QStatusBar>

/// A status bar whose message ends in "…" where it meets the permanent widgets, with the whole
/// message as its tool tip, instead of being cut off mid-word (QStatusBar clips it). The
/// message never widens the window.
class ElidingStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ElidingStatusBar(QWidget *parent = nullptr);

    /// Where the message is drawn: from the left edge to the first permanent widget.
    QRect messageRect() const;
    /// The message as drawn, elided to messageRect().
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};
