#include "json/jsontext.h"

#include <algorithm>
#include <vector>

#include "json/jsonscanner.h"
#include "json/jsonwriter.h"

namespace {

JsonText::Problem problemAt(const QByteArray &utf8, qsizetype offset, const QString &message)
{
    JsonText::Problem p;
    const QByteArrayView before =
        QByteArrayView(utf8).first(std::clamp<qsizetype>(offset, 0, utf8.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    p.line = int(before.count('\n')) + 1;
    p.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    p.message = message;
    return p;
}

} // namespace

QString JsonText::Problem::describe() const
{
    if (isValid())
        return tr("Valid JSON");
    return tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
}

JsonText::Problem JsonText::check(const QString &text, Placeholders placeholders)
{
    Problem problem;
    QString ignored;
    format(text, -1, &ignored, &problem, placeholders);
    return problem;
}

void JsonText::appendString(QByteArrayView utf8, QByteArray *out)
{
    JsonWriter::appendString(out, utf8);
}

bool JsonText::format(const QString &text, int indent, QString *out, Problem *problem,
                      Placeholders placeholders)
{
    const QByteArray utf8 = text.toUtf8();
    JsonScanner scanner(utf8);
    scanner.setPlaceholders(placeholders == Placeholders::AsValues);
    QByteArray result;
    result.reserve(utf8.size() + utf8.size() / 2);
    std::vector<int> counts; // members written so far, per open container
    bool afterKey = false;
    auto newline = [&] {
        if (indent < 0)
            return;
        result.append('\n');
        result.append(QByteArray(qsizetype(counts.size()) * indent, ' '));
    };
    auto beginItem = [&] {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (counts.empty())
            return;
        if (counts.back()++ > 0)
            result.append(',');
        newline();
    };
    for (;;) {
        const JsonScanner::Token token = scanner.next();
        switch (token) {
        case JsonScanner::Token::Error:
            if (problem)
                *problem = problemAt(utf8, scanner.errorOffset(), scanner.errorString());
            return false;
        case JsonScanner::Token::End:
            if (problem)
                *problem = Problem();
            *out = QString::fromUtf8(result);
            return true;
        case JsonScanner::Token::ObjectStart:
        case JsonScanner::Token::ArrayStart:
            beginItem();
            result.append(token == JsonScanner::Token::ObjectStart ? '{' : '[');
            counts.push_back(0);
            break;
        case JsonScanner::Token::ObjectEnd:
        case JsonScanner::Token::ArrayEnd: {
            const int count = counts.back();
            counts.pop_back();
            if (count > 0)
                newline();
            result.append(token == JsonScanner::Token::ObjectEnd ? '}' : ']');
            break;
        }
        case JsonScanner::Token::Key:
            beginItem();
            appendString(scanner.stringView(), &result);
            result.append(indent < 0 ? ":" : ": ");
            afterKey = true;
            break;
        case JsonScanner::Token::String:
            beginItem();
            appendString(scanner.stringView(), &result);
            break;
        case JsonScanner::Token::Number:
            beginItem();
            result.append(scanner.numberText());
            break;
        case JsonScanner::Token::True:
            beginItem();
            result.append("true");
            break;
        case JsonScanner::Token::False:
            beginItem();
            result.append("false");
            break;
        case JsonScanner::Token::Null:
            beginItem();
            result.append("null");
            break;
        case JsonScanner::Token::Placeholder:
            beginItem();
            result.append(scanner.placeholderText());
            break;
        }
    }
}
