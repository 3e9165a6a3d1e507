#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

/// A pull parser for JSON text: one token at a time, no tree. Session files hold a million
/// records and HAR files reach hundreds of megabytes; building a QJsonDocument for each costs
/// several times the file in memory and time. The scanner validates the grammar (RFC 8259) as
/// it goes and reports the byte offset of the first error.
class JsonScanner
{
public:
    enum class Token {
        ObjectStart,
        ObjectEnd,
        ArrayStart,
        ArrayEnd,
        Key,    ///< an object member's name; string() holds it
        String, ///< string() holds the decoded value
        Number, ///< number() / integer()
        True,
        False,
        Null,
        Placeholder, ///< `{{name}}` where a value goes (setPlaceholders); placeholderText()
        End,         ///< the text ended after one complete value
        Error        ///< errorString() and errorOffset() say what and where
    };

    explicit JsonScanner(QByteArrayView text);

    /// Before the first next(): steps over a UTF-8 byte order mark at the start of the text,
    /// which RFC 8259 lets a parser ignore (Windows tools write one). Offsets stay those of
    /// the text.
    void skipByteOrderMark();
    /// Lets a `{{name}}` template placeholder stand where a value goes, as the composer's
    /// messages are written before their variables are expanded. Off by default: a file is
    /// plain JSON. Outside a value's place `{{` stays an error, as it is no JSON value.
    void setPlaceholders(bool allow) { m_placeholders = allow; }
    /// Room for strings with escapes, kept by the caller from one scanner to the next (a
    /// log's rows are scanned by one scanner each): taken before the first next() and given
    /// back by takeRoom(), so that a row's escaped strings allocate nothing.
    void useRoom(QByteArray &&room);
    QByteArray takeRoom();
    Token next();
    /// After a Key token: skips the member's value, however deep, without copying its
    /// strings. False on a syntax error.
    bool skipValue();
    /// After ObjectStart/ArrayStart: skips to the matching end. False on a syntax error.
    bool skipContainer();

    /// The decoded string of the last Key or String token (UTF-8). Valid until next().
    QByteArrayView stringView() const { return m_string; }
    QByteArray string() const { return m_string.toByteArray(); }
    bool stringIs(const char *latin1) const { return m_string == QByteArrayView(latin1); }
    double number() const;
    /// The number as an integer; false when it has a fraction or exponent or is out of range.
    bool integer(qint64 *out) const;
    /// The number as an integer when it is a whole number a qint64 holds, however written
    /// ("1e3", "5.0"); false for 1.5 or 1e300, whose conversion would be undefined.
    bool wholeNumber(qint64 *out) const;
    QByteArrayView numberText() const { return m_number; }
    /// The last Placeholder token as written, braces included.
    QByteArrayView placeholderText() const { return m_number; }

    /// Text from a file, fit to quote in a message: valid UTF-8 as it is, control and format
    /// characters escaped (\x01, \u200E), invalid bytes as \xNN, cut after max characters.
    static QString printable(QByteArrayView bytes, qsizetype max = 60);

    qsizetype offset() const { return m_pos; }
    int depth() const { return int(m_stack.size()); }
    QString errorString() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

private:
    enum class Expect : quint8 { Value, ValueOrEnd, KeyOrEnd, Key, Colon, CommaOrEnd, Nothing };
    Token fail(const QString &message);
    Token scanString(bool key);
    Token scanNumber();
    Token scanLiteral(const char *word, Token token);
    Token scanPlaceholder();
    Token afterValue(Token token);
    void skipSpace();

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    /// '{' or '[': no heap for the usual depth (a scanner is made per message).
    QVarLengthArray<char, 32> m_stack;
    Expect m_expect = Expect::Value;
    QByteArrayView m_string;
    QByteArray m_unescaped;  ///< backing store when the string had escapes
    bool m_skipping = false; ///< in skipValue(): strings are checked, not decoded
    bool m_placeholders = false;
    QByteArrayView m_number; ///< also a Placeholder's text
    QString m_error;
    qsizetype m_errorOffset = -1;
};
