// The log view offscreen: columns that fit the font, highlight-only search and its counter,
// a regex error in words, messages taken back to the composer, the detail pane's pretty
// text, remembered splitters and the statistics chart's scale.
#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "common/windowfixture.h"
#include "compose/sendbox.h"
#include "connection/clock.h"
#include "connection/connectionpage.h"
#include "connection/ratechart.h"
#include "json/jsontreemodel.h"
#include "log/eventlog.h"
#include "log/logdelegate.h"
#include "log/logfilterbar.h"
#include "log/logfiltermodel.h"
#include "log/logview.h"
#include "log/messagedetail.h"
#include "log/splittermemory.h"
#include "protocols/protocolregistry.h"
#include "session/sessionlibrary.h"

class TestLogView : public QObject
{
    Q_OBJECT
private slots:
    void columnsFitTheFont_data();
    void columnsFitTheFont();
    void previewCutToTheCell();
    void everyLogFollowsTheLogFont();
    void highlightOnlyKeepsEveryEvent();
    void filterCounterNamesTheMatch();
    void invalidRegexSaysWhy();
    void messagesGoBackToTheComposer();
    void detailPrettyText();
    void layerRowsAndTheirDetail();
    void filterByPacketType();
    void splittersAreRemembered();
    void rateChartScale();
};

namespace {

void fill(EventLog *log)
{
    log->append(Event::open(1000, "", "permessage-deflate"));
    Event big = Event::message(1001, Direction::In, true, QByteArray(12345678, 'x'));
    big.wireSize = 4321;
    log->append(big);
    log->append(Event::message(1002, Direction::Out, true, "{\"id\":1,\"name\":\"alpha\"}"));
    log->append(Event::message(1003, Direction::In, false, QByteArray("\x01\xff", 2)));
    log->append(Event::message(1004, Direction::In, true, "beta"));
    log->append(Event::message(1005, Direction::In, true, "alphabet"));
    log->append(Event::control(1006, EventKind::Ping, Direction::Out, {}));
    log->flush();
}

} // namespace

void TestLogView::columnsFitTheFont_data()
{
    QTest::addColumn<int>("points");
    QTest::addRow("default") << 0;
    QTest::addRow("12 pt") << 12;
    QTest::addRow("16 pt") << 16;
}

void TestLogView::columnsFitTheFont()
{
    QFETCH(int, points);
    EventLog log;
    fill(&log);
    LogView view;
    view.setLog(&log);
    view.resize(900, 500);
    view.show();
    QFont font = view.table()->font();
    if (points > 0)
        font.setPointSize(points);
    view.setLogFont(font);
    const QFontMetrics fm(font);
    QHeaderView *h = view.table()->horizontalHeader();
    for (int column :
         {int(EventLog::TimeColumn), int(EventLog::KindColumn), int(EventLog::SizeColumn)}) {
        int widest = 0;
        for (int row = 0; row < log.rowCount(); ++row)
            widest =
                std::max(widest, fm.horizontalAdvance(log.index(row, column).data().toString()));
        for (auto mode : {EventLog::AbsoluteTime, EventLog::RelativeTime}) {
            log.setTimeMode(mode);
            for (int row = 0; row < log.rowCount(); ++row)
                widest = std::max(widest,
                                  fm.horizontalAdvance(log.index(row, column).data().toString()));
        }
        QVERIFY2(h->sectionSize(column) >= widest + 4,
                 qPrintable(QString("column %1: %2 px for text %3 px wide")
                                .arg(column)
                                .arg(h->sectionSize(column))
                                .arg(widest)));
    }
    // The compressed size is no longer in the cell.
    QVERIFY(!log.index(1, EventLog::SizeColumn).data().toString().contains("deflated"));
}

// A large message's preview (240 bytes) is cut to what the cell can show before the style elides
// it, so that it is not shaped whole at every repaint; what the cell shows is the same.
void TestLogView::previewCutToTheCell()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int advance = LogDelegate::asciiAdvance(fixed);
    if (advance <= 0)
        QSKIP("the log's font here gives ASCII characters different widths");
    const QFontMetrics fm(fixed);
    EventLog log;
    log.append(Event::message(1, Direction::In, true, QByteArray(1 << 20, 'a')));
    log.flush();
    const QString preview = log.index(0, EventLog::PreviewColumn).data().toString();
    QCOMPARE(preview.size(), EventLog::PreviewBytes + 1); // and "…"
    for (const int width : {0, 30, 300, 1000, 5000}) {
        const QString cut = LogDelegate::previewThatFits(preview, advance, width);
        QCOMPARE(fm.elidedText(cut, Qt::ElideRight, width),
                 fm.elidedText(preview, Qt::ElideRight, width));
        if (width > 0 && fm.horizontalAdvance(preview) > width)
            QVERIFY2(cut.size() <= width / advance + 3, qPrintable(cut));
        else
            QCOMPARE(cut, preview);
    }
    // Past ASCII another font may draw a character, narrower: the style gets the whole text.
    const QString accented = QString::fromUtf8("caf\xC3\xA9 ") + QString(200, 'b');
    QCOMPARE(LogDelegate::previewThatFits(accented, advance, 300), accented);
    const QString late = QString(200, 'b') + QString::fromUtf8("caf\xC3\xA9");
    QCOMPARE(LogDelegate::previewThatFits(late, advance, 300).size(), 300 / advance + 3);
    // A proportional font has no common advance.
    QCOMPARE(LogDelegate::asciiAdvance(QFont(QStringLiteral("DejaVu Sans"))), 0);
}

void TestLogView::everyLogFollowsTheLogFont()
{
    LogView before;
    before.show();
    QFont font = before.table()->font();
    font.setPointSize(17);
    LogView::setLogFontEverywhere(font);
    QCOMPARE(before.table()->font().pointSize(), 17);
    LogView after; // a recording opened later
    QCOMPARE(after.table()->font().pointSize(), 17);
    font.setPointSize(9);
    LogView::setLogFontEverywhere(font);
    QCOMPARE(after.table()->font().pointSize(), 9);
}

void TestLogView::highlightOnlyKeepsEveryEvent()
{
    EventLog log;
    fill(&log);
    LogView view;
    view.setLog(&log);
    view.show();
    view.filterBar()->setHighlightOnly(true);
    view.filterBar()->setSearchText("alpha");
    QTRY_VERIFY(!view.matchModel()->isScanning() && !view.filterModel()->isScanning());
    QCOMPARE(view.filterModel()->rowCount(), log.rowCount()); // nothing hidden
    QCOMPARE(view.matchModel()->rowCount(), 2);
    QCOMPARE(view.filterBar()->countText(), QString("2 match(es)"));
    view.selectNextMatch(1);
    QCOMPARE(view.filterModel()->sourceRow(view.table()->currentIndex().row()), 2);
    QCOMPARE(view.filterBar()->countText(), QString("match 1 of 2"));
    view.selectNextMatch(1);
    QCOMPARE(view.filterModel()->sourceRow(view.table()->currentIndex().row()), 5);
    QCOMPARE(view.filterBar()->countText(), QString("match 2 of 2"));
    view.selectNextMatch(1); // wraps
    QCOMPARE(view.filterModel()->sourceRow(view.table()->currentIndex().row()), 2);
    view.selectNextMatch(-1);
    QCOMPARE(view.filterModel()->sourceRow(view.table()->currentIndex().row()), 5);
    // From an event that is no match, Next goes to the following match.
    view.table()->setCurrentIndex(view.filterModel()->index(3, 0));
    QCOMPARE(view.filterBar()->countText(), QString("2 match(es)"));
    view.selectNextMatch(1);
    QCOMPARE(view.filterModel()->sourceRow(view.table()->currentIndex().row()), 5);
    // The matches are marked in the detail pane all the same.
    QVERIFY(view.detail()->highlightCount() > 0);
    // Filtering again hides the rest.
    view.filterBar()->setHighlightOnly(false);
    QTRY_COMPARE(view.filterModel()->rowCount(), 2);
}

void TestLogView::filterCounterNamesTheMatch()
{
    EventLog log;
    fill(&log);
    LogView view;
    view.setLog(&log);
    view.show();
    view.filterBar()->setSearchText("alpha");
    QTRY_COMPARE(view.filterModel()->rowCount(), 2);
    QTRY_COMPARE(view.filterBar()->countText(), QString("2 match(es)"));
    view.selectNextMatch(1);
    QCOMPARE(view.filterBar()->countText(), QString("match 1 of 2"));
    view.selectNextMatch(1);
    QCOMPARE(view.filterBar()->countText(), QString("match 2 of 2"));
}

void TestLogView::invalidRegexSaysWhy()
{
    EventLog log;
    fill(&log);
    LogView view;
    view.setLog(&log);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LogFilterBar *bar = view.filterBar();
    child<QToolButton>(bar, "regexButton")->setChecked(true);
    bar->setSearchText("alpha");
    QTRY_COMPARE(view.filterModel()->rowCount(), 2);
    view.selectNextMatch(1);
    QVERIFY(view.detail()->highlightCount() > 0);
    bar->layout()->activate();
    const int fieldWidth = bar->searchEdit()->width();
    const int minimum = bar->minimumSizeHint().width();

    bar->setSearchText("al(pha");
    auto *count = child<QLabel>(bar, "matchLabel");
    QTRY_VERIFY(count->toolTip().contains("at character 7"));
    // The reason is at hand, but it takes neither the search field's room (the field was
    // squeezed to a few characters) nor the window's.
    bar->layout()->activate();
    QVERIFY2(
        bar->searchEdit()->width() >= fieldWidth * 3 / 4,
        qPrintable(QStringLiteral("%1 of %2").arg(bar->searchEdit()->width()).arg(fieldWidth)));
    QVERIFY2(bar->minimumSizeHint().width() <= minimum + 40,
             qPrintable(QString::number(bar->minimumSizeHint().width() - minimum)));
    const QString reason = count->toolTip();
    QVERIFY2(reason.contains("missing"), qPrintable(reason));
    QCOMPARE(bar->searchEdit()->toolTip(), reason);
    // In place, a short word in the user's language (PCRE2's reason is English in every one).
    QCOMPARE(bar->countText(), QString("invalid pattern"));
    // The last good filter keeps its rows, but "alpha" is no longer marked as if it were what
    // the field says.
    QCOMPARE(view.filterModel()->rowCount(), 2);
    QCOMPARE(view.detail()->highlightCount(), 0);
    // A flush of new rows leaves the error in place.
    log.append(Event::message(1010, Direction::In, true, "alpha again"));
    log.flush();
    QCOMPARE(bar->countText(), QString("invalid pattern"));

    bar->setSearchText("al(pha)");
    QTRY_COMPARE(view.filterModel()->rowCount(), 3);
    QTRY_COMPARE(bar->countText(), QString("match 1 of 3")); // the selected event matches
}

void TestLogView::messagesGoBackToTheComposer()
{
    ManualClock clock;
    QTemporaryDir dir;
    SessionLibrary library(dir.path());
    ConnectionPage page(clock, library);
    page.show();
    fill(page.log());
    QTableView *table = page.logView()->table();
    table->selectRow(3); // binary
    QList<OutgoingMessage> messages = page.logView()->selectedMessages();
    QCOMPARE(messages, QList<OutgoingMessage>{OutgoingMessage::hex("01 ff")});
    emit page.logView()->copyToComposerRequested(messages.first());
    QCOMPARE(page.sendBox()->message(), OutgoingMessage::hex("01 ff"));
    table->selectRow(2); // JSON text
    messages = page.logView()->selectedMessages();
    QCOMPARE(messages.first().mode, OutgoingMessage::Mode::Json);
    QSignalSpy saved(&page, &ConnectionPage::saveAsTemplateRequested);
    emit page.logView()->saveAsTemplateRequested(messages.first());
    QCOMPARE(saved.count(), 1);
    // Non-messages offer nothing to send.
    table->selectRow(6);
    QVERIFY(page.logView()->selectedMessages().isEmpty());
}

void TestLogView::detailPrettyText()
{
    EventLog log;
    fill(&log);
    LogView view;
    view.setLog(&log);
    view.resize(800, 600);
    view.show();
    MessageDetail *detail = view.detail();
    // The detail pane starts with room for several lines.
    QVERIFY2(detail->height() >= 150, qPrintable(QString::number(detail->height())));
    view.table()->selectRow(2);
    detail->setCurrentPage(MessageDetail::TextPage);
    QVERIFY(detail->prettyButton()->isEnabled());
    QCOMPARE(detail->textView()->toPlainText(), QString("{\"id\":1,\"name\":\"alpha\"}"));
    detail->prettyButton()->setChecked(true);
    QCOMPARE(detail->textView()->toPlainText(),
             QString("{\n  \"id\": 1,\n  \"name\": \"alpha\"\n}"));
    view.table()->selectRow(4); // plain text: nothing to lay out
    QVERIFY(!detail->prettyButton()->isEnabled());
    QCOMPARE(detail->textView()->toPlainText(), QString("beta"));
    view.table()->selectRow(2); // the choice stays
    QVERIFY(detail->textView()->toPlainText().contains("\n  \"id\": 1"));
    // The JSON tree's key and type columns fit their text.
    detail->setCurrentPage(MessageDetail::JsonPage);
    QTreeView *tree = detail->jsonTree();
    const int keyWidth = tree->columnWidth(0);
    QVERIFY(keyWidth >= tree->fontMetrics().horizontalAdvance("name"));
    QVERIFY(tree->columnWidth(1) >= 80);
    // The value takes what the key and the type leave (a stretched type column left it 80 px).
    QVERIFY2(
        tree->columnWidth(1) > tree->columnWidth(2),
        qPrintable(QStringLiteral("%1 %2").arg(tree->columnWidth(1)).arg(tree->columnWidth(2))));
    QVERIFY(tree->columnWidth(0) + tree->columnWidth(1) + tree->columnWidth(2)
            >= tree->viewport()->width() - 2);
}

namespace {

/// A Socket.IO conversation: an emit and its ack, heartbeats, an event with an attachment.
void fillSocketIo(EventLog *log)
{
    log->setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    log->append(Event::open(1000, "", ""));
    log->append(Event::message(1001, Direction::Out, true, "421[\"hello\",{\"n\":1}]"));
    log->append(Event::message(1002, Direction::In, true, "2"));
    log->append(Event::message(1003, Direction::Out, true, "3"));
    log->append(Event::message(1031, Direction::In, true, "431[\"ok\"]"));
    log->append(Event::message(1040, Direction::In, true,
                               "451-[\"file\",{\"_placeholder\":true,\"num\":0}]"));
    log->append(Event::message(1041, Direction::In, false, QByteArray("\x89PNX", 4)));
    log->flush();
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    return menu->findChild<QAction *>(name);
}

} // namespace

void TestLogView::layerRowsAndTheirDetail()
{
    EventLog log;
    fillSocketIo(&log);
    LogView view;
    view.setLog(&log);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    const qint64 decoded = log.layerCache()->decodes();
    // Every message row is on screen and read; repaints read none again.
    QCOMPARE(decoded, 6);
    for (int i = 0; i < 4; ++i) {
        view.table()->viewport()->repaint();
        view.grab();
    }
    QCOMPARE(log.layerCache()->decodes(), decoded);
    const QString ack = log.index(4, EventLog::PreviewColumn).data().toString();
    QVERIFY2(ack.contains("(reply to hello #1 after 30 ms)"), qPrintable(ack));
    QVERIFY(log.index(5, EventLog::PreviewColumn).data().toString().contains("(+1 attachment(s))"));

    // The detail pane opens at the layer's level; the raw frame is a page away.
    MessageDetail *detail = view.detail();
    view.table()->selectRow(4);
    QCOMPARE(detail->currentPage(), MessageDetail::LayerPage);
    QVERIFY2(detail->layerSummary()->text().contains("reply to hello #1"),
             qPrintable(detail->layerSummary()->text()));
    QVERIFY(detail->layerModel()->rowCount() > 0);
    detail->setCurrentPage(MessageDetail::TextPage);
    QCOMPARE(detail->textView()->toPlainText(), QString("431[\"ok\"]"));
    // The attachment says what it belongs to; other events have no Layer page.
    view.table()->selectRow(6);
    QVERIFY(detail->isPageAvailable(MessageDetail::LayerPage));
    QVERIFY(detail->layerSummary()->text().contains("(attachment 1 of 1 of file)"));
    view.table()->selectRow(0);
    QVERIFY(!detail->isPageAvailable(MessageDetail::LayerPage));
    QCOMPARE(log.layerCache()->decodes(), decoded);
}

void TestLogView::filterByPacketType()
{
    EventLog log;
    fillSocketIo(&log);
    LogView view;
    view.setLog(&log);
    view.show();
    QMenu *types = view.filterBar()->packetTypesMenu();
    QVERIFY(types->isEnabled());
    QAction *ping = menuAction(types, "packetType_ping");
    QAction *pong = menuAction(types, "packetType_pong");
    QVERIFY(ping && pong);
    ping->setChecked(false);
    pong->setChecked(false);
    QTRY_COMPARE(view.filterModel()->rowCount(), log.rowCount() - 2);
    QVERIFY(view.filterBar()->hiddenPacketTypes().contains("ping"));
    // Only events: every other type unchecked. The open row is no message and stays.
    for (QAction *a : types->actions())
        if (a->isCheckable())
            a->setChecked(a->data().toString() == QLatin1String("event"));
    QTRY_COMPARE(view.filterModel()->rowCount(), 2);
    QCOMPARE(view.filterModel()->sourceRow(1), 1);
    menuAction(types, "showAllPacketTypes")->trigger();
    QTRY_COMPARE(view.filterModel()->rowCount(), log.rowCount());
    // Without a layer the menu is off and hides nothing.
    log.setProtocolLayer(nullptr);
    QVERIFY(!types->isEnabled());
    QVERIFY(view.filterBar()->hiddenPacketTypes().isEmpty());
}

void TestLogView::splittersAreRemembered()
{
    SplitterMemory::restore({});
    {
        LogView first;
        first.resize(600, 600);
        first.show();
        auto *split = first.findChild<QSplitter *>();
        QVERIFY(split);
        split->setSizes({200, 350});
        emit split->splitterMoved(200, 1);
    }
    const QVariantMap saved = SplitterMemory::state();
    QVERIFY(saved.contains("log/detail"));
    SplitterMemory::restore(saved); // as after a restart
    LogView second;
    second.resize(600, 600);
    second.show();
    QTest::qWait(0);
    const QList<int> sizes = second.findChild<QSplitter *>()->sizes();
    QVERIFY2(sizes.at(1) > sizes.at(0), qPrintable(QString("%1 %2").arg(sizes[0]).arg(sizes[1])));
}

void TestLogView::rateChartScale()
{
    QCOMPARE(RateChart::niceCeiling(0), 1);
    QCOMPARE(RateChart::niceCeiling(3), 5);
    QCOMPARE(RateChart::niceCeiling(7), 10);
    QCOMPARE(RateChart::niceCeiling(10), 10);
    QCOMPARE(RateChart::niceCeiling(11), 20);
    QCOMPARE(RateChart::niceCeiling(1234), 2000);
    RateChart chart;
    chart.resize(300, 120);
    QVector<qint64> values(60, 0);
    values[30] = 37;
    chart.setValues(values);
    QCOMPARE(chart.scaleMax(), 50);
    QCOMPARE(chart.rateLabels(), QStringList({"0", "25", "50"}));
    QCOMPARE(chart.timeLabels(), QStringList({"-60 s", "-30 s", "now"}));
    // Drawn: the bar reaches 37/50 of the plot, below the top grid line.
    QImage image(chart.size(), QImage::Format_ARGB32);
    chart.render(&image);
    const QColor bar = chart.palette().color(QPalette::Highlight);
    int barTop = -1;
    for (int y = 0; y < image.height() && barTop < 0; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == bar) {
                barTop = y;
                break;
            }
        }
    }
    QVERIFY(barTop > chart.fontMetrics().height());
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
