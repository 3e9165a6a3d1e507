// The replay dialog and page with a decoder: the tab's pipeline offered, a bad SPEC refused in
// the dialog with everything kept, and the page comparing MessagePack replies by value
// against the demo server's echo.
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "connection/clock.h"
#include "decode/msgpackcodec.h"
#include "demo/demoserver.h"
#include "log/eventlog.h"
#include "replay/replaydialog.h"
#include "replay/replaylauncher.h"
#include "replay/replaypage.h"
#include "session/sessionlibrary.h"
#include "session/sessionpage.h"

class TestReplayUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogOffersNoDecoderWithoutOne();
    void launcherComparesByTheTabsDecoder();
};

void TestReplayUi::initTestCase()
{
    if (!MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
}

void TestReplayUi::dialogOffersNoDecoderWithoutOne()
{
    ReplayDialog dialog(SessionHeader(), 1);
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("compareDecoded"));
    auto *spec = dialog.findChild<QLineEdit *>(QStringLiteral("decodeSpec"));
    QVERIFY(check && spec);
    QVERIFY(!check->isChecked());
    QVERIFY(!spec->isEnabled());
    check->setChecked(true);
    QVERIFY(spec->isEnabled());
}

void TestReplayUi::launcherComparesByTheTabsDecoder()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // Sent: {"b":[1,2],"a":{"x":1}} and {"a":{"x":1}}. Recorded replies: the first with its
    // keys in the other order (the same value), the second with x = 2 (another value).
    Session session;
    session.header.request.url = server.url("/echo");
    const auto hex = [](const char *h) { return QByteArray::fromHex(h); };
    session.events.append(Event::open(1000, {}, {}));
    session.events.append(
        Event::message(1010, Direction::Out, false, hex("82a162920102a16181a17801")));
    session.events.append(
        Event::message(1011, Direction::In, false, hex("82a16181a17801a162920102")));
    session.events.append(Event::message(1020, Direction::Out, false, hex("81a16181a17801")));
    session.events.append(Event::message(1021, Direction::In, false, hex("81a16181a17802")));
    QCOMPARE(session.events.at(1).payload.size(), 12);
    SessionPage page(std::move(session), QStringLiteral("recorded.wsprobe.jsonl"));
    DecodePipeline msgpack;
    QString error;
    QVERIFY(DecodePipeline::parse(QStringLiteral("msgpack"), &msgpack, &error));
    page.log()->setDecodePipeline(msgpack);

    QTemporaryDir dir;
    SessionLibrary library(dir.path());
    SystemClock clock;
    QWidget window;
    ReplayLauncher launcher(clock, library, &window);
    bool checked = false;
    QString prefilled, shownError, keptKeys;
    QTimer::singleShot(100, this, [&] {
        auto *dialog = qobject_cast<ReplayDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no replay dialog");
            return;
        }
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("compareDecoded"));
        auto *spec = dialog->findChild<QLineEdit *>(QStringLiteral("decodeSpec"));
        auto *errorLabel = dialog->findChild<QLabel *>(QStringLiteral("error"));
        checked = check->isChecked();
        prefilled = spec->text();
        // A bad SPEC: the dialog stays, says what is wrong, and keeps what was typed.
        QLineEdit *keys = nullptr;
        for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
            if (e->placeholderText().startsWith(QLatin1String("timestamp")))
                keys = e;
        }
        keys->setText(QStringLiteral("$.ts"));
        spec->setText(QStringLiteral("msgpack,zlib"));
        dialog->accept();
        shownError = errorLabel->isVisible() ? errorLabel->text() : QString();
        keptKeys = keys->text();
        if (!dialog->isVisible() || spec->text() != QLatin1String("msgpack,zlib"))
            shownError.clear();
        spec->setText(QStringLiteral("msgpack"));
        dialog->accept();
    });
    std::unique_ptr<ReplayPage> replay(launcher.ask(&page, &window));
    QVERIFY(checked);
    QCOMPARE(prefilled, QStringLiteral("msgpack"));
    QVERIFY2(shownError.contains(QStringLiteral("The decoder \"msgpack,zlib\" cannot be used: "
                                                "step 1: msgpack is a format")),
             qPrintable(shownError));
    QCOMPARE(keptKeys, QStringLiteral("$.ts"));
    QVERIFY(replay);

    window.show(); // the page is the window's child, as a tab's page is
    replay->show();
    replay->start();
    QTRY_VERIFY_WITH_TIMEOUT(replay->comparison()->isVisible(), 15000);
    QVERIFY2(replay->summary().startsWith(QStringLiteral("FAIL: 1 the same, 1 changed")),
             qPrintable(replay->summary()));
    QVERIFY2(replay->summary().contains(QStringLiteral("Compared the values decoded by msgpack.")),
             qPrintable(replay->summary()));
    QTableWidget *table = replay->comparison();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("same"));
    // The cells show the decoded values, in the order each side wrote its keys.
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("{\"a\":{\"x\":1},\"b\":[1,2]}"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("{\"b\":[1,2],\"a\":{\"x\":1}}"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("changed"));
    QCOMPARE(table->item(1, 3)->text(), QString::fromUtf8("$.a.x: 2 → 1"));
}

QTEST_MAIN(TestReplayUi)
#include "tst_replayui.moc"
