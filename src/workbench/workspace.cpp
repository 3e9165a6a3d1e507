#include "workbench/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// A tab's map may hold bytes (a splitter's state): JSON has no bytes, so they are written
// as {"base64": "…"}, the one object with that single key.
const char *const BytesKey = "base64";

QJsonValue toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), toJson(it.value()));
        return o;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QJsonArray a;
        for (const QVariant &v : value.toList())
            a.append(toJson(v));
        return a;
    }
    case QMetaType::QByteArray:
        return QJsonObject{{s(BytesKey), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue::fromVariant(value);
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.value(s(BytesKey)).isString())
            return QByteArray::fromBase64(o.value(s(BytesKey)).toString().toLatin1());
        QVariantMap map;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    if (value.isArray()) {
        QVariantList list;
        for (const QJsonValue &v : value.toArray())
            list << fromJson(v);
        return list;
    }
    return value.toVariant();
}

} // namespace

QByteArray Workspace::toJson() const
{
    QJsonObject o;
    o.insert(s("format"), s(Format));
    o.insert(s("version"), CurrentVersion);
    o.insert(s("currentTab"), currentTab);
    o.insert(s("recentUrls"), QJsonArray::fromStringList(recentUrls));
    if (demoPort != 0)
        o.insert(s("demoPort"), int(demoPort));
    QJsonArray list;
    for (const QVariantMap &tab : tabs)
        list.append(::toJson(tab));
    o.insert(s("tabs"), list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool Workspace::fromJson(const QByteArray &json, Workspace *out, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("The workspace file is not JSON: %1 at byte %2.")
                     .arg(parse.errorString())
                     .arg(parse.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(s("format")).toString() != s(Format)) {
        *error = tr("The file is not a Wsprobe workspace.");
        return false;
    }
    const int version = o.value(s("version")).toInt();
    if (version < 1 || version > CurrentVersion) {
        *error = tr("The workspace was saved by a newer Wsprobe (format version %1).").arg(version);
        return false;
    }
    Workspace w;
    w.currentTab = o.value(s("currentTab")).toInt();
    for (const QJsonValue &url : o.value(s("recentUrls")).toArray())
        w.recentUrls << url.toString();
    w.demoPort = quint16(o.value(s("demoPort")).toInt());
    for (const QJsonValue &tab : o.value(s("tabs")).toArray()) {
        if (tab.isObject())
            w.tabs << ::fromJson(tab).toMap();
    }
    *out = std::move(w);
    return true;
}

bool Workspace::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot save the workspace to %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = toJson();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot save the workspace to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Workspace::load(const QString &path, Workspace *out, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the workspace %1: %2").arg(path, file.errorString());
        return false;
    }
    return fromJson(file.readAll(), out, error);
}

Workspace Workspace::fromOldSettings(const QSettings &settings)
{
    Workspace w;
    for (const QVariant &tab : settings.value(s("tabs")).toList())
        w.tabs << tab.toMap();
    const QString lastUrl = settings.value(s("lastUrl")).toString();
    if (w.tabs.isEmpty())
        w.tabs << (lastUrl.isEmpty() ? QVariantMap() : QVariantMap{{s("urlText"), lastUrl}});
    w.currentTab = settings.value(s("currentTab")).toInt();
    w.recentUrls = settings.value(s("recentUrls")).toStringList();
    return w;
}

void Workspace::removeOldSettings(QSettings &settings)
{
    for (const char *key : {"tabs", "currentTab", "recentUrls", "lastUrl"})
        settings.remove(s(key));
}

QString Workspace::pathBeside(const QString &settingsFile)
{
    const QFileInfo info(settingsFile);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
           + QStringLiteral("-workspace.json");
}

QString Workspace::movedDemoUrl(const QString &text, quint16 oldPort, quint16 newPort)
{
    QUrl url(text.trimmed());
    if (oldPort == 0 || !url.isValid() || url.scheme() != QLatin1String("ws")
        || url.host() != QLatin1String("127.0.0.1") || url.port() != oldPort)
        return {};
    url.setPort(newPort);
    return url.toString();
}

int Workspace::tabForUrl(const QStringList &tabUrls, int current, const QString &url)
{
    if (current >= 0 && current < tabUrls.size()) {
        const QString here = tabUrls[current].trimmed();
        if (here.isEmpty() || here == url)
            return current;
    }
    return int(tabUrls.indexOf(url));
}
