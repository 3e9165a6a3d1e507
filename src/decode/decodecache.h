#pragma once

#include <memory>

#include <QCache>

#include "decode/decodepipeline.h"

/// A log's decoded messages: decoded when first asked for (a row shown, searched or
/// exported), kept in a least-recently-used cache bounded in bytes, keyed by the row's
/// position since the log began (so dropping the oldest rows does not shift the keys).
/// A new pipeline forgets everything.
class DecodeCache
{
public:
    explicit DecodeCache(qsizetype maxBytes = 32 << 20);

    void setPipeline(const DecodePipeline &pipeline);
    const DecodePipeline &pipeline() const { return m_pipeline; }
    bool isActive() const { return !m_pipeline.isEmpty(); }

    /// The decoded form of the message with this key; decoded now unless cached. With
    /// keep = false a miss is not cached (a search walking a million rows must not push out
    /// what the user is looking at).
    std::shared_ptr<const DecodedMessage> get(qint64 key, QByteArrayView payload,
                                              Direction direction, bool keep = true);
    void clear() { m_cache.clear(); }

    qsizetype size() const { return m_cache.size(); }
    qsizetype totalCost() const { return m_cache.totalCost(); }
    qint64 misses() const { return m_misses; }

private:
    DecodePipeline m_pipeline;
    QCache<qint64, std::shared_ptr<const DecodedMessage>> m_cache;
    qint64 m_misses = 0;
};
