// The Serve tab, offscreen: started from its fields, a real QWebSocket client connects and
// becomes a row; its message shows in the merged log with its client; the composer sends to it;
// the rules editor says where a bad rules file goes wrong; a fault reaches the client.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "common/connectionspy.h"
#include "compose/payloadeditor.h"
#include "compose/sendbox.h"
#include "connection/clock.h"
#include "connection/servertlseditor.h"
#include "log/eventlog.h"
#include "log/logdelegate.h"
#include "log/tablefindbar.h"
#include "serve/serveclientmodel.h"
#include "serve/servefaultspanel.h"
#include "serve/servepage.h"
#include "serve/serverulespanel.h"
#include "serve/servesettingspanel.h"
#include "session/sessionreader.h"

class TestServePage : public QObject
{
    Q_OBJECT
private slots:
    void clientRowAndMessage();
    void rulesEditorErrorsAndApply();
    void faultFromThePanel();
    void stateRoundTrip();
    void badInputKeepsTheTabWorking();
    void serverPageTlsNegotiationAndRecording();
    void repeatFromTheSendPanel();
    void searchTheMergedLog();

private:
    SystemClock m_clock;
};

void TestServePage::clientRowAndMessage()
{
    ServePage page(m_clock);
    page.resize(1200, 800);
    page.show();
    page.portBox()->setValue(0);
    page.pathsEdit()->setText(QStringLiteral("/chat"));
    QSignalSpy title(&page, &ServePage::titleChanged);
    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(title.size(), 1);
    QVERIFY(page.statusLabel()->text().contains(page.controller().url().toString()));

    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(page.controller().url(QStringLiteral("/chat")));
    QTRY_COMPARE(page.clientModel()->rowCount(), 1);
    QTRY_COMPARE(page.clientModel()->index(0, ServeClientModel::StateColumn).data().toString(),
                 Connection::readyStateName(ReadyState::Open));
    QCOMPARE(page.clientModel()->index(0, ServeClientModel::PathColumn).data().toString(), "/chat");
    // The first client is selected, so the composer is ready for it.
    QCOMPARE(page.selectedClients().size(), 1);

    // The row is open before the client hears the 101; QWebSocket drops what is sent before.
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.sendTextMessage(QStringLiteral("hello from the client"));
    QTRY_COMPARE(received.size(), 1); // echo mode
    QCOMPARE(received.first().first().toString(), "hello from the client");
    auto seen = [&](const QString &text) {
        page.controller().mergedLog()->flush();
        ServeMergedLogModel *m = page.mergedModel();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, EventLog::PreviewColumn + 1).data().toString().contains(text))
                return m->index(row, 0).data().toString() == QStringLiteral("#1");
        }
        return false;
    };
    QTRY_VERIFY(seen(QStringLiteral("hello from the client")));
    QCOMPARE(page.mergedTable()->model()->rowCount(), page.mergedModel()->rowCount());

    page.sendBox()->editor()->setPlainText(QStringLiteral("pushed by the tab"));
    QVERIFY(page.sendComposed());
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).first().toString(), "pushed by the tab");
    QTRY_COMPARE(page.clientModel()->index(0, ServeClientModel::SentColumn).data().toInt(), 2);

    page.stop();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
}

void TestServePage::rulesEditorErrorsAndApply()
{
    ServePage page(m_clock);
    ServeRulesPanel *rules = page.rulesPanel();
    rules->editor()->setPlainText(QStringLiteral("{\n  \"format\": \"wsprobe-serve-rules\",\n"
                                                 "  \"rules\": [ }\n"));
    QVERIFY(!rules->apply());
    QVERIFY2(rules->errorText().startsWith(QLatin1String("line 3")),
             qPrintable(rules->errorText()));
    QCOMPARE(rules->editor()->textCursor().blockNumber(), 2);

    rules->editor()->setPlainText(QStringLiteral(
        R"({"format":"wsprobe-serve-rules","rules":[{"name":"ack","match":{"type":"plain","text":"ping"},)"
        R"("reply":{"mode":"text","body":"pong"}}]})"));
    QVERIFY2(rules->apply(), qPrintable(rules->errorText()));
    QCOMPARE(rules->table()->rowCount(), 1);
    QCOMPARE(rules->table()->item(0, 0)->text(), "ack");
    // Applying rules switches the tab to them.
    QCOMPARE(page.modeBox()->currentIndex(), int(ServePage::RulesMode));
    QCOMPARE(page.controller().rules().rules.size(), 1);

    page.portBox()->setValue(0);
    QVERIFY(page.start());
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(page.controller().url());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.sendTextMessage(QStringLiteral("ping"));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toString(), "pong");
    QTRY_COMPARE(rules->table()->item(0, 2)->text(), "1");
}

void TestServePage::faultFromThePanel()
{
    ServePage page(m_clock);
    page.portBox()->setValue(0);
    QVERIFY(page.start());
    QWebSocket client;
    client.open(page.controller().url());
    QTRY_COMPARE(page.selectedClients().size(), 1);
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    ServeFaultsPanel *faults = page.faultsPanel();
    QComboBox *kind = faults->faultCombo();
    kind->setCurrentIndex(kind->findData(int(ServeFault::Kind::ReservedOpcode)));
    QVERIFY(faults->doButton()->isEnabled());
    faults->doButton()->click();
    // QWebSocket fails a frame with a reserved opcode with 1002.
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
}

void TestServePage::stateRoundTrip()
{
    ServePage a(m_clock);
    a.portBox()->setValue(9123);
    a.pathsEdit()->setText(QStringLiteral("/a /b"));
    a.rulesPanel()->setRules(ServeRules::echoRules());
    a.modeBox()->setCurrentIndex(ServePage::RulesMode);
    ServerFaults refuse;
    refuse.refuse.status = 429;
    refuse.refuse.body = "slow down";
    refuse.ignorePings = true;
    a.faultsPanel()->setServerFaults(refuse);
    a.faultsPanel()->setMessageFaults({250, 3, 0});
    const QVariantMap state = a.state();
    QCOMPARE(state.value("kind").toString(), "serve");
    ServePage b(m_clock);
    QSignalSpy changed(&b, &ServePage::settingsChanged);
    b.setState(state);
    QVERIFY(!changed.isEmpty());
    ServerFaults restored;
    QString error;
    QVERIFY(b.faultsPanel()->serverFaults(&restored, &error));
    QCOMPARE(restored.refuse.status, 429);
    QCOMPARE(restored.refuse.body, "slow down");
    QVERIFY(restored.ignorePings);
    QCOMPARE(b.faultsPanel()->messageFaults(), (MessageFaults{250, 3, 0}));
    QCOMPARE(b.portBox()->value(), 9123);
    QCOMPARE(b.pathsEdit()->text(), "/a /b");
    QCOMPARE(b.modeBox()->currentIndex(), int(ServePage::RulesMode));
    QCOMPARE(b.rulesPanel()->rules(), ServeRules::echoRules());
}

void TestServePage::badInputKeepsTheTabWorking()
{
    ServePage page(m_clock);
    // A port in use: said with the port, and nothing listens.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    page.portBox()->setValue(taken.serverPort());
    QVERIFY(!page.start());
    QVERIFY2(page.statusLabel()->text().contains(QString::number(taken.serverPort())),
             qPrintable(page.statusLabel()->text()));
    QVERIFY(!page.controller().isListening());

    page.portBox()->setValue(0);
    page.addressEdit()->setText(QStringLiteral("localhost:80"));
    QVERIFY(!page.start());
    QCOMPARE(page.statusLabel()->text(), "\"localhost:80\" is not an IP address.");
    page.addressEdit()->setText(QStringLiteral("127.0.0.1"));

    // Certificate files that do not exist.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    QVariantMap tls = page.state();
    tls.insert(QStringLiteral("tls"), 1);
    tls.insert(QStringLiteral("cert"), missing);
    tls.insert(QStringLiteral("key"), missing);
    page.setState(tls);
    QVERIFY(!page.start());
    QVERIFY2(page.statusLabel()->text().contains(missing), qPrintable(page.statusLabel()->text()));
    QVERIFY(!page.controller().isListening());
    page.tlsBox()->setCurrentIndex(0);

    // A recording that is not there.
    page.modeBox()->setCurrentIndex(ServePage::RecordingMode);
    QVariantMap state = page.state();
    state.insert(QStringLiteral("recording"), missing);
    page.setState(state);
    QVERIFY(!page.start());
    QVERIFY2(page.statusLabel()->text().contains(missing), qPrintable(page.statusLabel()->text()));

    // Fixed, it starts and serves.
    page.modeBox()->setCurrentIndex(ServePage::EchoMode);
    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(page.controller().url());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.sendTextMessage(QStringLiteral("still here"));
    QTRY_COMPARE(received.size(), 1);
}

void TestServePage::serverPageTlsNegotiationAndRecording()
{
    // The self-signed certificate is made in the test's own data folder.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir records;
    ServePage page(m_clock);
    page.resize(1200, 800);
    page.show();
    page.portBox()->setValue(0);
    ServeSettingsPanel *settings = page.settingsPanel();
    ServerTlsEditor *tls = settings->tlsEditor();
    tls->modeBox()->setCurrentIndex(
        tls->modeBox()->findData(int(ServerTlsEditor::Mode::SelfSigned)));
    QCOMPARE(page.tlsBox(), tls->modeBox());
    // A preference list with nothing in it is said, not started.
    settings->subprotocolPolicyBox()->setCurrentIndex(settings->subprotocolPolicyBox()->findData(
        int(ServerConfig::SubprotocolPolicy::Preference)));
    QVERIFY(!page.start());
    QVERIFY2(page.statusLabel()->text().contains(QLatin1String("order of preference")),
             qPrintable(page.statusLabel()->text()));
    settings->subprotocolsEdit()->setText(QStringLiteral("beta, alpha"));
    settings->serverNoContextTakeoverBox()->setChecked(true);
    settings->serverMaxWindowBitsBox()->setValue(10);
    settings->responseHeadersEdit()->setPlainText(QStringLiteral("X-Served-By: wsprobe"));
    settings->recordBox()->setChecked(true);
    settings->recordFolderEdit()->setText(records.path());
    // All of it is saved with the tab and comes back.
    const QVariantMap saved = page.state();
    ServePage restored(m_clock);
    restored.setState(saved);
    QCOMPARE(restored.state(), saved);
    QCOMPARE(restored.settingsPanel()->serverMaxWindowBitsBox()->value(), 10);
    QCOMPARE(restored.tlsBox()->currentData().toInt(), int(ServerTlsEditor::Mode::SelfSigned));

    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(page.controller().url().scheme(), "wss");
    // The fingerprint shows in the editor, as on the Relay tab, and in the status line.
    const QString fingerprint = page.controller().certificateFingerprint();
    QVERIFY(!fingerprint.isEmpty());
    QCOMPARE(tls->fingerprint(), fingerprint);
    QVERIFY(page.statusLabel()->text().contains(fingerprint));
    QVERIFY(!tls->isEnabled()); // not while listening

    Connection client(m_clock);
    ConnectionSpy spy(&client);
    ConnectionRequest request;
    request.url = page.controller().url(QStringLiteral("/x"));
    request.ignoreTlsErrors = true;
    request.subprotocols = {QStringLiteral("alpha"), QStringLiteral("beta")};
    QVERIFY(client.open(request));
    QTRY_COMPARE(client.readyState(), ReadyState::Open);
    const Event open = spy.eventsOf(EventKind::Open).first();
    QCOMPARE(open.protocol, "beta"); // the server's preference, not the client's first
    QVERIFY2(open.extensions.contains(QLatin1String("server_no_context_takeover"))
                 && open.extensions.contains(QLatin1String("server_max_window_bits=10")),
             qPrintable(open.extensions));
    const auto record = spy.eventsOf(EventKind::Handshake).first().handshake;
    QVERIFY(record->responseHeaders.contains(HeaderField{"X-Served-By", "wsprobe"}));
    client.sendText("recorded");
    QTRY_COMPARE(spy.messages(Direction::In).size(), 1);
    client.close(1000, QString());
    QTRY_COMPARE(page.controller().openClientCount(), 0);
    // The client was journaled into the folder, as `wsprobe-cli serve -o` does.
    const QStringList files =
        QDir(records.path()).entryList({QStringLiteral("serve-*.wsprobe.jsonl")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    Session session;
    QString error;
    QVERIFY2(SessionReader::readFile(records.filePath(files.first()), &session, &error),
             qPrintable(error));
    QCOMPARE(session.header.source, "serve");
    QCOMPARE(session.events.messageCount(Direction::In), 1);
    QCOMPARE(session.events.messageCount(Direction::Out), 1);
    page.stop();
    QVERIFY(tls->fingerprint().isEmpty());
}

void TestServePage::repeatFromTheSendPanel()
{
    ServePage page(m_clock);
    page.portBox()->setValue(0);
    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    QWebSocket client;
    QStringList received;
    connect(&client, &QWebSocket::textMessageReceived, this,
            [&](const QString &m) { received << m; });
    client.open(page.controller().url());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(page.controller().openClientCount(), 1);
    QTRY_VERIFY(page.repeatButton()->isEnabled());
    page.sendBox()->editor()->setPlainText(QStringLiteral("again {{$counter}}"));
    page.repeatIntervalBox()->setValue(10);
    page.repeatCountBox()->setValue(3);
    page.repeatButton()->click();
    QTRY_COMPARE(received.size(), 3);
    QCOMPARE(received, (QStringList{"again 1", "again 2", "again 3"}));
    QTRY_COMPARE(page.controller().repeatingCount(), 0);
    QVERIFY2(page.statusLabel()->text().contains(QLatin1String("3")),
             qPrintable(page.statusLabel()->text()));
    QCOMPARE(page.repeatButton()->text(), page.tr("&Repeat"));
    // Until stopped: the button stops it.
    page.repeatCountBox()->setValue(0);
    page.repeatButton()->click();
    QTRY_VERIFY(received.size() >= 6);
    QVERIFY(page.repeatButton()->text() != page.tr("&Repeat"));
    page.repeatButton()->click();
    QCOMPARE(page.controller().repeatingCount(), 0);
}

void TestServePage::searchTheMergedLog()
{
    ServePage page(m_clock);
    page.portBox()->setValue(0);
    QVERIFY2(page.start(), qPrintable(page.statusLabel()->text()));
    QWebSocket a, b;
    QSignalSpy echoA(&a, &QWebSocket::textMessageReceived);
    QSignalSpy echoB(&b, &QWebSocket::textMessageReceived);
    a.open(page.controller().url());
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    b.open(page.controller().url());
    QTRY_COMPARE(b.state(), QAbstractSocket::ConnectedState);
    a.sendTextMessage(QStringLiteral("alpha one"));
    QTRY_COMPARE(echoA.size(), 1);
    b.sendTextMessage(QStringLiteral("beta two"));
    QTRY_COMPARE(echoB.size(), 1);
    b.sendTextMessage(QStringLiteral("ALPHA three"));
    QTRY_COMPARE(echoB.size(), 2);
    TableFindBar *search = page.mergedSearch();
    QTableView *table = page.mergedTable();
    const int preview = EventLog::PreviewColumn + 1;
    auto current = [&] { return table->currentIndex().siblingAtColumn(preview).data().toString(); };
    search->edit()->setText(QStringLiteral("alpha"));
    // Each message is in and echoed out: four rows hold "alpha", any case, of both clients.
    QStringList found;
    QList<int> clients;
    for (int i = 0; i < 4; ++i) {
        QVERIFY(search->findNext());
        found << current();
        clients << page.mergedModel()->clientAt(table->currentIndex().row());
    }
    QCOMPARE(found.count(QStringLiteral("alpha one")), 2);
    QCOMPARE(found.count(QStringLiteral("ALPHA three")), 2);
    QVERIFY(clients.contains(1) && clients.contains(2));
    // The fifth wraps around to the first; Shift+Enter goes back.
    const int first = table->currentIndex().row();
    QVERIFY(search->findNext());
    QVERIFY(table->currentIndex().row() != first);
    QTest::keyClick(search->edit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), first);
    search->edit()->setText(QStringLiteral("nowhere"));
    QVERIFY(!search->findNext());
    QCOMPARE(search->resultLabel()->text(), "not found");

    // Rows are tinted as in every log: what came in, what went out and the open differ.
    QVERIFY(qobject_cast<LogDelegate *>(table->itemDelegate()));
    QSet<QRgb> tints;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex cell = table->model()->index(row, ServeMergedLogModel::ClientColumn);
        const QColor tint =
            LogDelegate::tintFor(cell.data(EventLog::KindRole).toInt(),
                                 cell.data(EventLog::DirectionRole).toInt(), table->palette());
        if (tint.isValid())
            tints << tint.rgb();
    }
    QVERIFY2(tints.size() >= 3, qPrintable(QString::number(tints.size())));
}

QTEST_MAIN(TestServePage)
#include "tst_servepage.moc"
