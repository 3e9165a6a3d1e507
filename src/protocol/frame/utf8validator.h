#pragma once

#include <QByteArrayView>

/// Validates UTF-8 incrementally, so that a character split across frames is accepted and
/// an invalid byte is caught in the frame where it arrives (RFC 6455 §8.1, close code 1007).
/// Rejects overlong forms, surrogates and code points above U+10FFFF.
class Utf8Validator
{
public:
    /// Feeds more bytes; false once the text so far can no longer be valid UTF-8.
    bool feed(QByteArrayView bytes);
    /// True when the text ends on a character boundary.
    bool isComplete() const { return m_need == 0 && m_valid; }
    bool isValid() const { return m_valid; }
    void reset() { *this = Utf8Validator(); }

    static bool isValidUtf8(QByteArrayView bytes);

private:
    int m_need = 0;
    unsigned char m_lo = 0x80;
    unsigned char m_hi = 0xBF;
    bool m_valid = true;
};
