#include "log/splittermemory.h"

#include <QSplitter>

namespace {
/// One table for the whole application, as the sizes are a habit of the user, not of a tab.
QVariantMap &remembered()
{
    static QVariantMap map;
    return map;
}
} // namespace

void SplitterMemory::track(QSplitter *splitter, const QString &key)
{
    const QByteArray saved = remembered().value(key).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { remembered().insert(key, splitter->saveState()); });
}

QVariantMap SplitterMemory::state()
{
    return remembered();
}

void SplitterMemory::restore(const QVariantMap &state)
{
    remembered() = state;
}
