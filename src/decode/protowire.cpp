#include "decode/protowire.h"

#include <QCborArray>
#include <QCborMap>

#include "protocol/frame/utf8validator.h"

namespace {

bool printable(QByteArrayView bytes)
{
    if (!Utf8Validator::isValidUtf8(bytes))
        return false;
    for (const char c : bytes) {
        if (quint8(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

QCborValue unsignedValue(quint64 v)
{
    // CBOR integers are signed 64-bit: larger ones keep their value as a double.
    return v > quint64(std::numeric_limits<qint64>::max()) ? QCborValue(double(v))
                                                           : QCborValue(qint64(v));
}

struct Reader
{
    QByteArrayView in;
    qsizetype base; ///< offset of `in` in the whole payload, for errors
    QString *error;
    qsizetype *errorOffset;

    bool fail(const QString &message, qsizetype at)
    {
        if (error)
            *error = message;
        if (errorOffset)
            *errorOffset = base + at;
        return false;
    }

    bool message(int depth, QCborMap *out)
    {
        qsizetype pos = 0;
        while (pos < in.size()) {
            const qsizetype start = pos;
            quint64 key = 0;
            if (!ProtoWire::readVarint(in, &pos, &key))
                return fail(ProtoWire::tr("a field key is cut off"), start);
            const quint64 number = key >> 3;
            const int wire = int(key & 7);
            if (number == 0 || number > 536870911)
                return fail(ProtoWire::tr("field number %1 is out of range").arg(number), start);
            QCborValue value;
            switch (wire) {
            case 0: {
                quint64 v = 0;
                if (!ProtoWire::readVarint(in, &pos, &v))
                    return fail(ProtoWire::tr("the varint of field %1 is cut off").arg(number),
                                start);
                value = unsignedValue(v);
                break;
            }
            case 1:
            case 5: {
                const qsizetype width = wire == 1 ? 8 : 4;
                if (in.size() - pos < width)
                    return fail(ProtoWire::tr("the fixed-width field %1 is cut off").arg(number),
                                start);
                quint64 v = 0;
                for (qsizetype i = width - 1; i >= 0; --i)
                    v = v << 8 | quint8(in[pos + i]);
                pos += width;
                value = unsignedValue(v);
                break;
            }
            case 2: {
                quint64 length = 0;
                if (!ProtoWire::readVarint(in, &pos, &length))
                    return fail(ProtoWire::tr("the length of field %1 is cut off").arg(number),
                                start);
                if (length > quint64(in.size() - pos))
                    return fail(ProtoWire::tr("field %1 claims %2 bytes, %3 are left")
                                    .arg(number)
                                    .arg(length)
                                    .arg(in.size() - pos),
                                start);
                const QByteArrayView bytes = in.sliced(pos, qsizetype(length));
                QCborMap nested;
                if (printable(bytes)) {
                    value = QString::fromUtf8(bytes);
                } else if (depth < ProtoWire::MaxDepth && !bytes.isEmpty()
                           && Reader{bytes, base + pos, nullptr, nullptr}.message(depth + 1,
                                                                                  &nested)) {
                    value = nested;
                } else {
                    value = bytes.toByteArray();
                }
                pos += qsizetype(length);
                break;
            }
            default:
                // Groups (3, 4) are deprecated and 6, 7 do not exist.
                return fail(ProtoWire::tr("field %1 has wire type %2, which is not supported")
                                .arg(number)
                                .arg(wire),
                            start);
            }
            const qint64 k = qint64(number);
            if (!out->contains(k)) {
                out->insert(k, value);
            } else {
                const QCborValue existing = out->value(k);
                // Values are never lists themselves, so a list here means a repeated field.
                QCborArray list = existing.isArray() ? existing.toArray() : QCborArray{existing};
                list.append(value);
                out->insert(k, list);
            }
        }
        return true;
    }
};

} // namespace

bool ProtoWire::readVarint(QByteArrayView in, qsizetype *pos, quint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64 && *pos < in.size(); shift += 7) {
        const quint8 b = quint8(in[(*pos)++]);
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

bool ProtoWire::decode(QByteArrayView in, QCborValue *out, QString *error, qsizetype *errorOffset)
{
    QCborMap map;
    if (!Reader{in, 0, error, errorOffset}.message(0, &map))
        return false;
    *out = map;
    return true;
}

QCborValue ProtoWire::field(QByteArrayView in, int number)
{
    qsizetype pos = 0;
    while (pos < in.size()) {
        quint64 key = 0;
        if (!readVarint(in, &pos, &key))
            return {};
        const int wire = int(key & 7);
        quint64 v = 0;
        if (wire == 0) {
            if (!readVarint(in, &pos, &v))
                return {};
        } else if (wire == 1 || wire == 5) {
            const qsizetype width = wire == 1 ? 8 : 4;
            if (in.size() - pos < width)
                return {};
            for (qsizetype i = width - 1; i >= 0; --i)
                v = v << 8 | quint8(in[pos + i]);
            pos += width;
        } else if (wire == 2) {
            if (!readVarint(in, &pos, &v) || v > quint64(in.size() - pos))
                return {};
            if (qint64(key >> 3) == number)
                return in.sliced(pos, qsizetype(v)).toByteArray();
            pos += qsizetype(v);
            continue;
        } else {
            return {};
        }
        if (qint64(key >> 3) == number)
            return unsignedValue(v);
    }
    return {};
}
