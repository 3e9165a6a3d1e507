// The shell completions of wsprobe-cli, loaded into the real shells and driven as they drive
// them: bash always, fish and zsh when installed.
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/clirun.h"

namespace {

/// The options `wsprobe-cli help command` lists, e.g. "-s" and "--subprotocol".
QStringList optionsInHelp(const QString &command)
{
    const CliRun help = CliRun::run(WSPROBE_CLI_PATH, {"help", command}, {}, true,
                                    QProcessEnvironment::systemEnvironment(), 30000, false);
    QStringList names;
    static const QRegularExpression option("^  (?:(-\\w), |    )(--[\\w-]+)");
    for (const QString &line : QString::fromUtf8(help.out).split('\n')) {
        const QRegularExpressionMatch m = option.match(line);
        if (!m.hasMatch())
            continue;
        if (!m.captured(1).isEmpty())
            names << m.captured(1);
        names << m.captured(2);
    }
    return names;
}

} // namespace

class TestCliCompletion : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bash_data();
    void bash();
    void bashOffersEveryOptionOfEveryCommand();
    void fish();
    void zshParses();

private:
    /// Runs bash with the completion loaded; words are COMP_WORDS, the last one being
    /// completed. Returns COMPREPLY, one per line.
    QStringList completeInBash(const QStringList &words);

    QTemporaryDir m_dir;
    QString m_bashScript;
};

void TestCliCompletion::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *shell : {"bash", "zsh", "fish"}) {
        const CliRun r = CliRun::run(WSPROBE_CLI_PATH, {"--completions", shell}, {}, true,
                                     QProcessEnvironment::systemEnvironment(), 30000, false);
        QCOMPARE(r.exitCode, 0);
        QFile f(m_dir.filePath(QString("completion.") + shell));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
    }
    m_bashScript = m_dir.filePath("completion.bash");
    // Files for the file completions.
    for (const char *name : {"feed.wsprobe.jsonl", "feed.har"}) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
}

QStringList TestCliCompletion::completeInBash(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << "'" + QString(w).replace("'", "'\\''") + "'";
    // What bash does on Tab: set COMP_WORDS and COMP_CWORD, call the registered function.
    const QString script = QString("source %1 || exit 9\n"
                                   "function=$(complete -p wsprobe-cli | sed -n 's/.*-F \\([^ "
                                   "]*\\) .*/\\1/p')\n"
                                   "[ -n \"$function\" ] || exit 8\n"
                                   "COMP_WORDS=(%2)\n"
                                   "COMP_CWORD=%3\n"
                                   "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
                                   "COMP_POINT=${#COMP_LINE}\n"
                                   "\"$function\" wsprobe-cli \"${COMP_WORDS[COMP_CWORD]}\" "
                                   "\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                                   "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                               .arg(m_bashScript, quoted.join(' '))
                               .arg(words.size() - 1);
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start("bash", {"--norc", "--noprofile", "-c", script});
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        qWarning() << "bash:" << p.exitCode() << p.readAllStandardError();
        return {"<bash failed>"};
    }
    QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    out.sort();
    return out;
}

void TestCliCompletion::bash_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("command") << QStringList{"wsprobe-cli", "re"}
                             << QStringList{"record", "relay", "replay"};
    QTest::addRow("all commands") << QStringList{
        "wsprobe-cli", ""} << QStringList{"--help",  "--version",   "-V",   "-h",     "connect",
                                          "convert", "demo-server", "help", "record", "relay",
                                          "replay",  "run",         "serve"};
    QTest::addRow("option") << QStringList{"wsprobe-cli", "connect", "--eng"}
                            << QStringList{"--engine"};
    QTest::addRow("option after the URL")
        << QStringList{"wsprobe-cli", "connect", "ws://h/", "--no-"}
        << QStringList{"--no-auto-pong", "--no-deflate"};
    QTest::addRow("choices") << QStringList{"wsprobe-cli", "connect", "--engine", ""}
                             << QStringList{"qt", "wire"};
    QTest::addRow("choices after =")
        << QStringList{"wsprobe-cli", "connect", "--engine", "=", "q"} << QStringList{"qt"};
    QTest::addRow("file value") << QStringList{"wsprobe-cli", "connect", "--cacert", "feed.h"}
                                << QStringList{"feed.har"};
    QTest::addRow("free value") << QStringList{"wsprobe-cli", "connect", "--send", "fe"}
                                << QStringList();
    QTest::addRow("file argument") << QStringList{"wsprobe-cli", "replay", "feed."}
                                   << QStringList{"feed.har", "feed.wsprobe.jsonl"};
    QTest::addRow("no file for a URL")
        << QStringList{"wsprobe-cli", "connect", "feed."} << QStringList();
    QTest::addRow("help's commands")
        << QStringList{"wsprobe-cli", "help", "c"} << QStringList{"connect", "convert"};
    QTest::addRow("convert format")
        << QStringList{"wsprobe-cli", "convert", "--to", ""} << QStringList{"har", "jsonl", "txt"};
}

void TestCliCompletion::bash()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    QCOMPARE(completeInBash(words), expected);
}

void TestCliCompletion::bashOffersEveryOptionOfEveryCommand()
{
    for (const char *command :
         {"connect", "record", "replay", "convert", "relay", "demo-server", "serve", "run"}) {
        QStringList inHelp = optionsInHelp(command);
        QVERIFY2(inHelp.size() >= 2, qPrintable(command));
        inHelp.sort();
        QCOMPARE(completeInBash({"wsprobe-cli", command, "-"}), inHelp);
    }
}

void TestCliCompletion::fish()
{
    const QString fishProgram = QStandardPaths::findExecutable("fish");
    if (fishProgram.isEmpty())
        QSKIP("fish is not installed");
    auto complete = [&](const QString &line) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(
            fishProgram,
            {"--no-config", "-c",
             QString("source %1; complete -C '%2'").arg(m_dir.filePath("completion.fish"), line)});
        p.waitForFinished(20000);
        QStringList words;
        for (const QString &l : QString::fromUtf8(p.readAllStandardOutput()).split('\n'))
            words << l.section('\t', 0, 0);
        words.removeAll(QString());
        words.sort();
        return words;
    };
    QCOMPARE(complete("wsprobe-cli re"), QStringList({"record", "relay", "replay"}));
    QCOMPARE(complete("wsprobe-cli connect --eng"), QStringList{"--engine"});
    QCOMPARE(complete("wsprobe-cli connect --engine "), QStringList({"qt", "wire"}));
    QCOMPARE(complete("wsprobe-cli replay feed."), QStringList({"feed.har", "feed.wsprobe.jsonl"}));
    QVERIFY(complete("wsprobe-cli record --").contains("--redact"));
}

void TestCliCompletion::zshParses()
{
    const QString zsh = QStandardPaths::findExecutable("zsh");
    if (zsh.isEmpty())
        QSKIP("zsh is not installed");
    QProcess p;
    p.start(zsh, {"-n", m_dir.filePath("completion.zsh")});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile f(m_dir.filePath("completion.zsh"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("#compdef wsprobe-cli\n"));
    QVERIFY(text.contains("'*'{-s+,--subprotocol=}"));
    QVERIFY(text.contains(":(wire qt)"));
}

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "tst_clicompletion.moc"
