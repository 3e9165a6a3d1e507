#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SendBox;
}
class PayloadEditor;

/// The composer: a multi-line editor whose content goes out as a text message or, typed as
/// hex, as a binary one. Ctrl+Enter sends. It only asks; the connection decides.
class SendBox : public QWidget
{
    Q_OBJECT
public:
    enum Mode { TextMode, HexMode };

    explicit SendBox(QWidget *parent = nullptr);
    ~SendBox() override;

    void setOpen(bool open);
    bool isOpen() const { return m_open; }
    Mode mode() const;
    void setMode(Mode mode);
    PayloadEditor *editor() const;
    void showError(const QString &message);

    /// Reads the editor and emits sendText or sendBinary; false (with the reason shown) if
    /// the connection is not open or the hex is malformed.
    bool submit();

signals:
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);

private:
    void updateState();
    void onHeldTextChanged(qsizetype bytes);

    std::unique_ptr<Ui::SendBox> ui;
    bool m_open = false;
};
