#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "protocol/wiretypes.h"

/// The user's .proto files, compiled at run time (protobuf's compiler::Importer and
/// DynamicMessageFactory), and the rules that choose a message type for a payload: by
/// direction, by a leading byte prefix (stripped before parsing), or by the value of a
/// top-level field; the first rule that matches wins. Built only with WSPROBE_PROTOBUF.
///
/// Rules are written `RULE;RULE;…`, each `[CONDITION=]pkg.Type`, CONDITION one of `in`, `out`,
/// `0xHEX` (prefix) or `@N:VALUE` (field N equals VALUE, a number or text).
class ProtobufSchema
{
    Q_DECLARE_TR_FUNCTIONS(ProtobufSchema)
public:
    struct Rule
    {
        enum class When { Always, Incoming, Outgoing, Prefix, Field };
        When when = When::Always;
        QByteArray prefix;
        int field = 0;
        QString fieldValue;
        QString type;
    };

    ~ProtobufSchema();
    static bool available();
    /// Loads the files (imports are looked up beside each file and in `importPaths`) and
    /// checks that every rule's type exists. nullptr with a message naming the file, line and
    /// column, or the unknown type.
    static std::shared_ptr<const ProtobufSchema> load(const QStringList &files,
                                                      const QString &rules,
                                                      const QStringList &importPaths,
                                                      QString *error);
    static bool parseRules(const QString &text, std::vector<Rule> *out, QString *error);

    QString rulesText() const { return m_rulesText; }
    QStringList files() const { return m_files; }

    /// The rule for this payload, or nullptr when none matches.
    const Rule *choose(QByteArrayView payload, Direction direction) const;
    /// Parses with the chosen type into proto3's JSON mapping (field names as in the .proto,
    /// enums by name, 64-bit integers as strings, bytes as base64). *type says which.
    bool decode(QByteArrayView payload, Direction direction, QCborValue *out, QString *type,
                QString *error) const;
    /// A JSON value to bytes of the chosen type (the rule's prefix put in front).
    bool encode(const QCborValue &value, Direction direction, QByteArray *out,
                QString *error) const;

private:
    ProtobufSchema();
    struct Private;
    std::unique_ptr<Private> d;
    std::vector<Rule> m_rules;
    QString m_rulesText;
    QStringList m_files;
};
