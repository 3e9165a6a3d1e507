#include "collection/collectionstore.h"

CollectionStore::CollectionStore(QObject *parent)
    : QObject(parent)
{
    connect(&m_model, &CollectionModel::changed, this, &CollectionStore::save);
}

bool CollectionStore::load(const QString &path, QString *error)
{
    m_path = path;
    CollectionDocument doc;
    m_readOnly = !CollectionFile::load(path, &doc, error);
    if (m_readOnly)
        doc = CollectionDocument();
    m_model.setItems(doc.items); // a reset, not a change: nothing to save
    m_environments = doc.environments;
    emit environmentsChanged();
    return !m_readOnly;
}

void CollectionStore::setEnvironments(const EnvironmentSet &set)
{
    if (set == m_environments)
        return;
    m_environments = set;
    save();
    emit environmentsChanged();
}

void CollectionStore::setActiveEnvironment(const QString &name)
{
    EnvironmentSet set = m_environments;
    set.setActive(name);
    setEnvironments(set);
}

QModelIndex CollectionStore::addDocument(const CollectionDocument &document,
                                         const QModelIndex &folder)
{
    QModelIndex first;
    for (const CollectionItem &item : document.items) {
        const QModelIndex added = m_model.addItem(item, folder);
        if (!first.isValid())
            first = added;
    }
    if (document.hasEnvironments) {
        EnvironmentSet set = m_environments;
        set.merge(document.environments);
        setEnvironments(set);
    }
    return first;
}

bool CollectionStore::exportTo(const QString &path, const QModelIndex &index, bool withEnvironments,
                               bool withSecrets, QString *error) const
{
    const QList<CollectionItem> items =
        index.isValid() ? QList<CollectionItem>{m_model.item(index)} : m_model.items();
    EnvironmentSet environments = m_environments;
    environments.setActive({}); // the reader's choice, not ours
    return CollectionFile::save(
        path,
        CollectionFile::serialize(items, withEnvironments ? &environments : nullptr, withSecrets),
        error);
}

void CollectionStore::save()
{
    if (m_path.isEmpty() || m_readOnly)
        return;
    QString error;
    if (!CollectionFile::save(
            m_path, CollectionFile::serialize(m_model.items(), &m_environments, true), &error)) {
        m_error = error;
        emit saveFailed(error);
        return;
    }
    m_error.clear();
}
