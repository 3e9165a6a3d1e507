#pragma once

#include <functional>

#include <QSyntaxHighlighter>

/// Colours the composer's message as it is typed: `{{variables}}` in every mode that expands
/// them (unknown names in red, so a typo shows before Send refuses it), and in JSON mode keys,
/// strings, numbers and literals, in colours picked for the current palette's lightness so
/// they read in light and dark themes.
class MessageHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    using KnownName = std::function<bool(const QString &name)>;

    explicit MessageHighlighter(QTextDocument *document);

    void setJson(bool json);
    bool isJson() const { return m_json; }
    /// Says whether a variable name resolves; without it every name counts as known.
    void setKnownName(KnownName known);

    /// The placeholders of one line: start, length and whether the name is known.
    struct Placeholder
    {
        int start;
        int length;
        bool known;
    };
    QList<Placeholder> placeholders(const QString &line) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal, m_variable, m_unknown;
    KnownName m_known;
    bool m_json = false;
};
