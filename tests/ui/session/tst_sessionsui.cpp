// Sessions in the window: every connection journaled, opened into read-only tabs, saved,
// recovered after a crash, replayed with a comparison. Offscreen, through the widgets.
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "common/burst.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "demo/demoserver.h"
#include "log/eventlog.h"
#include "log/logview.h"
#include "replay/replaypage.h"
#include "session/eventjson.h"
#include "session/exportdialog.h"
#include "session/sessionpage.h"
#include "session/sessionreader.h"
#include "session/sessionsdialog.h"
#include "session/sessiontitle.h"
#include "session/sessionwriter.h"
#include "window/mainwindow.h"

class TestSessionsUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyConnectionIsJournaled();
    void journalKeepsABurstThenClose_data();
    void journalKeepsABurstThenClose();
    void openSessionInReadOnlyTab();
    void corruptSessionIsReportedAndWindowKeepsWorking();
    void saveSelectedRowsAsHar();
    void saveWithDecodedValues();
    void harWithSeveralEntriesOffersAChoice();
    void firefoxHarOpensItsHandshakeAndSaysWhy();
    void recoveryOffersUnfinishedJournals();
    void replayComparesReplies();
    void recentSessionsGroupReconnectsAndFilter();

private:
    /// Presses the button with this text on the next message box that appears.
    void answerNextMessageBox(const QString &buttonText);
    /// On the next HAR entry dialog: notes the URLs listed, selects the rows given (all when
    /// empty) and presses the button with this text.
    void answerNextEntryDialog(const QList<int> &rows, const QString &buttonText);
    QStringList m_listedUrls;
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>("pageTabs"); }
    QString writeSession(const QString &name, const QByteArray &content);

    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    DemoServer *m_server = nullptr;
    QStringList m_boxTexts;
};

void TestSessionsUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_clock, *m_settings);
    m_window->setSessionFolder(m_dir->filePath("sessions"));
    m_window->show();
    m_server = new DemoServer(m_window.get());
    QVERIFY(m_server->start());
    m_boxTexts.clear();
}

void TestSessionsUi::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSessionsUi::answerNextMessageBox(const QString &buttonText)
{
    QTimer::singleShot(50, this, [this, buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(buttonText); // not up yet
            return;
        }
        m_boxTexts << box->text() + "\n" + box->informativeText() + "\n" + box->detailedText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove('&') == buttonText) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

void TestSessionsUi::answerNextEntryDialog(const QList<int> &rows, const QString &buttonText)
{
    QTimer::singleShot(50, this, [this, rows, buttonText] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != "harEntryDialog") {
            answerNextEntryDialog(rows, buttonText); // not up yet
            return;
        }
        auto *list = dialog->findChild<QTreeWidget *>("harEntries");
        m_listedUrls.clear();
        list->clearSelection();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            m_listedUrls << list->topLevelItem(i)->text(1);
            list->topLevelItem(i)->setSelected(rows.isEmpty() || rows.contains(i));
        }
        for (auto *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().remove('&') == buttonText) {
                b->click();
                return;
            }
        }
        static_cast<QDialog *>(dialog)->reject();
    });
}

QString TestSessionsUi::writeSession(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void TestSessionsUi::everyConnectionIsJournaled()
{
    m_window->connectTo(m_server->url("/echo").toString());
    Connection *c = m_window->connection();
    QTRY_COMPARE(c->readyState(), ReadyState::Open);
    c->sendText("journaled");
    QTRY_COMPARE(m_window->log()->totalCount(), 4); // handshake, open, out, in
    QCOMPARE(m_window->sessionLibrary().list().size(), 1);
    QCOMPARE(int(m_window->sessionLibrary().list().first().state),
             int(SessionLibrary::Entry::State::Recording));
    c->close(1000);
    QTRY_COMPARE(c->readyState(), ReadyState::Closed);
    QTRY_COMPARE(int(m_window->sessionLibrary().list().first().state),
                 int(SessionLibrary::Entry::State::Finished));
    const SessionLibrary::Entry entry = m_window->sessionLibrary().list().first();
    QCOMPARE(entry.summary.messagesOut, 1);
    QCOMPARE(entry.summary.messagesIn, 1);
    QCOMPARE(entry.summary.url, m_server->url("/echo"));
    Session s;
    QString error;
    QVERIFY(SessionReader::readFile(entry.path, &s, &error));
    QCOMPARE(s.events.size(), m_window->log()->totalCount());
}

void TestSessionsUi::journalKeepsABurstThenClose_data()
{
    Burst::addRows();
}

void TestSessionsUi::journalKeepsABurstThenClose()
{
    // The window's journal and log see every message of a burst that ends with Close + FIN.
    QFETCH(int, count);
    QFETCH(int, size);
    QFETCH(bool, withClose);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(Burst::bytes(count, size, withClose), true);
    m_window->connectTo(peer.url().toString());
    Connection *c = m_window->connection();
    QTRY_COMPARE_WITH_TIMEOUT(c->readyState(), ReadyState::Closed, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_window->sessionLibrary().list().first().state),
                              int(SessionLibrary::Entry::State::Finished), 60000);
    const SessionLibrary::Entry entry = m_window->sessionLibrary().list().first();
    QCOMPARE(entry.summary.messagesIn, count);
    Session s;
    QString error;
    QVERIFY(SessionReader::readFile(entry.path, &s, &error));
    int messages = 0;
    bool inOrder = true;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const Event e = s.events.at(i);
        if (e.isMessage() && RawPeer::sequenceNumber(e.payload) != messages++)
            inOrder = false;
    }
    QCOMPARE(messages, count);
    QVERIFY(inOrder);
    const Event last = s.events.at(s.events.size() - 1);
    QCOMPARE(last.kind, EventKind::Close);
    QCOMPARE(last.code, withClose ? int(Burst::CloseCode) : 1006);
    QCOMPARE(last.wasClean, withClose);
    QCOMPARE(m_window->log()->store().messageCount(Direction::In), count);
}

void TestSessionsUi::openSessionInReadOnlyTab()
{
    SessionHeader header;
    header.createdMs = 1767323045678;
    header.request.url = QUrl("ws://example.test/feed");
    EventStore events;
    events.append(Event::open(header.createdMs, {}, {}));
    for (int i = 0; i < 1000; ++i)
        events.append(Event::message(header.createdMs + i, i % 2 ? Direction::In : Direction::Out,
                                     true, QByteArray::number(i)));
    const QString path = writeSession("feed.wsprobe.jsonl", SessionWriter::jsonl(header, events));
    QVERIFY(m_window->openSessionFile(path));
    QCOMPARE(tabs()->count(), 2);
    auto *page = qobject_cast<SessionPage *>(tabs()->currentWidget());
    QVERIFY(page);
    // Named by where and when it was recorded, not by its file.
    QCOMPARE(tabs()->tabText(1), SessionTitle::forRecording(header.request.url, header.createdMs,
                                                            QDate::currentDate()));
    QVERIFY2(tabs()->tabText(1).startsWith(QString::fromUtf8("example.test/feed — ")),
             qPrintable(tabs()->tabText(1)));
    QCOMPARE(page->log()->rowCount(), 1001);
    QCOMPARE(
        page->logView()->table()->model()->index(1000, EventLog::PreviewColumn).data().toString(),
        QString("999"));
    QVERIFY(page->findChild<QLabel *>()->text().contains("500 sent, 500 received"));
    // The live log is untouched, and the recording cannot be cleared.
    QCOMPARE(m_window->log()->totalCount(), 0);
    QVERIFY(!page->logView()->findChild<QPushButton *>("clearButton")->isVisible());
    // Its tab closes; the live tab cannot.
    emit tabs()->tabCloseRequested(1);
    QCOMPARE(tabs()->count(), 1);
    emit tabs()->tabCloseRequested(0);
    QCOMPARE(tabs()->count(), 1);
}

void TestSessionsUi::corruptSessionIsReportedAndWindowKeepsWorking()
{
    // A file that is not a session at all: an error, no tab.
    answerNextMessageBox("OK");
    QVERIFY(!m_window->openSessionFile(writeSession("junk.wsprobe.jsonl", "hello\n")));
    QCOMPARE(tabs()->count(), 1);
    QVERIFY2(m_boxTexts.value(0).contains("line 1"), qPrintable(m_boxTexts.value(0)));

    // A session with a bad line: it opens, and the skipped line is named.
    SessionHeader header;
    header.createdMs = 1000;
    EventStore events;
    events.append(Event::message(1001, Direction::In, true, "ok"));
    QByteArray text = SessionWriter::jsonl(header, events);
    text += "{broken\n";
    text += EventJson::toLine(Event::message(1002, Direction::In, true, "still here")) + "\n";
    answerNextMessageBox("OK");
    QVERIFY(m_window->openSessionFile(writeSession("partly.wsprobe.jsonl", text)));
    QCOMPARE(tabs()->count(), 2);
    QVERIFY2(m_boxTexts.value(1).contains("line 3"), qPrintable(m_boxTexts.value(1)));
    auto *page = qobject_cast<SessionPage *>(tabs()->currentWidget());
    QCOMPARE(page->log()->rowCount(), 2);

    // The window still connects.
    m_window->connectTo(m_server->url("/echo").toString());
    QTRY_COMPARE(m_window->connection()->readyState(), ReadyState::Open);
}

void TestSessionsUi::saveSelectedRowsAsHar()
{
    m_window->connectTo(m_server->url("/echo").toString());
    Connection *c = m_window->connection();
    QTRY_COMPARE(c->readyState(), ReadyState::Open);
    c->sendText("one");
    c->sendBinary(QByteArray("\x01\x02", 2));
    QTRY_COMPARE(m_window->log()->rowCount(), 6);
    QTableView *table = m_window->findChild<LogView *>("logView")->table();
    table->selectRow(3);
    table->selectionModel()->select(table->model()->index(4, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString har = m_dir->filePath("selected.har");
    QString error;
    QVERIFY2(m_window->exportCurrent(har, SessionWriter::Format::Har, ExportDialog::Rows::Selected,
                                     false, &error),
             qPrintable(error));
    Session s;
    QVERIFY2(SessionReader::load(har, -1, &s, &error), qPrintable(error));
    QList<QByteArray> payloads;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        if (s.events.at(i).isMessage())
            payloads << s.events.at(i).payload;
    }
    QCOMPARE(payloads.size(), 2);
    QCOMPARE(s.header.request.url, m_server->url("/echo"));
}

void TestSessionsUi::saveWithDecodedValues()
{
    // The dialog offers the choice only for a tab with a decoder, naming it.
    ExportDialog plain(0);
    auto *check = plain.findChild<QCheckBox *>("decodedCheck");
    QVERIFY(check && check->isHidden());
    check->setChecked(true);
    QVERIFY(!plain.withDecoded());
    ExportDialog offered(0);
    offered.offerDecoded("base64,json");
    check = offered.findChild<QCheckBox *>("decodedCheck");
    QVERIFY(!check->isHidden());
    QVERIFY2(check->text().contains("base64,json"), qPrintable(check->text()));
    QVERIFY(!offered.withDecoded());
    check->setChecked(true);
    QVERIFY(offered.withDecoded());

    m_window->connectTo(m_server->url("/echo").toString());
    QTRY_COMPARE(m_window->connection()->readyState(), ReadyState::Open);
    DecodePipeline pipeline;
    QString error;
    QVERIFY2(DecodePipeline::parse("base64,json", &pipeline, &error), qPrintable(error));
    m_window->log()->setDecodePipeline(pipeline);
    m_window->connection()->sendText("eyJvcCI6Im1vdmUifQ==");
    QTRY_COMPARE(m_window->log()->store().messageCount(Direction::In), 1);
    for (bool decoded : {true, false}) {
        const QString path = m_dir->filePath(decoded ? "decoded.jsonl" : "raw.jsonl");
        QVERIFY2(m_window->exportCurrent(path, SessionWriter::Format::Jsonl,
                                         ExportDialog::Rows::All, false, &error, decoded),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\"decoded\":{\"op\":\"move\"}"), decoded ? 2 : 0);
    }
}

void TestSessionsUi::harWithSeveralEntriesOffersAChoice()
{
    const QString har = WSPROBE_TEST_DATA_DIR "/har/two-websockets.har";
    const int before = tabs()->count();
    // Both WebSocket connections are listed; "Open All" opens each in its own tab.
    answerNextEntryDialog({}, "Open All");
    QVERIFY(m_window->openSessionFile(har));
    QCOMPARE(m_listedUrls,
             (QStringList{"wss://app.example/feed", "wss://app.example/chat?room=7"}));
    QCOMPARE(tabs()->count(), before + 2);
    QVERIFY2(tabs()->tabText(before).startsWith(QString::fromUtf8("app.example/feed — "))
                 && tabs()->tabText(before).endsWith(" · entry 1"),
             qPrintable(tabs()->tabText(before)));
    QVERIFY2(tabs()->tabText(before + 1).startsWith(QString::fromUtf8("app.example/chat — "))
                 && tabs()->tabText(before + 1).endsWith(" · entry 3"),
             qPrintable(tabs()->tabText(before + 1)));
    auto *chat = qobject_cast<SessionPage *>(tabs()->widget(before + 1));
    QCOMPARE(chat->sessionEvents().messageCount(Direction::Out), 2);

    // Only the one chosen.
    answerNextEntryDialog({1}, "Open");
    QVERIFY(m_window->openSessionFile(har));
    QCOMPARE(tabs()->count(), before + 3);
    QCOMPARE(qobject_cast<SessionPage *>(tabs()->widget(before + 2))->header().request.url,
             QUrl("wss://app.example/chat?room=7"));

    // A HAR under another name is recognised by its content and offers the same choice;
    // Cancel opens nothing.
    const QString renamed = m_dir->filePath("export.json");
    QVERIFY(QFile::copy(har, renamed));
    m_listedUrls.clear();
    answerNextEntryDialog({}, "Cancel");
    QVERIFY(!m_window->openSessionFile(renamed));
    QCOMPARE(m_listedUrls.size(), 2);
    QCOMPARE(tabs()->count(), before + 3);
}

void TestSessionsUi::firefoxHarOpensItsHandshakeAndSaysWhy()
{
    const int before = tabs()->count();
    answerNextMessageBox("OK");
    QVERIFY(m_window->openSessionFile(WSPROBE_TEST_DATA_DIR "/har/firefox.har"));
    QCOMPARE(tabs()->count(), before + 1);
    auto *page = qobject_cast<SessionPage *>(tabs()->widget(before));
    QCOMPARE(page->sessionEvents().size(), 2); // the handshake and the open
    QCOMPARE(m_boxTexts.size(), 1);
    QVERIFY2(m_boxTexts[0].contains("none of its messages"), qPrintable(m_boxTexts[0]));
}

void TestSessionsUi::recoveryOffersUnfinishedJournals()
{
    // What a crash leaves: a journal without its summary, its last line cut.
    SessionHeader header;
    header.createdMs = 1767323045678;
    header.request.url = QUrl("ws://example.test/crashed");
    QByteArray text = header.toLine() + "\n";
    text += EventJson::toLine(Event::message(header.createdMs + 1, Direction::Out, true, "saved"),
                              header.createdMs)
            + "\n";
    text += "{\"data\":\"lost in the cra";
    QDir().mkpath(m_dir->filePath("sessions"));
    writeSession("sessions/crashed.wsprobe.jsonl", text);
    QCOMPARE(m_window->sessionLibrary().unfinished().size(), 1);

    answerNextMessageBox("Later");
    m_window->offerRecovery();
    QCOMPARE(tabs()->count(), 1);
    QCOMPARE(m_window->sessionLibrary().unfinished().size(), 1); // still offered next time

    answerNextMessageBox("Recover");
    QTimer::singleShot(400, this, [this] { answerNextMessageBox("OK"); }); // the skipped line
    m_window->offerRecovery();
    QCOMPARE(tabs()->count(), 2);
    auto *page = qobject_cast<SessionPage *>(tabs()->currentWidget());
    QVERIFY2(tabs()
                 ->tabText(tabs()->currentIndex())
                 .startsWith(QString::fromUtf8("example.test/crashed — ")),
             qPrintable(tabs()->tabText(tabs()->currentIndex())));
    QCOMPARE(page->log()->rowCount(), 1);
    QCOMPARE(page->log()->eventAt(0).payload, QByteArray("saved"));
    QVERIFY(m_window->sessionLibrary().unfinished().isEmpty());
}

void TestSessionsUi::replayComparesReplies()
{
    SessionHeader header;
    header.createdMs = m_clock.nowMs();
    header.request.url = m_server->url("/echo");
    EventStore events;
    events.append(Event::open(header.createdMs, {}, {}));
    events.append(Event::message(header.createdMs + 10, Direction::Out, true, R"({"n":1})"));
    events.append(Event::message(header.createdMs + 11, Direction::In, true, R"({"n":1})"));
    events.append(Event::message(header.createdMs + 20, Direction::Out, true, "two"));
    events.append(Event::message(header.createdMs + 21, Direction::In, true, "deux"));
    ConnectionRequest request = header.request;
    ReplayOptions options;
    options.speed = 0;
    ReplayPage page(header, events, request, options, {}, m_clock, nullptr);
    page.show();
    page.start();
    QTRY_VERIFY(page.comparison()->isVisible());
    QVERIFY2(page.summary().startsWith("FAIL: 1 the same, 1 changed"), qPrintable(page.summary()));
    QCOMPARE(page.comparison()->rowCount(), 2);
    QCOMPARE(page.comparison()->item(1, 0)->text(), QString("changed"));
    QCOMPARE(page.comparison()->item(1, 1)->text(), QString("deux"));
    QCOMPARE(page.comparison()->item(1, 2)->text(), QString("two"));
    QCOMPARE(page.log()->totalCount(), page.runner().events().size());
}

QTEST_MAIN(TestSessionsUi)
void TestSessionsUi::recentSessionsGroupReconnectsAndFilter()
{
    // A refused URL leaves its error in the tab and nothing in the list.
    QTcpServer gone;
    QVERIFY(gone.listen(QHostAddress::LocalHost));
    const QString refused = QString("ws://127.0.0.1:%1/nobody").arg(gone.serverPort());
    gone.close();
    ConnectionPage *page = m_window->currentPage();
    m_window->connectTo(refused);
    QTRY_COMPARE(page->connection()->readyState(), ReadyState::Closed);
    QVERIFY(m_window->log()->totalCount() > 0);
    QTest::qWait(50);
    QVERIFY(m_window->sessionLibrary().list().isEmpty());

    // One tab connects to /echo three times (F5 after F5): one entry of three connections.
    page->panel()->setUrlText(m_server->url("/echo").toString());
    for (int round = 1; round <= 3; ++round) {
        page->reconnectNow();
        QTRY_COMPARE(page->stats().opens(), round);
        QTRY_COMPARE(page->connection()->readyState(), ReadyState::Open);
        page->connection()->sendText(QByteArray::number(round));
        QTRY_COMPARE(page->log()->store().messageCount(Direction::In), round);
    }
    page->disconnectFromServer();
    // Another tab, the ticker: an entry of its own.
    ConnectionPage *ticker = m_window->newConnectionTab();
    m_window->connectTo(m_server->url("/ticker").toString());
    QCOMPARE(m_window->currentPage(), ticker);
    QTRY_COMPARE(ticker->connection()->readyState(), ReadyState::Open);
    ticker->disconnectFromServer();
    auto finished = [this] {
        const auto list = m_window->sessionLibrary().list();
        return list.size() == 4
               && std::all_of(list.cbegin(), list.cend(), [](const SessionLibrary::Entry &e) {
                      return e.state == SessionLibrary::Entry::State::Finished;
                  });
    };
    QTRY_VERIFY_WITH_TIMEOUT(finished(), 10000);

    SessionsDialog dialog(m_window->sessionLibrary());
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *echo =
        tree->topLevelItem(0)->childCount() ? tree->topLevelItem(0) : tree->topLevelItem(1);
    QCOMPARE(echo->childCount(), 3);
    QVERIFY2(echo->text(1).contains("3 connection"), qPrintable(echo->text(1)));
    QCOMPARE(echo->text(2), QString("3")); // sent, summed over the connections
    dialog.filterEdit()->setText("TICK");
    QVERIFY(echo->isHidden());
    dialog.filterEdit()->setText("echo 127.0.0.1");
    QVERIFY(!echo->isHidden());
    QTreeWidgetItem *tickerItem = tree->topLevelItem(tree->indexOfTopLevelItem(echo) == 0 ? 1 : 0);
    QVERIFY(tickerItem->isHidden());

    // Opened from the window's list, the three connections are one session in one tab.
    QTimer::singleShot(50, this, [] {
        auto *d = qobject_cast<SessionsDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->filterEdit()->setText("echo");
        for (int i = 0; i < d->tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = d->tree()->topLevelItem(i);
            item->setSelected(item->childCount() == 3);
        }
        for (auto *b : d->findChildren<QPushButton *>()) {
            if (b->text().remove('&') == "Open")
                b->click();
        }
    });
    const int before = tabs()->count();
    m_window->findChild<QAction *>("actionSessions")->trigger();
    QCOMPARE(tabs()->count(), before + 1);
    auto *joined = qobject_cast<SessionPage *>(tabs()->currentWidget());
    QVERIFY(joined);
    QCOMPARE(joined->sessionEvents().messageCount(Direction::Out), 3);
    QCOMPARE(joined->sessionEvents().messageCount(Direction::In), 3);
    const QString title = tabs()->tabText(tabs()->currentIndex());
    QVERIFY2(
        title.startsWith(SessionTitle::forUrl(m_server->url("/echo")) + QString::fromUtf8(" — "))
            && title.contains("3 connection"),
        qPrintable(title));
}

#include "tst_sessionsui.moc"
