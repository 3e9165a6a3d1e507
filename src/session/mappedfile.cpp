#include "session/mappedfile.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MappedFile)
};
} // namespace

MappedFile::~MappedFile()
{
    if (m_map)
        m_file.unmap(m_map);
}

bool MappedFile::open(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir()) {
        *error = Tr::tr("%1 is a folder, not a file.").arg(path);
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot open %1: %2").arg(path, m_file.errorString());
        return false;
    }
    const qint64 size = m_file.size();
    if (size == 0) {
        m_data = {};
        return true;
    }
    m_map = m_file.map(0, size);
    if (!m_map) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    madvise(m_map, size_t(size), MADV_SEQUENTIAL);
#endif
    m_data = QByteArrayView(reinterpret_cast<const char *>(m_map), size);
    return true;
}

void MappedFile::release(qsizetype offset)
{
#ifdef Q_OS_UNIX
    // Only in large steps: each call is a system call and a TLB flush.
    static const qsizetype page = qsizetype(sysconf(_SC_PAGESIZE));
    const qsizetype end = (offset / page) * page;
    if (!m_map || end - m_released < (qsizetype(16) << 20))
        return;
    madvise(m_map + m_released, size_t(end - m_released), MADV_DONTNEED);
    m_released = end;
#else
    Q_UNUSED(offset);
#endif
}
