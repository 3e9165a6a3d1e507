#pragma once

#include <QCborValue>
#include <QString>

/// A decoded value (CBOR's data model, which every decoder gives) as JSON text: what the
/// detail pane, the CLI's --json and exported sessions show of a decoded payload.
namespace CborJson {

/// Indented (four spaces a level) or compact. Maps keep the order their encoder wrote;
/// bytes are base64url, as QCborValue::toJsonValue writes them; NaN and infinities are null.
QString text(const QCborValue &value, bool indented);

/// A map key that is not a string is shown as its compact JSON text, clipped past this many
/// characters with "…".
inline constexpr qsizetype MaxKeyTextLength = 1024;

} // namespace CborJson
