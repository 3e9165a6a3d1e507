#include "connection/headertext.h"

#include "protocol/requestvalidator.h"

QString HeaderText::toText(const HeaderList &headers)
{
    QStringList lines;
    for (const HeaderField &h : headers)
        lines << QString::fromUtf8(h.name) + QStringLiteral(": ") + QString::fromUtf8(h.value);
    return lines.join(QLatin1Char('\n'));
}

bool HeaderText::fromText(const QString &text, HeaderList *headers, QString *error)
{
    HeaderList out;
    // Every line that does not read is named, so that one fix is not followed by another
    // refusal for a line the user could have been told about at once.
    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        HeaderField h;
        if (!ConnectionRequest::parseHeaderLine(line, &h))
            problems << tr("Line %1 is not \"Name: value\": %2").arg(i + 1).arg(line);
        else if (!RequestValidator::isToken(h.name))
            problems << tr("Line %1: \"%2\" is not a valid header name (letters, digits and "
                           "!#$%&'*+-.^_`|~ only, no spaces): %3")
                            .arg(QString::number(i + 1), QString::fromUtf8(h.name), line);
        else
            out.append(h);
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    *headers = out;
    error->clear();
    return true;
}
