#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

struct Event;

/// What a payload is, for showing it: text or bytes, the picture format its first bytes
/// announce, how much of it a text view can lay out, and a one-line summary of the event.
/// The detail pane only shows what this says.
class PayloadInspector
{
    Q_DECLARE_TR_FUNCTIONS(PayloadInspector)
public:
    /// Printable UTF-8: valid UTF-8 without control characters other than tab and line
    /// breaks in its first 4 KiB. (A binary message can hold text too.)
    static bool looksLikeText(QByteArrayView payload);
    /// "png", "jpeg", "gif", "webp" by their signatures, or empty.
    static QByteArray imageFormat(QByteArrayView payload);

    /// QPlainTextEdit lays a paragraph out whole: many lines are cheap, one very long line is
    /// not (a 2 MiB line takes minutes). At most this many bytes are shown as text…
    static constexpr qsizetype MaxTextBytes = 1 << 20;
    /// …and only this many when a line is longer than this.
    static constexpr qsizetype MaxLineBytes = 32 << 10;
    /// How many leading bytes of payload a text view should show.
    static qsizetype textWindow(QByteArrayView payload);

    /// "Text · 2026-12-03T13:47:57.699Z · received · 17 bytes · 17 characters".
    static QString summary(const Event &event);
};
