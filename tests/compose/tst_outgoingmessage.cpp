// OutgoingMessage: the one rule that turns what the user typed into what is sent.
#include <QTemporaryDir>
#include <QTest>

#include "compose/outgoingmessage.h"
#include "compose/variables.h"
#include "connection/clock.h"

class TestOutgoingMessage : public QObject
{
    Q_OBJECT
private slots:
    void build_data();
    void build();
    void variablesAreOptional();
    void files();
    void modeIds();
    void checkBody_data();
    void checkBody();
    void fromPayload();
};

void TestOutgoingMessage::build_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("isText");
    QTest::addColumn<QString>("error"); ///< a part of the error; empty: builds
    using M = OutgoingMessage::Mode;
    QTest::addRow("text") << int(M::Text) << "héllo" << QByteArray("h\xc3\xa9llo") << true << "";
    QTest::addRow("empty text") << int(M::Text) << "" << QByteArray() << true << "";
    QTest::addRow("text, variable")
        << int(M::Text) << "hi {{user}}" << QByteArray("hi ana") << true << "";
    QTest::addRow("text, unknown variable")
        << int(M::Text) << "hi {{nobody}}" << QByteArray() << true << "{{nobody}}";
    QTest::addRow("json") << int(M::Json) << "{\"a\": [1, 2]}" << QByteArray("{\"a\": [1, 2]}")
                          << true << "";
    QTest::addRow("json, variable inside") << int(M::Json) << "{\"user\": \"{{user}}\"}"
                                           << QByteArray("{\"user\": \"ana\"}") << true << "";
    QTest::addRow("json, invalid")
        << int(M::Json) << "{\"a\" 1}" << QByteArray() << true << "Line 1, column 6";
    QTest::addRow("hex") << int(M::Hex) << "01 02:ff" << QByteArray("\x01\x02\xff") << false << "";
    QTest::addRow("hex, bad digit")
        << int(M::Hex) << "01 0g" << QByteArray() << false << "\"g\" at position 5";
    QTest::addRow("hex, odd") << int(M::Hex) << "01 0" << QByteArray() << false << "odd";
    QTest::addRow("hex, placeholders are digits to check, not variables")
        << int(M::Hex) << "{{user}}" << QByteArray() << false << "not a hexadecimal digit";
    QTest::addRow("base64") << int(M::Base64) << "AAEC/w==" << QByteArray("\x00\x01\x02\xff", 4)
                            << false << "";
    QTest::addRow("base64, bad") << int(M::Base64) << "not base64!" << QByteArray() << false
                                 << "base64";
}

void TestOutgoingMessage::build()
{
    QFETCH(int, mode);
    QFETCH(QString, body);
    QFETCH(QByteArray, payload);
    QFETCH(bool, isText);
    QFETCH(QString, error);
    ManualClock clock(0);
    Variables variables(clock);
    variables.setTable({{"user", "ana"}});
    const OutgoingMessage message{OutgoingMessage::Mode(mode), body};
    OutgoingMessage::Payload out;
    QString why;
    const bool ok = message.build(&variables, &out, &why);
    if (!error.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(ok, qPrintable(why));
    QCOMPARE(out.bytes, payload);
    QCOMPARE(out.isText, isText);
    QCOMPARE(message.isBinary(), !isText);
}

void TestOutgoingMessage::variablesAreOptional()
{
    // Without a variables table (the console's --send), placeholders go out as typed.
    OutgoingMessage::Payload out;
    QString error;
    QVERIFY(OutgoingMessage::text("{{$counter}}").build(nullptr, &out, &error));
    QCOMPARE(out.bytes, QByteArray("{{$counter}}"));
}

void TestOutgoingMessage::files()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("blob.bin");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\x00", 5));
    f.close();
    OutgoingMessage::Payload out;
    QString error;
    QVERIFY((OutgoingMessage{OutgoingMessage::Mode::File, path}.build(nullptr, &out, &error)));
    QCOMPARE(out.bytes, QByteArray("\x89PNG\x00", 5));
    QVERIFY(!out.isText);
    QVERIFY(
        !(OutgoingMessage{OutgoingMessage::Mode::File, QString()}.build(nullptr, &out, &error)));
    QVERIFY(error.contains("Choose a file"));
    QVERIFY(!(OutgoingMessage{OutgoingMessage::Mode::File, dir.filePath("missing")}.build(
        nullptr, &out, &error)));
    QVERIFY2(error.contains("Cannot read") && error.contains("missing"), qPrintable(error));
}

void TestOutgoingMessage::modeIds()
{
    using M = OutgoingMessage::Mode;
    for (M m : {M::Text, M::Json, M::Hex, M::Base64, M::File}) {
        M back = M::Text;
        QVERIFY(OutgoingMessage::modeFromId(OutgoingMessage::modeId(m), &back));
        QCOMPARE(back, m);
    }
    M m = M::Hex;
    QVERIFY(!OutgoingMessage::modeFromId(u"binary", &m));
    QCOMPARE(m, M::Hex);
    // Saved composers hold the number: the order is part of the settings format.
    QCOMPARE(int(M::Text), 0);
    QCOMPARE(int(M::Hex), 1);
    QCOMPARE(int(M::Json), 2);
    QCOMPARE(int(M::Base64), 3);
    QCOMPARE(int(M::File), 4);
}

void TestOutgoingMessage::checkBody_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("problem"); ///< a part of it; empty: passes
    using M = OutgoingMessage::Mode;
    QTest::addRow("text, anything") << int(M::Text) << "{{ not json"
                                    << "";
    QTest::addRow("json with a placeholder value") << int(M::Json) << "{\"id\": {{$counter}}}"
                                                   << "";
    QTest::addRow("json, unknown name is still a value") << int(M::Json) << "[{{nobody}}]"
                                                         << "";
    QTest::addRow("json, broken") << int(M::Json) << "{\"id\": {{$counter}"
                                  << "column 18";
    QTest::addRow("hex") << int(M::Hex) << "de ad be ef"
                         << "";
    QTest::addRow("hex, bad digit") << int(M::Hex) << "de az"
                                    << "\"z\" at position 5";
    QTest::addRow("hex, odd") << int(M::Hex) << "dea"
                              << "odd";
    QTest::addRow("base64") << int(M::Base64) << "SGVs\nbG8="
                            << "";
    QTest::addRow("base64, bad character") << int(M::Base64) << "SGV*bG8="
                                           << "\"*\" at position 4";
    QTest::addRow("base64, padding inside") << int(M::Base64) << "SG==bG8="
                                            << "position 3";
    QTest::addRow("base64, cut short") << int(M::Base64) << "SGVsb"
                                       << "middle of a group";
    QTest::addRow("file") << int(M::File) << ""
                          << "";
}

void TestOutgoingMessage::checkBody()
{
    QFETCH(int, mode);
    QFETCH(QString, body);
    QFETCH(QString, problem);
    const OutgoingMessage m{OutgoingMessage::Mode(mode), body};
    QString found;
    QCOMPARE(m.checkBody(&found), problem.isEmpty());
    QVERIFY2(found.contains(problem), qPrintable(found));
    // What the check passes, sending builds (without variables, placeholders aside).
    if (problem.isEmpty() && !body.contains("{{") && m.mode != OutgoingMessage::Mode::File) {
        OutgoingMessage::Payload payload;
        QString error;
        QVERIFY2(m.build(nullptr, &payload, &error), qPrintable(error));
    }
}

void TestOutgoingMessage::fromPayload()
{
    using M = OutgoingMessage::Mode;
    QCOMPARE(OutgoingMessage::fromPayload(QByteArray("\x00\x01\xff", 3), false),
             (OutgoingMessage{M::Hex, "00 01 ff"}));
    QCOMPARE(OutgoingMessage::fromPayload("{\"a\": [1]}", true),
             (OutgoingMessage{M::Json, "{\"a\": [1]}"}));
    QCOMPARE(OutgoingMessage::fromPayload("{not json", true), OutgoingMessage::text("{not json"));
    QCOMPARE(OutgoingMessage::fromPayload("42", true), OutgoingMessage::text("42"));
    // What comes back builds to the same bytes.
    const QByteArray bytes("\x10\x20\x7f", 3);
    OutgoingMessage::Payload payload;
    QString error;
    QVERIFY(OutgoingMessage::fromPayload(bytes, false).build(nullptr, &payload, &error));
    QCOMPARE(payload.bytes, bytes);
    QVERIFY(!payload.isText);
}

QTEST_GUILESS_MAIN(TestOutgoingMessage)
#include "tst_outgoingmessage.moc"
