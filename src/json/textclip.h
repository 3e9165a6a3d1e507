#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// A value's text as one line of a preview shows it: JSON and MessagePack clips, a protocol
/// layer's summaries and SockJS's strings all write back what a QString read from the bytes
/// holds, and cut what they show the same way.
namespace TextClip {

/// Whether utf8 is ASCII only: then a byte is a character and a UTF-16 unit, so a clip cuts
/// the bytes where it cuts the text, and the text is held as it is.
bool isAscii(QByteArrayView utf8);
/// text when it has at most max characters, else its first max - 1 and "…".
QString clip(const QString &text, int max);
/// clip(QString::fromUtf8(utf8), max).
QString clipUtf8(QByteArrayView utf8, int max);
/// clipUtf8(utf8, max).toUtf8() appended to *out: for ASCII (the usual preview) without a
/// QString between.
void appendClipped(QByteArrayView utf8, int max, QByteArray *out);
/// The bytes of *out from from on replaced with what appendClipped(those bytes, max) appends:
/// for text written straight into *out.
void clipFrom(QByteArray *out, qsizetype from, int max);

/// The bytes QString::fromUtf8(utf8).toUtf8() gives, which a value read into a QString holds
/// and is written back as (invalid UTF-8 and an escaped lone surrogate are U+FFFD there):
/// utf8 itself when it is ASCII, else converted in *scratch. With atLeast >= 0 only that
/// many bytes of it are needed: a longer text is converted no further than that (what
/// follows them is cut short, perhaps within a character).
QByteArrayView asHeld(QByteArrayView utf8, QByteArray *scratch, qsizetype atLeast = -1);

} // namespace TextClip
