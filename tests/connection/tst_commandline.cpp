#include <QTest>

#include "connection/commandline.h"

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data();
    void quoting();
    void commands();
};

void TestCommandLine::quoting_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("plain") << "ws://h:1/x"
                           << "ws://h:1/x";
    QTest::addRow("space") << "a b"
                           << "'a b'";
    QTest::addRow("quote") << "it's"
                           << "'it'\\''s'";
    QTest::addRow("dollar") << "$HOME"
                            << "'$HOME'";
    QTest::addRow("query") << "ws://h/?a=1&b=2"
                           << "'ws://h/?a=1&b=2'";
    QTest::addRow("empty") << ""
                           << "''";
    QTest::addRow("unicode") << QString::fromUtf8("chào") << QString::fromUtf8("'chào'");
}

void TestCommandLine::quoting()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CommandLine::shellQuote(in), out);
}

void TestCommandLine::commands()
{
    ConnectionRequest r;
    r.url = QUrl("wss://api.example.com/feed?v=2&x=1");
    r.subprotocols = {"graphql-ws", "chat"};
    r.headers = {{"Authorization", "Bearer abc"}};
    r.origin = "https://app.example.com";
    QCOMPARE(CommandLine::wscat(r),
             QString("wscat -c 'wss://api.example.com/feed?v=2&x=1' -s graphql-ws -s chat "
                     "-H 'Authorization: Bearer abc' -o https://app.example.com"));
    QCOMPARE(CommandLine::websocat(r),
             QString("websocat --protocol 'graphql-ws, chat' -H 'Authorization: Bearer abc' "
                     "--origin https://app.example.com 'wss://api.example.com/feed?v=2&x=1'"));
    r.engine = EngineKind::QtWebSockets;
    r.autoPong = false;
    QCOMPARE(
        CommandLine::wsprobeCli(r),
        QString("wsprobe-cli connect 'wss://api.example.com/feed?v=2&x=1' -s graphql-ws -s chat "
                "-H 'Authorization: Bearer abc' --origin https://app.example.com --engine qt "
                "--no-auto-pong"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
