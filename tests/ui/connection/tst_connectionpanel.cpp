// The request panel as a user meets it, offscreen: adding headers by typing, the bulk editor,
// room for four rows, a message strip that moves nothing and clears when its cause is fixed,
// Ctrl+L while connected, the query-parameter rows and the Auth tab.
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include "collection/savedconnection.h"
#include "common/windowfixture.h"
#include "compose/payloadeditor.h"
#include "compose/scriptpanel.h"
#include "compose/sendbox.h"
#include "connection/autheditor.h"
#include "connection/clock.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "connection/connectionstats.h"
#include "connection/elidedlabel.h"
#include "connection/statspanel.h"
#include "connection/statusindicators.h"
#include "demo/demoserver.h"
#include "protocol/requestvalidator.h"
#include "window/mainwindow.h"

class TestConnectionPanel : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }
    void scriptTravelsWithASavedConnection();

    void addHeaderStartsEditingTheName();
    void bulkEditorBothWays();
    void tablesShowFourRows();
    void messagesDoNotMoveThePanel();
    void refusedRequestErrorClearsWhenFixed();
    void unreadHeaderTextRefusesToConnect();
    void urlIsSentAsABrowserSendsIt();
    void urlErrorsNameThePart_data();
    void urlErrorsNameThePart();
    void subprotocolErrorClearsWhenFixed();
    void ctrlLWhileConnectedTypesIntoTheUrl();
    void paramsFollowTheUrlAndBack();
    void authFillsTheRequest();
    void longStatusTextDoesNotWidenTheWindow();
    void openComposerTabIsRestoredByName();
    void statisticsRefreshOnlyWhileShown();

private:
    static QWidget *typeIntoFocus(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        if (focus)
            QTest::keyClicks(focus, text);
        return focus;
    }
};

void TestConnectionPanel::addHeaderStartsEditingTheName()
{
    ConnectionPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    panel.setUrlText("ws://127.0.0.1:1/x");
    QSignalSpy connects(&panel, &ConnectionPanel::connectRequested);
    auto *table = child<QTableWidget>(&panel, "headerTable");
    QTest::mouseClick(child<QToolButton>(&panel, "addHeaderButton"), Qt::LeftButton);
    // The keyboard is in the new row's Name cell: what is typed goes there, Tab goes to the
    // value, Return commits — and neither the URL nor Connect sees any of it.
    QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(table->currentColumn(), 0);
    typeIntoFocus("X-Name");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeIntoFocus("v1");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The delegate commits on Return from the event loop.
    QTRY_COMPARE(panel.request().headers.value(0).value, QByteArray("v1"));
    const ConnectionRequest r = panel.request();
    QCOMPARE(r.headers.size(), 1);
    QCOMPARE(r.headers[0].name, QByteArray("X-Name"));
    QCOMPARE(r.headers[0].value, QByteArray("v1"));
    QCOMPARE(panel.urlText(), QString("ws://127.0.0.1:1/x"));
    QCOMPARE(connects.count(), 0);
    QCOMPARE(child<QTabWidget>(&panel, "requestTabs")->tabText(1), QString("Headers (1)"));
}

void TestConnectionPanel::bulkEditorBothWays()
{
    ConnectionPanel panel;
    panel.show();
    ConnectionRequest r;
    r.url = QUrl("ws://h/");
    r.headers = {{"A", "1"}, {"B", "two"}};
    panel.setRequest(r);
    child<QTabWidget>(&panel, "requestTabs")->setCurrentIndex(1);
    auto *bulk = child<QToolButton>(&panel, "bulkEditButton");
    auto *text = child<QPlainTextEdit>(&panel, "headerTextEdit");
    bulk->click();
    QVERIFY(text->isVisible());
    QCOMPARE(text->toPlainText(), QString("A: 1\nB: two"));
    // Pasted from DevTools, with one line that is not a header.
    text->setPlainText("A: 1\nB: two\nC 3\nX-Trace: t:1\n");
    QCOMPARE(panel.request().headers.size(), 2); // the table's until the text reads
    bulk->click();
    QVERIFY(bulk->isChecked()); // stays on the text
    QVERIFY(panel.hasError());
    QVERIFY2(panel.message().contains("Line 3"), qPrintable(panel.message()));
    // Putting the line right clears the message without a click.
    text->setPlainText("A: 1\nB: two\nC: 3\nX-Trace: t:1\n");
    QVERIFY(!panel.hasError());
    QCOMPARE(panel.request().headers,
             HeaderList({{"A", "1"}, {"B", "two"}, {"C", "3"}, {"X-Trace", "t:1"}}));
    bulk->click();
    QVERIFY(!bulk->isChecked());
    auto *table = child<QTableWidget>(&panel, "headerTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(3, 1)->text(), QString("t:1"));
}

void TestConnectionPanel::tablesShowFourRows()
{
    ConnectionPanel panel;
    panel.resize(340, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *tabs = child<QTabWidget>(&panel, "requestTabs");
    for (const char *name : {"paramTable", "headerTable"}) {
        auto *table = child<QTableWidget>(&panel, name);
        tabs->setCurrentWidget(table->parentWidget()->inherits("QStackedWidget")
                                   ? table->parentWidget()->parentWidget()
                                   : table->parentWidget());
        QTRY_VERIFY(table->isVisible());
        QVERIFY2(table->height() >= 150, name);
        const int rows =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 4, qPrintable(QString("%1: %2 rows").arg(name).arg(rows)));
    }
    auto *list = child<QListWidget>(&panel, "protocolList");
    QVERIFY(list->height() >= 150);
    // Four items as the list draws them.
    list->addItems({"a", "b", "c", "d"});
    QVERIFY2(list->viewport()->height() >= 4 * list->sizeHintForRow(0),
             qPrintable(QString::number(list->viewport()->height())));
}

void TestConnectionPanel::messagesDoNotMoveThePanel()
{
    ConnectionPanel panel;
    panel.resize(340, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto positions = [&panel] {
        QList<QPoint> out;
        for (const char *name : {"requestTabs", "protocolGroup", "optionsGroup", "originEdit"})
            out << child<QWidget>(&panel, name)->mapTo(&panel, QPoint(0, 0));
        return out;
    };
    const QList<QPoint> before = positions();
    const int minimumWidth = panel.minimumSizeHint().width();
    // Long, with a URL no line can hold: it is cut to the strip, whole in the tooltip.
    const QString longError =
        RequestValidator::checkUrl(QUrl("wss://" + QString(300, 'a') + ".example/?x=1#frag")) + " "
        + QString(40, 'b') + QString(" word").repeated(60);
    panel.showError(longError);
    QCoreApplication::sendPostedEvents();
    QApplication::processEvents();
    QCOMPARE(positions(), before);
    QCOMPARE(panel.minimumSizeHint().width(), minimumWidth);
    auto *strip = child<ElidedLabel>(&panel, "messageLabel");
    QCOMPARE(strip->text(), longError);
    QVERIFY(strip->isElided());
    QCOMPARE(strip->toolTip(), longError);
    QCOMPARE(strip->visibleLines().size(), 3);
    panel.clearError();
    QApplication::processEvents();
    QCOMPARE(positions(), before);
    QVERIFY(strip->toolTip().isEmpty());
}

void TestConnectionPanel::refusedRequestErrorClearsWhenFixed()
{
    // Through the window: Connect, the core refuses the request, the panel says why.
    MainWindow *w = makeWindow();
    ConnectionPage *page = w->currentPage();
    ConnectionPanel *panel = page->panel();
    ConnectionRequest r;
    r.url = m_server->url("/echo");
    r.headers = {{"Sec-WebSocket-Key", "x"}};
    panel->setRequest(r);
    QTest::mouseClick(child<QPushButton>(panel, "connectButton"), Qt::LeftButton);
    QCOMPARE(w->connection()->readyState(), ReadyState::Closed);
    QVERIFY(panel->hasError());
    QVERIFY2(panel->message().contains("Sec-WebSocket-Key"), qPrintable(panel->message()));
    QVERIFY2(!panel->message().contains("Protocol"), qPrintable(panel->message()));
    // Renaming the header is the fix: the message goes as it is made.
    auto *table = child<QTableWidget>(panel, "headerTable");
    table->item(0, 0)->setText("X-Key");
    QVERIFY(!panel->hasError());
    // Another refusal, then an edit that fixes one cause and leaves another: the message
    // follows the remaining one.
    table->item(0, 0)->setText("Host");
    QTest::mouseClick(child<QPushButton>(panel, "connectButton"), Qt::LeftButton);
    QVERIFY(panel->message().contains("Host"));
    child<QLineEdit>(panel, "originEdit")->setText("http://a\nb");
    QVERIFY(panel->message().contains("Host"));
    table->item(0, 0)->setText("X-Host");
    QVERIFY2(panel->message().contains("Origin"), qPrintable(panel->message()));
    child<QLineEdit>(panel, "originEdit")->clear();
    QVERIFY(!panel->hasError());
    QTest::mouseClick(child<QPushButton>(panel, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
}

void TestConnectionPanel::unreadHeaderTextRefusesToConnect()
{
    // QA: a line without a colon in the bulk editor made Connect open the connection with
    // none of the typed headers (the table's, still empty), and no message anywhere.
    MainWindow *w = makeWindow();
    ConnectionPanel *panel = w->currentPage()->panel();
    panel->setUrlText(m_server->url("/echo").toString());
    auto *tabs = child<QTabWidget>(panel, "requestTabs");
    tabs->setCurrentIndex(2); // away from Headers: the refusal brings the user back there
    QSignalSpy clients(m_server, &DemoServer::clientCountChanged);
    child<QToolButton>(panel, "bulkEditButton")->click();
    auto *text = child<QPlainTextEdit>(panel, "headerTextEdit");
    const QString typed = "NoColonLine\nX-Ok: 1\nBad Name: x";
    text->setPlainText(typed);
    QCOMPARE(tabs->tabText(1), QString("Headers (!)"));
    QTest::mouseClick(child<QPushButton>(panel, "connectButton"), Qt::LeftButton);
    QCOMPARE(w->connection()->readyState(), ReadyState::Closed);
    QVERIFY(panel->hasError());
    // Every bad line, by number and text; the good one is not blamed.
    const QString message = panel->message();
    QVERIFY2(message.contains("Line 1") && message.contains("NoColonLine"), qPrintable(message));
    QVERIFY2(message.contains("Line 3") && message.contains("Bad Name"), qPrintable(message));
    QVERIFY2(!message.contains("X-Ok"), qPrintable(message));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(text->toPlainText(), typed); // nothing typed is lost
    QVERIFY(text->isVisible());
    // Putting the lines right clears the message; the headers then go out as typed.
    text->setPlainText("No-Colon: line\nX-Ok: 1");
    QVERIFY(!panel->hasError());
    QCOMPARE(tabs->tabText(1), QString("Headers (2)"));
    QTest::mouseClick(child<QPushButton>(panel, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QVERIFY(w->connection()->handshake().requestHeaders.contains(HeaderField{"X-Ok", "1"}));
    QVERIFY(w->connection()->handshake().requestHeaders.contains(HeaderField{"No-Colon", "line"}));
    // The server's first client is this one: the refused click opened nothing.
    QTRY_VERIFY(!clients.isEmpty());
    QCOMPARE(clients.first().first().toInt(), 1);
}

void TestConnectionPanel::urlIsSentAsABrowserSendsIt()
{
    // QA: a space in the query was refused ("Invalid query (character ' ' not permitted)"),
    // though browsers and Node send it as %20 and the Params rows build the same URL.
    MainWindow *w = makeWindow();
    ConnectionPanel *panel = w->currentPage()->panel();
    const QString base = m_server->url("/echo").toString();
    panel->setUrlText(base + "?code=4321&reason=server says bye");
    QTest::mouseClick(child<QPushButton>(panel, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QCOMPARE(w->connection()->handshake().requestLine,
             QByteArray("GET /echo?code=4321&reason=server%20says%20bye HTTP/1.1"));
    // The field shows the URL as it went out; the Params rows still read as typed.
    QCOMPARE(panel->urlText(), base + "?code=4321&reason=server%20says%20bye");
    QCOMPARE(child<QTableWidget>(panel, "paramTable")->item(1, 1)->text(),
             QString("server says bye"));
    QVERIFY(!panel->hasError());
}

void TestConnectionPanel::urlErrorsNameThePart_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::addRow("port") << "ws://127.0.0.1:99999/"
                          << "The port 99999 is out of range (1–65535).";
    QTest::addRow("ipv6") << "ws://[::1"
                          << "The IPv6 address is missing its closing \"]\".";
}

void TestConnectionPanel::urlErrorsNameThePart()
{
    // QA: these gave QUrl's debugging text ('...; source was "..."; scheme = "ws", host = ""').
    QFETCH(QString, url);
    QFETCH(QString, message);
    MainWindow *w = makeWindow();
    ConnectionPanel *panel = w->currentPage()->panel();
    panel->setUrlText(url);
    QTest::mouseClick(child<QPushButton>(panel, "connectButton"), Qt::LeftButton);
    QCOMPARE(w->connection()->readyState(), ReadyState::Closed);
    QCOMPARE(panel->message(), message);
    QCOMPARE(panel->urlText(), url); // refused, and left as typed to be put right
}

void TestConnectionPanel::subprotocolErrorClearsWhenFixed()
{
    ConnectionPanel panel;
    panel.show();
    auto *edit = child<QLineEdit>(&panel, "protocolEdit");
    QTest::keyClicks(edit, "bad token");
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(panel.hasError());
    QTest::keyClick(edit, Qt::Key_Backspace); // "bad toke": still has the space
    QVERIFY(panel.hasError());
    edit->setText("badtoken");
    QVERIFY(!panel.hasError());
    // A connection's failure is not the request's: it stays until the URL changes.
    panel.showError("Connection refused");
    edit->setText("x y");
    QVERIFY(panel.hasError());
    panel.setUrlText("ws://127.0.0.1:2/");
    QVERIFY(!panel.hasError());
}

void TestConnectionPanel::ctrlLWhileConnectedTypesIntoTheUrl()
{
    ConnectionPage *page = connectedPage("/echo");
    MainWindow *w = m_window.get();
    QVERIFY(page);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    page->focusComposer();
    PayloadEditor *editor = page->sendBox()->editor();
    editor->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(editor->hasFocus() || editor->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    // The selected URL has the keyboard: typing replaces it, the composer stays empty.
    const QString other = m_server->url("/ticker").toString();
    QWidget *typedInto = typeIntoFocus(other);
    QVERIFY(typedInto);
    QCOMPARE(page->panel()->urlText(), other);
    QCOMPARE(page->sendBox()->currentText(), QString());
    QCOMPARE(w->connection()->readyState(), ReadyState::Open); // nothing reconnected yet
    QVERIFY(!page->panel()->hasError());
    QVERIFY2(page->panel()->message().contains("F5"), qPrintable(page->panel()->message()));
    // F5 reconnects to the edited URL, and the note goes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->url().path(), QString("/ticker"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QVERIFY(page->panel()->message().isEmpty());
}

void TestConnectionPanel::paramsFollowTheUrlAndBack()
{
    ConnectionPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    auto *url = child<QComboBox>(&panel, "urlCombo")->lineEdit();
    QTest::keyClicks(url, "ws://h/p?a=1&b=x%20y#f");
    auto *table = child<QTableWidget>(&panel, "paramTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QString("b"));
    QCOMPARE(table->item(1, 1)->text(), QString("x y"));
    QCOMPARE(child<QTabWidget>(&panel, "requestTabs")->tabText(0), QString("Params (2)"));
    // A value with separators in it is encoded; the untouched pair keeps its spelling.
    table->item(0, 1)->setText("1&2");
    QCOMPARE(panel.urlText(), QString("ws://h/p?a=1%262&b=x%20y#f"));
    // Added by typing, as headers are.
    QTest::mouseClick(child<QToolButton>(&panel, "addParamButton"), Qt::LeftButton);
    QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
    typeIntoFocus("n");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeIntoFocus("v w");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(panel.urlText(), QString("ws://h/p?a=1%262&b=x%20y&n=v%20w#f"));
    QCOMPARE(panel.request().url.query(QUrl::FullyDecoded), QString("a=1&2&b=x y&n=v w"));
    table->setCurrentCell(0, 0);
    QTest::mouseClick(child<QToolButton>(&panel, "removeParamButton"), Qt::LeftButton);
    QCOMPARE(panel.urlText(), QString("ws://h/p?b=x%20y&n=v%20w#f"));
    // And the URL again: the rows follow.
    url->setText("ws://h/p");
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(child<QTabWidget>(&panel, "requestTabs")->tabText(0), QString("Params"));
}

void TestConnectionPanel::authFillsTheRequest()
{
    ConnectionPanel panel;
    panel.setUrlText("ws://h/p?room=1");
    auto *auth = child<AuthEditor>(&panel, "authEditor");
    auto *type = child<QComboBox>(auth, "authTypeCombo");
    type->setCurrentIndex(type->findData(int(RequestAuth::Kind::Bearer)));
    child<QLineEdit>(auth, "tokenEdit")->setText("t0k");
    ConnectionRequest r = panel.request();
    QCOMPARE(r.headers, HeaderList({{"Authorization", "Bearer t0k"}}));
    QCOMPARE(child<QTableWidget>(&panel, "headerTable")->rowCount(), 0); // the tab owns it
    QVERIFY(!child<QLabel>(auth, "authNoteLabel")->text().contains("t0k"));
    QCOMPARE(child<QTabWidget>(&panel, "requestTabs")->tabText(2), QString("Auth: Bearer token"));

    type->setCurrentIndex(type->findData(int(RequestAuth::Kind::ApiKeyHeader)));
    auto *placement = child<QComboBox>(auth, "keyPlacementCombo");
    placement->setCurrentIndex(placement->findData(int(RequestAuth::Kind::ApiKeyQuery)));
    child<QLineEdit>(auth, "keyNameEdit")->setText("sig");
    child<QLineEdit>(auth, "keyValueEdit")->setText("s 1");
    r = panel.request();
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), QString("ws://h/p?room=1&sig=s%201"));
    QCOMPARE(r.auth, AuthMarker({AuthMarker::Kind::ApiKeyQuery, "sig"}));
    QCOMPARE(panel.urlText(), QString("ws://h/p?room=1")); // the field keeps what was typed
    // A tab restored from this request shows the key in the Auth tab again, not in the URL.
    ConnectionPanel restored;
    restored.setRequest(r);
    QCOMPARE(restored.urlText(), QString("ws://h/p?room=1"));
    QCOMPARE(restored.request().url, r.url);
    QCOMPARE(child<QLineEdit>(&restored, "keyValueEdit")->text(), QString("s 1"));
    // No name: the check says so, naming the Auth tab.
    child<QLineEdit>(auth, "keyNameEdit")->clear();
    QVERIFY(RequestValidator::checkRequest(panel.request()).contains("Auth"));
}

void TestConnectionPanel::longStatusTextDoesNotWidenTheWindow()
{
    MainWindow *w = makeWindow();
    const int before = w->minimumSizeHint().width();
    const QString extensions = QString("permessage-deflate; client_max_window_bits=15; "
                                       "server_max_window_bits=15; server_no_context_takeover")
                                   .repeated(3);
    w->indicators()->setNegotiated("graphql-transport-ws.v2.long-name", extensions);
    w->statusBar()->showMessage(QString("Connected to ws://") + QString(400, 'x'));
    QApplication::processEvents();
    const int after = w->minimumSizeHint().width();
    QVERIFY2(after <= before + 40, qPrintable(QString("%1 → %2").arg(before).arg(after)));
    QVERIFY2(after < 1000, qPrintable(QString::number(after)));
    // The whole text is there for whoever hovers.
    QCOMPARE(w->indicators()->protocolText(),
             "protocol: graphql-transport-ws.v2.long-name · extensions: " + extensions);
    w->resize(800, 600);
    QApplication::processEvents();
    QVERIFY(w->width() <= 800);
    auto *protocol = w->indicators()->findChild<ElidedLabel *>();
    QVERIFY(protocol);
    QVERIFY(protocol->isElided());
    QCOMPARE(protocol->toolTip(), w->indicators()->protocolText());
}

void TestConnectionPanel::openComposerTabIsRestoredByName()
{
    MainWindow *w = makeWindow();
    ConnectionPage *page = w->currentPage();
    auto *tabs = child<QTabWidget>(page, "composerTabs");
    tabs->setCurrentWidget(page->statsPanel());
    const QVariantMap saved = page->saveState();
    tabs->setCurrentIndex(0);
    page->restoreState(saved);
    QCOMPARE(tabs->currentWidget(), page->statsPanel());
    // A workspace from before the Script and Protocol tabs: index 4 of its five was Statistics
    // (now the sixth tab), index 1 was Repeat.
    QVariantMap old = saved;
    old.remove("composerPanel");
    old.insert("composerTab", 4);
    tabs->setCurrentIndex(0);
    page->restoreState(old);
    QCOMPARE(tabs->currentWidget(), page->statsPanel());
    old.insert("composerTab", 1);
    page->restoreState(old);
    QCOMPARE(tabs->currentWidget()->objectName(), QString("repeatPanel"));
}

void TestConnectionPanel::statisticsRefreshOnlyWhileShown()
{
    ConnectionStats stats;
    ManualClock clock(1767323045678);
    StatsPanel panel(stats, clock);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto received = [&panel](int n) {
        return panel.text().contains(QStringLiteral("Received: %1 messages").arg(n));
    };
    stats.record(Event::message(clock.nowMs(), Direction::In, true, "a"));
    QTRY_VERIFY(received(1)); // twice a second while shown
    panel.hide();
    stats.record(Event::message(clock.nowMs(), Direction::In, true, "b"));
    QTest::qWait(1200);
    QVERIFY2(received(1), qPrintable(panel.text())); // hidden: not formatted for nobody
    panel.show();
    QVERIFY2(received(2), qPrintable(panel.text())); // shown again: current at once
}

void TestConnectionPanel::scriptTravelsWithASavedConnection()
{
    // Tab → saved connection → its JSON on disk → a new tab: the script comes back whole.
    MainWindow *w = makeWindow();
    ConnectionPage *page = w->currentPage();
    const QString script = "const onMessage = m => m.data.toUpperCase();\nws.send('é \\u0001');\n";
    page->scriptPanel()->setScript(script);
    const SavedConnection saved = SavedConnection::fromTabState(page->saveState(), "s");
    QCOMPARE(saved.script, script);
    const QJsonObject json =
        QJsonDocument::fromJson(QJsonDocument(saved.toJson()).toJson()).object();
    QCOMPARE(json.value("script").toString(), script);
    const SavedConnection read = SavedConnection::fromJson(json);
    QVERIFY(read == saved);
    page->scriptPanel()->setScript({});
    page->restoreState(read.toTabState());
    QCOMPARE(page->scriptPanel()->script(), script);
    // A connection saved without a script leaves the key out and restores an empty editor.
    SavedConnection none = read;
    none.script.clear();
    QVERIFY(!none.toJson().contains("script"));
    page->restoreState(none.toTabState());
    QCOMPARE(page->scriptPanel()->script(), QString());
}

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
