// The window fits a small screen whatever it shows: a Serve tab, a long script error, a rules
// error or the Raw Frame panel never raise its minimum size past 800×700 (1280×720, or
// 1366×768 less a taskbar), in English or in Vietnamese.
#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include "common/windowfixture.h"
#include "compose/scriptpanel.h"
#include "connection/connectionpage.h"
#include "script/scriptruntime.h"
#include "serve/servepage.h"
#include "serve/serverulespanel.h"
#include "window/mainwindow.h"

class TestWindowSize : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup();
    void fitsASmallScreen_data();
    void fitsASmallScreen();

private:
    static constexpr int MaxWidth = 800;
    static constexpr int MaxHeight = 700;
    /// Whether the window's minimum fits; on failure, what asks for the room.
    bool fits(MainWindow *w, const char *when);
    static void describeTallest(QWidget *w, int depth, QString *out);

    QTranslator m_translator;
};

void TestWindowSize::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    cleanupWindowFixture();
}

void TestWindowSize::describeTallest(QWidget *w, int depth, QString *out)
{
    // The chain of widgets that asks for the most: the first to shrink or to scroll.
    const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
    *out += QStringLiteral("%1%2 %3: %4×%5\n")
                .arg(QString(depth * 2, QLatin1Char(' ')),
                     QString::fromLatin1(w->metaObject()->className()), w->objectName())
                .arg(min.width())
                .arg(min.height());
    if (depth > 30)
        return;
    for (QWidget *c : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (c->isWindow() || c->isHidden())
            continue;
        const QSize m = c->minimumSizeHint().expandedTo(c->minimumSize());
        if (m.height() > 120 || m.width() > 400)
            describeTallest(c, depth + 1, out);
    }
}

bool TestWindowSize::fits(MainWindow *w, const char *when)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
    if (min.width() <= MaxWidth && min.height() <= MaxHeight)
        return true;
    QString chain;
    describeTallest(w, 0, &chain);
    qWarning("%s: minimum %d×%d\n%s", when, min.width(), min.height(), qPrintable(chain));
    return false;
}

void TestWindowSize::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QString();
    QTest::addRow("Vietnamese") << QStringLiteral("vi");
}

void TestWindowSize::fitsASmallScreen()
{
    QFETCH(QString, language);
    if (!language.isEmpty()) {
        QVERIFY(m_translator.load(QStringLiteral("wsprobe_") + language,
                                  QStringLiteral(WSPROBE_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
    }
    MainWindow *w = makeWindow();
    w->resize(1000, 650);
    QVERIFY(fits(w, "new window"));

    // A script error as long as the timeout's, which took the width of its text.
    ConnectionPage *page = connectedPage();
    page->composerTabs()->setCurrentWidget(page->scriptPanel());
    page->scriptPanel()->setScript(
        QStringLiteral("throw new Error('The script kept running for more than 5000 ms and "
                       "was stopped: an await that never settles, or a loop that never ends "
                       "— raise timeout or look for the await that waits');\n"));
    page->scriptPanel()->run();
    QTRY_VERIFY_WITH_TIMEOUT(!page->scriptPanel()->runtime().isRunning(), 15000);
    QVERIFY2(page->scriptPanel()->summaryText().contains("5000"),
             qPrintable(page->scriptPanel()->summaryText()));
    QVERIFY(fits(w, "script error"));

    // The Raw Frame panel under the composer.
    page->composerTabs()->setCurrentIndex(0);
    child<QToolButton>(page, "rawFrameButton")->click();
    QVERIFY(fits(w, "raw frame panel"));

    // A Serve tab, with a rules error.
    child<QAction>(w, "actionNewServeTab")->trigger();
    auto *serve = qobject_cast<ServePage *>(child<QTabWidget>(w, "pageTabs")->currentWidget());
    QVERIFY(serve);
    QVERIFY(fits(w, "serve tab"));
    serve->rulesPanel()->editor()->setPlainText(QStringLiteral("{\"rules\": [ {\"match\": 1 ]"));
    QVERIFY(!serve->rulesPanel()->apply());
    QVERIFY(!serve->rulesPanel()->errorText().isEmpty());
    QVERIFY(fits(w, "rules error"));
}

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
