// Help → Keyboard Shortcuts lists what the window's actions say, and Help → Documentation shows
// the documentation the build puts beside the program, where an install puts it too.
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

#include "common/windowfixture.h"
#include "window/documentationdialog.h"
#include "window/helpmenu.h"
#include "window/mainwindow.h"
#include "window/shortcutsdialog.h"

class TestHelpMenu : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }

    void shortcutsListEveryAction();
    void shortcutsFollowTheActions();
    void shortcutsFilter();
    void documentationOpensFromTheProgramsFolder();
    void documentationFollowsItsLinks();
    void missingDocumentationIsExplained();

private:
    ShortcutsDialog *openShortcuts();
    DocumentationDialog *openDocumentation(const QString &folder);
    static QMultiHash<QString, QString> rows(ShortcutsDialog *dialog);
};

ShortcutsDialog *TestHelpMenu::openShortcuts()
{
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Keys → "group / command", as the dialog shows them.
QMultiHash<QString, QString> TestHelpMenu::rows(ShortcutsDialog *dialog)
{
    QMultiHash<QString, QString> shown;
    auto *tree = dialog->findChild<QTreeWidget *>("shortcutsTree");
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                shown.insert(group->child(i)->text(1),
                             group->text(0) + " / " + group->child(i)->text(0));
        }
    }
    return shown;
}

void TestHelpMenu::shortcutsListEveryAction()
{
    makeWindow();
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    const QMultiHash<QString, QString> shown = rows(dialog);
    int withShortcut = 0;
    for (const QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        const QString command = ShortcutsDialog::withoutMnemonic(a->text());
        const QStringList where = shown.values(keys);
        QVERIFY2(std::any_of(where.begin(), where.end(),
                             [&](const QString &row) { return row.endsWith(" / " + command); }),
                 qPrintable(keys + " " + command + " is missing; shown: " + where.join(", ")));
    }
    // The window's menus have a couple of dozen, each listed once (an action is in a menu and
    // in the tool bar too).
    QVERIFY2(withShortcut > 20, qPrintable(QString::number(withShortcut)));
    QSet<QString> distinct;
    for (auto it = shown.begin(); it != shown.end(); ++it)
        distinct.insert(it.key() + " | " + it.value());
    QCOMPARE(distinct.size(), shown.size());
    QVERIFY(shown.size() >= withShortcut);
    // Grouped by menu: F5 is in the Connection menu.
    QVERIFY2(shown.value("F5").startsWith("Connection / "), qPrintable(shown.value("F5")));
}

void TestHelpMenu::shortcutsFollowTheActions()
{
    makeWindow();
    // A shortcut changed and an action added after the window was built both show: the list is
    // read when the dialog opens.
    auto *view = m_window->menuBar()->findChild<QMenu *>("menuView");
    QVERIFY(view);
    QAction *added = view->addAction("Zoom &In");
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    QAction *connect = m_window->findChild<QAction *>("actionConnect");
    connect->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_F5)});
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    const QMultiHash<QString, QString> shown = rows(dialog);
    const QString zoom = QKeySequence(Qt::CTRL | Qt::Key_Equal).toString(QKeySequence::NativeText);
    QCOMPARE(shown.value(zoom), QString("View / Zoom In"));
    const QString both =
        "F5, " + QKeySequence(Qt::CTRL | Qt::Key_F5).toString(QKeySequence::NativeText);
    QCOMPARE(shown.value(both), QString("Connection / Connect"));
}

void TestHelpMenu::shortcutsFilter()
{
    makeWindow();
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    auto *filter = dialog->findChild<QLineEdit *>("shortcutsFilter");
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, "F5");
    QMultiHash<QString, QString> shown = rows(dialog);
    QCOMPARE(shown.size(), 2);
    QVERIFY(shown.contains("F5") && shown.contains("Shift+F5"));
    filter->clear();
    QTest::keyClicks(filter, "handshake");
    shown = rows(dialog);
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.contains("Ctrl+H"));
}

DocumentationDialog *TestHelpMenu::openDocumentation(const QString &folder)
{
    auto *help = m_window->findChild<HelpMenu *>("helpMenu");
    if (!help)
        return nullptr;
    help->setDocumentationFolder(folder);
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *dialog = m_window->findChild<DocumentationDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestHelpMenu::documentationOpensFromTheProgramsFolder()
{
    // Found from the program's folder as an installed program finds it: the build tree has it
    // in the same place relative to the program.
    const QString beside = QDir::cleanPath(QDir(WSPROBE_GUI_DIR).filePath(WSPROBE_DOC_RELDIR));
    QVERIFY2(QFileInfo::exists(beside + "/README.md"), qPrintable(beside));
    QVERIFY(QFileInfo::exists(beside + "/docs/events.md"));
    QVERIFY(QFileInfo::exists(beside + "/docs/screenshot.png"));
    QCOMPARE(
        HelpMenu::installedDocumentation(),
        QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(WSPROBE_DOC_RELDIR)));
    makeWindow();
    DocumentationDialog *dialog = openDocumentation(beside);
    QVERIFY(dialog);
    QTextBrowser *browser = dialog->browser();
    QCOMPARE(browser->source(), QUrl::fromLocalFile(beside + "/README.md"));
    const QString text = browser->toPlainText();
    // Rendered from Markdown, not shown as its source.
    QVERIFY2(text.startsWith("Wsprobe"), qPrintable(text.left(200)));
    QVERIFY(!text.contains("## "));
    QVERIFY(text.contains("Using it"));
    // The screenshot, wider than the window, is shown at the page's width.
    bool image = false;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            image = true;
            const QTextImageFormat f = it.fragment().charFormat().toImageFormat();
            QVERIFY2(f.width() > 100 && f.width() <= browser->viewport()->width(),
                     qPrintable(QString::number(f.width())));
        }
    }
    QVERIFY(image);
    // Unfitted, the page would be as wide as the picture; code lines may be wider than the
    // window, but not as wide as that.
    const int natural = QImage(beside + "/docs/screenshot.png").width();
    QVERIFY(natural > browser->viewport()->width());
    QVERIFY2(browser->document()->idealWidth() < natural,
             qPrintable(QString::number(browser->document()->idealWidth())));
}

void TestHelpMenu::documentationFollowsItsLinks()
{
    const QString folder = QDir::cleanPath(QDir(WSPROBE_GUI_DIR).filePath(WSPROBE_DOC_RELDIR));
    makeWindow();
    DocumentationDialog *dialog = openDocumentation(folder);
    QVERIFY(dialog);
    QTextBrowser *browser = dialog->browser();
    // README's own link to the event record, as a click on it delivers it.
    QVERIFY(browser->toHtml().contains("href=\"docs/events.md\""));
    emit browser->anchorClicked(QUrl("docs/events.md"));
    QCOMPARE(browser->source(), QUrl::fromLocalFile(folder + "/docs/events.md"));
    QVERIFY(!browser->toPlainText().contains("# "));
    // events.md links back with a path relative to itself.
    emit browser->anchorClicked(QUrl("session-format.md"));
    QCOMPARE(browser->source(), QUrl::fromLocalFile(folder + "/docs/session-format.md"));
    browser->backward();
    QCOMPARE(browser->source(), QUrl::fromLocalFile(folder + "/docs/events.md"));
    // A file of the source that is not shipped (the licence is installed as "copyright").
    auto *note = dialog->findChild<QLabel *>("documentationNote");
    QVERIFY(note->isHidden());
    emit browser->anchorClicked(QUrl("../LICENSE"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains("LICENSE"), qPrintable(note->text()));
    QCOMPARE(browser->source(), QUrl::fromLocalFile(folder + "/docs/events.md"));
}

void TestHelpMenu::missingDocumentationIsExplained()
{
    makeWindow();
    const QString nowhere = m_dir->filePath("no-docs");
    DocumentationDialog *dialog = openDocumentation(nowhere);
    QVERIFY(dialog);
    const QString text = dialog->browser()->toPlainText();
    QVERIFY2(text.contains(QDir::toNativeSeparators(nowhere)), qPrintable(text));
    QVERIFY(text.contains("share/doc/wsprobe"));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
