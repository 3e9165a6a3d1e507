#pragma once

#include <QByteArrayView>
#include <QString>

/// The start of a JSON text's compact form, written while the text is scanned: what
/// CborJson::text(DecodePipeline::readJson(text).value, false) begins with, without
/// building the value. A protocol layer's preview shows 120 characters of a payload; parsing
/// a body into a QCborValue and writing it all back was most of a STOMP row's reading (perf).
namespace JsonClip {

/// The compact JSON of text (an object or array) cut as ProtocolLayer::clip(…, max) cuts it,
/// in *out. False when the fast reading cannot vouch for being the same as readJson() and
/// CborJson::text() (a syntax error, a duplicate key, nesting deeper than readJson takes, a large
/// object): then read it that way. The whole text is scanned either way (readJson fails on an
/// error anywhere).
bool compact(QByteArrayView text, int max, QString *out);
/// compact() in UTF-8 (its text's toUtf8()), appended to *out: a layer's glance writes
/// its preview in UTF-8.
bool compactUtf8(QByteArrayView text, int max, QByteArray *out);

} // namespace JsonClip
