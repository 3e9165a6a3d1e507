#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QString>
#include <QtDebug>

#include "relay/relaycontroller.h"
#include "relay/relayconversation.h"

/// Whether a test wants a record's later states (a message answered, a close completed) as
/// entries of their own, or only each record as first added.
enum class RecordUpdates { Ignore, Collect };

/// Starts a relay with `config` and collects every conversation's records into `records`,
/// in the order they were announced; `onConversation` sees each conversation first, for the
/// tests that also follow its legs. A start that fails is only warned about: the test's next
/// step (connecting to relay->url()) then fails with the reason in the log.
inline std::unique_ptr<RelayController>
startRelay(const Clock &clock, const RelayConfig &config, QObject *context,
           QList<RelayRecord> *records, RecordUpdates updates,
           std::function<void(RelayConversation *)> onConversation = {})
{
    auto relay = std::make_unique<RelayController>(clock);
    QString error;
    if (!relay->start(config, &error))
        qWarning() << error;
    QObject::connect(relay.get(), &RelayController::conversationStarted, context,
                     [=](int, RelayConversation *c, const QString &) {
                         if (onConversation)
                             onConversation(c);
                         const auto collect = [records](const RelayRecord &r) { *records << r; };
                         QObject::connect(c, &RelayConversation::recordAdded, context, collect);
                         if (updates == RecordUpdates::Collect)
                             QObject::connect(c, &RelayConversation::recordUpdated, context,
                                              collect);
                     });
    return relay;
}
