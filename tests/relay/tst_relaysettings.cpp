// A Relay tab's settings as the workspace keeps them: every field comes back, the passphrase
// does not, a rule that no longer parses is named, and the config the controller gets has
// the breakpoints parsed and the upstream's headers as the ones to set.
#include <QTest>

#include "relay/relaysettings.h"

class TestRelaySettings : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        RelaySettings st;
        st.config.listen.address = QHostAddress(QStringLiteral("127.0.0.1"));
        st.config.listen.port = 9443;
        st.config.listen.tls = true;
        st.config.listen.certFile = QStringLiteral("/tmp/server.pem");
        st.config.listen.keyFile = QStringLiteral("/tmp/server.key");
        st.config.listen.keyPassphrase = QStringLiteral("secret");
        st.config.listen.deflateEnabled = false;
        ConnectionRequest &u = st.config.upstream;
        u.url = QUrl(QStringLiteral("wss://api.example.test/feed"));
        u.headers = {{"Authorization", "Bearer t"}, {"X-Env", "staging"}};
        u.subprotocols = {QStringLiteral("graphql-ws")};
        u.caFile = QStringLiteral("/tmp/ca.pem");
        u.ignoreTlsErrors = true;
        u.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        u.deflate = false;
        u.reportFrames = true;
        st.config.headers.remove = {"Cookie", "X-Debug"};
        st.breakpointRules = {QStringLiteral("client:json:$.type=\"subscribe\""),
                              QStringLiteral("server:hex:00 ff")};

        const QVariantMap map = st.toMap();
        QVERIFY(RelaySettings::isRelayTab(map));
        QVERIFY(!RelaySettings::isRelayTab(QVariantMap{{"urlText", "ws://x"}}));
        QStringList problems;
        const RelaySettings back = RelaySettings::fromMap(map, &problems);
        QVERIFY(problems.isEmpty());
        const ServerConfig &l = back.config.listen;
        QCOMPARE(l.address, st.config.listen.address);
        QCOMPARE(l.port, quint16(9443));
        QVERIFY(l.tls);
        QVERIFY(!l.selfSigned);
        QCOMPARE(l.certFile, st.config.listen.certFile);
        QCOMPARE(l.keyFile, st.config.listen.keyFile);
        QVERIFY(l.keyPassphrase.isEmpty()); // never written to the workspace
        QVERIFY(!l.deflateEnabled);
        const ConnectionRequest &b = back.config.upstream;
        QCOMPARE(b.url, u.url);
        QCOMPARE(b.headers, u.headers);
        QCOMPARE(b.subprotocols, u.subprotocols);
        QCOMPARE(b.caFile, u.caFile);
        QVERIFY(b.ignoreTlsErrors);
        QCOMPARE(b.proxy, u.proxy);
        QVERIFY(!b.deflate);
        QVERIFY(b.reportFrames);
        QCOMPARE(back.config.headers.remove, st.config.headers.remove);
        QCOMPARE(back.breakpointRules, st.breakpointRules);

        const RelayConfig effective = back.effectiveConfig();
        QCOMPARE(effective.breakpoints.size(), 2);
        QCOMPARE(effective.breakpoints[0].from, RelaySide::Client);
        QVERIFY(
            effective.breakpoints[0].matches(RelaySide::Client, R"({"type":"subscribe"})", true));
        QVERIFY(!effective.breakpoints[0].matches(RelaySide::Client, R"({"type":"x"})", true));
        QCOMPARE(effective.headers.set, u.headers);
    }

    void selfSignedAndDefaults()
    {
        RelaySettings st;
        st.config.listen.tls = true;
        st.config.listen.selfSigned = true;
        const RelaySettings back = RelaySettings::fromMap(st.toMap());
        QVERIFY(back.config.listen.tls);
        QVERIFY(back.config.listen.selfSigned);
        // An empty map: a relay as a new tab has it.
        const RelaySettings fresh = RelaySettings::fromMap({});
        QVERIFY(!fresh.config.listen.tls);
        QVERIFY(fresh.config.listen.deflateEnabled);
        QCOMPARE(fresh.config.listen.address, QHostAddress(QHostAddress::LocalHost));
    }

    void brokenRuleIsNamed()
    {
        QVariantMap map = RelaySettings().toMap();
        map.insert(QStringLiteral("breakpoints"),
                   QStringList{QStringLiteral("regex:("), QStringLiteral("text:ok")});
        QStringList problems;
        const RelaySettings back = RelaySettings::fromMap(map, &problems);
        QCOMPARE(back.breakpointRules, QStringList{QStringLiteral("text:ok")});
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRelaySettings)
#include "tst_relaysettings.moc"
