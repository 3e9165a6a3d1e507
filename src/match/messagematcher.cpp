#include "match/messagematcher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "compose/hexcodec.h"
#include "json/jsonscanner.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace {

const char *bytes(QByteArrayView text)
{
    return text.data() ? text.data() : "";
}

QString jsonText(const QJsonValue &value)
{
    // QJsonDocument writes arrays and objects only; a scalar goes in an array and out again.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

/// A string's own text; any other value as compact JSON.
QString valueText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : jsonText(value);
}

QString directionId(Direction d)
{
    return d == Direction::In    ? QStringLiteral("in")
           : d == Direction::Out ? QStringLiteral("out")
                                 : QStringLiteral("any");
}

} // namespace

MatchSubject::MatchSubject(QByteArray payload, bool isText, Direction direction)
    : m_payload(std::move(payload))
    , m_isText(isText)
    , m_direction(direction)
{
}

const std::optional<QJsonValue> &MatchSubject::json() const
{
    if (!m_parsed) {
        m_parsed = true;
        if (m_isText) {
            // Wrapped in an array so that a scalar message ("42", "\"hi\"") is JSON too; the
            // size check refuses "1,2", which the wrapping would otherwise accept.
            QByteArray wrapped;
            wrapped.reserve(m_payload.size() + 2);
            wrapped.append('[').append(m_payload).append(']');
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
            if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
                m_json = doc.array().at(0);
        }
    }
    return m_json;
}

bool MatchCaptures::lookup(QStringView name, QString *value) const
{
    if (name.isEmpty())
        return false;
    bool ok = false;
    const int index = name.toInt(&ok);
    if (ok) {
        if (index < 0 || index >= groups.size())
            return false;
        *value = groups.at(index);
        return true;
    }
    for (const auto &[n, v] : named) {
        if (n == name) {
            *value = v;
            return true;
        }
    }
    return false;
}

struct MessageMatcher::Compiled
{
    pcre2_code *code = nullptr;
    JsonPath path;
    QByteArray prefix;
    ~Compiled() { pcre2_code_free(code); }
};

MessageMatcher::MessageMatcher() = default;
MessageMatcher::~MessageMatcher() = default;
MessageMatcher::MessageMatcher(const MessageMatcher &) = default;
MessageMatcher &MessageMatcher::operator=(const MessageMatcher &) = default;

MessageMatcher MessageMatcher::any()
{
    return MessageMatcher();
}

MessageMatcher MessageMatcher::plain(const QString &text, bool caseSensitive)
{
    MessageMatcher m;
    m.m_kind = Kind::Plain;
    m.m_pattern = text;
    m.m_caseSensitive = caseSensitive;
    return m;
}

MessageMatcher MessageMatcher::regex(const QString &pattern, bool caseSensitive)
{
    MessageMatcher m = plain(pattern, caseSensitive);
    m.m_kind = Kind::Regex;
    return m;
}

MessageMatcher MessageMatcher::jsonEquals(const QString &path, const QJsonValue &expected)
{
    MessageMatcher m;
    m.m_kind = Kind::JsonEquals;
    m.m_path = path;
    m.m_expected = expected;
    return m;
}

MessageMatcher MessageMatcher::jsonMatches(const QString &path, const QString &pattern,
                                           bool caseSensitive)
{
    MessageMatcher m = regex(pattern, caseSensitive);
    m.m_kind = Kind::JsonMatches;
    m.m_path = path;
    return m;
}

MessageMatcher MessageMatcher::binaryPrefix(const QString &hex)
{
    MessageMatcher m;
    m.m_kind = Kind::BinaryPrefix;
    m.m_pattern = hex;
    return m;
}

bool MessageMatcher::compile(QString *error, QString *key)
{
    auto compiled = std::make_shared<Compiled>();
    QString problem;
    if (m_kind == Kind::JsonEquals || m_kind == Kind::JsonMatches) {
        if (!compiled->path.parse(m_path, &problem)) {
            if (error)
                *error = problem;
            if (key)
                *key = QStringLiteral("path");
            m_compiled.reset();
            return false;
        }
    }
    if (m_kind == Kind::BinaryPrefix) {
        if (!HexCodec::parse(m_pattern, &compiled->prefix, &problem)) {
            if (error)
                *error = problem;
            if (key)
                *key = QStringLiteral("hex");
            m_compiled.reset();
            return false;
        }
    }
    if (m_kind == Kind::Plain || m_kind == Kind::Regex || m_kind == Kind::JsonMatches) {
        const QByteArray utf8 = m_pattern.toUtf8();
        uint32_t options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!m_caseSensitive)
            options |= PCRE2_CASELESS;
        options |= m_kind == Kind::Plain ? PCRE2_LITERAL : PCRE2_UCP | PCRE2_NO_DOTSTAR_ANCHOR;
        int code = 0;
        PCRE2_SIZE offset = 0;
        compiled->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()),
                                       PCRE2_SIZE(utf8.size()), options, &code, &offset, nullptr);
        if (!compiled->code) {
            PCRE2_UCHAR message[256];
            pcre2_get_error_message(code, message, sizeof message);
            // PCRE counts bytes; the user counts characters.
            const qsizetype at = QString::fromUtf8(utf8.first(qsizetype(offset))).size();
            if (error)
                *error = tr("Regex error at character %1: %2")
                             .arg(at + 1)
                             .arg(QString::fromUtf8(reinterpret_cast<const char *>(message)));
            if (key)
                *key = m_kind == Kind::Plain ? QStringLiteral("text") : QStringLiteral("pattern");
            m_compiled.reset();
            return false;
        }
        pcre2_jit_compile(compiled->code, PCRE2_JIT_COMPLETE); // else the interpreter
    }
    m_compiled = std::move(compiled);
    return true;
}

bool MessageMatcher::matchText(QByteArrayView text, MatchCaptures *captures) const
{
    pcre2_match_data *data = pcre2_match_data_create_from_pattern(m_compiled->code, nullptr);
    const int rc = pcre2_match(m_compiled->code, reinterpret_cast<PCRE2_SPTR>(bytes(text)),
                               PCRE2_SIZE(text.size()), 0, 0, data, nullptr);
    if (rc >= 0 && captures) {
        const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(data);
        const uint32_t pairs = pcre2_get_ovector_count(data);
        uint32_t groupCount = 0;
        pcre2_pattern_info(m_compiled->code, PCRE2_INFO_CAPTURECOUNT, &groupCount);
        captures->groups.clear();
        for (uint32_t g = 0; g <= groupCount && g < pairs; ++g) {
            const PCRE2_SIZE from = ovector[2 * g];
            const PCRE2_SIZE to = ovector[2 * g + 1];
            captures->groups << (from == PCRE2_UNSET ? QString()
                                                     : QString::fromUtf8(text.sliced(
                                                         qsizetype(from), qsizetype(to - from))));
        }
        uint32_t nameCount = 0;
        uint32_t entrySize = 0;
        PCRE2_SPTR table = nullptr;
        pcre2_pattern_info(m_compiled->code, PCRE2_INFO_NAMECOUNT, &nameCount);
        pcre2_pattern_info(m_compiled->code, PCRE2_INFO_NAMEENTRYSIZE, &entrySize);
        pcre2_pattern_info(m_compiled->code, PCRE2_INFO_NAMETABLE, &table);
        captures->named.clear();
        for (uint32_t e = 0; e < nameCount; ++e) {
            // Each entry: the group number in two bytes, then the zero-terminated name.
            const PCRE2_SPTR entry = table + e * entrySize;
            const int group = (entry[0] << 8) | entry[1];
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(entry + 2));
            captures->named.append({name, captures->groups.value(group)});
        }
    }
    pcre2_match_data_free(data);
    return rc >= 0;
}

bool MessageMatcher::matches(const MatchSubject &subject, MatchCaptures *captures) const
{
    if (!m_compiled)
        return false;
    if (m_direction != Direction::None && subject.direction() != m_direction)
        return false;
    if ((m_messageType == MessageType::Text && !subject.isText())
        || (m_messageType == MessageType::Binary && subject.isText()))
        return false;
    const QByteArray &payload = subject.payload();
    switch (m_kind) {
    case Kind::Any:
        // `{{$0}}` is the message, as for a pattern that matched all of it.
        if (captures)
            *captures = {{QString::fromUtf8(payload)}, {}};
        return true;
    case Kind::Plain:
    case Kind::Regex:
        return matchText(payload, captures);
    case Kind::BinaryPrefix:
        if (!payload.startsWith(m_compiled->prefix))
            return false;
        if (captures)
            *captures = {{QString::fromLatin1(m_compiled->prefix.toHex(' '))}, {}};
        return true;
    case Kind::JsonEquals:
    case Kind::JsonMatches: {
        const std::optional<QJsonValue> &json = subject.json();
        if (!json)
            return false;
        const QList<QJsonValue> values = m_compiled->path.evaluate(*json);
        for (const QJsonValue &v : values) {
            if (m_kind == Kind::JsonEquals) {
                if (v == m_expected) {
                    if (captures)
                        *captures = {{valueText(v)}, {}};
                    return true;
                }
                continue;
            }
            const QByteArray text = valueText(v).toUtf8();
            if (matchText(text, captures))
                return true;
        }
        return false;
    }
    }
    return false;
}

QString MessageMatcher::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Any:
        return QStringLiteral("any");
    case Kind::Plain:
        return QStringLiteral("plain");
    case Kind::Regex:
        return QStringLiteral("regex");
    case Kind::JsonEquals:
        return QStringLiteral("jsonEquals");
    case Kind::JsonMatches:
        return QStringLiteral("jsonMatches");
    case Kind::BinaryPrefix:
        return QStringLiteral("binaryPrefix");
    }
    return {};
}

bool MessageMatcher::kindFromId(QStringView id, Kind *kind)
{
    for (Kind k : {Kind::Any, Kind::Plain, Kind::Regex, Kind::JsonEquals, Kind::JsonMatches,
                   Kind::BinaryPrefix}) {
        if (id == kindId(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QJsonObject MessageMatcher::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), kindId(m_kind));
    switch (m_kind) {
    case Kind::Any:
        break;
    case Kind::Plain:
        o.insert(QStringLiteral("text"), m_pattern);
        break;
    case Kind::Regex:
        o.insert(QStringLiteral("pattern"), m_pattern);
        break;
    case Kind::JsonEquals:
        o.insert(QStringLiteral("path"), m_path);
        o.insert(QStringLiteral("value"), m_expected);
        break;
    case Kind::JsonMatches:
        o.insert(QStringLiteral("path"), m_path);
        o.insert(QStringLiteral("pattern"), m_pattern);
        break;
    case Kind::BinaryPrefix:
        o.insert(QStringLiteral("hex"), m_pattern);
        break;
    }
    if (!m_caseSensitive)
        o.insert(QStringLiteral("caseSensitive"), false);
    if (m_direction != Direction::None)
        o.insert(QStringLiteral("direction"), directionId(m_direction));
    if (m_messageType != MessageType::Any)
        o.insert(QStringLiteral("messageType"), m_messageType == MessageType::Text
                                                    ? QStringLiteral("text")
                                                    : QStringLiteral("binary"));
    return o;
}

bool MessageMatcher::fromJson(const QJsonObject &object, MessageMatcher *out, QString *error)
{
    auto fail = [error](const QString &key, const QString &message) {
        if (error)
            *error = QStringLiteral("\"%1\": %2").arg(key, message);
        return false;
    };
    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (!typeValue.isString())
        return fail(QStringLiteral("type"), typeValue.isUndefined()
                                                ? tr("missing; one of any, plain, regex, "
                                                     "jsonEquals, jsonMatches, binaryPrefix")
                                                : tr("must be a string"));
    MessageMatcher m;
    if (!kindFromId(typeValue.toString(), &m.m_kind))
        return fail(QStringLiteral("type"),
                    tr("unknown matcher type \"%1\"; one of any, plain, regex, jsonEquals, "
                       "jsonMatches, binaryPrefix")
                        .arg(JsonScanner::printable(typeValue.toString().toUtf8())));
    QStringList allowed{QStringLiteral("type"), QStringLiteral("direction"),
                        QStringLiteral("messageType")};
    auto requireString = [&](const QString &key, QString *into) {
        allowed << key;
        const QJsonValue v = object.value(key);
        if (!v.isString())
            return fail(key, v.isUndefined()
                                 ? tr("missing (a %1 matcher needs it)").arg(typeValue.toString())
                                 : tr("must be a string"));
        *into = v.toString();
        return true;
    };
    bool ok = true;
    switch (m.m_kind) {
    case Kind::Any:
        break;
    case Kind::Plain:
        ok = requireString(QStringLiteral("text"), &m.m_pattern);
        break;
    case Kind::Regex:
        ok = requireString(QStringLiteral("pattern"), &m.m_pattern);
        break;
    case Kind::JsonEquals:
        ok = requireString(QStringLiteral("path"), &m.m_path);
        allowed << QStringLiteral("value");
        if (ok && !object.contains(QStringLiteral("value")))
            return fail(QStringLiteral("value"),
                        tr("missing (the JSON value to compare with: \"ack\", 3, true, null…)"));
        m.m_expected = object.value(QStringLiteral("value"));
        break;
    case Kind::JsonMatches:
        ok = requireString(QStringLiteral("path"), &m.m_path)
             && requireString(QStringLiteral("pattern"), &m.m_pattern);
        break;
    case Kind::BinaryPrefix:
        ok = requireString(QStringLiteral("hex"), &m.m_pattern);
        break;
    }
    if (!ok)
        return false;
    if (m.m_kind == Kind::Plain || m.m_kind == Kind::Regex || m.m_kind == Kind::JsonMatches) {
        allowed << QStringLiteral("caseSensitive");
        const QJsonValue cs = object.value(QStringLiteral("caseSensitive"));
        if (!cs.isUndefined() && !cs.isBool())
            return fail(QStringLiteral("caseSensitive"), tr("must be true or false"));
        m.m_caseSensitive = cs.toBool(true);
    }
    const QJsonValue direction = object.value(QStringLiteral("direction"));
    if (!direction.isUndefined()) {
        const QString d = direction.toString();
        if (d == QLatin1String("in"))
            m.m_direction = Direction::In;
        else if (d == QLatin1String("out"))
            m.m_direction = Direction::Out;
        else if (d != QLatin1String("any"))
            return fail(QStringLiteral("direction"), tr("must be \"in\", \"out\" or \"any\""));
    }
    const QJsonValue type = object.value(QStringLiteral("messageType"));
    if (!type.isUndefined()) {
        const QString t = type.toString();
        if (t == QLatin1String("text"))
            m.m_messageType = MessageType::Text;
        else if (t == QLatin1String("binary"))
            m.m_messageType = MessageType::Binary;
        else if (t != QLatin1String("any"))
            return fail(QStringLiteral("messageType"),
                        tr("must be \"text\", \"binary\" or \"any\""));
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(it.key(), tr("not a key of a %1 matcher").arg(typeValue.toString()));
    }
    QString problem;
    QString key;
    if (!m.compile(&problem, &key))
        return fail(key, problem);
    *out = m;
    return true;
}

QString MessageMatcher::describe() const
{
    QString text;
    switch (m_kind) {
    case Kind::Any:
        text = tr("any message");
        break;
    case Kind::Plain:
        text = tr("contains \"%1\"").arg(m_pattern);
        break;
    case Kind::Regex:
        text = QLatin1Char('/') + m_pattern + QLatin1Char('/');
        break;
    case Kind::JsonEquals:
        text = m_path + QLatin1String(" == ") + jsonText(m_expected);
        break;
    case Kind::JsonMatches:
        text = m_path + QLatin1String(" =~ /") + m_pattern + QLatin1Char('/');
        break;
    case Kind::BinaryPrefix:
        text = tr("starts with %1").arg(m_pattern);
        break;
    }
    if (!m_caseSensitive)
        text += tr(" (any case)");
    if (m_direction != Direction::None)
        text = (m_direction == Direction::In ? tr("in: ") : tr("out: ")) + text;
    if (m_messageType != MessageType::Any)
        text += m_messageType == MessageType::Text ? tr(" [text]") : tr(" [binary]");
    return text;
}

bool MessageMatcher::operator==(const MessageMatcher &other) const
{
    return m_kind == other.m_kind && m_pattern == other.m_pattern && m_path == other.m_path
           && m_expected == other.m_expected && m_caseSensitive == other.m_caseSensitive
           && m_direction == other.m_direction && m_messageType == other.m_messageType;
}
