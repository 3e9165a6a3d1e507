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
