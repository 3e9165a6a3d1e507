#pragma once

#include <QStringList>
#include <QWidget>

#include "relay/relaybreakpoint.h"

class QComboBox;
class QLineEdit;
class QListWidget;

/// The Relay tab's Breakpoints page: the rules in their text form (RelayBreakpointText), a
/// side and a rule to add one, and Remove. It keeps the rules; the page hands the parsed
/// breakpoints to its controller.
class RelayBreakpointPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RelayBreakpointPanel(QWidget *parent = nullptr);

    /// Adds a rule; false (and problem()) when it does not parse.
    bool add(const QString &rule);
    QStringList rules() const { return m_rules; }
    void setRules(const QStringList &rules);
    /// Every rule parsed.
    RelayBreakpoints breakpoints() const;
    QListWidget *list() const { return m_list; }

signals:
    /// A rule was added or removed, or the rules were set.
    void changed();
    void problem(const QString &message);

private:
    QStringList m_rules;
    QListWidget *m_list;
    QComboBox *m_side;
    QLineEdit *m_rule;
};
