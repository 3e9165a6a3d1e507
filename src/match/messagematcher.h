#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "match/jsonpath.h"
#include "protocol/wiretypes.h"

/// One message as matchers see it. The JSON document is parsed once, on the first matcher
/// that asks, however many rules look at the message.
class MatchSubject
{
public:
    MatchSubject(QByteArray payload, bool isText, Direction direction = Direction::In);
    const QByteArray &payload() const { return m_payload; }
    bool isText() const { return m_isText; }
    Direction direction() const { return m_direction; }
    /// The payload as a JSON value (any value, not only an object or array); nullopt when the
    /// payload is not JSON text.
    const std::optional<QJsonValue> &json() const;

private:
    QByteArray m_payload;
    bool m_isText = true;
    Direction m_direction = Direction::In;
    mutable bool m_parsed = false;
    mutable std::optional<QJsonValue> m_json;
};

/// What a match captured, for reply templates: `{{$0}}` is the whole match (the matched text,
/// or a JSON path's value as JSON text, strings unquoted), `{{$1}}`… the regex's numbered
/// groups (empty when a group did not take part), and named groups by name.
struct MatchCaptures
{
    QStringList groups;
    QList<QPair<QString, QString>> named;
    /// The value of `$0`, `$1`… or a named group; false when there is none.
    bool lookup(QStringView name, QString *value) const;
};

/// A test on one message: plain text, a regular expression (PCRE2, as the log's search), a
/// JSON path whose value equals a JSON value or matches a regex, or a binary prefix; with
/// an optional direction and message type. The one matcher behind serve rules, relay
/// breakpoints and (issue 15) script assertions. Serialised as a JSON object
/// (docs/serve-rules.md, "Matchers"). Copies share the compiled pattern.
class MessageMatcher
{
    Q_DECLARE_TR_FUNCTIONS(MessageMatcher)
public:
    enum class Kind { Any, Plain, Regex, JsonEquals, JsonMatches, BinaryPrefix };
    enum class MessageType { Any, Text, Binary };

    MessageMatcher();
    ~MessageMatcher();
    MessageMatcher(const MessageMatcher &);
    MessageMatcher &operator=(const MessageMatcher &);

    static MessageMatcher any();
    static MessageMatcher plain(const QString &text, bool caseSensitive = true);
    static MessageMatcher regex(const QString &pattern, bool caseSensitive = true);
    /// expected is compared as JSON: 1 equals 1.0, objects regardless of member order.
    static MessageMatcher jsonEquals(const QString &path, const QJsonValue &expected);
    static MessageMatcher jsonMatches(const QString &path, const QString &pattern,
                                      bool caseSensitive = true);
    /// hex as the composer takes it ("0a ff", "0aff", "0a:ff").
    static MessageMatcher binaryPrefix(const QString &hex);

    Kind kind() const { return m_kind; }
    /// Plain text, the regex, or the hex digits.
    const QString &pattern() const { return m_pattern; }
    const QString &path() const { return m_path; }
    const QJsonValue &expected() const { return m_expected; }
    bool caseSensitive() const { return m_caseSensitive; }
    /// Direction::None: either direction.
    Direction direction() const { return m_direction; }
    void setDirection(Direction d) { m_direction = d; }
    MessageType messageType() const { return m_messageType; }
    void setMessageType(MessageType t) { m_messageType = t; }

    /// Prepares the pattern, path or prefix. False with *error saying what is wrong and where
    /// ("Regex error at character 3: …", "JSON path, character 4: …"). matches() is false
    /// for a matcher that did not compile. key, when given, receives the toJson() key at fault.
    bool compile(QString *error, QString *key = nullptr);
    bool isCompiled() const { return m_compiled != nullptr; }

    /// Whether the message matches; captures, when given, receive what it captured.
    bool matches(const MatchSubject &subject, MatchCaptures *captures = nullptr) const;

    /// {"type": "regex", "pattern": "…", …}: only the keys that differ from the defaults.
    QJsonObject toJson() const;
    /// Reads and compiles. False with *error naming the key ("\"pattern\": …").
    static bool fromJson(const QJsonObject &object, MessageMatcher *out, QString *error);

    /// One line for tables and logs: `regex /^sub (\w+)$/`, `$.type == "ack"`.
    QString describe() const;

    static QString kindId(Kind kind);
    static bool kindFromId(QStringView id, Kind *kind);

    bool operator==(const MessageMatcher &other) const;

private:
    struct Compiled;
    bool matchText(QByteArrayView text, MatchCaptures *captures) const;

    Kind m_kind = Kind::Any;
    QString m_pattern;
    QString m_path;
    QJsonValue m_expected;
    bool m_caseSensitive = true;
    Direction m_direction = Direction::None;
    MessageType m_messageType = MessageType::Any;
    std::shared_ptr<const Compiled> m_compiled;
};
