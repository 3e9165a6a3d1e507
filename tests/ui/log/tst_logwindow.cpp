// The window's log driven through its widgets, offscreen: search and filters with their counts,
// the detail pane's views, freezing, copying rows and payloads, the row limit and its notice at
// every width in English and Vietnamese, clearing, and saving the filtered rows. Split from
// tst_workbench, which keeps the composer and the tabs.

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QWindow>

#include "common/windowfixture.h"
#include "connection/connectionpage.h"
#include "json/jsontreemodel.h"
#include "log/eventlog.h"
#include "log/logfilterbar.h"
#include "log/logfiltermodel.h"
#include "log/logview.h"
#include "log/messagedetail.h"
#include "session/exportdialog.h"
#include "session/sessionreader.h"
#include "window/mainwindow.h"

class TestLogWindow : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }

    void searchFiltersAndCounts();
    void detailPaneViews();
    void freezeKeepsTheViewStill();
    void countDoesNotLayOutTheWindow();
    void copyRowsAndPayloads();
    void rowLimitDropsOldestWithNotice();
    void barFitsAtEveryWidth_data();
    void barFitsAtEveryWidth();
    void clearAsksWhenLarge();
    void saveTheFilteredRows();
};

void TestLogWindow::searchFiltersAndCounts()
{
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    for (int i = 0; i < 300; ++i)
        log->append(Event::message(1000 + i, i % 2 ? Direction::In : Direction::Out, true,
                                   QByteArray("{\"n\":") + QByteArray::number(i) + "}"));
    log->flush();
    LogView *view = w->currentPage()->logView();
    LogFilterBar *bar = view->filterBar();
    w->findChild<QAction *>("actionFind")->trigger();
    QTRY_VERIFY(bar->searchEdit()->hasFocus());
    QTest::keyClicks(bar->searchEdit(), "\"n\":1");
    auto *count = child<QLabel>(bar, "matchLabel");
    // 1, 10–19, 100–199.
    QTRY_COMPARE(count->text(), QString("111 match(es)"));
    QCOMPARE(view->filterModel()->rowCount(), 111);

    // Enter steps to the next match and shows it in the detail pane.
    QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
    QCOMPARE(view->table()->currentIndex().row(), 0);
    QCOMPARE(count->text(), QString("match 1 of 111"));
    QCOMPARE(view->detail()->textView()->toPlainText(), QString("{\"n\":1}"));
    QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
    QCOMPARE(view->detail()->textView()->toPlainText(), QString("{\"n\":10}"));
    QCOMPARE(view->detail()->highlightCount(), 1); // the match is marked in the text
    QTest::keyClick(bar->searchEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->detail()->textView()->toPlainText(), QString("{\"n\":1}"));

    // Regex, then received only through the Show menu.
    QTest::mouseClick(child<QToolButton>(bar, "regexButton"), Qt::LeftButton);
    bar->setSearchText("\"n\":2[0-9]}");
    QTRY_COMPARE(count->text(), QString("10 match(es)"));
    auto *show = child<QToolButton>(bar, "showButton");
    for (QAction *a : show->menu()->actions()) {
        if (a->text() == "Received only")
            a->trigger();
    }
    QTRY_COMPARE(count->text(), QString("5 match(es)"));
    QCOMPARE(show->text(), QString("Show: Received only"));
    bar->setSearchText("\"n\":(2");
    QTRY_COMPARE(count->text(), QString("invalid pattern"));
    QVERIFY(count->toolTip().startsWith("Regex error at character 7: missing closing"));
    QCOMPARE(view->filterModel()->rowCount(), 5); // the last good filter stays
    // New rows that match appear while the filter is on.
    log->append(Event::message(5000, Direction::In, true, "{\"n\":29}"));
    log->flush();
    bar->setSearchText("\"n\":2[0-9]}");
    QTRY_COMPARE(count->text(), QString("6 match(es)"));
}

void TestLogWindow::detailPaneViews()
{
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    QImage image(7, 5, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    log->append(Event::message(1, Direction::In, true, "line one\nline two"));
    log->append(
        Event::message(2, Direction::In, true,
                       "{\"user\":{\"name\":\"ana\",\"tags\":[\"a\",\"b\"]},\"odd key\":1}"));
    log->append(Event::message(3, Direction::In, false, QByteArray("\x00\x01\x02hello", 8)));
    log->append(Event::message(4, Direction::In, false, png));
    log->append(Event::message(5, Direction::In, false, QByteArray(16 << 20, '\x7f')));
    // One 4 MiB line: shown in a window, not laid out whole (that would take minutes).
    log->append(Event::message(6, Direction::In, true, QByteArray(4 << 20, 'a')));
    log->flush();
    LogView *view = w->currentPage()->logView();
    MessageDetail *detail = view->detail();
    auto select = [&](int row) {
        view->table()->setCurrentIndex(view->filterModel()->index(row, 0));
    };

    select(0);
    QCOMPARE(detail->currentPage(), MessageDetail::TextPage);
    QCOMPARE(detail->textView()->blockCount(), 2);
    QVERIFY(!detail->isPageAvailable(MessageDetail::JsonPage));
    QVERIFY2(detail->summary().contains("17 bytes"), qPrintable(detail->summary()));

    select(1);
    QVERIFY(detail->isPageAvailable(MessageDetail::JsonPage));
    const QAbstractItemModel *tree = detail->jsonTree()->model();
    const QModelIndex root = tree->index(0, 0);
    QCOMPARE(tree->rowCount(root), 2);
    const QModelIndex user = tree->index(0, 0, root);
    QCOMPARE(user.data().toString(), QString("user")); // members in written order
    const QModelIndex tag = tree->index(1, JsonTreeModel::ValueColumn, tree->index(1, 0, user));
    QCOMPARE(tag.data().toString(), QString("\"b\""));
    QCOMPARE(tag.data(JsonTreeModel::PathRole).toString(), QString("$.user.tags[1]"));
    QCOMPARE(tree->index(1, 0, root).data(JsonTreeModel::PathRole).toString(),
             QString("$[\"odd key\"]"));

    select(2);
    QCOMPARE(detail->currentPage(), MessageDetail::HexPage);
    QCOMPARE(detail->hexView()->model()->index(0, 0).data().toString(),
             QString("00000000  00 01 02 68 65 6c 6c 6f                           |...hello|"));

    select(3);
    QCOMPARE(detail->currentPage(), MessageDetail::ImagePage);
    QCOMPARE(detail->imageLabel()->pixmap().size(), QSize(7, 5));
    QVERIFY2(detail->summary().contains("PNG image 7×5"), qPrintable(detail->summary()));

    select(4);
    QCOMPARE(detail->hexView()->model()->rowCount(), 1 << 20);
    QVERIFY(detail->hexView()
                ->model()
                ->index((1 << 20) - 1, 0)
                .data()
                .toString()
                .startsWith("00fffff0  7f 7f"));

    select(5);
    QCOMPARE(detail->currentPage(), MessageDetail::TextPage);
    QVERIFY(detail->textView()->toPlainText().size() < 64 * 1024);
    QVERIFY(detail->textView()->toPlainText().contains("the first 32,768 bytes of 4,194,304"));
}

void TestLogWindow::freezeKeepsTheViewStill()
{
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    LogView *view = w->currentPage()->logView();
    for (int i = 0; i < 500; ++i)
        log->append(Event::message(i, Direction::In, true, QByteArray::number(i)));
    log->flush();
    QScrollBar *bar = view->table()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
    w->findChild<QAction *>("actionFreeze")->trigger();
    QVERIFY(view->isFrozen());
    const int at = bar->value();
    for (int i = 0; i < 10; ++i)
        log->append(Event::message(i, Direction::In, true, "more"));
    log->flush();
    QCOMPARE(bar->value(), at);
    // Scrolling to the bottom does not unfreeze; the badge counts what arrived.
    bar->setValue(bar->maximum());
    QVERIFY(view->isFrozen());
    auto *freeze = child<QPushButton>(view, "freezeButton");
    QCOMPARE(freeze->text(), QString("Frozen · 10 new"));
    // Events the row limit drops are no longer new: they cannot be scrolled to. The unseen
    // ones are the newest, the last to be dropped.
    log->setMaxRows(505);
    QCOMPARE(view->unseenCount(), 10);
    for (int i = 0; i < 20; ++i)
        log->append(Event::message(i, Direction::In, true, "dropped before seen"));
    log->flush();
    QCOMPARE(log->rowCount(), 505);
    QCOMPARE(view->unseenCount(), 30);
    log->setMaxRows(12);
    QCOMPARE(log->rowCount(), 12);
    QCOMPARE(view->unseenCount(), 12);
    QCOMPARE(freeze->text(), QString("Frozen · 12 new"));
    w->findChild<QAction *>("actionFreeze")->trigger();
    QVERIFY(!view->isFrozen());
    QVERIFY(view->isFollowing());
    // The log's own button and the menu action agree.
    QTest::mouseClick(child<QPushButton>(view, "freezeButton"), Qt::LeftButton);
    QVERIFY(view->isFrozen());
    QVERIFY(w->findChild<QAction *>("actionFreeze")->isChecked());
    QTest::mouseClick(child<QPushButton>(view, "freezeButton"), Qt::LeftButton);
    QVERIFY(!w->findChild<QAction *>("actionFreeze")->isChecked());
}

namespace {
/// Counts the layout requests a widget receives: each lays it out, and it passes them up to
/// the window whatever its size hint.
class LayoutRequests : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};
} // namespace

// Under a flood the log flushes 20 times a second and its count changes each time: the label
// must not lay out the log view (and from there the whole window, which then repaints) at every
// flush, only when it grows past the room it keeps.
void TestLogWindow::countDoesNotLayOutTheWindow()
{
    // A locale that groups digits, so that the count is seen to use it.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    LogView *view = w->currentPage()->logView();
    auto *count = child<QLabel>(view, "countLabel");
    for (int i = 0; i < 100; ++i)
        log->append(Event::message(i, Direction::In, true, "x"));
    log->flush();
    QCoreApplication::processEvents();
    QCOMPARE(count->text(), LogView::tr("%Ln event(s)", nullptr, 100));
    QVERIFY(QTest::qWaitFor([view] {
        QCoreApplication::processEvents();
        return view->table()->verticalScrollBar()->isVisible(); // the window has settled
    }));
    LayoutRequests requests;
    for (int i = 0; i < 21; ++i) {
        if (i == 1) // the first flush after showing still lays out the bar once
            view->installEventFilter(&requests);
        log->append(Event::message(i, Direction::In, true, "y"));
        log->flush();
        QCoreApplication::processEvents();
    }
    QCOMPARE(count->text(), LogView::tr("%Ln event(s)", nullptr, 121));
    QCOMPARE(requests.count, 0);
    // Scrolled up, or frozen: the buttons count the new rows at every flush, and do not lay
    // out the window either, but when a count outgrows the room the button keeps (at most
    // once here: "Resume autoscroll" kept room for "(9 new)", not for "(10 new)").
    auto *followButton = child<QPushButton>(view, "followButton");
    auto *freezeButton = child<QPushButton>(view, "freezeButton");
    for (const bool frozen : {false, true}) {
        view->setFrozen(frozen);
        if (!frozen)
            view->table()->verticalScrollBar()->setValue(0);
        QVERIFY(!view->isFollowing());
        for (int i = 0; i < 21; ++i) {
            if (i == 1)
                requests.count = 0;
            log->append(Event::message(i, Direction::In, true, "u"));
            log->flush();
            QCoreApplication::processEvents();
        }
        QPushButton *counting = frozen ? freezeButton : followButton;
        QVERIFY2(counting->text().contains(QLatin1String("21 new")), qPrintable(counting->text()));
        QVERIFY2(requests.count <= 1, qPrintable(QString::number(requests.count)));
        QVERIFY(counting->width() >= counting->sizeHint().width());
        if (frozen)
            view->setFrozen(false);
        else
            followButton->click();
        QVERIFY(view->isFollowing());
    }
    // Whatever width it keeps, the text fits.
    const auto fits = [count] {
        return count->contentsRect().width()
               >= count->fontMetrics().horizontalAdvance(count->text()) + 2 * count->margin();
    };
    QVERIFY(fits());
    for (int i = 0; i < 100000; ++i)
        log->append(Event::message(i, Direction::In, true, "z"));
    log->flush();
    QCoreApplication::processEvents();
    QCOMPARE(count->text(), LogView::tr("%Ln event(s)", nullptr, 100163));
    // In the user's locale: digits grouped where the locale groups them.
    QVERIFY2(count->text().contains(QStringLiteral("100,163")), qPrintable(count->text()));
    QVERIFY(fits());
    log->clear();
    QCoreApplication::processEvents();
    QCOMPARE(count->text(), LogView::tr("%Ln event(s)", nullptr, 0));
    view->removeEventFilter(&requests);
}

void TestLogWindow::copyRowsAndPayloads()
{
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    log->append(Event::message(1, Direction::Out, true, "first\nline"));
    log->append(Event::message(2, Direction::In, false, QByteArray("\x01\xff", 2)));
    log->flush();
    LogView *view = w->currentPage()->logView();
    view->table()->selectAll();
    QCOMPARE(view->selectedPayloadsText(), QString("first\nline\n01 ff"));
    const QStringList rows = view->selectedRowsText().split('\n');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].split('\t').value(4), QString("01 ff"));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString("first\nline\n01 ff"));
}

void TestLogWindow::rowLimitDropsOldestWithNotice()
{
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    log->setMaxRows(100);
    LogView *view = w->currentPage()->logView();
    LogSearch search;
    QString error;
    QVERIFY(search.setQuery({"7", false, true}, &error));
    view->filterModel()->setSearch(std::move(search));
    for (int i = 0; i < 250; ++i) {
        log->append(Event::message(i, Direction::In, true, QByteArray::number(i)));
        if (i % 40 == 0)
            log->flush();
    }
    log->flush();
    QCOMPARE(log->rowCount(), 100);
    QCOMPARE(log->droppedCount(), 150);
    QCOMPARE(log->index(0, EventLog::PreviewColumn).data().toString(), QString("150"));
    QVERIFY2(view->droppedNotice().startsWith("150 oldest events dropped"),
             qPrintable(view->droppedNotice()));
    // The count says what the log keeps, not what it held before dropping.
    QCOMPARE(child<QLabel>(view, "countLabel")->text(), LogView::tr("%Ln event(s)", nullptr, 100));
    // The filter kept up: 157, 167, 170–179, 187, 197, 207, 217, 227, 237, 247.
    QTRY_COMPARE(view->filterModel()->rowCount(), 19);
    QCOMPARE(view->filterModel()
                 ->data(view->filterModel()->index(0, EventLog::PreviewColumn))
                 .toString(),
             QString("157"));
}

void TestLogWindow::barFitsAtEveryWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QString();
    QTest::addRow("Vietnamese") << QStringLiteral("vi");
}

// The bar under the log with the row limit's notice and a frozen view counting what arrived:
// its texts are longer in Vietnamese and grow with the counts. The bar must not make the window
// wider than it was (a maximized or tiled window cannot grow, and Qt then lays the bar out over
// itself: the Freeze button was drawn over the count), and at every width the window takes,
// nothing in it overlaps and no text is cut.
void TestLogWindow::barFitsAtEveryWidth()
{
    QFETCH(QString, language);
    QTranslator translator;
    const QLocale before;
    const auto restore = qScopeGuard([&translator, before] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QLocale(language), QStringLiteral("wsprobe"), QStringLiteral("_"),
                                QStringLiteral(WSPROBE_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    LogView *view = w->currentPage()->logView();
    auto *notice = child<QLabel>(view, "droppedLabel");
    auto *count = child<QLabel>(view, "countLabel");
    auto *freeze = child<QPushButton>(view, "freezeButton");
    const QList<QWidget *> bar = {notice, count, freeze, child<QPushButton>(view, "followButton"),
                                  child<QPushButton>(view, "clearButton")};
    QCOMPARE(freeze->text(), LogView::tr("Freeze"));
    if (!language.isEmpty())
        QVERIFY2(freeze->text() != QLatin1String("Freeze"), "the catalogue was not loaded");
    const auto settle = [] {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    };
    settle();
    const int narrowest = w->minimumSizeHint().width();

    log->setMaxRows(100000);
    for (int i = 0; i < 5000; ++i)
        log->append(Event::message(i, Direction::In, true, "x"));
    log->flush();
    view->setFrozen(true);
    // Flushed as a flood is, 20 times a second.
    for (int i = 0; i < 123456; ++i) {
        log->append(Event::message(i, Direction::In, true, "y"));
        if (i % 5000 == 0)
            log->flush();
    }
    log->flush();
    settle();
    QVERIFY(!view->droppedNotice().isEmpty());
    QCOMPARE(view->unseenCount(), 100000); // the longest count the limit lets it show
    QCOMPARE(freeze->text(),
             LogView::tr("Frozen · %1 new").arg(QLocale().toString(view->unseenCount())));
    const auto checkBar = [&] {
        const QString at = QStringLiteral("at %1 px: ").arg(w->width());
        for (QWidget *a : bar) {
            QVERIFY2(a->isVisible(), qPrintable(at + a->objectName() + " hidden"));
            QVERIFY2(view->rect().contains(a->geometry()),
                     qPrintable(at + a->objectName() + " leaves the log"));
            for (QWidget *b : bar) {
                QVERIFY2(a == b || !a->geometry().intersects(b->geometry()),
                         qPrintable(at + a->objectName() + " overlaps " + b->objectName()));
            }
            if (auto *button = qobject_cast<QPushButton *>(a))
                QVERIFY2(button->width() >= button->sizeHint().width()
                             && button->height() >= button->sizeHint().height(),
                         qPrintable(at + button->text() + " is cut"));
        }
        QVERIFY2(count->contentsRect().width()
                     >= count->fontMetrics().horizontalAdvance(count->text()),
                 qPrintable(at + count->text() + " is cut"));
        QVERIFY2(notice->height() >= notice->heightForWidth(notice->width()),
                 qPrintable(at + "the notice is cut"));
        // A sentence on a line or two, not a column of single words.
        QVERIFY2(notice->height() <= 3 * notice->fontMetrics().lineSpacing(),
                 qPrintable(at + QString::number(notice->height()) + " px tall notice"));
    };

    // A maximized or tiled window keeps its width, whatever minimum its contents ask for now.
    w->windowHandle()->resize(narrowest, 720);
    QTRY_COMPARE(w->width(), narrowest);
    settle();
    checkBar();
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(w->minimumSizeHint().width() <= narrowest,
             qPrintable(QStringLiteral("the window needs %1 px now, %2 before")
                            .arg(w->minimumSizeHint().width())
                            .arg(narrowest)));
    for (const int width : {640, 700, 760, 820, 900, 1100}) {
        w->resize(width, 720);
        settle();
        QCOMPARE(w->width(), std::max(width, w->minimumWidth()));
        checkBar();
        if (QTest::currentTestFailed())
            return;
    }
}

void TestLogWindow::clearAsksWhenLarge()
{
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    for (int i = 0; i < 20; ++i)
        log->append(Event::message(i, Direction::In, true, "x"));
    log->flush();
    QVERIFY(w->clearCurrentLog()); // small: no question
    QCOMPARE(log->rowCount(), 0);
    for (int i = 0; i < LogView::ConfirmClearRows; ++i)
        log->append(Event::message(i, Direction::In, true, "x"));
    log->flush();
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!w->clearCurrentLog());
    QCOMPARE(log->rowCount(), LogView::ConfirmClearRows);
    // The log's own Clear button asks the same question.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(child<QPushButton>(w->currentPage()->logView(), "clearButton"),
                      Qt::LeftButton);
    QCOMPARE(log->rowCount(), LogView::ConfirmClearRows);
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(w->clearCurrentLog());
    QCOMPARE(log->rowCount(), 0);
}

void TestLogWindow::saveTheFilteredRows()
{
    MainWindow *w = makeWindow();
    EventLog *log = w->log();
    for (int i = 0; i < 100; ++i)
        log->append(Event::message(1767323045000 + i, Direction::In, true, QByteArray::number(i)));
    log->flush();
    LogView *view = w->currentPage()->logView();
    view->filterBar()->setSearchText("9");
    QTRY_COMPARE(view->filterModel()->rowCount(), 19); // 9, 19, …, 89, 90–99
    const QString path = m_dir->filePath("filtered.wsprobe.jsonl");
    QString error;
    QVERIFY2(w->exportCurrent(path, SessionWriter::Format::Jsonl, ExportDialog::Rows::Filtered,
                              false, &error),
             qPrintable(error));
    Session s;
    QVERIFY2(SessionReader::readFile(path, &s, &error), qPrintable(error));
    QCOMPARE(s.events.size(), 19);
    QCOMPARE(s.events.at(0).payload, QByteArray("9"));
    QCOMPARE(s.events.at(18).payload, QByteArray("99"));
    // A filter that shows nothing saves nothing, and says so.
    view->filterBar()->setSearchText("no such text");
    QTRY_COMPARE(view->filterModel()->rowCount(), 0);
    QVERIFY(!w->exportCurrent(m_dir->filePath("none.wsprobe.jsonl"), SessionWriter::Format::Jsonl,
                              ExportDialog::Rows::Filtered, false, &error));
    QVERIFY2(error.contains("filter shows no rows"), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath("none.wsprobe.jsonl")));
}

QTEST_MAIN(TestLogWindow)
#include "tst_logwindow.moc"
