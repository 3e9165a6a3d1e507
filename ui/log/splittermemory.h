#pragma once

#include <QString>
#include <QVariantMap>

class QSplitter;

/// Splitter sizes that outlive a tab and a restart: every splitter tracked under a key starts
/// at the sizes the user last dragged any splitter of that key to (the log's detail pane, the
/// replay's compare pane, …). The window saves and restores the whole table with its settings.
class SplitterMemory
{
public:
    /// Restores the key's sizes now, if there are any, and remembers them as the user drags.
    static void track(QSplitter *splitter, const QString &key);
    static QVariantMap state();
    static void restore(const QVariantMap &state);
};
