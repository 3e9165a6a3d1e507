#include "protocols/mqttreader.h"

#include <QCborArray>

QCborMap readMqttProperties(MqttReader &r)
{
    QCborMap props;
    const qint64 length = r.varint(MqttLayer::tr("the properties length"));
    if (!r.ok() || !r.need(length, MqttLayer::tr("the properties")))
        return props;
    const qsizetype end = r.pos + length;
    QCborArray user;
    while (r.ok() && r.pos < end) {
        const qsizetype at = r.pos;
        const int id = int(r.varint(MqttLayer::tr("a property identifier")));
        const QString key = QString::number(id);
        const QString what = MqttLayer::tr("property %1").arg(id);
        switch (id) {
        case 1:
        case 23:
        case 25:
        case 36:
        case 37:
        case 40:
        case 41:
        case 42:
            props.insert(key, r.byte(what));
            break;
        case 19:
        case 33:
        case 34:
        case 35:
            props.insert(key, r.u16(what));
            break;
        case 2:
        case 17:
        case 24:
        case 39:
            props.insert(key, qint64(r.u32(what)));
            break;
        case 11:
            props.insert(key, r.varint(MqttLayer::tr("the subscription identifier")));
            break;
        case 3:
        case 8:
        case 18:
        case 21:
        case 26:
        case 28:
        case 31:
            props.insert(key, r.string(what));
            break;
        case 9:
        case 22:
            props.insert(key, QCborValue(r.binary(what)));
            break;
        case 38: {
            QCborArray pair;
            pair.append(r.string(MqttLayer::tr("a user property's name")));
            pair.append(r.string(MqttLayer::tr("a user property's value")));
            user.append(pair);
            break;
        }
        default:
            if (r.ok())
                r.error = MqttLayer::tr("property identifier %1 at byte %2 is not defined")
                              .arg(id)
                              .arg(at);
        }
    }
    if (r.ok() && r.pos != end)
        r.error = MqttLayer::tr("the properties end at byte %1, not %2").arg(r.pos).arg(end);
    if (!user.isEmpty())
        props.insert(QStringLiteral("userProperties"), user);
    return props;
}
