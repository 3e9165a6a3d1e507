#include "collection/requestexpander.h"

#include <QUrl>

#include "compose/variables.h"

bool RequestExpander::expand(const ConnectionRequest &request, const QString &urlText,
                             Variables &variables, ConnectionRequest *out, QString *error)
{
    ConnectionRequest r = request;
    QStringList errors;
    auto text = [&](const QString &in, const QString &where) {
        if (!Variables::hasPlaceholders(in))
            return in;
        QString expanded, why;
        if (!variables.expand(in, &expanded, &why)) {
            errors << QStringLiteral("%1: %2").arg(where, why);
            return in;
        }
        return expanded;
    };
    // StrictMode, as the panel parses it: a typo is reported, not silently encoded.
    r.url = QUrl(text(urlText.trimmed(), tr("URL")), QUrl::StrictMode);
    for (HeaderField &h : r.headers) {
        const QString name = QString::fromUtf8(h.name);
        h.name = text(name, tr("header %1").arg(name)).toUtf8();
        h.value = text(QString::fromUtf8(h.value), tr("header %1").arg(name)).toUtf8();
    }
    r.origin = text(r.origin, tr("Origin"));
    for (QString &p : r.subprotocols)
        p = text(p, tr("subprotocol"));
    if (!errors.isEmpty()) {
        *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    *out = r;
    return true;
}
