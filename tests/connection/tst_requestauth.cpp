// The Auth helper's rules and the bulk header text, without widgets.
#include <QTest>
#include <QUrlQuery>

#include "connection/headertext.h"
#include "connection/requestauth.h"

Q_DECLARE_METATYPE(RequestAuth)

class TestRequestAuth : public QObject
{
    Q_OBJECT
private slots:
    void applyFillsTheRequest_data();
    void applyFillsTheRequest();
    void takeFromGivesBackWhatWasApplied_data();
    void takeFromGivesBackWhatWasApplied();
    void takeFromLeavesOtherHeadersAlone();
    void goneCredentialIsNone();
    void headerText_data();
    void headerText();
    void headerTextRefusesALineWithoutColon();
    void headerTextNamesEveryBadLine();
};

namespace {

ConnectionRequest baseRequest()
{
    ConnectionRequest r;
    r.url = QUrl("ws://127.0.0.1:9/chat?room=1");
    r.headers = {{"X-Trace", "t1"}};
    return r;
}

RequestAuth bearer(const QString &token)
{
    RequestAuth a;
    a.kind = RequestAuth::Kind::Bearer;
    a.token = token;
    return a;
}

RequestAuth basic(const QString &user, const QString &password)
{
    RequestAuth a;
    a.kind = RequestAuth::Kind::Basic;
    a.user = user;
    a.password = password;
    return a;
}

RequestAuth apiKey(RequestAuth::Kind kind, const QString &name, const QString &value)
{
    RequestAuth a;
    a.kind = kind;
    a.keyName = name;
    a.keyValue = value;
    return a;
}

} // namespace

void TestRequestAuth::applyFillsTheRequest_data()
{
    QTest::addColumn<RequestAuth>("auth");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("url");
    QTest::addRow("none") << RequestAuth() << QByteArray() << QByteArray()
                          << "ws://127.0.0.1:9/chat?room=1";
    QTest::addRow("bearer") << bearer(" abc.def ") << QByteArray("Authorization")
                            << QByteArray("Bearer abc.def") << "ws://127.0.0.1:9/chat?room=1";
    // RFC 7617's own example.
    QTest::addRow("basic") << basic("Aladdin", "open sesame") << QByteArray("Authorization")
                           << QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
                           << "ws://127.0.0.1:9/chat?room=1";
    QTest::addRow("basic utf-8") << basic("test", "123£") << QByteArray("Authorization")
                                 << QByteArray("Basic dGVzdDoxMjPCow==")
                                 << "ws://127.0.0.1:9/chat?room=1";
    QTest::addRow("api key header")
        << apiKey(RequestAuth::Kind::ApiKeyHeader, "X-Api-Key", "k1") << QByteArray("X-Api-Key")
        << QByteArray("k1") << "ws://127.0.0.1:9/chat?room=1";
    QTest::addRow("api key query")
        << apiKey(RequestAuth::Kind::ApiKeyQuery, "sig", "a b&c") << QByteArray() << QByteArray()
        << "ws://127.0.0.1:9/chat?room=1&sig=a%20b%26c";
}

void TestRequestAuth::applyFillsTheRequest()
{
    QFETCH(RequestAuth, auth);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, url);
    ConnectionRequest r = baseRequest();
    auth.applyTo(&r);
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(r.headers.first(), HeaderField({"X-Trace", "t1"})); // the user's headers first
    QCOMPARE(r.headers.size(), header.isEmpty() ? 1 : 2);
    if (!header.isEmpty())
        QCOMPARE(r.headers.last(), HeaderField({header, value}));
    QCOMPARE(int(r.auth.kind), int(auth.kind));
    if (auth.kind == RequestAuth::Kind::ApiKeyQuery)
        QCOMPARE(QUrlQuery(r.url).queryItemValue("sig", QUrl::FullyDecoded), QString("a b&c"));
}

void TestRequestAuth::takeFromGivesBackWhatWasApplied_data()
{
    applyFillsTheRequest_data();
}

void TestRequestAuth::takeFromGivesBackWhatWasApplied()
{
    QFETCH(RequestAuth, auth);
    ConnectionRequest r = baseRequest();
    auth.applyTo(&r);
    const RequestAuth back = RequestAuth::takeFrom(&r);
    // Trimmed as applied; the request is the user's again.
    RequestAuth expected = auth;
    expected.token = expected.token.trimmed();
    QCOMPARE(back, expected);
    QCOMPARE(r.headers, baseRequest().headers);
    QCOMPARE(r.url, baseRequest().url);
    QCOMPARE(int(r.auth.kind), int(RequestAuth::Kind::None));
}

void TestRequestAuth::takeFromLeavesOtherHeadersAlone()
{
    // An Authorization header the user typed is not the helper's to take.
    ConnectionRequest r = baseRequest();
    r.headers.append(HeaderField{"Authorization", "Bearer typed"});
    QCOMPARE(RequestAuth::takeFrom(&r).kind, RequestAuth::Kind::None);
    QCOMPARE(r.headers.size(), 2);
    // With the marker, the helper's own (last) header goes and the user's stays.
    ConnectionRequest withAuth = baseRequest();
    apiKey(RequestAuth::Kind::ApiKeyQuery, "room", "2").applyTo(&withAuth);
    QCOMPARE(withAuth.url.toString(), QString("ws://127.0.0.1:9/chat?room=1&room=2"));
    const RequestAuth back = RequestAuth::takeFrom(&withAuth);
    QCOMPARE(back.keyValue, QString("2"));
    QCOMPARE(withAuth.url.toString(), QString("ws://127.0.0.1:9/chat?room=1"));
}

void TestRequestAuth::goneCredentialIsNone()
{
    ConnectionRequest r = baseRequest();
    r.auth = {RequestAuth::Kind::ApiKeyHeader, "X-Gone"};
    QCOMPARE(RequestAuth::takeFrom(&r).kind, RequestAuth::Kind::None);
    QCOMPARE(r.headers, baseRequest().headers);
    r.auth = {RequestAuth::Kind::Basic, "Authorization"};
    r.headers.append(HeaderField{"Authorization", "Basic !!notbase64"});
    QCOMPARE(RequestAuth::takeFrom(&r).kind, RequestAuth::Kind::None);
    QCOMPARE(r.headers.size(), 2); // left where the user can see it
    // An API key without a name adds nothing, and the marker lets the validator say so.
    ConnectionRequest unnamed = baseRequest();
    apiKey(RequestAuth::Kind::ApiKeyHeader, " ", "v").applyTo(&unnamed);
    QCOMPARE(unnamed.headers, baseRequest().headers);
    QCOMPARE(int(unnamed.auth.kind), int(RequestAuth::Kind::ApiKeyHeader));
    QVERIFY(unnamed.auth.name.isEmpty());
}

void TestRequestAuth::headerText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<HeaderList>("headers");
    QTest::addRow("empty") << "" << HeaderList{};
    QTest::addRow("two, blank lines and spaces") << "\n  X-A: 1 \n\nX-B:two:three\r\n"
                                                 << HeaderList{{"X-A", "1"}, {"X-B", "two:three"}};
    QTest::addRow("empty value") << "X-Empty:" << HeaderList{{"X-Empty", ""}};
    QTest::addRow("utf-8 value") << "X-Name: Nguyễn" << HeaderList{{"X-Name", "Nguyễn"}};
}

void TestRequestAuth::headerText()
{
    QFETCH(QString, text);
    QFETCH(HeaderList, headers);
    HeaderList out{{"Old", "x"}};
    QString error;
    QVERIFY2(HeaderText::fromText(text, &out, &error), qPrintable(error));
    QCOMPARE(out, headers);
    // And back: the text a table of these headers gives reads as the same headers.
    HeaderList again;
    QVERIFY(HeaderText::fromText(HeaderText::toText(headers), &again, &error));
    QCOMPARE(again, headers);
}

void TestRequestAuth::headerTextRefusesALineWithoutColon()
{
    HeaderList out{{"Old", "x"}};
    QString error;
    QVERIFY(!HeaderText::fromText("X-A: 1\n\nX-B 2\n", &out, &error));
    QVERIFY2(error.contains("Line 3") && error.contains("X-B 2"), qPrintable(error));
    QCOMPARE(out, HeaderList({{"Old", "x"}})); // untouched
    QCOMPARE(HeaderText::toText({{"A", "1"}, {"B", ""}}), QString("A: 1\nB: "));
}

void TestRequestAuth::headerTextNamesEveryBadLine()
{
    // A name that is no header name ("Bad Name") is as wrong as a missing colon, and each bad
    // line is named with its number and text; the good lines between them are not.
    HeaderList out{{"Old", "x"}};
    QString error;
    QVERIFY(!HeaderText::fromText("NoColonLine\nX-Ok: 1\n: no name\n\nBad Name: x", &out, &error));
    const QStringList lines = error.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].contains("Line 1") && lines[0].contains("NoColonLine"), qPrintable(error));
    QVERIFY2(lines[1].contains("Line 3") && lines[1].contains(": no name"), qPrintable(error));
    QVERIFY2(lines[2].contains("Line 5") && lines[2].contains("\"Bad Name\""), qPrintable(error));
    QVERIFY2(!error.contains("X-Ok"), qPrintable(error));
    QCOMPARE(out, HeaderList({{"Old", "x"}}));
}

QTEST_GUILESS_MAIN(TestRequestAuth)
#include "tst_requestauth.moc"
