#pragma once

#include <QCoreApplication>
#include <QObject>

#include "collection/collectionfile.h"
#include "collection/collectionmodel.h"
#include "collection/environments.h"

/// The user's saved connections and environments, kept in one collection file in the app data
/// folder and written (through QSaveFile) after every change. Import adds a file's folders
/// and merges its environments; export writes a folder or everything.
class CollectionStore : public QObject
{
    Q_OBJECT
public:
    explicit CollectionStore(QObject *parent = nullptr);

    /// Reads path (missing: empty) and saves there from now on. False with *error when it
    /// exists and cannot be read; the store then stays empty and never overwrites it.
    bool load(const QString &path, QString *error);
    QString path() const { return m_path; }
    /// The last save's failure, if any.
    QString error() const { return m_error; }

    CollectionModel &model() { return m_model; }
    const EnvironmentSet &environments() const { return m_environments; }
    void setEnvironments(const EnvironmentSet &set);
    void setActiveEnvironment(const QString &name);

    /// Adds a document's items under folder (invalid: the top level) and merges its
    /// environments. The index of the first item added.
    QModelIndex addDocument(const CollectionDocument &document, const QModelIndex &folder = {});
    /// Writes index (a folder or connection; invalid: everything) to path.
    bool exportTo(const QString &path, const QModelIndex &index, bool withEnvironments,
                  bool withSecrets, QString *error) const;

signals:
    void environmentsChanged();
    void saveFailed(const QString &error);

private:
    void save();

    CollectionModel m_model;
    EnvironmentSet m_environments;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
};
