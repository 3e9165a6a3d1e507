#include <QProcess>
#include <QTest>

#include "snippet/shellquote.h"

// Arguments that break naive quoting in at least one shell.
static QStringList trickyArgs()
{
    return {QStringLiteral("plain"),
            QStringLiteral("two words"),
            QStringLiteral("it's"),
            QStringLiteral("\"double\""),
            QStringLiteral("$HOME"),
            QStringLiteral("`id`"),
            QStringLiteral("$(id)"),
            QStringLiteral("back\\slash\\"),
            QStringLiteral("\\\"q\\\\\""),
            QStringLiteral("tab\there"),
            QStringLiteral("line\nbreak"),
            QString::fromUtf8("chào 😀 ‘curly’"),
            QStringLiteral("*"),
            QStringLiteral("~root"),
            QStringLiteral("!event"),
            QString(),
            QStringLiteral("-n"),
            QStringLiteral("%PATH%"),
            QStringLiteral("!PATH!"),
            QStringLiteral("a&b|c<d>e^f(g)"),
            QStringLiteral("#hash;semi"),
            QStringLiteral("{a,b}"),
            QStringLiteral("@splat,comma=eq")};
}

// The command line as the Microsoft C runtime splits it (CommandLineToArgvW, 2008 rules).
static QStringList crtSplit(const QString &line)
{
    QStringList args;
    QString cur;
    bool inArg = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line[i];
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line[i] == u'\\') {
                ++n;
                ++i;
            }
            inArg = true;
            if (i < line.size() && line[i] == u'"') {
                cur += QString(n / 2, u'\\');
                if (n % 2) {
                    cur += u'"';
                    ++i;
                }
            } else {
                cur += QString(n, u'\\');
            }
            continue;
        }
        if (c == u'"') {
            quoted = !quoted;
            inArg = true;
        } else if ((c == u' ' || c == u'\t') && !quoted) {
            if (inArg)
                args << cur;
            cur.clear();
            inArg = false;
        } else {
            cur += c;
            inArg = true;
        }
        ++i;
    }
    if (inArg)
        args << cur;
    return args;
}

// What cmd.exe hands the program: carets removed outside quotes. Fails (returns false) on
// anything cmd would act on: an unescaped & | < > ( ), or a % or ! that could expand.
static bool cmdLine(const QString &typed, QString *out)
{
    bool quoted = false;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed[i];
        if (c == u'"') {
            quoted = !quoted;
            *out += c;
        } else if (c == u'%' || c == u'!') {
            if (i == 0 || typed[i - 1] != u'^')
                return false;
            *out += c;
        } else if (quoted) {
            *out += c;
        } else if (c == u'^') {
            if (++i >= typed.size())
                return false;
            *out += typed[i];
        } else if (QStringLiteral("&|<>()").contains(c)) {
            return false;
        } else {
            *out += c;
        }
    }
    return true;
}

// PowerShell's reading of bare words and single-quoted literals (the only forms used).
static QStringList powerShellSplit(const QString &line)
{
    auto isQuote = [](QChar c) { return c == u'\'' || (c >= u'\x2018' && c <= u'\x201b'); };
    QStringList args;
    for (qsizetype i = 0; i < line.size();) {
        if (line[i] == u' ') {
            ++i;
            continue;
        }
        QString cur;
        if (isQuote(line[i])) {
            for (++i; i < line.size(); ++i) {
                if (isQuote(line[i])) {
                    if (i + 1 < line.size() && isQuote(line[i + 1])) {
                        cur += line[++i];
                        continue;
                    }
                    ++i;
                    break;
                }
                cur += line[i];
            }
        } else {
            while (i < line.size() && line[i] != u' ')
                cur += line[i++];
        }
        args << cur;
    }
    return args;
}

class TestShellQuote : public QObject
{
    Q_OBJECT
private slots:
    void posixRules_data();
    void posixRules();
    void posixThroughSh();
    void powerShellRules_data();
    void powerShellRules();
    void powerShellRoundTrip();
    void cmdRules_data();
    void cmdRules();
    void cmdRoundTrip();
};

void TestShellQuote::posixRules_data()
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

void TestShellQuote::posixRules()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ShellQuote::posix(in), out);
}

void TestShellQuote::posixThroughSh()
{
    // The quoted line, run by /bin/sh, hands printf exactly the arguments given.
    const QStringList args = trickyArgs();
    const QString line = ShellQuote::join(
        QStringList{QStringLiteral("printf"), QStringLiteral("%s\\000")} + args, Shell::Posix);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QList<QByteArray> out = sh.readAllStandardOutput().split('\0');
    QCOMPARE(out.takeLast(), QByteArray()); // after the last terminator
    QStringList got;
    for (const QByteArray &a : out)
        got << QString::fromUtf8(a);
    QCOMPARE(got, args);
}

void TestShellQuote::powerShellRules_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("plain") << "ws://h:1/x"
                           << "ws://h:1/x";
    QTest::addRow("option") << "-H"
                            << "-H";
    QTest::addRow("space") << "a b"
                           << "'a b'";
    QTest::addRow("quote doubled") << "it's"
                                   << "'it''s'";
    QTest::addRow("curly quote doubled")
        << QString::fromUtf8("it’s") << QString::fromUtf8("'it’’s'");
    QTest::addRow("dollar kept") << "$env:HOME"
                                 << "'$env:HOME'";
    QTest::addRow("backtick kept") << "a`b"
                                   << "'a`b'";
    QTest::addRow("double quote") << "\"x\""
                                  << "'\"x\"'";
    QTest::addRow("comma") << "a,b"
                           << "'a,b'";
    QTest::addRow("splat") << "@x"
                           << "'@x'";
    QTest::addRow("empty") << ""
                           << "''";
}

void TestShellQuote::powerShellRules()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ShellQuote::powerShell(in), out);
}

void TestShellQuote::powerShellRoundTrip()
{
    const QStringList args = trickyArgs();
    QCOMPARE(powerShellSplit(ShellQuote::join(args, Shell::PowerShell)), args);
    QVERIFY(ShellQuote::hasPowerShellLimit(QStringLiteral("\"double\"")));
    QVERIFY(ShellQuote::hasPowerShellLimit(QString()));
    QVERIFY(!ShellQuote::hasPowerShellLimit(QStringLiteral("it's")));
}

void TestShellQuote::cmdRules_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("plain") << "-H"
                           << "-H";
    QTest::addRow("path") << "C:\\certs\\ca.pem"
                          << "C:\\certs\\ca.pem";
    QTest::addRow("space") << "a b"
                           << "^\"a b^\"";
    QTest::addRow("quote") << "say \"hi\""
                           << "^\"say \\^\"hi\\^\"^\"";
    QTest::addRow("trailing backslash") << "C:\\my dir\\"
                                        << "^\"C:\\my dir\\\\^\"";
    QTest::addRow("backslash before quote") << "a\\\"b"
                                            << "^\"a\\\\\\^\"b^\"";
    QTest::addRow("percent") << "%PATH%"
                             << "^\"^%PATH^%^\"";
    QTest::addRow("operators") << "a&b|c"
                               << "^\"a^&b^|c^\"";
    QTest::addRow("url") << "ws://h/?a=1&b=2"
                         << "^\"ws://h/?a=1^&b=2^\"";
    QTest::addRow("empty") << ""
                           << "^\"^\"";
}

void TestShellQuote::cmdRules()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ShellQuote::cmd(in), out);
}

void TestShellQuote::cmdRoundTrip()
{
    QStringList args;
    for (const QString &a : trickyArgs()) {
        if (!ShellQuote::hasCmdLimit(a))
            args << a;
    }
    QVERIFY(ShellQuote::hasCmdLimit(QStringLiteral("line\nbreak")));
    QString passed;
    QVERIFY(cmdLine(ShellQuote::join(args, Shell::Cmd), &passed));
    QCOMPARE(crtSplit(passed), args);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
