#include <QTest>

#include "protocol/requestvalidator.h"

class TestRequestValidator : public QObject
{
    Q_OBJECT
private slots:
    void parseUrl_data();
    void parseUrl();
    void normalizedUrl_data();
    void normalizedUrl();
    void subprotocol_data();
    void subprotocol();
    void duplicateSubprotocols();
    void header_data();
    void header();
    void handshakeHeaderNamesItself_data();
    void handshakeHeaderNamesItself();
    void headerLine_data();
    void headerLine();
    void closeCode_data();
    void closeCode();
    void closeForTesting_data();
    void closeForTesting();
    void request();
};

void TestRequestValidator::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorContains");

    QTest::addRow("ws") << "ws://127.0.0.1:8080/echo" << true << "";
    QTest::addRow("wss") << "wss://example.com/socket?x=1" << true << "";
    QTest::addRow("upper-case scheme") << "WS://example.com/" << true << "";
    QTest::addRow("ipv6") << "ws://[::1]:9000/" << true << "";
    QTest::addRow("surrounding spaces") << "  ws://a.example/  " << true << "";
    QTest::addRow("empty url") << "" << false << "Enter a URL";
    QTest::addRow("blank url") << "   " << false << "Enter a URL";
    QTest::addRow("http") << "http://example.com/" << false << "HTTP URL";
    QTest::addRow("https") << "https://example.com/" << false << "wss://";
    QTest::addRow("ftp") << "ftp://example.com/" << false << "Unsupported scheme \"ftp\"";
    QTest::addRow("no scheme") << "example.com/socket" << false << "no scheme";
    QTest::addRow("no host") << "ws:///path" << false << "no host";
    QTest::addRow("fragment") << "ws://example.com/#frag" << false << "fragment";
    QTest::addRow("bad port") << "ws://example.com:99999/" << false << "port 99999 is out of range";
    QTest::addRow("space in host") << "ws://exa mple.com/" << false << "contains a space";
    QTest::addRow("space in query") << "ws://h/close?reason=server says bye" << true << "";
}

void TestRequestValidator::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, errorContains);
    QString error;
    const QUrl url = RequestValidator::parseUrl(text, &error);
    QCOMPARE(url.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestRequestValidator::normalizedUrl_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    // Qt 6.4 sends "GET ?x=1" for these: the path must become "/".
    QTest::addRow("query, no path") << "ws://host?x=1"
                                    << "ws://host/?x=1";
    QTest::addRow("no path") << "ws://host:81"
                             << "ws://host:81/";
    QTest::addRow("path kept") << "ws://host/a/b?c"
                               << "ws://host/a/b?c";
    QTest::addRow("scheme lowered") << "WSS://host/"
                                    << "wss://host/";
}

void TestRequestValidator::normalizedUrl()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(RequestValidator::normalizedUrl(QUrl(in)).toString(), out);
}

void TestRequestValidator::subprotocol_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("simple") << "chat"
                            << "";
    QTest::addRow("dotted") << "v1.chat.example.com"
                            << "";
    QTest::addRow("all tchar symbols") << "!#$%&'*+-.^_`|~"
                                       << "";
    QTest::addRow("graphql") << "graphql-transport-ws"
                             << "";
    QTest::addRow("empty") << ""
                           << "cannot be empty";
    QTest::addRow("space") << "chat v2"
                           << "a space";
    QTest::addRow("comma") << "a,b"
                           << "\",\"";
    QTest::addRow("slash") << "mqtt/v5"
                           << "\"/\"";
    QTest::addRow("non-ascii") << QString::fromUtf8("chát") << QString::fromUtf8("\"á\"");
    QTest::addRow("quote") << "\"chat\""
                           << "contains";
}

void TestRequestValidator::subprotocol()
{
    QFETCH(QString, token);
    QFETCH(QString, errorContains);
    const QString error = RequestValidator::checkSubprotocol(token);
    if (errorContains.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestRequestValidator::duplicateSubprotocols()
{
    QVERIFY(RequestValidator::checkSubprotocols({"a", "b"}).isEmpty());
    QVERIFY(RequestValidator::checkSubprotocols({"a", "b", "a"}).contains("twice"));
    QVERIFY(RequestValidator::checkSubprotocols({"a", "b c"}).contains("space"));
}

void TestRequestValidator::header_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("authorization") << QByteArray("Authorization") << QByteArray("Bearer x") << "";
    QTest::addRow("custom") << QByteArray("X-Trace-Id") << QByteArray("abc") << "";
    QTest::addRow("empty value") << QByteArray("X-Empty") << QByteArray() << "";
    QTest::addRow("utf-8 value") << QByteArray("X-Name") << QByteArray("Nguy\xe1\xbb\x85n") << "";
    QTest::addRow("empty name") << QByteArray() << QByteArray("v") << "cannot be empty";
    QTest::addRow("space in name") << QByteArray("X Bad") << QByteArray("v") << "not a valid";
    QTest::addRow("colon in name") << QByteArray("X:Bad") << QByteArray("v") << "not a valid";
    QTest::addRow("sec-websocket-key")
        << QByteArray("Sec-WebSocket-Key") << QByteArray("x") << "handshake";
    QTest::addRow("sec-websocket-protocol lower")
        << QByteArray("sec-websocket-protocol") << QByteArray("x") << "subprotocol list";
    QTest::addRow("sec-websocket-version")
        << QByteArray("Sec-WebSocket-Version") << QByteArray("8") << "Sec-WebSocket-Version";
    QTest::addRow("sec-websocket-extensions")
        << QByteArray("Sec-WebSocket-Extensions") << QByteArray("x") << "permessage-deflate";
    QTest::addRow("upgrade") << QByteArray("Upgrade") << QByteArray("h2c") << "fixed";
    QTest::addRow("connection") << QByteArray("CONNECTION") << QByteArray("close") << "fixed";
    QTest::addRow("host") << QByteArray("Host") << QByteArray("evil") << "URL";
    QTest::addRow("origin") << QByteArray("Origin") << QByteArray("x") << "Origin";
    QTest::addRow("CRLF injection")
        << QByteArray("X-A") << QByteArray("a\r\nX-B: b") << "line break";
    QTest::addRow("NUL in value") << QByteArray("X-A") << QByteArray("a\0b", 3) << "NUL";
}

void TestRequestValidator::header()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, errorContains);
    const QString error = RequestValidator::checkHeader(name, value);
    if (errorContains.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestRequestValidator::handshakeHeaderNamesItself_data()
{
    QTest::addColumn<QByteArray>("name");
    for (const char *n : {"Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Accept",
                          "Sec-WebSocket-Protocol", "Sec-WebSocket-Extensions"})
        QTest::addRow("%s", n) << QByteArray(n);
}

void TestRequestValidator::handshakeHeaderNamesItself()
{
    // The Key's error used to send the user to Sec-WebSocket-Protocol's subprotocol list.
    QFETCH(QByteArray, name);
    const QString error = RequestValidator::checkHeader(name, "x");
    QVERIFY2(error.contains(QString::fromLatin1(name)), qPrintable(error));
    for (const char *other : {"Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Accept",
                              "Sec-WebSocket-Protocol", "Sec-WebSocket-Extensions"}) {
        if (name != other)
            QVERIFY2(!error.contains(QLatin1String(other)), qPrintable(error));
    }
    QCOMPARE(error.contains("subprotocol"), name == "Sec-WebSocket-Protocol");
}

void TestRequestValidator::headerLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("normal") << "X-A: b" << true << QByteArray("X-A") << QByteArray("b");
    QTest::addRow("no space") << "X-A:b" << true << QByteArray("X-A") << QByteArray("b");
    QTest::addRow("colon in value")
        << "X-T: 12:30" << true << QByteArray("X-T") << QByteArray("12:30");
    QTest::addRow("no colon") << "X-A b" << false << QByteArray() << QByteArray();
    QTest::addRow("leading colon") << ": b" << false << QByteArray() << QByteArray();
}

void TestRequestValidator::headerLine()
{
    QFETCH(QString, line);
    QFETCH(bool, ok);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    HeaderField h;
    QCOMPARE(ConnectionRequest::parseHeaderLine(line, &h), ok);
    if (ok) {
        QCOMPARE(h.name, name);
        QCOMPARE(h.value, value);
    }
}

void TestRequestValidator::closeCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("1000") << 1000 << ""
                          << "";
    QTest::addRow("3000") << 3000 << ""
                          << "";
    QTest::addRow("4999 with reason") << 4999 << "bye"
                                      << "";
    QTest::addRow("999") << 999 << ""
                         << "cannot be sent";
    QTest::addRow("1001 reserved for browsers") << 1001 << ""
                                                << "cannot be sent";
    QTest::addRow("1005 reserved") << 1005 << ""
                                   << "cannot be sent";
    QTest::addRow("1006 reserved") << 1006 << ""
                                   << "cannot be sent";
    QTest::addRow("2999") << 2999 << ""
                          << "cannot be sent";
    QTest::addRow("5000") << 5000 << ""
                          << "cannot be sent";
    QTest::addRow("reason 123 bytes") << 1000 << QString(123, 'a') << "";
    QTest::addRow("reason 124 bytes") << 1000 << QString(124, 'a') << "124 bytes";
    // 41 three-byte characters = 123 bytes; 42 = 126 bytes although only 42 characters.
    QTest::addRow("reason 41 x 3-byte chars") << 1000 << QString(41, QChar(0x20AC)) << "";
    QTest::addRow("reason 42 x 3-byte chars") << 1000 << QString(42, QChar(0x20AC)) << "126 bytes";
}

void TestRequestValidator::closeCode()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, errorContains);
    const QString error = RequestValidator::checkClose(code, reason);
    if (errorContains.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestRequestValidator::closeForTesting_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<EngineKind>("engine");
    QTest::addColumn<QString>("errorContains");
    for (int code : {0, 999, 1001, 1005, 1006, 1015, 5000, 65535}) {
        QTest::addRow("%d wire", code) << code << QByteArray("r") << EngineKind::Wire << "";
        QTest::addRow("%d qt", code) << code << QByteArray("r") << EngineKind::QtWebSockets << "";
    }
    QTest::addRow("-1") << -1 << QByteArray() << EngineKind::Wire << "0 to 65535";
    QTest::addRow("65536") << 65536 << QByteArray() << EngineKind::Wire << "0 to 65535";
    QTest::addRow("200 bytes wire") << 1000 << QByteArray(200, 'x') << EngineKind::Wire << "";
    QTest::addRow("not UTF-8 wire") << 1000 << QByteArray("\xff") << EngineKind::Wire << "";
    QTest::addRow("123 bytes qt") << 1000 << QByteArray(123, 'x') << EngineKind::QtWebSockets << "";
    QTest::addRow("124 bytes qt") << 1000 << QByteArray(124, 'x') << EngineKind::QtWebSockets
                                  << "QWebSocket engine cannot send a close reason over 123";
    QTest::addRow("not UTF-8 qt") << 1000 << QByteArray("\xff") << EngineKind::QtWebSockets
                                  << "not UTF-8";
}

void TestRequestValidator::closeForTesting()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(EngineKind, engine);
    QFETCH(QString, errorContains);
    const QString error = RequestValidator::checkCloseForTesting(code, reason, engine);
    if (errorContains.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestRequestValidator::request()
{
    ConnectionRequest r;
    r.url = QUrl("ws://127.0.0.1/");
    r.subprotocols = {"a", "b"};
    r.headers = {{"X-A", "1"}};
    r.origin = "http://example.com";
    QVERIFY(RequestValidator::checkRequest(r).isEmpty());
    r.headers.append(HeaderField{"Host", "x"});
    QVERIFY(RequestValidator::checkRequest(r).contains("Host"));
    r.headers.removeLast();
    r.origin = "http://a\r\nX: y";
    QVERIFY(RequestValidator::checkRequest(r).contains("Origin"));
    r.origin.clear();
    r.auth = {AuthMarker::Kind::ApiKeyQuery, QString()};
    QVERIFY(RequestValidator::checkRequest(r).contains("API key has no name"));
    r.auth.name = "api_key";
    QVERIFY(RequestValidator::checkRequest(r).isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
