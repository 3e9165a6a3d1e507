// The mouse wheel over a panel of settings scrolls the panel: the spin boxes and combo boxes it
// passes over keep their values unless the user has clicked or tabbed into them.
#include <QAction>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

#include "common/windowfixture.h"
#include "connection/connectionpage.h"
#include "window/mainwindow.h"
#include "window/preferences.h"
#include "window/preferencesdialog.h"

class TestWheelGuard : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }
    void wheelScrollsTheConnectionPanel();
    void focusedFieldTakesTheWheel();
    void serveSettingsKeepTheirValues();
    void preferencesKeepTheirValues();

private:
    /// Rolls the wheel `steps` notches down (negative: up) over the middle of widget.
    static void roll(QWidget *widget, int steps)
    {
        const QPointF local = QRectF(widget->rect()).center();
        QWheelEvent e(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120 * steps),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(widget, &e);
    }
    static QScrollArea *scrollAreaOf(QWidget *w)
    {
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p))
                return area;
        }
        return nullptr;
    }
};

void TestWheelGuard::wheelScrollsTheConnectionPanel()
{
    MainWindow *w = makeWindow();
    w->resize(1000, 480); // short enough that the panel scrolls
    QWidget *panel = w->currentPage()->findChild<QWidget *>("connectionPanel");
    QVERIFY(panel);
    auto *engine = child<QComboBox>(panel, "engineCombo");
    auto *maxMessage = child<QSpinBox>(panel, "maxMessageSpin");
    QScrollArea *scroll = scrollAreaOf(maxMessage);
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    w->currentPage()->findChild<QWidget *>("urlCombo")->setFocus();
    const int engineIndex = engine->currentIndex();
    const int limit = maxMessage->value();
    QCOMPARE(engine->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(maxMessage->focusPolicy(), Qt::StrongFocus);

    roll(engine, 1);
    roll(engine, -1);
    roll(engine, 1);
    roll(maxMessage, 3);
    QCOMPARE(engine->currentIndex(), engineIndex);
    QCOMPARE(maxMessage->value(), limit);
    // The notches went to the page instead.
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
    QVERIFY(!maxMessage->hasFocus());
}

void TestWheelGuard::focusedFieldTakesTheWheel()
{
    MainWindow *w = makeWindow();
    w->activateWindow();
    auto *maxMessage = child<QSpinBox>(w->currentPage(), "maxMessageSpin");
    const int limit = maxMessage->value();
    maxMessage->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(maxMessage->hasFocus());
    roll(maxMessage, -2); // up: more
    QCOMPARE(maxMessage->value(), limit + 2 * maxMessage->singleStep());
}

void TestWheelGuard::serveSettingsKeepTheirValues()
{
    MainWindow *w = makeWindow();
    child<QAction>(w, "actionNewServeTab")->trigger();
    QWidget *page = w->findChild<QTabWidget *>("pageTabs")->currentWidget();
    const QList<QSpinBox *> spins = page->findChildren<QSpinBox *>();
    const QList<QComboBox *> combos = page->findChildren<QComboBox *>();
    int guarded = 0;
    for (QSpinBox *spin : spins) {
        if (!scrollAreaOf(spin) || spin->hasFocus())
            continue;
        const int before = spin->value();
        roll(spin, -1);
        QCOMPARE(spin->value(), before);
        ++guarded;
    }
    for (QComboBox *combo : combos) {
        if (!scrollAreaOf(combo) || combo->hasFocus() || combo->count() < 2)
            continue;
        const int before = combo->currentIndex();
        roll(combo, before == 0 ? 1 : -1);
        QCOMPARE(combo->currentIndex(), before);
        ++guarded;
    }
    QVERIFY2(guarded >= 3, qPrintable(QString::number(guarded)));
}

void TestWheelGuard::preferencesKeepTheirValues()
{
    PreferencesDialog dialog{Preferences()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *theme = child<QComboBox>(&dialog, "themeCombo");
    auto *rows = child<QSpinBox>(&dialog, "maxRowsSpin");
    child<QWidget>(&dialog, "redactNamesEdit")->setFocus();
    const int themeIndex = theme->currentIndex();
    const int maxRows = rows->value();
    roll(theme, themeIndex == 0 ? 1 : -1);
    roll(rows, -1);
    QCOMPARE(theme->currentIndex(), themeIndex);
    QCOMPARE(rows->value(), maxRows);
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
