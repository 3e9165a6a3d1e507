#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/// The JSON side of the replay compare, shared by text messages and decoded values: ignored
/// keys taken out, values written canonically, and the differences named by path.
namespace JsonCompare {

/// What an ignored array element or a masked part of the text becomes.
QString masked();
/// value without the keys ignoreKeys names: a key name ("ts", at any depth) or a path from
/// the root ("data.items[0].id", "$.data.id"); an ignored array element becomes masked().
QJsonValue strip(const QJsonValue &value, const QStringList &ignoreKeys);
/// A JSON object or array; false for anything else (a bare number or string, which a text
/// message compares as text).
bool parseContainer(const QByteArray &text, QJsonValue *out);
/// Any JSON value, scalars too (a decoded payload may be a bare number).
bool parseValue(const QString &text, QJsonValue *out);
/// Compact JSON with the keys of every object sorted (QJsonObject sorts them), so a map
/// written in another order reads the same.
QByteArray compact(const QJsonValue &value);
/// "path: recorded → replayed" for each leaf that differs, paths from "$".
QStringList differences(const QJsonValue &a, const QJsonValue &b);

} // namespace JsonCompare
