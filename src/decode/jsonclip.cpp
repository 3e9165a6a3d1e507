#include "decode/jsonclip.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <forward_list>

#include <QByteArray>
#include <QVarLengthArray>

#include "json/jsonscanner.h"
#include "json/jsonwriter.h"
#include "json/textclip.h"

namespace {

/// readJson's limit (decodepipeline.cpp's parseJson).
constexpr int MaxDepth = 256;
/// Keys compared one by one for duplicates: a larger object is left to readJson.
constexpr size_t MaxKeys = 64;

/// The compact JSON of text appended to written, as far as a clip of max characters shows.
bool write(QByteArrayView text, int max, QByteArray &written)
{
    JsonScanner scanner(text);
    scanner.skipByteOrderMark();
    const qsizetype start = written.size();
    // Bytes written before the rest is only checked: a UTF-8 character is at most 3 bytes
    // per UTF-16 unit, so this many bytes are more than max characters.
    const qsizetype enough = start + 3 * qsizetype(max) + 8;
    // Room for what is written and a string's escaping past it (asHeld's bound, escaped): one
    // allocation a clip, where growing it took several (perf); none where the room is kept.
    written.reserve(start + std::min<qsizetype>(6 * text.size() + 16, 4 * (enough - start) + 64));
    // Per open container: whether it is an object, whether a member came already, where its
    // keys start in keys.
    struct Open
    {
        bool object;
        bool any;
        size_t firstKey;
    };
    // On the stack for the usual payload (a clip is written for every row painted: these
    // were a heap allocation each, the deque two).
    QVarLengthArray<Open, 16> stack;
    // The keys seen per open object: views of the text where a key is written as held (no
    // escape, ASCII), copies kept in owned where not.
    QVarLengthArray<QByteArrayView, 32> keys;
    std::forward_list<QByteArray> owned;
    QByteArray scratch;
    const auto writing = [&] { return written.size() < enough; };
    const auto separate = [&] {
        if (stack.empty())
            return;
        Open &top = stack.back();
        // A member's value follows its key without a comma.
        if (!top.object) {
            if (top.any && writing())
                written.append(',');
            top.any = true;
        }
    };
    for (;;) {
        const JsonScanner::Token token = scanner.next();
        switch (token) {
        case JsonScanner::Token::ObjectStart:
        case JsonScanner::Token::ArrayStart: {
            if (stack.size() >= MaxDepth)
                return false;
            separate();
            const bool object = token == JsonScanner::Token::ObjectStart;
            if (writing())
                written.append(object ? '{' : '[');
            stack.push_back({object, false, size_t(keys.size())});
            break;
        }
        case JsonScanner::Token::ObjectEnd:
        case JsonScanner::Token::ArrayEnd:
            if (writing())
                written.append(token == JsonScanner::Token::ObjectEnd ? '}' : ']');
            keys.resize(qsizetype(stack.back().firstKey));
            stack.pop_back();
            break;
        case JsonScanner::Token::Key: {
            Open &top = stack.back();
            const QByteArrayView key = TextClip::asHeld(scanner.stringView(), &scratch);
            // QCborMap::insert keeps a repeated key once, with its last value, where the
            // first was: not what copying writes.
            if (size_t(keys.size()) - top.firstKey >= MaxKeys)
                return false;
            for (size_t k = top.firstKey; k < size_t(keys.size()); ++k)
                if (keys[qsizetype(k)] == key)
                    return false;
            const QByteArrayView raw = scanner.stringView();
            if (key.data() == raw.data() && raw.data() >= text.data()
                && raw.data() + raw.size() <= text.data() + text.size()) {
                keys.push_back(key);
            } else {
                owned.push_front(key.toByteArray());
                keys.push_back(owned.front());
            }
            if (writing()) {
                if (top.any)
                    written.append(',');
                JsonWriter::appendString(&written, key);
                written.append(':');
            }
            top.any = true;
            break;
        }
        case JsonScanner::Token::String:
            separate();
            // A long string is converted as far as the clip shows, not whole.
            if (writing())
                JsonWriter::appendString(&written, TextClip::asHeld(scanner.stringView(), &scratch,
                                                                    enough - written.size()));
            break;
        case JsonScanner::Token::Number: {
            separate();
            if (!writing())
                break;
            // As readJson reads the number and CborJson::text writes it back.
            qint64 n = 0;
            if (scanner.integer(&n)) {
                char digits[24];
                const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
                written.append(digits, end - digits);
            } else {
                const double d = scanner.number();
                if (std::isfinite(d))
                    JsonWriter::appendNumber(&written, d);
                else
                    written.append("null");
            }
            break;
        }
        case JsonScanner::Token::True:
        case JsonScanner::Token::False:
        case JsonScanner::Token::Null:
            separate();
            if (writing())
                written.append(token == JsonScanner::Token::True    ? "true"
                               : token == JsonScanner::Token::False ? "false"
                                                                    : "null");
            break;
        case JsonScanner::Token::End:
            return true;
        case JsonScanner::Token::Placeholder:
        case JsonScanner::Token::Error:
            return false;
        }
    }
}

} // namespace

bool JsonClip::compact(QByteArrayView text, int max, QString *out)
{
    QByteArray written;
    if (!write(text, max, written))
        return false;
    *out = TextClip::clipUtf8(written, max);
    return true;
}

bool JsonClip::compactUtf8(QByteArrayView text, int max, QByteArray *out)
{
    // Written straight into *out and cut there: no array of its own, and a glance keeps its
    // preview's room from row to row.
    const qsizetype start = out->size();
    if (!write(text, max, *out)) {
        out->truncate(start);
        return false;
    }
    TextClip::clipFrom(out, start, max);
    return true;
}
