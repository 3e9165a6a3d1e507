#pragma once

#include <QtGlobal>

/// Peak resident memory of this process (VmHWM), in bytes; -1 where /proc is missing.
qint64 peakRss();
/// The same for another process.
qint64 peakRssOf(qint64 pid);
