#include "protocol/connectionrequest.h"

bool ConnectionRequest::parseHeaderLine(const QString &line, HeaderField *out)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    out->name = line.left(colon).trimmed().toUtf8();
    out->value = line.mid(colon + 1).trimmed().toUtf8();
    return true;
}
