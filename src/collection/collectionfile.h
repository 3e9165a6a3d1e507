#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "collection/environments.h"
#include "collection/savedconnection.h"

/// What a collection file holds: folders and saved connections, and (optionally) environments.
struct CollectionDocument
{
    QList<CollectionItem> items;
    EnvironmentSet environments;
    bool hasEnvironments = false;
    /// A Postman import's name (info.name), and what it left out, for the user.
    QString name;
    QStringList skipped;
};

/// The collection file of docs/collections.md:
/// `{"format": "wsprobe-collection", "version": 1, "items": [...], "environments": {...}}`.
/// The app keeps its own in the data folder; export writes a folder or everything, with or
/// without environments, secrets only when asked; import reads such a file or a Postman
/// collection (v2.1) and returns what to add.
class CollectionFile
{
    Q_DECLARE_TR_FUNCTIONS(CollectionFile)
public:
    static constexpr int Version = 1;
    /// QStandardPaths::AppDataLocation + "/collections.json".
    static QString defaultPath();

    static QByteArray serialize(const QList<CollectionItem> &items,
                                const EnvironmentSet *environments, bool includeSecrets);
    /// A Wsprobe collection file. False with *error (what and where) otherwise.
    static bool parse(const QByteArray &json, CollectionDocument *out, QString *error);

    /// A missing file is an empty document.
    static bool load(const QString &path, CollectionDocument *out, QString *error);
    /// Written whole through QSaveFile; readable by the user alone, as it may hold secrets.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
    /// A Wsprobe collection or a Postman collection v2.1, told apart by their contents.
    static bool importFile(const QString &path, CollectionDocument *out, QString *error);
};
