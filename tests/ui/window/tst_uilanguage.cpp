// The window's language: with Vietnamese chosen, Qt's standard buttons are Vietnamese and
// dates and numbers on screen follow QLocale("vi"), while files keep ISO 8601 and C numbers.
#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "session/sessionpage.h"
#include "session/sessionwriter.h"
#include "window/preferences.h"

class TestUiLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void standardButtonsAreTranslated();
    void messageAndInputDialogsAreTranslated();
    void qtsFileDialogIsTranslated_data();
    void qtsFileDialogIsTranslated();
    void datesOnScreenFollowTheLanguage();
    void filesStayIsoAndC();
};

// 2020-01-23T10:20:30.456Z: the date the Vietnamese window showed as "23 Jan 2020".
static const qint64 T0 = 1579774830456;

void TestUiLanguage::initTestCase()
{
    // The test runs under LC_ALL=C.UTF-8, so nothing Vietnamese comes from the system.
    QCOMPARE(QLocale().language(), QLocale::C);
    Preferences p;
    p.language = "vi";
    p.applyLanguage(QStringLiteral(WSPROBE_QM_DIR));
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
}

void TestUiLanguage::standardButtonsAreTranslated()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QString("Hủy"));
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QString("OK"));
    // And Wsprobe's own words.
    QCOMPARE(QCoreApplication::translate("SessionPage", "Save &As…"), QString("Lưu &thành…"));
}

void TestUiLanguage::messageAndInputDialogsAreTranslated()
{
    QMessageBox box(QMessageBox::Question, "Wsprobe", "?",
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel | QMessageBox::Save
                        | QMessageBox::Discard);
    box.setDetailedText("details");
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QCOMPARE(box.button(QMessageBox::Yes)->text(), QString("&Có"));
    QCOMPARE(box.button(QMessageBox::No)->text(), QString("&Không"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QString("Hủy"));
    QCOMPARE(box.button(QMessageBox::Save)->text(), QString("Lưu"));
    QCOMPARE(box.button(QMessageBox::Discard)->text(), QString("Bỏ đi"));
    const QList<QAbstractButton *> buttons = box.findChildren<QAbstractButton *>();
    QVERIFY(std::any_of(buttons.begin(), buttons.end(),
                        [](QAbstractButton *b) { return b->text() == "Hiện chi tiết..."; }));

    QInputDialog input;
    input.setLabelText("?");
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    auto *inputButtons = input.findChild<QDialogButtonBox *>();
    QVERIFY(inputButtons);
    QCOMPARE(inputButtons->button(QDialogButtonBox::Cancel)->text(), QString("Hủy"));
}

void TestUiLanguage::qtsFileDialogIsTranslated_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("accept");
    QTest::addRow("open") << int(QFileDialog::AcceptOpen) << "&Mở";
    QTest::addRow("save") << int(QFileDialog::AcceptSave) << "&Lưu";
}

// Qt's own file dialog, as a forced theme shows it (and every platform without a native one):
// its labels, buttons, tool tips and column titles are Vietnamese.
void TestUiLanguage::qtsFileDialogIsTranslated()
{
    QFETCH(int, mode);
    QFETCH(QString, accept);
    QTemporaryDir dir;
    QFile(dir.filePath("a.wsprobe.jsonl")).open(QIODevice::WriteOnly);
    QFileDialog dialog(nullptr, {}, dir.path(), "Sessions (*.wsprobe.jsonl)");
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptMode(mode));
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLabel *>("lookInLabel")->text(), QString("Tìm trong:"));
    QCOMPARE(dialog.findChild<QLabel *>("fileNameLabel")->text(), QString("&Tên tệp:"));
    QCOMPARE(dialog.findChild<QLabel *>("fileTypeLabel")->text(), QString("Loại tệp:"));
    auto *box = dialog.findChild<QDialogButtonBox *>("buttonBox");
    QCOMPARE(box->button(QDialogButtonBox::Open) ? box->button(QDialogButtonBox::Open)->text()
                                                 : box->button(QDialogButtonBox::Save)->text(),
             accept);
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QString("Hủy"));
    auto *tree = dialog.findChild<QTreeView *>("treeView");
    QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), QString("Tên"));
    QCOMPARE(tree->model()->headerData(3, Qt::Horizontal).toString(), QString("Ngày sửa đổi"));
    // Nothing the dialog shows is left in English.
    const QStringList english = {"Look in:",
                                 "File &name:",
                                 "Files of type:",
                                 "&Open",
                                 "&Save",
                                 "Cancel",
                                 "Back",
                                 "Forward",
                                 "Parent Directory",
                                 "Create New Folder",
                                 "List View",
                                 "Detail View",
                                 "Name",
                                 "Size",
                                 "Type",
                                 "Date Modified",
                                 "Go back",
                                 "Go forward",
                                 "Go to the parent directory",
                                 "Change to list view mode",
                                 "Change to detail view mode"};
    QStringList shown;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        shown << l->text();
    for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
        shown << b->text() << b->toolTip() << b->accessibleName();
    for (int c = 0; c < tree->model()->columnCount(); ++c)
        shown << tree->model()->headerData(c, Qt::Horizontal).toString();
    for (const QString &text : std::as_const(shown))
        QVERIFY2(!english.contains(text), qPrintable("left in English: " + text));
}

void TestUiLanguage::datesOnScreenFollowTheLanguage()
{
    Session session;
    session.header.createdMs = T0;
    session.header.request.url = QUrl("ws://127.0.0.1:9/");
    for (int i = 0; i < 1234; ++i)
        session.events.append(Event::message(T0 + i, Direction::In, true, "x"));
    SessionPage page(std::move(session), "s.wsprobe.jsonl");
    const QString info = page.findChild<QLabel *>("sessionInfo")->text();
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(T0);
    const QString vi = QLocale(QLocale::Vietnamese).toString(created, QLocale::ShortFormat);
    QVERIFY2(info.contains(vi), qPrintable(info + " lacks " + vi));
    QVERIFY2(!info.contains("Jan"), qPrintable(info));
    QVERIFY2(!info.contains(QLocale::c().toString(created, QLocale::ShortFormat)),
             qPrintable(info));
    // Vietnamese groups thousands with a dot.
    QVERIFY2(info.contains("1.234"), qPrintable(info));
}

void TestUiLanguage::filesStayIsoAndC()
{
    SessionHeader header;
    header.createdMs = T0;
    header.request.url = QUrl("ws://127.0.0.1:9/");
    header.timings = RequestTimings{-1, -1, -1, -1, 0, 1500, 250};
    EventStore events;
    events.append(Event::open(T0 + 2, {}, {}));
    events.append(Event::message(T0 + 1234, Direction::Out, true, "x"));
    QTemporaryDir dir;
    QString error;
    const QByteArray jsonl = SessionWriter::jsonl(header, events);
    QVERIFY2(jsonl.contains(R"("created":"2020-01-23T10:20:30.456Z")"), jsonl.constData());
    QVERIFY2(jsonl.contains(R"("time":"2020-01-23T10:20:31.690Z")"), jsonl.constData());
    const QString har = dir.filePath("s.har"), txt = dir.filePath("s.txt");
    QVERIFY(SessionWriter::write(har, SessionWriter::Format::Har, header, events, {}, &error));
    QVERIFY(
        SessionWriter::write(txt, SessionWriter::Format::Transcript, header, events, {}, &error));
    QFile h(har), t(txt);
    QVERIFY(h.open(QIODevice::ReadOnly) && t.open(QIODevice::ReadOnly));
    const QByteArray harText = h.readAll(), transcript = t.readAll();
    QVERIFY2(harText.contains(R"("startedDateTime":"2020-01-23T10:20:30.456Z")"),
             harText.constData());
    QVERIFY2(harText.contains(R"("time":1.75,)"), harText.constData());
    QVERIFY2(harText.contains(R"("time":1579774831.690,)"), harText.constData());
    QVERIFY2(transcript.contains("2020-01-23T10:20:30.456Z"), transcript.constData());
    QVERIFY2(transcript.contains("+    1.234s"), transcript.constData());
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
