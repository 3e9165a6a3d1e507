// The composer's Protocol tab: the layer chosen there is the tab's, its actions become a
// form, and Send goes through the layer (an emit echoed by the demo server comes back as a
// Socket.IO event); a bad field is refused with the layer's reason under the form.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include "connection/clock.h"
#include "demo/demoserver.h"
#include "protocols/layerpanel.h"
#include "workbench/connectionworkbench.h"
#include "workbench/layerdriver.h"

class TestLayerPanel : public QObject
{
    Q_OBJECT
private slots:
    void emitThroughTheForm();
};

void TestLayerPanel::emitThroughTheForm()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SystemClock clock;
    ConnectionWorkbench wb(clock);
    LayerPanel panel(wb.layers());
    auto *choice = panel.findChild<QComboBox *>(QStringLiteral("layerChoice"));
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(QStringLiteral("socketio")));
    QCOMPARE(wb.layers().choice(), QStringLiteral("socketio"));

    // Not connected: the layer's reason, not a crash.
    ConnectionRequest r;
    r.url = server.url(QStringLiteral("/echo"));
    wb.setRequest(r);
    QVERIFY(wb.open());
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
    QVERIFY(panel.selectAction(QStringLiteral("emit")));
    auto *event = panel.findChild<QLineEdit *>(QStringLiteral("layerField_event"));
    auto *args = panel.findChild<QPlainTextEdit *>(QStringLiteral("layerField_args"));
    auto *ack = panel.findChild<QCheckBox *>(QStringLiteral("layerField_ack"));
    QVERIFY(event && args && ack);
    event->setText(QStringLiteral("chat"));
    args->setPlainText(QStringLiteral("{\"not\":\"an array\"}"));
    QVERIFY(!panel.send());
    QVERIFY2(panel.errorText().contains(QLatin1String("array")), qPrintable(panel.errorText()));

    args->setPlainText(QStringLiteral("[\"hi\", 2]"));
    ack->setChecked(true);
    QCOMPARE(panel.values().value(QStringLiteral("ack")).toString(), QStringLiteral("true"));
    QSignalSpy read(&wb.layers(), &LayerDriver::packetsRead);
    QVERIFY(panel.send());
    QVERIFY(panel.errorText().isEmpty());
    // Sent and echoed: both read as the same Socket.IO event with ack id 1.
    QTRY_VERIFY(read.size() >= 2);
    for (const QList<QVariant> &call : std::as_const(read)) {
        const auto packets = call.at(1).value<QList<LayerPacket>>();
        QCOMPARE(packets.size(), 1);
        QCOMPARE(packets.first().type, QStringLiteral("event"));
        QCOMPARE(packets.first().name, QStringLiteral("chat"));
        QCOMPARE(packets.first().id, QStringLiteral("1"));
    }
    QCOMPARE(wb.connection().readyState(), ReadyState::Open);
    wb.close();
}

QTEST_MAIN(TestLayerPanel)
#include "tst_layerpanel.moc"
