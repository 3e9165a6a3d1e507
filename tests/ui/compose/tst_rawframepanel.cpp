// The composer's Raw Frame mode offscreen: the testing warning, the settings becoming a
// RawFrameRecipe, a setting that is wrong named before anything is sent, the mode kept with
// the tab, and the frames arriving byte for byte at a scripted peer through the workbench.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "compose/payloadeditor.h"
#include "compose/rawframepanel.h"
#include "compose/sendbox.h"
#include "connection/clock.h"
#include "workbench/connectionworkbench.h"

using M = OutgoingMessage::Mode;

class TestRawFramePanel : public QObject
{
    Q_OBJECT
private slots:
    void offAtFirst();
    void settingsBecomeARecipe();
    void wrongSettingIsNamed();
    void keptWithTheTab();
    void writtenThroughTheWorkbench();

private:
    template<typename T> static T *child(SendBox &box, const char *name)
    {
        T *w = box.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    static void turnOn(SendBox &box)
    {
        QToolButton *raw = child<QToolButton>(box, "rawFrameButton");
        QTest::mouseClick(raw, Qt::LeftButton);
    }
};

void TestRawFramePanel::offAtFirst()
{
    SendBox box;
    box.show();
    QVERIFY(!box.isRawFrame());
    QVERIFY(!box.rawFramePanel()->isVisible());
    turnOn(box);
    QVERIFY(box.isRawFrame());
    QVERIFY(box.rawFramePanel()->isVisible());
    // Clearly a testing feature.
    QVERIFY2(box.rawFramePanel()->warningText().contains("Testing feature"),
             qPrintable(box.rawFramePanel()->warningText()));
}

void TestRawFramePanel::settingsBecomeARecipe()
{
    SendBox box;
    box.show();
    box.setOpen(true);
    turnOn(box);
    box.setMode(M::Hex);
    box.editor()->setPlainText("c3 28 41"); // invalid UTF-8 in a text frame
    child<QCheckBox>(box, "finCheck")->setChecked(false);
    child<QCheckBox>(box, "rsv2Check")->setChecked(true);
    child<QLineEdit>(box, "keyEdit")->setText("0x11223344");
    child<QLineEdit>(box, "fragmentsEdit")->setText("1+1");
    QComboBox *between = child<QComboBox>(box, "betweenCombo");
    QVERIFY(between->isEnabled());
    between->setCurrentIndex(between->findData(int(RawFrameRecipe::Between::Ping)));
    child<QCheckBox>(box, "lieCheck")->setChecked(true);
    child<QLineEdit>(box, "lieEdit")->setText("99");
    QComboBox *length = child<QComboBox>(box, "lengthCombo");
    length->setCurrentIndex(length->findData(int(RawFrame::LengthBits::Bits16)));

    const QString preview = box.rawFramePanel()->previewText();
    QVERIFY2(preview.contains("text · ping · continuation · ping · continuation"),
             qPrintable(preview));
    QVERIFY2(preview.contains("--send-frame 'opcode=text,fin=0,rsv2=1,key=0x11223344,len=99,"
                              "lenbits=16,split=1+1,between=ping,payload=hex:c3 28 41'"),
             qPrintable(preview));

    QSignalSpy raw(&box, &SendBox::rawFramesRequested);
    QSignalSpy plain(&box, &SendBox::sendRequested);
    QTest::keyClick(box.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(plain.size(), 0);
    QCOMPARE(raw.size(), 1);
    const auto recipe = raw.first().first().value<RawFrameRecipe>();
    QCOMPARE(recipe.opcode, 1);
    QCOMPARE(recipe.fin, false);
    QCOMPARE(recipe.rsv2, true);
    QCOMPARE(recipe.maskKey, std::optional<quint32>(0x11223344));
    QCOMPARE(recipe.declaredLength, std::optional<quint64>(99));
    QCOMPARE(recipe.fragments, (QList<qint64>{1, 1}));
    QCOMPARE(recipe.payload, OutgoingMessage::hex("c3 28 41"));
    // Off again: Send sends a message as before.
    turnOn(box);
    QVERIFY(!box.isRawFrame());
    QVERIFY(box.submit());
    QCOMPARE(plain.size(), 1);
    QCOMPARE(raw.size(), 1);
}

void TestRawFramePanel::wrongSettingIsNamed()
{
    SendBox box;
    box.show();
    box.setOpen(true);
    turnOn(box);
    QSignalSpy raw(&box, &SendBox::rawFramesRequested);
    child<QLineEdit>(box, "keyEdit")->setText("zz");
    QVERIFY(box.rawFramePanel()->previewText().contains("key takes a masking key"));
    QVERIFY(!box.submit());
    QVERIFY2(box.errorText().contains("Raw frame: key takes"), qPrintable(box.errorText()));
    child<QLineEdit>(box, "keyEdit")->clear();
    child<QLineEdit>(box, "fragmentsEdit")->setText("5");
    box.editor()->setPlainText("abc");
    QTRY_VERIFY2(box.rawFramePanel()->previewText().contains("add up to 5 bytes"),
                 qPrintable(box.rawFramePanel()->previewText()));
    QCOMPARE(raw.size(), 0);
}

void TestRawFramePanel::keptWithTheTab()
{
    QVariantMap state;
    {
        SendBox box;
        turnOn(box);
        child<QComboBox>(box, "opcodeCombo")->setCurrentIndex(11);
        child<QCheckBox>(box, "maskCheck")->setChecked(false);
        child<QLineEdit>(box, "fragmentsEdit")->setText("2");
        box.editor()->setPlainText("hello");
        state = box.state();
    }
    SendBox restored;
    restored.setState(state);
    QVERIFY(restored.isRawFrame());
    QCOMPARE(child<QComboBox>(restored, "opcodeCombo")->currentData().toInt(), 11);
    QVERIFY(!child<QCheckBox>(restored, "maskCheck")->isChecked());
    QVERIFY(!child<QLineEdit>(restored, "keyEdit")->isEnabled());
    QCOMPARE(child<QLineEdit>(restored, "fragmentsEdit")->text(), QString("2"));
    QCOMPARE(restored.editor()->toPlainText(), QString("hello"));
}

void TestRawFramePanel::writtenThroughTheWorkbench()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    SystemClock clock;
    ConnectionWorkbench wb(clock);
    ConnectionRequest request;
    request.url = peer.url();
    wb.setRequest(request);
    ConnectionSpy spy(&wb.connection());
    QVERIFY(wb.open());
    QVERIFY(spy.waitForState(ReadyState::Open));

    SendBox box;
    box.setOpen(true);
    connect(&box, &SendBox::rawFramesRequested, &wb, [&](const RawFrameRecipe &recipe) {
        QString error;
        if (!wb.sendRawFrames(recipe, &error))
            box.showError(error);
    });
    turnOn(box);
    child<QComboBox>(box, "opcodeCombo")->setCurrentIndex(3); // reserved
    child<QCheckBox>(box, "maskCheck")->setChecked(false);
    box.editor()->setPlainText("{{who}}");
    wb.variables().setTable({{"who", "me"}});
    QVERIFY(box.submit());
    // The tab's variables are expanded, the frame arrives exactly as set.
    QTRY_COMPARE(peer.receivedAfterHandshake(), QByteArray::fromHex("83026d65"));
    QCOMPARE(spy.eventsOf(EventKind::Frame).size(), 1);
}

QTEST_MAIN(TestRawFramePanel)
#include "tst_rawframepanel.moc"
