#pragma once

class QAbstractButton;
class QLabel;
class QString;

namespace SteadyLabel {

/// Sets the text of a label that changes at every flush, keeping its size fixed. A label whose
/// minimum and maximum size differ passes QLabel::setText's updateGeometry() up the layouts to
/// the main window, which lays itself out and repaints all of its central area: under a flood
/// that was the whole window 20 times a second, a tenth of the window thread's samples (perf10).
/// The width only grows, with room for a few more digits, so a growing count relays out the
/// window once in a while rather than at every flush. A text of several lines (the statistics)
/// is measured by its widest line.
void setText(QLabel *label, const QString &text);
/// The same for a button whose text counts ("Resume autoscroll (1,234 new)"): fixed at its
/// size hint, with the same room to grow.
void setText(QAbstractButton *button, const QString &text);

} // namespace SteadyLabel
