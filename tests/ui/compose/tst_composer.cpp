// The composer offscreen: templates' JSON with placeholders, variables marked, binary checked
// as typed, the send history in its modes, a huge paste previewed, errors cleared by a mode.
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include "common/windowfixture.h"
#include "compose/messagehighlighter.h"
#include "compose/payloadeditor.h"
#include "compose/sendbox.h"
#include "compose/sendhistory.h"
#include "compose/variables.h"
#include "connection/clock.h"

using M = OutgoingMessage::Mode;

class TestComposer : public QObject
{
    Q_OBJECT
private slots:
    void jsonTemplatesAreJson();
    void variablesAreMarked();
    void binaryCheckedAsTyped_data();
    void binaryCheckedAsTyped();
    void historyRestoresModes();
    void hugePasteShowsPreview();
    void fileModeClearsTheOldError();
};

namespace {

/// The colour the highlighter gave the character at pos of the editor's first line.
QColor colourAt(PayloadEditor *editor, int pos)
{
    const QTextBlock block = editor->document()->firstBlock();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (pos >= r.start && pos < r.start + r.length)
            return r.format.foreground().color();
    }
    return {};
}

} // namespace

void TestComposer::jsonTemplatesAreJson()
{
    SendBox box;
    box.show();
    box.setMode(M::Json);
    box.editor()->setPlainText("{\"id\": {{$counter}}, \"user\": \"{{user}}\"}");
    QTRY_COMPARE(box.checkText(), QString("✓ valid JSON"));
    QVERIFY(box.reformatJson(true));
    QCOMPARE(box.editor()->toPlainText(),
             QString("{\n  \"id\": {{$counter}},\n  \"user\": \"{{user}}\"\n}"));
    QTest::mouseClick(child<QToolButton>(&box, "minifyButton"), Qt::LeftButton);
    QCOMPARE(box.editor()->toPlainText(), QString("{\"id\":{{$counter}},\"user\":\"{{user}}\"}"));
    QVERIFY(box.errorText().isEmpty());
    // A broken placeholder is a JSON error where it breaks.
    box.editor()->setPlainText("{\"id\": {{$counter}");
    QTRY_VERIFY(box.checkText().startsWith("Line 1, column 18"));
    // However long the reason, the label does not widen the window; the tooltip has it all.
    auto *check = child<QLabel>(&box, "jsonStatusLabel");
    QVERIFY(check->toolTip().endsWith("end with }}"));
    QVERIFY(check->sizeHint().width() <= check->fontMetrics().averageCharWidth() * 60);
    QVERIFY(!box.reformatJson(false));
    QCOMPARE(box.editor()->toPlainText(), QString("{\"id\": {{$counter}"));
}

void TestComposer::variablesAreMarked()
{
    ManualClock clock;
    Variables variables(clock);
    variables.setTable({{"user", "ana"}});
    SendBox box;
    box.setVariables(&variables);
    box.show();
    box.setMode(M::Text);
    //                            0123456789012345678901234567890
    box.editor()->setPlainText("hi {{user}} {{nobody}} {{$uuid}} {{ a b }} \\{{user}}");
    const QColor known = colourAt(box.editor(), 3);
    const QColor unknown = colourAt(box.editor(), 12);
    QVERIFY(known.isValid());
    QVERIFY(unknown.isValid());
    QVERIFY(known != unknown);
    QVERIFY2(unknown.red() > 150 && unknown.green() < 100, qPrintable(unknown.name()));
    QCOMPARE(colourAt(box.editor(), 23), known);    // a built-in
    QVERIFY(!colourAt(box.editor(), 34).isValid()); // not a name: sent as typed
    QVERIFY(!colourAt(box.editor(), 45).isValid()); // escaped
    QVERIFY(!colourAt(box.editor(), 0).isValid());  // plain text
    // The table changes: the name is known now.
    variables.setTable({{"user", "ana"}, {"nobody", "x"}});
    box.refreshVariables();
    QCOMPARE(colourAt(box.editor(), 12), known);
    // JSON mode marks them too, over its own colours; hex does not expand them.
    box.setMode(M::Json);
    box.editor()->setPlainText("{\"a\": {{missing}}}");
    QCOMPARE(colourAt(box.editor(), 6), unknown);
    box.setMode(M::Hex);
    QVERIFY(!colourAt(box.editor(), 6).isValid());
}

void TestComposer::binaryCheckedAsTyped_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("check");
    QTest::addRow("hex") << int(M::Hex) << "01 02 ff"
                         << "✓ 3 byte";
    QTest::addRow("hex, bad digit") << int(M::Hex) << "01 0g"
                                    << "\"g\" at position 5";
    QTest::addRow("hex, odd") << int(M::Hex) << "01 0"
                              << "odd number";
    QTest::addRow("base64") << int(M::Base64) << "SGVsbG8="
                            << "✓ 5 byte";
    QTest::addRow("base64, bad") << int(M::Base64) << "SGV!bG8="
                                 << "\"!\" at position 4";
}

void TestComposer::binaryCheckedAsTyped()
{
    QFETCH(int, mode);
    QFETCH(QString, typed);
    QFETCH(QString, check);
    SendBox box;
    box.show();
    box.setMode(M(mode));
    QTest::keyClicks(box.editor(), typed); // no Send: the check comes as the user types
    QTRY_VERIFY2(box.checkText().contains(check), qPrintable(box.checkText()));
    QVERIFY(child<QLabel>(&box, "jsonStatusLabel")->isVisible());
    box.setMode(M::Text);
    QVERIFY(box.checkText().isEmpty());
}

void TestComposer::historyRestoresModes()
{
    SendHistory history;
    history.add({M::Hex, "de ad"});
    history.add({M::Json, "{\"a\": 1}"});
    SendBox box;
    box.setHistory(&history);
    box.show();
    box.setOpen(true);
    box.setMode(M::Base64);
    box.editor()->setPlainText("SGk=");
    QTest::keyClick(box.editor(), Qt::Key_Up);
    QCOMPARE(box.message(), (OutgoingMessage{M::Json, "{\"a\": 1}"}));
    QCOMPARE(child<QComboBox>(&box, "modeCombo")->currentData().toInt(), int(M::Json));
    QTest::keyClick(box.editor(), Qt::Key_Up);
    QCOMPARE(box.message(), (OutgoingMessage{M::Hex, "de ad"}));
    QTest::keyClick(box.editor(), Qt::Key_Down);
    QTest::keyClick(box.editor(), Qt::Key_Down);
    QCOMPARE(box.message(), (OutgoingMessage{M::Base64, "SGk="})); // the draft, as it was
}

void TestComposer::hugePasteShowsPreview()
{
    SendBox box;
    box.show();
    box.setOpen(true);
    box.editor()->setPlainText("stale draft");
    const QString big = QString("0123456789").repeated(1024 * 1024); // 10 MiB
    QGuiApplication::clipboard()->setText(big);
    box.editor()->selectAll();
    box.editor()->paste();
    QVERIFY(box.editor()->hasHeldText());
    QVERIFY(child<QFrame>(&box, "heldBar")->isVisible());
    const QString shown = box.editor()->toPlainText();
    QVERIFY(!shown.contains("stale draft"));
    QVERIFY(shown.startsWith("0123456789"));
    QVERIFY(shown.size() < 10000);
    QVERIFY(shown.contains("held outside the editor"));
    QVERIFY(box.editor()->isReadOnly());
    QCOMPARE(box.message().body.size(), big.size());
    QTest::mouseClick(child<QPushButton>(&box, "discardHeldButton"), Qt::LeftButton);
    QVERIFY(box.editor()->toPlainText().isEmpty());
    QVERIFY(!box.editor()->isReadOnly());
}

void TestComposer::fileModeClearsTheOldError()
{
    SendBox box;
    box.show();
    box.setOpen(true);
    connect(&box, &SendBox::sendRequested, &box, [&box](const OutgoingMessage &m) {
        OutgoingMessage::Payload p;
        QString error;
        if (!m.build(nullptr, &p, &error))
            box.showError(error);
    });
    box.setMode(M::Hex);
    box.editor()->setPlainText("zz");
    QVERIFY(!box.submit());
    QVERIFY(!box.errorText().isEmpty());
    box.setMode(M::File);
    QVERIFY(box.errorText().isEmpty());
    QVERIFY(!child<QLabel>(&box, "sendErrorLabel")->isVisible());
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
