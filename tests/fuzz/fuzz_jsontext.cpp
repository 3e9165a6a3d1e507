// libFuzzer target: the composer's JSON check and layouts on any text, with and without
// `{{placeholder}}` values. Whatever is valid must lay out both ways, and the layouts must
// agree: minify(pretty(x)) == minify(x). Plain JSON valid is valid with placeholders too.
#include <cstddef>
#include <cstdint>

#include "json/jsontext.h"

namespace {

bool checkLayouts(const QString &text, JsonText::Placeholders placeholders)
{
    const JsonText::Problem problem = JsonText::check(text, placeholders);
    QString pretty, minified;
    const bool prettyOk = JsonText::format(text, 2, &pretty, nullptr, placeholders);
    const bool minifiedOk = JsonText::format(text, -1, &minified, nullptr, placeholders);
    if (prettyOk != problem.isValid() || minifiedOk != problem.isValid())
        __builtin_trap();
    if (!problem.isValid()) {
        if (problem.line < 1 || problem.column < 1)
            __builtin_trap();
        return false;
    }
    QString again;
    if (!JsonText::format(pretty, -1, &again, nullptr, placeholders) || again != minified)
        __builtin_trap();
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool plain = checkLayouts(text, JsonText::Placeholders::Refuse);
    const bool templated = checkLayouts(text, JsonText::Placeholders::AsValues);
    if (plain && !templated)
        __builtin_trap();
    return 0;
}
