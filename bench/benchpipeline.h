#pragma once

#include <cstdio>
#include <cstdlib>

#include <QString>

#include "decode/decodepipeline.h"

/// A decoder pipeline from its SPEC; a bench whose own spec does not parse has nothing to
/// measure, so it says why and exits with 2.
inline DecodePipeline benchPipeline(const QString &spec)
{
    DecodePipeline p;
    QString error;
    if (!DecodePipeline::parse(spec, &p, &error)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(spec), qPrintable(error));
        std::exit(2);
    }
    return p;
}
