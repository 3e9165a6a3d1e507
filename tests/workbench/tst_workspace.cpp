// The workspace file: what is saved and how (bytes, lists, numbers survive JSON), that a bad
// file is refused with a reason, that the saver waits for a pause but not forever, writes
// only what changed, through QSaveFile, readable by its owner only.
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "session/sessiontitle.h"
#include "workbench/workspace.h"
#include "workbench/workspacesaver.h"

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryKind();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void fileIsPrivateAndBesideTheSettings();
    void oldSettingsAreReadOnce();
    void saverDebouncesAndWritesOnlyChanges();
    void saverSavesDuringSteadyChanges();
    void saverReportsAFailedWriteOnce();
    void saverWritesInOrderWithAWriteInProgress();
    void demoUrlsFollowTheServer_data();
    void demoUrlsFollowTheServer();
    void urlsGoToTheRightTab();
    void titles_data();
    void titles();
};

void TestWorkspace::roundTripKeepsEveryKind()
{
    Workspace w;
    w.currentTab = 1;
    w.recentUrls = {"ws://a/1", "wss://b/2"};
    w.demoPort = 41234;
    QVariantMap tab;
    tab.insert("urlText", "ws://127.0.0.1:9/feed?token=x");
    tab.insert("splitter", QByteArray("\x00\xff\x10 raw", 7));
    tab.insert("onOpen", QStringList{"auth {{token}}", "sub"});
    tab.insert("variables", QVariantList{QStringList{"token", "abc"}});
    tab.insert("reconnect", true);
    tab.insert("attempts", 7);
    tab.insert("composer", QVariantMap{{"mode", 1}, {"text", "{\"a\": 1}"}});
    tab.insert("empty", QString());
    w.tabs << tab << QVariantMap{{"urlText", "ws://other/x"}};

    const QByteArray json = w.toJson();
    QCOMPARE(w.toJson(), json); // the same workspace gives the same bytes
    Workspace back;
    QString error;
    QVERIFY2(Workspace::fromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back.currentTab, 1);
    QCOMPARE(back.recentUrls, w.recentUrls);
    QCOMPARE(back.demoPort, quint16(41234));
    QCOMPARE(back.tabs.size(), 2);
    const QVariantMap t = back.tabs.first();
    QCOMPARE(t.value("urlText").toString(), QString("ws://127.0.0.1:9/feed?token=x"));
    QCOMPARE(t.value("splitter").toByteArray(), QByteArray("\x00\xff\x10 raw", 7));
    QCOMPARE(t.value("onOpen").toStringList(), QStringList({"auth {{token}}", "sub"}));
    QCOMPARE(t.value("variables").toList().first().toStringList(), QStringList({"token", "abc"}));
    QCOMPARE(t.value("reconnect").toBool(), true);
    QCOMPARE(t.value("attempts").toInt(), 7);
    QCOMPARE(t.value("composer").toMap().value("text").toString(), QString("{\"a\": 1}"));
    QVERIFY(t.contains("empty"));
    QCOMPARE(back.toJson(), json); // and reading it back changes nothing
}

void TestWorkspace::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::addRow("cut off") << QByteArray("{\"format\": \"wsprobe-workspace\", \"ver")
                             << "not JSON";
    QTest::addRow("another file") << QByteArray("{\"tabs\": []}") << "not a Wsprobe workspace";
    QTest::addRow("newer") << QByteArray("{\"format\": \"wsprobe-workspace\", \"version\": 99}")
                           << "newer Wsprobe";
}

void TestWorkspace::refusesWhatItCannotRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    Workspace w;
    w.currentTab = 5;
    QString error;
    QVERIFY(!Workspace::fromJson(json, &w, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(w.currentTab, 5); // untouched
}

void TestWorkspace::fileIsPrivateAndBesideTheSettings()
{
    QTemporaryDir dir;
    const QString path = Workspace::pathBeside(dir.filePath("Wsprobe.conf"));
    QCOMPARE(path, dir.filePath("Wsprobe-workspace.json"));
    Workspace none;
    QString error;
    QVERIFY(!Workspace::load(path, &none, &error));
    QVERIFY(error.isEmpty()); // no file yet is not an error
    Workspace w;
    w.tabs << QVariantMap{{"urlText", "ws://x/"}};
    QVERIFY2(w.save(path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
             QFile::Permissions());
    Workspace back;
    QVERIFY2(Workspace::load(path, &back, &error), qPrintable(error));
    QCOMPARE(back.tabs.first().value("urlText").toString(), QString("ws://x/"));
    QVERIFY(!w.save(dir.filePath("no/such/folder/w.json"), &error));
    QVERIFY2(error.contains("Cannot save"), qPrintable(error));
}

void TestWorkspace::oldSettingsAreReadOnce()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("old.ini"), QSettings::IniFormat);
    QCOMPARE(Workspace::fromOldSettings(settings).tabs, QList<QVariantMap>{QVariantMap()});
    settings.setValue("lastUrl", "ws://last/");
    QCOMPARE(Workspace::fromOldSettings(settings).tabs.first().value("urlText").toString(),
             QString("ws://last/"));
    settings.setValue("tabs", QVariantList{QVariantMap{{"urlText", "ws://a/"}},
                                           QVariantMap{{"urlText", "ws://b/"}}});
    settings.setValue("currentTab", 1);
    settings.setValue("recentUrls", QStringList{"ws://b/", "ws://a/"});
    settings.setValue("Preferences/theme", 2);
    const Workspace w = Workspace::fromOldSettings(settings);
    QCOMPARE(w.tabs.size(), 2);
    QCOMPARE(w.tabs[1].value("urlText").toString(), QString("ws://b/"));
    QCOMPARE(w.currentTab, 1);
    QCOMPARE(w.recentUrls, QStringList({"ws://b/", "ws://a/"}));
    Workspace::removeOldSettings(settings);
    QCOMPARE(settings.allKeys(), QStringList{"Preferences/theme"});
}

void TestWorkspace::saverDebouncesAndWritesOnlyChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/w.json"); // the folder is made when needed
    Workspace current;
    current.recentUrls = {"ws://a/"};
    int snapshots = 0;
    WorkspaceSaver saver(path, [&] {
        ++snapshots;
        return current;
    });
    saver.setDelays(100, 2000);
    QSignalSpy saved(&saver, &WorkspaceSaver::saved);
    saver.markChanged();
    saver.markChanged();
    QVERIFY(saver.isPending());
    QVERIFY(!QFile::exists(path)); // not before the pause
    QVERIFY(saved.wait(10000));
    QCOMPARE(snapshots, 1); // two changes, one snapshot
    QCOMPARE(saver.writeCount(), 1);
    Workspace onDisk;
    QString error;
    QVERIFY(Workspace::load(path, &onDisk, &error));
    QCOMPARE(onDisk.recentUrls, current.recentUrls);

    // A change that changed nothing is not written.
    saver.markChanged();
    QTRY_VERIFY(!saver.isPending());
    QCOMPARE(snapshots, 2);
    QCOMPARE(saver.writeCount(), 1);

    current.recentUrls.prepend("ws://b/");
    QVERIFY(saver.saveNow()); // quitting: at once
    QCOMPARE(saver.writeCount(), 2);
    QVERIFY(Workspace::load(path, &onDisk, &error));
    QCOMPARE(onDisk.recentUrls.first(), QString("ws://b/"));
    // A saver that starts from the file's bytes writes nothing for the same workspace.
    WorkspaceSaver again(path, [&] { return current; });
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    again.setSaved(file.readAll());
    QVERIFY(again.saveNow());
    QCOMPARE(again.writeCount(), 0);
}

void TestWorkspace::saverSavesDuringSteadyChanges()
{
    QTemporaryDir dir;
    Workspace current;
    WorkspaceSaver saver(dir.filePath("w.json"), [&] { return current; });
    saver.setDelays(200, 500);
    QElapsedTimer typing;
    typing.start();
    // A change every 50 ms never leaves a 200 ms pause; the file is written all the same.
    int n = 0;
    // Without the 500 ms limit nothing would be written while the typing goes on (10 s here);
    // the bound leaves room for a loaded machine's thread start and fsync.
    while (saver.writeCount() == 0 && typing.elapsed() < 10000) {
        current.currentTab = ++n;
        saver.markChanged();
        QTest::qWait(50);
    }
    QCOMPARE(saver.writeCount(), 1);
    QVERIFY2(typing.elapsed() < 5000, QByteArray::number(typing.elapsed()));
}

void TestWorkspace::saverWritesInOrderWithAWriteInProgress()
{
    // The debounced write runs on a pool thread; quitting right after it started must neither
    // let the older snapshot land last nor count a write twice.
    QTemporaryDir dir;
    const QString path = dir.filePath("w.json");
    Workspace current;
    current.recentUrls = {"ws://old/"};
    WorkspaceSaver saver(path, [&] { return current; });
    saver.setDelays(0, 0);
    QSignalSpy saved(&saver, &WorkspaceSaver::saved);
    saver.markChanged();
    QTest::qWait(20); // the debounce is over: the write has started (or finished)
    current.recentUrls = {"ws://new/"};
    QVERIFY(saver.saveNow());
    QCOMPARE(saver.writeCount(), 2);
    QTest::qWait(50); // the background write's report, if still queued, changes nothing
    QCOMPARE(saver.writeCount(), 2);
    QCOMPARE(saved.count(), 2);
    QVERIFY(!saver.isPending());
    Workspace onDisk;
    QString error;
    QVERIFY(Workspace::load(path, &onDisk, &error));
    QCOMPARE(onDisk.recentUrls, QStringList{"ws://new/"});

    // Changes during a write are saved after it.
    current.recentUrls = {"ws://later/"};
    saver.markChanged();
    QTRY_VERIFY(!saver.isPending());
    QCOMPARE(saver.writeCount(), 3);
    QVERIFY(Workspace::load(path, &onDisk, &error));
    QCOMPARE(onDisk.recentUrls, QStringList{"ws://later/"});
}

void TestWorkspace::saverReportsAFailedWriteOnce()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Workspace current;
    // Its folder is a file: every write fails.
    WorkspaceSaver saver(dir.filePath("file/w.json"), [&] { return current; });
    QSignalSpy failed(&saver, &WorkspaceSaver::failed);
    QVERIFY(!saver.saveNow());
    QVERIFY(!saver.saveNow());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!saver.error().isEmpty());
}

void TestWorkspace::demoUrlsFollowTheServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("moved");
    QTest::addRow("demo echo") << "ws://127.0.0.1:4000/echo"
                               << "ws://127.0.0.1:5000/echo";
    QTest::addRow("demo ticker with query") << "ws://127.0.0.1:4000/ticker?x=1"
                                            << "ws://127.0.0.1:5000/ticker?x=1";
    QTest::addRow("another port") << "ws://127.0.0.1:4001/echo"
                                  << "";
    QTest::addRow("another host") << "ws://localhost:4000/echo"
                                  << "";
    QTest::addRow("wss") << "wss://127.0.0.1:4000/echo"
                         << "";
    QTest::addRow("empty") << ""
                           << "";
}

void TestWorkspace::demoUrlsFollowTheServer()
{
    QFETCH(QString, url);
    QFETCH(QString, moved);
    QCOMPARE(Workspace::movedDemoUrl(url, 4000, 5000), moved);
    QCOMPARE(Workspace::movedDemoUrl(url, 0, 5000), QString()); // no earlier server
}

void TestWorkspace::urlsGoToTheRightTab()
{
    const QString demo = "ws://127.0.0.1:5000/echo";
    QCOMPARE(Workspace::tabForUrl({""}, 0, demo), 0);                      // an empty tab
    QCOMPARE(Workspace::tabForUrl({"wss://prod/feed"}, 0, demo), -1);      // not overwritten
    QCOMPARE(Workspace::tabForUrl({"wss://prod/feed", demo}, 0, demo), 1); // the demo tab
    QCOMPARE(Workspace::tabForUrl({"wss://a/", demo}, 1, demo), 1);
    QCOMPARE(Workspace::tabForUrl({}, -1, demo), -1);
}

void TestWorkspace::titles_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addRow("host only") << "wss://example.com"
                               << "example.com";
    QTest::addRow("root") << "wss://example.com/"
                          << "example.com";
    QTest::addRow("path") << "wss://example.com/chat"
                          << "example.com/chat";
    QTest::addRow("port and path") << "ws://127.0.0.1:8080/feed/v2/"
                                   << "127.0.0.1:8080/feed/v2";
    QTest::addRow("no query") << "ws://h/p?token=secret"
                              << "h/p";
    QTest::addRow("no host") << "not a url"
                             << "";
}

void TestWorkspace::titles()
{
    QFETCH(QString, url);
    QFETCH(QString, title);
    QCOMPARE(SessionTitle::forUrl(QUrl(url)), title);
    // Two tabs on one server differ by path.
    QVERIFY(SessionTitle::forUrl(QUrl("ws://h/a")) != SessionTitle::forUrl(QUrl("ws://h/b")));
    const QDateTime at(QDate(2026, 12, 3), QTime(10, 58));
    const QString today =
        SessionTitle::forRecording(QUrl("ws://h/chat"), at.toMSecsSinceEpoch(), QDate(2026, 12, 3));
    QCOMPARE(today,
             QString("h/chat — %1").arg(QLocale().toString(QTime(10, 58), QLocale::ShortFormat)));
    const QString earlier =
        SessionTitle::forRecording(QUrl("ws://h/chat"), at.toMSecsSinceEpoch(), QDate(2026, 12, 4));
    QVERIFY2(earlier.startsWith("h/chat — ") && earlier.size() > today.size(), qPrintable(earlier));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
