#include "collection/collectionfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "collection/postmanimport.h"

namespace {
const QString FormatName = QStringLiteral("wsprobe-collection");

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonArray itemsToJson(const QList<CollectionItem> &items)
{
    QJsonArray array;
    for (const CollectionItem &item : items) {
        if (item.folder) {
            array.append(QJsonObject{{s("type"), s("folder")},
                                     {s("name"), item.name},
                                     {s("items"), itemsToJson(item.children)}});
        } else {
            array.append(item.connection.toJson());
        }
    }
    return array;
}

bool itemsFromJson(const QJsonArray &array, const QString &where, QList<CollectionItem> *out,
                   QString *error, int depth = 0)
{
    if (depth > 32) {
        *error = CollectionFile::tr("folders nested too deeply at %1").arg(where);
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!array[i].isObject()) {
            *error = CollectionFile::tr("%1 is not an object").arg(at);
            return false;
        }
        const QJsonObject o = array[i].toObject();
        const QString type = o.value(s("type")).toString();
        if (type == QLatin1String("folder")) {
            CollectionItem folder =
                CollectionItem::makeFolder(o.value(s("name")).toString().trimmed());
            if (folder.name.isEmpty()) {
                *error = CollectionFile::tr("%1: a folder without a name").arg(at);
                return false;
            }
            if (!itemsFromJson(o.value(s("items")).toArray(), at + s(".items"), &folder.children,
                               error, depth + 1))
                return false;
            *out << folder;
        } else if (type == QLatin1String("connection")) {
            if (!o.value(s("url")).isString()) {
                *error = CollectionFile::tr("%1: a connection without a URL").arg(at);
                return false;
            }
            *out << CollectionItem::makeConnection(SavedConnection::fromJson(o));
        } else {
            *error =
                CollectionFile::tr("%1: unknown type \"%2\" (folder or connection)").arg(at, type);
            return false;
        }
    }
    return true;
}
} // namespace

QString CollectionFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/collections.json");
}

QByteArray CollectionFile::serialize(const QList<CollectionItem> &items,
                                     const EnvironmentSet *environments, bool includeSecrets)
{
    QJsonObject root{
        {s("format"), FormatName}, {s("version"), Version}, {s("items"), itemsToJson(items)}};
    if (environments)
        root.insert(s("environments"), environments->toJson(includeSecrets));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool CollectionFile::parse(const QByteArray &json, CollectionDocument *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(s("format")).toString() != FormatName) {
        *error = tr("not a Wsprobe collection (no \"format\": \"%1\")").arg(FormatName);
        return false;
    }
    if (root.value(s("version")).toInt() > Version) {
        *error = tr("written by a newer Wsprobe (collection version %1; this one reads %2)")
                     .arg(root.value(s("version")).toInt())
                     .arg(Version);
        return false;
    }
    CollectionDocument result;
    if (!itemsFromJson(root.value(s("items")).toArray(), s("items"), &result.items, error))
        return false;
    if (root.contains(s("environments"))) {
        result.hasEnvironments = true;
        result.environments = EnvironmentSet::fromJson(root.value(s("environments")).toObject());
    }
    *out = result;
    return true;
}

bool CollectionFile::load(const QString &path, CollectionDocument *out, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *out = CollectionDocument();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString why;
    if (!parse(file.readAll(), out, &why)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

bool CollectionFile::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool CollectionFile::importFile(const QString &path, CollectionDocument *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QString why;
    const bool ok = PostmanImport::looksLikePostman(bytes) ? PostmanImport::parse(bytes, out, &why)
                                                           : parse(bytes, out, &why);
    if (!ok)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
    return ok;
}
