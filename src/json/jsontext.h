#pragma once

#include <QCoreApplication>
#include <QString>

/// The composer's JSON mode: where the text stops being JSON, and the same document re-laid
/// out (pretty or minified) with its members in their written order, numbers as written.
/// QJsonDocument would sort keys and round numbers, which is not what the user typed.
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)
public:
    struct Problem
    {
        int line = 0;   ///< 1-based; 0 when the text is valid
        int column = 0; ///< 1-based, in characters
        QString message;
        bool isValid() const { return line == 0; }
        /// "Line 3, column 7: expected ':' after an object key"
        QString describe() const;
    };

    /// Whether a `{{name}}` placeholder may stand for a value: a template's JSON is checked and
    /// laid out before its variables are expanded, and the placeholder is kept as written.
    enum class Placeholders { Refuse, AsValues };

    static Problem check(const QString &text, Placeholders placeholders = Placeholders::Refuse);
    /// indent >= 0: one member per line, indented by that many spaces per level; indent < 0:
    /// no whitespace at all. False (out untouched) when the text is not JSON.
    static bool format(const QString &text, int indent, QString *out, Problem *problem = nullptr,
                       Placeholders placeholders = Placeholders::Refuse);
    /// The text as a JSON string literal, quotes included.
    static void appendString(QByteArrayView utf8, QByteArray *out);
};
