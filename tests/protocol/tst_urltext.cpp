// A URL as typed, read as a browser reads it: what a browser encodes is encoded, what it
// refuses is refused with a reason that names the part (not QUrl's debugging text).
#include <QTest>

#include "protocol/requestvalidator.h"
#include "protocol/urltext.h"

class TestUrlText : public QObject
{
    Q_OBJECT
private slots:
    void browserEncoded_data();
    void browserEncoded();
    void refusedWithAReason_data();
    void refusedWithAReason();
};

void TestUrlText::browserEncoded_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::addRow("space in query")
        << "ws://127.0.0.1:9/close?code=4321&reason=server says bye"
        << "ws://127.0.0.1:9/close?code=4321&reason=server%20says%20bye";
    QTest::addRow("space and braces in path") << "ws://h/a b/{x}"
                                              << "ws://h/a%20b/%7Bx%7D";
    QTest::addRow("quotes and angles in query") << "ws://h/p?q=\"x\"<y>'z'"
                                                << "ws://h/p?q=%22x%22%3Cy%3E%27z%27";
    QTest::addRow("backslash") << "ws://h\\a\\b?c\\d"
                               << "ws://h/a/b?c%5Cd";
    QTest::addRow("stray percent") << "ws://h/100%?x=%41&y=%4"
                                   << "ws://h/100%25?x=%41&y=%254";
    QTest::addRow("pipe and caret") << "ws://h/a|b?c^d"
                                    << "ws://h/a%7Cb?c%5Ed";
    QTest::addRow("pasted across lines") << "ws://h/x\n\ty"
                                         << "ws://h/xy";
    QTest::addRow("non-ascii left to QUrl") << "ws://h/é?q=ở"
                                            << "ws://h/é?q=ở";
    QTest::addRow("already encoded") << "ws://h/a%20b?c=%7B"
                                     << "ws://h/a%20b?c=%7B";
    QTest::addRow("fragment keeps its #") << "ws://h/?a=1#x y"
                                          << "ws://h/?a=1#x%20y";
    QTest::addRow("authority as typed") << "ws://exa mple.com/"
                                        << "ws://exa mple.com/";
    QTest::addRow("no scheme") << " localhost:8080/x y "
                               << "localhost:8080/x y";
}

void TestUrlText::browserEncoded()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    QCOMPARE(UrlText::browserEncoded(typed), sent);
    // Idempotent: the URL as sent, typed again, is sent the same.
    QCOMPARE(UrlText::browserEncoded(sent), sent);
    // And what it gives is what the request line carries.
    if (sent.startsWith("ws://h") && !sent.contains('#')) {
        QString error;
        const QUrl url = RequestValidator::parseUrl(typed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QString::fromUtf8(QUrl(sent).toEncoded(QUrl::FullyEncoded)));
    }
}

void TestUrlText::refusedWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addRow("port out of range") << "ws://127.0.0.1:99999/"
                                       << "The port 99999 is out of range (1–65535).";
    QTest::addRow("port far out of range") << "ws://h:1234567890123/"
                                           << "The port 1234567890123 is out of range (1–65535).";
    QTest::addRow("port not a number") << "ws://h:80a/x"
                                       << "The port \"80a\" is not a number.";
    QTest::addRow("ipv6 unclosed") << "ws://[::1"
                                   << "The IPv6 address is missing its closing \"]\".";
    QTest::addRow("ipv6 unclosed with path") << "ws://[::1:8080/echo"
                                             << "The IPv6 address is missing its closing \"]\".";
    QTest::addRow("ipv6 invalid") << "ws://[::zz]/"
                                  << "\"::zz\" is not a valid IPv6 address.";
    QTest::addRow("ipv6 then junk")
        << "ws://[::1]x/"
        << "Only a port may follow the IPv6 address, as in ws://[::1]:8080/, not \"x\".";
    QTest::addRow("ipv6 port out of range") << "ws://[::1]:70000/"
                                            << "The port 70000 is out of range (1–65535).";
    QTest::addRow("space in host")
        << "ws://exa mple.com/"
        << "The host name \"exa mple.com\" contains a space, which a host name cannot contain.";
    QTest::addRow("pipe in host")
        << "ws://a|b/"
        << "The host name \"a|b\" contains \"|\", which a host name cannot contain.";
}

void TestUrlText::refusedWithAReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!RequestValidator::parseUrl(text, &error).isValid());
    QCOMPARE(error, reason);
    // The same words wherever the URL is checked: from a QUrl that something else parsed.
    QCOMPARE(RequestValidator::checkUrl(UrlText::toUrl(text)), reason);
    QCOMPARE(RequestValidator::checkUrl(QUrl(text, QUrl::StrictMode)), reason);
}

QTEST_GUILESS_MAIN(TestUrlText)
#include "tst_urltext.moc"
