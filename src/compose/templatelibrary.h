#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "compose/outgoingmessage.h"

/// One saved message: where it is filed, its name, how it is sent and its text.
struct MessageTemplate
{
    QString folder; ///< "" for the top level; "a/b" nests
    QString name;
    OutgoingMessage message; ///< any mode but File

    bool operator==(const MessageTemplate &) const = default;
};

/// The library of named messages, kept as one JSON file in the app data folder:
/// `{"format": "wsprobe-templates", "version": 1, "templates": [{folder, name, mode, body}]}`.
/// Import merges another such file (names made unique); export writes a chosen subset.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
public:
    static constexpr int Version = 1;
    /// QStandardPaths::AppDataLocation + "/templates.json".
    static QString defaultPath();

    /// A missing file is an empty library. False, library unchanged, when the file cannot be
    /// read or is not a template library.
    bool load(const QString &path, QString *error);
    /// Written whole through QSaveFile: a failed save leaves the previous file intact.
    bool save(const QString &path, QString *error) const;

    const QList<MessageTemplate> &templates() const { return m_templates; }
    int size() const { return int(m_templates.size()); }
    const MessageTemplate &at(int index) const { return m_templates.at(index); }
    /// Adds, renaming to "name (2)" etc. if the folder already has that name. The index.
    int add(MessageTemplate t);
    /// Replaces the one with the same folder and name, or adds it. The index.
    int put(const MessageTemplate &t);
    void remove(int index);
    int indexOf(const QString &folder, const QString &name) const;

    /// Merges a library file; returns how many were added, or -1 with an error.
    int importFile(const QString &path, QString *error);
    bool exportFile(const QString &path, const QList<int> &indices, QString *error) const;

    static bool parse(const QByteArray &json, QList<MessageTemplate> *out, QString *error);
    static QByteArray serialize(const QList<MessageTemplate> &templates);

private:
    QList<MessageTemplate> m_templates;
};
