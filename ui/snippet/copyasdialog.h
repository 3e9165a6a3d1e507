#pragma once

#include <memory>

#include <QDialog>

#include "snippet/snippet.h"

namespace Ui {
class CopyAsDialog;
}

/// Copy a connection as a command (wscat, websocat, wsprobe-cli; quoted for a POSIX shell,
/// PowerShell or cmd) or as code (browser JavaScript, Node ws, Python websockets). Beside
/// the text it lists what the chosen tool cannot express, so nothing is dropped silently.
class CopyAsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CopyAsDialog(const ConnectionRequest &request, QWidget *parent = nullptr,
                          const QString &message = Snippets::defaultMessage());
    ~CopyAsDialog() override;

    Snippets::Kind kind() const;
    void setKind(Snippets::Kind kind);
    Shell shell() const;
    void setShell(Shell shell);
    QString text() const;
    /// The items of the "left out" list, as shown.
    QStringList omitted() const;
    /// Puts the text on the clipboard.
    void copy();

private:
    void refresh();

    std::unique_ptr<Ui::CopyAsDialog> ui;
    ConnectionRequest m_request;
    QString m_message;
};
