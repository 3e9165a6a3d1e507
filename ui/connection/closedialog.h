#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class CloseDialog;
}

/// Asks for a close code and reason, checked live by the browser's rules: OK stays disabled
/// while the code cannot be sent or the reason is over 123 bytes of UTF-8.
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
    QString validationError() const;

private:
    void validate();

    std::unique_ptr<Ui::CloseDialog> ui;
};
