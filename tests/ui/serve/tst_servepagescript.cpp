// The Serve tab runs the script its rules name (docs/scripting.md, "In the Serve tab"),
// offscreen with real QWebSocket clients: a rules file naming a script is imported and the
// script keeps a count per client; its log lines and a throwing or endless hook show on the
// Rules page while serving goes on; Reload runs the edited file in a
// fresh runtime; a script chosen in the tab survives the workspace's save and restore; a
// script that does not parse keeps the server from starting, with the file and line.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "connection/clock.h"
#include "script/servescriptrunner.h"
#include "serve/servepage.h"
#include "serve/serverulespanel.h"
#include "serve/servescriptbar.h"

namespace {

// Line 6 throws; `clients` is the script's own map, a name the API has too.
const char *MockV1 = "let clients = new Map();\n"
                     "function onClientConnect(client) { clients.set(client.id, 0); }\n"
                     "function onClientMessage(client, msg) {\n"
                     "  clients.set(client.id, clients.get(client.id) + 1);\n"
                     "  log('message', clients.get(client.id), 'of', client.id);\n"
                     "  if (msg.data === 'throw') null.boom();\n"
                     "  if (msg.data === 'loop') for (;;) {}\n"
                     "  client.send('v1 ' + msg.data + ' ' + clients.get(client.id));\n"
                     "}\n";

bool write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

/// A QWebSocket client of the page, open, with what it received.
struct Client
{
    explicit Client(const QUrl &url)
        : received(&socket, &QWebSocket::textMessageReceived)
    {
        socket.open(url);
    }
    QString last() const
    {
        return received.isEmpty() ? QString() : received.last().first().toString();
    }
    QWebSocket socket;
    QSignalSpy received;
};

bool outputHas(ServePage &page, const QString &text)
{
    for (const QString &line : page.rulesPanel()->scriptBar()->outputLines()) {
        if (line.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestServePageScript : public QObject
{
    Q_OBJECT
private slots:
    void rulesFileScriptKeepsStateAndReloads();
    void scriptChosenInTheTabSurvivesRestore();
    void badScriptKeepsTheServerStopped();

private:
    SystemClock m_clock;
};

void TestServePageScript::rulesFileScriptKeepsStateAndReloads()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("mock.js"), MockV1));
    QVERIFY(write(dir.filePath("rules.json"),
                  R"({"format":"wsprobe-serve-rules","script":"mock.js","rules":[
                      {"match":{"type":"plain","text":"ping"},"reply":"pong"},
                      {"reply":{"mode":"script"}}]})"));
    ServePage page(m_clock);
    page.resize(1200, 800);
    page.show();
    page.portBox()->setValue(0);
    QVERIFY(page.rulesPanel()->importFile(dir.filePath("rules.json")));
    QCOMPARE(page.modeBox()->currentIndex(), int(ServePage::RulesMode));
    ServeScriptBar *bar = page.rulesPanel()->scriptBar();
    QCOMPARE(QDir::cleanPath(bar->path()), QDir::cleanPath(dir.filePath("mock.js")));
    QVERIFY(!page.scriptRunner()->isRunning());
    QVERIFY(!bar->reloadButton()->isEnabled());
    page.scriptRunner()->setBusyLimitMs(2000); // not shorter: a loaded machine's stalls count
    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    QVERIFY(page.scriptRunner()->isRunning());
    QVERIFY(bar->reloadButton()->isEnabled());

    Client a(page.controller().url()), b(page.controller().url());
    QTRY_COMPARE(a.socket.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(b.socket.state(), QAbstractSocket::ConnectedState);
    a.socket.sendTextMessage("x");
    QTRY_COMPARE(a.last(), "v1 x 1");
    a.socket.sendTextMessage("y");
    QTRY_COMPARE(a.last(), "v1 y 2");
    b.socket.sendTextMessage("z");
    QTRY_COMPARE(b.last(), "v1 z 1"); // counted per client
    b.socket.sendTextMessage("ping");
    QTRY_COMPARE(b.last(), "pong"); // the rules still come first
    QTRY_VERIFY(outputHas(page, "message 2 of"));

    // A throwing hook and an endless one: shown with the hook, file and line; still serving.
    a.socket.sendTextMessage("throw");
    QTRY_VERIFY(outputHas(page, "onClientMessage (mock.js:6)"));
    a.socket.sendTextMessage("loop");
    QTRY_VERIFY_WITH_TIMEOUT(outputHas(page, "2000 ms"), 15000);
    a.socket.sendTextMessage("w");
    QTRY_COMPARE(a.last(), "v1 w 5"); // the state as the script had it

    // Reload: the edited file, a fresh runtime (its counts start again for both clients).
    QVERIFY(write(dir.filePath("mock.js"), QByteArray(MockV1).replace("'v1 '", "'v2 '")));
    const int before = page.scriptRunner()->generation();
    bar->reloadButton()->click();
    QCOMPARE(page.scriptRunner()->generation(), before + 1);
    a.socket.sendTextMessage("x");
    QTRY_COMPARE(a.last(), "v2 x 1");
    b.socket.sendTextMessage("x");
    QTRY_COMPARE(b.last(), "v2 x 1");
    // A reload of a broken file says why and leaves the running one serving.
    QVERIFY(write(dir.filePath("mock.js"), "function (\n"));
    bar->reloadButton()->click();
    QVERIFY(outputHas(page, "mock.js:1"));
    a.socket.sendTextMessage("x");
    QTRY_COMPARE(a.last(), "v2 x 2");

    // Stopping the server stops the script; starting again is a fresh runtime.
    page.stop();
    QVERIFY(!page.scriptRunner()->isRunning());
    QTRY_COMPARE(a.socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(write(dir.filePath("mock.js"), MockV1));
    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    Client c(page.controller().url());
    QTRY_COMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    c.socket.sendTextMessage("again");
    QTRY_COMPARE(c.last(), "v1 again 1");
    page.stop();
}

void TestServePageScript::scriptChosenInTheTabSurvivesRestore()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("count.js"),
                  "let n = 0;\nconst onClientMessage = (c, m) => c.send(m.data + ' #' + ++n);\n"));
    ServePage page(m_clock);
    ServeRulesPanel *rules = page.rulesPanel();
    // A script rule with no script is refused until the tab names one.
    rules->editor()->setPlainText(
        R"({"format":"wsprobe-serve-rules","rules":[{"reply":{"mode":"script"}}]})");
    QVERIFY(!rules->apply());
    QVERIFY2(rules->errorText().contains("\"script\""), qPrintable(rules->errorText()));
    QLineEdit *field = rules->scriptBar()->pathEdit();
    field->setText(dir.filePath("count.js"));
    field->setModified(true);
    emit field->editingFinished();
    QCOMPARE(rules->rules().script, dir.filePath("count.js"));
    QVERIFY(rules->editor()->toPlainText().contains("count.js"));
    // The editor now names the script, so the script rule typed into it applies.
    QJsonObject file = QJsonDocument::fromJson(rules->editor()->toPlainText().toUtf8()).object();
    QCOMPARE(file.value("script").toString(), dir.filePath("count.js"));
    file.insert("rules", QJsonArray{QJsonObject{{"reply", QJsonObject{{"mode", "script"}}}}});
    rules->editor()->setPlainText(QString::fromUtf8(QJsonDocument(file).toJson()));
    QVERIFY2(rules->apply(), qPrintable(rules->errorText()));
    QCOMPARE(page.modeBox()->currentIndex(), int(ServePage::RulesMode));

    const QVariantMap state = page.state();
    ServePage restored(m_clock);
    restored.setState(state);
    QCOMPARE(restored.state(), state);
    QCOMPARE(restored.rulesPanel()->scriptBar()->path(), dir.filePath("count.js"));
    QCOMPARE(restored.modeBox()->currentIndex(), int(ServePage::RulesMode));
    restored.portBox()->setValue(0);
    QVERIFY2(restored.start(), qPrintable(restored.statusLabel()->text()));
    QVERIFY(restored.scriptRunner()->isRunning());
    Client a(restored.controller().url());
    QTRY_COMPARE(a.socket.state(), QAbstractSocket::ConnectedState);
    a.socket.sendTextMessage("hi");
    QTRY_COMPARE(a.last(), "hi #1");
    a.socket.sendTextMessage("hi");
    QTRY_COMPARE(a.last(), "hi #2");
    restored.stop();
}

void TestServePageScript::badScriptKeepsTheServerStopped()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath("bad.js"), "\n\nfunction onClientMessage(c, m) { c.send(; }\n"));
    ServePage page(m_clock);
    page.portBox()->setValue(0);
    QLineEdit *field = page.rulesPanel()->scriptBar()->pathEdit();
    field->setText(dir.filePath("bad.js"));
    field->setModified(true);
    emit field->editingFinished();
    page.modeBox()->setCurrentIndex(ServePage::RulesMode);
    QVERIFY(!page.start());
    QVERIFY2(page.statusLabel()->text().contains("bad.js:3"),
             qPrintable(page.statusLabel()->text()));
    QVERIFY(!page.controller().isListening());
    QVERIFY(!page.scriptRunner()->isRunning());
    // Fixed, it starts.
    QVERIFY(write(dir.filePath("bad.js"), "function onClientMessage(c, m) { c.send('ok'); }\n"));
    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    QVERIFY(page.scriptRunner()->isRunning());
    page.stop();
}

QTEST_MAIN(TestServePageScript)
#include "tst_servepagescript.moc"
