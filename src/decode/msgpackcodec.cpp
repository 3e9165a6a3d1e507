#include "decode/msgpackcodec.h"

#include "decode/cborjson.h"

#ifdef WSPROBE_MSGPACK

#include <algorithm>
#include <charconv>
#include <cmath>
#include <forward_list>
#include <msgpack.hpp>
#include <vector>

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QVarLengthArray>

#include "json/jsonwriter.h"
#include "json/textclip.h"

namespace {

/// Builds the value as msgpack's parser walks the input: a stack of open containers, each
/// with the key waiting for its value.
class Builder
{
public:
    QCborValue result;
    bool tooDeep = false;

    bool visit_nil() { return put(QCborValue(nullptr)); }
    bool visit_boolean(bool v) { return put(QCborValue(v)); }
    bool visit_positive_integer(uint64_t v)
    {
        return put(v > uint64_t(std::numeric_limits<qint64>::max()) ? QCborValue(double(v))
                                                                    : QCborValue(qint64(v)));
    }
    bool visit_negative_integer(int64_t v) { return put(QCborValue(qint64(v))); }
    bool visit_float32(float v) { return put(QCborValue(double(v))); }
    bool visit_float64(double v) { return put(QCborValue(v)); }
    bool visit_str(const char *v, uint32_t size)
    {
        return put(QCborValue(QString::fromUtf8(v, qsizetype(size))));
    }
    bool visit_bin(const char *v, uint32_t size)
    {
        return put(QCborValue(QByteArray(v, qsizetype(size))));
    }
    bool visit_ext(const char *v, uint32_t size)
    {
        // v[0] is the type, the rest its data.
        const auto type = qint8(v[0]);
        const QByteArray data(v + 1, qsizetype(size) - 1);
        if (type == -1 && (data.size() == 4 || data.size() == 8 || data.size() == 12)) {
            quint64 seconds = 0;
            quint32 nanos = 0;
            auto be = [&](int from, int n) {
                quint64 x = 0;
                for (int i = 0; i < n; ++i)
                    x = x << 8 | quint8(data[from + i]);
                return x;
            };
            if (data.size() == 4) {
                seconds = be(0, 4);
            } else if (data.size() == 8) {
                const quint64 both = be(0, 8);
                nanos = quint32(both >> 34);
                seconds = both & 0x3ffffffffULL;
            } else {
                nanos = quint32(be(0, 4));
                seconds = be(4, 8);
            }
            return put(QCborValue(
                QDateTime::fromMSecsSinceEpoch(qint64(seconds) * 1000 + nanos / 1000000, Qt::UTC)));
        }
        QCborMap ext;
        ext.insert(QStringLiteral("ext"), type);
        ext.insert(QStringLiteral("data"), data);
        return put(ext);
    }
    bool start_array(uint32_t) { return open(QCborArray()); }
    bool start_array_item() { return true; }
    bool end_array_item() { return true; }
    bool end_array() { return close(); }
    bool start_map(uint32_t) { return open(QCborMap()); }
    bool start_map_key() { return true; }
    bool end_map_key() { return true; }
    bool start_map_value() { return true; }
    bool end_map_value() { return true; }
    bool end_map() { return close(); }
    void parse_error(size_t, size_t errorOffset)
    {
        failedAt = qsizetype(errorOffset);
        cutOff = false;
    }
    void insufficient_bytes(size_t, size_t errorOffset)
    {
        failedAt = qsizetype(errorOffset);
        cutOff = true;
    }
    bool referenced() const { return false; }
    void set_referenced(bool) {}

    qsizetype failedAt = -1;
    bool cutOff = false;

private:
    struct Open
    {
        QCborValue container;
        QCborValue key;
        bool haveKey = false;
    };

    bool open(QCborValue container)
    {
        if (m_stack.size() >= size_t(MsgPackCodec::MaxDepth)) {
            tooDeep = true;
            return false;
        }
        m_stack.push_back({std::move(container), {}, false});
        return true;
    }
    bool close()
    {
        QCborValue done = std::move(m_stack.back().container);
        m_stack.pop_back();
        return put(std::move(done));
    }
    bool put(QCborValue v)
    {
        if (m_stack.empty()) {
            result = std::move(v);
            return true;
        }
        Open &top = m_stack.back();
        if (top.container.isArray()) {
            QCborArray a = top.container.toArray();
            top.container = QCborValue(); // let the array be appended to in place
            a.append(std::move(v));
            top.container = std::move(a);
        } else if (!top.haveKey) {
            top.key = std::move(v);
            top.haveKey = true;
        } else {
            QCborMap m = top.container.toMap();
            top.container = QCborValue();
            m.insert(top.key, std::move(v));
            top.container = std::move(m);
            top.haveKey = false;
        }
        return true;
    }

    std::vector<Open> m_stack;
};

/// Writes decode()'s value as CborJson::text writes it compact, as msgpack's parser
/// walks the input, until enough is written; refuses (returns false to the parser) what it
/// cannot write the same way.
class ClipWriter
{
public:
    /// Appends to target: a glance writes the clip straight into its preview.
    ClipWriter(qsizetype enough, qsizetype inputSize, QByteArray &target)
        : out(target)
        , m_enough(target.size() + enough)
    {
        // One allocation a clip where growing it took several (perf), none where the room is
        // kept: the JSON text of most values is a few times their MessagePack bytes.
        out.reserve(out.size() + std::min<qsizetype>(6 * inputSize + 16, 4 * enough + 64));
    }
    QByteArray &out;

    bool visit_nil() { return scalar("null"); }
    bool visit_boolean(bool v) { return scalar(v ? "true" : "false"); }
    bool visit_positive_integer(uint64_t v)
    {
        if (v > uint64_t(std::numeric_limits<qint64>::max()))
            return number(double(v));
        return m_key ? false : integer(qint64(v));
    }
    bool visit_negative_integer(int64_t v) { return m_key ? false : integer(qint64(v)); }
    bool visit_float32(float v) { return number(double(v)); }
    bool visit_float64(double v) { return number(v); }
    bool visit_str(const char *v, uint32_t size)
    {
        const QByteArrayView raw(v, qsizetype(size));
        QByteArray scratch;
        if (!m_key) {
            // A long string is converted as far as the clip shows, not whole.
            if (writing())
                JsonWriter::appendString(&out,
                                         TextClip::asHeld(raw, &scratch, m_enough - out.size()));
            return true;
        }
        // QCborMap keeps a repeated key once: not what writing as read gives.
        const QByteArrayView s = TextClip::asHeld(raw, &scratch);
        if (size_t(m_keys.size()) - m_stack.back().firstKey >= 64)
            return false;
        for (size_t k = m_stack.back().firstKey; k < size_t(m_keys.size()); ++k)
            if (m_keys[qsizetype(k)] == s)
                return false;
        // The input outlives the parse: a key held as it is is a view of it.
        if (s.data() == raw.data()) {
            m_keys.push_back(s);
        } else {
            m_owned.push_front(s.toByteArray());
            m_keys.push_back(m_owned.front());
        }
        if (writing()) {
            JsonWriter::appendString(&out, s);
            out.append(':');
        }
        return true;
    }
    bool visit_bin(const char *v, uint32_t size)
    {
        return m_key ? false : bytes(QByteArrayView(v, qsizetype(size)));
    }
    bool visit_ext(const char *v, uint32_t size)
    {
        // A timestamp is a date (its JSON text is Qt's); other types {"ext":…,"data":…}.
        const auto type = qint8(v[0]);
        if (m_key || type == -1)
            return false;
        if (writing()) {
            out.append("{\"ext\":");
            out.append(QByteArray::number(type));
            out.append(",\"data\":");
        }
        const bool done = bytes(QByteArrayView(v + 1, qsizetype(size) - 1));
        if (writing())
            out.append('}');
        return done;
    }
    bool start_array(uint32_t) { return open(false); }
    bool start_array_item() { return item(); }
    bool end_array_item() { return true; }
    bool end_array() { return close(']'); }
    bool start_map(uint32_t) { return open(true); }
    bool start_map_key()
    {
        m_key = true;
        return item();
    }
    bool end_map_key()
    {
        m_key = false;
        return true;
    }
    bool start_map_value() { return true; }
    bool end_map_value() { return true; }
    bool end_map() { return close('}'); }
    void parse_error(size_t, size_t) {}
    void insufficient_bytes(size_t, size_t) {}
    bool referenced() const { return false; }
    void set_referenced(bool) {}

private:
    struct Open
    {
        bool any;
        size_t firstKey;
    };
    bool writing() const { return out.size() < m_enough; }
    /// A value that is not a container: refused where a map key is read (the clip writes
    /// string keys only), written while the clip has room.
    template<typename Write> bool scalarWith(Write write)
    {
        if (m_key)
            return false;
        if (writing())
            write();
        return true;
    }
    bool scalar(QByteArrayView text)
    {
        return scalarWith([&] { out.append(text.data(), text.size()); });
    }
    bool integer(qint64 n)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        return scalar(QByteArrayView(digits, end - digits));
    }
    bool number(double d)
    {
        if (!std::isfinite(d))
            return scalar("null"); // JSON has no NaN or infinity
        return scalarWith([&] { JsonWriter::appendNumber(&out, d); });
    }
    bool bytes(QByteArrayView b)
    {
        if (!writing())
            return true;
        // As QCborValue::toJsonValue writes bytes: base64url.
        JsonWriter::appendString(&out, b.toByteArray().toBase64(QByteArray::Base64UrlEncoding
                                                                | QByteArray::OmitTrailingEquals));
        return true;
    }
    bool open(bool map)
    {
        if (m_key || m_stack.size() >= MsgPackCodec::MaxDepth)
            return false;
        if (writing())
            out.append(map ? '{' : '[');
        m_stack.push_back({false, size_t(m_keys.size())});
        return true;
    }
    bool item()
    {
        Open &top = m_stack.back();
        if (top.any && writing())
            out.append(',');
        top.any = true;
        return true;
    }
    bool close(char c)
    {
        if (writing())
            out.append(c);
        m_keys.resize(qsizetype(m_stack.back().firstKey));
        m_stack.pop_back();
        return true;
    }

    qsizetype m_enough;
    bool m_key = false;
    // On the stack for the usual value (a clip is written for every row painted: these were
    // a heap allocation each, the deque two).
    QVarLengthArray<Open, 16> m_stack;
    QVarLengthArray<QByteArrayView, 32> m_keys;
    std::forward_list<QByteArray> m_owned; ///< keys converted from the input
};

void packValue(msgpack::packer<msgpack::sbuffer> &p, const QCborValue &v)
{
    switch (v.type()) {
    case QCborValue::Integer:
        p.pack_int64(v.toInteger());
        break;
    case QCborValue::Double:
        p.pack_double(v.toDouble());
        break;
    case QCborValue::True:
    case QCborValue::False:
        v.toBool() ? p.pack_true() : p.pack_false();
        break;
    case QCborValue::ByteArray: {
        const QByteArray b = v.toByteArray();
        p.pack_bin(uint32_t(b.size()));
        p.pack_bin_body(b.constData(), uint32_t(b.size()));
        break;
    }
    case QCborValue::String: {
        const QByteArray s = v.toString().toUtf8();
        p.pack_str(uint32_t(s.size()));
        p.pack_str_body(s.constData(), uint32_t(s.size()));
        break;
    }
    case QCborValue::Array: {
        const QCborArray a = v.toArray();
        p.pack_array(uint32_t(a.size()));
        for (const QCborValue &item : a)
            packValue(p, item);
        break;
    }
    case QCborValue::Map: {
        const QCborMap m = v.toMap();
        p.pack_map(uint32_t(m.size()));
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            packValue(p, it.key());
            packValue(p, it.value());
        }
        break;
    }
    case QCborValue::Tag:
        packValue(p, v.taggedValue());
        break;
    default:
        if (v.isDateTime() || v.isUrl() || v.isUuid() || v.isRegularExpression())
            packValue(p, QCborValue(v.toVariant().toString()));
        else
            p.pack_nil();
        break;
    }
}

} // namespace

bool MsgPackCodec::available()
{
    return true;
}

bool MsgPackCodec::decode(QByteArrayView in, QCborValue *out, QString *error,
                          qsizetype *errorOffset)
{
    Builder builder;
    std::size_t offset = 0;
    bool ok = false;
    try {
        ok = msgpack::parse(in.data(), size_t(in.size()), offset, builder);
    } catch (const std::exception &e) {
        // Sizes above msgpack's limits are thrown, not reported.
        *error = tr("MessagePack: %1").arg(QString::fromLocal8Bit(e.what()));
        *errorOffset = qsizetype(offset);
        return false;
    }
    if (!ok) {
        if (builder.tooDeep) {
            *error = tr("MessagePack nested deeper than %1 levels").arg(MaxDepth);
            *errorOffset = qsizetype(offset);
        } else if (builder.cutOff || builder.failedAt < 0) {
            *error = tr("the MessagePack value is cut off");
            *errorOffset = in.size();
        } else {
            *error = tr("byte 0x%1 starts no MessagePack value")
                         .arg(quint8(in[builder.failedAt]), 2, 16, QLatin1Char('0'));
            *errorOffset = builder.failedAt;
        }
        return false;
    }
    if (qsizetype(offset) != in.size()) {
        *error = tr("%1 bytes follow the MessagePack value").arg(in.size() - qsizetype(offset));
        *errorOffset = qsizetype(offset);
        return false;
    }
    *out = std::move(builder.result);
    return true;
}

namespace {

/// The compact JSON of in into writer.out, as far as a clip of max characters shows.
bool writeClip(QByteArrayView in, ClipWriter &writer)
{
    std::size_t offset = 0;
    try {
        if (!msgpack::parse(in.data(), size_t(in.size()), offset, writer))
            return false;
    } catch (const std::exception &) {
        return false;
    }
    return qsizetype(offset) == in.size();
}

/// A character of the text is at most 3 bytes per UTF-16 unit: this many bytes are more than
/// max characters.
qsizetype enoughFor(int max)
{
    return 3 * qsizetype(max) + 8;
}

} // namespace

bool MsgPackCodec::compactClip(QByteArrayView in, int max, QString *out)
{
    QByteArray written;
    ClipWriter writer(enoughFor(max), in.size(), written);
    if (!writeClip(in, writer))
        return false;
    *out = TextClip::clipUtf8(written, max);
    return true;
}

bool MsgPackCodec::compactClipUtf8(QByteArrayView in, int max, QByteArray *out)
{
    // Written straight into *out and cut there (TextClip::clipFrom).
    const qsizetype start = out->size();
    ClipWriter writer(enoughFor(max), in.size(), *out);
    if (!writeClip(in, writer)) {
        out->truncate(start);
        return false;
    }
    TextClip::clipFrom(out, start, max);
    return true;
}

bool MsgPackCodec::encode(const QCborValue &value, QByteArray *out, QString *)
{
    msgpack::sbuffer buffer;
    msgpack::packer<msgpack::sbuffer> packer(buffer);
    packValue(packer, value);
    *out = QByteArray(buffer.data(), qsizetype(buffer.size()));
    return true;
}

#else

bool MsgPackCodec::available()
{
    return false;
}

bool MsgPackCodec::decode(QByteArrayView, QCborValue *, QString *error, qsizetype *errorOffset)
{
    *error = tr("this build has no MessagePack support (WSPROBE_MSGPACK)");
    *errorOffset = -1;
    return false;
}

bool MsgPackCodec::compactClip(QByteArrayView, int, QString *)
{
    return false;
}

bool MsgPackCodec::compactClipUtf8(QByteArrayView, int, QByteArray *)
{
    return false;
}

bool MsgPackCodec::encode(const QCborValue &, QByteArray *, QString *error)
{
    *error = tr("this build has no MessagePack support (WSPROBE_MSGPACK)");
    return false;
}

#endif
