#include "collection/environments.h"

#include <algorithm>

#include <QJsonArray>

namespace {
QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

Variables::Table tableOf(const QList<EnvironmentVariable> &list)
{
    Variables::Table table;
    for (const EnvironmentVariable &v : list) {
        if (Variables::isValidName(v.name))
            table.append({v.name, v.value});
    }
    return table;
}

QJsonArray variablesToJson(const QList<EnvironmentVariable> &list, bool includeSecrets)
{
    QJsonArray array;
    for (const EnvironmentVariable &v : list) {
        QJsonObject o{{s("name"), v.name}};
        if (v.secret)
            o.insert(s("secret"), true);
        if (!v.secret || includeSecrets)
            o.insert(s("value"), v.value);
        array.append(o);
    }
    return array;
}

QList<EnvironmentVariable> variablesFromJson(const QJsonArray &array)
{
    QList<EnvironmentVariable> list;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        EnvironmentVariable v;
        v.name = o.value(s("name")).toString().trimmed();
        v.value = o.value(s("value")).toString();
        v.secret = o.value(s("secret")).toBool();
        if (!v.name.isEmpty())
            list << v;
    }
    return list;
}

void mergeVariables(QList<EnvironmentVariable> *into, const QList<EnvironmentVariable> &from,
                    bool replace)
{
    for (const EnvironmentVariable &v : from) {
        auto it = std::find_if(into->begin(), into->end(),
                               [&v](const EnvironmentVariable &e) { return e.name == v.name; });
        if (it == into->end())
            into->append(v);
        else if (replace && !(v.secret && v.value.isEmpty()))
            *it = v;
    }
}
} // namespace

Variables::Table Environment::table() const
{
    return tableOf(variables);
}

bool Environment::hasSecrets() const
{
    return std::any_of(variables.cbegin(), variables.cend(),
                       [](const EnvironmentVariable &v) { return v.secret; });
}

int EnvironmentSet::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_environments.size(); ++i) {
        if (m_environments[i].name == name)
            return int(i);
    }
    return -1;
}

const Environment *EnvironmentSet::find(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_environments[i];
}

QStringList EnvironmentSet::names() const
{
    QStringList list;
    for (const Environment &e : m_environments)
        list << e.name;
    return list;
}

QString EnvironmentSet::effective(const QString &pin) const
{
    if (!pin.isEmpty() && find(pin))
        return pin;
    return find(m_active) ? m_active : QString();
}

void EnvironmentSet::apply(Variables &variables, const QString &pin) const
{
    const Environment *e = find(effective(pin));
    variables.setEnvironment(e ? e->table() : Variables::Table());
    variables.setGlobals(tableOf(m_globals));
}

QJsonObject EnvironmentSet::toJson(bool includeSecrets) const
{
    QJsonArray environments;
    for (const Environment &e : m_environments) {
        environments.append(QJsonObject{
            {s("name"), e.name}, {s("variables"), variablesToJson(e.variables, includeSecrets)}});
    }
    QJsonObject o{{s("globals"), variablesToJson(m_globals, includeSecrets)},
                  {s("environments"), environments}};
    if (!m_active.isEmpty())
        o.insert(s("active"), m_active);
    return o;
}

EnvironmentSet EnvironmentSet::fromJson(const QJsonObject &o)
{
    EnvironmentSet set;
    set.m_globals = variablesFromJson(o.value(s("globals")).toArray());
    for (const QJsonValue &value : o.value(s("environments")).toArray()) {
        const QJsonObject eo = value.toObject();
        Environment e;
        e.name = eo.value(s("name")).toString().trimmed();
        e.variables = variablesFromJson(eo.value(s("variables")).toArray());
        if (!e.name.isEmpty() && set.indexOf(e.name) < 0)
            set.m_environments << e;
    }
    set.m_active = o.value(s("active")).toString();
    return set;
}

void EnvironmentSet::merge(const EnvironmentSet &other)
{
    for (const Environment &e : other.m_environments) {
        const int i = indexOf(e.name);
        if (i < 0)
            m_environments << e;
        else
            mergeVariables(&m_environments[i].variables, e.variables, true);
    }
    mergeVariables(&m_globals, other.m_globals, false);
}
