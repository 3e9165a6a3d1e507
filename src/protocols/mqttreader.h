#pragma once

#include <QByteArrayView>
#include <QCborMap>
#include <QString>

#include "protocols/mqttlayer.h"

// MQTT's packet reading (OASIS MQTT 3.1.1 and 5.0), shared by MqttLayer's packet types and the
// MQTT 5 properties that most of them carry. The messages name the field that failed in the
// layer's own words (MqttLayer's translation context).

/// Reads a packet's fields in order; the first failure is kept with its byte offset.
class MqttReader
{
public:
    MqttReader(QByteArrayView d, qsizetype start, qsizetype end)
        : data(d)
        , pos(start)
        , end(end)
    {
    }
    bool need(qsizetype n, const QString &what)
    {
        if (!error.isEmpty())
            return false;
        if (end - pos < n) {
            error =
                MqttLayer::tr("%1 at byte %2 runs past the end of the packet").arg(what).arg(pos);
            return false;
        }
        return true;
    }
    int byte(const QString &what) { return need(1, what) ? quint8(data[pos++]) : 0; }
    int u16(const QString &what)
    {
        if (!need(2, what))
            return 0;
        const int v = (quint8(data[pos]) << 8) | quint8(data[pos + 1]);
        pos += 2;
        return v;
    }
    quint32 u32(const QString &what)
    {
        if (!need(4, what))
            return 0;
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | quint8(data[pos + i]);
        pos += 4;
        return v;
    }
    qint64 varint(const QString &what)
    {
        qint64 v = 0;
        for (int i = 0; i < 4; ++i) {
            const int b = byte(what);
            if (!error.isEmpty())
                return 0;
            v |= qint64(b & 0x7f) << (7 * i);
            if (!(b & 0x80))
                return v;
        }
        error = MqttLayer::tr("%1 at byte %2 is a variable integer longer than 4 bytes")
                    .arg(what)
                    .arg(pos - 4);
        return 0;
    }
    QByteArray binary(const QString &what)
    {
        const int n = u16(what);
        if (!need(n, what))
            return {};
        const QByteArray v = data.sliced(pos, n).toByteArray();
        pos += n;
        return v;
    }
    QString string(const QString &what) { return QString::fromUtf8(binary(what)); }
    bool atEnd() const { return pos >= end; }
    bool ok() const { return error.isEmpty(); }

    QByteArrayView data;
    qsizetype pos;
    qsizetype end;
    QString error;
};

/// MQTT 5 properties (§2.2.2.2): the identifier decides the value's form. Keys are the
/// identifiers in decimal; user properties are a list of [name, value] under "userProperties".
/// An undefined identifier or a length that does not add up sets r.error.
QCborMap readMqttProperties(MqttReader &r);
