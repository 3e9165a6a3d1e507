#include "collection/requestexpander.h"

#include <QUrl>

#include "compose/variables.h"
#include "protocol/urltext.h"

bool RequestExpander::expand(const ConnectionRequest &request, const QString &urlText,
                             Variables &variables, ConnectionRequest *out, QString *error)
{
    ConnectionRequest r = request;
    QStringList unknown; // "{{name}}" once each, in order of appearance
    QStringList places;
    auto text = [&](const QString &in, const QString &where) {
        if (!Variables::hasPlaceholders(in))
            return in;
        QString expanded, why;
        QStringList names;
        if (!variables.expand(in, &expanded, &why, &names)) {
            for (const QString &name : std::as_const(names)) {
                const QString shown = QStringLiteral("{{%1}}").arg(name);
                if (!unknown.contains(shown))
                    unknown << shown;
            }
            if (!places.contains(where))
                places << where;
            return in;
        }
        return expanded;
    };
    // As a browser reads it, after expansion: a variable's value may hold a space, and a
    // placeholder's braces are not part of the URL.
    r.url = UrlText::toUrl(text(urlText.trimmed(), tr("the URL")));
    for (HeaderField &h : r.headers) {
        const QString name = QString::fromUtf8(h.name);
        h.name = text(name, tr("header %1").arg(name)).toUtf8();
        h.value = text(QString::fromUtf8(h.value), tr("header %1").arg(name)).toUtf8();
    }
    r.origin = text(r.origin, tr("the Origin"));
    for (QString &p : r.subprotocols)
        p = text(p, tr("a subprotocol"));
    if (!unknown.isEmpty()) {
        *error = tr("Not connected: unknown variable(s) %1 in %2. Define them in the tab's "
                    "Variables, in an environment or in the globals.",
                    nullptr, int(unknown.size()))
                     .arg(unknown.join(QStringLiteral(", ")), places.join(QStringLiteral(", ")));
        return false;
    }
    *out = r;
    return true;
}
