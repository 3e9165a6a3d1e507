#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

/// The tool bar's environment chooser: the combo, a pin that makes the choice the current
/// tab's alone, and a button that opens the editor. It shows what it is told and forwards
/// what the user picks.
class EnvironmentBar : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentBar(QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QToolButton *pinButton() const { return m_pin; }
    /// Fills the combo ("No Environment" first) and shows name; pinned checks the pin.
    void showChoice(const QStringList &names, const QString &name, bool pinned);
    /// The name the combo shows ("" for none).
    QString chosen() const;

signals:
    /// The user chose an environment in the combo ("" none).
    void chosenChanged(const QString &name);
    /// The user pinned the combo's environment to the current tab, or unpinned it.
    void pinToggled(bool pinned);
    void editRequested();

private:
    QComboBox *m_combo;
    QToolButton *m_pin;
    QToolButton *m_edit;
};
