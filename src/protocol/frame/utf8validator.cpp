#include "protocol/frame/utf8validator.h"

#include <cstring>

bool Utf8Validator::feed(QByteArrayView bytes)
{
    if (!m_valid)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_need == 0) {
            // ASCII runs, 32 then eight bytes at a time: most text on the wire is ASCII, and
            // one test per word was a tenth of the console's path at 64 KiB messages (perf).
            while (i + 32 <= n) {
                quint64 w[4];
                std::memcpy(w, p + i, 32);
                if ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull)
                    break;
                i += 32;
            }
            while (i + 8 <= n) {
                quint64 word;
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ull)
                    break;
                i += 8;
            }
            if (i >= n)
                break;
            const unsigned char b = p[i++];
            if (b < 0x80)
                continue;
            m_lo = 0x80;
            m_hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                m_need = 1;
            } else if (b == 0xE0) {
                m_need = 2;
                m_lo = 0xA0;
            } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
                m_need = 2;
            } else if (b == 0xED) {
                m_need = 2;
                m_hi = 0x9F; // no UTF-16 surrogates
            } else if (b == 0xF0) {
                m_need = 3;
                m_lo = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                m_need = 3;
            } else if (b == 0xF4) {
                m_need = 3;
                m_hi = 0x8F; // nothing above U+10FFFF
            } else {
                m_valid = false;
                return false;
            }
        } else {
            const unsigned char b = p[i++];
            if (b < m_lo || b > m_hi) {
                m_valid = false;
                return false;
            }
            --m_need;
            m_lo = 0x80;
            m_hi = 0xBF;
        }
    }
    return true;
}

bool Utf8Validator::isValidUtf8(QByteArrayView bytes)
{
    Utf8Validator v;
    return v.feed(bytes) && v.isComplete();
}
