#pragma once

#include <memory>

#include <QDialog>

#include "protocol/connectionrequest.h"
#include "protocol/wiretypes.h"

namespace Ui {
class HandshakeDialog;
}

/// The handshake inspector: the request as sent and the response as received (order and
/// duplicates kept, the body of a refused upgrade), to read or copy, and the connection
/// copied as a command or as code (CopyAsDialog).
class HandshakeDialog : public QDialog
{
    Q_OBJECT
public:
    HandshakeDialog(const ConnectionRequest &request, const HandshakeRecord &record,
                    const QString &protocol, const QString &extensions, QWidget *parent = nullptr);
    ~HandshakeDialog() override;

    QString requestText() const;
    QString responseText() const;

private:
    void copy(const QString &text, const QString &what);

    std::unique_ptr<Ui::HandshakeDialog> ui;
};
