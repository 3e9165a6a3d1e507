#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

/// A small JSONPath subset for picking values out of a message: `$` (the whole document),
/// `.name` and `['any name']` / `["any name"]` (a member), `[2]` (an element; `[-1]` is the
/// last), `[*]` and `.*` (every element or member). Filters, slices, unions and recursive
/// descent (`..`) are refused with a message naming the position, never read as something
/// else. docs/serve-rules.md documents it for users; issue 15's scripts reuse it.
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
public:
    struct Step
    {
        enum class Kind { Member, Index, Wildcard };
        Kind kind = Kind::Member;
        QString name;  ///< Member
        int index = 0; ///< Index; negative counts from the end
        bool operator==(const Step &) const = default;
    };

    /// False with *error ("character 4: …", 1-based) when the text is not a path this reads.
    bool parse(const QString &text, QString *error);
    bool isValid() const { return m_valid; }
    const QString &text() const { return m_text; }
    const QList<Step> &steps() const { return m_steps; }

    /// Every value the path selects in root, in document order; empty when none.
    QList<QJsonValue> evaluate(const QJsonValue &root) const;

    /// The path written back in its canonical form (`$.a['x y'][0]`).
    QString canonical() const;

private:
    QString m_text;
    QList<Step> m_steps;
    bool m_valid = false;
};
