// The workbench driven through its widgets, offscreen, against the in-process demo server and
// a QWebSocketServer the test controls: composer modes, history, variables, templates,
// periodic sending, close presets, reconnect on a fake clock, tabs restored after a restart and
// the preferences. The log's side of the window is tst_logwindow.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QWebSocket>
#include <QWebSocketServer>

#include "common/windowfixture.h"
#include "compose/onopenpanel.h"
#include "compose/payloadeditor.h"
#include "compose/repeatpanel.h"
#include "compose/sendbox.h"
#include "compose/templatesdock.h"
#include "compose/variablespanel.h"
#include "connection/clock.h"
#include "connection/closedialog.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "connection/reconnector.h"
#include "demo/demoserver.h"
#include "log/eventlog.h"
#include "log/logview.h"
#include "session/sessionlibrary.h"
#include "window/mainwindow.h"
#include "window/preferences.h"
#include "window/preferencesdialog.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

class TestWorkbench : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void jsonModeValidatesAndReformats();
    void binaryModes();
    void historyWalksWithUpAndDown();
    void variablesExpandOrStopTheSend();
    void templatesSaveLoadSendImport();
    void repeatPanelSendsAndStopsAtLimit();
    void closeDialogPresets();
    void reconnectCountsDownAndResendsOnOpen();
    void tabsOpenCloseAndRestore();
    void f5Reconnects();
    void languagePreferenceReachesTheWindow();
    void preferencesApplyToEveryTab();
    void savedSessionsRedactThePreferenceNames();

private:
    int outgoing(EventLog *log) const;
};

void TestWorkbench::init()
{
    initWindowFixture();
}

void TestWorkbench::cleanup()
{
    cleanupWindowFixture();
}

int TestWorkbench::outgoing(EventLog *log) const
{
    log->flush();
    return int(log->store().messageCount(Direction::Out));
}

static QString lastPreview(EventLog *log)
{
    log->flush();
    return log->index(log->rowCount() - 1, EventLog::PreviewColumn).data().toString();
}

void TestWorkbench::jsonModeValidatesAndReformats()
{
    ConnectionPage *page = connectedPage();
    SendBox *box = page->sendBox();
    box->setMode(OutgoingMessage::Mode::Json);
    PayloadEditor *editor = box->editor();
    editor->setFocus();
    editor->setPlainText("{\"b\": 1,\n \"a\" 2}");
    auto *status = child<QLabel>(box, "jsonStatusLabel");
    QTRY_VERIFY2(status->text().startsWith("Line 2, column"), qPrintable(status->text()));
    QVERIFY(!box->submit());
    QVERIFY2(box->errorText().contains("Not valid JSON"), qPrintable(box->errorText()));
    QCOMPARE(outgoing(page->log()), 0);

    editor->setPlainText("{\"b\": 1, \"a\": [2, {\"c\": null}]}");
    QTRY_COMPARE(status->text(), QString("✓ valid JSON"));
    QTest::mouseClick(child<QToolButton>(box, "prettyButton"), Qt::LeftButton);
    QCOMPARE(
        editor->toPlainText(),
        QString("{\n  \"b\": 1,\n  \"a\": [\n    2,\n    {\n      \"c\": null\n    }\n  ]\n}"));
    QTest::mouseClick(child<QToolButton>(box, "minifyButton"), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), QString("{\"b\":1,\"a\":[2,{\"c\":null}]}"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(page->log()->store().messageCount(Direction::In), 1);
    QCOMPARE(lastPreview(page->log()), QString("{\"b\":1,\"a\":[2,{\"c\":null}]}"));
}

void TestWorkbench::binaryModes()
{
    ConnectionPage *page = connectedPage();
    SendBox *box = page->sendBox();
    box->setMessage({OutgoingMessage::Mode::Base64, "AAEC/w=="});
    QVERIFY(box->submit());
    box->setMessage({OutgoingMessage::Mode::Base64, "not base64!"});
    QVERIFY(!box->submit());
    QVERIFY2(box->errorText().contains("base64"), qPrintable(box->errorText()));
    box->setMessage({OutgoingMessage::Mode::Hex, "de ad zz"});
    QVERIFY(!box->submit());

    const QString file = m_dir->filePath("blob.bin");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG-not-really", 15));
    f.close();
    box->setMode(OutgoingMessage::Mode::File);
    QVERIFY(!box->submit()); // no file chosen yet
    box->setFilePath(file);
    QVERIFY(box->submit());
    QTRY_COMPARE(page->log()->store().messageCount(Direction::In), 2);
    const EventStore &store = page->log()->store();
    QList<QByteArray> binaries;
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (store.row(i).kind == EventKind::Binary && store.row(i).direction == Direction::In)
            binaries << store.payload(i).toByteArray();
    }
    QCOMPARE(binaries, QList<QByteArray>({QByteArray("\x00\x01\x02\xff", 4),
                                          QByteArray("\x89PNG-not-really", 15)}));
}

void TestWorkbench::historyWalksWithUpAndDown()
{
    ConnectionPage *page = connectedPage();
    PayloadEditor *editor = page->sendBox()->editor();
    editor->setFocus();
    for (const char *text : {"one", "two"}) {
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        editor->clear();
    }
    QTest::keyClicks(editor, "draft");
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->toPlainText(), QString("two"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->toPlainText(), QString("one"));
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(editor->toPlainText(), QString("draft"));
    QCOMPARE(page->history().entries(), QStringList({"one", "two"}));
}

void TestWorkbench::variablesExpandOrStopTheSend()
{
    ConnectionPage *page = connectedPage();
    auto *table = page->variablesPanel()->tableWidget();
    QTest::mouseClick(child<QToolButton>(page->variablesPanel(), "addVariableButton"),
                      Qt::LeftButton);
    table->item(0, 0)->setText("user");
    table->item(0, 1)->setText("ana");
    SendBox *box = page->sendBox();
    box->setMessage({OutgoingMessage::Mode::Text, "hi {{user}} #{{$counter}}"});
    QVERIFY(box->submit());
    QTRY_COMPARE(lastPreview(page->log()), QString("hi ana #1"));
    box->setMessage({OutgoingMessage::Mode::Text, "hi {{nobody}}"});
    const int before = outgoing(page->log());
    QVERIFY(!box->submit());
    QVERIFY2(box->errorText().contains("{{nobody}}"), qPrintable(box->errorText()));
    QTest::qWait(50);
    QCOMPARE(outgoing(page->log()), before);
}

void TestWorkbench::templatesSaveLoadSendImport()
{
    ConnectionPage *page = connectedPage();
    TemplatesDock *dock = m_window->templatesDock();
    QVERIFY(dock->saveMessage({OutgoingMessage::Mode::Json, "{\"op\":\"login\"}"}, "Auth/login"));
    QVERIFY(dock->saveMessage({OutgoingMessage::Mode::Text, "ping"}, "keepalive"));
    QTreeWidget *tree = dock->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *auth = tree->findItems("Auth", Qt::MatchExactly).value(0);
    QVERIFY(auth);
    QCOMPARE(auth->child(0)->text(0), QString("login"));
    TemplateLibrary reread;
    QString error;
    QVERIFY(reread.load(m_dir->filePath("templates.json"), &error));
    QCOMPARE(reread.size(), 2);

    // Double-click loads; Enter loads and sends.
    QSignalSpy loaded(dock, &TemplatesDock::loadRequested);
    emit tree->itemDoubleClicked(auth->child(0), 0);
    QCOMPARE(page->sendBox()->mode(), OutgoingMessage::Mode::Json);
    QCOMPARE(page->sendBox()->currentText(), QString("{\"op\":\"login\"}"));
    tree->setCurrentItem(auth->child(0));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(lastPreview(page->log()), QString("{\"op\":\"login\"}"));
    QCOMPARE(loaded.count(), 2);

    // A broken file is refused with its name and the library stays as it was.
    const QString bad = m_dir->filePath("broken.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"something-else\"}");
    f.close();
    QVERIFY(!dock->importFrom(bad));
    QVERIFY2(dock->errorText().contains("broken.json"), qPrintable(dock->errorText()));
    QCOMPARE(dock->library().size(), 2);
    // Export then import into a fresh library: the same templates.
    const QString out = m_dir->filePath("export.json");
    tree->clearSelection(); // nothing selected: the whole library
    QVERIFY(dock->exportTo(out));
    TemplateLibrary other;
    QCOMPARE(other.importFile(out, &error), 2);
    QCOMPARE(other.templates(), dock->library().templates());

    // A library file that cannot be read is never overwritten.
    const QString handEdited = m_dir->filePath("hand-edited.json");
    QFile hf(handEdited);
    QVERIFY(hf.open(QIODevice::WriteOnly));
    hf.write("{ \"format\": \"wsprobe-templates\", \"templates\": [ oops ] }");
    hf.close();
    QVERIFY(!dock->setPath(handEdited));
    QVERIFY2(dock->errorText().contains("hand-edited.json"), qPrintable(dock->errorText()));
    QVERIFY(!dock->saveMessage({OutgoingMessage::Mode::Text, "x"}, "y"));
    QVERIFY(hf.open(QIODevice::ReadOnly));
    QVERIFY(hf.readAll().contains("oops"));
}

void TestWorkbench::repeatPanelSendsAndStopsAtLimit()
{
    ConnectionPage *page = connectedPage();
    page->sendBox()->setMessage({OutgoingMessage::Mode::Text, "tick {{$counter}}"});
    RepeatPanel *repeat = page->repeatPanel();
    child<QSpinBox>(repeat, "intervalSpin")->setValue(10);
    child<QSpinBox>(repeat, "limitSpin")->setValue(5);
    QTest::mouseClick(child<QPushButton>(repeat, "repeatButton"), Qt::LeftButton);
    QTRY_COMPARE(repeat->countsText(), QString("5 sent · 0 skipped"));
    QTRY_COMPARE(repeat->statusText(), QString("Done: the count was reached"));
    QTRY_COMPARE(page->log()->store().messageCount(Direction::In), 5);
    QCOMPARE(lastPreview(page->log()), QString("tick 5"));
    QVERIFY(child<QSpinBox>(repeat, "intervalSpin")->isEnabled());
}

void TestWorkbench::closeDialogPresets()
{
    CloseDialog dialog;
    dialog.show();
    auto *preset = child<QComboBox>(&dialog, "presetCombo");
    auto *spin = child<QSpinBox>(&dialog, "codeSpin");
    QCOMPARE(preset->currentData().toInt(), 1000);
    preset->setCurrentIndex(preset->findData(3000));
    emit preset->activated(preset->currentIndex());
    QCOMPARE(spin->value(), 3000);
    QCOMPARE(child<QLabel>(&dialog, "meaningLabel")->text(), QString("Unauthorized"));
    spin->setValue(4321);
    QCOMPARE(preset->currentData().toInt(), -1); // custom
    auto *ok = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok);
    child<QLineEdit>(&dialog, "reasonEdit")->setText(QString(62, QChar(0xE9))); // 124 bytes
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "bytesLabel")->text().startsWith("124 of 123"));
    child<QLineEdit>(&dialog, "reasonEdit")->setText(QString(61, QChar(0xE9)) + "x");
    QVERIFY(ok->isEnabled());
}

void TestWorkbench::reconnectCountsDownAndResendsOnOpen()
{
    QWebSocketServer server("test", QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QWebSocket *> clients;
    QStringList received;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *s = server.nextPendingConnection();
        clients << s;
        connect(s, &QWebSocket::textMessageReceived, this,
                [&](const QString &m) { received << m; });
    });
    ManualClock clock(1767323045000);
    SessionLibrary library(m_dir->filePath("sessions"));
    ConnectionPage page(clock, library);
    page.show();
    page.panel()->setUrlText(QString("ws://127.0.0.1:%1/").arg(server.serverPort()));
    Backoff b;
    b.initialMs = 2000;
    b.jitter = 0;
    b.maxAttempts = 3;
    page.panel()->setReconnect(true, b);
    page.onOpenPanel()->setMessages({"login {{$counter}}", "subscribe"});
    QSignalSpy scheduled(page.reconnector(), &Reconnector::scheduled);
    page.connectToServer();
    QTRY_COMPARE(received, QStringList({"login 1", "subscribe"}));

    clients.takeFirst()->abort();
    auto *label = child<QLabel>(&page, "reconnectLabel");
    QTRY_VERIFY(label->isVisible());
    // The panel's schedule: 2 s first, ±20 % jitter.
    const qint64 delay = scheduled.first().at(1).toLongLong();
    QVERIFY2(delay >= 1600 && delay <= 2400, qPrintable(QString::number(delay)));
    QVERIFY2(label->text().contains(
                 QString("Reconnecting in %1 s").arg(QString::number(delay / 1000.0, 'f', 1))),
             qPrintable(label->text()));
    QVERIFY(child<QPushButton>(&page, "cancelReconnectButton")->isVisible());
    clock.advance(delay - 500);
    page.reconnector()->poll();
    QVERIFY2(label->text().contains("0.5 s"), qPrintable(label->text()));
    QCOMPARE(page.connection()->readyState(), ReadyState::Closed);
    clock.advance(500);
    page.reconnector()->poll();
    QTRY_COMPARE(page.connection()->readyState(), ReadyState::Open);
    QTRY_COMPARE(received, QStringList({"login 1", "subscribe", "login 2", "subscribe"}));
    QVERIFY(!label->isVisible());
    QCOMPARE(page.stats().reconnects(), 1);

    // Dropped again; this time the user cancels the countdown.
    clients.takeFirst()->abort();
    QTRY_VERIFY(child<QPushButton>(&page, "cancelReconnectButton")->isVisible());
    QTest::mouseClick(child<QPushButton>(&page, "cancelReconnectButton"), Qt::LeftButton);
    clock.advance(60000);
    page.reconnector()->poll();
    QTest::qWait(50);
    QCOMPARE(page.connection()->readyState(), ReadyState::Closed);
    QVERIFY(!label->isVisible());
    qDeleteAll(clients);
}

void TestWorkbench::tabsOpenCloseAndRestore()
{
    {
        MainWindow *w = makeWindow();
        auto *tabs = child<QTabWidget>(w, "pageTabs");
        QCOMPARE(tabs->count(), 1);
        ConnectionPage *first = w->currentPage();
        first->panel()->setUrlText(m_server->url("/echo").toString());
        first->sendBox()->setMessage({OutgoingMessage::Mode::Json, "{\"hello\": 1}"});
        first->variablesPanel()->setTable({{"token", "abc"}});
        first->onOpenPanel()->setMessages({"auth {{token}}"});
        first->history().add("sent before");
        QTest::keyClick(w, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(tabs->count(), 2);
        ConnectionPage *second = w->currentPage();
        QVERIFY(second != first);
        second->panel()->setUrlText("ws://127.0.0.1:9/feed");
        w->renameTab(tabs->indexOf(second), "Feed");
        QCOMPARE(tabs->tabText(1), QString("Feed"));
        QTest::keyClick(w, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(tabs->count(), 3);
        QTest::keyClick(w, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(tabs->count(), 2);
        tabs->setCurrentIndex(1);
        w->close();
        m_window.reset();
    }
    MainWindow *again = makeWindow();
    auto *tabs = child<QTabWidget>(again, "pageTabs");
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(tabs->tabText(1), QString("Feed"));
    const QList<ConnectionPage *> pages = again->connectionPages();
    QCOMPARE(pages[0]->panel()->urlText(), m_server->url("/echo").toString());
    QCOMPARE(pages[0]->sendBox()->mode(), OutgoingMessage::Mode::Json);
    QCOMPARE(pages[0]->sendBox()->currentText(), QString("{\"hello\": 1}"));
    QCOMPARE(pages[0]->variablesPanel()->table(), (Variables::Table{{"token", "abc"}}));
    QCOMPARE(pages[0]->onOpenPanel()->messages(), QStringList({"auth {{token}}"}));
    QCOMPARE(pages[0]->history().entries(), QStringList({"sent before"}));
    QCOMPARE(pages[1]->panel()->urlText(), QString("ws://127.0.0.1:9/feed"));
    // The restored tab connects and sends its on-open message with the restored variable.
    again->connectionPages()[0]->connectToServer();
    QTRY_COMPARE(pages[0]->log()->store().messageCount(Direction::In), 1);
    QCOMPARE(lastPreview(pages[0]->log()), QString("auth abc"));
    // Closing the last connection tab leaves a fresh one.
    again->closeTab(0);
    again->closeTab(0);
    QTRY_COMPARE(tabs->count(), 1);
    QCOMPARE(again->currentPage()->panel()->urlText(), QString());
}

void TestWorkbench::f5Reconnects()
{
    ConnectionPage *page = connectedPage();
    QCOMPARE(page->stats().opens(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(page->stats().opens(), 2);
    QTRY_COMPARE(page->connection()->readyState(), ReadyState::Open);
    // The user's own reconnect is not counted as a drop.
    QCOMPARE(page->reconnector()->reconnectCount(), 0);
}

void TestWorkbench::languagePreferenceReachesTheWindow()
{
    // The real executable, with a home of its own whose settings choose Vietnamese while the
    // environment says English.
    const QString home = m_dir->filePath("home");
    QDir().mkpath(home + "/.config/Wsprobe");
    QSettings prefs(home + "/.config/Wsprobe/Wsprobe.conf", QSettings::IniFormat);
    prefs.setValue("Preferences/language", "vi");
    prefs.sync();
    auto help = [&](const QString &language) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home);
        env.remove("XDG_CONFIG_HOME");
        env.insert("LANG", "C.UTF-8");
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        p.setProcessEnvironment(env);
        QSettings s(home + "/.config/Wsprobe/Wsprobe.conf", QSettings::IniFormat);
        s.setValue("Preferences/language", language);
        s.sync();
        p.start(WSPROBE_GUI_PATH, {"--help"});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString vi = help("vi");
    QVERIFY2(vi.contains("Công cụ kiểm thử và gỡ lỗi WebSocket"), qPrintable(vi));
    const QString en = help("en");
    QVERIFY2(en.contains("WebSocket test and debugging tool"), qPrintable(en));
}

void TestWorkbench::preferencesApplyToEveryTab()
{
    MainWindow *w = makeWindow();
    Preferences prefs = Preferences::load(*m_settings);
    QCOMPARE(prefs.maxRows, Preferences::DefaultMaxRows);
    prefs.maxRows = 50;
    prefs.theme = Preferences::DarkTheme;
    prefs.logFont.setPointSize(17);
    // The dialog shows what it was given and gives back what it shows.
    PreferencesDialog dialog(prefs);
    const Preferences back = dialog.preferences();
    QCOMPARE(back.maxRows, 50);
    QCOMPARE(back.theme, Preferences::DarkTheme);
    QCOMPARE(back.logFont.pointSize(), 17);
    back.save(*m_settings);
    w->applyPreferences();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() < 0.5);
    QCOMPARE(w->log()->maxRows(), 50);
    QCOMPARE(w->currentPage()->logView()->table()->font().pointSize(), 17);
    ConnectionPage *added = w->newConnectionTab();
    QCOMPARE(added->log()->maxRows(), 50);
    prefs.theme = Preferences::SystemTheme;
    prefs.save(*m_settings);
    w->applyPreferences();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() >= 0.5);
}

void TestWorkbench::savedSessionsRedactThePreferenceNames()
{
    MainWindow *w = makeWindow();
    // Preferences: one name per line, trimmed, blank lines and repeats left out.
    {
        PreferencesDialog dialog(Preferences::load(*m_settings));
        auto *edit = child<QPlainTextEdit>(&dialog, "redactNamesEdit");
        QVERIFY(edit->toPlainText().isEmpty());
        edit->setPlainText("X-Api-Token\n\n  sig  \nx-api-token\n");
        QCOMPARE(dialog.preferences().redactNames, QStringList({"X-Api-Token", "sig"}));
        dialog.preferences().save(*m_settings);
    }
    QCOMPARE(Preferences::load(*m_settings).redactNames, QStringList({"X-Api-Token", "sig"}));
    PreferencesDialog again(Preferences::load(*m_settings));
    QCOMPARE(child<QPlainTextEdit>(&again, "redactNamesEdit")->toPlainText(),
             QString("X-Api-Token\nsig"));

    // A real connection whose request carries both kinds of secret.
    ConnectionPage *page = w->currentPage();
    ConnectionRequest r;
    QUrl url = m_server->url("/echo");
    url.setQuery("room=1&sig=urlsig");
    r.url = url;
    r.headers = {{"X-Api-Token", "header-token"}, {"Authorization", "Bearer s3cret"}};
    page->panel()->setRequest(r);
    page->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QVERIFY(w->connection()->sendText("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(
        w->log()->store().messageCount(Direction::In) == 1 || (w->log()->flush(), false), 10000);

#ifdef Q_OS_UNIX
    const mode_t saved = ::umask(0);
    const auto restore = qScopeGuard([saved] { ::umask(saved); });
#endif
    for (bool keep : {false, true}) {
        const QString path = m_dir->filePath(keep ? "kept.har" : "shared.har");
        QString error;
        QVERIFY2(w->exportCurrent(path, SessionWriter::Format::Har, ExportDialog::Rows::All, keep,
                                  &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray har = f.readAll();
        QVERIFY2(!har.contains("header-token") && !har.contains("urlsig"), har.constData());
        QVERIFY(har.contains("hello"));
        QCOMPARE(har.contains("Bearer s3cret"), keep);
#ifdef Q_OS_UNIX
        // Keeping secrets makes the file private, even under umask 000.
        QCOMPARE(bool(QFile::permissions(path) & (QFile::ReadOther | QFile::WriteOther)), !keep);
#endif
    }
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
