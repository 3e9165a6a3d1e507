// The URL ↔ query-parameter rows rule of the request panel, without widgets.
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include "connection/queryparameters.h"

using Params = QueryParameters::List;
Q_DECLARE_METATYPE(QueryParameters::List)

class TestQueryParameters : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void unchangedPairsKeepTheirSpelling();
    void changedPairsAreEncoded_data();
    void changedPairsAreEncoded();
    void addAndRemove();
    void encodedValuesReachAParserIntact_data();
    void encodedValuesReachAParserIntact();
};

void TestQueryParameters::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Params>("expected");
    QTest::addRow("none") << "ws://h/p" << Params{};
    QTest::addRow("empty query") << "ws://h/p?" << Params{};
    QTest::addRow("two") << "ws://h/p?a=1&b=two" << Params{{"a", "1"}, {"b", "two"}};
    QTest::addRow("flag and empty value")
        << "ws://h/?debug&x=" << Params{{"debug", "", false}, {"x", "", true}};
    QTest::addRow("empty pairs skipped") << "ws://h/?a=1&&b=2&" << Params{{"a", "1"}, {"b", "2"}};
    QTest::addRow("percent-decoded")
        << "ws://h/?q=a%20b%26c%3Dd&n%C3%A9=%E2%9C%93" << Params{{"q", "a b&c=d"}, {"né", "✓"}};
    QTest::addRow("plus is a plus") << "ws://h/?q=a+b" << Params{{"q", "a+b"}};
    QTest::addRow("stray percent kept")
        << "ws://h/?q=100%&r=%zz" << Params{{"q", "100%"}, {"r", "%zz"}};
    QTest::addRow("fragment not query") << "ws://h/p?a=1#b=2" << Params{{"a", "1"}};
    QTest::addRow("question mark in fragment") << "ws://h/p#x?a=1" << Params{};
    QTest::addRow("equals in value") << "ws://h/?t=a=b" << Params{{"t", "a=b"}};
    QTest::addRow("unfinished url") << "ws://h?room=" << Params{{"room", ""}};
}

void TestQueryParameters::parse()
{
    QFETCH(QString, url);
    QFETCH(Params, expected);
    QCOMPARE(QueryParameters::fromUrlText(url), expected);
}

void TestQueryParameters::unchangedPairsKeepTheirSpelling()
{
    // "+" and lower-case escapes stay as typed when another row changes.
    const QString url = "ws://h/p?q=a+b&e=%e2%9c%93&flag#frag";
    Params p = QueryParameters::fromUrlText(url);
    QCOMPARE(QueryParameters::withParameters(url, p), url);
    p[2] = {"flag", "on", true};
    QCOMPARE(QueryParameters::withParameters(url, p), "ws://h/p?q=a+b&e=%e2%9c%93&flag=on#frag");
    std::swap(p[0], p[1]); // reordered rows keep their text too
    QCOMPARE(QueryParameters::withParameters(url, p), "ws://h/p?e=%e2%9c%93&q=a+b&flag=on#frag");
}

void TestQueryParameters::changedPairsAreEncoded_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pair");
    QTest::addRow("plain") << "room"
                           << "lobby"
                           << "room=lobby";
    QTest::addRow("space") << "q"
                           << "a b"
                           << "q=a%20b";
    QTest::addRow("separators") << "q"
                                << "a&b=c#d"
                                << "q=a%26b%3Dc%23d";
    QTest::addRow("plus") << "q"
                          << "1+1"
                          << "q=1%2B1";
    QTest::addRow("percent") << "q"
                             << "100%"
                             << "q=100%25";
    QTest::addRow("semicolon") << "q"
                               << "a;b"
                               << "q=a%3Bb";
    QTest::addRow("utf-8") << "né"
                           << "✓"
                           << "n%C3%A9=%E2%9C%93";
    QTest::addRow("kept as is") << "path"
                                << "/a/b?c:d@e,f"
                                << "path=/a/b?c:d@e,f";
    QTest::addRow("equals in name") << "a=b"
                                    << "c"
                                    << "a%3Db=c";
}

void TestQueryParameters::changedPairsAreEncoded()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, pair);
    const QString url = QueryParameters::withParameters("ws://h/", {{name, value}});
    QCOMPARE(url, "ws://h/?" + pair);
    // And back: the row reads as it was typed.
    QCOMPARE(QueryParameters::fromUrlText(url), Params({{name, value}}));
}

void TestQueryParameters::addAndRemove()
{
    QCOMPARE(QueryParameters::withParameters("ws://h:1/p#f", {{"a", "1"}}), "ws://h:1/p?a=1#f");
    QCOMPARE(QueryParameters::withParameters("ws://h/p?a=1#f", {}), "ws://h/p#f");
    QCOMPARE(QueryParameters::withParameters("ws://h/p?a=1&b=2", {{"b", "2"}}), "ws://h/p?b=2");
    // A row added and not yet filled in adds nothing.
    QCOMPARE(QueryParameters::withParameters("ws://h/?a=1", {{"a", "1"}, {"", ""}}), "ws://h/?a=1");
    // Text that is not a URL yet is edited all the same.
    QCOMPARE(QueryParameters::withParameters("localhost:8080", {{"x", "y"}}), "localhost:8080?x=y");
}

void TestQueryParameters::encodedValuesReachAParserIntact_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"a b", "a&b", "a=b", "1+1", "50%", "#x", "Nguyễn", "a/b?c", "'\"<>`"})
        QTest::addRow("%s", v) << QString::fromUtf8(v);
}

void TestQueryParameters::encodedValuesReachAParserIntact()
{
    // What a server's parser (QUrlQuery here, decoding %XX only) reads is what the row said.
    QFETCH(QString, value);
    const QUrl url(QueryParameters::withParameters("ws://h/p", {{"k", value}, {"z", "1"}}),
                   QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue("k", QUrl::FullyDecoded), value);
    QCOMPARE(query.queryItemValue("z"), QString("1"));
}

QTEST_GUILESS_MAIN(TestQueryParameters)
#include "tst_queryparameters.moc"
