#include "script/scriptcommon.h"

#include <QFile>
#include <QJSEngine>
#include <QJsonValue>

#include "match/jsonpath.h"
#include "match/messagematcher.h"

namespace {

QString resource(const QString &name)
{
    QFile file(QStringLiteral(":/script/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString preludeSource(const QStringList &names)
{
    const QString base = resource(QStringLiteral("preludebase.js"));
    QString own;
    for (const QString &name : names) {
        const QString part = resource(name);
        if (part.isEmpty())
            return {};
        own += part + QLatin1Char('\n');
    }
    if (base.isEmpty() || own.isEmpty())
        return {};
    // One text in one function (preludebase.js says why): the prelude's own line numbers
    // shift, the user's script's do not. __state is declared first because the base's
    // timers use the state each prelude declares after it: hoisting makes that work, but
    // Qt's compiler warned "used before its declaration" on every run's standard error.
    return QStringLiteral("(function () {\nvar __state;\n") + base + QLatin1Char('\n') + own
           + QStringLiteral("}).call(this);\n");
}

QStringList scriptPreludeFiles()
{
    return {QStringLiteral("preludeexpect.js"), QStringLiteral("prelude.js")};
}

QJSValue jsonPathValue(QJSEngine *engine, const QString &text, const QString &path)
{
    JsonPath p;
    QString error;
    if (!p.parse(path, &error)) {
        engine->throwError(QJSValue::SyntaxError, error);
        return {};
    }
    const MatchSubject subject(text.toUtf8(), true);
    if (!subject.json())
        return QJSValue(QJSValue::UndefinedValue);
    const QList<QJsonValue> values = p.evaluate(*subject.json());
    if (values.isEmpty())
        return QJSValue(QJSValue::UndefinedValue);
    return engine->toScriptValue(values.first().toVariant());
}
