#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "log/eventlog.h"
#include "log/logfiltermodel.h"
#include "log/logsearch.h"

// Matching runs over packed blocks; the reference here is QRegularExpression applied to each
// payload on its own, an implementation that shares nothing with LogSearch.
class TestLogSearch : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithPerPayloadRegex_data();
    void agreesWithPerPayloadRegex();
    void randomPatternsAgree();
    void masks();
    void nextMatchGoesRound();
    void framesNeverMatchAPattern();
    void binaryPayloads();
    void invalidUtf8MatchesFragmentByFragment();
    void invalidRegexKeepsPreviousQuery();
    void matchRanges();
    void largePayloadsInOwnBlocks();
    void runOfFilePayloadsSearchedAtOnce();
    void filterModelTester();
    void filterScansInSlices();
    void filterFollowsLiveRows();
    void filterResetsOnClear();
    void timeModes();
};

namespace {

EventStore storeOf(const QStringList &texts)
{
    EventStore store;
    qint64 t = 1000;
    for (const QString &s : texts)
        store.append(Event::message(t++, Direction::In, true, s.toUtf8()));
    return store;
}

std::vector<qint32> reference(const QStringList &texts, const SearchQuery &q)
{
    QRegularExpression re(q.regex ? q.pattern : QRegularExpression::escape(q.pattern),
                          q.caseSensitive ? QRegularExpression::NoPatternOption
                                          : QRegularExpression::CaseInsensitiveOption);
    std::vector<qint32> rows;
    for (int i = 0; i < texts.size(); ++i) {
        if (re.match(texts.at(i)).hasMatch())
            rows.push_back(i);
    }
    return rows;
}

std::vector<qint32> scanAll(const LogSearch &search, const EventStore &store)
{
    std::vector<qint32> rows;
    search.scan(store, 0, store.size(), &rows);
    return rows;
}

LogSearch searchFor(const QString &pattern, bool regex, bool caseSensitive)
{
    LogSearch search;
    QString error;
    if (!search.setQuery({pattern, regex, caseSensitive}, &error))
        qFatal("bad pattern %s: %s", qPrintable(pattern), qPrintable(error));
    return search;
}

const QStringList Corpus = {
    QStringLiteral("abc"),         QStringLiteral("cab"),
    QStringLiteral("{\"id\":12}"), QStringLiteral(""),
    QStringLiteral("b"),           QStringLiteral("caB"),
    QStringLiteral("Ünïcödé abc"), QStringLiteral("ab"),
    QStringLiteral("c"),           QStringLiteral("x\ny"),
    QStringLiteral("word"),        QStringLiteral("swordfish"),
    QStringLiteral("ÄBC"),         QStringLiteral("äbc"),
    QStringLiteral("a"),           QStringLiteral("bc"),
};

} // namespace

void TestLogSearch::agreesWithPerPayloadRegex_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    // "ab" + "c" lie back to back: a block-wide match across them must not count.
    QTest::addRow("literal across payloads") << "bc" << false << true;
    QTest::addRow("literal caseless") << "AB" << false << false;
    QTest::addRow("literal unicode caseless") << "äbc" << false << false;
    QTest::addRow("literal with regex chars") << "\"id\":1" << false << true;
    QTest::addRow("regex class") << "[0-9]+" << true << true;
    QTest::addRow("regex alternation") << "cab|word" << true << true;
    QTest::addRow("regex anchored start") << "^ab" << true << true;
    QTest::addRow("regex anchored end") << "b$" << true << true;
    QTest::addRow("regex whole") << "^c$" << true << true;
    QTest::addRow("regex word boundary") << "\\bword\\b" << true << true;
    QTest::addRow("regex lookahead") << "a(?=b)" << true << true;
    QTest::addRow("regex lookbehind") << "(?<=a)b" << true << true;
    QTest::addRow("regex greedy across") << "a.*c" << true << true;
    QTest::addRow("regex negated class") << "[^abc]b" << true << true;
    QTest::addRow("regex matches empty") << "z*" << true << true;
    QTest::addRow("regex newline") << "x\\ny" << true << true;
    QTest::addRow("regex dot stops at newline") << "x.y" << true << true;
    QTest::addRow("regex caseless") << "a[bc]+" << true << false;
    QTest::addRow("regex possessive") << "[abc]++c" << true << true;
}

void TestLogSearch::agreesWithPerPayloadRegex()
{
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    const EventStore store = storeOf(Corpus);
    const LogSearch search = searchFor(pattern, regex, caseSensitive);
    QCOMPARE(scanAll(search, store), reference(Corpus, {pattern, regex, caseSensitive}));
    // Scanning in pieces gives the same rows as one pass.
    std::vector<qint32> pieces;
    for (qsizetype i = 0; i < store.size(); i += 3)
        search.scan(store, i, std::min(store.size(), i + 3), &pieces);
    QCOMPARE(pieces, scanAll(search, store));
}

void TestLogSearch::randomPatternsAgree()
{
    QRandomGenerator rng(20261126);
    const QString alphabet = QStringLiteral("abcAB \n");
    auto randomText = [&](int maxLength) {
        QString s;
        const int n = int(rng.bounded(maxLength + 1));
        for (int i = 0; i < n; ++i)
            s += alphabet.at(int(rng.bounded(alphabet.size())));
        return s;
    };
    const QStringList shapes = {QStringLiteral("%1"),     QStringLiteral("%1+"),
                                QStringLiteral("%1.%1"),  QStringLiteral("^%1"),
                                QStringLiteral("%1$"),    QStringLiteral("[%1]{2}"),
                                QStringLiteral("%1|b%1"), QStringLiteral("\\b%1")};
    for (int round = 0; round < 300; ++round) {
        QStringList texts;
        for (int i = 0; i < 40; ++i)
            texts << randomText(6);
        const EventStore store = storeOf(texts);
        QString atom = randomText(2).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
        if (atom.isEmpty())
            atom = QStringLiteral("a");
        const bool regex = round % 2 == 0;
        const bool caseSensitive = round % 3 != 0;
        const QString pattern = regex ? shapes.at(int(rng.bounded(shapes.size()))).arg(atom) : atom;
        const LogSearch search = searchFor(pattern, regex, caseSensitive);
        const std::vector<qint32> got = scanAll(search, store);
        const std::vector<qint32> want = reference(texts, {pattern, regex, caseSensitive});
        if (got != want)
            QFAIL(qPrintable(QStringLiteral("pattern %1 (regex %2, case %3) disagrees on %4")
                                 .arg(pattern)
                                 .arg(regex)
                                 .arg(caseSensitive)
                                 .arg(texts.join(QLatin1Char('|')))));
    }
}

void TestLogSearch::nextMatchGoesRound()
{
    const EventStore store = storeOf({"a hit", "miss", "hit two", "miss", "last hit"});
    LogSearch search;
    SearchQuery q;
    q.pattern = "hit";
    QString error;
    QVERIFY(search.setQuery(q, &error));
    QCOMPARE(search.nextMatch(store, -1, false), qsizetype(0));
    QCOMPARE(search.nextMatch(store, 0, false), qsizetype(2));
    QCOMPARE(search.nextMatch(store, 4, false), qsizetype(0)); // past the end, round to the top
    QCOMPARE(search.nextMatch(store, store.size(), true), qsizetype(4));
    QCOMPARE(search.nextMatch(store, 2, true), qsizetype(0));
    QCOMPARE(search.nextMatch(store, 0, true), qsizetype(4)); // before the top, round to the end
    // The only match is found again from itself, tried last.
    q.pattern = "two";
    QVERIFY(search.setQuery(q, &error));
    QCOMPARE(search.nextMatch(store, 2, false), qsizetype(2));
    q.pattern = "absent";
    QVERIFY(search.setQuery(q, &error));
    QCOMPARE(search.nextMatch(store, -1, false), qsizetype(-1));
    QCOMPARE(search.nextMatch(EventStore(), -1, false), qsizetype(-1));
}

void TestLogSearch::masks()
{
    EventStore store;
    store.append(Event::open(1, "", ""));
    store.append(Event::message(2, Direction::Out, true, "ping me"));
    store.append(Event::message(3, Direction::In, true, "ping you"));
    store.append(Event::message(4, Direction::In, false, "ping bin"));
    store.append(Event::error(5, "ping error"));
    store.append(Event::close(6, 1000, "ping bye", true));

    LogSearch search;
    QVERIFY(search.isPassThrough());
    QCOMPARE(scanAll(search, store).size(), size_t(6));
    search.setDirections(1u << int(Direction::In));
    QCOMPARE(scanAll(search, store), (std::vector<qint32>{2, 3}));
    search.setDirections(LogSearch::AllDirections);
    search.setKinds(1u << int(EventKind::Text) | 1u << int(EventKind::Close));
    QCOMPARE(scanAll(search, store), (std::vector<qint32>{1, 2, 5}));
    QString error;
    QVERIFY(search.setQuery({"ping", false, true}, &error));
    QCOMPARE(scanAll(search, store), (std::vector<qint32>{1, 2, 5}));
    search.setKinds(LogSearch::AllKinds);
    // The open event has no payload; everything else says "ping".
    QCOMPARE(scanAll(search, store), (std::vector<qint32>{1, 2, 3, 4, 5}));
    QVERIFY(!search.accepts(store, 0));
    QVERIFY(search.accepts(store, 4));
}

void TestLogSearch::framesNeverMatchAPattern()
{
    EventStore store;
    FrameInfo frame;
    frame.opcode = 1;
    frame.payloadLength = 0x61; // the stored length's first byte is 'a'
    store.append(Event::frameRecord(1, frame));
    store.append(Event::message(2, Direction::In, true, "a"));
    const LogSearch search = searchFor("a", false, true);
    QCOMPARE(scanAll(search, store), (std::vector<qint32>{1}));
}

void TestLogSearch::binaryPayloads()
{
    EventStore store;
    store.append(Event::message(1, Direction::In, false,
                                QByteArray("\xff\xfe"
                                           "abc\x80",
                                           6)));
    store.append(Event::message(2, Direction::In, false, QByteArray("\xc3", 1)));
    store.append(Event::message(3, Direction::In, true, "ABC"));
    // Invalid UTF-8 neither stops nor confuses the search.
    QCOMPARE(scanAll(searchFor("abc", false, false), store), (std::vector<qint32>{0, 2}));
    QCOMPARE(scanAll(searchFor("b.\\x80", true, true), store), (std::vector<qint32>{}));
    QCOMPARE(scanAll(searchFor("bc", true, true), store), (std::vector<qint32>{0}));
}

namespace {

// The valid UTF-8 stretches of a payload: PCRE2_MATCH_INVALID_UTF matches each on its own.
QStringList fragments(const QByteArray &bytes)
{
    QStringList out;
    qsizetype start = 0, i = 0;
    auto cut = [&](qsizetype end) {
        if (end > start)
            out << QString::fromUtf8(bytes.sliced(start, end - start));
    };
    while (i < bytes.size()) {
        const auto c = uchar(bytes[i]);
        const int n = c < 0x80                 ? 1
                      : c >= 0xC2 && c <= 0xDF ? 2
                      : c >= 0xE0 && c <= 0xEF ? 3
                      : c >= 0xF0 && c <= 0xF4 ? 4
                                               : 0;
        bool valid = n > 0 && i + n <= bytes.size();
        for (int k = 1; valid && k < n; ++k)
            valid = (uchar(bytes[i + k]) & 0xC0) == 0x80;
        if (valid && n > 2) { // overlong forms, surrogates, beyond U+10FFFF
            const auto c1 = uchar(bytes[i + 1]);
            valid = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0)
                    && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (valid) {
            i += n;
        } else {
            cut(i);
            start = ++i;
        }
    }
    cut(i);
    return out;
}

} // namespace

void TestLogSearch::invalidUtf8MatchesFragmentByFragment()
{
    // What the fuzzer found: a caseless `.*c` over these rows found nothing in the block scan
    // while the third row matched on its own. PCRE2 anchored the leading `.*` and never
    // looked past the invalid byte of the run (nor of the first row).
    const QByteArray first("x\xa2\x63"); // \x63 is 'c'
    EventStore crash;
    for (const QByteArray &p : {first, QByteArray("x"), QByteArray("abc\xff/")})
        crash.append(Event::message(1, Direction::In, true, p));
    const LogSearch dotStar = searchFor(".*c", true, false);
    QCOMPARE(scanAll(dotStar, crash), (std::vector<qint32>{0, 2}));
    QVERIFY(dotStar.accepts(crash, 0));
    QCOMPARE(dotStar.matches(first), (std::vector<std::pair<qsizetype, qsizetype>>{{2, 1}}));

    // Random rows with invalid bytes against QRegularExpression applied to each valid stretch.
    QRandomGenerator rng(20270110);
    const QList<QByteArray> pieces = {"a",    "b",        "c",        "C",
                                      "x",    "\n",       "\xa2",     "\xff",
                                      "\xc3", "\xc3\xa4", "\xe2\x82", "\xe2\x82\xac"};
    const QStringList shapes = {QStringLiteral(".*%1"),   QStringLiteral(".*?%1"),
                                QStringLiteral("(.*)%1"), QStringLiteral(".+%1"),
                                QStringLiteral("%1.*%1"), QStringLiteral("%1"),
                                QStringLiteral("[^x]%1"), QStringLiteral("(?:a|.*)%1")};
    const QStringList atoms = {QStringLiteral("c"), QStringLiteral("ab"), QStringLiteral("ä"),
                               QStringLiteral("€")};
    for (int round = 0; round < 400; ++round) {
        QList<QByteArray> rows;
        EventStore store;
        for (int i = 0; i < 30; ++i) {
            QByteArray row;
            for (int n = int(rng.bounded(7)); n > 0; --n)
                row += pieces.at(int(rng.bounded(pieces.size())));
            rows << row;
            store.append(Event::message(i, Direction::In, true, row));
        }
        const QString pattern = shapes.at(int(rng.bounded(shapes.size())))
                                    .arg(atoms.at(int(rng.bounded(atoms.size()))));
        const bool caseSensitive = round % 2;
        const LogSearch search = searchFor(pattern, true, caseSensitive);
        const QRegularExpression re(pattern, caseSensitive
                                                 ? QRegularExpression::NoPatternOption
                                                 : QRegularExpression::CaseInsensitiveOption);
        std::vector<qint32> want, oneByOne;
        for (qint32 i = 0; i < qint32(rows.size()); ++i) {
            const QStringList parts = fragments(rows.at(i));
            if (std::any_of(parts.begin(), parts.end(),
                            [&](const QString &f) { return re.match(f).hasMatch(); }))
                want.push_back(i);
            if (search.accepts(store, i))
                oneByOne.push_back(i);
        }
        const std::vector<qint32> got = scanAll(search, store);
        if (got != want || oneByOne != want) {
            QStringList shown;
            for (const QByteArray &r : std::as_const(rows))
                shown << QString::fromLatin1(r.toPercentEncoding());
            QFAIL(qPrintable(QStringLiteral("pattern %1 (case %2) disagrees on %3")
                                 .arg(pattern)
                                 .arg(caseSensitive)
                                 .arg(shown.join(QLatin1Char('|')))));
        }
    }
}

void TestLogSearch::invalidRegexKeepsPreviousQuery()
{
    LogSearch search;
    QString error;
    QVERIFY(search.setQuery({"abc", true, true}, &error));
    QVERIFY(!search.setQuery({"ab(c", true, true}, &error));
    QVERIFY2(error.contains("at character 5"), qPrintable(error));
    // PCRE2's own reason, which the search bar shows as it is.
    QVERIFY2(error.contains("missing closing parenthesis"), qPrintable(error));
    QVERIFY(!search.setQuery({"é[", true, true}, &error));
    QVERIFY2(error.contains("at character 3"), qPrintable(error));
    QCOMPARE(search.query().pattern, QString("abc"));
    // The same text as a plain search is fine.
    QVERIFY(search.setQuery({"ab(c", false, true}, &error));
}

void TestLogSearch::matchRanges()
{
    const LogSearch search = searchFor("ab", false, false);
    const auto ranges = search.matches("xABabAb");
    QCOMPARE(ranges.size(), size_t(3));
    QCOMPARE(ranges[0], (std::pair<qsizetype, qsizetype>(1, 2)));
    QCOMPARE(ranges[2], (std::pair<qsizetype, qsizetype>(5, 2)));
    QCOMPARE(searchFor("b*", true, true).matches("abba").size(), size_t(1));
    QCOMPARE(LogSearch().matches("abc").size(), size_t(0));
}

void TestLogSearch::largePayloadsInOwnBlocks()
{
    EventStore store;
    QByteArray big(1 << 20, 'x');
    big.replace(700000, 6, "needle");
    store.append(Event::message(1, Direction::In, true, "small ne"));
    store.append(Event::message(2, Direction::In, true, big));
    store.append(Event::message(3, Direction::In, true, "edle small"));
    QCOMPARE(scanAll(searchFor("needle", false, true), store), (std::vector<qint32>{1}));
    QCOMPARE(scanAll(searchFor("NEEDLE", false, false), store), (std::vector<qint32>{1}));
}

void TestLogSearch::runOfFilePayloadsSearchedAtOnce()
{
    // Payloads of 16 KiB and more lie back to back in the store's file (Linux), copied there
    // by a writer thread: a search right after the appends reads them as one run, and must
    // find a needle at the very end of the last one (its bytes written after the first's).
    QList<QByteArray> payloads;
    for (int i = 0; i < 64; ++i)
        payloads.append(QByteArray(64 * 1024 + i, char('a' + i % 20)));
    payloads.last().replace(payloads.last().size() - 6, 6, "needle");
    for (int round = 0; round < 3; ++round) {
        EventStore fresh;
        for (const QByteArray &p : std::as_const(payloads))
            fresh.append(Event::message(1, Direction::In, true, p));
        QCOMPARE(scanAll(searchFor("needle", false, true), fresh), (std::vector<qint32>{63}));
    }
}

void TestLogSearch::filterModelTester()
{
    EventLog log;
    LogFilterModel filter(&log);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 50; ++i)
        log.append(
            Event::message(i, i % 2 ? Direction::In : Direction::Out, true, QByteArray::number(i)));
    log.flush();
    QCOMPARE(filter.rowCount(), 50);
    LogSearch search;
    search.setDirections(1u << int(Direction::In));
    QString error;
    QVERIFY(search.setQuery({"1", false, true}, &error));
    filter.setSearch(std::move(search));
    QTRY_VERIFY(!filter.isScanning());
    // Odd numbers containing a 1: 1, 11, 13, 15, 17, 19, 21, 31, 41.
    QCOMPARE(filter.rowCount(), 9);
    QCOMPARE(filter.data(filter.index(1, EventLog::PreviewColumn)).toString(), QString("11"));
    QCOMPARE(filter.sourceRow(8), 41);
    QCOMPARE(filter.rowForSource(41), 8);
    QCOMPARE(filter.rowForSource(40), -1);
    // From any event to the next match: what highlight-only search steps with.
    QCOMPARE(filter.rowAtOrAfterSource(0), 0);
    QCOMPARE(filter.rowAtOrAfterSource(12), 2); // 13
    QCOMPARE(filter.rowAtOrAfterSource(13), 2);
    QCOMPARE(filter.rowAtOrAfterSource(42), 9); // none: rowCount()
    filter.setSearch(LogSearch());
    QCOMPARE(filter.rowCount(), 50);
}

void TestLogSearch::filterScansInSlices()
{
    EventLog log;
    for (int i = 0; i < 100000; ++i)
        log.append(Event::message(i, Direction::In, true, QByteArray::number(i)));
    log.flush();
    LogFilterModel filter(&log);
    filter.setSliceBudgetMs(0); // one step per slice: the scan must yield to the event loop
    QSignalSpy finished(&filter, &LogFilterModel::scanFinished);
    QSignalSpy progress(&filter, &LogFilterModel::scanProgress);
    LogSearch search;
    QString error;
    QVERIFY(search.setQuery({"77", false, true}, &error));
    filter.setSearch(std::move(search));
    QVERIFY(filter.isScanning());
    QVERIFY(finished.wait(5000));
    QVERIFY(progress.count() >= 10);
    qsizetype expected = 0;
    for (int i = 0; i < 100000; ++i)
        expected += QByteArray::number(i).contains("77");
    QCOMPARE(finished.first().first().value<qsizetype>(), expected);
    QCOMPARE(filter.rowCount(), int(expected));
}

void TestLogSearch::filterFollowsLiveRows()
{
    EventLog log;
    LogFilterModel filter(&log);
    LogSearch search;
    QString error;
    QVERIFY(search.setQuery({"^yes", true, true}, &error));
    filter.setSearch(std::move(search));
    log.append(Event::message(1, Direction::In, true, "yes 1"));
    log.append(Event::message(2, Direction::In, true, "no yes"));
    log.flush();
    QTRY_COMPARE(filter.rowCount(), 1);
    log.append(Event::message(3, Direction::In, true, "yes 2"));
    log.flush();
    QTRY_COMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.sourceRow(1), 2);
}

void TestLogSearch::filterResetsOnClear()
{
    EventLog log;
    LogFilterModel filter(&log);
    LogSearch search;
    search.setKinds(1u << int(EventKind::Text));
    filter.setSearch(std::move(search));
    log.append(Event::message(1, Direction::In, true, "a"));
    log.append(Event::error(2, "b"));
    log.flush();
    QTRY_COMPARE(filter.rowCount(), 1);
    log.clear();
    QCOMPARE(filter.rowCount(), 0);
    log.append(Event::message(3, Direction::In, true, "c"));
    log.flush();
    QTRY_COMPARE(filter.rowCount(), 1);
}

void TestLogSearch::timeModes()
{
    EventLog log;
    log.append(Event::error(1000, "refused"));
    log.append(Event::open(5000, "", ""));
    log.append(Event::message(5250, Direction::In, true, "a"));
    log.append(Event::message(5000 + 61001, Direction::In, true, "b"));
    log.append(Event::open(4000000, "", ""));
    log.append(Event::message(4000000 + 3723456, Direction::In, true, "c"));
    log.flush();
    auto time = [&](int row) { return log.data(log.index(row, EventLog::TimeColumn)).toString(); };
    log.setTimeMode(EventLog::RelativeTime);
    QCOMPARE(time(0), QString("+0.000"));
    QCOMPARE(time(2), QString("+0.250"));
    QCOMPARE(time(3), QString("+1:01.001"));
    QCOMPARE(time(5), QString("+1:02:03.456"));
    log.setTimeMode(EventLog::DeltaTime);
    QCOMPARE(time(0), QString("+0.000"));
    QCOMPARE(time(1), QString("+4.000"));
    QCOMPARE(time(2), QString("+0.250"));
    log.setTimeMode(EventLog::AbsoluteTime);
    QVERIFY(time(0).contains(':'));
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_logsearch.moc"
