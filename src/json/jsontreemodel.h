#pragma once

#include <vector>

#include <QAbstractItemModel>
#include <QByteArray>
#include <QString>

/// A JSON payload as a tree — members in the order they were written, numbers as spelled —
/// for the detail pane. Columns: key, value, type. Built in one pass of JsonScanner, without
/// a QJsonDocument (which would reorder keys and reformat numbers).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        /// What "Copy Value" copies: the value's text, or minified JSON for a container.
        CopyValueRole = Qt::UserRole + 1,
        /// "$.a.b[2]": where the value is, in JSONPath.
        PathRole,
    };
    /// Payloads above this are not parsed into a tree (seconds and hundreds of megabytes of
    /// nodes); the text and hex pages still show them.
    static constexpr qsizetype MaxBytes = 4 << 20;

    using QAbstractItemModel::QAbstractItemModel;

    /// Shows payload; false (and an empty tree) when it is not a JSON object or array, with
    /// the reason in note() when it looked like one (too large, or where the syntax breaks).
    bool setPayload(const QByteArray &payload);
    void clear();
    QString note() const { return m_note; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The JSONPath of a node: `$.user.tags[1]`, `$["odd key"]`.
    QString path(const QModelIndex &index) const;

private:
    enum class Kind : quint8 { Object, Array, String, Number, Boolean, Null };
    struct Node
    {
        int parent = -1;
        int row = 0; ///< index among its parent's children
        Kind kind = Kind::Null;
        QString key;   ///< member name, or empty in an array
        QString value; ///< as shown: quoted string, number as written, true/false/null
        QString copy;  ///< CopyValueRole
        std::vector<int> children;
    };
    bool build(const QByteArray &payload);
    QString typeName(Kind kind) const;
    QString keyText(const Node &node) const;

    std::vector<Node> m_nodes; ///< m_nodes[0] is the root when not empty
    QString m_note;
};
