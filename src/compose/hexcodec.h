#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Hex text as people type it ("01 02 ff", "0102FF", "01:02:ff") to bytes, and back.
class HexCodec
{
    Q_DECLARE_TR_FUNCTIONS(HexCodec)
public:
    /// Returns false with a specific *error (which character, where) on bad input.
    static bool parse(QStringView text, QByteArray *out, QString *error = nullptr);
    /// "01 02 ff"
    static QString format(const QByteArray &bytes);
};
