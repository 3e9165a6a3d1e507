#pragma once

#include <QVariantMap>
#include <QWidget>

#include "protocols/protocollayer.h"

class LayerDriver;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

/// The composer at a protocol layer's level: which layer the tab reads with (none, auto or a
/// name), whether heartbeats are answered, and a form for the layer's actions (emit an
/// event, subscribe, publish…) built from ProtocolLayer::actions(). It only shows and
/// forwards: LayerDriver encodes and sends.
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(LayerDriver &driver, QWidget *parent = nullptr);

    /// The current action's values, keyed by field, as LayerDriver::send() takes them.
    QVariantMap values() const;
    /// Selects an action by name; false if the layer in use has none of that name.
    bool selectAction(const QString &name);
    /// Sends the current action; the error (if any) is shown under the form.
    bool send();
    QString errorText() const;

private:
    void onLayerChanged();
    void buildForm();

    LayerDriver &m_driver;
    QComboBox *m_choice;
    QCheckBox *m_autoReplies;
    QLabel *m_inUse;
    QComboBox *m_action;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QPushButton *m_send;
    QLabel *m_error;
    QList<LayerAction> m_actions;
    QList<QWidget *> m_inputs; ///< one per field of the current action, in order
};
