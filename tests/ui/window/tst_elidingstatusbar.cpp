// The window's status message ends in "…" before the indicators, with the whole message as its
// tool tip, and never widens the window.
#include <QHelpEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QToolTip>

#include "common/windowfixture.h"
#include "window/elidingstatusbar.h"
#include "window/mainwindow.h"

class TestElidingStatusBar : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }

    void longMessageIsElidedWithATooltip();
    void shortMessageIsShownWhole();
};

void TestElidingStatusBar::longMessageIsElidedWithATooltip()
{
    MainWindow *w = makeWindow();
    w->resize(900, 600);
    auto *bar = qobject_cast<ElidingStatusBar *>(w->statusBar());
    QVERIFY(bar);
    const int minimumWidth = w->minimumSizeHint().width();
    const QString message = "Demo server listening on ws://127.0.0.1:65535/ — paths /echo, "
                            "/ticker, /binary "
                            + QString(200, 'x');
    bar->showMessage(message);
    // The message is kept whole for whoever asks; only its drawing is shortened.
    QCOMPARE(bar->currentMessage(), message);
    const QRect room = bar->messageRect();
    QVERIFY(room.width() > 50);
    // It ends before the first indicator.
    for (const QLabel *label : bar->findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(room.right() < label->mapTo(bar, QPoint(0, 0)).x(), qPrintable(label->text()));
    }
    const QString shown = bar->shownMessage();
    QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
    QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <= room.width());
    QVERIFY(shown.startsWith("Demo server"));
    QCOMPARE(w->minimumSizeHint().width(), minimumWidth);
    QCOMPARE(w->width(), 900);
    // Hovering the message shows all of it.
    const QPoint at = room.center();
    QHelpEvent help(QEvent::ToolTip, at, bar->mapToGlobal(at));
    QVERIFY(QCoreApplication::sendEvent(bar, &help));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), message);
    QToolTip::hideText();
    QTest::qWait(1);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    bar->grab(); // paints without a warning
}

void TestElidingStatusBar::shortMessageIsShownWhole()
{
    MainWindow *w = makeWindow();
    auto *bar = qobject_cast<ElidingStatusBar *>(w->statusBar());
    QVERIFY(bar);
    bar->showMessage("Saved");
    QCOMPARE(bar->shownMessage(), QString("Saved"));
    const QPoint at = bar->messageRect().topLeft() + QPoint(2, 2);
    QHelpEvent help(QEvent::ToolTip, at, bar->mapToGlobal(at));
    QCoreApplication::sendEvent(bar, &help);
    QVERIFY(!QToolTip::isVisible() || QToolTip::text() != "Saved");
}

QTEST_MAIN(TestElidingStatusBar)
#include "tst_elidingstatusbar.moc"
