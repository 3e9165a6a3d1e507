#include <QTest>

#include "cli/clioptions.h"

class TestCliOptions : public QObject
{
    Q_OBJECT
private slots:
    void full();
    void sendOrderIsKept();
    void conventions();
    void helpRequests_data();
    void helpRequests();
    void lastOfARepeatedOptionWins();
    void redactNamesForEveryCommandThatWrites();
    void errors_data();
    void errors();
    void hex_data();
    void hex();
};

void TestCliOptions::full()
{
    CliOptions o;
    QString error;
    QVERIFY2(CliOptions::parse({"connect", "ws://127.0.0.1:9/x", "-s", "a", "--subprotocol", "b",
                                "-H", "Authorization: Bearer t", "--origin", "http://o", "--close",
                                "4000", "--reason", "done", "--wait-ms", "250", "--json"},
                               &o, &error),
             qPrintable(error));
    QCOMPARE(int(o.command), int(CliOptions::Command::Connect));
    QCOMPARE(o.request.url, QUrl("ws://127.0.0.1:9/x"));
    QCOMPARE(o.request.subprotocols, QStringList({"a", "b"}));
    QCOMPARE(o.request.headers.size(), 1);
    QCOMPARE(o.request.headers[0].name, QByteArray("Authorization"));
    QCOMPARE(o.request.headers[0].value, QByteArray("Bearer t"));
    QCOMPARE(o.request.origin, QString("http://o"));
    QCOMPARE(o.closeCode, 4000);
    QCOMPARE(o.closeReason, QString("done"));
    QCOMPARE(o.waitMs, 250);
    QVERIFY(o.json);
    QVERIFY(o.sends.isEmpty());

    QVERIFY(CliOptions::parse({"connect", "ws://h/", "--engine", "qt", "--show-handshake",
                               "--frames", "--no-auto-pong", "--max-message-size", "1000",
                               "--follow-redirects", "--no-deflate"},
                              &o, &error));
    QCOMPARE(int(o.request.engine), int(EngineKind::QtWebSockets));
    QVERIFY(o.showHandshake);
    QVERIFY(o.request.reportFrames);
    QVERIFY(!o.request.autoPong);
    QCOMPARE(o.request.maxMessageSize, 1000);
    QCOMPARE(o.request.maxFrameSize, 1000);
    QVERIFY(o.request.followRedirects);
    QVERIFY(!o.request.deflate);
    QVERIFY(CliOptions::parse(
        {"connect", "ws://h/", "--max-frame-size", "4096", "--frame-bytes", "-1"}, &o, &error));
    QCOMPARE(o.request.maxFrameSize, 4096);
    QCOMPARE(o.request.framePayloadBytes, -1);
    QVERIFY(CliOptions::parse({"connect", "ws://h/"}, &o, &error));
    QCOMPARE(int(o.request.engine), int(EngineKind::Wire)); // the default
    QCOMPARE(o.request.framePayloadBytes, 64);

    QVERIFY(CliOptions::parse({"demo-server", "--port", "0"}, &o, &error));
    QCOMPARE(int(o.command), int(CliOptions::Command::DemoServer));
    QVERIFY(CliOptions::parse({"--help"}, &o, &error));
    QCOMPARE(int(o.command), int(CliOptions::Command::Help));
}

void TestCliOptions::sendOrderIsKept()
{
    CliOptions o;
    QString error;
    QVERIFY(CliOptions::parse(
        {"connect", "ws://h/", "--send", "one", "--send-hex", "0102", "--send", "three"}, &o,
        &error));
    QCOMPARE(o.sends.size(), 3);
    OutgoingMessage::Payload p;
    QVERIFY(o.sends[0].build(nullptr, &p, &error));
    QVERIFY(p.isText);
    QCOMPARE(p.bytes, QByteArray("one"));
    QVERIFY(o.sends[1].build(nullptr, &p, &error));
    QVERIFY(!p.isText);
    QCOMPARE(p.bytes, QByteArray("\x01\x02"));
    QVERIFY(o.sends[2].build(nullptr, &p, &error));
    QCOMPARE(p.bytes, QByteArray("three"));

    // --send-frame keeps its place among them.
    QVERIFY(CliOptions::parse({"connect", "ws://h/", "--send-frame", "opcode=ping,payload=1",
                               "--send", "one", "--send-frame", "opcode=3,mask=0,payload=hex:ff"},
                              &o, &error));
    QCOMPARE(o.sends.size(), 1);
    QCOMPARE(o.rawSends.size(), 2);
    QCOMPARE(o.rawSends[0].afterSends, 0);
    QCOMPARE(o.rawSends[0].recipe.opcode, 0x9);
    QCOMPARE(o.rawSends[1].afterSends, 1);
    QCOMPARE(o.rawSends[1].recipe.toSpec(), QStringLiteral("opcode=3,mask=0,payload=hex:ff"));
}

void TestCliOptions::conventions()
{
    CliOptions o;
    QString error;
    // --opt=value, -xVALUE and compacted short flags; options after the URL.
    QVERIFY2(CliOptions::parse({"connect", "ws://h/", "--send=a=b", "-Hx-a: 1", "-kq",
                                "--engine=qt", "--send-hex=ff", "--send", "c"},
                               &o, &error),
             qPrintable(error));
    QCOMPARE(o.request.headers.size(), 1);
    QCOMPARE(o.request.headers[0].name, QByteArray("x-a"));
    QVERIFY(o.request.ignoreTlsErrors);
    QCOMPARE(int(o.verbosity), int(CliOptions::Verbosity::Quiet));
    QCOMPARE(int(o.request.engine), int(EngineKind::QtWebSockets));
    QCOMPARE(o.sends.size(), 3);
    OutgoingMessage::Payload p;
    QVERIFY(o.sends[0].build(nullptr, &p, &error));
    QCOMPARE(p.bytes, QByteArray("a=b"));
    QVERIFY(o.sends[1].build(nullptr, &p, &error));
    QVERIFY(!p.isText);
    QVERIFY(o.sends[2].build(nullptr, &p, &error));
    QCOMPARE(p.bytes, QByteArray("c"));

    // -- ends the options; - is an argument.
    QVERIFY2(
        CliOptions::parse({"convert", "--keep-secrets", "--", "-", "--odd name.har"}, &o, &error),
        qPrintable(error));
    QCOMPARE(o.input, QString("-"));
    QCOMPARE(o.output, QString("--odd name.har"));
    QVERIFY(o.keepSecrets);
    QVERIFY(CliOptions::parse({"convert", "-", "-", "-t", "har"}, &o, &error));
    QCOMPARE(o.convertFormat, QString("har"));

    // -v is --show-handshake --frames.
    QVERIFY(CliOptions::parse({"record", "-v", "ws://h/", "-o", "f"}, &o, &error));
    QCOMPARE(int(o.verbosity), int(CliOptions::Verbosity::Verbose));
    QVERIFY(o.showHandshake);
    QVERIFY(o.request.reportFrames);
    QVERIFY(!CliOptions::parse({"connect", "ws://h/", "-q", "--verbose"}, &o, &error));
    QVERIFY2(error.contains("exclude"), qPrintable(error));
    QCOMPARE(o.hint(), QString("Try 'wsprobe-cli connect --help'."));

    QVERIFY(CliOptions::parse({"-V"}, &o, &error));
    QCOMPARE(int(o.command), int(CliOptions::Command::Version));
    QVERIFY(CliOptions::parse({"--completions", "fish"}, &o, &error));
    QCOMPARE(o.completionShell, QString("fish"));
    QVERIFY(!CliOptions::parse({"--completions", "tcsh"}, &o, &error));
}

void TestCliOptions::helpRequests_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("helpFor");
    const int connect = int(CliOptions::Command::Connect);
    QTest::addRow("--help") << QStringList{"--help"} << int(CliOptions::Command::Help);
    QTest::addRow("help") << QStringList{"help"} << int(CliOptions::Command::Help);
    QTest::addRow("help connect") << QStringList{"help", "connect"} << connect;
    QTest::addRow("connect --help") << QStringList{"connect", "--help"} << connect;
    QTest::addRow("connect -h, with a URL") << QStringList{"connect", "ws://h/", "-h"} << connect;
    QTest::addRow("demo-server --help")
        << QStringList{"demo-server", "--help"} << int(CliOptions::Command::DemoServer);
}

void TestCliOptions::helpRequests()
{
    QFETCH(QStringList, args);
    QFETCH(int, helpFor);
    CliOptions o;
    QString error;
    QVERIFY2(CliOptions::parse(args, &o, &error), qPrintable(error));
    QCOMPARE(int(o.command), int(CliOptions::Command::Help));
    QCOMPARE(int(o.helpFor), helpFor);
}

void TestCliOptions::lastOfARepeatedOptionWins()
{
    // Repeated single-valued options and options that depend on each other keep the meaning
    // of their order, as the hand-written parser gave them.
    CliOptions o;
    QString error;
    QVERIFY(CliOptions::parse({"connect", "ws://h/", "--close", "4000", "--close=4001", "--wait-ms",
                               "5", "--wait-ms", "6"},
                              &o, &error));
    QCOMPARE(o.closeCode, 4001);
    QCOMPARE(o.waitMs, 6);
    QVERIFY(CliOptions::parse(
        {"connect", "ws://h/", "--max-message-size", "1000", "--max-frame-size", "4096"}, &o,
        &error));
    QCOMPARE(o.request.maxFrameSize, 4096);
    QVERIFY(CliOptions::parse(
        {"connect", "ws://h/", "--max-frame-size", "4096", "--max-message-size", "1000"}, &o,
        &error));
    QCOMPARE(o.request.maxFrameSize, 1000);
}

void TestCliOptions::redactNamesForEveryCommandThatWrites()
{
    CliOptions o;
    QString error;
    QVERIFY2(CliOptions::parse({"convert", "in.wsprobe.jsonl", "--redact", "X-Api-Token", "out.har",
                                "--redact", " sig ", "--keep-secrets"},
                               &o, &error),
             qPrintable(error));
    QCOMPARE(o.redactNames, QStringList({"X-Api-Token", "sig"}));
    QVERIFY2(
        CliOptions::parse({"convert", "--entry", "3", "in.har", "out.wsprobe.jsonl"}, &o, &error),
        qPrintable(error));
    QCOMPARE(o.harEntry, 3);
    QVERIFY(!o.listEntries);
    QVERIFY2(CliOptions::parse({"convert", "in.har", "--list"}, &o, &error), qPrintable(error));
    QVERIFY(o.listEntries);
    QCOMPARE(o.input, QString("in.har"));
    QVERIFY2(CliOptions::parse({"convert", "in.wsprobe.jsonl", "--redact", "X-Api-Token", "out.har",
                                "--redact", " sig ", "--keep-secrets"},
                               &o, &error),
             qPrintable(error));
    QCOMPARE(o.output, QString("out.har"));
    QVERIFY(o.keepSecrets);
    QVERIFY2(CliOptions::parse({"record", "ws://h/", "-o", "f.wsprobe.jsonl", "--redact", "a"}, &o,
                               &error),
             qPrintable(error));
    QCOMPARE(o.redactNames, QStringList{"a"});
    QVERIFY2(
        CliOptions::parse({"replay", "f.wsprobe.jsonl", "--redact", "b", "-o", "g"}, &o, &error),
        qPrintable(error));
    QCOMPARE(o.redactNames, QStringList{"b"});
    QCOMPARE(o.input, QString("f.wsprobe.jsonl"));
    QVERIFY(CliOptions::help(CliOptions::Command::Record).contains("--redact <NAME>"));
    QVERIFY(CliOptions::help(CliOptions::Command::Replay).contains("--redact <NAME>"));
    QVERIFY(!CliOptions::help(CliOptions::Command::Connect).contains("--redact"));
}

void TestCliOptions::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("nothing") << QStringList() << "No command";
    QTest::addRow("unknown command") << QStringList{"listen"} << "Unknown command";
    QTest::addRow("no url") << QStringList{"connect"} << "needs a URL";
    QTest::addRow("http url") << QStringList{"connect", "http://h/"} << "HTTP URL";
    QTest::addRow("two urls") << QStringList{"connect", "ws://a/", "ws://b/"} << "only one URL";
    QTest::addRow("unknown option")
        << QStringList{"connect", "ws://a/", "--frobnicate"} << "Unknown option";
    QTest::addRow("missing value")
        << QStringList{"connect", "ws://a/", "--send"} << "needs a value";
    QTest::addRow("bad subprotocol") << QStringList{"connect", "ws://a/", "-s", "a b"} << "space";
    QTest::addRow("forbidden header")
        << QStringList{"connect", "ws://a/", "-H", "Host: x"} << "Host";
    QTest::addRow("malformed header")
        << QStringList{"connect", "ws://a/", "-H", "nocolon"} << "Name: value";
    QTest::addRow("close 1005") << QStringList{"connect", "ws://a/", "--close", "1005"}
                                << "cannot be sent";
    QTest::addRow("close text") << QStringList{"connect", "ws://a/", "--close", "soon"}
                                << "close code";
    QTest::addRow("long reason") << QStringList{"connect", "ws://a/", "--reason", QString(200, 'r')}
                                 << "123";
    QTest::addRow("odd hex") << QStringList{"connect", "ws://a/", "--send-hex", "abc"}
                             << "odd number";
    QTest::addRow("non-hex") << QStringList{"connect", "ws://a/", "--send-hex", "zz"}
                             << "position 1";
    QTest::addRow("negative wait")
        << QStringList{"connect", "ws://a/", "--wait-ms", "-1"} << "milliseconds";
    QTest::addRow("bad port") << QStringList{"demo-server", "--port", "70000"} << "65535";
    QTest::addRow("bad engine") << QStringList{"connect", "ws://a/", "--engine", "curl"}
                                << "wire or qt";
    QTest::addRow("redact on connect") << QStringList{"connect", "ws://a/", "--redact", "x"}
                                       << "record, replay, convert and relay";
    QTest::addRow("convert bad entry")
        << QStringList{"convert", "a.har", "b.jsonl", "--entry", "x"} << "number of a HAR entry";
    QTest::addRow("convert list two files")
        << QStringList{"convert", "--list", "a.har", "b.jsonl"} << "one file";
    QTest::addRow("convert list no file") << QStringList{"convert", "--list"} << "one file";
    QTest::addRow("redact without name")
        << QStringList{"convert", "a.jsonl", "b.har", "--redact"} << "needs a value";
    QTest::addRow("redact empty name")
        << QStringList{"record", "ws://a/", "-o", "f", "--redact", " "} << "name of a header";
    QTest::addRow("bad max size") << QStringList{"connect", "ws://a/", "--max-message-size", "0"}
                                  << "number of bytes";
    QTest::addRow("bad max frame") << QStringList{"connect", "ws://a/", "--max-frame-size", "x"}
                                   << "--max-frame-size takes a number of bytes";
    QTest::addRow("bad frame bytes")
        << QStringList{"connect", "ws://a/", "--frame-bytes", "-2"} << "-1 (all)";
    QTest::addRow("-o on connect") << QStringList{"connect", "ws://a/", "-o", "f"}
                                   << "belongs to record, replay, relay, serve and run";
    QTest::addRow("flag with a value")
        << QStringList{"connect", "ws://a/", "--json=1"} << "takes no value";
    QTest::addRow("convert format")
        << QStringList{"convert", "a", "b", "--to", "xml"} << "jsonl, har or txt";
    QTest::addRow("demo-server argument") << QStringList{"demo-server", "80"} << "no arguments";
    QTest::addRow("help for nothing") << QStringList{"help", "nope"} << "no command";
}

void TestCliOptions::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorContains);
    CliOptions o;
    QString error;
    QVERIFY(!CliOptions::parse(args, &o, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestCliOptions::hex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("plain") << "00ff10" << true << QByteArray("\x00\xff\x10", 3);
    QTest::addRow("spaced") << "00 FF 10" << true << QByteArray("\x00\xff\x10", 3);
    QTest::addRow("colons") << "00:ff:10" << true << QByteArray("\x00\xff\x10", 3);
    QTest::addRow("empty") << "" << true << QByteArray();
    QTest::addRow("odd") << "0" << false << QByteArray();
    QTest::addRow("letter") << "0g" << false << QByteArray();
}

void TestCliOptions::hex()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    QByteArray out;
    QCOMPARE(CliOptions::parseHex(text, &out), ok);
    if (ok)
        QCOMPARE(out, bytes);
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
