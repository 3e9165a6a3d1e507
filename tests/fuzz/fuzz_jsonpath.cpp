// libFuzzer target: the hand-written JSON path parser never crashes, and a path it accepts
// is written back (canonical()) as a path that parses to the same steps.
#include <cstddef>
#include <cstdint>

#include <QJsonDocument>
#include <QJsonObject>

#include "match/jsonpath.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text =
        QString::fromUtf8(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    JsonPath path;
    QString error;
    if (!path.parse(text, &error)) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    JsonPath again;
    if (!again.parse(path.canonical(), &error) || again.steps() != path.steps())
        __builtin_trap();
    static const QJsonValue doc =
        QJsonDocument::fromJson(R"({"a":[1,{"b":2}],"x y":{"":[[3]]},"-1":4})").object();
    path.evaluate(doc);
    return 0;
}
