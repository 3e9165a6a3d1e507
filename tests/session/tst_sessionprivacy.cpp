#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include "session/journal.h"
#include "session/redaction.h"
#include "session/sessionlibrary.h"
#include "session/sessionwriter.h"
#include "sessionsample.h"

/// Secrets and user names in session files: what export redacts unless asked, what the
/// journal keeps, and files that hold secrets readable by their owner only.
class TestSessionPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void redaction_data();
    void redaction();
    void exportRedactsUnlessAsked();
    void userNames_data();
    void userNames();
    void exportsRedactUserNamesEvenWhenKeepingSecrets();
    void journalRedactsOnlyUserNames();
    void journalIsPrivate();
    void filesWithSecretsArePrivateUnderAnyUmask();
};

void TestSessionPrivacy::redaction_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addRow("token") << "wss://h/p?access_token=abc&room=1"
                           << "wss://h/p?access_token=<redacted>&room=1";
    QTest::addRow("key case") << "wss://h/?apiKey=1&x=2"
                              << "wss://h/?apiKey=<redacted>&x=2";
    QTest::addRow("password and secret")
        << "ws://h/?Password=p&client_secret=s&auth=a"
        << "ws://h/?Password=<redacted>&client_secret=<redacted>&auth=<redacted>";
    QTest::addRow("harmless") << "ws://h/?room=1&user=me"
                              << "ws://h/?room=1&user=me";
    QTest::addRow("user password") << "ws://me:pw@h/"
                                   << "ws://me:<redacted>@h/";
}

void TestSessionPrivacy::redaction()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(QUrl::fromPercentEncoding(Redaction::redactUrl(QUrl(url)).toEncoded()), expected);
}

void TestSessionPrivacy::exportRedactsUnlessAsked()
{
    const QByteArray redacted = SessionWriter::jsonl(sampleHeader(), sampleEvents());
    for (const char *secret : {"s3cret", "sid=1", "access_token=abc"})
        QVERIFY2(!redacted.contains(secret), secret);
    QVERIFY(redacted.contains("access_token=<redacted>"));
    QVERIFY(redacted.contains("X-Trace")); // other headers stay
    ExportOptions keep;
    keep.keepSecrets = true;
    const QByteArray kept = SessionWriter::jsonl(sampleHeader(), sampleEvents(), keep);
    for (const char *secret : {"s3cret", "sid=1", "access_token=abc"})
        QVERIFY2(kept.contains(secret), secret);

    QTemporaryDir dir;
    QString error;
    QVERIFY(SessionWriter::write(dir.filePath("r.har"), SessionWriter::Format::Har, sampleHeader(),
                                 sampleEvents(), {}, &error));
    QFile f(dir.filePath("r.har"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray har = f.readAll();
    for (const char *secret : {"s3cret", "sid=1", "access_token=abc"})
        QVERIFY2(!har.contains(secret), secret);
}

void TestSessionPrivacy::userNames_data()
{
    QTest::addColumn<bool>("builtIn");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    // Names given: "X-Api-Token", "sig". A parameter matches when its name contains one.
    QTest::addRow("parameter") << true << "wss://h/?sig=1&room=2"
                               << "wss://h/?sig=<redacted>&room=2";
    QTest::addRow("parameter, any case, contained")
        << true << "wss://h/?x_SIG_v2=1&x-api-token=2"
        << "wss://h/?x_SIG_v2=<redacted>&x-api-token=<redacted>";
    QTest::addRow("built-in rules too") << true << "wss://h/?sig=1&access_token=2"
                                        << "wss://h/?sig=<redacted>&access_token=<redacted>";
    QTest::addRow("user names only") << false << "wss://me:pw@h/?sig=1&access_token=2"
                                     << "wss://me:pw@h/?sig=<redacted>&access_token=2";
}

void TestSessionPrivacy::userNames()
{
    QFETCH(bool, builtIn);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    Redaction::Rules rules;
    rules.builtIn = builtIn;
    rules.names = Redaction::cleanNames({" X-Api-Token ", "", "sig", "x-api-token"});
    QCOMPARE(rules.names, QStringList({"X-Api-Token", "sig"}));
    QCOMPARE(QUrl::fromPercentEncoding(Redaction::redactUrl(QUrl(url), rules).toEncoded()),
             expected);
    // Header names match whole, in any case.
    HeaderList headers{{"x-api-token", "a"}, {"X-Api-Token-Id", "b"}, {"Authorization", "c"}};
    Redaction::redactHeaders(&headers, rules);
    QCOMPARE(headers[0].value, Redaction::placeholder());
    QCOMPARE(headers[1].value, QByteArray("b"));
    QCOMPARE(headers[2].value, builtIn ? Redaction::placeholder() : QByteArray("c"));
    QCOMPARE(Redaction::redactRequestLine("GET /p?sig=abc&n=1 HTTP/1.1", rules),
             QByteArray("GET /p?sig=<redacted>&n=1 HTTP/1.1"));
}

void TestSessionPrivacy::exportsRedactUserNamesEvenWhenKeepingSecrets()
{
    SessionHeader h = sampleHeader();
    h.request.url = QUrl("ws://127.0.0.1:9/chat?room=1&sig=urlsig");
    h.request.headers << HeaderField{"X-Api-Token", "header-token"};
    EventStore events;
    HandshakeRecord hs;
    hs.requestLine = "GET /chat?room=1&sig=linesig HTTP/1.1";
    hs.requestHeaders = {{"x-api-token", "handshake-token"}, {"Authorization", "Bearer s3cret"}};
    hs.responseSeen = true;
    hs.status = 101;
    hs.statusLine = "HTTP/1.1 101 Switching Protocols";
    events.append(Event::handshakeRecord(T0 + 1, hs));
    events.append(Event::open(T0 + 2, "", ""));
    QTemporaryDir dir;
    for (bool keep : {false, true}) {
        ExportOptions options;
        options.keepSecrets = keep;
        options.redactNames = {"X-API-TOKEN", "sig"};
        for (const char *name : {"u.wsprobe.jsonl", "u.har", "u.txt"}) {
            const QString path = dir.filePath(name);
            QString error;
            QVERIFY2(SessionWriter::write(path, SessionWriter::formatForPath(path), h, events,
                                          options, &error),
                     qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            for (const char *secret : {"header-token", "handshake-token", "urlsig", "linesig"})
                QVERIFY2(!text.contains(secret), qPrintable(QString("%1 in %2").arg(secret, name)));
            QVERIFY2(text.contains("redacted"), name); // HAR percent-encodes the URL's
            // The built-in ones follow "Keep secrets" as before.
            QCOMPARE(text.contains("s3cret"), keep);
        }
    }
}

void TestSessionPrivacy::journalRedactsOnlyUserNames()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("r.wsprobe.jsonl");
    SessionHeader h = sampleHeader();
    h.request.headers << HeaderField{"X-Api-Token", "header-token"};
    Journal journal;
    Journal::Options options;
    options.privateFile = true;
    options.redactNames = {"x-api-token"};
    QString error;
    QVERIFY2(journal.open(path, h, options, &error), qPrintable(error));
    HandshakeRecord hs;
    hs.requestLine = "GET /chat?x-api-token=linetoken HTTP/1.1";
    hs.requestHeaders = {{"X-Api-Token", "handshake-token"}, {"Authorization", "Bearer s3cret"}};
    journal.record(Event::handshakeRecord(T0 + 1, hs));
    journal.record(Event::message(T0 + 2, Direction::Out, true, "payloads are never touched"));
    journal.finish();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    for (const char *secret : {"header-token", "handshake-token", "linetoken"})
        QVERIFY2(!text.contains(secret), secret);
    // Everything else stays, for replaying.
    QVERIFY(text.contains("Bearer s3cret"));
    QVERIFY(text.contains("access_token=abc"));
    QVERIFY(text.contains("payloads are never touched"));
}

void TestSessionPrivacy::journalIsPrivate()
{
    QTemporaryDir dir;
    SessionLibrary library(dir.filePath("sessions"));
    QString error;
    auto journal = library.startJournal(sampleHeader(), &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(QFile::permissions(journal->path())
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(library.directory())
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
#endif
}

void TestSessionPrivacy::filesWithSecretsArePrivateUnderAnyUmask()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are advisory on this platform");
#else
    // umask 000: whatever is not made private explicitly comes out 0666.
    const mode_t saved = ::umask(0);
    const auto restore = qScopeGuard([saved] { ::umask(saved); });
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    auto isPrivate = [&](const QString &path) {
        const QFile::Permissions p = QFile::permissions(path);
        return (p & others) == QFile::Permissions() && (p & owner) == owner;
    };
    QTemporaryDir dir;
    QString error;

    ExportOptions keep;
    keep.keepSecrets = true;
    for (const char *name : {"kept.wsprobe.jsonl", "kept.har", "kept.txt"}) {
        const QString path = dir.filePath(name);
        QVERIFY2(SessionWriter::write(path, SessionWriter::formatForPath(path), sampleHeader(),
                                      sampleEvents(), keep, &error),
                 qPrintable(error));
        QVERIFY2(isPrivate(path), name);
    }
    // A file that was there, readable by everyone, is replaced by a private one.
    const QString old = dir.filePath("old.wsprobe.jsonl");
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.setPermissions(owner | QFile::ReadGroup | QFile::ReadOther));
    }
    QVERIFY(SessionWriter::write(old, SessionWriter::Format::Jsonl, sampleHeader(), sampleEvents(),
                                 keep, &error));
    QVERIFY(isPrivate(old));
    // A redacted export is for sharing and keeps the usual mode.
    const QString shared = dir.filePath("shared.har");
    QVERIFY(SessionWriter::write(shared, SessionWriter::Format::Har, sampleHeader(), sampleEvents(),
                                 {}, &error));
    QVERIFY(QFile::permissions(shared) & QFile::ReadOther);

    // The library's journal, its lock while recording and its summary afterwards.
    SessionLibrary library(dir.filePath("sessions"));
    auto journal = library.startJournal(sampleHeader(), &error);
    QVERIFY2(journal, qPrintable(error));
    QVERIFY(isPrivate(journal->path()));
    QVERIFY(QFile::exists(SessionLibrary::lockPath(journal->path())));
    QVERIFY(isPrivate(SessionLibrary::lockPath(journal->path())));
    journal->finish();
    QVERIFY(QFile::exists(SessionLibrary::summaryPath(journal->path())));
    QVERIFY(isPrivate(SessionLibrary::summaryPath(journal->path())));
#endif
}

QTEST_GUILESS_MAIN(TestSessionPrivacy)
#include "tst_sessionprivacy.moc"
