#include "compose/templatelibrary.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "json/jsonscanner.h"

namespace {
const QLatin1String FormatName("wsprobe-templates");
} // namespace

QString TemplateLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/templates.json");
}

bool TemplateLibrary::parse(const QByteArray &json, QList<MessageTemplate> *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error =
            tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        *error = tr("not a Wsprobe template library (no \"format\": \"%1\")").arg(FormatName);
        return false;
    }
    // Compared as a number: toInt() would read 1e300 or 1.5 as 0, an old version.
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double v = version.toDouble();
    if (!version.isUndefined() && (!version.isDouble() || !(v >= 1) || v != std::floor(v))) {
        *error = tr("not a template library: its \"version\" is not a whole number from 1");
        return false;
    }
    if (v > Version) {
        *error = tr("written by a newer Wsprobe (library version %1; this one reads %2)")
                     .arg(v)
                     .arg(Version);
        return false;
    }
    QList<MessageTemplate> templates;
    const QJsonArray items = root.value(QStringLiteral("templates")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        MessageTemplate t;
        t.folder = o.value(QStringLiteral("folder")).toString().trimmed();
        t.name = o.value(QStringLiteral("name")).toString().trimmed();
        const QString mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("text"));
        t.message.body = o.value(QStringLiteral("body")).toString();
        if (t.name.isEmpty()) {
            *error = tr("template %1 has no name").arg(i + 1);
            return false;
        }
        if (!OutgoingMessage::modeFromId(mode, &t.message.mode)
            || t.message.mode == OutgoingMessage::Mode::File) {
            *error = tr("template \"%1\" has an unknown mode \"%2\"")
                         .arg(JsonScanner::printable(t.name.toUtf8()),
                              JsonScanner::printable(mode.toUtf8()));
            return false;
        }
        templates << t;
    }
    *out = templates;
    return true;
}

QByteArray TemplateLibrary::serialize(const QList<MessageTemplate> &templates)
{
    QJsonArray items;
    for (const MessageTemplate &t : templates) {
        items.append(QJsonObject{{QStringLiteral("folder"), t.folder},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("mode"), OutgoingMessage::modeId(t.message.mode)},
                                 {QStringLiteral("body"), t.message.body}});
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("templates"), items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TemplateLibrary::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        m_templates.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QList<MessageTemplate> templates;
    QString why;
    if (!parse(file.readAll(), &templates, &why)) {
        *error = tr("%1 is %2.").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    m_templates = templates;
    return true;
}

bool TemplateLibrary::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(m_templates)) < 0
        || !file.commit()) {
        *error = tr("Cannot save templates to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int TemplateLibrary::indexOf(const QString &folder, const QString &name) const
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates[i].folder == folder && m_templates[i].name == name)
            return i;
    }
    return -1;
}

int TemplateLibrary::add(MessageTemplate t)
{
    const QString base = t.name;
    for (int n = 2; indexOf(t.folder, t.name) >= 0; ++n)
        t.name = tr("%1 (%2)").arg(base).arg(n);
    m_templates.append(t);
    return int(m_templates.size() - 1);
}

int TemplateLibrary::put(const MessageTemplate &t)
{
    const int i = indexOf(t.folder, t.name);
    if (i < 0)
        return add(t);
    m_templates[i] = t;
    return i;
}

void TemplateLibrary::remove(int index)
{
    if (index >= 0 && index < m_templates.size())
        m_templates.removeAt(index);
}

int TemplateLibrary::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return -1;
    }
    QList<MessageTemplate> incoming;
    QString why;
    if (!parse(file.readAll(), &incoming, &why)) {
        *error = tr("%1 is %2.").arg(QFileInfo(path).fileName(), why);
        return -1;
    }
    int added = 0;
    for (const MessageTemplate &t : std::as_const(incoming)) {
        const int existing = indexOf(t.folder, t.name);
        if (existing >= 0 && m_templates[existing] == t)
            continue; // the same template imported twice is not a copy
        add(t);
        ++added;
    }
    return added;
}

bool TemplateLibrary::exportFile(const QString &path, const QList<int> &indices,
                                 QString *error) const
{
    QList<MessageTemplate> chosen;
    for (int i : indices) {
        if (i >= 0 && i < m_templates.size())
            chosen << m_templates[i];
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(chosen)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
