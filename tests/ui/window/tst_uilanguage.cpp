// The window's language: with Vietnamese chosen, Qt's standard buttons are Vietnamese and
// dates and numbers on screen follow QLocale("vi"), while files keep ISO 8601 and C numbers.
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "session/sessionpage.h"
#include "session/sessionwriter.h"
#include "window/preferences.h"

class TestUiLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void standardButtonsAreTranslated();
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
