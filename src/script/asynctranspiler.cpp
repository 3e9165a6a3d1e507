#include "script/asynctranspiler.h"

#include <QList>
#include <QStringList>

namespace {

enum class TokenKind { Ident, Punct, Literal, Open, Close };

struct Token
{
    qsizetype begin = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Punct;
    int match = -1; ///< Open/Close: the index of the other bracket
};

bool identStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool identPart(QChar c)
{
    return identStart(c) || c.isDigit();
}

/// Enough of JavaScript's lexical grammar to find identifiers, brackets and the ends of
/// strings, template literals, regular expressions and comments.
class Lexer
{
public:
    explicit Lexer(const QString &s)
        : m_s(s)
    {
    }

    QList<Token> run()
    {
        QList<int> brackets; // indexes of open brackets; -1 marks a template's ${
        qsizetype i = 0;
        const qsizetype n = m_s.size();
        while (i < n) {
            const QChar c = m_s.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('/') && i + 1 < n && m_s.at(i + 1) == QLatin1Char('/')) {
                while (i < n && m_s.at(i) != QLatin1Char('\n'))
                    ++i;
            } else if (c == QLatin1Char('/') && i + 1 < n && m_s.at(i + 1) == QLatin1Char('*')) {
                const qsizetype e = m_s.indexOf(QLatin1String("*/"), i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                i = add(i, quoted(i, c), TokenKind::Literal);
            } else if (c == QLatin1Char('`')) {
                i = templateChunk(i + 1, i, &brackets);
            } else if (c == QLatin1Char('/') && regexAllowed()) {
                i = add(i, regex(i), TokenKind::Literal);
            } else if (identStart(c)) {
                qsizetype e = i + 1;
                while (e < n && identPart(m_s.at(e)))
                    ++e;
                i = add(i, e, TokenKind::Ident);
            } else if (c.isDigit()
                       || (c == QLatin1Char('.') && i + 1 < n && m_s.at(i + 1).isDigit())) {
                qsizetype e = i + 1;
                while (e < n && (identPart(m_s.at(e)) || m_s.at(e) == QLatin1Char('.')))
                    ++e;
                i = add(i, e, TokenKind::Literal);
            } else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
                brackets.append(int(m_tokens.size()));
                i = add(i, i + 1, TokenKind::Open);
            } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
                if (c == QLatin1Char('}') && !brackets.isEmpty() && brackets.last() == -1) {
                    brackets.removeLast();
                    i = templateChunk(i + 1, i, &brackets);
                    continue;
                }
                const int self = int(m_tokens.size());
                i = add(i, i + 1, TokenKind::Close);
                if (!brackets.isEmpty()) {
                    const int open = brackets.takeLast();
                    m_tokens[open].match = self;
                    m_tokens[self].match = open;
                }
            } else {
                // Multi-character operators that matter here: => ?. and the rest one by one.
                qsizetype e = i + 1;
                if (i + 1 < n) {
                    const QStringView two = QStringView(m_s).mid(i, 2);
                    if (two == QLatin1String("=>") || two == QLatin1String("?.")
                        || two == QLatin1String("++") || two == QLatin1String("--"))
                        e = i + 2;
                }
                i = add(i, e, TokenKind::Punct);
            }
        }
        return m_tokens;
    }

private:
    qsizetype add(qsizetype b, qsizetype e, TokenKind kind)
    {
        m_tokens.append(Token{b, e, kind, -1});
        return e;
    }

    qsizetype quoted(qsizetype i, QChar q) const
    {
        qsizetype j = i + 1;
        while (j < m_s.size() && m_s.at(j) != q && m_s.at(j) != QLatin1Char('\n'))
            j += m_s.at(j) == QLatin1Char('\\') ? 2 : 1;
        return qMin(j + 1, m_s.size());
    }

    /// From just after ` or }: to the closing ` or the next ${ (which opens a bracket level).
    qsizetype templateChunk(qsizetype j, qsizetype begin, QList<int> *brackets)
    {
        while (j < m_s.size()) {
            const QChar c = m_s.at(j);
            if (c == QLatin1Char('\\')) {
                j += 2;
            } else if (c == QLatin1Char('`')) {
                return add(begin, j + 1, TokenKind::Literal);
            } else if (c == QLatin1Char('$') && j + 1 < m_s.size()
                       && m_s.at(j + 1) == QLatin1Char('{')) {
                brackets->append(-1);
                return add(begin, j + 2, TokenKind::Literal);
            } else {
                ++j;
            }
        }
        return add(begin, m_s.size(), TokenKind::Literal);
    }

    qsizetype regex(qsizetype i) const
    {
        qsizetype j = i + 1;
        bool inClass = false;
        while (j < m_s.size() && m_s.at(j) != QLatin1Char('\n')) {
            const QChar c = m_s.at(j);
            if (c == QLatin1Char('\\')) {
                j += 2;
                continue;
            }
            if (c == QLatin1Char('['))
                inClass = true;
            else if (c == QLatin1Char(']'))
                inClass = false;
            else if (c == QLatin1Char('/') && !inClass)
                break;
            ++j;
        }
        ++j;
        while (j < m_s.size() && identPart(m_s.at(j)))
            ++j;
        return qMin(j, m_s.size());
    }

    bool regexAllowed() const
    {
        if (m_tokens.isEmpty())
            return true;
        const Token &t = m_tokens.last();
        const QStringView text = QStringView(m_s).mid(t.begin, t.end - t.begin);
        switch (t.kind) {
        case TokenKind::Literal:
            return false;
        case TokenKind::Close:
            return text == QLatin1String("}");
        case TokenKind::Ident: {
            static const QStringList keywords = {
                QStringLiteral("return"), QStringLiteral("typeof"), QStringLiteral("instanceof"),
                QStringLiteral("in"),     QStringLiteral("of"),     QStringLiteral("new"),
                QStringLiteral("delete"), QStringLiteral("void"),   QStringLiteral("throw"),
                QStringLiteral("case"),   QStringLiteral("do"),     QStringLiteral("else"),
                QStringLiteral("yield"),  QStringLiteral("await")};
            return keywords.contains(text.toString());
        }
        default:
            return text != QLatin1String("++") && text != QLatin1String("--");
        }
    }

    const QString &m_s;
    QList<Token> m_tokens;
};

class Rewriter
{
public:
    explicit Rewriter(const QString &s)
        : m_s(s)
        , m_t(Lexer(s).run())
        , m_before(m_t.size())
        , m_after(m_t.size())
        , m_replace(m_t.size())
        , m_replaced(m_t.size(), false)
    {
    }

    QString run()
    {
        for (int i = 0; i < m_t.size(); ++i) {
            if (is(i, "async"))
                asyncAt(i);
            else if (is(i, "await"))
                awaitAt(i);
            else if (is(i, "json") || is(i, "decoded"))
                jsonCompareAt(i);
        }
        QString out;
        out.reserve(m_s.size() + m_s.size() / 8);
        qsizetype pos = 0;
        for (int i = 0; i < m_t.size(); ++i) {
            out += QStringView(m_s).mid(pos, m_t[i].begin - pos);
            out += m_before[i];
            out += m_replaced[i] ? QStringView(m_replace[i]) : text(i);
            out += m_after[i];
            pos = m_t[i].end;
        }
        out += QStringView(m_s).mid(pos);
        return out;
    }

private:
    QStringView text(int i) const
    {
        return QStringView(m_s).mid(m_t[i].begin, m_t[i].end - m_t[i].begin);
    }
    bool is(int i, const char *word) const
    {
        return i >= 0 && i < m_t.size() && text(i) == QLatin1String(word);
    }
    bool isIdent(int i) const
    {
        return i >= 0 && i < m_t.size() && m_t[i].kind == TokenKind::Ident;
    }

    void drop(int i)
    {
        m_replaced[i] = true;
        m_replace[i].clear();
    }

    /// `{` … `}` of a body becomes a generator driven by __async.
    void wrapBlock(int open, const char *args)
    {
        const int close = m_t[open].match;
        if (close < 0)
            return;
        m_after[open] += QStringLiteral(" return __async.call(this, function* () {");
        m_before[close] = QStringLiteral("}, %1); ").arg(QLatin1String(args)) + m_before[close];
    }

    void asyncAt(int i)
    {
        if (is(i + 1, "function")) {
            int k = i + 2;
            if (is(k, "*"))
                return; // async generators: not supported, left to the engine's error
            if (isIdent(k))
                ++k;
            if (!is(k, "(") || m_t[k].match < 0 || !is(m_t[k].match + 1, "{"))
                return;
            drop(i);
            wrapBlock(m_t[k].match + 1, "arguments");
            return;
        }
        // async (a, b) => …, async x => …
        int arrow = -1;
        if (is(i + 1, "(") && m_t[i + 1].match > 0 && is(m_t[i + 1].match + 1, "=>"))
            arrow = m_t[i + 1].match + 1;
        else if (isIdent(i + 1) && is(i + 2, "=>"))
            arrow = i + 2;
        if (arrow > 0) {
            drop(i);
            if (is(arrow + 1, "{")) {
                wrapBlock(arrow + 1, "[]");
            } else if (arrow + 1 < m_t.size()) {
                const int last = expressionEnd(arrow + 1);
                m_before[arrow + 1] += QStringLiteral("__async.call(this, function* () { return ");
                m_after[last] += QStringLiteral(" }, [])");
            }
            return;
        }
        // A method: async name(…) { … } in an object literal or a class.
        if (isIdent(i + 1) && is(i + 2, "(") && m_t[i + 2].match > 0
            && is(m_t[i + 2].match + 1, "{")) {
            drop(i);
            wrapBlock(m_t[i + 2].match + 1, "arguments");
        }
    }

    void awaitAt(int i)
    {
        if (i + 1 >= m_t.size())
            return;
        m_replaced[i] = true;
        m_replace[i] = QStringLiteral("(yield");
        m_after[operandEnd(i + 1)] += QLatin1Char(')');
    }

    /// `json(path) == value` (and !=, ===, !==) would compare an object with a value at once;
    /// as a matcher it means "the value at path equals value", so it becomes
    /// `json(path).eq(value)`. Only the global json(), not a message's msg.json(path); the
    /// same for decoded(path), its twin over the decoded value.
    void jsonCompareAt(int i)
    {
        if (is(i - 1, ".") || is(i - 1, "?.") || !is(i + 1, "(") || m_t[i + 1].match < 0)
            return;
        const int close = m_t[i + 1].match;
        int k = close + 1;
        const bool negated = is(k, "!");
        if (negated)
            ++k;
        if (!is(k, "=") || !is(k + 1, "=") || m_t[k].begin + 1 != m_t[k + 1].begin)
            return;
        int last = k + 1;
        if (is(last + 1, "=") && m_t[last].end == m_t[last + 1].begin)
            ++last;
        if (last + 1 >= m_t.size())
            return;
        for (int j = close + 1; j <= last; ++j)
            drop(j);
        m_after[close] += negated ? QStringLiteral(".ne(") : QStringLiteral(".eq(");
        m_after[operandEnd(last + 1)] += QLatin1Char(')');
    }

    /// The last token of the unary expression starting at k (await binds as tightly as !).
    int operandEnd(int k) const
    {
        static const char *const prefixes[] = {"new", "await", "typeof", "void", "delete",
                                               "!",   "-",     "+",      "~"};
        for (;;) {
            bool prefix = false;
            for (const char *p : prefixes)
                prefix = prefix || is(k, p);
            if (!prefix || k + 1 >= m_t.size())
                break;
            ++k;
        }
        int last = (m_t[k].kind == TokenKind::Open && m_t[k].match > k) ? m_t[k].match : k;
        for (;;) {
            const int n = last + 1;
            if ((is(n, ".") || is(n, "?.")) && isIdent(n + 1)) {
                last = n + 1;
            } else if ((is(n, "(") || is(n, "[")) && m_t[n].match > n) {
                last = m_t[n].match;
            } else {
                break;
            }
        }
        return last;
    }

    /// The last token of an arrow's expression body: up to a comma, semicolon or closing
    /// bracket at its own depth.
    int expressionEnd(int k) const
    {
        int last = k;
        for (int j = k; j < m_t.size(); ++j) {
            if (m_t[j].kind == TokenKind::Close || is(j, ",") || is(j, ";"))
                break;
            if (m_t[j].kind == TokenKind::Open && m_t[j].match > j)
                j = m_t[j].match;
            last = j;
        }
        return last;
    }

    const QString &m_s;
    QList<Token> m_t;
    QList<QString> m_before;
    QList<QString> m_after;
    QList<QString> m_replace;
    QList<bool> m_replaced;
};

/// The hooks are looked up by name when they are called, from a closure in the script's own
/// scope: a hook declared with const or let (not a property of any object, and in its
/// temporal dead zone until its line runs), var, or a function declaration is found.
const QString &scriptPrefix()
{
    static const QString prefix = QStringLiteral(
        "__main(function* () { __hooks(function (n) { switch (n) { case 'beforeConnect': return "
        "typeof beforeConnect === 'function' ? beforeConnect : undefined; case 'onMessage': "
        "return typeof onMessage === 'function' ? onMessage : undefined; case 'beforeSend': "
        "return typeof beforeSend === 'function' ? beforeSend : undefined; } }); ");
    return prefix;
}

const QLatin1String ReadyCall(" yield __ready();");

bool tokenIs(const QString &s, const Token &t, const char *text)
{
    return QStringView(s).mid(t.begin, t.end - t.begin) == QLatin1String(text);
}

/// Where the connection opens in the script's text. At the start, unless the top level
/// declares `beforeConnect` with const, let or var: its value exists only once that statement
/// has run, so the connection opens right after it (the end of the statement: a `;` at its
/// depth, or the end of a line after which no operator continues it).
qsizetype readyOffset(const QString &s)
{
    const QList<Token> t = Lexer(s).run();
    int depth = 0;
    for (int i = 0; i + 2 < t.size(); ++i) {
        if (t[i].kind == TokenKind::Open)
            ++depth;
        else if (t[i].kind == TokenKind::Close)
            --depth;
        if (depth != 0 || t[i].kind != TokenKind::Ident
            || !(tokenIs(s, t[i], "const") || tokenIs(s, t[i], "let") || tokenIs(s, t[i], "var"))
            || !tokenIs(s, t[i + 1], "beforeConnect") || !tokenIs(s, t[i + 2], "="))
            continue;
        int last = i + 2;
        for (int j = i + 3; j < t.size(); ++j) {
            if (tokenIs(s, t[j], ";"))
                return t[j].end;
            const bool newLine =
                s.mid(t[last].end, t[j].begin - t[last].end).contains(QLatin1Char('\n'));
            if (newLine && j > i + 3) {
                static const QString continuing = QStringLiteral(".([?:+-*/,&|=%<>");
                const QChar first = s.at(t[j].begin);
                const QChar prev = s.at(t[last].end - 1);
                if (!continuing.contains(first) && !continuing.contains(prev)
                    && !tokenIs(s, t[last], "=>"))
                    return -t[last].end - 1; // negative: the statement ends without a `;`
            }
            if (t[j].kind == TokenKind::Open && t[j].match > j)
                j = t[j].match;
            last = j;
        }
        return -t[last].end - 1;
    }
    return 0;
}

} // namespace

QString AsyncTranspiler::transpile(const QString &source)
{
    return Rewriter(source).run();
}

QString AsyncTranspiler::transpileScript(const QString &source)
{
    const qsizetype at = readyOffset(source);
    if (at == 0)
        return scriptPrefix() + ReadyCall + transpile(source) + QStringLiteral("\n});\n");
    // Inserted on the line the declaration ends on, so the lines stay the user's.
    const qsizetype cut = at > 0 ? at : -at - 1;
    QString withReady = source;
    QString ready = ReadyCall;
    if (at < 0)
        ready.prepend(QLatin1Char(';'));
    withReady.insert(cut, ready);
    return scriptPrefix() + transpile(withReady) + QStringLiteral("\n});\n");
}

int AsyncTranspiler::firstLineOffset()
{
    return int(scriptPrefix().size() + ReadyCall.size());
}
