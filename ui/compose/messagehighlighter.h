#pragma once

#include <QSyntaxHighlighter>

/// Colours JSON as it is typed: keys, strings, numbers and literals, in colours picked for the
/// current palette's lightness so they read in light and dark themes.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};
