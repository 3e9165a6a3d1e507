// The Script tab's editor offscreen: the API's completions open by themselves after `ws.`
// and `on('`, on Ctrl+Space for a word, are accepted with Tab or Enter, and never take a
// key from someone only typing. Keys go where the user's would: to the list while it shows.
#include <QAbstractItemView>
#include <QCompleter>
#include <QTest>

#include "compose/scripteditor.h"

namespace {

/// The widget the keyboard is at: the completion list while it shows, else the editor.
QWidget *keyboard(ScriptEditor &editor)
{
    return editor.completing() ? editor.completer()->popup() : static_cast<QWidget *>(&editor);
}

void type(ScriptEditor &editor, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(keyboard(editor), QString(c));
}

void press(ScriptEditor &editor, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyboard(editor), key, modifiers);
}

QStringList shown(const ScriptEditor &editor)
{
    QStringList out;
    QAbstractItemModel *m = editor.completer()->completionModel();
    for (int i = 0; i < m->rowCount(); ++i)
        out << m->index(i, 0).data(Qt::UserRole + 1).toString();
    return out;
}

} // namespace

class TestScriptEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void memberListOpensAfterTheDotAndEnterAccepts();
    void eventNamesInsideOn();
    void ctrlSpaceForAWordAndTabAccepts();
    void typingIsNotTaken();

private:
    ScriptEditor *m_editor = nullptr;
};

void TestScriptEditor::init()
{
    m_editor = new ScriptEditor;
    m_editor->resize(500, 300);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->activateWindow();
    m_editor->setFocus();
}

void TestScriptEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

void TestScriptEditor::memberListOpensAfterTheDotAndEnterAccepts()
{
    type(*m_editor, "ws.");
    QTRY_VERIFY(m_editor->completing());
    const QStringList names = shown(*m_editor);
    for (const char *n : {"send", "close", "ping", "readyState", "bufferedAmount", "protocol"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    // Typing narrows the list; Enter puts the name in, with no line break.
    type(*m_editor, "bu");
    QCOMPARE(shown(*m_editor), QStringList{"bufferedAmount"});
    press(*m_editor, Qt::Key_Return);
    QVERIFY(!m_editor->completing());
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ws.bufferedAmount"));
    // vars. offers get and set; Down picks the second.
    press(*m_editor, Qt::Key_Return);
    type(*m_editor, "vars.");
    QTRY_VERIFY(m_editor->completing());
    QCOMPARE(shown(*m_editor), (QStringList{"get", "set"}));
    press(*m_editor, Qt::Key_Down);
    press(*m_editor, Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ws.bufferedAmount\nvars.set"));
}

void TestScriptEditor::eventNamesInsideOn()
{
    type(*m_editor, "on('m");
    QTRY_VERIFY(m_editor->completing());
    QCOMPARE(shown(*m_editor), QStringList{"message"});
    press(*m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("on('message"));
    // Escape closes the list and leaves the text.
    m_editor->clear();
    type(*m_editor, "ws.on(\"");
    QTRY_VERIFY(m_editor->completing());
    QCOMPARE(shown(*m_editor).size(), 6);
    press(*m_editor, Qt::Key_Escape);
    QVERIFY(!m_editor->completing());
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ws.on(\""));
}

void TestScriptEditor::ctrlSpaceForAWordAndTabAccepts()
{
    type(*m_editor, "await expectN");
    QVERIFY(!m_editor->completing());
    press(*m_editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(m_editor->completing());
    QCOMPARE(shown(*m_editor), QStringList{"expectNoMessage"});
    press(*m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("await expectNoMessage"));
    // Ctrl+Space on an empty word lists every global and hook; typing narrows it.
    press(*m_editor, Qt::Key_Return);
    press(*m_editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(m_editor->completing());
    QVERIFY(shown(*m_editor).contains("expectMessage"));
    QVERIFY(shown(*m_editor).contains("onMessage"));
    type(*m_editor, "js");
    QCOMPARE(shown(*m_editor), QStringList{"json"});
    press(*m_editor, Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("await expectNoMessage\njson"));
}

void TestScriptEditor::typingIsNotTaken()
{
    // Plain code never opens the list, so Enter and Tab keep their meaning.
    type(*m_editor, "const expectations = 1;");
    QVERIFY(!m_editor->completing());
    press(*m_editor, Qt::Key_Return);
    press(*m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("const expectations = 1;\n\t"));
    // A member typed out in full closes the list, so the next Enter is a line break.
    m_editor->clear();
    type(*m_editor, "ws.send");
    QVERIFY(!m_editor->completing());
    type(*m_editor, "('x');");
    press(*m_editor, Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("ws.send('x');\n"));
    // Moving the cursor away closes an open list.
    type(*m_editor, "ws.");
    QTRY_VERIFY(m_editor->completing());
    press(*m_editor, Qt::Key_Left);
    QVERIFY(!m_editor->completing());
}

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
