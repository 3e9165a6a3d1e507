#include "log/heapreuse.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define WSPROBE_SANITIZED_HEAP 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define WSPROBE_SANITIZED_HEAP 1
#endif
// A sanitizer's allocator stands in for glibc's and ignores its tuning.
#if defined(__GLIBC__) && !defined(WSPROBE_SANITIZED_HEAP)
#define WSPROBE_GLIBC_HEAP 1
#include <malloc.h>
#endif

namespace HeapReuse {

void keepFreedMemory()
{
#if defined(WSPROBE_GLIBC_HEAP)
    // Both fixed: setting either turns off glibc's own threshold adjustment, which would
    // raise the mmap threshold only after the first large free, and never the trim threshold
    // far enough for a journal's backlog.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
}

bool available()
{
#if defined(WSPROBE_GLIBC_HEAP)
    return true;
#else
    return false;
#endif
}

} // namespace HeapReuse
