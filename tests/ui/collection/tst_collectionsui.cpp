// The Connections sidebar, the environment chooser and the environments editor, offscreen
// in a real window, against the demo server on 127.0.0.1.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include "collection/collectionsui.h"
#include "collection/connectionsdock.h"
#include "collection/environmentbar.h"
#include "collection/environmentsdialog.h"
#include "common/windowfixture.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "demo/demoserver.h"
#include "window/mainwindow.h"

class TestCollectionsUi : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { cleanupWindowFixture(); }
    void openInTab();
    void saveTabAsConnection();
    void renameInPlace();
    void dragBetweenFolders();
    void searchFilters();
    void environmentComboSwitchesHost();
    void pinnedTabKeepsItsEnvironment();
    void editorMasksSecrets();

private:
    CollectionsUi *collections() const;
    ConnectionsDock *dock() const { return collections()->dock(); }
    QModelIndex proxyIndex(const QString &name) const;
    /// Waits for the connection to open and says which server saw it.
    bool openedOn(ConnectionPage *page, DemoServer *server);

    DemoServer *m_other = nullptr;
};

namespace {
SavedConnection saved(const QString &name, const QString &url)
{
    SavedConnection c;
    c.name = name;
    c.url = url;
    return c;
}

/// Answers the next QInputDialog with text.
void answerInputDialog(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no input dialog");
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
    });
}
} // namespace

void TestCollectionsUi::init()
{
    initWindowFixture();
    m_other = new DemoServer(this);
    QVERIFY(m_other->start());
    makeWindow();
    QVERIFY(collections()->setPath(m_dir->filePath("collections.json")));
    CollectionDocument doc;
    doc.items = {CollectionItem::makeFolder(
                     QStringLiteral("Demo"),
                     {CollectionItem::makeConnection(saved("Echo", "ws://{{host}}/echo")),
                      CollectionItem::makeConnection(saved("Ticker", "ws://{{host}}/ticker"))}),
                 CollectionItem::makeFolder(QStringLiteral("Staging")),
                 CollectionItem::makeConnection(saved("Binary", "ws://{{host}}/binary"))};
    doc.hasEnvironments = true;
    doc.environments.setEnvironments(
        {{QStringLiteral("one"),
          {{"host", QStringLiteral("127.0.0.1:%1").arg(m_server->port()), false}}},
         {QStringLiteral("two"),
          {{"host", QStringLiteral("127.0.0.1:%1").arg(m_other->port()), false},
           {"token", "s3cret", true}}}});
    collections()->store().addDocument(doc);
    collections()->store().setActiveEnvironment(QStringLiteral("one")); // an import never does
    dock()->show();
}

CollectionsUi *TestCollectionsUi::collections() const
{
    return child<CollectionsUi>(m_window.get(), "collectionsUi");
}

QModelIndex TestCollectionsUi::proxyIndex(const QString &name) const
{
    return dock()->proxy()->mapFromSource(collections()->store().model().find(name));
}

bool TestCollectionsUi::openedOn(ConnectionPage *page, DemoServer *server)
{
    QSignalSpy reached(server, &DemoServer::clientCountChanged);
    page->connectToServer();
    return QTest::qWaitFor([&] { return page->connection()->readyState() == ReadyState::Open; },
                           10000)
           && (!reached.isEmpty() || reached.wait(5000))
           && page->connection()->url().port() == server->port();
}

void TestCollectionsUi::openInTab()
{
    auto *tabs = child<QTabWidget>(m_window.get(), "pageTabs");
    const int before = tabs->count();
    QTreeView *tree = dock()->tree();
    tree->setFocus();
    tree->setCurrentIndex(proxyIndex(QStringLiteral("Echo")));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(tabs->count(), before + 1);
    ConnectionPage *page = m_window->currentPage();
    QCOMPARE(page->panel()->urlText(), QStringLiteral("ws://{{host}}/echo"));
    QCOMPARE(page->title(), QStringLiteral("Echo"));
    // A folder opens nothing.
    tree->setCurrentIndex(proxyIndex(QStringLiteral("Demo")));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(tabs->count(), before + 1);
    // The window's environment ("one") supplies {{host}}.
    QVERIFY(openedOn(page, m_server));
}

void TestCollectionsUi::saveTabAsConnection()
{
    ConnectionPage *page = m_window->currentPage();
    page->panel()->setUrlText(QStringLiteral("ws://{{host}}/echo?room=blue"));
    ConnectionRequest r = page->panel()->request();
    r.headers = {{"X-Team", "{{team}}"}};
    r.subprotocols = {QStringLiteral("chat.v1")};
    page->panel()->setRequest(r);
    page->panel()->setUrlText(QStringLiteral("ws://{{host}}/echo?room=blue"));
    dock()->tree()->setCurrentIndex(proxyIndex(QStringLiteral("Staging")));
    answerInputDialog(QStringLiteral("Blue room"));
    QTest::mouseClick(child<QToolButton>(dock(), "saveTabButton"), Qt::LeftButton);
    CollectionModel &model = collections()->store().model();
    const QModelIndex added = model.find(QStringLiteral("Blue room"));
    QVERIFY(added.isValid());
    QCOMPARE(added.parent(), model.find(QStringLiteral("Staging")));
    const SavedConnection c = model.connection(added);
    QCOMPARE(c.url, QStringLiteral("ws://{{host}}/echo?room=blue"));
    QCOMPARE(c.request.headers, (HeaderList{{"X-Team", "{{team}}"}}));
    QCOMPARE(c.request.subprotocols, QStringList{QStringLiteral("chat.v1")});
    QCOMPARE(dock()->currentSource(), added);
    // On disk at once.
    QFile file(m_dir->filePath("collections.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Blue room"));
}

void TestCollectionsUi::renameInPlace()
{
    QTreeView *tree = dock()->tree();
    tree->setFocus();
    tree->setCurrentIndex(proxyIndex(QStringLiteral("Ticker")));
    QTest::keyClick(tree, Qt::Key_F2);
    auto *editor = tree->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Price ticker"));
    QTest::keyClick(editor, Qt::Key_Return);
    CollectionModel &model = collections()->store().model();
    // The delegate commits from the event loop.
    QTRY_VERIFY(!model.find(QStringLiteral("Ticker")).isValid());
    QCOMPARE(model.connection(model.find(QStringLiteral("Price ticker"))).url,
             QStringLiteral("ws://{{host}}/ticker"));
}

void TestCollectionsUi::dragBetweenFolders()
{
    QTreeView *tree = dock()->tree();
    CollectionModel &model = collections()->store().model();
    QAbstractItemModelTester tester(dock()->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<QMimeData> data(
        dock()->proxy()->mimeData({proxyIndex(QStringLiteral("Echo"))}));
    const QRect target = tree->visualRect(proxyIndex(QStringLiteral("Staging")));
    QVERIFY(target.isValid());
    // The drop as the view receives it from a drag: onto the middle of the folder row.
    QDragEnterEvent enter(target.center(), Qt::MoveAction, data.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(target.center(), Qt::MoveAction, data.get(), Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(target.center(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
    const QModelIndex echo = model.find(QStringLiteral("Echo"));
    QVERIFY(echo.isValid()); // moved, not deleted by the view afterwards
    QCOMPARE(echo.parent(), model.find(QStringLiteral("Staging")));
    QCOMPARE(model.rowCount(model.find(QStringLiteral("Demo"))), 1);
    // The menu's Move To does the same, and a folder refuses to go into itself.
    dock()->moveTo(echo, {});
    QCOMPARE(model.find(QStringLiteral("Echo")).parent(), QModelIndex());
    const QModelIndex demo = model.find(QStringLiteral("Demo"));
    dock()->moveTo(demo, demo);
    QVERIFY(!dock()->errorText().isEmpty());
}

void TestCollectionsUi::searchFilters()
{
    QSortFilterProxyModel *proxy = dock()->proxy();
    QLineEdit *search = dock()->searchEdit();
    QCOMPARE(proxy->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("TICK"));
    // Only the folder that holds the match, and the match inside it.
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex demo = proxy->index(0, 0);
    QCOMPARE(demo.data().toString(), QStringLiteral("Demo"));
    QCOMPARE(proxy->rowCount(demo), 1);
    QCOMPARE(proxy->index(0, 0, demo).data().toString(), QStringLiteral("Ticker"));
    QVERIFY(dock()->tree()->isExpanded(demo));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("/binary"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Binary"));
    search->clear();
    QCOMPARE(proxy->rowCount(), 3);
}

void TestCollectionsUi::environmentComboSwitchesHost()
{
    ConnectionPage *page = m_window->currentPage();
    page->panel()->setUrlText(QStringLiteral("ws://{{host}}/echo"));
    QComboBox *combo = collections()->bar()->combo();
    QCOMPARE(combo->currentText(), QStringLiteral("one"));
    QVERIFY(openedOn(page, m_server));
    page->disconnectFromServer();
    QTRY_COMPARE(page->connection()->readyState(), ReadyState::Closed);

    const int two = combo->findText(QStringLiteral("two"));
    combo->setCurrentIndex(two);
    emit combo->activated(two); // as a click in the list does
    QCOMPARE(collections()->store().environments().active(), QStringLiteral("two"));
    QVERIFY(openedOn(page, m_other));
    page->disconnectFromServer();
    QTRY_COMPARE(page->connection()->readyState(), ReadyState::Closed);

    // No environment: {{host}} is unknown, and the tab says so instead of connecting.
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    page->connectToServer();
    QCOMPARE(page->connection()->readyState(), ReadyState::Closed);
}

void TestCollectionsUi::pinnedTabKeepsItsEnvironment()
{
    ConnectionPage *first = m_window->currentPage();
    first->panel()->setUrlText(QStringLiteral("ws://{{host}}/echo"));
    EnvironmentBar *bar = collections()->bar();
    const int two = bar->combo()->findText(QStringLiteral("two"));
    bar->combo()->setCurrentIndex(two);
    QTest::mouseClick(bar->pinButton(), Qt::LeftButton); // pin "two" to this tab
    QCOMPARE(first->workbench().environment(), QStringLiteral("two"));
    QCOMPARE(collections()->store().environments().active(), QStringLiteral("one"));

    ConnectionPage *second = m_window->newConnectionTab();
    second->panel()->setUrlText(QStringLiteral("ws://{{host}}/echo"));
    QCOMPARE(bar->combo()->currentText(), QStringLiteral("one"));
    QVERIFY(!bar->pinButton()->isChecked());
    QVERIFY(openedOn(second, m_server));
    QVERIFY(openedOn(first, m_other));
    // The pin is part of the tab's saved settings.
    QCOMPARE(first->saveState().value(QStringLiteral("environment")).toString(),
             QStringLiteral("two"));
}

void TestCollectionsUi::editorMasksSecrets()
{
    EnvironmentsDialog dialog(collections()->store().environments(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.list()->currentItem()->text(), QStringLiteral("one")); // the active one
    dialog.selectEnvironment(QStringLiteral("two"));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    const QModelIndex secret = table->model()->index(1, 1);
    QCOMPARE(secret.data().toString(), QStringLiteral("s3cret"));
    QCOMPARE(EnvironmentsDialog::shownValue(secret, false), QString(8, QChar(0x2022)));
    QCOMPARE(EnvironmentsDialog::shownValue(table->model()->index(0, 1), false),
             QStringLiteral("127.0.0.1:%1").arg(m_other->port()));
    // Typed masked, too.
    table->setCurrentCell(1, 1);
    table->editItem(table->item(1, 1));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->echoMode(), QLineEdit::Password);
    editor->setText(QStringLiteral("n3w"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(secret.data().toString(), QStringLiteral("n3w"));
    dialog.showSecrets()->setChecked(true);
    QCOMPARE(EnvironmentsDialog::shownValue(secret, true), QStringLiteral("n3w"));

    dialog.addEnvironment(QStringLiteral("three"));
    dialog.addVariable(QStringLiteral("host"), QStringLiteral("example.org"), false);
    const EnvironmentSet set = dialog.environments();
    QCOMPARE(set.names(), (QStringList{"one", "two", "three"}));
    QCOMPARE(set.find(QStringLiteral("two"))->variables[1].value, QStringLiteral("n3w"));
    QCOMPARE(set.find(QStringLiteral("three"))->table(),
             (Variables::Table{{"host", "example.org"}}));
}

QTEST_MAIN(TestCollectionsUi)
#include "tst_collectionsui.moc"
