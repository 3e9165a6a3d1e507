#pragma once

#include <QByteArrayView>
#include <QFile>

/// A file read through memory mapping, front to back. Pages already parsed are handed back
/// to the OS (release()), so reading a 100 MB file does not keep 100 MB resident on top of
/// what was built from it.
class MappedFile
{
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    /// False with a specific *error when the file cannot be opened or mapped.
    bool open(const QString &path, QString *error);
    QByteArrayView data() const { return m_data; }
    /// The bytes before offset will not be read again.
    void release(qsizetype offset);

private:
    QFile m_file;
    QByteArrayView m_data;
    uchar *m_map = nullptr;
    qsizetype m_released = 0;
};
