#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "compose/variables.h"

/// One variable of an environment; a secret is shown masked and left out of exports
/// unless the user asks for it.
struct EnvironmentVariable
{
    QString name;
    QString value;
    bool secret = false;
    friend bool operator==(const EnvironmentVariable &, const EnvironmentVariable &) = default;
};

/// A named set of variables (local, staging, production…).
struct Environment
{
    QString name;
    QList<EnvironmentVariable> variables;
    friend bool operator==(const Environment &, const Environment &) = default;

    Variables::Table table() const;
    bool hasSecrets() const;
};

/// Every environment, the global variables and which environment the window uses. A tab
/// may pin its own (ConnectionWorkbench's environment); an empty pin follows the window.
/// `{{name}}` resolves in the tab's variables, then its environment, then the globals
/// (Variables::lookup); apply() puts the right tables into a tab's Variables.
class EnvironmentSet
{
public:
    const QList<Environment> &environments() const { return m_environments; }
    void setEnvironments(const QList<Environment> &list) { m_environments = list; }
    const QList<EnvironmentVariable> &globals() const { return m_globals; }
    void setGlobals(const QList<EnvironmentVariable> &globals) { m_globals = globals; }
    /// The window's environment ("" none); a name that does not exist counts as none.
    const QString &active() const { return m_active; }
    void setActive(const QString &name) { m_active = name; }

    int indexOf(const QString &name) const;
    const Environment *find(const QString &name) const;
    QStringList names() const;
    /// The environment a tab uses: its pin if that exists, else the window's.
    QString effective(const QString &pin) const;
    /// Fills the environment and global tables of a tab's variables.
    void apply(Variables &variables, const QString &pin) const;

    /// `{"active", "globals": [...], "environments": [{"name", "variables": [...]}]}`;
    /// a secret's value is written only with includeSecrets (else "secret": true alone).
    QJsonObject toJson(bool includeSecrets) const;
    static EnvironmentSet fromJson(const QJsonObject &object);
    /// Adds or replaces environments by name and adds globals not yet defined; a secret
    /// that arrives without a value keeps the one already here.
    void merge(const EnvironmentSet &other);

    friend bool operator==(const EnvironmentSet &, const EnvironmentSet &) = default;

private:
    QList<Environment> m_environments;
    QList<EnvironmentVariable> m_globals;
    QString m_active;
};
