// wsprobe-cli behaves as its neighbours (wscat, websocat, curl) do: help per command, errors
// with the program's name and a hint, --opt=value, --, - for stdin/stdout, -q/-v, colour
// only on a terminal. Runs the built program as a user would.
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "common/clirun.h"
#include "common/rawpeer.h"
#include "demo/demoserver.h"

namespace {

const QStringList Commands{"connect", "record", "replay", "convert", "demo-server"};

QProcessEnvironment environment(bool noColor = false)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("NO_COLOR");
    env.insert("TERM", "xterm");
    if (noColor)
        env.insert("NO_COLOR", "1");
    return env;
}

CliRun cli(const QStringList &args, const QByteArray &stdinData = {},
           const QProcessEnvironment &env = environment())
{
    return CliRun::run(WSPROBE_CLI_PATH, args, stdinData, true, env);
}

/// wsprobe-cli on a pseudo-terminal (Python's pty module), its output as the terminal saw it;
/// typed is what is typed on that terminal.
CliRun onTerminal(const QStringList &args, const QProcessEnvironment &env,
                  const QByteArray &typed = {})
{
    static const char *script = "import os, pty, sys\n"
                                "status = pty.spawn(sys.argv[1:])\n"
                                "sys.exit(os.waitstatus_to_exitcode(status))\n";
    return CliRun::run(WSPROBE_TEST_PYTHON, QStringList{"-c", script, WSPROBE_CLI_PATH} + args,
                       typed, true, env);
}

} // namespace

class TestCliConventions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpOfEachCommand_data();
    void helpOfEachCommand();
    void helpListsCommands();
    void version();
    void optionEqualsValue();
    void doubleDashEndsOptions();
    void convertThroughStdinAndStdout();
    void quietAndVerboseDiffer();
    void noColourWhenPipedOrNoColor();
    void colourOnATerminal();
    void greetsSomeoneTyping();
    void errorsHavePrefixHintAndStatus_data();
    void errorsHavePrefixHintAndStatus();
    void refusedConnectionSaysWhyOnStderr_data();
    void refusedConnectionSaysWhyOnStderr();

private:
    DemoServer m_server;
};

void TestCliConventions::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCliConventions::helpOfEachCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &c : Commands)
        QTest::addRow("%s", qPrintable(c)) << c;
}

void TestCliConventions::helpOfEachCommand()
{
    QFETCH(QString, command);
    const CliRun help = cli({"help", command});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: wsprobe-cli " + command.toUtf8() + " [options]"),
             help.out.constData());
    QVERIFY(help.out.contains("Options:"));
    QVERIFY(help.out.contains("-h, --help"));
    QVERIFY2(help.out.contains("Exit status:"), help.out.constData());
    QVERIFY(help.err.isEmpty());
    // The same text, however asked for, even beside other (wrong) arguments.
    for (const QStringList &args : {QStringList{command, "--help"}, QStringList{command, "-h"},
                                    QStringList{command, "--no-such-option", "--help"}}) {
        const CliRun other = cli(args);
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(other.out, help.out);
    }
    // No line wider than a terminal.
    for (const QByteArray &line : help.out.split('\n'))
        QVERIFY2(QString::fromUtf8(line).size() <= 79, line.constData());
}

void TestCliConventions::helpListsCommands()
{
    const CliRun help = cli({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const QString &c : Commands)
        QVERIFY2(help.out.contains("\n  " + c.toUtf8() + ' '), qPrintable(c));
    QVERIFY(help.out.contains("NO_COLOR"));
    for (const char *status : {"  0 ", "  1 ", "  2 ", "  3 ", "  130 ", "  143 "})
        QVERIFY2(help.out.contains(status), status);
    QCOMPARE(cli({"-h"}).out, help.out);
    QCOMPARE(cli({"help"}).out, help.out);
}

void TestCliConventions::version()
{
    const CliRun longForm = cli({"--version"});
    QCOMPARE(longForm.exitCode, 0);
    QVERIFY2(QRegularExpression("^wsprobe-cli \\d+\\.\\d+(\\.\\d+)?\\n$")
                 .match(QString::fromUtf8(longForm.out))
                 .hasMatch(),
             longForm.out.constData());
    QCOMPARE(cli({"-V"}).out, longForm.out);
}

void TestCliConventions::optionEqualsValue()
{
    const CliRun r = cli({"connect", m_server.url("/echo").toString(), "--send=a=b", "-s", "chat",
                          "--subprotocol=second", "--close=4000", "--reason=bye now",
                          "--wait-ms=200", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.events.first().value("protocol").toString(), QString("chat"));
    QStringList received;
    for (const QJsonObject &e : r.events) {
        if (e.value("event").toString() == "message" && e.value("dir").toString() == "in")
            received << e.value("data").toString();
    }
    QCOMPARE(received, QStringList{"a=b"}); // only the first '=' splits
    QCOMPARE(r.events.last().value("code").toInt(), 4000);
    QCOMPARE(r.events.last().value("reason").toString(), QString("bye now"));
}

void TestCliConventions::doubleDashEndsOptions()
{
    const CliRun r = cli({"connect", "--send", "x", "--wait-ms", "100", "--json", "--",
                          m_server.url("/echo").toString()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.events.last().value("event").toString(), QString("close"));
    // After --, a word with dashes is an argument, not an option.
    const CliRun dashed = cli({"connect", "--", "--json"});
    QCOMPARE(dashed.exitCode, 2);
    QVERIFY2(!dashed.err.contains("Unknown option"), dashed.err.constData());
    QVERIFY2(dashed.err.contains("no scheme"), dashed.err.constData());
}

void TestCliConventions::convertThroughStdinAndStdout()
{
    const CliRun session = cli({"connect", m_server.url("/echo").toString(), "--send", "hello",
                                "--send", "again", "--wait-ms", "200", "--json"});
    QCOMPARE(session.exitCode, 0);

    const CliRun jsonl = cli({"convert", "-", "-"}, session.out);
    QCOMPARE(jsonl.exitCode, 0);
    QVERIFY2(jsonl.out.left(jsonl.out.indexOf('\n')).contains("\"format\":\"wsprobe-session\""),
             jsonl.out.left(200).constData());
    QVERIFY2(jsonl.err.contains("to standard output"), jsonl.err.constData());
    QCOMPARE(jsonl.out.count("\"again\""), 2); // sent and echoed

    const CliRun har = cli({"convert", "--to", "har", "-", "-"}, jsonl.out);
    QCOMPARE(har.exitCode, 0);
    const QJsonObject log = QJsonDocument::fromJson(har.out).object().value("log").toObject();
    QVERIFY2(!log.isEmpty(), har.out.left(200).constData());

    // From standard input to a file named by its extension, and back from the HAR.
    QTemporaryDir dir;
    const QString txt = dir.filePath("session.txt");
    const CliRun toFile = cli({"convert", "-", txt}, har.out);
    QCOMPARE(toFile.exitCode, 0);
    QFile written(txt);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("> text   (5 B) again"));

    const CliRun empty = cli({"convert", "-", "-"}, "not a session\n");
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.startsWith("wsprobe-cli: "), empty.err.constData());
    QCOMPARE(empty.err.count('\n'), 1);
    QVERIFY(empty.out.isEmpty());
}

void TestCliConventions::quietAndVerboseDiffer()
{
    QMap<QString, QStringList> kinds; // by mode: the event kinds printed
    for (const QString &mode : {QString("-q"), QString(), QString("-v")}) {
        RawPeer peer;
        QVERIFY(peer.listen());
        peer.acceptUpgrade(RawPeer::frame(0x9, "hb") + RawPeer::frame(0x1, "msg")
                               + RawPeer::closeFrame(1000, ""),
                           true);
        QStringList args{"connect", peer.url().toString(), "--json"};
        if (!mode.isEmpty())
            args << mode;
        const CliRun r = CliRun::run(WSPROBE_CLI_PATH, args, {}, false, environment(), 30000, true);
        QCOMPARE(r.exitCode, 0);
        for (const QJsonObject &e : r.events)
            kinds[mode] << e.value("event").toString();
        kinds[mode].removeDuplicates();
    }
    QCOMPARE(kinds["-q"], QStringList({"open", "message", "close"}));
    QCOMPARE(kinds[""], QStringList({"open", "ping", "pong", "message", "frame", "close"}));
    QCOMPARE(kinds["-v"],
             QStringList({"handshake", "open", "frame", "ping", "pong", "message", "close"}));

    // The same levels in the transcript; -q and -v together are refused.
    const CliRun quiet =
        cli({"connect", m_server.url("/echo").toString(), "-q", "--send", "x", "--wait-ms", "100"});
    const CliRun verbose =
        cli({"connect", m_server.url("/echo").toString(), "-v", "--send", "x", "--wait-ms", "100"});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(!quiet.out.contains("handshake") && !quiet.out.contains(" frame "));
    QVERIFY2(verbose.out.contains("handshake\n> GET /echo HTTP/1.1"), verbose.out.constData());
    QVERIFY2(verbose.out.contains(" frame "), verbose.out.constData());
    const CliRun both = cli({"connect", m_server.url("/echo").toString(), "-qv"});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("-q"), both.err.constData());
}

void TestCliConventions::noColourWhenPipedOrNoColor()
{
    const QStringList args{"connect", m_server.url("/echo").toString(), "--send", "hi", "--wait-ms",
                           "100"};
    const CliRun piped = cli(args);
    QCOMPARE(piped.exitCode, 0);
    QVERIFY(piped.out.contains("< text   (2 B) hi"));
    QVERIFY2(!piped.out.contains('\x1b'), piped.out.constData());
    const CliRun noColor = onTerminal(args, environment(true));
    QCOMPARE(noColor.exitCode, 0);
    QVERIFY2(noColor.out.contains("< text   (2 B) hi"), noColor.out.constData());
    QVERIFY2(!noColor.out.contains('\x1b'), noColor.out.constData());
}

void TestCliConventions::colourOnATerminal()
{
    const CliRun r = onTerminal(
        {"connect", m_server.url("/echo").toString(), "--send", "hi", "--wait-ms", "100"},
        environment());
    QCOMPARE(r.exitCode, 0);
    // Outgoing green, incoming cyan, each line reset at its end.
    QVERIFY2(QRegularExpression("\x1b\\[32m[^\n]*> text   \\(2 B\\) hi\x1b\\[0m")
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
             r.out.constData());
    QVERIFY2(QRegularExpression("\x1b\\[36m[^\n]*< text   \\(2 B\\) hi\x1b\\[0m")
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
             r.out.constData());
    // --json is for programs: never coloured.
    const CliRun json = onTerminal(
        {"connect", m_server.url("/echo").toString(), "--send", "hi", "--wait-ms", "100", "--json"},
        environment());
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(!json.out.contains('\x1b'), json.out.constData());
}

void TestCliConventions::greetsSomeoneTyping()
{
    // A line, then Ctrl+D at the start of the next: the terminal's end of input.
    const QStringList args{"connect", m_server.url("/echo").toString(), "--wait-ms", "200"};
    const CliRun typing = onTerminal(args, environment(true), "hello\n\x04");
    QCOMPARE(typing.exitCode, 0);
    QVERIFY2(typing.out.contains("Connected. Each line you type is sent"), typing.out.constData());
    QVERIFY2(typing.out.contains("< text   (5 B) hello"), typing.out.constData());
    const CliRun quiet = onTerminal(args + QStringList{"-q"}, environment(true), "hello\n\x04");
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.out.contains("< text   (5 B) hello"), quiet.out.constData());
    QVERIFY2(!quiet.out.contains("Connected."), quiet.out.constData());
    // From a pipe: no greeting.
    const CliRun piped = cli(args, "hello\n");
    QCOMPARE(piped.exitCode, 0);
    QVERIFY(piped.err.isEmpty());
}

void TestCliConventions::errorsHavePrefixHintAndStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("hint");
    const QString connectHint = "Try 'wsprobe-cli connect --help'.";
    QTest::addRow("unknown option")
        << QStringList{"connect", "ws://127.0.0.1/", "--frobnicate"}
        << "Unknown option \"--frobnicate\" for connect." << connectHint;
    QTest::addRow("unknown short option") << QStringList{"connect", "ws://127.0.0.1/", "-x"}
                                          << "Unknown option \"-x\" for connect." << connectHint;
    QTest::addRow("missing value") << QStringList{"connect", "ws://127.0.0.1/", "--send"}
                                   << "The option --send needs a value." << connectHint;
    QTest::addRow("missing short value") << QStringList{"connect", "ws://127.0.0.1/", "-H"}
                                         << "The option -H needs a value." << connectHint;
    QTest::addRow("value to a flag") << QStringList{"connect", "ws://127.0.0.1/", "--json=yes"}
                                     << "The option --json takes no value." << connectHint;
    QTest::addRow("bad number") << QStringList{"connect", "ws://127.0.0.1/", "--wait-ms", "soon"}
                                << "--wait-ms takes a number of milliseconds, not \"soon\"."
                                << connectHint;
    QTest::addRow("bad port") << QStringList{"demo-server", "--port=70000"}
                              << "--port takes a number from 0 to 65535, not \"70000\"."
                              << "Try 'wsprobe-cli demo-server --help'.";
    QTest::addRow("option of another command")
        << QStringList{"connect", "ws://127.0.0.1/", "-o", "f"}
        << "The option -o belongs to record, replay, relay, serve and run, not to connect."
        << connectHint;
    QTest::addRow("unknown command") << QStringList{"listen"}
                                     << "Unknown command \"listen\"; expected connect, record, "
                                        "replay, convert, relay, demo-server, serve or run."
                                     << "Try 'wsprobe-cli --help'.";
    QTest::addRow("nothing") << QStringList() << "No command given."
                             << "Try 'wsprobe-cli --help'.";
    QTest::addRow("help for nothing")
        << QStringList{"help", "listen"} << "There is no command \"listen\" to help with."
        << "Try 'wsprobe-cli --help'.";
}

void TestCliConventions::errorsHavePrefixHintAndStatus()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QFETCH(QString, hint);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err), "wsprobe-cli: " + error + "\n" + hint + "\n");
    QVERIFY(r.out.isEmpty());
}

void TestCliConventions::refusedConnectionSaysWhyOnStderr_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("transcript") << false;
    QTest::addRow("json") << true;
}

void TestCliConventions::refusedConnectionSaysWhyOnStderr()
{
    QFETCH(bool, json);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QStringList args{"connect", QString("ws://127.0.0.1:%1/").arg(port)};
    if (json)
        args << "--json";
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 1);
    const QStringList errLines = QString::fromUtf8(r.err).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 1);
    QVERIFY2(errLines.first().startsWith("wsprobe-cli: "), r.err.constData());
    QVERIFY2(errLines.first().contains("refused", Qt::CaseInsensitive), r.err.constData());
    // And in the event stream, where it always was.
    const QString reason = errLines.first().mid(13);
    if (json) {
        QCOMPARE(r.events.first().value("event").toString(), QString("error"));
        QCOMPARE(r.events.first().value("message").toString(), reason);
    } else {
        QVERIFY2(QString::fromUtf8(r.out).contains(reason), r.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliConventions)
#include "tst_cliconventions.moc"
