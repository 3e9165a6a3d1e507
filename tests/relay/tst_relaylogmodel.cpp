// The relay log's table: one row per record, updated in place when a paused message gets its
// fate, batched, bounded; and the recorder's file names.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "relay/relaylogmodel.h"
#include "relay/relayrecorder.h"

class TestRelayLogModel : public QObject
{
    Q_OBJECT
private:
    static RelayRecord message(qint64 id, RelayRecord::Fate fate, const QByteArray &payload)
    {
        RelayRecord r;
        r.id = id;
        r.timeMs = 1000 * id;
        r.fate = fate;
        r.arrived = RelayRoute::ClientToWsprobe;
        r.left =
            fate == RelayRecord::Fate::Forwarded ? RelayRoute::WsprobeToServer : RelayRoute::None;
        r.payload = payload;
        return r;
    }

private slots:
    void rowsAreUpdatedInPlace()
    {
        RelayLogModel model;
        QAbstractItemModelTester tester(&model);
        model.record(message(1, RelayRecord::Fate::Paused, "held"));
        model.record(message(2, RelayRecord::Fate::Queued, "next"));
        QCOMPARE(model.rowCount(), 0); // not before the batch
        model.flush();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RelayLogModel::FateColumn).data().toString(),
                 QStringLiteral("paused"));
        QCOMPARE(model.index(0, RelayLogModel::PathColumn).data().toString(),
                 QStringLiteral("client → Wsprobe ✕"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        RelayRecord edited = message(1, RelayRecord::Fate::Edited, "held");
        edited.left = RelayRoute::WsprobeToServer;
        edited.sentPayload = "changed";
        edited.sentIsText = true;
        model.record(edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RelayLogModel::PayloadColumn).data().toString(),
                 QStringLiteral("changed"));
        QCOMPARE(model.index(0, RelayLogModel::PathColumn).data().toString(),
                 QStringLiteral("client → Wsprobe → server"));
        QCOMPARE(model.index(0, 0).data(RelayLogModel::PayloadRole).toByteArray(),
                 QByteArray("held"));
        // A record updated while still pending is shown once.
        model.record(message(3, RelayRecord::Fate::Paused, "x"));
        model.record(message(3, RelayRecord::Fate::Forwarded, "x"));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(3), 2);
    }

    void bothWireSizesAreShown()
    {
        RelayLogModel model;
        RelayRecord r = message(1, RelayRecord::Fate::Forwarded, QByteArray(1000, 'a'));
        r.wireSizeIn = 12;
        model.record(r);
        model.flush();
        QCOMPARE(model.index(0, RelayLogModel::SizeColumn).data().toString(),
                 QStringLiteral("1000 B (wire 12 / –)"));
    }

    void oldestRowsGo()
    {
        RelayLogModel model;
        QAbstractItemModelTester tester(&model);
        model.setMaxRows(3);
        for (int i = 1; i <= 5; ++i)
            model.record(message(i, RelayRecord::Fate::Forwarded, QByteArray::number(i)));
        model.flush();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.at(0).id, 3);
        QCOMPARE(model.rowOf(5), 2);
        QCOMPARE(model.rowOf(1), -1);
        model.record(message(6, RelayRecord::Fate::Forwarded, "6"));
        model.flush();
        QCOMPARE(model.at(0).id, 4);
        QCOMPARE(model.rowOf(6), 2);
    }

    void findRowWrapsAndReadsWhatWasSent()
    {
        RelayLogModel model;
        model.record(message(1, RelayRecord::Fate::Forwarded, "Hello World"));
        RelayRecord binary =
            message(2, RelayRecord::Fate::Forwarded, QByteArray("\x7b\x00\xff", 3));
        binary.isText = false;
        model.record(binary);
        RelayRecord edited = message(3, RelayRecord::Fate::Edited, "before");
        edited.sentPayload = "after the edit";
        model.record(edited);
        model.record(message(4, RelayRecord::Fate::Forwarded, "hello again"));
        QCOMPARE(model.findRow(QStringLiteral("hello"), -1, false), -1); // not flushed yet
        model.flush();
        QCOMPARE(model.findRow(QStringLiteral("hello"), -1, false), 0); // any case
        QCOMPARE(model.findRow(QStringLiteral("hello"), 0, false), 3);
        QCOMPARE(model.findRow(QStringLiteral("hello"), 3, false), 0); // wraps around
        QCOMPARE(model.findRow(QStringLiteral("hello"), 4, true), 3);
        QCOMPARE(model.findRow(QStringLiteral("hello"), 0, true), 3); // wraps back
        // A binary payload by its hex, with or without the table's spaces.
        QCOMPARE(model.findRow(QStringLiteral("00 FF"), -1, false), 1);
        QCOMPARE(model.findRow(QStringLiteral("7b00"), -1, false), 1);
        // An edited message by what arrived and by what was sent.
        QCOMPARE(model.findRow(QStringLiteral("before"), -1, false), 2);
        QCOMPARE(model.findRow(QStringLiteral("after the"), -1, false), 2);
        QCOMPARE(model.findRow(QStringLiteral("absent"), -1, false), -1);
        QCOMPARE(model.findRow(QString(), -1, false), -1);
    }

    void recorderFileNames()
    {
        QCOMPARE(
            RelayRecorder::pathFor(QStringLiteral("/t/cap.wsprobe.jsonl"), 1, RelaySide::Server),
            QStringLiteral("/t/cap.wsprobe.jsonl"));
        QCOMPARE(
            RelayRecorder::pathFor(QStringLiteral("/t/cap.wsprobe.jsonl"), 1, RelaySide::Client),
            QStringLiteral("/t/cap.client.wsprobe.jsonl"));
        QCOMPARE(
            RelayRecorder::pathFor(QStringLiteral("/t/cap.wsprobe.jsonl"), 3, RelaySide::Client),
            QStringLiteral("/t/cap-3.client.wsprobe.jsonl"));
        QCOMPARE(RelayRecorder::pathFor(QStringLiteral("/t.d/cap"), 2, RelaySide::Server),
                 QStringLiteral("/t.d/cap-2"));
        QCOMPARE(RelayRecorder::pathFor(QStringLiteral("cap.jsonl"), 2, RelaySide::Server),
                 QStringLiteral("cap-2.jsonl"));
    }
};

QTEST_GUILESS_MAIN(TestRelayLogModel)
#include "tst_relaylogmodel.moc"
