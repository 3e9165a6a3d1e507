// CollectionModel and CollectionStore: the tree, moves by drag and drop, the file on disk.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "collection/collectionmodel.h"
#include "collection/collectionstore.h"

class TestCollectionModel : public QObject
{
    Q_OBJECT
private slots:
    void editing();
    void dragMovesBetweenFolders();
    void cannotDropIntoItself();
    void storeSavesEveryChange();
    void storeNeverOverwritesAnUnreadableFile();
    void exportLeavesSecretsOut();
    void parseErrorsSayWhere();
};

namespace {
SavedConnection connection(const QString &name, const QString &url)
{
    SavedConnection c;
    c.name = name;
    c.url = url;
    return c;
}

QList<CollectionItem> fixture()
{
    return {
        CollectionItem::makeFolder(
            QStringLiteral("Local"),
            {CollectionItem::makeConnection(connection("Echo", "ws://127.0.0.1:8080/echo")),
             CollectionItem::makeConnection(connection("Ticker", "ws://127.0.0.1:8080/ticker"))}),
        CollectionItem::makeFolder(QStringLiteral("Staging")),
        CollectionItem::makeConnection(connection("Public echo", "wss://echo.example.org"))};
}
} // namespace

void TestCollectionModel::editing()
{
    CollectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(fixture());
    QSignalSpy changed(&model, &CollectionModel::changed);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex local = model.find(QStringLiteral("Local"));
    QCOMPARE(model.rowCount(local), 2);
    QCOMPARE(local.data(CollectionModel::ConnectionCountRole).toInt(), 2);
    const QModelIndex echo = model.find(QStringLiteral("Echo"));
    QCOMPARE(echo.parent(), local);
    QCOMPARE(echo.data(CollectionModel::UrlRole).toString(),
             QStringLiteral("ws://127.0.0.1:8080/echo"));
    QVERIFY(echo.data(CollectionModel::SearchTextRole).toString().contains(QLatin1String("/echo")));

    QVERIFY(model.setData(echo, QStringLiteral("Echo server")));
    QCOMPARE(model.connection(echo).name, QStringLiteral("Echo server"));
    QVERIFY(!model.rename(echo, QStringLiteral("  "))); // a name is needed
    const QModelIndex copy = model.duplicate(echo);
    QCOMPARE(copy.data().toString(), QStringLiteral("Echo server (copy)"));
    QCOMPARE(copy.row(), echo.row() + 1);
    QCOMPARE(model.connection(copy).url, model.connection(echo).url);
    const QModelIndex sub = model.addFolder(QStringLiteral("Sub"), copy); // beside a connection
    QCOMPARE(sub.parent(), local);
    QCOMPARE(model.pathOf(sub), QStringLiteral("Local/Sub"));
    QCOMPARE(model.folders().size(), 3);
    QVERIFY(model.remove(copy));
    QCOMPARE(model.rowCount(local), 3);
    QCOMPARE(changed.count(), 4);
}

void TestCollectionModel::dragMovesBetweenFolders()
{
    CollectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(fixture());
    const QModelIndex ticker = model.find(QStringLiteral("Ticker"));
    const QModelIndex publicEcho = model.find(QStringLiteral("Public echo"));
    std::unique_ptr<QMimeData> data(model.mimeData({ticker, publicEcho}));
    const QModelIndex staging = model.find(QStringLiteral("Staging"));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, staging));
    // Answers false, so that a view does not remove the "source" rows: the move is done.
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, staging));
    QCOMPARE(model.rowCount(staging), 2);
    QCOMPARE(model.find(QStringLiteral("Ticker")).parent(), staging);
    QCOMPARE(model.rowCount(model.find(QStringLiteral("Local"))), 1);
    QCOMPARE(model.rowCount(), 2);
    // Dropped on a connection: into that connection's folder.
    std::unique_ptr<QMimeData> back(model.mimeData({model.find(QStringLiteral("Ticker"))}));
    model.dropMimeData(back.get(), Qt::MoveAction, -1, -1, model.find(QStringLiteral("Echo")));
    QCOMPARE(model.find(QStringLiteral("Ticker")).parent(), model.find(QStringLiteral("Local")));
    // And to the top level.
    QVERIFY(model.move(model.find(QStringLiteral("Ticker")), {}));
    QCOMPARE(model.find(QStringLiteral("Ticker")).parent(), QModelIndex());
}

void TestCollectionModel::cannotDropIntoItself()
{
    CollectionModel model;
    model.setItems(fixture());
    const QModelIndex local = model.find(QStringLiteral("Local"));
    const QModelIndex inner = model.addFolder(QStringLiteral("Inner"), local);
    std::unique_ptr<QMimeData> data(model.mimeData({local}));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, local));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, inner));
    QVERIFY(!model.move(local, inner));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                  model.find(QStringLiteral("Staging"))));
    QMimeData foreign;
    foreign.setText(QStringLiteral("ws://x"));
    QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, -1, -1, local));
}

void TestCollectionModel::storeSavesEveryChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("data/collections.json");
    {
        CollectionStore store;
        QString error;
        QVERIFY(store.load(path, &error)); // missing: empty
        CollectionDocument doc;
        doc.items = fixture();
        store.addDocument(doc);
        EnvironmentSet envs;
        envs.setEnvironments({{QStringLiteral("local"),
                               {{"host", "127.0.0.1:1", false}, {"token", "t0ps3cret", true}}}});
        envs.setActive(QStringLiteral("local"));
        store.setEnvironments(envs);
        store.model().rename(store.model().find(QStringLiteral("Echo")), QStringLiteral("Echo 2"));
        QVERIFY(store.error().isEmpty());
    }
    QVERIFY(QFile(path).permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(!QFile(path).permissions().testFlag(QFileDevice::ReadOther));
    CollectionStore again;
    QString error;
    QVERIFY(again.load(path, &error));
    QVERIFY(again.model().find(QStringLiteral("Echo 2")).isValid());
    QCOMPARE(again.model().rowCount(), 3);
    QCOMPARE(again.environments().active(), QStringLiteral("local"));
    // The app's own file keeps secrets: it is where they live.
    QCOMPARE(again.environments().find(QStringLiteral("local"))->variables[1].value,
             QStringLiteral("t0ps3cret"));
}

void TestCollectionModel::storeNeverOverwritesAnUnreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("collections.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"wsprobe-collection\", \"items\": [ broken");
    f.close();
    CollectionStore store;
    QString error;
    QVERIFY(!store.load(path, &error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
    store.model().addFolder(QStringLiteral("new"));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(again.readAll().contains("broken"));
}

void TestCollectionModel::exportLeavesSecretsOut()
{
    QTemporaryDir dir;
    CollectionStore store;
    CollectionDocument doc;
    doc.items = fixture();
    store.addDocument(doc);
    EnvironmentSet envs;
    envs.setEnvironments(
        {{QStringLiteral("prod"), {{"host", "example.org", false}, {"token", "t0ps3cret", true}}}});
    envs.setGlobals({{"apiKey", "g-secret", true}});
    store.setEnvironments(envs);
    QString error;
    const QString plain = dir.filePath("plain.json");
    QVERIFY(store.exportTo(plain, {}, true, false, &error));
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("t0ps3cret"));
    QVERIFY(!bytes.contains("g-secret"));
    QVERIFY(bytes.contains("example.org"));
    CollectionDocument read;
    QVERIFY(CollectionFile::parse(bytes, &read, &error));
    QCOMPARE(read.items, fixture());
    const Environment *prod = read.environments.find(QStringLiteral("prod"));
    QVERIFY(prod && prod->variables[1].secret && prod->variables[1].value.isEmpty());
    // Merging it back keeps the secret we have.
    EnvironmentSet mine = store.environments();
    mine.merge(read.environments);
    QCOMPARE(mine.find(QStringLiteral("prod"))->variables[1].value, QStringLiteral("t0ps3cret"));

    const QString withSecrets = dir.filePath("secrets.json");
    QVERIFY(store.exportTo(withSecrets, store.model().find(QStringLiteral("Local")), true, true,
                           &error));
    QVERIFY(CollectionFile::load(withSecrets, &read, &error));
    QCOMPARE(read.items.size(), 1);
    QCOMPARE(read.items[0].name, QStringLiteral("Local"));
    QCOMPARE(read.environments.find(QStringLiteral("prod"))->variables[1].value,
             QStringLiteral("t0ps3cret"));
}

void TestCollectionModel::parseErrorsSayWhere()
{
    CollectionDocument doc;
    QString error;
    QVERIFY(
        !CollectionFile::parse(R"({"format": "wsprobe-templates", "version": 1})", &doc, &error));
    QVERIFY2(error.contains(QLatin1String("not a Wsprobe collection")), qPrintable(error));
    QVERIFY(!CollectionFile::parse(
        R"({"format": "wsprobe-collection", "version": 1, "items": [{"type": "folder", "name": "a", "items": [{"type": "socket"}]}]})",
        &doc, &error));
    QVERIFY2(error.contains(QLatin1String("items[0].items[0]")), qPrintable(error));
    QVERIFY(
        !CollectionFile::parse(R"({"format": "wsprobe-collection", "version": 99})", &doc, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCollectionModel)
#include "tst_collectionmodel.moc"
