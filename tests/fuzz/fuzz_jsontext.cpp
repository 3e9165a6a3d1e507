// libFuzzer target: the composer's JSON check and layouts on any text. Whatever is valid must
// lay out both ways, and the layouts must agree: minify(pretty(x)) == minify(x).
#include <cstddef>
#include <cstdint>

#include "json/jsontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonText::Problem problem = JsonText::check(text);
    QString pretty, minified;
    const bool prettyOk = JsonText::format(text, 2, &pretty);
    const bool minifiedOk = JsonText::format(text, -1, &minified);
    if (prettyOk != problem.isValid() || minifiedOk != problem.isValid())
        __builtin_trap();
    if (!problem.isValid()) {
        if (problem.line < 1 || problem.column < 1)
            __builtin_trap();
        return 0;
    }
    QString again;
    if (!JsonText::format(pretty, -1, &again) || again != minified)
        __builtin_trap();
    return 0;
}
