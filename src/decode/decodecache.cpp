#include "decode/decodecache.h"

DecodeCache::DecodeCache(qsizetype maxBytes)
    : m_cache(maxBytes)
{
}

void DecodeCache::setPipeline(const DecodePipeline &pipeline)
{
    m_pipeline = pipeline;
    m_cache.clear();
}

std::shared_ptr<const DecodedMessage> DecodeCache::get(qint64 key, QByteArrayView payload,
                                                       Direction direction, bool keep)
{
    if (const auto *hit = m_cache.object(key))
        return *hit;
    ++m_misses;
    auto decoded = std::make_shared<const DecodedMessage>(m_pipeline.decode(payload, direction));
    if (keep) {
        const qsizetype cost = std::min(decoded->cost(), m_cache.maxCost());
        m_cache.insert(key, new std::shared_ptr<const DecodedMessage>(decoded), cost);
    }
    return decoded;
}
