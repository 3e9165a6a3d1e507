#include "connection/handshakedialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

#include "connection/event.h"
#include "snippet/copyasdialog.h"

#include "ui_handshakedialog.h"

HandshakeDialog::HandshakeDialog(const ConnectionRequest &request, const HandshakeRecord &record,
                                 const QString &protocol, const QString &extensions,
                                 QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::HandshakeDialog>())
{
    ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->requestText->setFont(fixed);
    ui->responseText->setFont(fixed);
    ui->requestText->setPlainText(EventNames::handshakeText(record, true));
    if (record.responseSeen) {
        ui->responseText->setPlainText(EventNames::handshakeText(record, false));
        const QString none = tr("none");
        ui->summaryLabel->setText(record.status == 101
                                      ? tr("Upgraded (HTTP 101). Subprotocol: %1 · extensions: %2")
                                            .arg(protocol.isEmpty() ? none : protocol,
                                                 extensions.isEmpty() ? none : extensions)
                                      : tr("The server refused the upgrade: %1")
                                            .arg(QString::fromUtf8(record.statusLine)));
    } else {
        ui->responseText->setPlainText(tr("(No response was seen. The QWebSocket engine does not "
                                          "expose the response; use the wire engine.)"));
        ui->summaryLabel->setText(tr("No response recorded."));
    }
    ui->tlsText->setFont(fixed);
    if (record.tlsProtocol.isEmpty()) {
        ui->tlsText->setPlainText(
            request.url.scheme() == QLatin1String("wss")
                ? tr("(The QWebSocket engine does not report the TLS session.)")
                : tr("Not encrypted (ws://)."));
    } else {
        QStringList lines{tr("Protocol: %1").arg(record.tlsProtocol),
                          tr("Cipher: %1").arg(record.tlsCipher), QString(),
                          tr("Server certificate chain:")};
        for (const QString &c : record.peerCertificates)
            lines << QStringLiteral("  ") + c;
        if (!record.tlsErrorsIgnored.isEmpty()) {
            lines << QString() << tr("Certificate errors ignored at your request:");
            for (const QString &e : record.tlsErrorsIgnored)
                lines << QStringLiteral("  ") + e;
        }
        ui->tlsText->setPlainText(lines.join(QLatin1Char('\n')));
    }
    connect(ui->copyTextButton, &QPushButton::clicked, this, [this] {
        copy(requestText() + QStringLiteral("\n") + responseText(), tr("the handshake"));
    });
    connect(ui->copyAsButton, &QPushButton::clicked, this, [this, request] {
        CopyAsDialog dialog(request, this);
        dialog.exec();
    });
}

HandshakeDialog::~HandshakeDialog() = default;

QString HandshakeDialog::requestText() const
{
    return ui->requestText->toPlainText();
}

QString HandshakeDialog::responseText() const
{
    return ui->responseText->toPlainText();
}

void HandshakeDialog::copy(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    ui->summaryLabel->setText(tr("Copied %1 to the clipboard.").arg(what));
}
