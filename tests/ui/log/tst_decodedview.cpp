// The detail pane's Decoded page offscreen: a pipeline typed into the box decodes the
// selected binary message (text and tree, the raw hex one tab away), a bad SPEC is
// explained, a failing step names its byte, and "Decoded" search finds what only the
// decoded form holds.
#include <QCborMap>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "json/jsontreemodel.h"
#include "log/decodedview.h"
#include "log/eventlog.h"
#include "log/logfilterbar.h"
#include "log/logfiltermodel.h"
#include "log/logview.h"
#include "log/messagedetail.h"

namespace {

QByteArray cbor(const QString &city, int temp)
{
    QCborMap m;
    m.insert(QStringLiteral("city"), city);
    m.insert(QStringLiteral("temp"), temp);
    return QCborValue(m).toCbor();
}

void typeSpec(DecodedView *view, const QString &spec)
{
    QLineEdit *edit = view->specBox()->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, spec);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestDecodedView : public QObject
{
    Q_OBJECT
private slots:
    void decodesSelectedMessage();
    void badSpecAndFailedStep();
    void searchDecoded();
};

void TestDecodedView::decodesSelectedMessage()
{
    EventLog log;
    log.append(Event::message(1, Direction::In, false, cbor(QStringLiteral("Huế"), 31)));
    log.flush();
    LogView view;
    view.setLog(&log);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.table()->selectRow(0);
    MessageDetail *detail = view.detail();
    QCOMPARE(detail->currentPage(), MessageDetail::HexPage); // no decoder yet: the bytes
    QVERIFY(detail->isPageAvailable(MessageDetail::DecodedPage));
    typeSpec(detail->decodedView(), QStringLiteral("cbor"));
    QCOMPARE(log.decodePipeline().spec(), QStringLiteral("cbor"));
    QCOMPARE(detail->currentPage(), MessageDetail::DecodedPage);
    // The page itself is what is on screen, not only its tab.
    QTRY_VERIFY(detail->decodedView()->isVisible());
    QVERIFY(!detail->hexView()->isVisible());
    const QString text = detail->decodedView()->textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("\"city\": \"Huế\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"temp\": 31")));
    QCOMPARE(detail->decodedView()->statusLabel()->text(), QStringLiteral("cbor"));
    JsonTreeModel *tree = detail->decodedView()->treeModel();
    QCOMPARE(tree->rowCount(tree->index(0, 0)), 2);
    // The raw bytes are one tab away.
    QVERIFY(detail->isPageAvailable(MessageDetail::HexPage));
    // Encoding the composer's JSON is the log's setting, shown both ways.
    detail->decodedView()->encodeBox()->click();
    QVERIFY(log.encodesOutgoing());
    log.setEncodesOutgoing(false);
    QVERIFY(!detail->decodedView()->encodeBox()->isChecked());
}

void TestDecodedView::badSpecAndFailedStep()
{
    EventLog log;
    log.append(Event::message(1, Direction::In, true, "no base64 here!"));
    log.flush();
    LogView view;
    view.setLog(&log);
    view.show();
    view.table()->selectRow(0);
    DecodedView *decoded = view.detail()->decodedView();
    typeSpec(decoded, QStringLiteral("base64,yaml"));
    QVERIFY(log.decodePipeline().isEmpty()); // nothing changed
    QVERIFY2(
        decoded->statusLabel()->text().contains(QStringLiteral("\"yaml\" is not a decoding step")),
        qPrintable(decoded->statusLabel()->text()));
    typeSpec(decoded, QStringLiteral("base64,json"));
    view.detail()->setCurrentPage(MessageDetail::DecodedPage);
    // Spaces are skipped as base64 allows; the "!" at the end is where it fails.
    QVERIFY2(decoded->textView()->toPlainText()
                 == QStringLiteral("step 1 (base64): '!' is not a base64 character at byte 14"),
             qPrintable(decoded->textView()->toPlainText()));
    QVERIFY(decoded->statusLabel()->text().startsWith(QStringLiteral("Not decoded")));
}

void TestDecodedView::searchDecoded()
{
    EventLog log;
    for (int i = 0; i < 50; ++i)
        log.append(Event::message(i, Direction::In, false, cbor(QStringLiteral("Vinh"), i)));
    log.flush();
    LogView view;
    view.setLog(&log);
    view.setDecodeSpec(QStringLiteral("cbor"));
    LogFilterBar *bar = view.filterBar();
    bar->setSearchText(QStringLiteral("\"temp\": 4[0-9]"));
    bar->decodedAction()->trigger();
    QTRY_VERIFY(!view.filterModel()->isScanning());
    QCOMPARE(view.filterModel()->rowCount(), 0); // a plain-text pattern, not a regex
    QList<QToolButton *> regex = bar->findChildren<QToolButton *>(QStringLiteral("regexButton"));
    QCOMPARE(regex.size(), 1);
    regex.first()->click();
    QTRY_VERIFY(!view.filterModel()->isScanning());
    QCOMPARE(view.filterModel()->rowCount(), 10); // temp 40…49
    bar->decodedAction()->trigger();
    QTRY_VERIFY(!view.filterModel()->isScanning());
    QCOMPARE(view.filterModel()->rowCount(), 0); // the raw CBOR has no such text
}

QTEST_MAIN(TestDecodedView)
#include "tst_decodedview.moc"
