#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace JsonWriter {

/// Appends text as a JSON string literal (quotes included). Invalid UTF-8 is replaced by
/// U+FFFD, so the output is always valid JSON.
void appendString(QByteArray *out, QByteArrayView utf8);
/// The same without the quotes: for a long string written in slices (cut between characters).
void appendEscaped(QByteArray *out, QByteArrayView utf8);
/// Whether appendString() would write utf8 as it is between its quotes: valid UTF-8 with no
/// quote, backslash or control character. Read-only, sixteen bytes at a time: the journal's
/// writer then hands a large payload to the file from its own bytes instead of a copy.
bool isPlain(QByteArrayView utf8);
/// A finite d as QByteArray::number(d, 'g', QLocale::FloatingPointShortest) writes it (as
/// readJson's values are written back): a number with an integral part and a fraction (20.5,
/// the usual reading) from its shortest digits in place, any other through Qt. Previews
/// write one for every such number of every row painted.
void appendNumber(QByteArray *out, double d);
/// QByteArray::append(pointer, size) goes through the general insert() in Qt 6.4: for the
/// handful of bytes of a key or keyword that was a tenth of the console's --json path at
/// 64 B (perf). Appending into reserved room is a size change and a copy.
void appendBytes(QByteArray *out, const char *s, qsizetype n);
/// Writes v's decimal digits at p (at most 20 bytes) and returns the end: records put a
/// number between other bytes of one piece, without a QByteArray of their own.
char *writeInteger(char *p, qint64 v);

} // namespace JsonWriter

/// Writes one flat JSON object member by member, straight into a buffer: the journal and
/// the CLI write a million records this way, where a QJsonObject per record would cost more
/// than everything else on the path.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray *out);
    void key(const char *name);
    void string(const char *name, QByteArrayView utf8);
    void text(const char *name, const QString &text);
    /// A value the caller knows needs no escaping (ASCII, no quote, backslash or control
    /// character: a keyword, a timestamp), written as it is. A message record has four of
    /// them, and validating and escaping each was a tenth of the console's --json path.
    void plain(const char *name, QByteArrayView ascii);
    void number(const char *name, qint64 v);
    void boolean(const char *name, bool v);
    /// Appends already-serialised JSON as the member's value.
    void raw(const char *name, const QByteArray &json);
    void finish();

    /// The longest member name the writer takes.
    static constexpr size_t MaxKey = 40;

private:
    /// Writes the separator and "name": into buf, returns the end.
    char *keyInto(char *buf, const char *name);

    QByteArray *m_out;
    bool m_first = true;
};
