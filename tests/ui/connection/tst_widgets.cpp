// The pages on their own, offscreen: connection panel, send box, close dialog, indicators.
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include "common/windowfixture.h"
#include "compose/payloadeditor.h"
#include "compose/sendbox.h"
#include "connection/clock.h"
#include "connection/closedialog.h"
#include "connection/connectionpanel.h"
#include "connection/elidedlabel.h"
#include "connection/handshakedialog.h"
#include "connection/statusindicators.h"
#include "snippet/copyasdialog.h"

class TestWidgets : public QObject
{
    Q_OBJECT
private slots:
    void panelBuildsRequestInOrder();
    void panelRefusesBadSubprotocol();
    void panelReordersSubprotocols();
    void panelHistory();
    void panelLocksWhileConnected();
    void panelOptions();
    void panelSaysWhatTheQtEngineCannotShow();
    void handshakeDialog();
    void sendBoxText();
    void sendBoxShowsWhySendingFailed();
    void sendBoxClosedRefuses();
    void hugePasteIsHeld();
    void closeDialog_data();
    void closeDialog();
    void closeDialogPresetsAreWhatItSends();
    void closeDialogTestingMode_data();
    void closeDialogTestingMode();
    void indicators();
};

void TestWidgets::panelBuildsRequestInOrder()
{
    ConnectionPanel panel;
    panel.show();
    QTest::keyClicks(child<QComboBox>(&panel, "urlCombo")->lineEdit(), "ws://127.0.0.1:1234/x");
    auto *edit = child<QLineEdit>(&panel, "protocolEdit");
    for (const char *p : {"second.v2", "first.v1"}) {
        QTest::keyClicks(edit, p);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    auto *headers = child<QTableWidget>(&panel, "headerTable");
    headers->insertRow(0);
    headers->setItem(0, 0, new QTableWidgetItem("X-Token"));
    headers->setItem(0, 1, new QTableWidgetItem(" abc "));
    headers->insertRow(1); // left empty
    QTest::keyClicks(child<QLineEdit>(&panel, "originEdit"), "https://o.example");

    const ConnectionRequest r = panel.request();
    QCOMPARE(r.url, QUrl("ws://127.0.0.1:1234/x"));
    QCOMPARE(r.subprotocols, QStringList({"second.v2", "first.v1"}));
    QCOMPARE(r.headers.size(), 1);
    QCOMPARE(r.headers[0].name, QByteArray("X-Token"));
    QCOMPARE(r.headers[0].value, QByteArray("abc"));
    QCOMPARE(r.origin, QString("https://o.example"));
}

void TestWidgets::panelRefusesBadSubprotocol()
{
    ConnectionPanel panel;
    panel.show();
    auto *edit = child<QLineEdit>(&panel, "protocolEdit");
    QTest::keyClicks(edit, "bad token");
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(&panel, "protocolList")->count(), 0);
    auto *error = child<ElidedLabel>(&panel, "messageLabel");
    QVERIFY(panel.hasError());
    QVERIFY(error->text().contains("space"));
    QCOMPARE(edit->text(), QString("bad token")); // kept for correction
    edit->clear();
    QTest::keyClicks(edit, "chat");
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, "chat");
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(&panel, "protocolList")->count(), 1);
    QVERIFY(error->text().contains("already"));
}

void TestWidgets::panelReordersSubprotocols()
{
    ConnectionPanel panel;
    ConnectionRequest r;
    r.url = QUrl("ws://h/");
    r.subprotocols = {"a", "b", "c"};
    panel.setRequest(r);
    auto *list = child<QListWidget>(&panel, "protocolList");
    list->setCurrentRow(2);
    QTest::mouseClick(child<QToolButton>(&panel, "upProtocolButton"), Qt::LeftButton);
    QCOMPARE(panel.request().subprotocols, QStringList({"a", "c", "b"}));
    list->setCurrentRow(0);
    QTest::mouseClick(child<QToolButton>(&panel, "downProtocolButton"), Qt::LeftButton);
    QCOMPARE(panel.request().subprotocols, QStringList({"c", "a", "b"}));
    list->setCurrentRow(2);
    QTest::mouseClick(child<QToolButton>(&panel, "removeProtocolButton"), Qt::LeftButton);
    QCOMPARE(panel.request().subprotocols, QStringList({"c", "a"}));
}

void TestWidgets::panelHistory()
{
    ConnectionPanel panel;
    panel.rememberUrl("ws://a/");
    panel.rememberUrl("ws://b/");
    panel.rememberUrl("ws://a/");
    QCOMPARE(panel.recentUrls(), QStringList({"ws://a/", "ws://b/"}));
    for (int i = 0; i < 30; ++i)
        panel.rememberUrl(QString("ws://h%1/").arg(i));
    QCOMPARE(panel.recentUrls().size(), ConnectionPanel::MaxRecentUrls);
    QCOMPARE(panel.recentUrls().first(), QString("ws://h29/"));
}

void TestWidgets::panelLocksWhileConnected()
{
    ConnectionPanel panel;
    QSignalSpy connectSpy(&panel, &ConnectionPanel::connectRequested);
    QSignalSpy disconnectSpy(&panel, &ConnectionPanel::disconnectRequested);
    auto *button = child<QPushButton>(&panel, "connectButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(connectSpy.count(), 1);
    panel.setReadyState(ReadyState::Open);
    QVERIFY(!child<QTableWidget>(&panel, "headerTable")->isEnabled());
    QVERIFY(child<QComboBox>(&panel, "urlCombo")->isEnabled()); // Ctrl+L lands there
    QVERIFY(button->text().contains("Disconnect"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(disconnectSpy.count(), 1);
    panel.setReadyState(ReadyState::Closing);
    QVERIFY(!button->isEnabled());
}

void TestWidgets::panelOptions()
{
    ConnectionPanel panel;
    ConnectionRequest r;
    r.url = QUrl("ws://h/");
    r.engine = EngineKind::QtWebSockets;
    r.maxMessageSize = 8 * 1024 * 1024;
    r.maxFrameSize = 512 * 1024;
    r.framePayloadBytes = -1;
    r.autoPong = false;
    r.followRedirects = true;
    r.reportFrames = true;
    r.deflate = false;
    r.caFile = "/tmp/ca.pem";
    r.certFile = "/tmp/client.p12";
    r.keyPassphrase = "secret";
    r.ignoreTlsErrors = true;
    r.keepAliveMs = 30000;
    r.outgoingFrameSize = 1000;
    r.proxy = "socks5://127.0.0.1:1080";
    panel.setRequest(r);
    const ConnectionRequest back = panel.request();
    QCOMPARE(int(back.engine), int(EngineKind::QtWebSockets));
    QCOMPARE(back.maxMessageSize, 8 * 1024 * 1024);
    QCOMPARE(back.maxFrameSize, 512 * 1024);
    QCOMPARE(back.framePayloadBytes, -1);
    QVERIFY(!back.autoPong);
    QVERIFY(back.followRedirects);
    QVERIFY(back.reportFrames);
    QVERIFY(!back.deflate);
    QCOMPARE(back.caFile, QString("/tmp/ca.pem"));
    QCOMPARE(back.certFile, QString("/tmp/client.p12"));
    QCOMPARE(back.keyFile, QString());
    QCOMPARE(back.keyPassphrase, QString("secret"));
    QVERIFY(back.ignoreTlsErrors);
    QCOMPARE(back.keepAliveMs, 30000);
    QCOMPARE(back.outgoingFrameSize, 1000);
    QCOMPARE(back.proxy, QString("socks5://127.0.0.1:1080"));
    QCOMPARE(child<QLineEdit>(&panel, "passphraseEdit")->echoMode(), QLineEdit::Password);
    // What QWebSocket cannot do is greyed out while it is chosen.
    QVERIFY(!child<QCheckBox>(&panel, "autoPongCheck")->isEnabled());
    auto *engine = child<QComboBox>(&panel, "engineCombo");
    engine->setCurrentIndex(engine->findData(int(EngineKind::Wire)));
    QVERIFY(child<QCheckBox>(&panel, "autoPongCheck")->isEnabled());
    QCOMPARE(int(panel.request().engine), int(EngineKind::Wire));
}

void TestWidgets::panelSaysWhatTheQtEngineCannotShow()
{
    ConnectionPanel panel;
    panel.show();
    auto *engine = child<QComboBox>(&panel, "engineCombo");
    auto *note = child<QLabel>(&panel, "engineNoteLabel");
    QVERIFY(!note->isVisible()); // the wire engine hides nothing
    engine->setCurrentIndex(engine->findData(int(EngineKind::QtWebSockets)));
    QVERIFY(note->isVisible());
    for (const char *hidden : {"ping", "frame", "handshake", "1012", "1002", "UTF-8"})
        QVERIFY2(note->text().contains(hidden, Qt::CaseInsensitive), qPrintable(note->text()));
    engine->setCurrentIndex(engine->findData(int(EngineKind::Wire)));
    QVERIFY(!note->isVisible());
    // A restored tab that uses the Qt engine says it as well.
    ConnectionRequest r;
    r.url = QUrl("ws://h/");
    r.engine = EngineKind::QtWebSockets;
    panel.setRequest(r);
    QVERIFY(note->isVisible());
}

void TestWidgets::handshakeDialog()
{
    ConnectionRequest r;
    r.url = QUrl("ws://127.0.0.1:9/chat");
    r.subprotocols = {"chat"};
    HandshakeRecord h;
    h.requestLine = "GET /chat HTTP/1.1";
    h.requestHeaders = {{"Host", "127.0.0.1:9"}};
    h.responseSeen = true;
    h.status = 101;
    h.statusLine = "HTTP/1.1 101 Switching Protocols";
    h.responseHeaders = {{"Set-Cookie", "a=1"}, {"Set-Cookie", "b=2"}};
    HandshakeDialog dialog(r, h, "chat", "");
    dialog.show();
    QCOMPARE(dialog.requestText(), QString("GET /chat HTTP/1.1\nHost: 127.0.0.1:9\n"));
    QVERIFY(dialog.responseText().contains("Set-Cookie: a=1\nSet-Cookie: b=2"));
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains("chat"));
    // The copy button opens the copy-as dialog (modal): copy from it, then close it.
    bool copied = false;
    QTimer::singleShot(0, &dialog, [&copied] {
        if (auto *copyAs = qobject_cast<CopyAsDialog *>(QApplication::activeModalWidget())) {
            copyAs->copy();
            copied = true;
            copyAs->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "copyAsButton"), Qt::LeftButton);
    QVERIFY(copied);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString("wscat -c ws://127.0.0.1:9/chat -s chat"));
}

void TestWidgets::sendBoxText()
{
    SendBox box;
    box.show();
    QSignalSpy sent(&box, &SendBox::sendRequested);
    box.setOpen(true);
    QTest::keyClicks(box.editor(), "hello");
    QTest::keyClick(box.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().first().value<OutgoingMessage>(), OutgoingMessage::text("hello"));
    QCOMPARE(box.editor()->toPlainText(), QString("hello")); // kept, to send again
}

void TestWidgets::sendBoxShowsWhySendingFailed()
{
    // The box only asks; whoever sends says why not, and the box shows it in place.
    SendBox box;
    box.show();
    box.setOpen(true);
    connect(&box, &SendBox::sendRequested, &box, [&box](const OutgoingMessage &m) {
        OutgoingMessage::Payload p;
        QString error;
        if (!m.build(nullptr, &p, &error))
            box.showError(error);
    });
    box.setMode(OutgoingMessage::Mode::Hex);
    box.editor()->setPlainText("01 0g");
    QVERIFY(!box.submit());
    auto *error = child<QLabel>(&box, "sendErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("\"g\" at position 5"), qPrintable(error->text()));
    box.editor()->setPlainText("01 02:ff");
    QVERIFY(box.submit());
    QVERIFY(!error->isVisible());
    QCOMPARE(box.message(), OutgoingMessage::hex("01 02:ff"));
}

void TestWidgets::sendBoxClosedRefuses()
{
    SendBox box;
    box.show();
    QSignalSpy sent(&box, &SendBox::sendRequested);
    box.editor()->setPlainText("draft");
    QVERIFY(!child<QPushButton>(&box, "sendButton")->isEnabled());
    QVERIFY(!box.submit());
    QCOMPARE(sent.count(), 0);
    QVERIFY(child<QLabel>(&box, "sendErrorLabel")->text().contains("Not connected"));
    QCOMPARE(box.editor()->toPlainText(), QString("draft"));
}

void TestWidgets::hugePasteIsHeld()
{
    SendBox box;
    box.show();
    QSignalSpy sent(&box, &SendBox::sendRequested);
    box.setOpen(true);
    const QString big(10 * 1024 * 1024, 'x');
    QGuiApplication::clipboard()->setText(big);
    box.editor()->paste();
    QVERIFY(box.editor()->hasHeldText());
    QVERIFY(box.editor()->toPlainText().startsWith("xxx")); // a read-only preview
    QVERIFY(box.editor()->toPlainText().size() < 10000);
    QVERIFY(child<QFrame>(&box, "heldBar")->isVisible());
    QVERIFY(child<QLabel>(&box, "heldLabel")->text().contains("MiB"));
    QVERIFY(box.submit());
    QCOMPARE(sent.first().first().value<OutgoingMessage>().body.size(), big.size());
    QTest::mouseClick(child<QPushButton>(&box, "discardHeldButton"), Qt::LeftButton);
    QVERIFY(!box.editor()->hasHeldText());
    QVERIFY(!child<QFrame>(&box, "heldBar")->isVisible());
    // Small pastes go into the editor as usual.
    QGuiApplication::clipboard()->setText("small");
    box.editor()->paste();
    QCOMPARE(box.editor()->toPlainText(), QString("small"));
}

void TestWidgets::closeDialog_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("ok");
    QTest::addRow("1000") << 1000 << "" << true;
    QTest::addRow("4000 with reason") << 4000 << "bye" << true;
    QTest::addRow("1005") << 1005 << "" << false;
    QTest::addRow("999") << 999 << "" << false;
    QTest::addRow("reason too long") << 1000 << QString(124, 'r') << false;
    QTest::addRow("multibyte at limit") << 1000 << QString(41, QChar(0x20AC)) << true;
}

void TestWidgets::closeDialog()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(bool, ok);
    CloseDialog dialog;
    dialog.show();
    child<QSpinBox>(&dialog, "codeSpin")->setValue(code);
    child<QLineEdit>(&dialog, "reasonEdit")->setText(reason);
    auto *buttons = child<QDialogButtonBox>(&dialog, "buttons");
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), ok);
    QCOMPARE(child<QLabel>(&dialog, "errorLabel")->isVisible(), !ok);
    QVERIFY(child<QLabel>(&dialog, "bytesLabel")
                ->text()
                .startsWith(QString::number(reason.toUtf8().size())));
}

void TestWidgets::closeDialogPresetsAreWhatItSends()
{
    CloseDialog dialog;
    dialog.show();
    auto *preset = child<QComboBox>(&dialog, "presetCombo");
    QList<int> codes;
    for (int i = 0; i < preset->count(); ++i) {
        const int code = preset->itemData(i).toInt();
        if (code < 0)
            continue; // Custom
        codes << code;
        // Choosing a preset never leaves OK disabled.
        preset->setCurrentIndex(i);
        emit preset->activated(i);
        QCOMPARE(dialog.code(), code);
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
    }
    QVERIFY(codes.contains(1000));
    QVERIFY(!codes.contains(1001)); // the browser's close() refuses it
    QVERIFY(!child<QCheckBox>(&dialog, "testingCheck")->isChecked());
    QVERIFY(!child<QLabel>(&dialog, "warningLabel")->isVisible());
}

void TestWidgets::closeDialogTestingMode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("reasonBytes");
    QTest::addColumn<EngineKind>("engine");
    QTest::addColumn<bool>("ok");
    QTest::addRow("1005") << 1005 << 0 << EngineKind::Wire << true;
    QTest::addRow("999") << 999 << 0 << EngineKind::Wire << true;
    QTest::addRow("0") << 0 << 0 << EngineKind::Wire << true;
    QTest::addRow("65535") << 65535 << 0 << EngineKind::Wire << true;
    QTest::addRow("200-byte reason") << 1000 << 200 << EngineKind::Wire << true;
    QTest::addRow("1001 on qt") << 1001 << 10 << EngineKind::QtWebSockets << true;
    QTest::addRow("200-byte reason on qt") << 1000 << 200 << EngineKind::QtWebSockets << false;
}

void TestWidgets::closeDialogTestingMode()
{
    QFETCH(int, code);
    QFETCH(int, reasonBytes);
    QFETCH(EngineKind, engine);
    QFETCH(bool, ok);
    CloseDialog dialog;
    dialog.setEngine(engine);
    dialog.show();
    child<QSpinBox>(&dialog, "codeSpin")->setValue(code);
    child<QLineEdit>(&dialog, "reasonEdit")->setText(QString(reasonBytes, 'r'));
    QPushButton *okButton =
        child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok);
    QVERIFY(!okButton->isEnabled()); // by the browser's rules
    QTest::mouseClick(child<QCheckBox>(&dialog, "testingCheck"), Qt::LeftButton);
    QVERIFY(dialog.testingMode());
    QCOMPARE(okButton->isEnabled(), ok);
    QCOMPARE(okButton->text(), QString("Send this Close (testing)"));
    QCOMPARE(dialog.code(), code);
    // What it breaks is said, or why the engine cannot send it.
    auto *warning = child<QLabel>(&dialog, "warningLabel");
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QCOMPARE(warning->isVisible(), ok);
    QCOMPARE(error->isVisible(), !ok);
    if (ok)
        QVERIFY(warning->text().startsWith("Testing mode"));
    else
        QVERIFY(error->text().contains("QWebSocket engine"));
    // The testing presets include codes a browser refuses, marked so.
    auto *preset = child<QComboBox>(&dialog, "presetCombo");
    for (int c : {1001, 1005, 1006, 0, 999, 65535}) {
        const int i = preset->findData(c);
        QVERIFY2(i >= 0, qPrintable(QString::number(c)));
        QVERIFY(preset->itemText(i).endsWith("(a browser refuses it)"));
    }
    QVERIFY(!preset->itemText(preset->findData(1000)).contains("refuses"));
    // Off again: the browser's rules are back.
    QTest::mouseClick(child<QCheckBox>(&dialog, "testingCheck"), Qt::LeftButton);
    QVERIFY(!okButton->isEnabled());
    QCOMPARE(preset->findData(1005), -1);
}

void TestWidgets::indicators()
{
    ManualClock clock(1'000'000);
    StatusIndicators ind(clock);
    QCOMPARE(ind.stateText(), QString("CLOSED (3)"));
    ind.setReadyState(ReadyState::Connecting);
    QCOMPARE(ind.stateText(), QString("CONNECTING (0)"));
    ind.setReadyState(ReadyState::Open);
    ind.setOpenedAt(clock.nowMs());
    clock.advance(3723'000);
    ind.setOpenedAt(1'000'000); // refreshes the label now rather than on the next tick
    QCOMPARE(ind.durationText(), QString("connected 01:02:03"));
    ind.setBufferedAmount(12345);
    QVERIFY(ind.bufferedText().contains("12,345"));
    ind.setNegotiated("chat", "");
    QCOMPARE(ind.protocolText(), QString("protocol: chat · extensions: none"));
    ind.setReadyState(ReadyState::Closing); // still the connection that negotiated it
    QCOMPARE(ind.protocolText(), QString("protocol: chat · extensions: none"));
    ind.setReadyState(ReadyState::Closed); // a closed connection has nothing negotiated
    QCOMPARE(ind.protocolText(), QString());
    ind.setReadyState(ReadyState::Open);
    ind.setNegotiated("chat", "");
    QVERIFY(StatusIndicators::stateColor(ReadyState::Open)
            != StatusIndicators::stateColor(ReadyState::Closed));
    QVERIFY(ind.tlsWarningText().isEmpty());
    ind.setTlsErrorsIgnored({"The certificate is self-signed", "The host name did not match"});
    QCOMPARE(ind.tlsWarningText(), QString::fromUtf8("⚠ Certificate errors ignored (2)"));
    QVERIFY(ind.tlsWarningToolTip().contains("The certificate is self-signed"));
    QVERIFY(ind.tlsWarningToolTip().contains("The host name did not match"));
    ind.setTlsErrorsIgnored({});
    QVERIFY(ind.tlsWarningText().isEmpty());
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
