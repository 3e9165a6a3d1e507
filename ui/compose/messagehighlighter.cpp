#include "compose/jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x51, 0x94));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_literal.setFontWeight(QFont::Bold);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // One pass per line; strings do not span lines in JSON, so no state is carried.
    static const QRegularExpression token(QStringLiteral(
        R"re(("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)re"));
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                      m.capturedLength(2) > 0 ? m_key : m_string);
        else if (m.capturedLength(3) > 0)
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_number);
        else if (m.capturedLength(4) > 0)
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_literal);
    }
}
