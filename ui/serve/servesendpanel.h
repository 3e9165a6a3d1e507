#pragma once

#include <functional>

#include <QWidget>

class QComboBox;
class QPushButton;
class QSpinBox;
class SendBox;
class ServeController;

/// The Serve tab's Send page: the composer, and Send, Repeat, Ping and Close to the selected
/// clients or all of them. The controller does each; the page says which clients are selected.
class ServeSendPanel : public QWidget
{
    Q_OBJECT
public:
    enum Target { SelectedClients, AllClients };

    /// selectedClients: the ids of the page's selected rows, asked when the panel acts.
    ServeSendPanel(ServeController &controller, std::function<QList<int>()> selectedClients,
                   QWidget *parent = nullptr);

    /// The buttons as the chosen clients allow (any of them open).
    void updateButtons();

    QComboBox *targetBox() const { return m_target; }
    SendBox *sendBox() const { return m_sendBox; }
    QSpinBox *repeatIntervalBox() const { return m_repeatInterval; }
    QSpinBox *repeatCountBox() const { return m_repeatCount; }
    QPushButton *repeatButton() const { return m_repeatButton; }

signals:
    /// For the page's status line (Repeat's counts, Ping's result).
    void status(const QString &text, bool error);

private:
    /// The chosen clients for the controller: empty for all open ones; {0} (none) for an
    /// empty selection.
    QList<int> targets() const;
    void toggleRepeat();
    void pingTargets();
    void closeTargets();

    ServeController &m_controller;
    std::function<QList<int>()> m_selectedClients;
    QComboBox *m_target;
    SendBox *m_sendBox;
    QPushButton *m_pingButton;
    QPushButton *m_closeButton;
    QSpinBox *m_repeatInterval;
    QSpinBox *m_repeatCount;
    QPushButton *m_repeatButton;
};
