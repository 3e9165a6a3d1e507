#pragma once

#include <memory>

#include <QDialog>

#include "protocol/connectionrequest.h"

namespace Ui {
class CloseDialog;
}

/// Asks for a close code and reason, checked live by the browser's rules: OK stays disabled
/// while the code cannot be sent or the reason is over 123 bytes of UTF-8, and the presets
/// offer only codes that can be sent. Its testing mode, marked as such, sends any code from
/// 0 to 65535 and any reason, to probe how a server handles a bad Close; it warns what
/// rules the Close breaks and refuses only what the connection's engine cannot send.
class CloseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloseDialog(QWidget *parent = nullptr);
    ~CloseDialog() override;

    int code() const;
    QString reason() const;
    void setCode(int code);
    void setReason(const QString &reason);
    bool testingMode() const;
    void setTestingMode(bool on);
    /// The engine of the connection to close: it limits what the testing mode can send.
    void setEngine(EngineKind engine);
    QString validationError() const;

private:
    void fillPresets();
    void validate();

    std::unique_ptr<Ui::CloseDialog> ui;
    EngineKind m_engine = EngineKind::Wire;
};
