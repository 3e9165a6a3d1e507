#include "compose/messagehighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

#include "compose/variables.h"

MessageHighlighter::MessageHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x51, 0x94));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_literal.setFontWeight(QFont::Bold);
    m_variable.setForeground(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x7b, 0x1f, 0xa2));
    m_variable.setBackground(dark ? QColor(0x3a, 0x2d, 0x40) : QColor(0xf3, 0xe5, 0xf5));
    m_unknown.setForeground(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    m_unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unknown.setUnderlineColor(m_unknown.foreground().color());
}

void MessageHighlighter::setJson(bool json)
{
    if (json == m_json)
        return;
    m_json = json;
    rehighlight();
}

void MessageHighlighter::setKnownName(KnownName known)
{
    m_known = std::move(known);
    rehighlight();
}

QList<MessageHighlighter::Placeholder> MessageHighlighter::placeholders(const QString &line) const
{
    // The placeholders Variables::expand replaces: a name between braces, `\{{` escaped.
    static const QRegularExpression placeholder(QStringLiteral(R"re(\{\{\s*([^{}\s]+)\s*\}\})re"));
    QList<Placeholder> found;
    auto it = placeholder.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(0);
        if (start > 0 && line.at(start - 1) == QLatin1Char('\\'))
            continue;
        const QString name = m.captured(1);
        const bool builtinLike =
            name.startsWith(QLatin1Char('$')) && Variables::isValidName(name.mid(1));
        if (!builtinLike && !Variables::isValidName(name))
            continue; // not a placeholder: expand leaves it as typed
        const bool known = !m_known || m_known(name);
        found.append({int(start), int(m.capturedLength(0)), known});
    }
    return found;
}

void MessageHighlighter::highlightBlock(const QString &text)
{
    if (m_json) {
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
    for (const Placeholder &p : placeholders(text))
        setFormat(p.start, p.length, p.known ? m_variable : m_unknown);
}
