#pragma once

#include <QByteArrayView>
#include <QString>

/// The classic `hexdump -C` layout, one 16-byte line at a time, so that a view of a 16 MiB
/// payload formats only the lines on screen:
/// `00000010  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 03  |Hello world.....|`
namespace HexDump {
constexpr qsizetype BytesPerLine = 16;
qsizetype lineCount(qsizetype size);
/// Offset digits: 8, or more for payloads past 4 GiB.
int offsetDigits(qsizetype size);
QString line(QByteArrayView data, qsizetype line);
/// Lines [first, first + count) joined with '\n'; for copying a selection.
QString lines(QByteArrayView data, qsizetype first, qsizetype count);
} // namespace HexDump
