#include "connection/headertext.h"

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
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        HeaderField h;
        if (!ConnectionRequest::parseHeaderLine(line, &h)) {
            *error = tr("Line %1 is not \"Name: value\": %2").arg(i + 1).arg(line);
            return false;
        }
        out.append(h);
    }
    *headers = out;
    error->clear();
    return true;
}
